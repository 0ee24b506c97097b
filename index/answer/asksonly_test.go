package answer_test

import "testing"

// TestQuestionWordNamesNoThing holds that a hedge for a figure no result
// states names the thing the question asks of that the first result does
// not speak of, not the words that only ask ("how much"), and still names
// the question's own word for a measure where it types one.
func TestQuestionWordNamesNoThing(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"the thing asked of, not the question word", "How much does one Telum processor cost?", "cost"},
		{"a word for a measure stays named", "What is the price of the Loihi 2 chip, how much?", "price"},
	})
}
