package corpus

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Errors a caller branches on when a report's layout cannot be read. Each
// comes wrapped in a *LayoutError that names the line.
var (
	// ErrNoTitlePage: the front matter lacks the series number or the title.
	ErrNoTitlePage = errors.New("no title page with the series number and the title")
	// ErrNoContents: the body starts with no table of contents before it.
	ErrNoContents = errors.New("no table of contents")
	// ErrHeadingOrder: a heading's number does not follow the one before it.
	ErrHeadingOrder = errors.New("headings out of order")
	// ErrContentsMismatch: the table of contents and the headings disagree,
	// or the contents list a part the parser does not read. A file cut short
	// ends here: its contents list what its body lacks.
	ErrContentsMismatch = errors.New("the table of contents disagrees with the headings")
)

// LayoutError is a report whose layout cannot be read, at a line. A report is
// refused whole rather than half parsed: what the parser cannot place would
// otherwise land silently in the wrong section.
type LayoutError struct {
	Line int   // 1-based line of the report file; 0 when nothing marks the place
	Err  error // ErrNoTitlePage, ErrNoContents, ErrHeadingOrder or ErrContentsMismatch
	What string
}

func (e *LayoutError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, e.What)
	}
	return e.What
}

func (e *LayoutError) Unwrap() error { return e.Err }

// fail records the first layout error; the parser reads no further lines.
func (p *parser) fail(n int, err error, format string, args ...any) {
	if p.err == nil {
		p.err = &LayoutError{Line: n, Err: err, What: fmt.Sprintf(format, args...)}
	}
}

// The parts of a table of contents: the Korean contents, which the headings
// are checked against; the English contents, which give the English titles;
// and the lists of figures and tables, which give the captions' pages.
type tocPart int

const (
	tocKorean tocPart = iota
	tocEnglish
	tocFigures
)

// tocKind is what a row of the Korean contents lists.
type tocKind int

const (
	tocChapter tocKind = iota
	tocSection
	tocNumbered // "1. …" under a 제N절
	tocLettered // "가. …" under a numbered part
	tocRefs
)

// tocEntry is one row of the contents that names a heading of the body.
type tocEntry struct {
	kind    tocKind
	id      string // the section id the heading gets: "N", "N.M", "N.M.K", "N.M.K.가", "refs"
	title   string
	printed string // the row's text, for messages
	page    int    // 0 when the row gives none or a Roman numeral
	line    int
	english bool // a row of the English contents: it gives a title only
}

var (
	reTOCChapter   = regexp.MustCompile(`^제\s*(\d+)\s*장\s*(.*)$`)
	reTOCSection   = regexp.MustCompile(`^제\s*(\d+)\s*절\s*(.*)$`)
	reTOCPage      = regexp.MustCompile(`^(\d+|[ivxlc]+)$`)
	reTOCEnChapter = regexp.MustCompile(`^(?i:chapter)\s+(\d+)\.?\s+(.+)$`)
	// reSeries is a series number as a title page prints it: a series name
	// and a year-number, "수시연구 2024-08", "정책연구 2023-15".
	reSeries = regexp.MustCompile(`^\S.{0,40}?\s*(?:19|20)\d\d-\d{1,3}$`)
)

// tocCells splits a contents row into its non-empty cells; a separator row
// ("|---|---|") has none.
func tocCells(s string) []string {
	var out []string
	for _, c := range strings.Split(s, "|") {
		c = clean(c)
		if c == "" || strings.Trim(c, "-: ") == "" {
			continue
		}
		out = append(out, c)
	}
	return out
}

// tocBanner reads a banner line of the contents, "| 목 차 |" (or 차례) or
// "| 그 림 목 차 |".
func tocBanner(text string) (tocPart, bool) {
	if !strings.HasPrefix(text, "|") {
		return 0, false
	}
	key := strings.ReplaceAll(strings.Trim(text, "| "), " ", "")
	switch {
	case key == "목차" || key == "차례":
		return tocKorean, true
	case strings.HasSuffix(key, "목차") || strings.HasSuffix(key, "차례"): // 그림 목차, 표 목차
		return tocFigures, true
	}
	return 0, false
}

// isEnglishContents tells whether a line opens the English contents:
// "Contents", "| Table of Contents |".
func isEnglishContents(text string) bool {
	key := strings.ToLower(strings.ReplaceAll(strings.Trim(text, "| "), " ", ""))
	return key == "contents" || key == "tableofcontents"
}

// isSummaryRow tells whether a contents title names one of the summaries,
// which are not numbered headings: 국문요약, 영문요약, Summary, Abstract.
func isSummaryRow(key string) bool {
	return strings.HasSuffix(key, "요약") || strings.EqualFold(key, "summary") || strings.EqualFold(key, "abstract")
}

// toc reads one line of the contents.
func (p *parser) toc(l line) {
	if isEnglishContents(l.text) {
		p.tocPart = tocEnglish
		p.tocCh, p.tocSec, p.tocNum = 0, 0, 0
		return
	}
	cells := tocCells(l.text)
	if !strings.HasPrefix(l.text, "|") || len(cells) == 0 {
		return
	}
	page, title := 0, strings.Join(cells, " ")
	if last := cells[len(cells)-1]; len(cells) > 1 && reTOCPage.MatchString(last) {
		page, _ = strconv.Atoi(last) // a Roman numeral numbers the summaries apart: no body page
		title = strings.Join(cells[:len(cells)-1], " ")
	}
	if c := reCaption.FindStringSubmatch(title); c != nil {
		if page > 0 {
			p.figPages[c[2]] = page
		}
		return
	}
	switch p.tocPart {
	case tocFigures:
		return
	case tocEnglish:
		p.tocEnglishRow(l, title, page)
		return
	}
	e := tocEntry{title: title, printed: title, page: page, line: l.n}
	key := tocKey(title)
	chapter, section := reTOCChapter.FindStringSubmatch(title), reTOCSection.FindStringSubmatch(title)
	part, letter := rePart.FindStringSubmatch(title), reLetter.FindStringSubmatch(title)
	switch {
	case chapter != nil:
		p.tocCh, _ = strconv.Atoi(chapter[1])
		p.tocSec, p.tocNum = 0, 0
		e.kind, e.id, e.title = tocChapter, strconv.Itoa(p.tocCh), chapter[2]
	case section != nil:
		if p.tocCh == 0 {
			p.fail(l.n, ErrContentsMismatch, "the table of contents lists %q before any chapter", title)
			return
		}
		p.tocSec, _ = strconv.Atoi(section[1])
		p.tocNum = 0
		e.kind, e.id, e.title = tocSection, fmt.Sprintf("%d.%d", p.tocCh, p.tocSec), section[2]
	case part != nil:
		if p.tocSec == 0 {
			p.fail(l.n, ErrContentsMismatch, "the table of contents lists %q outside any 제N절", title)
			return
		}
		p.tocNum, _ = strconv.Atoi(part[1])
		e.kind, e.id, e.title = tocNumbered, fmt.Sprintf("%d.%d.%d", p.tocCh, p.tocSec, p.tocNum), part[2]
	case letter != nil && p.tocNum > 0:
		e.kind, e.id, e.title = tocLettered, fmt.Sprintf("%d.%d.%d.%s", p.tocCh, p.tocSec, p.tocNum, letter[1]), letter[2]
	case key == "참고문헌":
		e.kind, e.id = tocRefs, "refs"
	case isSummaryRow(key):
		return
	default:
		p.fail(l.n, ErrContentsMismatch,
			"the table of contents lists %q, which is no part this parser reads (제N장, 제N절, numbered parts, the summaries, 참고문헌)", title)
		return
	}
	p.contents = append(p.contents, e)
}

// tocEnglishRow reads a row of the English contents: "Chapter 3. …" and the
// "1. …" rows under it give the English titles of chapters and 절.
func (p *parser) tocEnglishRow(l line, title string, page int) {
	e := tocEntry{title: title, printed: title, page: page, line: l.n, english: true}
	if m := reTOCEnChapter.FindStringSubmatch(title); m != nil {
		p.tocCh, _ = strconv.Atoi(m[1])
		p.tocSec = 0
		e.kind, e.id, e.title = tocChapter, strconv.Itoa(p.tocCh), m[2]
	} else if m := rePart.FindStringSubmatch(title); m != nil && p.tocCh > 0 {
		p.tocSec, _ = strconv.Atoi(m[1])
		e.kind, e.id, e.title = tocSection, fmt.Sprintf("%d.%d", p.tocCh, p.tocSec), m[2]
	} else {
		return // Summary (in Korean), References: no numbered heading
	}
	p.contents = append(p.contents, e)
}

// headingText is a section's heading as the report prints it, for messages.
func headingText(s Section) string {
	parts := strings.Split(s.ID, ".")
	switch {
	case s.ID == "refs":
		return s.Title
	case len(parts) == 1:
		return "제" + parts[0] + "장 " + s.Title
	case len(parts) == 2:
		return "제" + parts[1] + "절 " + s.Title
	}
	return parts[len(parts)-1] + ". " + s.Title
}

// checkContents holds the headings against the Korean contents, both ways,
// and gives each section its page and English title. Every chapter, 절 and
// the reference list must be listed; numbered and lettered parts must be
// where the contents list any of their siblings.
func (p finishing) checkContents() error {
	d := p.doc
	listed := map[string]tocEntry{}
	parentsListed := map[string]bool{} // a section whose parts the contents list
	for _, e := range p.contents {
		if e.english {
			continue
		}
		if prev, dup := listed[e.id]; dup {
			return &LayoutError{Line: e.line, Err: ErrContentsMismatch,
				What: fmt.Sprintf("the table of contents lists %q again (first at line %d)", e.printed, prev.line)}
		}
		listed[e.id] = e
		if e.kind == tocNumbered || e.kind == tocLettered {
			parentsListed[e.id[:strings.LastIndex(e.id, ".")]] = true
		}
	}
	for k, e := range p.contents {
		i, ok := d.sectionByID[e.id]
		if !ok {
			what := "the table of contents lists %q, but the body has no such heading"
			if e.english {
				what = "the English contents list %q, but the body has no such heading"
			}
			if cutShort(d, p.contents[k:]) {
				what += " (the file may be cut short: no heading listed from here on is in it)"
			}
			return &LayoutError{Line: e.line, Err: ErrContentsMismatch, What: fmt.Sprintf(what, e.printed)}
		}
		s := &d.Sections[i]
		if e.english {
			s.TitleEn = e.title
			continue
		}
		if tocKey(s.Title) != tocKey(e.title) {
			return &LayoutError{Line: s.Line, Err: ErrContentsMismatch, What: fmt.Sprintf(
				"the heading %q differs from the table of contents, which lists %q at line %d", headingText(*s), e.printed, e.line)}
		}
		s.PageStart = e.page
	}
	for _, s := range d.Sections {
		if s.Line == 0 || !s.Numbered() && s.ID != "refs" {
			continue
		}
		if _, ok := listed[s.ID]; ok {
			continue
		}
		if s.Level <= 2 || parentsListed[s.Parent] {
			return &LayoutError{Line: s.Line, Err: ErrContentsMismatch,
				What: fmt.Sprintf("the heading %q is not in the table of contents", headingText(s))}
		}
	}
	return nil
}

// cutShort tells whether none of the Korean contents' rows in rest has a
// heading in the body: the body stopped before them.
func cutShort(d *Document, rest []tocEntry) bool {
	n := 0
	for _, e := range rest {
		if e.english {
			continue
		}
		if _, ok := d.sectionByID[e.id]; ok {
			return false
		}
		n++
	}
	return n > 1
}

// checkTitlePage holds the front matter to what every report prints: a
// series number and a title.
func (p finishing) checkTitlePage() error {
	m := p.doc.Meta
	first := 0
	if len(p.frontText) > 0 {
		first = p.frontText[0].n
	}
	switch {
	case m.Series == "":
		return &LayoutError{Line: first, Err: ErrNoTitlePage,
			What: "the title page has no series number, a series name and a year-number such as \"수시연구 YYYY-NN\""}
	case m.TitleKo == "":
		return &LayoutError{Line: p.seriesLine, Err: ErrNoTitlePage,
			What: fmt.Sprintf("the title page has the series number %q but no Korean title", m.Series)}
	}
	return nil
}
