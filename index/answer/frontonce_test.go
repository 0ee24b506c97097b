package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/search"
)

// TestFrontLinesOnce checks that for an English asker the authors are the
// lines naming them as printed and those naming them romanized; a
// front-matter passage printing both spellings is quoted once, not twice.
// The report is the shipped one with its authors' passage also giving
// their romanized names.
func TestFrontLinesOnce(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := *x.Document()
	printed := New(x).frontLines(askAuthors, analysis.Korean)
	if len(printed) != 1 {
		t.Fatalf("frontLines(authors, ko) = %d passages, want 1", len(printed))
	}
	doc.Passages = slices.Clone(doc.Passages)
	p := &doc.Passages[printed[0].PassageID]
	var added []string
	for _, a := range doc.Meta.Authors {
		if a.Romanized != "" {
			added = append(added, a.Role+": "+a.Romanized)
		}
	}
	if len(added) == 0 {
		t.Skip("the report gives no romanized names")
	}
	p.Text += "\n" + strings.Join(added, "\n")
	both, err := search.New(&doc, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer both.Close()
	got := New(both).frontLines(askAuthors, analysis.English)
	ids := make([]int, len(got))
	for i, r := range got {
		ids[i] = r.PassageID
	}
	slices.Sort(ids)
	if len(slices.Compact(slices.Clone(ids))) != len(got) {
		t.Errorf("frontLines(authors, en) quotes a passage twice: %v", ids)
	}
	if len(got) == 0 {
		t.Error("frontLines(authors, en) = none")
	}
}
