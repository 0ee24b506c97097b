package dialog

import (
	"math/bits"
	"slices"
	"strings"
)

// facts are the kinds of fact a line states, one bit each: a quoted
// name, a year. A switch of subject ("MS는?", "and IBM's counterpart?") asks of
// the new subject the same kind of fact the last answer gave of the old
// one: a code name for a code name, a year for a year.
type facts uint8

const (
	factQuoted facts = 1 << iota
	factDate
)

func (f frame) factKinds(line string) facts { return f.factKindsOf(line, factQuoted|factDate) }

// factKindsOf is factKinds of line among the kinds of want alone: alike
// weighs each line of a passage by the kinds the last answer's line
// stated, and a pattern for a kind it did not state need not be run.
func (f frame) factKindsOf(line string, want facts) facts {
	var k facts
	if want&factQuoted != 0 && f.quotedName.MatchString(line) {
		k |= factQuoted
	}
	if want&factDate != 0 && f.fullYear.MatchString(line) {
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
	// the first quote's pieces, cut once for both ways of adding a line
	x := r.Answer.Results[0]
	pieces := excerptPieces(x.Excerpt)
	if o, ok := e.opensAlike(r, last.Evidence[0], prev, pieces); ok {
		return o
	}
	want := e.frame.factKinds(prev[0])
	if want == 0 {
		return r
	}
	shownBest, best, bestN := 0, "", 0
	for _, ln := range e.x.Passages().Lines(x.PassageID) {
		text := strings.TrimSpace(ln.Text)
		if text == "" {
			continue
		}
		n := bits.OnesCount8(uint8(e.frame.factKindsOf(text, want)))
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

// opensAlike adds to a switched subject's first quote the line its passage
// opens with, where the last answer quoted the opening line of its own
// passage and both passages are filed under a subject (a company's
// profile, a country's paragraph): the report opens each subject's item
// with what the item is, and a switch asks of the new subject what the
// last answer said of the old one. prev and shown are the last answer's
// first quote and r's first quote cut into pieces. False where nothing is
// added.
func (e *Engine) opensAlike(r Reply, old Evidence, prev, shown []string) (Reply, bool) {
	ps := e.x.Passages()
	x := r.Answer.Results[0]
	// The last turn may be of a stored state from another document.
	if !e.inReport(old.PassageID) || !e.inReport(x.PassageID) {
		return r, false
	}
	// each filed under a subject, the other's not (FiledElsewhere)
	if !ps.FiledElsewhere(old.PassageID, ps.Subject(x.PassageID)) || !ps.FiledElsewhere(x.PassageID, ps.Subject(old.PassageID)) {
		return r, false
	}
	olds, news := e.lineTexts(old.PassageID), e.lineTexts(x.PassageID)
	if len(olds) == 0 || len(news) == 0 || !showsLine(prev[:1], olds[0]) || showsLine(shown, news[0]) {
		return r, false
	}
	res := slices.Clone(r.Answer.Results)
	res[0] = e.extend(x, news[0])
	return e.withResults(r, res), true
}
