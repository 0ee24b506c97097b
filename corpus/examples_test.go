package corpus_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
)

// TestExamplesComeFromTheReport checks that the help's examples are read
// from the report they are shown for: a section title of its last chapter,
// two countries it covers, lines of its body; none of them another report's.
func TestExamplesComeFromTheReport(t *testing.T) {
	fictional, err := corpus.Load(filepath.Join("testdata", "reports", "good.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		doc  *corpus.Document
	}{
		{"the embedded report", mustDoc(t)},
		{"a fictional report in the house style", fictional},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := tt.doc.Examples()
			if len(ex.AskKo) == 0 || len(ex.AskEn) == 0 {
				t.Fatalf("Examples() = %+v, want questions in both languages", ex)
			}
			chapters := tt.doc.Chapters()
			last := chapters[len(chapters)-1].ID
			found := false
			for _, s := range tt.doc.Sections {
				if s.Parent == last && strings.HasPrefix(ex.AskKo[0], s.Title) {
					found = true
				}
			}
			if !found {
				t.Errorf("AskKo[0] = %q, want a section title of chapter %s", ex.AskKo[0], last)
			}
			for _, c := range ex.Claims {
				if !strings.Contains(strings.Join(passageTexts(tt.doc), "\n"), c) {
					t.Errorf("claim %q is no line of the report", c)
				}
			}
		})
	}
	if a, b := mustDoc(t).Examples(), fictional.Examples(); a.AskKo[0] == b.AskKo[0] {
		t.Errorf("two reports give the same example %q", a.AskKo[0])
	}
}

func passageTexts(d *corpus.Document) []string {
	var out []string
	for _, p := range d.Passages {
		out = append(out, p.Text)
	}
	return out
}
