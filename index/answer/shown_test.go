package answer_test

import (
	"strings"
	"testing"
)

// TestQuoteShowsTheAnswersFigure checks that the top result's quote shows
// the figure its one-line answer states: the rates a law gives stand two
// lines under the line that names the law, which the question's words
// pick, and a reader checks the one-line answer against the quote.
func TestQuoteShowsTheAnswersFigure(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q, figure string
	}{
		{"rates on a line under the law's", "Taiwan amended statute: R&D vs advanced equipment tax credit rates?", "25%"},
		{"a sum on the line the words pick", "일본 반도체 보조금 얼마야?", "4조엔"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustAnswer(t, e, tt.q)
			if !strings.Contains(a.Direct, tt.figure) {
				t.Fatalf("%q: one-line answer %q, want it to state %q", tt.q, a.Direct, tt.figure)
			}
			if got := a.Results[0].Excerpt; !strings.Contains(got, tt.figure) {
				t.Errorf("%q: top quote %q does not show %q, which the one-line answer states", tt.q, got, tt.figure)
			}
		})
	}
}
