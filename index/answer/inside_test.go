package answer_test

import "testing"

// TestWordInsideOwnCompound holds that a word the question types again
// inside a longer word of its own (기관 of 연방기관별) is stated on the line
// that states the longer word: the line need not print it apart. A word
// of the question that no bound word holds is still named.
func TestWordInsideOwnCompound(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"the asked word inside a compound the line states", "연방기관별 AI R&D 예산 요구액에서 제일 큰 기관은 얼마?", ""},
		{"a rank no line states is still named", "연방기관별 예산 요구액 1위 기관 얼마?", "1위"},
	})
}
