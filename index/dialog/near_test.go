package dialog

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

func TestInShownSection(t *testing.T) {
	shown := Turn{Answered: true, Evidence: []Evidence{{PassageID: 1, Section: "3.1"}, {PassageID: 2, Section: "2.2.1.가"}}}
	res := func(secs ...string) []answer.Result {
		var out []answer.Result
		for i, s := range secs {
			out = append(out, answer.Result{PassageID: 10 + i, Section: s})
		}
		return out
	}
	tests := []struct {
		name string
		res  []answer.Result
		want bool
	}{
		{"first result in a shown section", res("3.1", "4.2"), true},
		{"third result in a shown section", res("1.1", "4.2", "2.2.1.가"), true},
		{"only past the shown results", res("1.1", "4.2", "4.3", "3.1"), false},
		{"no shown section", res("1.1", "4.2"), false},
		{"a section's parent is not the section", res("2.2.1"), false},
		{"no results", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inShownSection(tt.res, shown); got != tt.want {
				t.Errorf("inShownSection = %v, want %v", got, tt.want)
			}
		})
	}
}
