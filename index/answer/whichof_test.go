package answer

import (
	"context"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// TestWhichOf checks which word a date question bound only to the company
// it names binds too: its heaviest Korean word the report uses, of at
// least OfSpec, that says what the date is of; none where that word is a
// verb, a remark's, one the report never uses or English, where the
// question asks no date, where binding holds more than names, or with
// OfSpec above 1.
func TestWhichOf(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	company := question.Concept{Surface: "인텔", Entity: true, Must: true, DF: 20, Spec: 1, Weight: 2}
	word := func(s string, w float64) question.Concept {
		return question.Concept{Surface: s, DF: 5, Spec: 0.6, Weight: w}
	}
	const text = "인텔 공장 준공은 언제야?"
	off := x.Params()
	off.OfSpec = 1.1
	tests := []struct {
		name  string
		x     *search.Index
		q     question.Query
		bind  []question.Concept
		wants []string
	}{
		{"the heaviest other word", x, question.Query{Text: text, When: true, Concepts: []question.Concept{company, word("공장", 1), word("설비", 0.5)}},
			[]question.Concept{company}, []string{"인텔", "공장"}},
		{"a word the report never uses", x, question.Query{Text: text, When: true, Concepts: []question.Concept{company, {Surface: "준공", Spec: 0.8, Weight: 3}, word("공장", 1)}},
			[]question.Concept{company}, []string{"인텔", "공장"}},
		{"a verb", x, question.Query{Text: text, When: true, Concepts: []question.Concept{company, {Surface: "세웠", DF: 5, Spec: 0.6, Weight: 3, Verbal: true}}},
			[]question.Concept{company}, []string{"인텔"}},
		{"an English word", x, question.Query{Text: "When did Intel open the fab?", When: true, Concepts: []question.Concept{company, word("fab", 1)}},
			[]question.Concept{company}, []string{"인텔"}},
		{"an everyday word", x, question.Query{Text: text, When: true, Concepts: []question.Concept{company, {Surface: "공장", DF: 5, Spec: 0.1, Weight: 1}}},
			[]question.Concept{company}, []string{"인텔"}},
		{"no date asked", x, question.Query{Text: text, Concepts: []question.Concept{company, word("공장", 1)}},
			[]question.Concept{company}, []string{"인텔"}},
		{"binding holds a word already", x, question.Query{Text: text, When: true, Concepts: []question.Concept{company, word("공장", 1), word("설비", 0.5)}},
			[]question.Concept{company, word("설비", 0.5)}, []string{"인텔", "설비"}},
		{"OfSpec above 1", x.With(off), question.Query{Text: text, When: true, Concepts: []question.Concept{company, word("공장", 1)}},
			[]question.Concept{company}, []string{"인텔"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range New(tt.x).whichOf(tt.q, tt.bind) {
				got = append(got, c.Surface)
			}
			if !slices.Equal(got, tt.wants) {
				t.Errorf("whichOf = %v, want %v", got, tt.wants)
			}
		})
	}
}

// TestWhichOfHedges asks made-up questions of the embedded report: a date
// the report states beside the company but not beside what the question
// says it is of is another of the company's dates, and the reply is
// hedged; with OfSpec above 1 it was taken for the answer.
func TestWhichOfHedges(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	off := x.Params()
	off.OfSpec = 1.1
	tests := []struct {
		name   string
		x      *search.Index
		q      string
		hedged bool
	}{
		{"a company's date beside its name only", x, "인텔 공장 준공은 언제야?", true},
		{"the same, mechanism off", x.With(off), "인텔 공장 준공은 언제야?", false},
		{"the date beside what it is of", x, "엔비디아 블랙웰 출시는 언제야?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := New(tt.x).Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatal(err)
			}
			if !a.Answered {
				t.Fatalf("%q declined, want an answer", tt.q)
			}
			if got := len(a.Missing) > 0; got != tt.hedged {
				t.Errorf("%q hedged %v (missing %v), want %v", tt.q, got, a.Missing, tt.hedged)
			}
		})
	}
}
