package answer_test

import "testing"

// TestNameTypedTwiceBinds holds that a country typed twice in one question
// ("X는? X …") is one subject, whose figure the answer must state: read as
// two countries, neither would bind, and another country's figure would
// answer. A figure the report does state for that country still answers.
func TestNameTypedTwiceBinds(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a figure the report gives only for other countries", "캐나다는? 캐나다 AI 전략 예산 얼마?", "캐나다"},
		{"a figure the report gives for the country", "일본은? 일본 정부 AI R&D 투자 얼마?", ""},
	})
}
