package answer_test

import "testing"

// TestNamedOnce holds that a date or figure asked of a thing the report
// names in one passage alone is stated in that passage: a line of another
// passage that states a figure beside the question's other words is
// another thing's, and the reply is hedged. Where that passage states
// the value, or the question names two such things, it answers.
func TestNamedOnce(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a figure only another passage states", "What is the size of the NPU Farm build-out?", "NPU"},
		{"the year in the passage that names it", "In which year did IBM unveil Telum?", ""},
		{"the same in Korean", "텔럼은 몇 년에 발표됐어?", ""},
		{"two things named once, each a subject", "When were Telum and Spyre announced?", ""},
	})
}
