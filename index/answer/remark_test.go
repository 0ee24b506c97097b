package answer_test

import "testing"

// TestRemarkNamesNoSubject holds that a country or company named only
// after the last question mark (what the asker will set the answer
// beside) is no subject of the figure asked: the figure must be of the
// one the question names, and another's is no answer to it.
func TestRemarkNamesNoSubject(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"the other country is a remark", "How much did Taiwan's government invest in AI R&D in 2023? I will put it beside Japan's.", "Taiwan"},
		{"the country asked is the one the report gives", "How much did Japan's government invest in AI R&D in 2023? I will put it beside Taiwan's.", ""},
	})
}
