package answer_test

import "testing"

// TestRemarkNamesNoSubject holds that a country or company named only
// after the last question mark (what the asker will set the answer
// beside) is no subject of the figure asked: the figure must be of the
// one the question names, and another's is no answer to it.
func TestRemarkNamesNoSubject(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"the other country is a remark", "For 2023, what did Taiwan's government invest in AI R&D? I will put it beside Japan's.", "Taiwan"},
		{"the country asked is the one the report gives", "For 2023, what did Japan's government invest in AI R&D? I will put it beside Taiwan's.", ""},
	})
}
