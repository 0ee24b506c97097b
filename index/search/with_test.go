package search

import (
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/excerpt"
)

// TestWithAddsTheLine checks that a quote given one more line of its
// passage keeps what it showed, whole and in the passage's order, marks a
// gap between lines apart, and is left as it is for a line of no passage
// or a quote that shows none of the passage's lines.
func TestWithAddsTheLine(t *testing.T) {
	x := mustIndex(t)
	id := passageWith(t, x, "‘대만형 CHIPS’법으로", "세액을 공제")
	lines := x.Passages().Lines(id)
	if len(lines) < 4 {
		t.Fatalf("passage %d has %d lines, want 4 or more", id, len(lines))
	}
	first, second, third, fourth := lines[0].Text, lines[1].Text, lines[2].Text, lines[3].Text
	// a piece of the first line, as a quote cut short shows it
	cut := string([]rune(first)[:20]) + excerpt.Ellipsis
	tests := []struct {
		name, ex, line, want string
	}{
		{"the next line goes after the quote", first, second, first + "\n" + second},
		{"a line before the quote goes before it", third, second, second + "\n" + third},
		{"a line apart is marked by a gap", first, third, first + excerpt.Gap + third},
		{"a quote of two lines keeps both", first + "\n" + second, fourth, first + "\n" + second + excerpt.Gap + fourth},
		{"a line cut short is shown whole", cut, second, first + "\n" + second},
		{"a line of no passage leaves the quote", first, "no such line", first},
		{"a quote of none of the lines is left", "another passage's words", second, "another passage's words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.Excerpts().With(id, tt.ex, tt.line); got != tt.want {
				t.Errorf("With(%q, %q) = %q, want %q", short(tt.ex), short(tt.line), short(got), short(tt.want))
			}
		})
	}
}

// short is s cut to forty runes, for a failure's message.
func short(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return strings.TrimSpace(s)
}
