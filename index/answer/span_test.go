package answer

import (
	"slices"
	"strings"
	"testing"
)

// TestSameUnit holds that the figures of a list are in one unit: a span
// of years before a sum says over how long the sum is, no item of it.
func TestSameUnit(t *testing.T) {
	f := newFigures()
	tests := []struct {
		name, line string
		want       bool
	}{
		{"sizes of one unit", "8B, 70B, 400B", true},
		{"shares", "25%, 5%", true},
		{"a span before a sum", "4년간 약 1,526억 원", false},
		{"a count before a share", "11곳 중 9%", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			locs := f.quantity.FindAllStringIndex(tt.line, -1)
			if len(locs) < 2 {
				t.Fatalf("%q: %d figures, want two or more", tt.line, len(locs))
			}
			if got := f.sameUnit(tt.line, locs[0], locs[1]); got != tt.want {
				t.Errorf("sameUnit(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

// TestNamesVersion holds that a decimal after a Latin name is its
// version, while one after a Korean word or at a line's start measures.
func TestNamesVersion(t *testing.T) {
	tests := []struct {
		name, line, num string
		want            bool
	}{
		{"a model's version", "LLaMA 3, LLaMA 3.1을 공개", "3.1", true},
		{"an index after a Korean word", "미국을 100이라고 했을 때 93.3 수준", "93.3", false},
		{"a measure opening the line", "2.5 배 증가", "2.5", false},
		{"glued to a Latin word is a code, not this", "HBM3.5는", "3.5", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.line, tt.num)
			if got := namesVersion(tt.line, i); got != tt.want {
				t.Errorf("namesVersion(%q, %d) = %v, want %v", tt.line, i, got, tt.want)
			}
		})
	}
}

// TestPartsSplit holds where a question of two asks is cut: a Korean
// indirect ask ending in -지 before a comma, and an English "and" whose
// second ask opens with a preposition before its question word.
func TestPartsSplit(t *testing.T) {
	p := newParts()
	tests := []struct {
		name, q string
		want    []string
	}{
		{"two indirect asks", "규모가 얼마인지, 언제부터인지 알려줘", []string{"규모가 얼마인지", "언제부터인지 알려줘"}},
		{"a preposition before the second question word", "What is the budget, and for how long does it run?", []string{"What is the budget", "for how long does it run?"}},
		{"a comma after a noun parts nothing", "대만, 일본 예산은 얼마야?", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := p.of(tt.q); !slices.Equal(got, tt.want) {
				t.Errorf("parts.of(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
