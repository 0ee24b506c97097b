package answer_test

import (
	"context"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestEnglishAsideDeclinesNothing holds that the words the report never
// uses, typed only in an English sentence a full stop ends before the
// question (a greeting, what the asker is doing), do not count among the
// question's words for the decline: the question after them is answered.
// Typed in the asking sentence itself, the same words still count, and
// the question is declined. The questions are made up for the test.
func TestEnglishAsideDeclinesNothing(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q  string
		answered bool
	}{
		{"an aside before the question", "Hey there, I'm drafting my dissertation chapter tonight. When was this report published?", true},
		{"the same words inside the question", "When was this report published, hey there drafting dissertation chapter tonight", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatalf("Ask(%q): %v", tt.q, err)
			}
			if got := ans.Answered; got != tt.answered {
				t.Errorf("Ask(%q).Answered = %v, want %v", tt.q, got, tt.answered)
			}
		})
	}
}
