package corpus

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
// It starts at a word: the cut moves forward to the next space, unless that
// would leave less than half of n, when it moves back to the word's start.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := len(r) - n
	if !unicode.IsSpace(r[cut-1]) && !unicode.IsSpace(r[cut]) {
		fwd := cut
		for fwd < len(r) && !unicode.IsSpace(r[fwd]) {
			fwd++
		}
		if len(r)-fwd >= n/2 {
			cut = fwd
		} else {
			for cut > 0 && !unicode.IsSpace(r[cut-1]) {
				cut--
			}
		}
	}
	if cut == 0 {
		return s
	}
	return "…" + strings.TrimSpace(string(r[cut:]))
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
	refs := d.refIndex()
	// The first footnote of each number, as Document.Footnote finds it.
	notes := map[int]string{}
	for _, f := range d.Footnotes {
		if _, ok := notes[f.Num]; !ok {
			notes[f.Num] = f.Text
		}
	}
	for _, s := range d.citedSources() {
		en, ko := s.where()
		idx, near := refs.match(s)
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
					Printed:   []string{fmt.Sprintf("%d) %s", s.footnote, notes[s.footnote]), r.Text},
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
