package shelf

import (
	"slices"
	"testing"
)

// TestWordsOf splits text as naming and the reports' word lists do.
func TestWordsOf(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"정책연구 2031-03에서", []string{"정책연구", "2031-03", "에서"}},
		{"the AI super-gap report's", []string{"the", "ai", "super-gap", "report", "s"}},
		{"6,000억 루피, 1.2GWh", []string{"6000", "억", "루피", "1.2gwh"}},
		{"AI반도체(Chips)", []string{"ai", "반도체", "chips"}},
		{"- (미국) 끝.", []string{"미국", "끝"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, w := range wordsOf(tt.text) {
				got = append(got, w.key)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("wordsOf(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestWordList(t *testing.T) {
	words := []string{"", "ai", "반도체", "반도체법", "배터리"}
	l := newWordList(words)
	if got := l.len(); got != len(words) {
		t.Fatalf("len() = %d, want %d", got, len(words))
	}
	for i, w := range words {
		if got := l.at(i); got != w {
			t.Errorf("at(%d) = %q, want %q", i, got, w)
		}
	}
	tests := []struct {
		term string
		want int
	}{{"", 0}, {"a", 1}, {"ai", 1}, {"b", 2}, {"반도체", 2}, {"반도체법", 3}, {"반도체x", 3}, {"힣", 5}}
	for _, tt := range tests {
		if got, want := l.search(tt.term), tt.want; got != want {
			t.Errorf("search(%q) = %d, want %d", tt.term, got, want)
		}
		if want, _ := slices.BinarySearch(words, tt.term); want != tt.want {
			t.Errorf("test of %q: want %d, slices.BinarySearch says %d", tt.term, tt.want, want)
		}
	}
}
