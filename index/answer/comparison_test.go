package answer_test

import (
	"context"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

// TestComparisonSides checks which questions are read as comparisons: the
// sides are things of one kind that the comparison word joins, and "vs"
// between two years compares the years, not the names around them. The
// questions are made up for the test.
func TestComparisonSides(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q string
		want    bool // read as a comparison
	}{
		{"two years joined by vs compare the years", "US agency AI rules: count in 2023 vs 2022?", false},
		{"two years joined by versus, in a Korean question", "미국 AI 규제 건수 2023 versus 2022 얼마나 늘었어?", false},
		{"two models joined by vs are the sides", "GPT-4 vs Gemini: what does the report say of each?", true},
		{"two countries compared", "미국과 일본의 반도체 보조금 규모 비교", true},
		{"a company and its product are no two sides", "Compare Nvidia with Blackwell: when was it unveiled?", false},
		{"two companies compared", "삼성전자와 SK하이닉스의 HBM 기술 비교", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Form == answer.FormComparison; got != tt.want {
				t.Errorf("%q read as a comparison = %v (form %q), want %v", tt.q, got, a.Form, tt.want)
			}
		})
	}
}
