package question

import "testing"

// TestKoreanQuestionWord: a Korean question word opens the word whatever
// is typed on it; the indefinite 누군가 ("someone") asks nothing.
func TestKoreanQuestionWord(t *testing.T) {
	tests := []struct {
		name, w string
		want    bool
	}{
		{"who with the copula's ending", "누군지", true},
		{"who with a question ending", "누군가요", true},
		{"who as the subject", "누가", true},
		{"how much with an ending", "얼마임", true},
		{"the indefinite someone", "누군가", false},
		{"the indefinite someone with a particle", "누군가가", false},
		{"a noun", "위원장", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := koreanQuestionWord(tt.w); got != tt.want {
				t.Errorf("koreanQuestionWord(%q) = %v, want %v", tt.w, got, tt.want)
			}
		})
	}
}
