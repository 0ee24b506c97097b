package present

import (
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

// benchAnswer is an answer of six results with long Korean excerpts, the
// most a reply renders (two pages of three).
func benchAnswer() answer.Answer {
	a := answer.Answer{Question: "미국의 AI 반도체 지원 정책은?", Lang: "ko", Answered: true, Missing: []string{"2030년"}}
	for range 6 {
		a.Results = append(a.Results, answer.Result{Section: "3.1", SectionTitle: "AI 반도체 분야 초격차 확보 정책 현황 분석", Pages: "25–33",
			Excerpt: strings.Repeat("미국은 「CHIPS법」등 강력한 수단을 통해 반도체 기업의 생산거점을 자국으로 유치 중 ", 8),
			Sources: []string{"White House (2022), FACT SHEET: CHIPS and Science Act", "SIA (2023), State of the U.S. Semiconductor Industry"}})
	}
	return a
}

func BenchmarkAnswer(b *testing.B) {
	a := benchAnswer()
	b.ReportAllocs()
	for b.Loop() {
		Answer(a, AnswerView{Ephemeral: true})
	}
}

func BenchmarkAnswerText(b *testing.B) {
	a := benchAnswer()
	b.ReportAllocs()
	for b.Loop() {
		AnswerText(a, nil, "", nil)
	}
}
