package dialog

import (
	"slices"
	"unicode/utf8"
)

// introduced adds to each quote of a follow-up that shows a line of its
// passage with sub-bullets under it (corpus.Passage.Sub), and none of
// them, the first IntroLines of those sub-bullets. Such a line introduces
// what they say (a plan "in stages", the sites a region "holds"): it
// shares the thread's words, so the quote cut to them stops there, and the
// asker, who has read the topic, asks what it introduces. A source reply
// takes them too: a claim's source is often cited on the lines under the
// line that sums it up (as its unshown citing lines are listed).
func (e *Engine) introduced(r Reply) Reply {
	n := e.x.Params().IntroLines
	if n <= 0 && !e.x.Params().HeadLines || !r.FollowUp || !r.Answer.Answered {
		return r
	}
	doc := e.x.Document()
	res := slices.Clone(r.Answer.Results)
	changed := false
	for i, x := range res {
		if !e.inReport(x.PassageID) || doc.Passages[x.PassageID].Sub == nil {
			continue
		}
		var lines []string
		for _, ln := range e.x.Passages().Lines(x.PassageID) {
			lines = append(lines, ln.Text)
		}
		for _, add := range underShown(lines, doc.Passages[x.PassageID].Sub, excerptPieces(x.Excerpt), n) {
			res[i] = e.extend(res[i], add)
			changed = true
		}
		if !e.x.Params().HeadLines {
			continue
		}
		for _, add := range headsOfShown(lines, doc.Passages[x.PassageID].Sub, excerptPieces(res[i].Excerpt)) {
			if utf8.RuneCountInString(res[i].Excerpt)+utf8.RuneCountInString(add) > e.x.Params().MaxExcerptRunes {
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
	isSub := func(i int) bool { return i < len(sub) && sub[i] }
	shows := func(ln string) bool { return showsLine(pieces, ln) }
	var out []string
	for p := 0; p+1 < len(lines); p++ {
		if isSub(p) || !isSub(p+1) || shows(lines[p]) {
			continue
		}
		end := p + 1
		for end < len(lines) && isSub(end) {
			end++
		}
		if slices.ContainsFunc(lines[p+1:end], shows) {
			out = append(out, lines[p])
		}
	}
	return out
}

// underShown returns, for each line of a passage that a quote (its
// pieces) shows and that has sub-bullets under it (sub: which lines are
// sub-bullets) of which the quote shows none, the first n of those
// sub-bullets, in the passage's order.
func underShown(lines []string, sub []bool, pieces []string, n int) []string {
	// a blank line shows in no quote (showsLine), and the report's
	// passages have none
	isSub := func(i int) bool { return i < len(sub) && sub[i] }
	shows := func(ln string) bool { return showsLine(pieces, ln) }
	var out []string
	for p := 0; p+1 < len(lines); p++ {
		if isSub(p) || !isSub(p+1) || !shows(lines[p]) {
			continue
		}
		end := p + 1
		for end < len(lines) && isSub(end) {
			end++
		}
		if !slices.ContainsFunc(lines[p+1:end], shows) {
			out = append(out, lines[p+1:min(end, p+1+n)]...)
		}
	}
	return out
}
