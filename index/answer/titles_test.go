package answer

import (
	"slices"
	"testing"
)

// TestTitles checks which stretches of a line read as titles: those inside
// title brackets or quotes, each opener closed by its own closer.
func TestTitles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"corner brackets", "('24년) 「AI-반도체 이니셔티브」를 통해", []string{"AI-반도체 이니셔티브"}},
		{"single quotes", "2017년 발표된 ‘차세대 AI 발전규획’ 이후", []string{"차세대 AI 발전규획"}},
		{"two titles on a line", "「갑 법」과 ‘을 계획’", []string{"갑 법", "을 계획"}},
		{"an unclosed bracket", "「열린 채로", nil},
		{"no title", "9대 기술혁신 과제를 제시", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := titles(tt.text)
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("titles(%q) = %q, want %q", tt.text, got, want)
			}
		})
	}
}
