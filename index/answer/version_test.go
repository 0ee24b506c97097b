package answer_test

import "testing"

// TestVersionCountsNothing holds that, asked how many, the number a
// product's name carries (a capitalised name and its version, "Loihi
// 2") is no count on the line: the reply hedges on what is counted. A
// count after a company's acronym ("TSMC … 5개") still counts.
func TestVersionCountsNothing(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"chips of a versioned product", "Hala Point uses how many Loihi chips?", "chips"},
		{"a count after an acronym", "TSMC 패키징 전용 공장 몇 개야?", ""},
	})
}
