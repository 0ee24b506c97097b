package search

import (
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
)

// TestLabelled checks that labelled, which reads the labels made once for
// the index, tells of every line of the embedded report what
// corpus.ItemLabel tells of its text, and that the report has lines of
// both kinds (a table that marked every line, or none, would fail).
func TestLabelled(t *testing.T) {
	x := mustIndex(t)
	var with, without int
	for id, info := range x.info {
		for i, ln := range info.lines {
			want := corpus.ItemLabel(ln.Text) != ""
			if got := x.labelled(id, i); got != want {
				t.Errorf("labelled(%d, %d) = %v, want %v (%q)", id, i, got, want, ln.Text)
			}
			if want {
				with++
			} else {
				without++
			}
		}
	}
	if with == 0 || without == 0 {
		t.Errorf("lines labelled %d, unlabelled %d: want some of each", with, without)
	}
}
