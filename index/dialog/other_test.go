package dialog

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestAsksOther checks that a message asks for other things of the thread
// where it asks for more in words of its own, and not where it asks for
// more bare, chooses among what was shown or compares. The messages are
// made up for the test.
func TestAsksOther(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name, msg string
		want      bool
	}{
		{"other things with words", "any other suggestions?", true},
		{"Korean other cases", "다른 사례도 있어?", true},
		{"bare more", "more", false},
		{"a choice among what was shown", "which of them is more export-led?", false},
		{"a comparison", "둘 중 어디가 더 커?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.read(question.Plain(tt.msg)).asksOther(); got != tt.want {
				t.Errorf("asksOther(%q) = %v, want %v", tt.msg, got, tt.want)
			}
		})
	}
}

// A message asking for other things of the list the thread reads shows a
// passage of the last answer's sections that no turn has shown, in the
// place of a result that only repeats what the thread has read.
func TestOtherShowsTheNextOfTheSection(t *testing.T) {
	e, _ := newEngine(t)
	rs := converse(t, e,
		"What policy does the report suggest for memory semiconductors?",
		"and the non-memory side?",
		"how do the two strategies differ?",
		"any other suggestions?")
	seen := map[int]bool{}
	for _, r := range rs[:3] {
		for _, x := range r.Answer.Results {
			seen[x.PassageID] = true
		}
	}
	sections := map[string]bool{}
	for _, x := range rs[2].Answer.Results {
		sections[x.Section] = true
	}
	got := rs[3].Answer.Results
	found := false
	for _, x := range got {
		if !seen[x.PassageID] && sections[x.Section] {
			found = true
		}
	}
	if !found {
		var ids []int
		for _, x := range got {
			ids = append(ids, x.PassageID)
		}
		t.Errorf("no result of the last answer's sections (%v) that no turn showed: got passages %v", sections, ids)
	}
}

// TestTypedHolds: a line holds the message's typed word where it holds a
// term of it the report uses, in any case; a verb, a word the report never
// uses and a carried word do not count.
func TestTypedHolds(t *testing.T) {
	typed := question.Concept{Terms: []string{"Subsidy"}, DF: 3}
	verb := question.Concept{Terms: []string{"늘리"}, DF: 3, Verbal: true}
	unused := question.Concept{Terms: []string{"subsidy"}}
	carried := question.Concept{Terms: []string{"subsidy"}, DF: 3, Carried: true}
	tests := []struct {
		name string
		own  []question.Concept
		text string
		want bool
	}{
		{"a typed term, case aside", []question.Concept{typed}, "Direct subsidy for fabs", true},
		{"a line without it", []question.Concept{typed}, "Tax credits for fabs", false},
		{"a verb's stem", []question.Concept{verb}, "예산을 늘리고", false},
		{"a word the report never uses", []question.Concept{unused}, "direct subsidy", false},
		{"a carried word", []question.Concept{carried}, "direct subsidy", false},
		{"no words", nil, "direct subsidy", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (message{own: tt.own}).typedHolds(tt.text); got != tt.want {
				t.Errorf("typedHolds(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
