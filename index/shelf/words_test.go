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
