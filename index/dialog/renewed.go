package dialog

import (
	"slices"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/excerpt"
)

// renewed goes on, in each quote of a reply in a thread that repeats a
// line the thread has shown, with the unshown line of its passage that
// holds most of the message's own words (answeringLine), where that line
// holds more of them than every line the quote shows afresh. The asker has
// read the repeated line; a quote cut by every word of the question, the
// thread's carried topic among them, keeps the line that states the topic
// best, which is often that one, while the line that answers what they
// typed now stands further on in the same passage. It reads only the
// replies goesOnByOwnWords tells of; a quote that repeats nothing was cut
// for this message alone. score is the message's own words (ownScore).
func (e *Engine) renewed(r Reply, st State, m message, score func(string) float64) Reply {
	if !goesOnByOwnWords(r, st, m, score) {
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

// goesOnByOwnWords tells whether a step that goes on in a quote with a
// line holding the message's own words (renewed, equalled) reads the reply
// r: one answered anew in a thread, to a message with words of its own
// (score, ownScore's, nil where it has none). A message asking for more,
// and a source reply, are left to their own steps.
func goesOnByOwnWords(r Reply, st State, m message, score func(string) float64) bool {
	return score != nil && len(st.Turns) > 0 && r.answersAnew() && !m.more && r.Turn.Kind != Sources
}

// equalled goes on, in each quote of a follow-up, with the line of its
// passage that the quote leaves out, that neither the thread nor the
// reply shows, and that holds the message's own words at least as fully
// as the best line the quote shows: of several, the one holding most of
// them, and of those alike the first met reading on from the quote (a
// line it skipped inside its run, then the nearest after it, then the
// nearest before it, as unshownLines orders them). The quote was cut by
// the rewrite, the words carried from the last turn among them: where the
// words the asker typed stand as fully on a line it left out, that line
// answers them as well as any it shows, and is often the one the carried
// words lack (the recommendation under a heading that names the topic).
// The quote stays within MaxExcerptRunes, as the search's own are: the
// line is cut to the room the quote leaves, at the clauses holding the
// words (excerpt.Around), and is not added where the cut holds fewer of
// them than the quote's best line or the grown quote, with any lines
// extend bridges, would pass the bound (one already past it takes none).
// The lines extend would bridge to the line come whole: where the quote
// and they leave no room for a line break and the line, the line is not
// cut and the quote not grown to be dropped.
// The line answers no more than those shown, so it earns no longer quote
// than the search would give. score is the message's own words
// (ownScore); it reads the replies renewed reads (goesOnByOwnWords).
func (e *Engine) equalled(r Reply, st State, m message, score func(string) float64) Reply {
	if !goesOnByOwnWords(r, st, m, score) {
		return r
	}
	// a line another result of the reply quotes is the reply's already
	shown := st.shown()
	for _, x := range r.Answer.Results {
		shown = append(shown, x.Excerpt)
	}
	limit := e.x.Params().MaxExcerptRunes
	return e.eachQuote(r, func(x answer.Result) (answer.Result, bool) {
		lines := e.lineTexts(x.PassageID)
		span := shownSpan(lines, x.Excerpt)
		best := quoteBest(x.Excerpt, score)
		i := equalLine(lines, span, best, shown, score)
		if i < 0 {
			return x, false
		}
		quoted := utf8.RuneCountInString(x.Excerpt)
		if quoted+bridgeRunes(lines, span, i, e.x.Params().BridgeLines) >= limit {
			return x, false
		}
		add := lines[i]
		// the line cut to the room the quote leaves, at the clauses that
		// hold the words, must still hold them as fully
		room := limit - quoted - utf8.RuneCountInString(excerpt.Gap)
		if room <= utf8.RuneCountInString(excerpt.Ellipsis) {
			// no room for a cut of the line beside its mark
			return x, false
		}
		cut := excerpt.Around(add, room, func(c string) bool { return score(c) > 0 })
		if score(cut) < best {
			return x, false
		}
		// the grown quote is weighed before the sources it cites are read
		ex := e.extended(x, cut)
		if utf8.RuneCountInString(ex) > limit {
			return x, false
		}
		x.Excerpt, x.Sources = ex, e.x.Document().Sources(ex)
		return x, true
	})
}

// equalLine is the index of the line of a passage (lines) that a quote
// covering span leaves out and nothing in shown shows (the quote among
// them), that holds the words score reads at least as fully as the best
// piece of the quote (best, its quoteBest), and the most of them; the
// first such in the order the report reads on from the quote (passedOver,
// then unshownLines). -1 where none does, or the quote holds none of the
// words.
func equalLine(lines []string, span quotedRun, best float64, shown []string, score func(string) float64) int {
	if best == 0 {
		return -1
	}
	add := -1
	var addScore float64
	// The lines in the order the report reads on, shown or not: whether
	// something shown shows a line, a search of every quote the thread and
	// the reply show, is asked only of a line that would be taken, as most
	// hold fewer of the words. The line taken is the same.
	for _, i := range append(passedOver(lines, span, nil), unshownLines(lines, span, nil)...) {
		// a later line must hold more to take the place of one met first
		if s := score(lines[i]); s >= best && s > addScore && fresh(lines[i], shown) {
			add, addScore = i, s
		}
	}
	return add
}

// bridgeRunes is how long the lines extend would show between a quote
// covering span and line i of its passage are (bridge), with the line
// breaks that set them apart from both: at least what growing the quote
// by any cut of the line adds besides the cut. 0 where no line is bridged.
func bridgeRunes(lines []string, span quotedRun, i, n int) int {
	if span.first < 0 {
		return 0
	}
	ls, _ := bridge(lines, span.first, span.last, i, i, n)
	if len(ls) == 0 {
		return 0
	}
	k := len(ls) + 1 // a line break after each line and before the first
	for _, ln := range ls {
		k += utf8.RuneCountInString(ln)
	}
	return k
}

// quoteBest is the most of the words score reads that a piece of quote
// holds; 0 when none does.
func quoteBest(quote string, score func(string) float64) float64 {
	var best float64
	for _, p := range excerptPieces(quote) {
		best = max(best, score(p))
	}
	return best
}
