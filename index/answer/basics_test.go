package answer_test

import (
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/quality"
)

// TestBasics holds what anyone asks of a report on the first day, in both
// languages: its summary, its conclusion, who wrote it, what its key terms
// mean, and a span of years typed the Korean way. Every case must be answered, from the
// part of the report that holds it (want section) and with the line that
// says it first (want quote, where given). A removal of rules that no
// question set notices must still keep these.
func TestBasics(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q        string
		section, quote string
	}{
		{"a summary asked in Korean", "보고서 내용 좀 간단히 요약해 줄 수 있어?", "summary-ko", ""},
		{"a summary asked in English", "Summarize the report for me", "summary-en", ""},
		{"the conclusion", "이 보고서의 결론은 무엇인가요?", "4.3", ""},
		{"its authors, in Korean", "저자 누구야?", "front", "연구책임자 윤정섭"},
		{"its authors, in English", "who is the author?", "front", "연구책임자 윤정섭"},
		{"who wrote it, in English", "Who put this report together?", "front", "연구책임자 윤정섭"},
		{"who wrote it, in Korean", "이 보고서 누가 썼어?", "front", "연구책임자 윤정섭"},
		{"when it came out, in English", "When was this report written?", "front", "2024년 12월 31일 발행"},
		{"when it came out, in Korean", "이 보고서 언제 나왔어?", "front", "2024년 12월 31일 발행"},
		{"when it came out, in everyday words the text would decline", "이 보고서 언제 세상에 나온 거야?", "front", "2024년 12월 31일 발행"},
		{"what a term means, Korean", "초격차라는 말이 무슨 뜻이야?", "1.2", "압도적인 격차를 의미"},
		{"what a term means, English", "What is sovereign AI?", "1.1", "주권적 AI(Sovereign AI)를 만들어 내는 것"},
		{"a span of years typed short", "일본의 21~23년 반도체 보조금 규모는?", "3.1", "약 4조엔"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustAnswer(t, e, tt.q)
			for _, r := range a.Results[1:] {
				if a.Form == "" && r.Score < 0.001 {
					t.Errorf("%q: shows %s, which holds nothing of the question", tt.q, r.Section)
				}
			}
			got := a.Results[0]
			if !strings.HasPrefix(got.Section, tt.section) {
				t.Errorf("%q: first result from %s, want %s", tt.q, got.Section, tt.section)
			}
			if tt.quote != "" && !strings.Contains(quality.Normalize(got.Excerpt), quality.Normalize(tt.quote)) {
				t.Errorf("%q: first quote %q, want the line that says %q", tt.q, got.Excerpt, tt.quote)
			}
		})
	}
}
