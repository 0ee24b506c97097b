package dialog

import (
	"math/bits"
	"slices"
	"strings"
)

// facts are the kinds of fact a line states, one bit each: a quoted
// name, a year. A switch of subject ("MS는?", "IBM's equivalent?") asks of
// the new subject the same kind of fact the last answer gave of the old
// one: a code name for a code name, a year for a year.
type facts uint8

const (
	factQuoted facts = 1 << iota
	factDate
)

func (f frame) factKinds(line string) facts {
	var k facts
	if f.quotedName.MatchString(line) {
		k |= factQuoted
	}
	if f.fullYear.MatchString(line) {
		k |= factDate
	}
	return k
}

// alike adds to a switched subject's first quote the line of its passage
// that states the same kind of fact as the line the last answer opened
// with, where no line the quote shows states as much of it: the passage
// is found by the new subject and the carried ask, and the quote is cut by
// the ask's words, which the line holding the fact need not repeat.
func (e *Engine) alike(r Reply, last Turn) Reply {
	if len(r.Answer.Results) == 0 || len(last.Evidence) == 0 {
		return r
	}
	prev := excerptPieces(last.Evidence[0].Excerpt)
	if len(prev) == 0 {
		return r
	}
	want := e.frame.factKinds(prev[0])
	if want == 0 {
		return r
	}
	x := r.Answer.Results[0]
	pieces := excerptPieces(x.Excerpt)
	shownBest, best, bestN := 0, "", 0
	for _, ln := range e.x.Passages().Lines(x.PassageID) {
		text := strings.TrimSpace(ln.Text)
		if text == "" {
			continue
		}
		n := bits.OnesCount8(uint8(e.frame.factKinds(text) & want))
		if showsLine(pieces, text) {
			shownBest = max(shownBest, n)
		} else if n > bestN {
			best, bestN = text, n
		}
	}
	if bestN <= shownBest || slices.Contains(pieces, best) {
		return r
	}
	res := slices.Clone(r.Answer.Results)
	res[0] = e.extend(x, best)
	return e.withResults(r, res)
}
