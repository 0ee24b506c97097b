package dialog

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestPointsBackGlued: a one-syllable demonstrative typed together with
// the noun it takes points back at the thread's topic, as typed apart;
// a word that only opens with the demonstrative's syllable does not.
func TestPointsBackGlued(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name, w string
		want    bool
	}{
		{"demonstrative and a bound noun the report uses", "그중", true},
		{"demonstrative and a noun the report uses", "그다음", true},
		{"demonstrative and a function word", "그것", true},
		{"demonstrative and a time noun", "그때", true},
		{"a loanword opening with the syllable", "그래픽", false},
		{"another demonstrative's syllable opening a loanword", "이메일", false},
		{"the demonstrative alone", "그", false},
		{"a Sino-Korean word opening with 이", "이자", false},
		{"a Sino-Korean word opening with 이, its rest the report's", "이사회", false},
		{"another opening with 이", "이민", false},
		{"a word opening with 저", "저자", false},
		{"a word whose rest the report never uses", "그룹", false},
		{"an English word", "that", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.pointsBackGlued(question.Plain(tt.w), tt.w); got != tt.want {
				t.Errorf("pointsBackGlued(%q) = %v, want %v", tt.w, got, tt.want)
			}
		})
	}
}
