package analysis

import (
	"slices"
	"testing"
)

// TestCuts checks that cuts and cutsBack yield every place between two
// runes, with the runes before it, where slicing the text gives what
// slicing its runes does.
func TestCuts(t *testing.T) {
	tests := []struct {
		name string
		w    string
		want [][2]int // runes before, byte offset; first to last
	}{
		{"empty", "", nil},
		{"one syllable", "칩", nil},
		{"syllables", "반도체는", [][2]int{{1, 3}, {2, 6}, {3, 9}}},
		{"scripts mixed", "a칩b", [][2]int{{1, 1}, {2, 4}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got, back [][2]int
			for i, at := range cuts(tt.w) {
				got = append(got, [2]int{i, at})
				if rs := []rune(tt.w); tt.w[:at] != string(rs[:i]) || tt.w[at:] != string(rs[i:]) {
					t.Errorf("cut %d at byte %d parts %q as %q + %q", i, at, tt.w, tt.w[:at], tt.w[at:])
				}
			}
			for i, at := range cutsBack(tt.w) {
				back = append(back, [2]int{i, at})
			}
			slices.Reverse(back)
			if !slices.Equal(got, tt.want) {
				t.Errorf("cuts(%q) = %v, want %v", tt.w, got, tt.want)
			}
			if !slices.Equal(back, tt.want) {
				t.Errorf("cutsBack(%q), reversed, = %v, want %v", tt.w, back, tt.want)
			}
		})
	}
}

// TestOpensWord checks the fronts opensWord reads: of more than k runes,
// up to the longest word a cut places, the whole word among them.
func TestOpensWord(t *testing.T) {
	a := NewAnalyzerWith(nil, NewTables())
	a.Learn("개정 반도체 가나다라마바사아자차")
	a.Freeze()
	tests := []struct {
		name string
		w    string
		k    int
		want bool
	}{
		{"a word opens it", "개정안", 1, true},
		{"the word no longer than k", "개정안", 2, false},
		{"the whole run", "반도체", 1, true},
		{"a word of the longest length", "가나다라마바사아자차카", 1, true},
		{"no word", "나노공정", 1, false},
		{"empty", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := a.opensWord(tt.w, tt.k); got != tt.want {
				t.Errorf("opensWord(%q, %d) = %v, want %v", tt.w, tt.k, got, tt.want)
			}
		})
	}
}
