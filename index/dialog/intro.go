package dialog

import (
	"cmp"
	"slices"
	"unicode/utf8"
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
	res := slices.Clone(r.Answer.Results)
	changed := false
	for i, x := range res {
		if !e.inReport(x.PassageID) {
			continue
		}
		sub := doc.Passages[x.PassageID].Sub
		if sub == nil {
			continue
		}
		lines := e.lineTexts(x.PassageID)
		for _, add := range underShown(lines, sub, excerptPieces(x.Excerpt), p.IntroLines, score) {
			res[i] = e.extend(res[i], add)
			changed = true
		}
		if !p.HeadLines {
			continue
		}
		for _, add := range headsOfShown(lines, sub, excerptPieces(res[i].Excerpt)) {
			if utf8.RuneCountInString(res[i].Excerpt)+utf8.RuneCountInString(add) > p.MaxExcerptRunes {
				// a quote near the bound has said enough: the head
				// line would make it the longest on the screen
				continue
			}
			res[i] = e.extend(res[i], add)
			changed = true
		}
	}
	if !changed {
		return r
	}
	return e.withResults(r, res)
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
	for _, r := range subRuns(sub, len(lines)) {
		if !shows(lines[r.head]) && slices.ContainsFunc(lines[r.head+1:r.end], shows) {
			out = append(out, lines[r.head])
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
	for _, r := range subRuns(sub, len(lines)) {
		under := lines[r.head+1 : r.end]
		if shows(lines[r.head]) && !slices.ContainsFunc(under, shows) {
			out = append(out, firstBest(under, max(n, 0), score)...)
		}
	}
	return out
}

// subRun is a line of a passage, head, and the sub-bullets under it, the
// lines from head+1 up to end.
type subRun struct{ head, end int }

// subRuns returns the runs of sub-bullets of a passage of n lines (sub:
// which lines are sub-bullets; a line past it is none) with the line each
// sits under, in the passage's order: what underShown and headsOfShown
// each look for a quote's lines in. It is the relation
// search.Passages.Over reads too, the other way: Over gives one line its
// head, for an answer's check of that line; a quote needs each head with
// its whole run, to see which of them it shows, and the two stay apart so
// that neither reads the other's way a line at a time.
func subRuns(sub []bool, n int) []subRun {
	isSub := func(i int) bool { return i < len(sub) && sub[i] }
	var out []subRun
	for p := 0; p+1 < n; p++ {
		if isSub(p) || !isSub(p+1) {
			continue
		}
		end := p + 1
		for end < n && isSub(end) {
			end++
		}
		out = append(out, subRun{head: p, end: end})
	}
	return out
}

// firstBest is the n of lines that score highest, in their order, the
// earlier first on a tie; where score is nil or no line scores, the first
// n. A line introducing sub-bullets leads to all of them: the first is
// where a reader starts, but one that holds the message's own words is
// what the message asks of them (a figure under the second stage, not the
// first stage's). On the conversations never fitted: follow-ups hit@1 and
// hit@3 one more each, quotes 0.6 characters longer.
func firstBest(lines []string, n int, score func(string) float64) []string {
	n = min(n, len(lines))
	if score == nil || n == len(lines) {
		return lines[:n]
	}
	idx := make([]int, len(lines))
	s := make([]float64, len(lines))
	scored := false
	for i, ln := range lines {
		idx[i], s[i] = i, score(ln)
		scored = scored || s[i] > 0
	}
	if !scored {
		return lines[:n]
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(s[b], s[a]) })
	idx = idx[:n]
	slices.Sort(idx)
	out := make([]string, n)
	for k, i := range idx {
		out[k] = lines[i]
	}
	return out
}
