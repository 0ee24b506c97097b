package dialog

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

func TestExcerptPieces(t *testing.T) {
	tests := []struct {
		name, excerpt string
		want          []string
	}{
		{"one line", "가 나 다", []string{"가 나 다"}},
		{"lines", "가 나\n다 라", []string{"가 나", "다 라"}},
		{"ellipsis joins two parts", "가 나 … 다 라", []string{"가 나", "다 라"}},
		{"cut short at both ends", "…가 나 다…", []string{"가 나 다"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := excerptPieces(tt.excerpt); !slices.Equal(got, tt.want) {
				t.Errorf("excerptPieces(%q) = %q, want %q", tt.excerpt, got, tt.want)
			}
		})
	}
}

func TestNamed(t *testing.T) {
	tests := []struct {
		name string
		c    question.Concept
		want bool
	}{
		{"a code", question.Concept{Surface: "HBM4", Must: true, Listed: true}, true},
		{"a country", question.Concept{Surface: "독일", Entity: true, Listed: true}, true},
		{"a figure", question.Concept{Surface: "5", Number: true}, true},
		{"a word of the report's own no list holds", question.Concept{Surface: "Spyre"}, true},
		{"a word of the language at large", question.Concept{Surface: "예산", Listed: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := named(tt.c); got != tt.want {
				t.Errorf("named(%+v) = %v, want %v", tt.c, got, tt.want)
			}
		})
	}
}

// TestFollowUpHoldsWhatItNewlyAsks checks that a follow-up whose own name,
// or whose own words beside the date or figure it wants, the lines shown
// do not hold gets a hedge naming them in its words, while one whose lines
// state it stays sure.
func TestFollowUpHoldsWhatItNewlyAsks(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name string
		msgs []string
		// missing is a word the last reply's hedge must name; "" for a
		// reply that must not hedge.
		missing string
	}{
		{"a date on another product's line", []string{"IBM AI 칩 뭐 있어?", "when will Spyre be released?"}, "Spyre"},
		{"a count the topic's lines do not give, hedged on a carried word", []string{"대만 AI 실행계획 1.0 투자 규모 얼마야?", "그 돈으로 스타트업 몇 곳 키웠대?"}, "스타트업"},
		{"a figure stated beside the follow-up's own words", []string{"TSMC 패키징 전용 공장 몇 개야?", "그럼 2025년 생산 능력 목표는?"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.msgs...)
			got := rs[len(rs)-1].Answer
			if !got.Answered {
				t.Fatalf("%q: declined, want an answer", tt.msgs[len(tt.msgs)-1])
			}
			switch {
			case tt.missing == "" && len(got.Missing) > 0:
				t.Errorf("%q: hedged on %q, want a sure answer", tt.msgs[len(tt.msgs)-1], got.Missing)
			case tt.missing != "" && !slices.Contains(got.Missing, tt.missing):
				t.Errorf("%q: missing %q, want it to name %q", tt.msgs[len(tt.msgs)-1], got.Missing, tt.missing)
			}
		})
	}
}
