package dialog

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/answer"
)

// slid moves each quote of a reply in a thread that is a run of whole
// lines of its passage one line on, or one line back, where the line just
// past one end of the run adds more of what the message asks than the line
// at the other end alone holds: the message's own words the run lacks
// (words, each scoring a line by one word), or the date or figure the
// message asks for (expect) where no quoted line holds one. The quote was
// cut to the rewrite's words, the thread's topic among them, and stops
// where the lines stop naming it; the detail asked is often on the next
// line, which does not repeat the topic. The quote slides rather than
// grows, so that it stays as long as it was (or within MaxExcerptRunes).
// With no words of its own, nothing moves. (A line the thread showed
// counts as any other: weighing it at half changed no reply of the
// conversations, fitted or not.)
func (e *Engine) slid(r Reply, m message) Reply {
	if len(m.own) == 0 || !r.Answer.Answered {
		return r
	}
	p := e.x.Params()
	words := e.ownWordScores(m)
	return e.eachQuote(r, func(x answer.Result) (answer.Result, bool) {
		w := window{words: words, expect: m.query.Expect, limit: max(utf8.RuneCountInString(x.Excerpt), p.MaxExcerptRunes)}
		ex, ok := w.slide(e.lineTexts(x.PassageID), x.Excerpt)
		if ok {
			x.Excerpt, x.Sources = ex, e.x.Document().Sources(ex)
		}
		return x, ok
	})
}

// window is how slide weighs a quote's lines: words score a line by each
// of the message's own words, expect matches the date or figure it asks
// for (nil: none), and limit bounds the quote in runes.
type window struct {
	words  []func(string) float64
	expect *regexp.Regexp
	limit  int
}

// worth is what line ln holds that no line of others holds: the weight of
// the words, and whether it is the date or figure asked for.
func (w window) worth(ln string, others []string) (bool, float64) {
	held := func(f func(string) bool) bool { return slices.ContainsFunc(others, f) }
	kind := w.expect != nil && w.expect.MatchString(ln) && !held(w.expect.MatchString)
	var v float64
	for _, f := range w.words {
		if s := f(ln); s > 0 && !held(func(o string) bool { return f(o) > 0 }) {
			v += s
		}
	}
	return kind, v
}

// slide is excerpt moved one line on or back through lines (see slid),
// and whether it moved: only an excerpt that is a run of two or more whole
// lines moves, within w.limit runes, and only where the line it takes adds
// more than the line it drops alone holds (the date or figure asked before
// any words). Of the two ways, the one that adds more is taken.
func (w window) slide(lines []string, excerpt string) (string, bool) {
	a, b, ok := wholeRun(lines, excerpt)
	if !ok || b == a {
		return "", false
	}
	type gain struct {
		kind bool
		v    float64
	}
	better := func(x, y gain) bool { return x.kind && !y.kind || x.kind == y.kind && x.v > y.v }
	from, to, best := -1, -1, gain{}
	try := func(add, drop, na, nb int) {
		if add < 0 || add >= len(lines) || len(strings.TrimSpace(lines[add])) == 0 {
			return
		}
		kept := lines[max(a, na) : min(b, nb)+1]
		var g, l gain
		g.kind, g.v = w.worth(lines[add], lines[a:b+1])
		l.kind, l.v = w.worth(lines[drop], append(slices.Clone(kept), lines[add]))
		if !better(g, l) || from >= 0 && !better(g, best) {
			return
		}
		if utf8.RuneCountInString(strings.Join(lines[na:nb+1], "\n")) > w.limit {
			return
		}
		from, to, best = na, nb, g
	}
	try(b+1, a, a+1, b+1)
	try(a-1, b, a-1, b-1)
	if from < 0 {
		return "", false
	}
	return strings.Join(lines[from:to+1], "\n"), true
}

// lineTexts returns the text of each line of passage id, in order: what
// the quote's own lines are matched against when a reply adds to a quote
// (introduced) or moves it (slid). The index's, made once and shared
// (search.Passages.Texts): read, never changed.
func (e *Engine) lineTexts(id int) []string { return e.x.Passages().Texts(id) }

// wholeRun is the first and last of lines that excerpt is, lines a to b
// joined by line breaks and nothing else (no line cut, none left out);
// false when it is not such a run.
func wholeRun(lines []string, excerpt string) (int, int, bool) {
	first, _, _ := strings.Cut(excerpt, "\n")
	for a, ln := range lines {
		if ln != first {
			continue
		}
		for b := a; b < len(lines); b++ {
			if run := strings.Join(lines[a:b+1], "\n"); run == excerpt {
				return a, b, true
			} else if !strings.HasPrefix(excerpt, run) {
				break
			}
		}
	}
	return 0, 0, false
}
