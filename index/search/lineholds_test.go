package search

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestLineHoldsAsMatching checks, for the pattern each question expects,
// that Passages.LineHolds tells of every line of every passage what
// matching the line tells, asked twice (the second time from what the
// first remembered, for a shared pattern) and in an order that crosses
// passages.
func TestLineHoldsAsMatching(t *testing.T) {
	x := mustIndex(t)
	ps := x.Passages()
	tests := []struct {
		name   string
		q      string
		shared bool
	}{
		{"a date", "HBM4 양산은 언제 시작돼?", true},
		{"a sum", "반도체 보조금 규모는 얼마야?", true},
		{"a figure in a unit the question names", "국내 점유율은 몇 %야?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re := x.Analyse(question.Plain(tt.q)).Expect
			if re == nil || x.SharedExpect(re) != tt.shared {
				t.Fatalf("Analyse(%q).Expect = %v, shared %v; want a pattern, shared %v", tt.q, re, re != nil && x.SharedExpect(re), tt.shared)
			}
			held := 0
			for round := range 2 {
				for k := range len(x.info) {
					id := k
					if round == 1 {
						id = len(x.info) - 1 - k
					}
					for i, ln := range ps.Lines(id) {
						want := re.MatchString(ln.Text)
						if got := ps.LineHolds(re, id, i); got != want {
							t.Fatalf("round %d: LineHolds(passage %d, line %d) = %v, want %v", round, id, i, got, want)
						}
						if want && round == 0 {
							held++
						}
					}
				}
			}
			if held == 0 {
				t.Errorf("no line holds %v; the case tests nothing", re)
			}
		})
	}
}
