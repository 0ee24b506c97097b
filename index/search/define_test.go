package search

import (
	"strings"
	"testing"
)

// TestDefiningPassageAnswers checks that a question for what a term means
// leads with the passage whose line says what the term means, though the
// asker's other words (how exactly, by what standard) are rarer in the report and a
// passage holding them covers more of the question: those words say how
// the asker asks, the defining line is the answer. The questions are made
// up for the test.
func TestDefiningPassageAnswers(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, line string
	}{
		{"a term of two words", "발표 자료 기준으로 AI 국가주의 뜻이 정확히 뭐야?", "AI 국가주의는"},
		{"a term the report uses everywhere", "초격차 뜻이 기준상 정확히 뭔지", "초격차는"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := leading(t, x, tt.q).Text
			if !strings.Contains(got, tt.line) {
				t.Errorf("Rank(%q) leads with %.60q, want the passage defining %q", tt.q, got, tt.line)
			}
		})
	}
}
