package analysis

import (
	"testing"
	"unicode/utf8"
)

func TestSyllableParts(t *testing.T) {
	tests := []struct {
		name                  string
		syllable              rune
		initial, vowel, final rune
	}{
		{"first syllable, open", '가', 'ㄱ', 'ㅏ', 0},
		{"last syllable", '힣', 'ㅎ', 'ㅣ', 'ㅎ'},
		{"closed by ㄴ", '는', 'ㄴ', 'ㅡ', 'ㄴ'},
		{"double final", '값', 'ㄱ', 'ㅏ', 'ㅄ'},
		{"double initial, compound vowel", '뙈', 'ㄸ', 'ㅙ', 0},
		{"last initial, last final index", '핳', 'ㅎ', 'ㅏ', 'ㅎ'},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := initial(tt.syllable); got != tt.initial {
				t.Errorf("initial(%q) = %q, want %q", tt.syllable, got, tt.initial)
			}
			if got := vowel(tt.syllable); got != tt.vowel {
				t.Errorf("vowel(%q) = %q, want %q", tt.syllable, got, tt.vowel)
			}
			if got := Final(tt.syllable); got != tt.final {
				t.Errorf("Final(%q) = %q, want %q", tt.syllable, got, tt.final)
			}
		})
	}
}

// TestJamoTables checks that every table entry is one rune of jamoBytes, so
// that jamoAt picks by index, and that the tables are as long as Unicode's
// arithmetic needs.
func TestJamoTables(t *testing.T) {
	tables := []struct {
		name  string
		table string
		want  int
	}{
		{"initial", initialJamo, (syllableLast-syllableBase)/(syllableVowels*syllableFinals) + 1},
		{"vowel", vowelJamo, syllableVowels},
		{"final", finalJamo, syllableFinals - 1},
	}
	for _, tt := range tables {
		t.Run(tt.name, func(t *testing.T) {
			if got := utf8.RuneCountInString(tt.table); got != tt.want {
				t.Errorf("%s table has %d jamo, want %d", tt.name, got, tt.want)
			}
			for i, r := range []rune(tt.table) {
				if got := jamoAt(tt.table, rune(i)); got != r {
					t.Errorf("jamoAt(%s, %d) = %q, want %q", tt.name, i, got, r)
				}
			}
		})
	}
}

func TestHeadOf(t *testing.T) {
	heads := map[string]bool{"짜리": true, "년": true, "개국": true}
	is := func(head string, whole bool) bool { return heads[head] && !(whole && head == "개국") }
	tests := []struct {
		name     string
		w        string
		wantN    int
		wantRest string
	}{
		{"two syllables before one", "짜리야", 2, "야"},
		{"one syllable", "년부터", 1, "부터"},
		{"one syllable, the whole word", "년", 1, ""},
		{"no head", "반도체", 0, "반도체"},
		{"whole word passed to the test", "개국", 0, "개국"},
		{"head before more", "개국은", 2, "은"},
		{"empty", "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, rest := headOf(tt.w, is)
			if n != tt.wantN || rest != tt.wantRest {
				t.Errorf("headOf(%q) = %d, %q, want %d, %q", tt.w, n, rest, tt.wantN, tt.wantRest)
			}
		})
	}
}
