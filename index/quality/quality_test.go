package quality_test

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/quality"
)

func TestMeasure(t *testing.T) {
	qs := []quality.Question{
		{ID: "a", Lang: "ko", Q: "q1", Gold: []string{"520억 달러"}, Section: []string{"3.1"}},
		{ID: "b", Lang: "en", Q: "q2", Gold: []string{"HBM3E"}, Section: []string{"2.2.1"}},
		{ID: "c", Q: "q3", Kind: quality.OutOfScope},
	}
	answers := map[string]answer.Answer{
		"q1": {Answered: true, Results: []answer.Result{{Section: "3.1", Excerpt: "미국은 520억  달러 규모"}}},
		"q2": {Answered: true, Results: []answer.Result{{Section: "1.1", Excerpt: "other"}, {Section: "2.2.1.마", Excerpt: "x", Sources: []string{"hbm3e 양산"}}}},
		"q3": {Answered: false},
	}
	m, err := quality.Measure(func(q string) (answer.Answer, error) { return answers[q], nil }, qs)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		got, want float64
	}{
		{"hit@1", m.Hit1, 0.5},
		{"hit@3 (white space and case aside, sources count)", m.Hit3, 1},
		{"section@1", m.Section1, 0.5},
		{"answer_rate", m.AnswerRate, 1},
		{"oos_reject", m.OOSReject, 1},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %.3f, want %.3f", tt.name, tt.got, tt.want)
		}
	}
}
