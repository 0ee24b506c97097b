package answer_test

import "testing"

// TestTwoDigitYearsHeld holds that years typed in two digits ("21~23")
// are held by a passage that prints them whole or as "'21~'23년": the
// analyser reads the bare digits as a number, but they name the years,
// and the figure stated beside them is the one asked. Years the passage
// does not print are still named, and a year typed whole keeps the
// analyser's reading of it.
func TestTwoDigitYearsHeld(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a range the passage prints with apostrophes", "일본 정부 반도체 보조금 21~23 총액?", ""},
		{"a range beside the words of the figure", "일본이 21~23 반도체에 편성한 보조금 얼마?", ""},
		{"a range the passage does not print", "일본 정부 반도체 보조금 24~25 총액?", "24"},
		{"a whole year keeps the analyser's reading", "How large is the semiconductor fund China has run since 2014?", "2014"},
	})
}
