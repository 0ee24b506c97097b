package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReportReference is the report itself cited in the three styles writers paste.
type ReportReference struct {
	Ko     string // Korean style: 윤정섭 외(2024), 「…」, 과학기술정책연구원, 수시연구 2024-08, pp.25–33.
	APA    string // APA 7, with the English title and the romanised names
	BibTeX string // a @techreport entry
}

// CiteReport formats the report as a reference in every style. pages is a
// range as Section.Pages prints it ("25–33", "51") or "" for the whole report.
func CiteReport(m Meta, pages string) ReportReference {
	return ReportReference{Ko: KoreanReference(m, pages), APA: APAReference(m, pages), BibTeX: BibTeXReference(m, pages)}
}

var reYear = regexp.MustCompile(`(?:19|20)\d\d`)

// Year is the year of publication: the 발행 date, else the 인쇄 date, else the
// year in the series number. Citations name the publication year, and the
// printing date is the closest stand-in the front matter offers.
func (m Meta) Year() string {
	for _, s := range []string{m.Published, m.Printed, m.Series} {
		if y := reYear.FindString(s); y != "" {
			return y
		}
	}
	return ""
}

// pageRange splits "25–33" (or "25-33", "25--33") into its ends; a single page
// comes back as from == to.
func pageRange(pages string) (from, to string) {
	pages = strings.TrimSpace(pages)
	for _, sep := range []string{"--", "–", "—", "-", "~"} {
		if a, b, ok := strings.Cut(pages, sep); ok {
			a, b = strings.TrimSpace(a), strings.TrimSpace(b)
			if a != "" && b != "" && a != b {
				return a, b
			}
			if a != "" {
				return a, a
			}
			return b, b
		}
	}
	return pages, pages
}

// KoreanReference formats the report the way Korean research reports cite one
// another, and the way this report cites its own sources ("채명식·이호윤(2023)",
// "최창환 외(2024)"): up to two authors joined by "·", more as "first 외".
func KoreanReference(m Meta, pages string) string {
	var names []string
	for _, a := range m.Authors {
		if a.Name != "" {
			names = append(names, a.Name)
		}
	}
	who := m.Publisher
	switch {
	case len(names) == 1 || len(names) == 2:
		who = strings.Join(names, "·")
	case len(names) > 2:
		who = names[0] + " 외"
	}
	var parts []string
	head := who
	if y := m.Year(); y != "" {
		head += "(" + y + ")"
	}
	if head != "" {
		parts = append(parts, head)
	}
	if m.TitleKo != "" {
		parts = append(parts, "「"+m.TitleKo+"」")
	}
	for _, s := range []string{m.Publisher, m.Series} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if from, to := pageRange(pages); from != "" {
		if from == to {
			parts = append(parts, "p."+from)
		} else {
			parts = append(parts, "pp."+from+"–"+to)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, ", ") + "."
}

// apaName turns a romanised name in given-family order ("Jungsub Yoon",
// "Ji-eun Jeon") into APA's "Yoon, J." / "Jeon, J.-e.". A name the English
// summary does not romanise is given as the report prints it: inventing a
// romanisation would put a spelling in the reference the authors never used.
func apaName(a Author) string {
	f := strings.Fields(a.Romanized)
	if len(f) < 2 {
		if a.Romanized != "" {
			return a.Romanized
		}
		return a.Name
	}
	family := f[len(f)-1]
	var initials []string
	for _, given := range f[:len(f)-1] {
		var parts []string
		for _, p := range strings.Split(given, "-") {
			if r, _ := utf8.DecodeRuneInString(p); r != utf8.RuneError {
				parts = append(parts, string(r)+".")
			}
		}
		initials = append(initials, strings.Join(parts, "-"))
	}
	return family + ", " + strings.Join(initials, " ")
}

// APAMaxAuthors is how many authors APA 7 lists before it elides the rest.
const APAMaxAuthors = 20

// APAReference formats the report in APA 7 style for a technical report:
// authors, (year), *title* (report number, pages), publisher.
//
// The front matter prints the series ("수시연구 2024-08") and the publisher
// ("과학기술정책연구원") only in Korean, and nowhere in the report are their
// English names given, so both appear as printed rather than as a translation
// this program would have to make up.
func APAReference(m Meta, pages string) string {
	var names []string
	for _, a := range m.Authors {
		if n := apaName(a); n != "" {
			names = append(names, n)
		}
	}
	var who string
	switch n := len(names); {
	case n == 0:
		who = m.Publisher
	case n == 1:
		who = names[0]
	case n == 2:
		who = names[0] + ", & " + names[1]
	case n <= APAMaxAuthors:
		who = strings.Join(names[:n-1], ", ") + ", & " + names[n-1]
	default:
		// APA 7: the first 19, an ellipsis, then the last author.
		who = strings.Join(names[:APAMaxAuthors-1], ", ") + ", . . . " + names[n-1]
	}
	var b strings.Builder
	if who != "" {
		b.WriteString(who)
		if !strings.HasSuffix(who, ".") {
			b.WriteString(".")
		}
		b.WriteString(" ")
	}
	if y := m.Year(); y != "" {
		b.WriteString("(" + y + "). ")
	} else {
		b.WriteString("(n.d.). ")
	}
	title := m.TitleEn
	if title == "" {
		title = m.TitleKo
	}
	if title != "" {
		b.WriteString("*" + title + "*")
	}
	var paren []string
	if m.Series != "" {
		paren = append(paren, m.Series)
	}
	if from, to := pageRange(pages); from != "" {
		if from == to {
			paren = append(paren, "p. "+from)
		} else {
			paren = append(paren, "pp. "+from+"–"+to)
		}
	}
	if len(paren) > 0 {
		b.WriteString(" (" + strings.Join(paren, ", ") + ")")
	}
	b.WriteString(".")
	if m.Publisher != "" && m.Publisher != who {
		b.WriteString(" " + m.Publisher + ".")
	}
	return b.String()
}

// bibtexName gives a romanised name as BibTeX's "Family, Given", which keeps
// multi-part given names intact; an unromanised name is kept whole in braces so
// BibTeX does not split it.
func bibtexName(a Author) string {
	f := strings.Fields(a.Romanized)
	switch {
	case len(f) >= 2:
		return f[len(f)-1] + ", " + strings.Join(f[:len(f)-1], " ")
	case a.Romanized != "":
		return "{" + a.Romanized + "}"
	default:
		return "{" + a.Name + "}"
	}
}

// bibtexEscape escapes the characters BibTeX and LaTeX give a meaning to.
func bibtexEscape(s string) string {
	return strings.NewReplacer(`\`, `\textbackslash{}`, "&", `\&`, "%", `\%`, "$", `\$`, "#", `\#`, "_", `\_`, "{", `\{`, "}", `\}`).Replace(s)
}

// bibtexTitle escapes a title and braces words with more than one capital
// ("AI"), which bibliography styles would otherwise lower-case.
func bibtexTitle(s string) string {
	words := strings.Fields(bibtexEscape(s))
	for i, w := range words {
		caps := 0
		for _, r := range w {
			if unicode.IsUpper(r) {
				caps++
			}
		}
		if caps > 1 {
			words[i] = "{" + w + "}"
		}
	}
	return strings.Join(words, " ")
}

// bibtexKey builds "yoon2024ai": the first author's family name, the year and
// the first Latin word of the title as printed (the Korean title leads with
// "AI"), falling back to the first word of the English title.
func bibtexKey(m Meta) string {
	var key strings.Builder
	who := ""
	if len(m.Authors) > 0 {
		if f := strings.Fields(m.Authors[0].Romanized); len(f) > 0 {
			who = f[len(f)-1]
		}
	}
	word := ""
	for _, t := range []string{m.TitleKo, m.TitleEn} {
		for _, w := range strings.Fields(t) {
			if w = asciiLetters(w); w != "" {
				word = w
				break
			}
		}
		if word != "" {
			break
		}
	}
	key.WriteString(asciiLetters(who))
	key.WriteString(m.Year())
	key.WriteString(word)
	if key.Len() == 0 {
		return "report"
	}
	return strings.ToLower(key.String())
}

func asciiLetters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// BibTeXReference formats the report as a @techreport entry. The Korean title
// goes in the note, since the entry's title is the English one a reader of
// the bibliography can search for; the series and publisher stay in Korean for
// the reason given on APAReference.
func BibTeXReference(m Meta, pages string) string {
	type field struct{ name, value string }
	var authors []string
	for _, a := range m.Authors {
		authors = append(authors, bibtexName(a))
	}
	title := m.TitleEn
	if title == "" {
		title = m.TitleKo
	}
	var pg string
	if from, to := pageRange(pages); from != "" {
		pg = from
		if to != from {
			pg = from + "--" + to
		}
	}
	note := ""
	if m.TitleKo != "" && m.TitleKo != title {
		note = "In Korean: 「" + bibtexEscape(m.TitleKo) + "」"
	}
	fields := []field{
		{"author", strings.Join(authors, " and ")},
		{"title", bibtexTitle(title)},
		{"institution", bibtexEscape(m.Publisher)},
		{"address", bibtexEscape(m.Address)},
		{"year", m.Year()},
		{"number", bibtexEscape(m.Series)},
		{"pages", pg},
		{"note", note},
		{"isbn", m.ISBN},
	}
	var b strings.Builder
	fmt.Fprintf(&b, "@techreport{%s,\n", bibtexKey(m))
	for _, f := range fields {
		if f.value != "" {
			fmt.Fprintf(&b, "  %-11s = {%s},\n", f.name, f.value)
		}
	}
	b.WriteString("}")
	return b.String()
}
