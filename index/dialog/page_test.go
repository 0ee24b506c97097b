package dialog

import (
	"context"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestVerdictIsNotPageSize checks that how many results a thread asks for
// does not answer, hedge or decline a message otherwise: each thread, run
// at 3, 5 and 10 results a reply, answers its every message alike, names
// alike what a hedge lacks, and shows the same first results, the larger
// page adding to the smaller one. (A thread that pages through "more" at
// another size has been shown other passages, and later messages are read
// against what it was shown.)
func TestVerdictIsNotPageSize(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name string
		msgs []string
	}{
		{"an aside after a source: declined at every size", []string{"What does the report say about HBM?", "and PIM?", "source?", "btw what's the fastest train from Seoul to Busan?"}},
		{"an aside after a switch: answered alike", []string{"How much does Japan subsidize chips?", "and Korea?", "btw lunch at 12:30 ok?"}},
		{"a follow-up asking the aim of the money", []string{"How much did the US invest under the CHIPS Act?", "What was the goal of that money?"}},
	}
	type verdict struct {
		answered bool
		missing  []string
		first    []int
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []verdict
			for _, n := range []int{3, 5, 10} {
				var st State
				for i, m := range tt.msgs {
					r, err := e.Reply(context.Background(), st, question.Plain(m), n)
					if err != nil {
						t.Fatalf("Reply(%q, %d): %v", m, n, err)
					}
					st.Add(r.Turn, e.Params().MaxTurns)
					if len(r.Answer.Results) > n {
						t.Errorf("Reply(%q, %d) shows %d results", m, n, len(r.Answer.Results))
					}
					var got verdict
					got.answered, got.missing = r.Answer.Answered, r.Answer.Missing
					for _, x := range r.Answer.Results[:min(3, len(r.Answer.Results))] {
						got.first = append(got.first, x.PassageID)
					}
					if n == 3 {
						want = append(want, got)
						continue
					}
					w := want[i]
					if got.answered != w.answered || !slices.Equal(got.missing, w.missing) {
						t.Errorf("Reply(%q, %d) = answered %v, missing %v; at 3 answered %v, missing %v", m, n, got.answered, got.missing, w.answered, w.missing)
					}
					if i == 0 && !slices.Equal(got.first, w.first) {
						t.Errorf("Reply(%q, %d) first results %v; at 3 %v", m, n, got.first, w.first)
					}
				}
			}
		})
	}
}
