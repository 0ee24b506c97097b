package answer_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

// TestCountedSetListed holds that a question naming a set by its count
// asks what the set holds: a line that only counts the set ("N개의 X를
// 제시") says how many, not which, and the reply names the set's word as
// what the report does not give; a line that lists as many members as
// the count (△ items, items parted by commas) answers. The set is the
// word a line binds the count to, wherever the question puts it after the
// count, and a run of △ items of another size lists another set. A count
// spelled as a word ("four") counts the set as its figure does.
func TestCountedSetListed(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a count the line never lists", "행정명령이 제시한 8개 원칙은 무엇인가", "원칙"},
		{"members marked by △", "영국 규제 프레임워크 3대 목표는", ""},
		{"members parted by commas", "EU AI 조정계획 4개 분야는", ""},
		{"the set's word after another word of the question", "8개 행정명령 원칙은 뭐야", "원칙"},
		{"△ items of another size are another set's", "영국 친혁신 프레임워크가 제시한 4가지 핵심 요소는", "요소"},
		{"a count spelled as a word", "UK AI regulation: the four core elements?", "core"},
		{"a count spelled as a word, listed on the line", "name the three goals of the UK regulation framework", ""},
	})
}

// TestCountsBound checks the one reading of which count a line binds to a
// word: a figure with its counter a few words ahead of the word, never a
// year, a share or a count farther off than the span allows. The lines are
// made up for the test.
func TestCountsBound(t *testing.T) {
	holds := func(w string) bool { return strings.HasPrefix(w, "과제") || strings.HasPrefix(w, "원칙") }
	k := answer.NewCounts()
	tests := []struct {
		name, line string
		span       int
		want       []int
	}{
		{"a count with its counter, two words ahead", "정부는 9대 기술혁신 과제를 제시", 3, []int{9}},
		{"the same count past the span", "정부는 9대 기술혁신 과제를 제시", 1, nil},
		{"a count bound by 의 on the next word", "행정명령은 5개의 원칙을 담았다", 1, []int{5}},
		{"a count in brackets", "(3대) 과제", 1, []int{3}},
		{"a year is no count", "2023년 원칙 발표", 1, nil},
		{"a share is no count", "40% 과제 달성", 1, nil},
		{"a count of another word", "7개 기업과 협력", 3, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := k.Bound(tt.line, tt.span, holds); !slices.Equal(got, tt.want) {
				t.Errorf("Bound(%q, %d) = %v, want %v", tt.line, tt.span, got, tt.want)
			}
		})
	}
}
