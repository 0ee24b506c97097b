package dialog

import (
	"slices"
	"testing"
)

// TestHedgeNamesTheFigureAskedOfACode checks that a follow-up asking only
// how much, of a topic a code names (a product, a process node), is
// hedged in its own words where the engine doubts the carried code: no
// line shown states the figure beside that code, and a figure there is
// another thing's, as it is of a carried country or company.
func TestHedgeNamesTheFigureAskedOfACode(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name string
		msgs []string
		want []string // the last reply's hedge words
	}{
		{"a product code carried, a sum asked in English",
			[]string{"SK하이닉스 HBM4 양산은 언제야?", "so how much is that, roughly?"}, []string{"how much"}},
		{"a process node carried, a sum asked in English",
			[]string{"라피더스가 노리는 2nm 기술은 뭐야?", "and how much does it get?"}, []string{"how much"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.msgs...)
			got := rs[len(rs)-1]
			if !got.Answer.Answered || !slices.Equal(got.Answer.Missing, tt.want) {
				t.Errorf("got answered %v, missing %q (asked %q), want missing %q", got.Answer.Answered, got.Answer.Missing, got.Turn.Asked, tt.want)
			}
		})
	}
}
