package dialog

import (
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestShorthand reads a word as typed shorthand only where it is in small
// Latin letters without a vowel, and neither the report nor the general
// list holds it.
func TestShorthand(t *testing.T) {
	tests := []struct {
		name string
		c    question.Concept
		want bool
	}{
		{"no vowel, unknown", question.Concept{Surface: "thx"}, true},
		{"a vowel", question.Concept{Surface: "lol"}, false},
		{"y spells a vowel", question.Concept{Surface: "gym"}, false},
		{"capitals: a code", question.Concept{Surface: "KRW"}, false},
		{"a word the report uses", question.Concept{Surface: "hbm", DF: 4}, false},
		{"a listed word", question.Concept{Surface: "hmm", Listed: true}, false},
		{"a name", question.Concept{Surface: "sk", Name: true}, false},
		{"a digit", question.Concept{Surface: "b2b"}, false},
		{"empty", question.Concept{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shorthand(tt.c); got != tt.want {
				t.Errorf("shorthand(%q) = %v, want %v", tt.c.Surface, got, tt.want)
			}
		})
	}
}

// TestShorthandNotAsked holds a follow-up's shorthand out of what it asks
// where it types a word the report uses beside it: neither carried nor
// named as a detail the report lacks. Typed alone it is all the message
// says, and stays.
func TestShorthandNotAsked(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name string
		msg  string
		want bool // whether the shorthand is a slot of the message
	}{
		{"beside a word of the report", "and the budget for that thx", false},
		{"alone", "thx", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := e.read(question.Plain(tt.msg))
			got := slices.ContainsFunc(m.slots, func(s Slot) bool { return strings.EqualFold(s.Text, "thx") })
			if got != tt.want {
				t.Errorf("%q: shorthand a slot = %v, want %v (slots %v)", tt.msg, got, tt.want, m.slots)
			}
		})
	}
	r := converse(t, e, "What is a spiking neural network?", "where is it used pls")[1]
	if slices.ContainsFunc(r.Answer.Missing, func(w string) bool { return strings.EqualFold(w, "pls") }) {
		t.Errorf("follow-up hedged on the shorthand: missing %v", r.Answer.Missing)
	}
}
