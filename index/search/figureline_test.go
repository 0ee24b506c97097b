package search

import (
	"testing"
	"unsafe"

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

// TestFigureLinesKeepUnblankedText checks that a line the pattern finds
// nothing in is kept as the line's own text, not a copy of it (a report's
// lines are kept once more for nothing otherwise), and that a line it
// finds something in is blanked. The lines are made up for the test.
func TestFigureLinesKeepUnblankedText(t *testing.T) {
	notFigure := question.NewPatterns().Evidence().NotFigure
	tests := []struct {
		name, line, want string
		shared           bool
	}{
		{"no year", "보조금 약 4조엔 편성", "보조금 약 4조엔 편성", true},
		{"a year", "2023년 보조금 약 4조엔 편성", notFigure.ReplaceAllString("2023년 보조금 약 4조엔 편성", " "), false},
	}
	info := make([]passageInfo, len(tests))
	for id, tt := range tests {
		// each line from a buffer of its own, as a report's text is
		info[id].lines = []Line{{Text: string([]byte(tt.line))}}
	}
	got := figureLines(info, notFigure)
	for id, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := info[id].lines[0].Text
			if got[id][0] != tt.want {
				t.Fatalf("figureLines of %q = %q, want %q", text, got[id][0], tt.want)
			}
			if shared := unsafe.StringData(got[id][0]) == unsafe.StringData(text); shared != tt.shared {
				t.Errorf("figureLines of %q shares the line's text: %v, want %v", text, shared, tt.shared)
			}
		})
	}
}
