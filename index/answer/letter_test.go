package answer_test

import (
	"context"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestLoneLetterFindsNoInitial holds that chat's one-letter shorthand ("r"
// for are) finds no author's initial: a short question typed so is
// answered from the report's body, not its reference list. The question is
// made up for the test.
func TestLoneLetterFindsNoInitial(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q string
	}{
		{"r for are", "what r they doing about talent?"},
		{"u for you", "can u show what they do about talent?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatalf("Ask(%q): %v", tt.q, err)
			}
			if len(a.Results) == 0 {
				t.Fatalf("Ask(%q): no results", tt.q)
			}
			if got := a.Results[0].Section; got == "refs" {
				t.Errorf("Ask(%q): first result from %q, want the report's body", tt.q, got)
			}
		})
	}
}
