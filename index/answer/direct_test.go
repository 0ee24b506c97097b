package answer_test

import (
	"context"
	"testing"
)

// TestDirectAnswer checks the one-line answer in both languages: it states
// the date or figure the question asks for with its subject and where it is
// from, and there is none where the report does not state it beside what
// it is of. The questions are made up for the test.
func TestDirectAnswer(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q, want string
	}{
		{"a sum in Korean", "미국 CHIPS법 투자 지원 규모는 얼마?", "미국 CHIPS법 투자 지원 규모: 520억 달러 (3.1, 25–33쪽)"},
		{"a sum in English", "How much investment support does the US CHIPS Act give?", "investment support US CHIPS Act: $52 billion (3.1, pp. 25–33)"},
		{"a month in English", "When did SK hynix begin volume production of HBM3E?", "SK hynix begin volume production HBM3E: March 2024 (2.2.1.마, pp. 10–16)"},
		{"a listed set of sizes", "What sizes is LLaMA 3 released in?", "sizes LLaMA 3 released: 8B, 70B, 400B (2.2.2.나, pp. 17–21)"},
		{"a figure of another version is no answer", "LLaMA 3.1 파라미터 몇 개야?", ""},
		{"no date or figure asked", "HBM이 뭐야?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.q, 3)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Direct; got != tt.want {
				t.Errorf("Ask(%q).Direct = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
