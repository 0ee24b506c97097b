package answer_test

import (
	"context"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestCountedSetListed holds that a question naming a set by its count
// asks what the set holds: a line that only counts the set ("N개의 X를
// 제시") says how many, not which, and the reply names the set's word as
// what the report does not give; a line that lists as many members as
// the count (△ items, items parted by commas) answers.
func TestCountedSetListed(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q string
		missing string // "" for an answer without a hedge
	}{
		{"a count the line never lists", "행정명령이 제시한 8개 원칙은 무엇인가", "원칙은"},
		{"members marked by △", "영국 규제 프레임워크 3대 목표는", ""},
		{"members parted by commas", "EU AI 조정계획 4개 분야는", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatal(err)
			}
			if !a.Answered {
				t.Fatalf("%q: declined", tt.q)
			}
			switch got := a.Missing; {
			case tt.missing == "" && len(got) > 0:
				t.Errorf("%q: hedged on %v, want an answer", tt.q, got)
			case tt.missing != "" && !slices.Contains(got, tt.missing):
				t.Errorf("%q: missing %v, want %q named", tt.q, got, tt.missing)
			}
		})
	}
}
