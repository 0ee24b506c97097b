package cite

import (
	"context"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestVerdictIsNotPageSize checks that how many quotes a claim asks for does
// not change what its citation says the report lacks: a citation is judged
// on its first Shown quotes, and the page begins with them.
func TestVerdictIsNotPageSize(t *testing.T) {
	e := mustCiteEngine(t)
	tests := []struct {
		name  string
		claim string
	}{
		{"a claim whose figure the report does not state", "Korea's government spends 1 trillion won on AI chips"},
		{"a claim the report states", "일본은 반도체 보조금으로 약 4조엔을 편성했다"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := e.Cite(context.Background(), question.Plain(tt.claim), Shown)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range []int{1, 5, 10} {
				got, err := e.Cite(context.Background(), question.Plain(tt.claim), n)
				if err != nil {
					t.Fatal(err)
				}
				if got.Answered != want.Answered || !slices.Equal(got.Missing, want.Missing) {
					t.Errorf("Cite(%d) = answered %v, missing %v; at %d answered %v, missing %v", n, got.Answered, got.Missing, Shown, want.Answered, want.Missing)
				}
				if len(got.Results) > n || len(got.Results) > 0 && got.Results[0].PassageID != want.Results[0].PassageID {
					t.Errorf("Cite(%d) shows %d quotes, the first of passage %d; want at most %d, the first of passage %d", n, len(got.Results), got.Results[0].PassageID, n, want.Results[0].PassageID)
				}
			}
		})
	}
}
