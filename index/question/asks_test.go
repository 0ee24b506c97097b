package question

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/analysis"
)

// TestAsksWordBefore: a Korean question word that stands in a noun's or
// the predicate's place asks about the word before it, whatever is typed
// on it; a determiner asks about the noun after it, why about the whole
// clause, and the indefinite 누군가 ("someone") asks nothing.
func TestAsksWordBefore(t *testing.T) {
	e := newExpectation(analysis.NewTables().QuestionWords())
	tests := []struct {
		name, w string
		want    bool
	}{
		{"who with the copula's ending", "누군지", true},
		{"who with a question ending", "누군가요", true},
		{"who as the subject", "누가", true},
		{"how much with an ending", "얼마임", true},
		{"what with the object's particle asks the verb after it", "뭘까", false},
		{"how as the predicate", "어때요", true},
		{"how with the adverb's ending", "어떻게", true},
		{"which, as in a question phrase with a frame noun", "어느", true},
		{"a determiner of kind", "무슨", false},
		{"why", "왜", false},
		{"the indefinite someone", "누군가", false},
		{"the indefinite someone with a particle", "누군가가", false},
		{"a noun", "위원장", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.asksWordBefore(tt.w); got != tt.want {
				t.Errorf("asksWordBefore(%q) = %v, want %v", tt.w, got, tt.want)
			}
		})
	}
}
