package search

import (
	"cmp"
	"slices"
)

// SubRun is a line of a passage, Head, and the sub-bullets under it, the
// lines from Head+1 up to End.
type SubRun struct{ Head, End int }

// SubRuns returns the runs of sub-bullets of a passage of n lines (sub:
// which lines are sub-bullets; a line past it is none) with the line each
// sits under, in the passage's order: what a quote's added sub-bullet
// (introduce, and the dialog's own for every quote of a thread) and head
// lines look for its lines in. It is the relation Passages.Over reads
// too, the other way: Over gives one line its head, for an answer's check
// of that line; a quote needs each head with its whole run, to see which
// of them it shows, and the two stay apart so that neither reads the
// other's way a line at a time.
func SubRuns(sub []bool, n int) []SubRun {
	isSub := func(i int) bool { return i < len(sub) && sub[i] }
	var out []SubRun
	for p := 0; p+1 < n; p++ {
		if isSub(p) || !isSub(p+1) {
			continue
		}
		end := p + 1
		for end < n && isSub(end) {
			end++
		}
		out = append(out, SubRun{Head: p, End: end})
	}
	return out
}

// FirstBest is the indices of the n of lines that score highest, in their
// order, the earlier first on a tie; where score is nil or no line
// scores, the first n. A line introducing sub-bullets leads to all of
// them: the first is where a reader starts, but one that holds the
// question's own words is what it asks of them (a figure under the second
// stage, not the first stage's). On the conversations never fitted:
// follow-ups hit@1 and hit@3 one more each, quotes 0.6 characters longer.
func FirstBest(lines []string, n int, score func(string) float64) []int {
	n = min(n, len(lines))
	idx := make([]int, len(lines))
	for i := range idx {
		idx[i] = i
	}
	if score == nil || n == len(lines) {
		return idx[:n]
	}
	s := make([]float64, len(lines))
	scored := false
	for i, ln := range lines {
		s[i] = score(ln)
		scored = scored || s[i] > 0
	}
	if !scored {
		return idx[:n]
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(s[b], s[a]) })
	idx = idx[:n]
	slices.Sort(idx)
	return idx
}
