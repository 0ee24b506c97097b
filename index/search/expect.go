package search

import (
	"regexp"
	"sync"
	"sync/atomic"
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

// expectBits are two bits a line, sixteen lines a word: whether the line
// has been matched yet, and whether it matched. A line matched by two
// questions at once gets the same bits from both.
type expectBits []atomic.Uint32

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
		bits := make(expectBits, (e.lines()+15)/16)
		b = &bits
		e.by[re] = b
	}
	return b
}

// holds tells whether line n (counted as lineExpects.first counts) holds re,
// whose text is text, matching it only the first time.
func (b *expectBits) holds(re *regexp.Regexp, n int, text string) bool {
	w, shift := &(*b)[n/16], uint(n%16)*2
	if v := w.Load() >> shift; v&1 != 0 {
		return v&2 != 0
	}
	ok := re.MatchString(text)
	set := uint32(1)
	if ok {
		set |= 2
	}
	w.Or(set << shift)
	return ok
}
