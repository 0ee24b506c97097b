package answer_test

import (
	"context"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestVerdictIsNotPageSize checks that how many results a question asks for
// does not answer, hedge or decline it otherwise: at 1, 5 and 10 results
// it is answered as at 3, a hedge names what it names at 3, and the page
// begins with the results shown at 3.
func TestVerdictIsNotPageSize(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name string
		q    string
	}{
		{"a hedge on a word the fourth result holds", "What is the Korean government's AI chip budget?"},
		{"an answer", "일본 반도체 보조금 얼마야?"},
		{"a decline with a hedge near it", "엔비디아 주가 전망은?"},
		{"a decline with nothing near it", "주차 등록은 어떻게 해?"},
	}
	ids := func(a []int, n int) []int { return a[:min(n, len(a))] }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at3, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatal(err)
			}
			var want []int
			for _, r := range at3.Results {
				want = append(want, r.PassageID)
			}
			for _, n := range []int{1, 5, 10} {
				got, err := e.Ask(context.Background(), question.Plain(tt.q), n)
				if err != nil {
					t.Fatal(err)
				}
				if got.Answered != at3.Answered || !slices.Equal(got.Missing, at3.Missing) {
					t.Errorf("Ask(%d) = answered %v, missing %v; at 3 answered %v, missing %v", n, got.Answered, got.Missing, at3.Answered, at3.Missing)
				}
				hedge, nearGot := e.Near(got)
				hedge3, near3 := e.Near(at3)
				if nearGot != near3 {
					t.Errorf("Ask(%d) carries a hedge %v; at 3 %v", n, nearGot, near3)
				}
				// the hedge is paged as the reply is: the same words, its
				// first passages those it shows at 3
				var hedgeIDs, hedge3IDs []int
				for _, r := range hedge.Results {
					hedgeIDs = append(hedgeIDs, r.PassageID)
				}
				for _, r := range hedge3.Results {
					hedge3IDs = append(hedge3IDs, r.PassageID)
				}
				if !slices.Equal(hedge.Missing, hedge3.Missing) || len(hedgeIDs) > n || !slices.Equal(ids(hedgeIDs, 3), ids(hedge3IDs, n)) {
					t.Errorf("Ask(%d) hedges on %v with passages %v; at 3 on %v with %v", n, hedge.Missing, hedgeIDs, hedge3.Missing, hedge3IDs)
				}
				if near3 && n > len(hedge3IDs) && len(hedgeIDs) <= len(hedge3IDs) {
					t.Errorf("Ask(%d) hedge shows %d passages, no more than at 3", n, len(hedgeIDs))
				}
				var first []int
				for _, r := range got.Results {
					first = append(first, r.PassageID)
				}
				if len(first) > n || !slices.Equal(ids(first, 3), ids(want, n)) {
					t.Errorf("Ask(%d) shows passages %v; at 3 %v", n, first, want)
				}
			}
		})
	}
}
