package answer

import (
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
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

// TestNumberedSides checks that two numbers a question sets side by side
// (stages, items) are the sides of a comparison, each stated on a line of
// its own, while one number, and years however typed, still say which
// figure is asked.
func TestNumberedSides(t *testing.T) {
	num := func(s string) question.Concept {
		return question.Concept{Surface: s, Terms: []string{s}, Number: true}
	}
	word := question.Concept{Surface: "phase", Terms: []string{"phase"}}
	tests := []struct {
		name string
		cs   []question.Concept
		want []string
	}{
		{"two stages", []question.Concept{word, num("2"), word, num("1")}, []string{"1", "2"}},
		{"one stage", []question.Concept{word, num("2")}, nil},
		{"two years", []question.Concept{num("2023"), num("2022")}, nil},
		{"years typed in two digits", []question.Concept{num("23"), num("28")}, nil},
		{"a stage beside a year", []question.Concept{word, num("2"), num("2023")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for s := range numberedSides(question.Query{Concepts: tt.cs}) {
				got = append(got, s)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("numberedSides = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRemarked checks which words typed after the question bind no
// figure: a country or company named there, and a Korean remark's words
// other than a constraint; a word typed before the mark binds as ever.
func TestRemarked(t *testing.T) {
	const ko = "몇 명이 목표예요? 주요국과 비교하려고"
	for _, tc := range []struct {
		name string
		text string
		c    question.Concept
		want bool
	}{
		{"a country named only after the mark", "How much did Taiwan invest? I will set it beside Japan.", question.Concept{Surface: "Japan", Entity: true, Must: true}, true},
		{"a country named before the mark", "How much did Taiwan invest? I will set it beside Japan.", question.Concept{Surface: "Taiwan", Entity: true, Must: true}, false},
		{"a word of a Korean remark", ko, question.Concept{Surface: "비교하려고", Aside: true}, true},
		{"a constraint of a Korean remark", ko, question.Concept{Surface: "주요국과", Aside: true, Must: true}, false},
		{"a word of an English aside", "How much? need it for a slide", question.Concept{Surface: "slide", Aside: true}, false},
		{"a word read as no aside", ko, question.Concept{Surface: "비교하려고"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := remarked(question.Query{Text: tc.text}, tc.c); got != tc.want {
				t.Errorf("remarked(%q, %q) = %v, want %v", tc.text, tc.c.Surface, got, tc.want)
			}
		})
	}
}

// TestSourceFigures checks that a line's sources give a figure asked of
// the line only from what they say: a day the source prints and its web
// address are no figure, unless the question asks a date, which then can
// only be the source's.
func TestSourceFigures(t *testing.T) {
	figure := regexp.MustCompile(`\d`)
	tests := []struct {
		name    string
		when    bool
		sources []string
		want    bool
	}{
		{"a day and an address alone", false, []string{"어느신문(2022.3.7.), \"공장 착공\", <https://example.com/n/2022/0307>"}, false},
		{"a figure in the headline", false, []string{"어느신문(2022.3.7.), \"공장 3곳 착공\", <https://example.com/n/1>"}, true},
		{"a figure in a second source", false, []string{"기관, <https://example.com/>", "소식(23.1.2.), \"예산 2배\""}, true},
		{"a date asked: the source's day", true, []string{"어느신문(2022.3.7.), \"공장 착공\""}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := question.Query{Expect: figure, When: tt.when}
			if got := figure.MatchString(sourceFigures(q, tt.sources)); got != tt.want {
				t.Errorf("sourceFigures(%q) = %q: states a figure %v, want %v", tt.sources, sourceFigures(q, tt.sources), got, tt.want)
			}
		})
	}
}
