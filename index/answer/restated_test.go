package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestTypedYears checks which words a question types as years only: the
// forms a hedge may name that a passage prints in two digits.
func TestTypedYears(t *testing.T) {
	tests := []struct {
		name, surface string
		want          []int
		ok            bool
	}{
		{"a year", "2024", []int{2024}, true},
		{"a year in two digits with 년", "24년", []int{2024}, true},
		{"a range of two-digit years", "21~23", []int{2021, 2023}, true},
		{"a fiscal-year range", "FY21-23", []int{2021, 2023}, true},
		{"a version is no year", "GPT-5", nil, false},
		{"a chip code is no year", "H100", nil, false},
		{"a name with digits inside is no year", "B200A", nil, false},
		{"letters between digits are no year", "21st-23", nil, false},
		{"no digits", "Japan", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := typedYears(question.Concept{Surface: tt.surface})
			if ok != tt.ok || !slices.Equal(got, tt.want) {
				t.Errorf("typedYears(%q) = %v, %v, want %v, %v", tt.surface, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestYearOn checks the forms in which a line prints a year.
func TestYearOn(t *testing.T) {
	tests := []struct {
		name, text string
		year       int
		want       bool
	}{
		{"whole", "2023년 기준", 2023, true},
		{"two digits after an apostrophe", "'23년 일본 정부", 2023, true},
		{"two digits after a curly quote", "‘21~’23년도 추정 예산", 2021, true},
		{"the second of a range", "‘21~’23년도 추정 예산", 2023, true},
		{"two digits before 년", "('24년) 이니셔티브", 2024, true},
		{"two digits of an amount are no year", "21억 달러", 2021, false},
		{"a longer number is no year", "20231개", 2023, false},
		{"another year", "2022년 10월", 2023, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := yearOn(tt.text, tt.year); got != tt.want {
				t.Errorf("yearOn(%q, %d) = %v, want %v", tt.text, tt.year, got, tt.want)
			}
		})
	}
}

// TestGlued checks when a Korean unit after a figure runs on into a
// longer word, which is then no unit.
func TestGlued(t *testing.T) {
	tests := []struct {
		name, line, figure string
		want               bool
	}{
		{"a stage", "1단계(2018~2022)는", "1단", true},
		{"months", "6개월 동안", "6개", true},
		{"a particle after the unit", "40개의 핵심 과제", "40개", false},
		{"a space after the unit", "6개 지역", "6개", false},
		{"the end of the line", "총 11곳", "11곳", false},
		{"a counting suffix", "1,000명당", "1,000명", false},
		{"a unit that is no Hangul", "15%로", "15%", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			end := len(tt.figure)
			if i := strings.Index(tt.line, tt.figure); i >= 0 {
				end += i
			}
			if got := glued(tt.line, end); got != tt.want {
				t.Errorf("glued(%q after %q) = %v, want %v", tt.line, tt.figure, got, tt.want)
			}
		})
	}
}

// TestSquashQuoted checks that a name printed with quotes, brackets,
// hyphens or spaces inside reads as the name typed.
func TestSquashQuoted(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"quotes inside a name", "‘대만형 CHIPS’법으로", "대만형chips법으로"},
		{"brackets and a hyphen", "「AI-반도체 이니셔티브」", "ai반도체이니셔티브"},
		{"plain", "연방기관별", "연방기관별"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := squashQuoted(tt.in); got != tt.want {
				t.Errorf("squashQuoted(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
