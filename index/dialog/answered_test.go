package dialog

import (
	"context"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestAskedAnswer checks which turns a later pronoun stands for the answer
// of (askedAnswer): one that asked what a thing is, or a date or a figure
// with no subject marked; not one that asked how a subject acts, nor a
// date or a figure of a marked subject. The questions are made up for the
// test.
func TestAskedAnswer(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name, q string
		want    bool
	}{
		{"a figure", "대만 파운드리 투자 총액 얼마였어?", true},
		{"a figure of a marked subject", "대만 파운드리 투자 총액은 얼마였어?", false},
		{"a figure in English", "How much money does Japan give its chipmakers?", true},
		{"a date", "When did Samsung begin making 3nm chips?", true},
		{"what a thing is", "What is HBM?", true},
		{"how a subject acts", "How does Taiwan support its chipmakers?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.askedAnswer(Turn{Question: tt.q, Asked: tt.q, Slots: e.read(question.Plain(tt.q)).slots}); got != tt.want {
				t.Errorf("askedAnswer(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

// TestPronounAfterADateCarriesItsQuestion: a pronoun after a question for
// a date stands for what happened then, which the whole question found,
// so the rewrite carries the question's words, not its subject alone.
func TestPronounAfterADateCarriesItsQuestion(t *testing.T) {
	e, _ := newEngine(t)
	var st State
	first, err := e.Reply(context.Background(), st, question.Plain("When did Samsung begin making 3nm chips?"), 3)
	if err != nil {
		t.Fatal(err)
	}
	st.Add(first.Turn, e.Params().MaxTurns)
	r, err := e.Reply(context.Background(), st, question.Plain("who did it first?"), 3)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Turn.Asked; !strings.Contains(got, "chips") {
		t.Errorf("rewrite = %q, want the dated question (chips) carried", got)
	}
}
