package dialog

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

// fused is a follow-up's reply r with its results read both ways. The
// rewrite carried words of earlier turns on a guess at what the message
// points back at, and ranks all its results by that guess; the message
// asked as a question of its own knows only what its asker typed. Where
// the guess was wrong, the typed words may still rank the passage asked
// for first: the results after the first are the two lists fused by
// reciprocal rank (fuseResults). The first result stays the rewrite's,
// for the one-line answer and the hedge were read from it, and so does
// the reading the reply shows, which says what the first result was
// found by. The message read alone counts only where it answers surely:
// a reading that hedges or declines vouches for no passage. Asking it
// fails as the rewrite's asking does (a cancelled context, an index that
// cannot be read), and the error is passed on as that one's is.
func (e *Engine) fused(ctx context.Context, r Reply, asked question.Asked, m message, n int) (Reply, error) {
	p := e.x.Params()
	if p.FuseWeight <= 0 || len(r.Answer.Results) == 0 {
		return r, nil
	}
	alone, err := e.askAlone(ctx, asked, m, n)
	if err != nil {
		return r, fmt.Errorf("the message read alone: %w", err)
	}
	if !sure(alone) {
		return r, nil
	}
	res := fuseResults(r.Answer.Results, alone.Results, p.FuseWeight, p.FuseRank, max(n, len(r.Answer.Results)))
	if slices.EqualFunc(res, r.Answer.Results, func(a, b answer.Result) bool {
		return a.PassageID == b.PassageID && a.Excerpt == b.Excerpt
	}) {
		return r, nil
	}
	return e.withResults(r, res), nil
}

// fuseResults keeps carried's first result and fills the rest, up to n,
// from carried's others and alone's by reciprocal-rank fusion: a result
// scores 1/(k+its place among carried's others) plus w/(k+its place among
// alone's, carried's first left out), places counted from 1 and a list
// that lacks it adding nothing. A passage both lists hold keeps carried's
// excerpt; a tie keeps carried's order, then alone's.
func fuseResults(carried, alone []answer.Result, w, k float64, n int) []answer.Result {
	if len(carried) == 0 {
		return nil
	}
	first := carried[0]
	type scored struct {
		r     answer.Result
		score float64
		order int // carried's places first, then alone's
	}
	var all []scored
	for i, r := range carried[1:] {
		all = append(all, scored{r: r, score: 1 / (k + float64(i+1)), order: i})
	}
	place := 0
	for _, r := range alone {
		if r.PassageID == first.PassageID {
			continue
		}
		place++
		s := w / (k + float64(place))
		if j := slices.IndexFunc(all, func(x scored) bool { return x.r.PassageID == r.PassageID }); j >= 0 {
			all[j].score += s
			continue
		}
		all = append(all, scored{r: r, score: s, order: len(carried) + place})
	}
	slices.SortStableFunc(all, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.order, b.order))
	})
	out := []answer.Result{first}
	for _, s := range all {
		if len(out) == n {
			break
		}
		out = append(out, s.r)
	}
	return out
}
