package search

import (
	"slices"
	"testing"
)

func TestTermSet(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, text string
		has, lacks []string
	}{
		{"words of the report", "반도체 예산", []string{"반도체", "예산"}, []string{"국방", ""}},
		{"words the report never uses", "zyxwvut qqqplk 반도체", []string{"zyxwvut", "qqqplk", "반도체"}, []string{"예산"}},
		{"no words", "", nil, []string{"반도체"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, _ := x.termsOf(tt.text)
			slices.Sort(words)
			words = slices.Compact(words)
			set := x.TermSet(tt.text)
			if got := slices.Sorted(set.All()); !slices.Equal(got, words) {
				t.Errorf("TermSet(%q).All() = %q, want %q", tt.text, got, words)
			}
			if got, want := set.Len(), len(words); got != want {
				t.Errorf("Len() = %d, want %d", got, want)
			}
			for _, w := range tt.has {
				if !set.Has(w) {
					t.Errorf("TermSet(%q).Has(%q) = false, want true", tt.text, w)
				}
			}
			for _, w := range tt.lacks {
				if set.Has(w) {
					t.Errorf("TermSet(%q).Has(%q) = true, want false", tt.text, w)
				}
			}
		})
	}
	if _, ok := x.dict.lookup("zyxwvut"); ok {
		t.Errorf("a question-time set numbered %q in the index's dict", "zyxwvut")
	}
}
