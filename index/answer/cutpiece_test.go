package answer

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// TestCutPiece checks which words read as a piece the analyser cut from
// the report's inflected words: a Korean word no dictionary lists that
// the report prints inside longer words more often than as a word, which
// binds no figure; not a name the report prints as itself, a listed word,
// a constraint, an English code or a word the report never uses.
func TestCutPiece(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	e := New(x)
	word := func(s string, df int) question.Concept {
		return question.Concept{Surface: s, Terms: []string{s}, DF: df, Spec: 1, Weight: 3}
	}
	listed := word("있으", 1)
	listed.Listed = true
	must := word("있으", 1)
	must.Must = true
	tests := []struct {
		name string
		c    question.Concept
		want bool
	}{
		{"a stem the report prints inside its verbs", word("있으", 1), true},
		{"a name the report prints as itself", word("뉴로모픽", 6), false},
		{"a word the dictionary lists", listed, false},
		{"a constraint", must, false},
		{"an English code", word("GAA", 1), false},
		{"a word the report never uses", word("있으", 0), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.cutPiece(tt.c); got != tt.want {
				t.Errorf("cutPiece(%q, df %d) = %v, want %v", tt.c.Surface, tt.c.DF, got, tt.want)
			}
		})
	}
	// A figure asked of a market binds the year, not the piece of the
	// asker's "있으면" beside it.
	year := question.Concept{Surface: "2024년", Terms: []string{"2024"}, DF: 42, Spec: 1, Weight: 2, Must: true, Number: true}
	q := question.Query{Text: "2024년 시장 규모 얼마 있으면", Expect: regexp.MustCompile(`\d`), Concepts: []question.Concept{year, word("있으", 1)}}
	var got []string
	for _, c := range e.binding(q) {
		got = append(got, c.Surface)
	}
	if want := []string{"2024년"}; !slices.Equal(got, want) {
		t.Errorf("binding = %v, want %v", got, want)
	}
}

// TestPrintedIn: the count of passages printing a word, read on first
// need and kept, is the count a scan of the report gives, each time.
func TestPrintedIn(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	e := New(x)
	for _, w := range []string{"있으", "반도체", "초격차", "없는말없는말"} {
		want := 0
		for _, p := range e.x.Document().Passages {
			if strings.Contains(p.Text, w) {
				want++
			}
		}
		for range 2 {
			if got := e.printedIn(w); got != want {
				t.Errorf("printedIn(%q) = %d, want %d", w, got, want)
			}
		}
	}
}
