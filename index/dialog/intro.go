package dialog

import (
	"slices"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/search"
)

// introduced adds to each quote of a reply in a thread that shows a line
// of its passage with sub-bullets under it (corpus.Passage.Sub), and none
// of them, IntroLines of those sub-bullets (underShown): those that score
// highest by score (the message's own words, ownScore), else the first;
// with HeadLines, to one that shows a sub-bullet and not the line they
// sit under, that line (headsOfShown). Such a line introduces what they
// say (a plan "in stages", the sites a region "holds"): it shares the
// thread's words, so the quote cut to them stops there, and the asker,
// who has read the topic, asks what it introduces. A source reply takes
// them too: a claim's source is often cited on the lines under the line
// that sums it up (as its unshown citing lines are listed). So does a
// message the thread did not shape (read alone: no FollowUp): its asker
// is as far into the conversation, and its quote is cut to its words as
// a follow-up's is to the thread's. Only a first turn goes without (Reply
// calls this for a message with a turn before it): its quote is the one
// `ask` shows for the same question. score may be nil (a message of no
// words of its own).
func (e *Engine) introduced(r Reply, score func(string) float64) Reply {
	p := e.x.Params()
	if p.IntroLines <= 0 && !p.HeadLines || !r.Answer.Answered {
		return r
	}
	doc := e.x.Document()
	return e.eachQuote(r, func(x answer.Result) (answer.Result, bool) {
		sub := doc.Passages[x.PassageID].Sub
		if sub == nil {
			return x, false
		}
		lines := e.lineTexts(x.PassageID)
		changed := false
		for _, add := range underShown(lines, sub, excerptPieces(x.Excerpt), p.IntroLines, score) {
			x = e.extend(x, add)
			changed = true
		}
		if !p.HeadLines {
			return x, changed
		}
		for _, add := range headsOfShown(lines, sub, excerptPieces(x.Excerpt)) {
			if utf8.RuneCountInString(x.Excerpt)+utf8.RuneCountInString(add) > p.MaxExcerptRunes {
				// a quote near the bound has said enough: the head
				// line would make it the longest on the screen
				continue
			}
			x = e.extend(x, add)
			changed = true
		}
		return x, changed
	})
}

// headsOfShown returns, for each run of sub-bullets of a passage (sub:
// which lines are sub-bullets) of which a quote (its pieces) shows one,
// the line they sit under where the quote does not show it, in the
// passage's order. A sub-bullet states a detail of that line (a product
// under the plan it serves, a figure under the goal it measures); the
// follow-up's words pick the detail, and what the thread asks of is often
// the line that says what the details are of.
func headsOfShown(lines []string, sub []bool, pieces []string) []string {
	shows := func(ln string) bool { return showsLine(pieces, ln) }
	var out []string
	for _, r := range search.SubRuns(sub, len(lines)) {
		if !shows(lines[r.Head]) && slices.ContainsFunc(lines[r.Head+1:r.End], shows) {
			out = append(out, lines[r.Head])
		}
	}
	return out
}

// underShown returns, for each line of a passage that a quote (its
// pieces) shows and that has sub-bullets under it (sub: which lines are
// sub-bullets) of which the quote shows none, n of those sub-bullets (none
// where n is not positive): the n that score highest, else the first n
// (firstBest), in the passage's order.
func underShown(lines []string, sub []bool, pieces []string, n int, score func(string) float64) []string {
	// a blank line shows in no quote (showsLine), and the report's
	// passages have none
	shows := func(ln string) bool { return showsLine(pieces, ln) }
	var out []string
	for _, r := range search.SubRuns(sub, len(lines)) {
		under := lines[r.Head+1 : r.End]
		if shows(lines[r.Head]) && !slices.ContainsFunc(under, shows) {
			out = append(out, firstBest(under, max(n, 0), score)...)
		}
	}
	return out
}

// firstBest is the n of lines that score highest, in their order
// (search.FirstBest).
func firstBest(lines []string, n int, score func(string) float64) []string {
	idx := search.FirstBest(lines, n, score)
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = lines[i]
	}
	return out
}
