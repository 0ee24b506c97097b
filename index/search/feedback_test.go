package search

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

func TestFeedbackOverlap(t *testing.T) {
	x := mustIndex(t)
	shown := passageWith(t, x, "신규 생산시설 11곳 중 9곳")
	sameTopic := passageWith(t, x, "국가반도체기술센터")
	elsewhere := passageWith(t, x, "Telum 프로세서를 발표")
	st := ranking{x}.feedback([]int{shown})
	overlap := st.overlap
	tests := []struct {
		name       string
		more, less int
	}{
		{"the shown passage over one of its topic", shown, sameTopic},
		{"a passage of the shown topic over one of another", sameTopic, elsewhere},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, other := overlap(tt.more), overlap(tt.less); got <= other {
				t.Errorf("overlap %d = %.3f, not above %d's %.3f", tt.more, got, tt.less, other)
			}
		})
	}
	if got := overlap(shown); got < 0.49 || got > 0.51 {
		t.Errorf("a shown passage's overlap with itself = %.3f, want 1/2", got)
	}
	if got := (ranking{x}).feedback(nil).overlap(shown); got != 0 {
		t.Errorf("with nothing shown, overlap = %.3f, want 0", got)
	}
}

func TestNearIsReadOnlyBeside(t *testing.T) {
	x := mustIndex(t)
	q := question.Plain("그 회사는 언제 설립됐어?")
	tests := []struct {
		name  string
		asked question.Asked
		want  []int
	}{
		{"a question of its own", q, nil},
		{"a follow-up beside the shown passages", q.Beside([]int{3, 5}), []int{3, 5}},
		{"a rewrite starts afresh", q.Beside([]int{3}).Rewrite("회사 설립 언제"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.Analyse(tt.asked).Near; !slices.Equal(got, tt.want) {
				t.Errorf("Near = %v, want %v", got, tt.want)
			}
		})
	}
}
