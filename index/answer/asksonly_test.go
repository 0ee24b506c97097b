package answer_test

import (
	"slices"
	"testing"
)

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

// TestFunctionWordNamedLast holds that an adverb typed alone beside a
// detail the report does not give ("따로": how the asker asks) is not named
// with it: the hedge names the detail.
func TestFunctionWordNamedLast(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q, want, not string
	}{
		{"an adverb beside the detail", "라피더스 직원 수만 따로 나와 있어?", "직원", "따로"},
		{"an adverb beside a price", "Telum 프로세서 가격만 따로 나와있어?", "가격", "따로"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustAnswer(t, e, tt.q).Missing
			if !slices.Contains(got, tt.want) || slices.Contains(got, tt.not) {
				t.Errorf("%q: missing %q, want %q named and %q not", tt.q, got, tt.want, tt.not)
			}
		})
	}
}
