package question

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/tuning"
)

// TestShortenedShortStem: a stem of fewer than two syllables shortens no
// word (a shortening keeps a word's first and last), whatever
// TypoMinSyllables says, and an empty one does not index past its runes.
func TestShortenedShortStem(t *testing.T) {
	s := &speller{ends: map[endsKey][]int32{}}
	tests := []struct {
		name, stem string
		min        int
	}{
		{"empty, no minimum", "", 0},
		{"one syllable, no minimum", "률", 0},
		{"one syllable, minimum one", "률", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, ok := s.shortened(tt.stem, &tuning.Params{TypoMinSyllables: tt.min}); ok {
				t.Errorf("shortened(%q) = %q, want none", tt.stem, got)
			}
		})
	}
}
