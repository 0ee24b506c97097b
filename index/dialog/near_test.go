package dialog

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

func TestInShownSection(t *testing.T) {
	shown := Turn{Answered: true, Evidence: []Evidence{{PassageID: 1, Section: "3.1"}, {PassageID: 2, Section: "2.2.1.가"}}}
	res := func(secs ...string) []answer.Result {
		var out []answer.Result
		for i, s := range secs {
			out = append(out, answer.Result{PassageID: 10 + i, Section: s})
		}
		return out
	}
	tests := []struct {
		name string
		res  []answer.Result
		want bool
	}{
		{"first result in a shown section", res("3.1", "4.2"), true},
		{"third result in a shown section", res("1.1", "4.2", "2.2.1.가"), true},
		{"only past the shown results", res("1.1", "4.2", "4.3", "3.1"), false},
		{"no shown section", res("1.1", "4.2"), false},
		{"a section's parent is not the section", res("2.2.1"), false},
		{"no results", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inShownSection(tt.res, shown); got != tt.want {
				t.Errorf("inShownSection = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestNearThread checks that a follow-up declined read alone is hedged
// where its closest passages stand in a section the thread's answer showed,
// naming the word it typed that they lack, and stays declined where its
// closest passages are in other sections. A hedged turn counts the
// results it shows.
func TestNearThread(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name        string
		msgs        []string
		wantHedged  bool
		wantMissing string
	}{
		{"near passages in the shown section", []string{"일본 반도체 보조금 얼마야?", "2021년 대책 뭐였지?"}, true, "대책"},
		{"near passages outside the shown sections", []string{"일본 반도체 보조금 얼마야?", "엔비디아 주가 전망은?"}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.msgs...)
			got := rs[len(rs)-1]
			if hedged := got.Answer.Answered && len(got.Answer.Missing) > 0; hedged != tt.wantHedged {
				t.Fatalf("hedged = %v (answered %v, missing %v), want %v", hedged, got.Answer.Answered, got.Answer.Missing, tt.wantHedged)
			}
			if tt.wantHedged && !slices.Contains(got.Answer.Missing, tt.wantMissing) {
				t.Errorf("missing = %v, want it to hold %q", got.Answer.Missing, tt.wantMissing)
			}
			if tt.wantHedged && got.Turn.Shown != len(got.Answer.Results) {
				// a "more" after the hedge goes on past what it showed
				t.Errorf("turn's Shown = %d, want the %d results the hedge shows", got.Turn.Shown, len(got.Answer.Results))
			}
			if !tt.wantHedged && got.Answer.Answered {
				t.Errorf("answered, want declined")
			}
		})
	}
}
