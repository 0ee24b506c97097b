package search

import (
	"math/bits"
	"regexp"
	"sync"
	"sync/atomic"

	"github.com/stepi-tools/reportbot/corpus"
)

// lineExpects remembers, line by line, whether a line holds what a question
// expects (question.Query.Expect: a date for "when", a figure for "how
// much") for the patterns every such question shares
// (question.Reader.SharedExpect). Picking an excerpt matches the pattern
// against every line of each passage an answer shows, for every report a
// question is put to, and the same lines come back question after
// question. A pattern compiled for one question's unit is matched afresh.
type lineExpects struct {
	// first is the number of each passage's first line, counting the lines
	// of the passages before it; made on first use.
	first func() []int32
	lines func() int
	mu    sync.Mutex
	by    map[*regexp.Regexp]*expectBits
}

// expectBits are two sets of lines, a bit a line: those matched yet, and
// those that matched. A line matched by two questions at once gets the
// same bits from both.
type expectBits struct{ known, held []atomic.Uint64 }

// lineBits is how many lines a word of expectBits holds (of its 64 bits,
// all where a uint is as wide).
const lineBits = bits.UintSize

func newLineExpects(x *Index) *lineExpects {
	first := sync.OnceValues(func() ([]int32, int) {
		out := make([]int32, len(x.info))
		n := 0
		for i, in := range x.info {
			out[i] = int32(n)
			n += len(in.lines)
		}
		return out, n
	})
	return &lineExpects{
		first: func() []int32 { f, _ := first(); return f },
		lines: func() int { _, n := first(); return n },
		by:    map[*regexp.Regexp]*expectBits{},
	}
}

// of is the record of re's matches, made on first use.
func (e *lineExpects) of(re *regexp.Regexp) *expectBits {
	e.mu.Lock()
	defer e.mu.Unlock()
	b, ok := e.by[re]
	if !ok {
		words := (e.lines() + lineBits - 1) / lineBits
		b = &expectBits{known: make([]atomic.Uint64, words), held: make([]atomic.Uint64, words)}
		e.by[re] = b
	}
	return b
}

// holds tells whether line n (counted as lineExpects.first counts) holds re,
// whose text is text, matching it only the first time. The line is marked
// held before it is marked known, so that whoever sees it known sees
// whether it is held.
func (b *expectBits) holds(re *regexp.Regexp, n int, text string) bool {
	w, bit := n/lineBits, uint64(1)<<(n%lineBits)
	if b.known[w].Load()&bit != 0 {
		return b.held[w].Load()&bit != 0
	}
	ok := re.MatchString(text)
	if ok {
		b.held[w].Or(bit)
	}
	b.known[w].Or(bit)
	return ok
}

// LineHolds tells whether line i of passage id holds re, a question's
// Expect (question.Query), remembered line by line when re is a pattern
// every such question shares (see lineExpects): checking that a line
// states what is asked runs the same pattern on the same lines, report
// after report and question after question.
func (p Passages) LineHolds(re *regexp.Regexp, id, i int) bool {
	x := p.x
	text := x.info[id].lines[i].Text
	if !x.SharedExpect(re) {
		return re.MatchString(text)
	}
	return x.expects.of(re).holds(re, int(x.expects.first()[id])+i, text)
}

// NotesHold tells whether a footnote line i of passage id cites, one that
// explains (corpus.Footnote.Note), holds re, a question's Expect: a line says what
// its note adds (a programme's grades and their head counts), as its terms
// count the note's (Line.Notes). A note that cites says only when a source
// was published, which is no figure of the line's.
func (p Passages) NotesHold(re *regexp.Regexp, id, i int) bool {
	x := p.x
	for _, n := range corpus.FootnoteMarkers(x.info[id].lines[i].Text, nil) {
		if f, ok := x.doc.Footnote(n); ok && f.Note && re.MatchString(f.Text) {
			return true
		}
	}
	return false
}
