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

// TestCarriedNameTakesNoTypedCount checks that a number a follow-up's
// asker typed before a word of their own counts that word, and is no
// version of a name the rewrite carried beside it, while a number typed
// with the name, or typed last, still makes a version of it.
func TestCarriedNameTakesNoTypedCount(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, typed, rewrite string
		want                 []string // concepts the rewrite must read
	}{
		{"a count of the asker's own words", "그 4 핵심 요소는 뭐야?", "framework 4 핵심 요소", []string{"framework", "4", "핵심", "요소"}},
		{"a version typed with its name", "the same for llama 3, please", "model sizes llama 3", []string{"llama 3"}},
		{"a version typed last", "the same for 3", "model sizes llama 3", []string{"llama 3"}},
		{"a question asked as typed", "", "sizes of the llama 3 models", []string{"llama 3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := question.Plain(tt.rewrite)
			if tt.typed != "" {
				a = question.Plain(tt.typed).Rewrite(tt.rewrite)
			}
			q := x.Analyse(a)
			var got []string
			for _, c := range q.Concepts {
				got = append(got, c.Surface)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Analyse(%q) typed as %q reads %q, want %q among them", tt.rewrite, tt.typed, got, w)
				}
			}
		})
	}
}
