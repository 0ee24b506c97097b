package corpus

import (
	"fmt"
	"regexp"
	"slices"
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

// IssueKind names a way the report's citation data disagrees with itself.
type IssueKind string

// The kinds of inconsistency Issues looks for.
const (
	// IssueRepeatedMarker: one footnote marker printed at more than one place.
	IssueRepeatedMarker IssueKind = "repeated-marker"
	// IssueUnmarkedFootnote: a footnote that no marker in the text points to.
	IssueUnmarkedFootnote IssueKind = "unmarked-footnote"
	// IssueMissingFootnote: a marker with no footnote of that number.
	IssueMissingFootnote IssueKind = "missing-footnote"
	// IssueTruncatedFootnote: a footnote that stops mid-title.
	IssueTruncatedFootnote IssueKind = "truncated-footnote"
	// IssueUnmatchedCitation: an in-text citation, a figure's source or a
	// footnote's source with no entry in 참고문헌.
	IssueUnmatchedCitation IssueKind = "unmatched-citation"
	// IssueSpellingVariant: the same source spelled two ways.
	IssueSpellingVariant IssueKind = "spelling-variant"
	// IssueURLMismatch: a footnote's URL on another site than the one 참고문헌
	// lists for the same publication.
	IssueURLMismatch IssueKind = "url-mismatch"
)

// Issue is one inconsistency in the report's citations. It says what the
// report prints and where, so a writer can judge it; where the report leaves
// the right reading open, Detail offers one as a possibility, never as fact.
type Issue struct {
	Kind      IssueKind
	Detail    string // English
	DetailKo  string // Korean, for replies to Korean questions
	Footnotes []int  // footnote numbers involved
	// Citations are the in-text citations involved, as printed, e.g.
	// "(전황수 외, 2024)" or "Stanford AI Index(2024)".
	Citations []string
	Passages  []int    // passages that print the problem
	Lines     []int    // source lines of those passages, footnotes and entries
	Printed   []string // the footnote texts and reference entries involved, as printed
}

// markerUse is one place a footnote marker is printed.
type markerUse struct {
	passage int
	line    string // the display line that carries it
	lines   []int  // its source lines
}

// displayLines maps each display line of a passage to its source lines, which
// is exact when every display line came from one source line, and the whole
// passage otherwise.
func displayLines(p Passage) ([]string, [][]int) {
	ls := strings.Split(p.Text, "\n")
	src := make([][]int, len(ls))
	for i := range ls {
		if len(ls) == len(p.Lines) {
			src[i] = []int{p.Lines[i]}
		} else {
			src[i] = p.Lines
		}
	}
	return ls, src
}

// FootnoteMark prints footnote number n the way the report marks it: "⁴⁾".
func FootnoteMark(n int) string {
	ds := []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")
	var b strings.Builder
	for _, c := range fmt.Sprint(n) {
		if c >= '0' && c <= '9' {
			b.WriteRune(ds[c-'0'])
		}
	}
	return b.String() + "⁾"
}

// shorten keeps the end of a long line, where its marker or citation sits.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + strings.TrimSpace(string(r[len(r)-n:]))
}

func joinInts(ns []int) string {
	var s []string
	for _, n := range ns {
		s = append(s, fmt.Sprint(n))
	}
	return strings.Join(s, ", ")
}

// Issues finds where the report's citation data disagrees with itself:
// markers against footnotes, footnotes cut short, and in-text citations,
// figure sources and footnote sources against the reference list. The summary
// copies of body passages are skipped, so a marker is not counted twice
// because the summary repeats its sentence.
func (d *Document) Issues() []Issue {
	var out []Issue
	out = append(out, d.markerIssues()...)
	out = append(out, d.truncatedFootnotes()...)
	out = append(out, d.citationIssues()...)
	return out
}

func (d *Document) markerIssues() []Issue {
	byNum := map[int]Footnote{}
	for _, f := range d.Footnotes {
		byNum[f.Num] = f
	}
	known := func(n int) bool { _, ok := byNum[n]; return ok }
	uses := map[int][]markerUse{}
	var order []int
	for _, p := range d.Passages {
		if p.Duplicate >= 0 {
			continue
		}
		ls, src := displayLines(p)
		for i, l := range ls {
			for _, n := range FootnoteMarkers(l, known) {
				if len(uses[n]) == 0 {
					order = append(order, n)
				}
				uses[n] = append(uses[n], markerUse{p.ID, l, src[i]})
			}
		}
	}
	var out []Issue
	for _, n := range order {
		us := uses[n]
		f, ok := byNum[n]
		if !ok {
			is := Issue{Kind: IssueMissingFootnote, Footnotes: []int{n}}
			for _, u := range us {
				is.Passages = append(is.Passages, u.passage)
				is.Lines = append(is.Lines, u.lines...)
			}
			is.Detail = fmt.Sprintf("marker %s is printed (%q) but the report has no footnote %d", FootnoteMark(n), shorten(us[0].line, 60), n)
			is.DetailKo = fmt.Sprintf("본문에 각주 표시 %s가 있으나(%q) %d번 각주가 없음", FootnoteMark(n), shorten(us[0].line, 60), n)
			out = append(out, is)
			continue
		}
		if len(us) < 2 {
			continue
		}
		is := Issue{Kind: IssueRepeatedMarker, Footnotes: []int{n}, Printed: []string{fmt.Sprintf("%d) %s", n, f.Text)}}
		var where []string
		for _, u := range us {
			is.Passages = append(is.Passages, u.passage)
			is.Lines = append(is.Lines, u.lines...)
			where = append(where, fmt.Sprintf("%q", shorten(u.line, 50)))
		}
		is.Lines = append(is.Lines, f.Lines...)
		is.Detail = fmt.Sprintf("footnote marker %s is printed %d times: %s", FootnoteMark(n), len(us), strings.Join(where, "; "))
		is.DetailKo = fmt.Sprintf("각주 표시 %s가 %d번 쓰임: %s", FootnoteMark(n), len(us), strings.Join(where, "; "))
		// Markers run in order, so a neighbour that no marker points to is
		// the likely intended one: the next number for the last use, the
		// previous number for the first.
		for _, m := range []int{n + 1, n - 1} {
			g, ok := byNum[m]
			if !ok || len(uses[m]) > 0 {
				continue
			}
			which, whichKo := "last", "마지막"
			if m < n {
				which, whichKo = "first", "첫 번째"
			}
			is.Footnotes = append(is.Footnotes, m)
			is.Printed = append(is.Printed, fmt.Sprintf("%d) %s", m, g.Text))
			is.Lines = append(is.Lines, g.Lines...)
			is.Detail += fmt.Sprintf("; footnote %d has no marker, so the %s %s may have been meant as %s (not certain: check both footnotes)", m, which, FootnoteMark(n), FootnoteMark(m))
			is.DetailKo += fmt.Sprintf("; %d번 각주는 본문 표시가 없으므로 %s %s는 %s의 오기일 수 있음(확실하지 않음: 두 각주를 모두 확인)", m, whichKo, FootnoteMark(n), FootnoteMark(m))
		}
		out = append(out, is)
	}
	for _, f := range d.Footnotes {
		if len(uses[f.Num]) > 0 {
			continue
		}
		out = append(out, Issue{
			Kind:      IssueUnmarkedFootnote,
			Footnotes: []int{f.Num},
			Lines:     f.Lines,
			Printed:   []string{fmt.Sprintf("%d) %s", f.Num, f.Text)},
			Detail:    fmt.Sprintf("footnote %d is printed at the foot of the page but no marker %s in the text points to it", f.Num, FootnoteMark(f.Num)),
			DetailKo:  fmt.Sprintf("%d번 각주는 있으나 본문에 %s 표시가 없음", f.Num, FootnoteMark(f.Num)),
		})
	}
	return out
}

// truncated tells whether a footnote stops before its title does: a
// quotation is opened and never closed, and no URL follows. A title that is
// only missing its opening mark (the closing one and the URL are there) is a
// typo, not a loss, and is left alone.
func truncated(f Footnote) bool {
	if f.URL != "" {
		return false
	}
	t := f.Text
	for _, q := range [][2]string{{"“", "”"}, {"‘", "’"}, {"「", "」"}, {"『", "』"}} {
		if strings.Count(t, q[0]) > strings.Count(t, q[1]) {
			// ‘ ’ also serve as apostrophes; only an opening mark after the
			// last closing one counts.
			if strings.LastIndex(t, q[0]) > strings.LastIndex(t, q[1]) {
				return true
			}
		}
	}
	if strings.Count(t, `"`)%2 == 1 && strings.LastIndex(t, `"`) > strings.LastIndex(t, ",") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(t))
	return r == ',' || r == '('
}

func (d *Document) truncatedFootnotes() []Issue {
	var out []Issue
	for _, f := range d.Footnotes {
		if !truncated(f) {
			continue
		}
		out = append(out, Issue{
			Kind:      IssueTruncatedFootnote,
			Footnotes: []int{f.Num},
			Lines:     f.Lines,
			Printed:   []string{fmt.Sprintf("%d) %s", f.Num, f.Text)},
			Detail:    fmt.Sprintf("footnote %d ends mid-title, with no closing quotation mark and no URL: the report prints only %q", f.Num, f.Text),
			DetailKo:  fmt.Sprintf("%d번 각주가 제목 중간에서 끊겨 있음(닫는 따옴표와 URL 없음): 보고서에는 %q까지만 있음", f.Num, f.Text),
		})
	}
	return out
}

// citedSource is one place the report names a source: an in-text citation, a
// figure's "자료:" line, or the publication a footnote starts with.
type citedSource struct {
	name     string // first author or publication, as printed
	year     string // "2024", "2024a"; "" when none is printed
	raw      string // the citation as printed; "" for a footnote
	footnote int    // the footnote's number; 0 for an in-text citation
	passage  int    // -1 for a footnote
	lines    []int
	url      string
}

var (
	// A footnote that cites a publication starts with its name and a date:
	// "머니투데이(2024.9.2.)", "SPRI(2024a)", "NIA (2024c)", "인공지능신문(24.08.27)".
	reFootSource = regexp.MustCompile(`^([^()<>"“”‘’,]{1,40}?)\s*\(((?:19|20)\d\d[a-z]?|\d\d)[.\d]*[a-z]?\)`)
	// or with its name and a URL: "NITRD, <https://…>".
	reFootSite = regexp.MustCompile(`^([^()<>"“”‘’,]{1,40}?),\s*<?https?://`)
)

// leadName is the first author or publication of a citation as printed:
// "채명식·이호윤" → "채명식", "안성원 외" → "안성원", "Schuman et al." → "Schuman".
func leadName(a string) string {
	a = strings.TrimSpace(a)
	for _, sep := range []string{" 외", " et al", "·", ",", ";"} {
		if i := strings.Index(a, sep); i > 0 {
			a = a[:i]
		}
	}
	return strings.TrimSpace(a)
}

// entryName is the name a reference entry is listed under: the text before
// its first "(", "," or ".".
func entryName(text string) string {
	if i := strings.IndexAny(text, "(,."); i > 0 {
		text = text[:i]
	}
	return strings.TrimSpace(text)
}

// nameKey compares names as a reader would: letter case, spaces and "·" aside.
func nameKey(s string) string {
	return strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '·' {
			return -1
		}
		return r
	}, s))
}

// editDistance counts the rune insertions, deletions and substitutions that
// turn a into b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// yearFits tells whether a reference entry can be the one a citation of year
// means: it prints that year, or it is an undated online source.
func yearFits(entry, year string) bool {
	return year == "" || strings.Contains(entry, year) || !reYear.MatchString(entry)
}

// matchEntry finds the reference entry for a source: first by the name it is
// listed under (letter case and spacing aside), and failing that a near miss
// — a name one letter off with the same year, or an entry holding every word
// of the citation and its year. near is false for an exact-name match.
func (d *Document) matchEntry(s citedSource) (idx int, near bool) {
	key := nameKey(s.name)
	if key == "" {
		return -1, false
	}
	for i, r := range d.References {
		if nameKey(leadName(entryName(r.Text))) == key && yearFits(r.Text, s.year) {
			return i, false
		}
	}
	if s.year == "" {
		return -1, false
	}
	for i, r := range d.References {
		ek := nameKey(leadName(entryName(r.Text)))
		if utf8.RuneCountInString(key) >= 3 && utf8.RuneCountInString(ek) >= 3 && editDistance(key, ek) == 1 && strings.Contains(r.Text, s.year) {
			return i, true
		}
	}
	words := strings.Fields(strings.ToLower(s.name))
	if len(words) >= 2 {
		for i, r := range d.References {
			have := map[string]bool{}
			for _, w := range strings.FieldsFunc(strings.ToLower(r.Text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				have[w] = true
			}
			all := strings.Contains(r.Text, s.year)
			for _, w := range words {
				all = all && have[w]
			}
			if all {
				return i, true
			}
		}
	}
	return -1, false
}

// citedSources lists every place the report names a source, in document
// order: in-text citations and figure sources, then footnotes.
func (d *Document) citedSources() []citedSource {
	var out []citedSource
	for _, p := range d.Passages {
		if p.Duplicate >= 0 || p.Kind == KindRef || p.Kind == KindMeta {
			continue
		}
		ls, src := displayLines(p)
		for i, l := range ls {
			for _, c := range d.Citations(l) {
				out = append(out, citedSource{name: leadName(c.Author), year: c.Year, raw: c.Raw, passage: p.ID, lines: src[i]})
			}
		}
	}
	for _, f := range d.Footnotes {
		s := citedSource{footnote: f.Num, passage: -1, lines: f.Lines, url: f.URL}
		if m := reFootSource.FindStringSubmatch(f.Text); m != nil {
			s.name, s.year = strings.TrimSpace(m[1]), m[2]
			if len(s.year) == 2 {
				s.year = "20" + s.year // "(24.08.27)"
			}
		} else if m := reFootSite.FindStringSubmatch(f.Text); m != nil {
			s.name = strings.TrimSpace(m[1])
		} else {
			continue // a note that explains, not one that cites
		}
		out = append(out, s)
	}
	return out
}

// where says where a source is printed, for an issue's detail.
func (s citedSource) where() (en, ko string) {
	if s.footnote > 0 {
		return fmt.Sprintf("footnote %d", s.footnote), fmt.Sprintf("%d번 각주", s.footnote)
	}
	return fmt.Sprintf("the text %s", s.raw), fmt.Sprintf("본문 %s", s.raw)
}

func (is *Issue) addSource(s citedSource) {
	if s.footnote > 0 {
		is.Footnotes = appendNew(is.Footnotes, s.footnote)
	} else {
		is.Citations = appendNewString(is.Citations, s.raw)
		is.Passages = appendNew(is.Passages, s.passage)
	}
	is.Lines = append(is.Lines, s.lines...)
}

func appendNew(ns []int, n int) []int {
	for _, m := range ns {
		if m == n {
			return ns
		}
	}
	return append(ns, n)
}

func appendNewString(ss []string, s string) []string {
	for _, t := range ss {
		if t == s {
			return ss
		}
	}
	return append(ss, s)
}

// siteOf is the registrable part of a URL's host ("hankyung.com",
// "skhynix.co.kr"), so that news.samsung.com and semiconductor.samsung.com
// count as one site.
func siteOf(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	if i := strings.IndexAny(u, "/?#>"); i >= 0 {
		u = u[:i]
	}
	labels := strings.Split(strings.ToLower(u), ".")
	n := 2
	if len(labels) >= 3 && len(labels[len(labels)-1]) == 2 {
		switch labels[len(labels)-2] {
		case "co", "or", "go", "ac", "re", "ne", "com", "org", "gov", "edu", "net":
			n = 3
		}
	}
	if len(labels) < n {
		return strings.Join(labels, ".")
	}
	return strings.Join(labels[len(labels)-n:], ".")
}

func (d *Document) citationIssues() []Issue {
	// Spellings are compared per listed name, so SPRi(2024a) and SPRi(2024b)
	// make one issue about how "SPRi" is spelled.
	type variantSet struct {
		entries []string                 // the reference entries under this name
		lines   []int                    // their source lines
		forms   []string                 // printed names, the list's own first
		by      map[string][]citedSource // printed name → where it is printed
	}
	variants := map[string]*variantSet{}
	var nameOrder []string
	var out []Issue
	unmatched := map[string]int{} // name|year → index in out
	for _, s := range d.citedSources() {
		en, ko := s.where()
		idx, near := d.matchEntry(s)
		if idx < 0 || near {
			key := nameKey(s.name) + "|" + s.year
			at, ok := unmatched[key]
			if !ok {
				is := Issue{Kind: IssueUnmatchedCitation}
				if near {
					r := d.References[idx]
					listed := leadName(entryName(r.Text))
					is.Printed = []string{r.Text}
					is.Lines = append(is.Lines, r.Lines...)
					is.Detail = fmt.Sprintf("%s cites %s (%s), which 참고문헌 does not list; the nearest entry is %q: spelled %s in the text, %s in the reference list (probably the same source, not certain)", en, s.name, s.year, r.Text, s.name, listed)
					is.DetailKo = fmt.Sprintf("%s: 참고문헌에 %s(%s) 항목 없음. 가장 가까운 항목은 %q로, 본문은 %s, 참고문헌은 %s로 표기(같은 자료일 가능성이 높으나 확실하지 않음)", ko, s.name, s.year, r.Text, s.name, listed)
				} else {
					is.Detail = fmt.Sprintf("%s cites %s, which 참고문헌 does not list", en, s.name)
					is.DetailKo = fmt.Sprintf("%s: 참고문헌에 %s 항목 없음", ko, s.name)
				}
				at = len(out)
				unmatched[key] = at
				out = append(out, is)
			}
			out[at].addSource(s)
			continue
		}
		r := d.References[idx]
		listed := leadName(entryName(r.Text))
		nk := nameKey(listed)
		vs, ok := variants[nk]
		if !ok {
			vs = &variantSet{forms: []string{listed}, by: map[string][]citedSource{listed: nil}}
			variants[nk] = vs
			nameOrder = append(nameOrder, nk)
		}
		if !slices.Contains(vs.entries, r.Text) {
			vs.entries = append(vs.entries, r.Text)
			vs.lines = append(vs.lines, r.Lines...)
		}
		if _, ok := vs.by[s.name]; !ok {
			vs.forms = append(vs.forms, s.name)
		}
		vs.by[s.name] = append(vs.by[s.name], s)

		if s.url != "" {
			if m := reURL.FindStringSubmatch(r.Text); m != nil && siteOf(m[1]) != siteOf(s.url) {
				out = append(out, Issue{
					Kind:      IssueURLMismatch,
					Footnotes: []int{s.footnote},
					Lines:     append(append([]int{}, s.lines...), r.Lines...),
					Printed:   []string{fmt.Sprintf("%d) %s", s.footnote, d.footnoteText(s.footnote)), r.Text},
					Detail:    fmt.Sprintf("%s names %s but links to %s, while 참고문헌 lists %s at %s", en, s.name, siteOf(s.url), listed, siteOf(m[1])),
					DetailKo:  fmt.Sprintf("%s: 출처 이름은 %s, 링크는 %s; 참고문헌의 %s 주소는 %s", ko, s.name, siteOf(s.url), listed, siteOf(m[1])),
				})
			}
		}
	}
	for _, nk := range nameOrder {
		vs := variants[nk]
		if len(vs.forms) < 2 {
			continue
		}
		is := Issue{Kind: IssueSpellingVariant, Printed: vs.entries, Lines: append([]int{}, vs.lines...)}
		var en, ko []string
		for i, form := range vs.forms {
			var places, placesKo []string
			if i == 0 {
				places, placesKo = append(places, "참고문헌"), append(placesKo, "참고문헌")
			}
			var notes []int
			for _, s := range vs.by[form] {
				is.addSource(s)
				if s.footnote > 0 {
					notes = appendNew(notes, s.footnote)
				} else {
					places = appendNewString(places, "the text "+s.raw)
					placesKo = appendNewString(placesKo, "본문 "+s.raw)
				}
			}
			if len(notes) > 0 {
				slices.Sort(notes)
				places = append(places, "footnote "+joinInts(notes))
				placesKo = append(placesKo, joinInts(notes)+"번 각주")
			}
			en = append(en, fmt.Sprintf("%q in %s", form, strings.Join(places, ", ")))
			ko = append(ko, fmt.Sprintf("%q(%s)", form, strings.Join(placesKo, ", ")))
		}
		slices.Sort(is.Footnotes)
		is.Detail = "the same source is spelled differently: " + strings.Join(en, "; ")
		is.DetailKo = "같은 출처의 표기가 다름: " + strings.Join(ko, "; ")
		out = append(out, is)
	}
	for i := range out {
		slices.Sort(out[i].Lines)
		out[i].Lines = slices.Compact(out[i].Lines)
	}
	return out
}

func (d *Document) footnoteText(n int) string {
	f, _ := d.Footnote(n)
	return f.Text
}

// IssuesFor picks from issues those that concern text: the footnotes its
// markers point to, the in-text citations it prints, and the reference
// entries it quotes.
func (d *Document) IssuesFor(issues []Issue, text string) []Issue {
	known := func(n int) bool { _, ok := d.Footnote(n); return ok }
	marks := map[int]bool{}
	for _, n := range FootnoteMarkers(text, known) {
		marks[n] = true
	}
	for _, n := range FootnoteMarkers(text, nil) {
		marks[n] = true
	}
	var out []Issue
	for _, is := range issues {
		hit := false
		for _, n := range is.Footnotes {
			// Only the footnotes the text points to: an issue about a
			// neighbour it names as a possibility comes with its own.
			if marks[n] && (is.Kind != IssueRepeatedMarker || n == is.Footnotes[0]) {
				hit = true
			}
		}
		for _, c := range is.Citations {
			if strings.Contains(text, c) {
				hit = true
			}
		}
		if is.Kind == IssueUnmatchedCitation || is.Kind == IssueSpellingVariant {
			// text quoting the reference list itself
			for _, p := range is.Printed {
				if strings.Contains(text, p) {
					hit = true
				}
			}
		}
		if hit {
			out = append(out, is)
		}
	}
	return out
}

// MatchReference finds the 참고문헌 entry an in-text citation points to, and
// says how sure it is: near is set when the entry only nearly matches (a name
// one letter off, or the citation's words in another order), which Issues
// reports as an unmatched citation.
func (d *Document) MatchReference(c Citation) (r Reference, near, ok bool) {
	if idx, near := d.matchEntry(citedSource{name: leadName(c.Author), year: c.Year}); idx >= 0 {
		return d.References[idx], near, true
	}
	// Reference reads names more loosely still; what only it finds is a
	// near match too.
	if r, ok := d.Reference(c); ok {
		return r, true, true
	}
	return Reference{}, false, false
}
