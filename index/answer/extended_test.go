package answer_test

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

// TestExtended checks how a reply is paged past its own results: a
// further result shows another passage, none the thread has seen, and
// another quote, up to n in all, and the reply's own results are not
// changed.
func TestExtended(t *testing.T) {
	r := func(id int, quote string) answer.Result { return answer.Result{PassageID: id, Excerpt: quote} }
	// own has room past its results, where an append in place would
	// overwrite the third
	backing := []answer.Result{r(1, "a"), r(2, "b"), r(9, "z")}
	own := backing[:2]
	tests := []struct {
		name string
		more []answer.Result
		n    int
		seen []int
		want []int // passage ids
	}{
		{"further passages up to n", []answer.Result{r(3, "c"), r(4, "d"), r(5, "e")}, 4, nil, []int{1, 2, 3, 4}},
		{"a passage shown already", []answer.Result{r(2, "other"), r(3, "c")}, 4, nil, []int{1, 2, 3}},
		{"a quote shown already", []answer.Result{r(3, "a"), r(4, "d")}, 4, nil, []int{1, 2, 4}},
		{"a passage the thread has seen", []answer.Result{r(3, "c"), r(4, "d")}, 4, []int{3}, []int{1, 2, 4}},
		{"one further passage listed twice", []answer.Result{r(3, "c"), r(3, "c2"), r(4, "d")}, 4, nil, []int{1, 2, 3, 4}},
		{"n no more than the reply's own", []answer.Result{r(3, "c")}, 2, nil, []int{1, 2}},
		{"nothing further", nil, 10, nil, []int{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := answer.Extended(own, tt.more, tt.n, tt.seen)
			ids := make([]int, len(got))
			for i, x := range got {
				ids[i] = x.PassageID
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("Extended(…, %d, %v) shows passages %v, want %v", tt.n, tt.seen, ids, tt.want)
			}
			if backing[2].PassageID != 9 {
				t.Errorf("Extended wrote past the reply's own results: %v", backing)
			}
		})
	}
}
