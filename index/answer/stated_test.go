package answer

import (
	"strconv"
	"testing"
)

func TestBareNumber(t *testing.T) {
	for _, tc := range []struct {
		term string
		want bool
	}{
		{"1", true},
		{"2024", true},
		{"-3", true},
		{"+3", true},
		{"", false},
		{"+", false},
		{"1단계", false},
		{"2nm", false},
		{"1.5", false},
		{"x1", false},
		{"단1", false},
		{"99999999999999999999", false},
	} {
		_, err := strconv.Atoi(tc.term)
		if got := bareNumber(tc.term); got != tc.want || got != (err == nil) {
			t.Errorf("bareNumber(%q) = %v, want %v (as strconv.Atoi reads it)", tc.term, got, tc.want)
		}
	}
}
