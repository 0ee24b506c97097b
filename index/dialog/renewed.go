package dialog

import (
	"slices"

	"github.com/stepi-tools/reportbot/index/answer"
)

// renewed goes on, in each quote of a reply in a thread that repeats a
// line the thread has shown, with the unshown line of its passage that
// holds most of the message's own words (answeringLine), where that line
// holds more of them than every line the quote shows afresh. The asker has
// read the repeated line; a quote cut by every word of the question, the
// thread's carried topic among them, keeps the line that states the topic
// best, which is often that one, while the line that answers what they
// typed now stands further on in the same passage. A message asking for
// more, and a source reply, are left to their own steps; a quote that
// repeats nothing was cut for this message alone. score is the message's
// own words (ownScore), nil where it has none.
func (e *Engine) renewed(r Reply, st State, m message, score func(string) float64) Reply {
	if score == nil || len(st.Turns) == 0 || !r.answersAnew() || m.more || r.Turn.Kind == Sources {
		return r
	}
	shown := st.shown()
	return e.eachQuote(r, func(x answer.Result) (answer.Result, bool) {
		pieces := excerptPieces(x.Excerpt)
		if !repeats(pieces, shown) {
			return x, false
		}
		// answeringLine's score is 0 where no line holds any of the words,
		// which no fresh piece's falls below
		ln, s := e.answeringLine(x, shown, score)
		if s <= freshBest(pieces, shown, score) {
			return x, false
		}
		return e.extend(x, ln), true
	})
}

// repeats tells whether a quote (its pieces) shows a line the thread has
// shown (shown, its quotes).
func repeats(pieces, shown []string) bool {
	return slices.ContainsFunc(pieces, func(p string) bool { return !fresh(p, shown) })
}

// freshBest is the most of the message's words (score) that a piece of a
// quote the thread has not shown holds; 0 when none does.
func freshBest(pieces, shown []string, score func(string) float64) float64 {
	var best float64
	for _, p := range pieces {
		if fresh(p, shown) {
			best = max(best, score(p))
		}
	}
	return best
}
