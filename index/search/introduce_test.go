package search

import (
	"slices"
	"strings"
	"testing"
)

func TestIntroduce(t *testing.T) {
	texts := []string{
		"The plan sets out goals.",
		"It is put in three stages:",
		"Stage one builds fabs.",
		"Stage two trains engineers.",
		"A closing remark.",
	}
	lines := make([]Line, len(texts))
	for i, s := range texts {
		lines[i].Text = s
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
		n     int
		limit int
		score func(string) float64
		want  string
	}{
		{"ends on an introducing line: its first sub-bullet", texts[0] + "\n" + texts[1], sub, 1, 300, words(""), texts[0] + "\n" + texts[1] + "\n" + texts[2]},
		{"the sub-bullet with the question's words", texts[1], sub, 1, 300, words("engineers"), texts[1] + " … " + texts[3]},
		{"no room under the limit", texts[0] + "\n" + texts[1], sub, 1, 70, words(""), texts[0] + "\n" + texts[1]},
		{"a sub-bullet already shown", texts[1] + "\n" + texts[2], sub, 1, 300, words(""), texts[1] + "\n" + texts[2]},
		{"ends on a line with none under it", texts[4], sub, 1, 300, words(""), texts[4]},
		{"cut short at its end", "It is put…", sub, 1, 300, words(""), "It is put…"},
		{"a passage without sub-bullets", texts[1], nil, 1, 300, words(""), texts[1]},
		{"a sub list longer than the lines heads nothing past them", texts[4], append(slices.Clone(sub), true), 1, 300, words(""), texts[4]},
		{"none asked", texts[1], sub, 0, 300, words(""), texts[1]},
		{"two asked: both, in order", texts[1], sub, 2, 300, words("engineers"), texts[1] + "\n" + texts[2] + "\n" + texts[3]},
		{"two asked, room for one", texts[1], sub, 2, 70, words(""), texts[1] + "\n" + texts[2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.ex
			if run, ok := endsOnHead(lines, tt.sub, tt.ex); ok {
				got = introduce(lines, run, tt.ex, tt.n, tt.limit, tt.score)
			}
			if got != tt.want {
				t.Errorf("introduce(%q, %d) = %q, want %q", tt.ex, tt.n, got, tt.want)
			}
		})
	}
}
