package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus/entity"
)

// MaxPassageRunes is where a long block is split at bullet boundaries: short
// passages cite precisely, and BM25 favours them less unfairly.
const MaxPassageRunes = 650

// finishing holds the steps that run once the whole text is read: the
// pages from the contents, the front matter, the footnotes' markers.
type finishing struct{ *parser }

func (p *parser) finish() error {
	f := finishing{p}
	d := p.doc
	d.Sections = append([]Section{{ID: "front", Title: "표지·목차", Level: 1}}, d.Sections...)
	for i, s := range d.Sections {
		d.sectionByID[s.ID] = i
	}
	// In the order of the file: the title page, then the contents.
	f.meta()
	if err := f.checkTitlePage(); err != nil {
		return err
	}
	if err := f.pages(); err != nil {
		return err
	}
	for _, b := range p.blocks {
		p.passages(b)
	}
	for _, r := range p.doc.References {
		b := &block{section: "refs", kind: KindRef, path: []string{r.Group}}
		p.addPassage(b, []item{{lines: r.Lines, text: r.Text}}, "")
	}
	finishing{p}.footnotes()
	finishing{p}.entities()
	markDuplicates(p.doc.Passages)
	p.doc.indexReferences()
	return nil
}

// entities finds the countries and companies the report discusses: the
// labels it prints over items, its headings, and its text.
func (p finishing) entities() { p.doc.findEntities(p.table) }

// findEntities sets Entities from what the document says, read against t;
// Restore calls it too.
func (d *Document) findEntities(t *entity.Table) {
	var r entity.Report
	var text strings.Builder
	for _, ps := range d.Passages {
		if ps.Label != "" {
			r.Labels = append(r.Labels, ps.Label)
		}
		if ps.Kind != KindRef && ps.Kind != KindMeta {
			text.WriteString(ps.Text)
			text.WriteByte('\n')
		}
	}
	for _, s := range d.Sections {
		if s.Numbered() {
			r.Headings = append(r.Headings, entity.Heading{ID: s.ID, Title: s.Title})
		}
	}
	r.Text = text.String()
	d.Entities = entity.For(t, r)
}

// meta reads the front matter into Meta and citable passages.
func (p finishing) meta() {
	d := p.doc
	var cover, authors, imprint []line
	stage := 0
	for _, l := range p.frontText {
		t := strings.ReplaceAll(l.text, " ", "")
		switch {
		case stage == 0 && strings.Contains(t, "저자"):
			stage = 1
		case stage == 1 && !strings.Contains(l.text, "|"):
			stage = 2
		}
		switch stage {
		case 0:
			cover = append(cover, l)
		case 1:
			authors = append(authors, l)
		default:
			imprint = append(imprint, l)
		}
	}
	// The series number is the line that reads like one, "수시연구 2024-08";
	// the title is the first other line, the English title the first line
	// in Latin letters after it.
	for _, l := range cover {
		t := clean(l.text)
		switch {
		case d.Meta.Series == "" && reSeries.MatchString(t):
			d.Meta.Series, p.seriesLine = t, l.n
		case d.Meta.TitleKo == "" && asciiShare(t) <= 0.8 && !isNameList(t):
			d.Meta.TitleKo = t
		case d.Meta.TitleKo != "" && d.Meta.TitleEn == "" && asciiShare(t) > 0.8:
			d.Meta.TitleEn = t
		}
	}
	role := ""
	for _, l := range authors {
		left, right, ok := strings.Cut(l.text, "|")
		if !ok {
			continue
		}
		f := strings.Fields(left)
		name := ""
		switch len(f) {
		case 0:
			continue
		case 1:
			name = f[0]
		default:
			role, name = f[0], f[len(f)-1]
		}
		a := Author{Name: name, Role: role}
		if rf := strings.Fields(right); len(rf) > 0 {
			a.Position = rf[len(rf)-1]
			a.Affiliation = strings.Join(rf[:len(rf)-1], " ")
		}
		d.Meta.Authors = append(d.Meta.Authors, a)
	}
	if len(d.Meta.Authors) == 0 {
		// No role table: fall back to the "A · B · C" line of the cover.
		for _, l := range cover {
			if strings.Contains(l.text, "·") {
				for _, n := range strings.Split(l.text, "·") {
					if n = strings.TrimSpace(n); n != "" {
						d.Meta.Authors = append(d.Meta.Authors, Author{Name: n})
					}
				}
				break
			}
		}
	}
	var roman []string
	if v := p.enMeta["Project Leader"]; v != "" {
		roman = append(roman, v)
	}
	for _, n := range strings.Split(p.enMeta["Participants"], "·") {
		if n = strings.TrimSpace(n); n != "" {
			roman = append(roman, n)
		}
	}
	if len(roman) == len(d.Meta.Authors) {
		for i := range roman {
			d.Meta.Authors[i].Romanized = roman[i]
		}
	}
	for i, l := range imprint {
		if m := reKoDate.FindStringSubmatch(l.text); m != nil {
			date := fmt.Sprintf("%s-%02s-%02s", m[1], pad2(m[2]), pad2(m[3]))
			if m[4] == "발행" {
				d.Meta.Published = date
			} else {
				d.Meta.Printed = date
			}
		}
		if m := reISBN.FindStringSubmatch(l.text); m != nil {
			d.Meta.ISBN = m[1]
		}
		k, v, ok := strings.Cut(l.text, "|")
		if !ok {
			continue
		}
		k, v = strings.ReplaceAll(k, " ", ""), strings.TrimSpace(v)
		switch k {
		case "發行人", "발행인":
			d.Meta.Issuer = v
		case "發行處", "발행처":
			d.Meta.Publisher = v
			var addr []string
			for _, a := range imprint[i+1:] {
				if strings.Contains(a.text, "|") || strings.HasPrefix(a.text, "Tel") {
					break
				}
				addr = append(addr, clean(a.text))
			}
			d.Meta.Address = strings.Join(addr, " ")
		}
	}
	for _, group := range [][]line{cover, authors, imprint} {
		if len(group) == 0 {
			continue
		}
		b := &block{section: "front", kind: KindMeta}
		for _, l := range group {
			// "연구책임자 윤정섭 | 과학기술정책연구원 부연구위원": the pipe
			// between two cells stays, as the report prints the row.
			b.items = append(b.items, item{lines: []int{l.n}, text: strings.Trim(clean(l.text), "| ")})
		}
		p.addPassage(b, b.items, "")
	}
}

// isNameList tells whether a line is the cover's list of authors, "김가상 ·
// 이시험": names joined by middle dots, none with a space inside.
func isNameList(s string) bool {
	parts := strings.Split(s, "·")
	if len(parts) < 2 {
		return false
	}
	for _, n := range parts {
		if n = strings.TrimSpace(n); n == "" || strings.Contains(n, " ") || utf8.RuneCountInString(n) > 6 {
			return false
		}
	}
	return true
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

func asciiShare(s string) float64 {
	n, a := 0, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		n++
		if r < 128 {
			a++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(a) / float64(n)
}

// pages gives each section its page range from the table of contents, once
// the headings are held against it. The summaries are numbered apart from
// the body, so only the body gets pages.
func (p finishing) pages() error {
	d := p.doc
	if err := p.checkContents(); err != nil {
		return err
	}
	for i := range d.Sections {
		s := &d.Sections[i]
		if s.PageStart == 0 {
			continue
		}
		for _, t := range d.Sections[i+1:] {
			if t.PageStart == 0 || strings.HasPrefix(t.ID, s.ID+".") {
				continue
			}
			if t.PageStart > s.PageStart {
				s.PageEnd = t.PageStart - 1
			} else {
				s.PageEnd = s.PageStart
			}
			break
		}
	}
	for i := range d.Sections {
		s := &d.Sections[i]
		if s.PageStart != 0 || s.Parent == "" {
			continue
		}
		if par, ok := d.Section(s.Parent); ok && par.PageStart != 0 {
			s.PageStart, s.PageEnd, s.PagesFromParent = par.PageStart, par.PageEnd, true
		}
	}
	return nil
}

// TitlePath returns the titles from the top section down to id.
func (d *Document) TitlePath(id string) []string {
	var path []string
	for id != "" {
		s, ok := d.Section(id)
		if !ok {
			break
		}
		path = append([]string{s.Title}, path...)
		id = s.Parent
	}
	return path
}

func (p *parser) passages(b *block) {
	total := 0
	for _, it := range b.items {
		total += utf8.RuneCountInString(it.text) + 1 // with the line break that joins it
	}
	if total <= MaxPassageRunes || b.kind == KindCaption {
		p.addPassage(b, b.items, "")
		return
	}
	// Split at top-level items first; fall back to any item boundary.
	var chunk []item
	size := 0
	head := ""
	emit := func() {
		if len(chunk) > 0 {
			p.addPassage(b, chunk, head)
			head = b.items[0].text
		}
		chunk, size = nil, 0
	}
	for i, it := range b.items {
		n := utf8.RuneCountInString(it.text) + 1
		boundary := !it.indent || b.box && i > 0
		if size > 0 && size+n > MaxPassageRunes && (boundary || size > MaxPassageRunes/2) {
			emit()
		}
		chunk = append(chunk, it)
		size += n
	}
	emit()
}

func (p *parser) addPassage(b *block, items []item, head string) {
	d := p.doc
	var lines []int
	var texts []string
	var sub []bool
	anySub := false
	for _, it := range items {
		lines = append(lines, it.lines...)
		texts = append(texts, it.text)
		for range strings.Count(it.text, "\n") + 1 {
			sub = append(sub, it.sub)
		}
		anySub = anySub || it.sub
	}
	if !anySub {
		sub = nil
	}
	country := b.country
	if country == "" {
		country = b.context
	}
	path := append(d.TitlePath(b.section), b.path...)
	d.Passages = append(d.Passages, Passage{
		ID:        len(d.Passages),
		Section:   b.section,
		Path:      path,
		Kind:      b.kind,
		Country:   country,
		Label:     b.label,
		Text:      strings.Join(texts, "\n"),
		Lines:     lines,
		Head:      head,
		Sub:       sub,
		Page:      b.page,
		Duplicate: -1,
	})
}

// superDigit is the value of a superscript digit (¹, ², ³ sit apart from
// the others in Unicode).
func superDigit(r rune) int {
	switch r {
	case '¹':
		return 1
	case '²':
		return 2
	case '³':
		return 3
	}
	return int(r - '⁰')
}

// FootnoteMarkers returns the footnote numbers a text cites, in order, as
// superscripts ("¹⁷⁾") or, for numbers in known, plain "17)" after a word.
func FootnoteMarkers(text string, known func(int) bool) []int {
	var out []int
	// Most text carries no marker: look for the marks before the patterns.
	hasSuper := strings.Contains(text, "⁾")
	hasASCII := known != nil && strings.Contains(text, ")")
	if !hasSuper && !hasASCII {
		return nil
	}
	if hasSuper {
		out = superNotes(text, out)
	}
	if hasASCII {
		out = asciiNotes(text, known, out)
	}
	return out
}

// The markers are read by scanning back from each closing mark rather
// than by patterns: an excerpt's sources are looked up for every result of
// every question, and a pattern walks the whole text of any that holds a
// bracket. What the scans find is what these patterns would, in order:
//
//	([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾            a superscript marker
//	([\p{L}’”'"])(\d{1,3})\)   a plain one, after a letter or a quote

// superNotes appends the numbers of text's superscript markers to out: a
// run of superscript digits right before each "⁾".
func superNotes(text string, out []int) []int {
	for i := 0; ; {
		j := strings.Index(text[i:], "⁾")
		if j < 0 {
			return out
		}
		end := i + j
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if !isSuperDigit(r) {
				break
			}
			start -= size
		}
		if start < end {
			n := 0
			for _, r := range text[start:end] {
				n = n*10 + superDigit(r)
			}
			out = append(out, n)
		}
		i = end + len("⁾")
	}
}

// isSuperDigit tells whether r is a superscript digit.
func isSuperDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || r == '⁰' || r >= '⁴' && r <= '⁹'
}

// asciiNotes appends to out the numbers known says are footnotes' of
// text's plain markers: one to three digits right before each ")", after
// a letter or a quote.
func asciiNotes(text string, known func(int) bool, out []int) []int {
	for i := 0; ; {
		j := strings.IndexByte(text[i:], ')')
		if j < 0 {
			return out
		}
		end := i + j
		start := end
		for start > 0 && text[start-1] >= '0' && text[start-1] <= '9' {
			start--
		}
		if digits := end - start; digits >= 1 && digits <= 3 && start > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:start])
			if unicode.IsLetter(r) || r == '’' || r == '”' || r == '\'' || r == '"' {
				if n, err := strconv.Atoi(text[start:end]); err == nil && known(n) {
					out = append(out, n)
				}
			}
		}
		i = end + 1
	}
}

func (p finishing) footnotes() {
	d := p.doc
	byNum := map[int]int{}
	for i := range d.Footnotes {
		f := &d.Footnotes[i]
		if m := reURL.FindStringSubmatch(f.Text); m != nil {
			f.URL = strings.TrimRight(m[1], ">")
			if i := strings.Index(f.URL, "(검색일"); i > 0 {
				f.URL = f.URL[:i]
			}
		}
		f.Note = IsNote(f.Text)
		byNum[f.Num] = i
		if _, seen := d.footnoteByNum[f.Num]; !seen {
			d.footnoteByNum[f.Num] = i // the first, as a scan finds it
		}
	}
	known := func(n int) bool { _, ok := byNum[n]; return ok }
	for i := range d.Passages {
		ps := &d.Passages[i]
		ps.Footnotes = FootnoteMarkers(ps.Text, known)
		for _, n := range ps.Footnotes {
			if j, ok := byNum[n]; ok {
				d.Footnotes[j].Cited++
			}
		}
	}
}

var reNorm = regexp.MustCompile(`[\s*·]+`)

func normLine(s string) string { return reNorm.ReplaceAllString(s, "") }

// markDuplicates points each passage whose lines all appear in another passage
// (the summary repeats the body) at that passage. The body copy is kept, since
// it has pages.
func markDuplicates(ps []Passage) {
	owner := map[string][]int{}
	for _, p := range ps {
		if strings.HasPrefix(p.Section, "summary") {
			continue
		}
		for _, l := range strings.Split(p.Text, "\n") {
			k := normLine(l)
			owner[k] = append(owner[k], p.ID)
		}
	}
	for i := range ps {
		p := &ps[i]
		if !strings.HasPrefix(p.Section, "summary") {
			continue
		}
		lines := strings.Split(p.Text, "\n")
		votes := map[int]int{}
		for _, l := range lines {
			for _, id := range owner[normLine(l)] {
				votes[id]++
			}
		}
		best, bestN := -1, 0
		for id, n := range votes {
			if n > bestN || n == bestN && id < best {
				best, bestN = id, n
			}
		}
		if best >= 0 && bestN*5 >= len(lines)*4 {
			p.Duplicate = best
		}
	}
}
