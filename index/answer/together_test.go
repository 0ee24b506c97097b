package answer_test

import (
	"context"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestHeldOnlyTogether holds that a question no passage alone covers
// enough of, but the passages shown cover together (each names one of the
// countries asked about), is a hedge and not a decline: it is about what
// the report discusses. The hedge stands in for the decline: taken off
// (Unhedged, as a follow-up does when it names only carried words), the
// reply is that decline. A question one passage answers is no stand-in,
// and one on something else is still declined.
func TestHeldOnlyTogether(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name     string
		q        string
		answered bool
		standsIn bool
	}{
		{"countries asked of different passages", "캐나다 인재 유치 예산과 대만 세액공제 비율 그리고 영국 연구소 위치는?", true, true},
		{"one passage answers", "일본 반도체 보조금 얼마야?", true, false},
		{"something else", "Where should we order dinner tonight?", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatalf("Ask(%q): %v", tt.q, err)
			}
			if got := a.Answered && len(a.Results) > 0; got != tt.answered {
				t.Fatalf("Ask(%q) answered %v, want %v", tt.q, got, tt.answered)
			}
			if got := a.StandsIn(); got != tt.standsIn {
				t.Errorf("Ask(%q).StandsIn() = %v, want %v", tt.q, got, tt.standsIn)
			}
			if tt.standsIn && len(a.Missing) == 0 {
				t.Errorf("Ask(%q) stands in for a decline with no hedge", tt.q)
			}
			u := a.Unhedged()
			if got, want := u.Answered, tt.answered && !tt.standsIn; got != want {
				t.Errorf("Ask(%q).Unhedged() answered %v, want %v", tt.q, got, want)
			}
			if tt.standsIn && (len(u.Results) > 0 || len(u.Suggestions) == 0 || len(u.Missing) > 0) {
				t.Errorf("Ask(%q).Unhedged() = %d results, %d suggestions, missing %v; want the decline: no results, suggestions", tt.q, len(u.Results), len(u.Suggestions), u.Missing)
			}
		})
	}
}
