package answer_test

import "testing"

// TestDateToItsPart holds that a date asked to its month or day is
// stated only by a line that prints that part: where the report dates
// the thing by its year alone, the reply is hedged on the question's own
// words for the part; where it prints the month, it answers.
func TestDateToItsPart(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"the report prints the month", "엔비디아가 블랙웰 B200을 몇 월에 공개했어?", ""},
		{"the report prints the month, asked in English", "What month did HBM3E reach volume output at SK hynix?", ""},
		{"the report gives the year alone", "구글 PaLM-E는 몇 월에 발표됐어?", "몇 월"},
		{"the year alone, typed together", "구글 PaLM-E 몇월 발표?", "몇월"},
		{"the year alone, asked in English", "In what month did Google announce PaLM-E?", "what month"},
		{"the month is no day", "엔비디아가 블랙웰 B200을 공개한 게 며칠이야?", "며칠"},
	})
}
