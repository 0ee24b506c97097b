package answer_test

import (
	"strings"
	"testing"
)

// TestShareAsked checks that a question for a figure that names a rate or
// a share of what it asks is hedged when no shown line states a
// percentage beside it, though a line states another figure of the thing
// (a sum, a count), and answered with the percentage where one does. The
// questions are made up for the test.
func TestShareAsked(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name        string
		q           string
		wantMissing string // "" for a sure answer
		wantDirect  string // what the one-line answer must hold, "" for no check
	}{
		{"a market share the report gives no figure of, English", "What share of the market does Jetson hold?", "share", ""},
		{"a market share the report gives no figure of, Korean", "Jetson 시장 점유율 수치 있어?", "수치", ""},
		{"a share the report gives", "What share of total AI investment did China's government make in 2023?", "", "19%"},
		{"a share the report gives, Korean", "중국 정부 AI 투자 비중은 얼마야?", "", "19%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := mustAnswer(t, e, tt.q)
			checkHedge(t, tt.q, ans.Missing, tt.wantMissing)
			if got := ans.Direct; tt.wantDirect != "" && !strings.Contains(got, tt.wantDirect) {
				t.Errorf("Ask(%q): direct %q, want it to state %q", tt.q, got, tt.wantDirect)
			}
		})
	}
}
