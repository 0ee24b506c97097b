package answer

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

func TestOnePassageName(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    question.Concept
		want bool
	}{
		{"a name one passage holds", question.Concept{DF: 1, Name: true, Listed: true}, true},
		{"a constraint one passage holds", question.Concept{DF: 1, Must: true, Listed: true}, true},
		{"a word no general list holds", question.Concept{DF: 1}, true},
		{"a listed word", question.Concept{DF: 1, Listed: true}, false},
		{"a name two passages hold", question.Concept{DF: 2, Name: true}, false},
		{"a name the report never uses", question.Concept{DF: 0, Name: true}, false},
		{"a verb", question.Concept{DF: 1, Verbal: true}, false},
		{"a number", question.Concept{DF: 1, Number: true, Must: true}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := onePassageName(tc.c); got != tc.want {
				t.Errorf("onePassageName(%+v) = %v, want %v", tc.c, got, tc.want)
			}
		})
	}
}
