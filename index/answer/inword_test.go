package answer_test

import "testing"

// TestHeldInsideOneWord holds that a word the report never uses, whose
// every Hangul bigram one word of a result holds ("기관별" in "연방기관별"),
// is what that word names, not a detail the report lacks; a word no one
// word of the results holds whole is still named.
func TestHeldInsideOneWord(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"the tail of a longer word", "미국 연방 AI R&D 예산 요구액 기관별로는 어디가 제일 많아?", ""},
		{"a word no result prints inside one word", "하이닉스 HBM 시장점유율 몇 %야?", "시장점유율"},
	})
}
