package question_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
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

// TestAbbreviationsReadAsTheWord: the abbreviation Korean writing uses for
// software or hardware finds the word the report prints whole, as the
// English word does.
func TestAbbreviationsReadAsTheWord(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		q, word, want string // want: a term of the concept word must hold
	}{
		{"SW 기업 지원은?", "SW", "소프트웨어"},
		{"sw쪽 정책은?", "sw", "소프트웨어"},
		{"HW 투자 규모는?", "HW", "하드웨어"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			conceptHolding(t, x, tt.q, tt.word, tt.want)
		})
	}
}

// TestClippedWordReadAsTheWord: "tech", as chat clips technology, finds
// the word the report prints for it, as the whole English word does; the
// report prints no "tech" of its own, and a capitalised one inside a
// sentence is no name. The questions are made up for the test.
func TestClippedWordReadAsTheWord(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, word, want string // want: a term of the concept word must hold
	}{
		{"lower case", "which tech areas get the most support?", "tech", "기술"},
		{"capitalised inside a sentence", "Who drafted the Tech roadmap for chips?", "Tech", "기술"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conceptHolding(t, x, tt.q, tt.word, tt.want)
			if c.Name {
				t.Errorf("Analyse(%q) concept %q read as a name", tt.q, tt.word)
			}
		})
	}
}

// conceptHolding is the concept of question q typed as word, which must
// be there and whose terms must hold want.
func conceptHolding(t *testing.T, x *search.Index, q, word, want string) question.Concept {
	t.Helper()
	a := x.Unread().Analyse(question.Plain(q))
	i := slices.IndexFunc(a.Concepts, func(c question.Concept) bool { return c.Surface == word })
	if i < 0 {
		t.Fatalf("Analyse(%q) has no concept %q: %+v", q, word, a.Concepts)
	}
	if got := a.Concepts[i].Terms; !slices.Contains(got, want) {
		t.Errorf("Analyse(%q) concept %q terms = %q, want them to hold %q", q, word, got, want)
	}
	return a.Concepts[i]
}
