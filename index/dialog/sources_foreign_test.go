package dialog

import (
	"context"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestSourcesOfAPassageTheReportLacks checks that asked for sources after a
// stored turn naming passages this report does not have (a state saved
// with an index built of another document), the reply is still given: the
// lines shown, no panic and no empty reply.
func TestSourcesOfAPassageTheReportLacks(t *testing.T) {
	e, _ := newEngine(t)
	first := converse(t, e, "SK하이닉스 AiMX 처음 공개한 게 언제야?")[0]
	n := len(e.x.Document().Passages)
	tests := []struct {
		name string
		id   int
	}{
		{"one past the last passage", n},
		{"far past the last passage", n + 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			turn := first.Turn
			turn.Evidence = append([]Evidence(nil), turn.Evidence...)
			if len(turn.Evidence) == 0 {
				t.Fatal("got no evidence in the first turn")
			}
			for i := range turn.Evidence {
				turn.Evidence[i].PassageID = tt.id
				// a line citing nothing sends the reply to the passage's
				// citing lines, the path that must not read past the report
				turn.Evidence[i].Sources = nil
			}
			var st State
			st.Add(turn, e.Params().MaxTurns)
			r, err := e.Reply(context.Background(), st, question.Plain("출처는?"), 3)
			if err != nil {
				t.Fatalf("Reply: %v", err)
			}
			if got := len(r.Answer.Results); got == 0 {
				t.Errorf("got %d results, want the lines shown", got)
			}
		})
	}
}
