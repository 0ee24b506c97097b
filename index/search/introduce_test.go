package search

import (
	"slices"
	"strings"
	"testing"
)

func TestIntroduce(t *testing.T) {
	lines := []string{
		"The plan sets out goals.",
		"It is put in three stages:",
		"Stage one builds fabs.",
		"Stage two trains engineers.",
		"A closing remark.",
	}
	sub := []bool{false, false, true, true, false}
	words := func(w string) func(string) float64 {
		return func(s string) float64 {
			if w != "" && strings.Contains(s, w) {
				return 1
			}
			return 0
		}
	}
	tests := []struct {
		name  string
		ex    string
		sub   []bool
		limit int
		score func(string) float64
		want  string
	}{
		{"ends on an introducing line: its first sub-bullet", lines[0] + "\n" + lines[1], sub, 300, words(""), lines[0] + "\n" + lines[1] + "\n" + lines[2]},
		{"the sub-bullet with the question's words", lines[1], sub, 300, words("engineers"), lines[1] + " … " + lines[3]},
		{"no room under the limit", lines[0] + "\n" + lines[1], sub, 70, words(""), lines[0] + "\n" + lines[1]},
		{"a sub-bullet already shown", lines[1] + "\n" + lines[2], sub, 300, words(""), lines[1] + "\n" + lines[2]},
		{"ends on a line with none under it", lines[4], sub, 300, words(""), lines[4]},
		{"cut short at its end", "It is put…", sub, 300, words(""), "It is put…"},
		{"a passage without sub-bullets", lines[1], nil, 300, words(""), lines[1]},
		{"a sub list longer than the lines heads nothing past them", lines[4], append(slices.Clone(sub), true), 300, words(""), lines[4]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := introduce(lines, tt.sub, tt.ex, tt.limit, tt.score); got != tt.want {
				t.Errorf("introduce(%q) = %q, want %q", tt.ex, got, tt.want)
			}
		})
	}
}
