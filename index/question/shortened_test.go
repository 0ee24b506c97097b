package question

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/tuning"
)

// TestSpellerShortened: the speller reads a stem, split by compoundHead,
// as the one longer word that begins with its head and ends with its last
// syllable (률 read as 율); two such words, or none longer than the stem,
// leave it unread.
func TestSpellerShortened(t *testing.T) {
	tests := []struct {
		name, stem string
		words      []string
		want       string
		wantOK     bool
	}{
		{"one longer word", "자립률", []string{"자립화율", "자율"}, "자립화율", true},
		{"two longer words", "자립률", []string{"자립화율", "자립도율"}, "", false},
		{"only the stem itself", "자립률", []string{"자립률"}, "", false},
		{"another head", "자립률", []string{"자주화율"}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &speller{hangul: spell(tt.words, false)}
			s.ends = endsTable(s.hangul)
			head, _, ok := compoundHead(tt.stem, &tuning.Params{TypoMinSyllables: 3})
			if !ok {
				t.Fatalf("compoundHead(%q) does not split", tt.stem)
			}
			got, ok := s.shortened(tt.stem, head)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("shortened(%q, %q) = %q, %v, want %q, %v", tt.stem, head, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// TestCompoundHead: a stem long enough to be a shortened compound splits
// into the syllables before its last and its last; a shorter one, or one
// under TypoMinSyllables, does not split.
func TestCompoundHead(t *testing.T) {
	tests := []struct {
		name, stem         string
		min                int
		wantHead, wantSufx string
		wantOK             bool
	}{
		{"three syllables", "자립률", 3, "자립", "률", true},
		{"two syllables, no minimum", "자율", 0, "자", "율", true},
		{"under the minimum", "자율", 3, "", "", false},
		{"one syllable, no minimum", "률", 0, "", "", false},
		{"empty", "", 0, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			head, suffix, ok := compoundHead(tt.stem, &tuning.Params{TypoMinSyllables: tt.min})
			if head != tt.wantHead || suffix != tt.wantSufx || ok != tt.wantOK {
				t.Errorf("compoundHead(%q) = %q, %q, %v, want %q, %q, %v", tt.stem, head, suffix, ok, tt.wantHead, tt.wantSufx, tt.wantOK)
			}
		})
	}
}

// TestEndsWith: the sorted ends table finds the words of a first and last
// syllable, in their order, an initial ㄹ of the last read as ㅇ, and none
// for a pair no word has or a word of one syllable.
func TestEndsWith(t *testing.T) {
	words := []string{"률", "자립률", "자립화율", "자율", "지원율", "화율"}
	s := &speller{hangul: spell(words, false)}
	s.ends = endsTable(s.hangul)
	tests := []struct {
		name, stem string
		want       []string
	}{
		{"ㄹ read as ㅇ, in order", "자률", []string{"자립률", "자립화율", "자율"}},
		{"one word", "지율", []string{"지원율"}},
		{"no word", "가율", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range s.endsWith(endsOf(tt.stem)) {
				got = append(got, s.hangul.at(int(e.i)).term)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("endsWith(%q) = %q, want %q", tt.stem, got, tt.want)
			}
		})
	}
}

// TestSpellerTablesSized checks that spell and endsTable allocate their
// arrays once, at their size: a speller keeps them for every report on a
// shelf, and an array left to grow keeps its spare room.
func TestSpellerTablesSized(t *testing.T) {
	sp := []string{"반도체", "공급망", "자립화율", "메모리", "파운드리", "첨단", "소재", "장비", "인력", "수출", "규제", "협력"}
	tests := []struct {
		name string
		run  func()
		want float64
	}{
		{"spell: text, ends, runes, rune ends", func() { spell(sp, true) }, 4},
		{"endsTable: one array", func() { endsTable(spell(sp, true)) }, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := testing.AllocsPerRun(10, tt.run); got != tt.want {
				t.Errorf("%v allocations, want %v", got, tt.want)
			}
		})
	}
}

// TestSpellerLatin: a Latin word is corrected to the report's word within
// one edit, or two from TypoTwoEdits letters, measured on the letters of
// words the speller keeps without runes.
func TestSpellerLatin(t *testing.T) {
	p := &tuning.Params{TypoMinLetters: 5, TypoTwoEdits: 9}
	s := &speller{latin: map[int]spelling{}}
	for _, w := range []string{"foundry", "semiconductor", "memory"} {
		s.latin[len(w)] = spell([]string{w}, false)
	}
	if s.latin[7].runes != nil || s.latin[7].rends != nil {
		t.Fatalf("Latin words keep runes")
	}
	tests := []struct {
		name, word, want string
		wantOK           bool
	}{
		{"one letter off", "foundy", "foundry", true},
		{"capitals", "Memmory", "memory", true},
		{"two letters off, long", "semicondutcor", "semiconductor", true},
		{"two letters off, short", "fuondy", "", false},
		{"too short", "memo", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := s.latinWord(tt.word, p)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("latinWord(%q) = %q, %v, want %q, %v", tt.word, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}
