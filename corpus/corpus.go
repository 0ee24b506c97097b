package corpus

import (
	"fmt"
	"strings"

	"github.com/stepi-tools/reportbot/corpus/entity"
)

// Document is a parsed report.
type Document struct {
	Meta       Meta
	Sections   []Section // document order; the tree is given by Section.Parent
	Passages   []Passage // document order; Passage.ID is the index in this slice
	Footnotes  []Footnote
	References []Reference
	// Entities are the countries and companies the report discusses, with
	// their names and the resolver for what users type.
	Entities *entity.Set

	// FrontLines and the line numbers in passages, footnotes and references let a
	// test prove that every non-empty line of the source lands somewhere.
	FrontLines []int

	sectionByID   map[string]int
	footnoteByNum map[int]int // footnote number → index in Footnotes
	refPrefix     *prefixIndex
	refs          *lazyRefIndex // matchEntry's index, built on first use
}

// Meta is what the front matter and the English summary say about the report.
type Meta struct {
	TitleKo   string
	TitleEn   string
	Series    string // e.g. "수시연구 2024-08"
	Authors   []Author
	Publisher string // 發行處
	Issuer    string // 發行人
	Address   string
	Published string // ISO date of 발행, e.g. "2024-12-31"
	Printed   string // ISO date of 인쇄
	ISBN      string
}

// Author is one member of the research team.
type Author struct {
	Name        string // Korean name as printed
	Romanized   string // from the English summary, when it gives one
	Role        string // 연구책임자 or 연구참여자
	Affiliation string
	Position    string
}

// Section is a node of the report's own numbering.
type Section struct {
	// ID is the number the report gives the section, its chapter's first
	// ("N" for 제N장, "N.M" for its 제M절, then "N.M.K" and "N.M.K.가" for
	// numbered and lettered parts), or for the unnumbered parts the
	// parser's own name: "front", "summary-ko", "summary-en", "refs".
	ID    string
	Title string
	// TitleEn is the title the English contents give, "" when they give none.
	TitleEn   string
	Parent    string // "" for top-level sections
	Level     int
	PageStart int // 0 when the table of contents gives none
	PageEnd   int // 0 when unknown
	// PagesFromParent is set when the table of contents gives no page for this
	// section and the range shown is the enclosing section's.
	PagesFromParent bool
	// Line is the source line of the section's heading; 0 for the front matter.
	Line int
}

// Numbered tells whether the section is one of the report's own numbered
// headings (a chapter or a part of one), not a part the parser names.
func (s Section) Numbered() bool { return NumberedID(s.ID) }

// NumberedID tells whether a section id is the report's own numbering
// ("3.1", "2.2.1.마"), not a name the parser gives an unnumbered part
// ("front", "summary-en", "refs"), which the report never prints.
func NumberedID(id string) bool { return id != "" && id[0] >= '0' && id[0] <= '9' }

// EnglishPartTitle is the English name of a part the parser names (the
// front matter, the two summaries, the references), for a reader who asks
// in English: its Title is the Korean one the report's contents give it.
// It is "" for a section the report numbers, whose title is the report's
// own.
func EnglishPartTitle(id string) string {
	switch id {
	case "front":
		return "Front matter"
	case "summary-ko":
		return "Korean summary"
	case "summary-en":
		return "English summary"
	case "refs":
		return "References"
	}
	return ""
}

// Pages formats the page range the way a citation shows it: "25–33", "51", or "".
func (s Section) Pages() string {
	switch {
	case s.PageStart == 0:
		return ""
	case s.PageEnd == 0 || s.PageEnd == s.PageStart:
		return fmt.Sprint(s.PageStart)
	default:
		return fmt.Sprintf("%d–%d", s.PageStart, s.PageEnd)
	}
}

// Kind says what a passage is made of.
type Kind string

const (
	KindBlock   Kind = "block"   // a □ block or a top-level "-" item with its sub-bullets
	KindCountry Kind = "country" // a "(미국) …" style item
	KindCaption Kind = "caption" // a figure or table caption with its source
	KindTable   Kind = "table"   // the text cells of a table
	KindMeta    Kind = "meta"    // front matter turned into a citable passage
	KindRef     Kind = "ref"     // one entry of the reference list
	KindProse   Kind = "prose"   // a paragraph of the English summary
)

// Passage is the unit that is retrieved and cited.
type Passage struct {
	ID      int
	Section string   // section id
	Path    []string // titles from the chapter down to the section
	Kind    Kind
	// Country is the canonical country the report's label puts the passage
	// under: printed at its start ("(미국) …") or in effect from an earlier
	// item of the same section; "" when none.
	Country string
	// Label is the country label the report prints at the start ("(중국)"),
	// kept even where the text shows it is wrong and Country differs.
	Label     string
	Text      string // cleaned display text, lines joined by "\n"
	Lines     []int  // 1-based source line numbers that make up the passage
	Footnotes []int  // footnote numbers cited in Text, in order of appearance
	// Head is the first line of the block a split passage was cut from, kept as
	// context for search; "" when the passage starts its block.
	Head string
	// Sub says, for each line of Text, whether it is a sub-bullet: a detail
	// of the nearest line above it that is none. nil when no line is one.
	Sub  []bool `json:",omitempty"`
	Page int    // a caption's page from the list of figures; 0 when unknown
	// Duplicate is, for a summary passage whose lines the body repeats, the ID
	// of the body passage that holds them (it has pages, so it is the one to
	// cite); -1 otherwise.
	Duplicate int
}

// Footnote is a numbered note at the foot of a page.
type Footnote struct {
	Num  int
	Text string // cleaned text: publication(date), title, URL
	URL  string
	// Note is set for a footnote that explains rather than cites
	// (IsNote), decided once when the report is read.
	Note  bool
	Lines []int
	// Cited is how many passages carry this footnote's marker.
	Cited int
}

// Reference is an entry of 참고문헌.
type Reference struct {
	Group string // 국내자료, 해외자료, 온라인 자료
	Text  string
	Lines []int
}

// Chapters are the report's numbered top-level sections (제1장 …), in order:
// what a reader is told the report covers when it has no answer.
func (d *Document) Chapters() []Section {
	var out []Section
	for _, s := range d.Sections {
		if s.Parent == "" && s.ID != "" && strings.Trim(s.ID, "0123456789") == "" {
			out = append(out, s)
		}
	}
	return out
}
