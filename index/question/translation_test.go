package question_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/question"
)

// TestTranslationsReadOnceReadAlike reads English questions whose words the
// glossary translates twice with one reader, scribbling over what the first
// reading returned in between: the second reading, which takes the
// translations the reader kept, must equal a fresh reader's, so that what
// is kept is never handed out to be changed.
func TestTranslationsReadOnceReadAlike(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name string
		q    string
	}{
		{"a word the glossary translates", "How large are the semiconductor subsidies?"},
		{"a phrase of several words", "What does the report say about advanced packaging and memory chips?"},
		{"a name printed in Latin letters", "What is Samsung doing about foundry capacity?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := x.Unread()
			first := r.Analyse(question.Plain(tt.q))
			if !slices.ContainsFunc(first.Concepts, func(c question.Concept) bool {
				return slices.ContainsFunc(c.Terms, analysis.HasHangul)
			}) {
				t.Fatalf("Analyse(%q) translates no word; the case tests nothing", tt.q)
			}
			for _, c := range first.Concepts {
				for _, s := range [][]string{c.Terms, c.Parts, c.Grams} {
					for i := range s {
						s[i] = "scribbled"
					}
				}
			}
			got := r.Analyse(question.Plain(tt.q))
			want := x.Unread().Analyse(question.Plain(tt.q))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Analyse(%q) read again = %+v, want %+v", tt.q, got.Concepts, want.Concepts)
			}
		})
	}
}
