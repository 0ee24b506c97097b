package dialog

import (
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

// kept gives back to each quote of a follow-up whose passage the thread
// has shown the lines an earlier quote of it showed and this one lacks,
// where such a line holds the words of the question answered (the
// message, or its rewrite with the thread's words) at least as much as a
// line the quote kept. Shown a passage again, the asker wants the lines
// they read once more (a detail of them, their source) or more of them:
// a quote that comes back shorter answers neither, and where the line it
// dropped is as much about what is asked as one it kept, the cut was the
// excerpt's budget, not a choice. A message asking only for more wants
// lines it has not read, and a source reply shows the quotes as they
// were: neither is touched. The lines given back add at most
// MaxExcerptRunes to a quote: one excerpt's worth, as the thread showed
// them.
func (e *Engine) kept(r Reply, st State, m message, asked question.Asked) Reply {
	if m.more || !r.FollowUp || !r.Answer.Answered || r.showsSources() {
		return r
	}
	// the question's words, read where a quote's passage was shown: most
	// follow-ups quote none the thread has, and need no rewrite analysed
	var score func(string) float64
	limit := e.x.Params().MaxExcerptRunes
	return e.eachQuote(r, func(x answer.Result) (answer.Result, bool) {
		shown := st.quotesOf(x.PassageID)
		if len(shown) == 0 {
			return x, false
		}
		if score == nil {
			score = e.x.Excerpts().ClauseScore(r.analysed(e.x, asked))
		}
		out, changed := x, false
		for _, ln := range givenBack(e.lineTexts(x.PassageID), shown, x.Excerpt, score) {
			if y := e.extend(out, ln); utf8.RuneCountInString(y.Excerpt)-utf8.RuneCountInString(x.Excerpt) <= limit {
				out = y
				changed = true
			}
		}
		return out, changed
	})
}

// givenBack is each of lines, in order, that an earlier quote showed
// (its pieces, shown) and quote does not, and that holds the question's
// words (score) as much as the quote's weakest piece does, and some.
func givenBack(lines, shown []string, quote string, score func(string) float64) []string {
	floor := weakest(excerptPieces(quote), score)
	var out []string
	for _, ln := range lines {
		if s := score(ln); s > 0 && s >= floor && showsLine(shown, ln) && fresh(ln, []string{quote}) {
			out = append(out, ln)
		}
	}
	return out
}

// weakest is the lowest score of pieces (0 for none): how little of the
// question a line may hold and still be quoted.
func weakest(pieces []string, score func(string) float64) float64 {
	if len(pieces) == 0 {
		return 0
	}
	low := score(pieces[0])
	for _, p := range pieces[1:] {
		low = min(low, score(p))
	}
	return low
}

// quotesOf is the pieces of every quote of passage id the thread showed.
func (s State) quotesOf(id int) []string {
	var out []string
	for _, t := range s.Turns {
		for _, ev := range t.Evidence {
			if ev.PassageID == id {
				out = append(out, excerptPieces(ev.Excerpt)...)
			}
		}
	}
	return out
}
