package search

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestFigureLine checks that the lines the index blanks once are what the
// reader's pattern of what is no figure leaves of each line read anew: the
// answer reads a bare figure's lines from the index, not by the pattern,
// and must read them alike.
func TestFigureLine(t *testing.T) {
	x := mustIndex(t)
	notFigure := question.NewPatterns().Evidence().NotFigure
	ps := x.Passages()
	blanked := 0
	for id := range x.doc.Passages {
		for i, ln := range ps.Lines(id) {
			want := notFigure.ReplaceAllString(ln.Text, " ")
			if got := ps.FigureLine(id, i); got != want {
				t.Fatalf("FigureLine(%d, %d) = %q, want %q", id, i, got, want)
			}
			if want != ln.Text {
				blanked++
			}
		}
	}
	if blanked == 0 {
		t.Errorf("no line of the report had a year or version blanked; want some")
	}
}
