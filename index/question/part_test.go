package question_test

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestPartNamedSpaced checks that the report's name for one of its parts,
// typed with a space inside ("영문 요약"), is read as that name, a part of
// the report, and that its first word alone, which also means "English"
// (an English name, an English spelling), is not. The questions are made up
// for the test.
func TestPartNamedSpaced(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q string
		want    bool // a part concept whose term is 영문요약
	}{
		{"typed apart, with a particle", "영문 요약에서 반도체 제언은?", true},
		{"typed closed up", "영문요약에서 반도체 제언은?", true},
		{"English alone, before another word", "연구책임자 영문 이름은?", false},
		{"English alone, at the end", "이 정책 명칭 영문으로?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			got := slices.ContainsFunc(q.Concepts, func(c question.Concept) bool {
				return c.Part && slices.Contains(c.Terms, "영문요약")
			})
			if got != tt.want {
				t.Errorf("Analyse(%q) names the English summary: %v, want %v (%+v)", tt.q, got, tt.want, q.Concepts)
			}
		})
	}
}

// TestTypedPhraseIsNotCarried checks that a glossary phrase of several
// words the asker typed in a follow-up ("English summary") is the asker's
// own, not carried from the last question, as a one-word term is: its
// term is its words joined, which no typed token is.
func TestTypedPhraseIsNotCarried(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, typed, rewrite, surface string
		carried                       bool
	}{
		{"the phrase typed", "and in the English summary?", "memory chips English summary", "English summary", false},
		{"the phrase carried", "and non-memory chips?", "English summary memory non-memory", "English summary", true},
		{"a one-word term carried", "and in the English summary?", "memory chips English summary", "memory", true},
		{"a part's name typed apart", "그럼 영문 요약에서는?", "메모리 반도체 영문 요약", "영문 요약", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.typed).Rewrite(tt.rewrite))
			i := slices.IndexFunc(q.Concepts, func(c question.Concept) bool { return c.Surface == tt.surface })
			if i < 0 {
				t.Fatalf("Analyse(%q) has no concept %q: %+v", tt.rewrite, tt.surface, q.Concepts)
			}
			if got := q.Concepts[i].Carried; got != tt.carried {
				t.Errorf("%q in %q typed as %q: Carried = %v, want %v", tt.surface, tt.rewrite, tt.typed, got, tt.carried)
			}
		})
	}
}
