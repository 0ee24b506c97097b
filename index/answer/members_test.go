package answer_test

import "testing"

// TestCountedSetListed holds that a question naming a set by its count
// asks what the set holds: a line that only counts the set ("N개의 X를
// 제시") says how many, not which, and the reply names the set's word as
// what the report does not give; a line that lists as many members as
// the count (△ items, items parted by commas) answers.
func TestCountedSetListed(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a count the line never lists", "행정명령이 제시한 8개 원칙은 무엇인가", "원칙은"},
		{"members marked by △", "영국 규제 프레임워크 3대 목표는", ""},
		{"members parted by commas", "EU AI 조정계획 4개 분야는", ""},
	})
}
