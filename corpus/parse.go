package corpus

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus/entity"
)

//go:embed report.txt
var embedded []byte

// Embedded returns the text of the report the product ships.
func Embedded() []byte { return embedded }

// Errors callers branch on.
var (
	ErrEmpty      = errors.New("the report file is empty")
	ErrNotText    = errors.New("the report file is not UTF-8 text")
	ErrNoSections = errors.New("no numbered sections found (expected headings like \"| 제N장 | 제목\" and \"제N절 제목\")")
)

// MaxReportBytes bounds the size of a report file; the shipped one is about 110 KB.
const MaxReportBytes = 16 << 20

// Load parses the report at path, or the embedded report when path is "".
func Load(path string) (*Document, error) {
	if path == "" {
		return Parse(embedded)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("report file: %w", err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("report file %s: is a directory", path)
	}
	if fi.Size() > MaxReportBytes {
		return nil, fmt.Errorf("report file %s: %d bytes is more than the %d allowed", path, fi.Size(), MaxReportBytes)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("report file: %w", err)
	}
	doc, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("report file %s: %w", path, err)
	}
	return doc, nil
}

// Section lookup.
func (d *Document) Section(id string) (Section, bool) {
	i, ok := d.sectionByID[id]
	if !ok {
		return Section{}, false
	}
	return d.Sections[i], true
}

// Children returns the ids of the sections directly under id ("" for the top).
func (d *Document) Children(id string) []string {
	var out []string
	for _, s := range d.Sections {
		if s.Parent == id {
			out = append(out, s.ID)
		}
	}
	return out
}

// Footnote returns footnote n.
func (d *Document) Footnote(n int) (Footnote, bool) {
	if i, ok := d.footnoteByNum[n]; ok {
		return d.Footnotes[i], true
	}
	for _, f := range d.Footnotes { // a Document built by hand has no map
		if f.Num == n {
			return f, true
		}
	}
	return Footnote{}, false
}

var (
	reChapter  = regexp.MustCompile(`^\|\s*제(\d+)장\s*\|\s*(.+?)\s*\|?\s*$`)
	reSection  = regexp.MustCompile(`^제(\d+)절\s+(.+)$`)
	rePart     = regexp.MustCompile(`^(\d+)\.\s+(\S.*)$`)
	reLetter   = regexp.MustCompile(`^([` + headingLetters + `])\.\s+(\S.*)$`)
	reFootDef  = regexp.MustCompile(`^(\d{1,3})\)\s+(\S.*)$`)
	reCaption  = regexp.MustCompile(`^\[(그림|표)\s*(\d+-\d+)\]\s*(.*)$`)
	reLabel    = regexp.MustCompile(`^\(([^()]{1,40})\)`)
	reURL      = regexp.MustCompile(`<?(https?://[^\s<>]+)>?`)
	reISBN     = regexp.MustCompile(`ISBN\s+([0-9][0-9-]+[0-9X])`)
	reKoDate   = regexp.MustCompile(`(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일\s*(인쇄|발행)`)
	reRefStart = regexp.MustCompile(`\(\d{4}|\d{4}[a-z]?\)|<https?://`)
	reBold     = regexp.MustCompile(`\*\*`)
	reSpaces   = regexp.MustCompile(`[ \t\x{00a0}]+`)
	reURLFrag  = regexp.MustCompile(`^([\w/.\-?=&%#~:+]+)(\(검색일[^)]*\)\.?)?$`)
)

type region int

const (
	regFront region = iota
	regTOC
	regSummaryKo
	regSummaryEn
	regBody
	regRefs
)

// line is one source line with its number.
type line struct {
	n    int
	raw  string // without trailing white space
	text string // trimmed
}

// item is one bullet-level line of a block, after page-break continuations are joined.
type item struct {
	lines  []int
	text   string
	indent bool // a sub-bullet
	// sub is set for an item typed indented under another item: what it
	// says is of the item above it that is not indented.
	sub    bool
	marker string
}

type block struct {
	section string
	path    []string
	kind    Kind
	country string // country the block is about
	label   string // country label printed at its start
	context string // country in effect
	items   []item
	box     bool // opened by □/☐/○
	page    int  // caption page from the list of figures
	// rows are the cells of a figure's table as printed, empty cells kept,
	// so that it can also be read by column.
	rows [][]string
}

type parser struct {
	doc *Document
	// table is the general table of countries and companies the report's
	// labels are read against; doc.Entities is what the report makes of it.
	table     *entity.Table
	reg       region
	sec       string // current section id
	chapter   int
	secNum    int
	part      int
	letter    int
	subhead   string // summary-ko numbered subheading
	cur       *block
	blocks    []*block
	country   string // country context inside the current section
	boxMode   bool
	lastFoot  int // index in doc.Footnotes of the last footnote, -1 when none
	figPages  map[string]int
	refGroup  string
	frontText []line
	enMeta    map[string]string
	// The table of contents: the rows that name headings, the part being
	// read, and the chapter, 절 and part the next row falls under.
	contents              []tocEntry
	sawContents           bool
	tocPart               tocPart
	tocCh, tocSec, tocNum int
	seriesLine            int // the title page's series number
	err                   error
}

// Parse turns report text into a Document.
func Parse(data []byte) (*Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, ErrNotText
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	p := &parser{
		doc:      &Document{sectionByID: map[string]int{}, footnoteByNum: map[int]int{}},
		table:    entity.Default(),
		lastFoot: -1,
		figPages: map[string]int{},
		enMeta:   map[string]string{},
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), MaxReportBytes)
	n := 0
	for sc.Scan() {
		n++
		raw := strings.TrimRightFunc(strings.ReplaceAll(sc.Text(), "\r", ""), unicode.IsSpace)
		p.line(line{n: n, raw: raw, text: strings.TrimFunc(raw, unicode.IsSpace)})
		if p.err != nil {
			return nil, p.err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading report: %w", err)
	}
	p.flush()
	if len(p.doc.Sections) == 0 || p.chapter == 0 {
		for _, e := range p.contents {
			if !e.english {
				return nil, &LayoutError{Line: e.line, Err: ErrNoSections, What: fmt.Sprintf(
					"the table of contents lists %q, but the body has no chapter heading such as \"| 제N장 | 제목\" (the file may be cut short)", e.printed)}
			}
		}
		return nil, ErrNoSections
	}
	if err := p.finish(); err != nil {
		return nil, err
	}
	return p.doc, nil
}

func (p *parser) line(l line) {
	if l.text == "" {
		if p.reg == regSummaryEn && p.cur != nil && p.cur.kind == KindProse {
			// A blank line ends an English paragraph unless the sentence runs
			// on; a paragraph ending in ":" introduces the ones that follow.
			it := &p.cur.items[len(p.cur.items)-1]
			switch {
			case strings.HasSuffix(it.text, ":"):
				p.cur.box = true
			case strings.HasSuffix(it.text, "."):
				it.marker = "end"
				if !p.cur.box {
					p.flush()
				}
			}
		}
		return
	}
	if part, ok := tocBanner(l.text); ok && p.reg <= regTOC {
		p.needTitlePage(l, "the table of contents")
		p.reg, p.tocPart = regTOC, part
		if part == tocKorean {
			p.sawContents = true
			p.tocCh, p.tocSec, p.tocNum = 0, 0, 0
		}
		p.doc.FrontLines = append(p.doc.FrontLines, l.n)
		return
	}
	switch {
	case p.reg <= regTOC && isBanner(l.text, "요약"):
		p.needTitlePage(l, "the summary")
		p.openTop(l, "summary-ko", "국문요약", regSummaryKo)
		p.doc.FrontLines = append(p.doc.FrontLines, l.n)
		return
	case p.reg == regSummaryKo && l.text == "Summary":
		p.openTop(l, "summary-en", "영문요약 (Summary)", regSummaryEn)
		p.doc.FrontLines = append(p.doc.FrontLines, l.n)
		return
	}
	// A row of the contents may look like a chapter banner; its cells hold
	// a page number after the title.
	if m := reChapter.FindStringSubmatch(l.text); m != nil && !strings.Contains(m[2], "|") {
		p.chapterHeading(l, m)
		p.doc.FrontLines = append(p.doc.FrontLines, l.n)
		return
	}
	switch p.reg {
	case regFront:
		p.frontText = append(p.frontText, l)
		return
	case regTOC:
		p.toc(l)
		p.doc.FrontLines = append(p.doc.FrontLines, l.n)
		return
	case regBody:
		if l.text == "참고문헌" && l.raw == l.text {
			p.flush()
			p.reg = regRefs
			p.addSection(Section{ID: "refs", Title: "참고문헌", Level: 1, Line: l.n})
			p.enter("refs")
			p.doc.FrontLines = append(p.doc.FrontLines, l.n)
			return
		}
		if p.heading(l) {
			p.doc.FrontLines = append(p.doc.FrontLines, l.n)
			return
		}
	case regRefs:
		p.reference(l)
		return
	case regSummaryKo:
		if m := rePart.FindStringSubmatch(l.text); m != nil && l.raw == l.text {
			p.flush()
			p.subhead = m[1] + ". " + clean(m[2])
			p.country, p.boxMode = "", false
			p.doc.FrontLines = append(p.doc.FrontLines, l.n)
			return
		}
	case regSummaryEn:
		p.english(l)
		return
	}
	p.content(l)
}

// needTitlePage fails a report whose first part is what, at l: the title
// page that gives its series number and title comes first.
func (p *parser) needTitlePage(l line, what string) {
	if len(p.frontText) == 0 {
		p.fail(l.n, ErrNoTitlePage, "the report opens with %s; the title page (series number and title) that comes before it is missing", what)
	}
}

// chapterHeading opens chapter m[1] at l. The body needs the contents before
// it, and its chapters run 1, 2, 3 … with none left out.
func (p *parser) chapterHeading(l line, m []string) {
	n, _ := strconv.Atoi(m[1])
	heading := "제" + m[1] + "장 " + clean(m[2])
	switch {
	case p.reg == regFront:
		p.needTitlePage(l, "a chapter")
		p.fail(l.n, ErrNoContents, "the body starts with %q, but no table of contents (\"| 목 차 |\") comes before it", heading)
	case !p.sawContents:
		p.fail(l.n, ErrNoContents, "the body starts with %q, but no table of contents (\"| 목 차 |\") comes before it", heading)
	case p.reg == regRefs:
		p.fail(l.n, ErrHeadingOrder, "the heading %q comes after 참고문헌, which ends the body", heading)
	case n != p.chapter+1:
		p.fail(l.n, ErrHeadingOrder, "the heading %q follows %s; expected 제%d장", heading, p.lastChapter(), p.chapter+1)
	}
	if p.err != nil {
		return
	}
	p.flush()
	p.reg = regBody
	p.chapter = n
	p.secNum, p.part, p.letter = 0, 0, 0
	p.addSection(Section{ID: m[1], Title: clean(m[2]), Level: 1, Line: l.n})
	p.enter(m[1])
}

func (p *parser) lastChapter() string {
	if p.chapter == 0 {
		return "the front matter"
	}
	return fmt.Sprintf("제%d장", p.chapter)
}

func isBanner(s, word string) bool {
	s = strings.Trim(s, "| ")
	return strings.ReplaceAll(s, " ", "") == word
}

func (p *parser) openTop(l line, id, title string, r region) {
	p.flush()
	p.reg = r
	p.addSection(Section{ID: id, Title: title, Level: 1, Line: l.n})
	p.enter(id)
}

func (p *parser) enter(id string) {
	p.sec = id
	p.subhead = ""
	p.country = ""
	p.boxMode = false
}

// heading recognises the headings under a chapter: 제N절, the numbered parts
// of a 절 and the lettered parts of a numbered one.
func (p *parser) heading(l line) bool {
	if l.raw != l.text { // headings are never indented
		return false
	}
	if m := reSection.FindStringSubmatch(l.text); m != nil {
		n, _ := strconv.Atoi(m[1])
		if n != p.secNum+1 {
			after := fmt.Sprintf("제%d절", p.secNum)
			if p.secNum == 0 {
				after = "the heading of 제" + strconv.Itoa(p.chapter) + "장"
			}
			p.fail(l.n, ErrHeadingOrder, "the heading %q follows %s; expected 제%d절", clean(l.text), after, p.secNum+1)
			return true
		}
		p.flush()
		p.secNum = n
		p.part, p.letter = 0, 0
		id := fmt.Sprintf("%d.%d", p.chapter, p.secNum)
		p.addSection(Section{ID: id, Title: clean(m[2]), Parent: strconv.Itoa(p.chapter), Level: 2, Line: l.n})
		p.enter(id)
		return true
	}
	if p.secNum == 0 {
		return false
	}
	if m := rePart.FindStringSubmatch(l.text); m != nil && !strings.ContainsAny(m[2][:1], "0123456789") {
		n, _ := strconv.Atoi(m[1])
		// Numbered parts run 1, 2, 3 … inside a section; anything else is
		// text (a numbered list), and the contents catch a part left out.
		if n != p.part+1 || utf8.RuneCountInString(m[2]) > 60 {
			return false
		}
		p.flush()
		p.part, p.letter = n, 0
		parent := fmt.Sprintf("%d.%d", p.chapter, p.secNum)
		id := fmt.Sprintf("%s.%d", parent, n)
		p.addSection(Section{ID: id, Title: clean(m[2]), Parent: parent, Level: 3, Line: l.n})
		p.enter(id)
		return true
	}
	if m := reLetter.FindStringSubmatch(l.text); m != nil && p.part > 0 && utf8.RuneCountInString(m[2]) <= 60 {
		// Letters run 가, 나, 다 …; the house's typesetting sometimes prints
		// the letter before again, which is read as the next one. Any other
		// letter is out of order.
		printed := letterIndex(m[1])
		if printed != p.letter+1 && printed != p.letter {
			p.fail(l.n, ErrHeadingOrder, "the heading %q follows %s; expected %s.", clean(l.text), p.lastLetter(), letterName(p.letter+1))
			return true
		}
		p.flush()
		p.letter++
		parent := fmt.Sprintf("%d.%d.%d", p.chapter, p.secNum, p.part)
		id := parent + "." + letterName(p.letter)
		p.addSection(Section{ID: id, Title: clean(m[2]), Parent: parent, Level: 4, Line: l.n})
		p.enter(id)
		return true
	}
	return false
}

func (p *parser) lastLetter() string {
	if p.letter == 0 {
		return fmt.Sprintf("the heading of %d.", p.part)
	}
	return letterName(p.letter) + "."
}

// letterIndex is the place of a heading letter in 가나다…, from 1.
func letterIndex(s string) int {
	for i, r := range []rune(headingLetters) {
		if string(r) == s {
			return i + 1
		}
	}
	return 0
}

// headingLetters are the letters of lettered headings, in order.
const headingLetters = "가나다라마바사아자차카타파하"

func letterName(n int) string {
	r := []rune(headingLetters)
	if n >= 1 && n <= len(r) {
		return string(r[n-1])
	}
	return strconv.Itoa(n)
}

func (p *parser) addSection(s Section) {
	if _, dup := p.doc.sectionByID[s.ID]; dup {
		// A repeated heading number: keep parsing under a fresh id rather than
		// merging two sections.
		for i := 2; ; i++ {
			id := fmt.Sprintf("%s~%d", s.ID, i)
			if _, dup := p.doc.sectionByID[id]; !dup {
				s.ID = id
				break
			}
		}
	}
	p.doc.sectionByID[s.ID] = len(p.doc.Sections)
	p.doc.Sections = append(p.doc.Sections, s)
}

// tocKey normalises a contents title so that body headings find it.
func tocKey(s string) string {
	s = strings.ReplaceAll(s, " ", "")
	s = strings.ReplaceAll(s, "\u00a0", "")
	return s
}

func (p *parser) english(l line) {
	if p.lastFoot >= 0 && p.footContinuation(l) {
		return
	}
	text := clean(l.text)
	if mk, body := marker(text); mk == "-" {
		// "- **Project Leader:** Jungsub Yoon"
		if k, v, ok := strings.Cut(body, ":"); ok {
			p.enMeta[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
		if p.cur == nil || p.cur.kind != KindMeta {
			p.flush()
			p.newBlock(KindMeta, "")
		}
		p.addItem(l, body, mk, false)
		return
	}
	if p.cur == nil || p.cur.kind != KindProse {
		p.flush()
		p.newBlock(KindProse, "")
		p.addItem(l, text, "", false)
		return
	}
	it := &p.cur.items[len(p.cur.items)-1]
	if it.marker == "end" || strings.HasSuffix(it.text, ":") {
		if strings.HasSuffix(text, ":") { // a new list starts
			p.flush()
			p.newBlock(KindProse, "")
			p.addItem(l, text, "", false)
			return
		}
		p.addItem(l, text, "", true) // the next paragraph of a list
		return
	}
	it.lines = append(it.lines, l.n)
	it.text += " " + text
}

func (p *parser) reference(l line) {
	text := clean(l.text)
	if strings.HasPrefix(text, "〈") || strings.HasPrefix(text, "<") && strings.HasSuffix(text, ">") && !strings.Contains(text, "http") {
		p.refGroup = strings.Trim(text, "〈〉<> ")
		p.doc.FrontLines = append(p.doc.FrontLines, l.n)
		return
	}
	refs := p.doc.References
	if n := len(refs); n > 0 && refs[n-1].Group == p.refGroup && !reRefStart.MatchString(text) {
		last := refs[n-1].Text
		r, _ := utf8.DecodeLastRuneInString(last)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			refs[n-1].Text = joinBroken(last, text)
			refs[n-1].Lines = append(refs[n-1].Lines, l.n)
			return
		}
	}
	p.doc.References = append(refs, Reference{Group: p.refGroup, Text: text, Lines: []int{l.n}})
}

// flush turns the open block into passages.
func (p *parser) flush() {
	if b := p.cur; b != nil && len(b.items) > 0 {
		if b.country != "" {
			var all []string
			for _, it := range b.items {
				all = append(all, it.text)
			}
			b.label = b.country
			b.country = p.table.ResolveLabel(b.country, strings.Join(all, "\n"))
			if p.country == b.label {
				p.country = b.country
			}
		}
		p.blocks = append(p.blocks, b)
	}
	p.cur = nil
}
