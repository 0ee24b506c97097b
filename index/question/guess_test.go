package question_test

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestGuessIsNoWordOfTheReport checks that a word the analyser guessed at
// in a run typed without spaces is read as its guess (Concept.Guess) only
// where no passage holds it: the analyser guesses by the stems the report
// prints standing alone, and a piece the report holds only inside its
// compounds is a word of the report's all the same. The questions are
// made up for the test.
func TestGuessIsNoWordOfTheReport(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, surface string
		want             bool
	}{
		{"a piece the report never uses", "그분소속이랑연락처", "분소", true},
		{"a piece the report holds inside a compound", "보험업계의기준있어?", "업계의", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			i := slices.IndexFunc(q.Concepts, func(c question.Concept) bool { return c.Surface == tt.surface })
			if i < 0 {
				t.Fatalf("Analyse(%q) has no concept %q: %+v", tt.q, tt.surface, q.Concepts)
			}
			if c := q.Concepts[i]; c.Guess != tt.want {
				t.Errorf("Analyse(%q): %s Guess = %v (DF %d), want %v", tt.q, tt.surface, c.Guess, c.DF, tt.want)
			}
		})
	}
}
