package answer_test

import (
	"context"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestVersionCountsNothing holds that, asked how many, the number a
// product's name carries (a capitalised name and its version, "Loihi
// 2") is no count on the line: the reply hedges on what is counted. A
// count after a company's acronym ("TSMC … 5개") still counts.
func TestVersionCountsNothing(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q string
		missing string // "" for an answer without a hedge
	}{
		{"chips of a versioned product", "Hala Point uses how many Loihi chips?", "chips"},
		{"a count after an acronym", "TSMC 패키징 전용 공장 몇 개야?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatal(err)
			}
			if !a.Answered {
				t.Fatalf("%q: declined", tt.q)
			}
			switch got := a.Missing; {
			case tt.missing == "" && len(got) > 0:
				t.Errorf("%q: hedged on %v, want an answer", tt.q, got)
			case tt.missing != "" && !slices.Contains(got, tt.missing):
				t.Errorf("%q: missing %v, want %q named", tt.q, got, tt.missing)
			}
		})
	}
}
