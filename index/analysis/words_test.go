package analysis

import (
	"slices"
	"strings"
	"testing"
)

// TestWordsOneCopyAWord checks that splitting a text into words copies each
// word out once, from one buffer, whatever its length: a question's words
// are split on every reply, and a builder made again for each word grew an
// array of its own word after word. The words are the ones typed, with a
// thousands separator dropped and a contraction's ending kept on its word.
func TestWordsOneCopyAWord(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"long Korean words", strings.Repeat("반도체공정 인공지능반도체 ", 8), slices.Repeat([]string{"반도체공정", "인공지능반도체"}, 8)},
		{"figures and names", "HBM3E 5,400억 GPT-4 R&D", []string{"HBM3E", "5400억", "GPT-4", "R&D"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := words(tt.text, nil); !slices.Equal(got, tt.want) {
				t.Fatalf("words(%q) = %q, want %q", tt.text, got, tt.want)
			}
			// a copy a word, and a few more for the runes and the growing
			// buffer and list (the builder made again took twice as many)
			limit := float64(len(tt.want) + 10)
			if got := testing.AllocsPerRun(20, func() { words(tt.text, nil) }); got > limit {
				t.Errorf("words(%q): %v allocations, want at most %v", tt.text, got, limit)
			}
		})
	}
}
