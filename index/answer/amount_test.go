package answer_test

import (
	"strings"
	"testing"
)

// TestAmountOfAnotherKind checks that "how much" and 얼마 are answered by
// a figure of an amount (a sum, a share, a level), not by a count of
// sites or a year beside the question's words: where the lines shown
// state none for the thing asked, the reply is hedged and has no one-line
// answer. The questions are made up for the test.
func TestAmountOfAnotherKind(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name        string
		q           string
		wantMissing string // "" for a sure answer
		wantLine    string // what the one-line answer holds; "" for none
	}{
		{"a company's sum, given as a count of sites", "How much did Samsung receive under the US chips law?", "Samsung", ""},
		{"a company's sum, given as a count of sites, Korean", "삼성전자는 미국 반도체법으로 얼마 받았어?", "삼성전자", ""},
		{"a sum the report gives", "How much did the US CHIPS law put into investment support?", "", "$52 billion"},
		{"a sum the report gives, Korean", "EU 반도체 펀드는 얼마야?", "", "430억 유로"},
		{"a level beside the word 수준", "중국 AI 기술 수준은 미국 대비 얼마야?", "", "93.3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustAnswer(t, e, tt.q)
			checkHedge(t, tt.q, a.Missing, tt.wantMissing)
			switch {
			case tt.wantLine == "" && a.Direct != "":
				t.Errorf("Ask(%q).Direct = %q, want none", tt.q, a.Direct)
			case tt.wantLine != "" && !strings.Contains(a.Direct, tt.wantLine):
				t.Errorf("Ask(%q).Direct = %q, want it to hold %q", tt.q, a.Direct, tt.wantLine)
			}
		})
	}
}
