package dialog

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/answer"
)

// TestExtendSaysNoLineTwice: a quote extended by lines of its passage
// shows each line once, at its place, as long as the longer of two cuts of
// it; a line it shows already is not added again.
func TestExtendSaysNoLineTwice(t *testing.T) {
	e, _ := newEngine(t)
	// a passage of three lines or more whose first is long enough to cut twice
	id, lines := -1, []string(nil)
	for i := range e.x.Document().Passages {
		ls := e.lineTexts(i)
		if len(ls) >= 3 && utf8.RuneCountInString(ls[0]) > 60 && !slices.Contains(ls[:3], "") {
			id, lines = i, ls
			break
		}
	}
	if id < 0 {
		t.Fatal("no passage of three lines with a long first line")
	}
	cut := func(s string, n int) string { return strings.TrimSpace(string([]rune(s)[:n])) + "…" }
	l0, l1, l2 := lines[0], lines[1], lines[2]
	tests := []struct {
		name       string
		quote, add string
		want       string
	}{
		{"a longer cut of the line the quote cut takes its place", cut(l0, 20), cut(l0, 40), cut(l0, 40)},
		{"in its place, before the lines after it", cut(l0, 20) + "\n" + l1, cut(l0, 40), cut(l0, 40) + "\n" + l1},
		{"a line the quote shows is not added again", l0 + "\n" + l1, l0 + " … " + l2, l0 + "\n" + l1 + "\n" + l2},
		{"a shorter cut of a line shown adds nothing", l0 + "\n" + l1, cut(l0, 20), l0 + "\n" + l1},
		{"a new line is added", l0, l1, l0 + "\n" + l1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.extend(answer.Result{PassageID: id, Excerpt: tt.quote}, tt.add)
			if got.Excerpt != tt.want {
				t.Errorf("extend(%q, %q) = %q, want %q", tt.quote, tt.add, got.Excerpt, tt.want)
			}
			if line, ok := repeatedLine([]answer.Result{got}); ok {
				t.Errorf("extend(%q, %q) says %q twice", tt.quote, tt.add, line)
			}
		})
	}
}
