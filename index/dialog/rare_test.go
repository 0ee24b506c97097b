package dialog

import (
	"slices"
	"testing"
)

// TestRareWordUnheldHedges checks that a follow-up's own noun that the
// report uses in one passage alone, where no result of the reply holds it,
// is named as what the report does not say of the thread's topic, and that
// one the results hold is not. The sentences are made up for the test.
func TestRareWordUnheldHedges(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name  string
		msgs  []string
		word  string
		named bool
	}{
		{"a rare noun no result holds", []string{"일본 반도체 보조금 규모 알려줘", "그 보조금 벌금도 있어?"}, "벌금", true},
		{"another rare noun no result holds", []string{"일본 반도체 보조금 규모 알려줘", "일본 보조금 농업 쪽은?"}, "농업", true},
		{"a rare noun a result holds", []string{"SK하이닉스 HBM3 언제 개발했어?", "거기 적층 몇 단이야?"}, "적층", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.msgs...)
			got := rs[len(rs)-1].Answer
			if !got.Answered {
				t.Fatalf("%q: declined, want an answer", tt.msgs[len(tt.msgs)-1])
			}
			if named := slices.Contains(got.Missing, tt.word); named != tt.named {
				t.Errorf("%q: missing %q; names %q = %v, want %v", tt.msgs[len(tt.msgs)-1], got.Missing, tt.word, named, tt.named)
			}
		})
	}
}

// TestTypedAsNoun checks which typed forms of a word count as the noun
// itself: alone or with a particle, not a stem with an ending, not a
// single syllable.
func TestTypedAsNoun(t *testing.T) {
	tests := []struct {
		name  string
		typed []string
		w     string
		want  bool
	}{
		{"typed alone", []string{"영국", "벌금", "수준"}, "벌금", true},
		{"with a particle and a question mark", []string{"벌금은?"}, "벌금", true},
		{"a stem with a longer ending", []string{"구체적으로", "뭐야"}, "구체", false},
		{"not opening a word", []string{"과징벌금"}, "벌금", false},
		{"a single syllable", []string{"위반", "시"}, "시", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := typedAsNoun(tt.typed, tt.w); got != tt.want {
				t.Errorf("typedAsNoun(%q, %q) = %v, want %v", tt.typed, tt.w, got, tt.want)
			}
		})
	}
}
