package analysis

import "testing"

// A syllable closed by ㅆ before a word's last is a verb's past tense or
// 있다/없다, whatever the colloquial ending after it.
func TestPastTense(t *testing.T) {
	tests := []struct {
		name string
		w    string
		want bool
	}{
		{"past tense with a plain ending", "나왔어", true},
		{"past tense with a reported-speech ending", "됐대", true},
		{"있다 with a reported-speech ending", "있대", true},
		{"past tense with a nominal ending", "했음", true},
		{"a noun", "반도체", false},
		{"a ㅆ syllable at the end", "했", false},
		{"a ㅆ syllable before a Latin letter", "있a", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pastTense(tt.w); got != tt.want {
				t.Errorf("pastTense(%q) = %v, want %v", tt.w, got, tt.want)
			}
		})
	}
}
