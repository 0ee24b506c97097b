package answer_test

import (
	"slices"
	"strings"
	"testing"
)

// TestKindHedged checks that a question for a person in an office, a
// place or a part of a whole is hedged, naming the missing
// detail in its own words, when no shown line holds a thing of that kind
// beside what it is of, and answered when one does. The questions are
// made up for the test.
func TestKindHedged(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name        string
		q           string
		wantMissing string // "" for a sure answer
	}{
		{"an office the report gives no holder of, Korean", "2024년에 출범한 국가AI위원회의 위원장은 누구인가요?", "위원장"},
		{"an office the report gives no holder of, English", "Who chairs the National AI Committee Korea set up in 2024?", "chairs"},
		{"the head of a centre", "Who heads the NSTC that the US Commerce Department launched?", "heads"},
		{"an office the report names a holder of", "Who served as project leader for this study?", ""},
		{"a place the report gives", "연구기관 IMEC은 어디에 있어?", ""},
		{"sites the report gives", "대만은 새 반도체 공장을 어디에 짓고 있어?", ""},
		{"a site the report does not give", "국가 AI 컴퓨팅 센터는 어디에 지어?", "어디"},
		{"a city the report does not give", "Which city is IBM's Spyre accelerator made in?", "Which city"},
		{"a city the report does not give, for a system it hosts", "Which city hosts Intel's Hala Point system?", "Which city"},
		{"states the report gives", "Which states did the new US fabs go to?", ""},
		{"a part of a whole", "How much of Japan's chip subsidy was earmarked for Rapidus?", "Rapidus"},
		{"a whole the report gives", "What is the total of the chip subsidies Japan set up?", ""},
		{"a part awarded", "How much of Japan's chip subsidy was awarded to Rapidus?", "Rapidus"},
		{"a part the report gives", "How much of the UK framework was spent on AI skills?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHedge(t, tt.q, mustAnswer(t, e, tt.q).Missing, tt.wantMissing)
		})
	}
}

// checkHedge fails unless a reply to q that names missing is a sure answer
// (want "") or a hedge naming want.
func checkHedge(t *testing.T, q string, missing []string, want string) {
	t.Helper()
	hedged := slices.ContainsFunc(missing, func(m string) bool { return want != "" && strings.Contains(m, want) })
	switch {
	case want == "" && len(missing) > 0:
		t.Errorf("Ask(%q): hedged, missing %v, want a sure answer", q, missing)
	case want != "" && !hedged:
		t.Errorf("Ask(%q): missing %v, want it to name %q", q, missing, want)
	}
}
