package dialog

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

func TestNouns(t *testing.T) {
	chip := Slot{Kind: SlotWord, Text: "칩"}
	made := Slot{Kind: SlotWord, Text: "만든", Verbal: true}
	intel := Slot{Kind: SlotCompany, Text: "인텔", English: "Intel"}
	tests := []struct {
		name     string
		in, want []Slot
	}{
		{"a verb goes", []Slot{intel, chip, made}, []Slot{intel, chip}},
		{"nothing to drop", []Slot{intel, chip}, []Slot{intel, chip}},
		{"verbs alone stay", []Slot{made}, []Slot{made}},
		{"nothing", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := slices.Clone(tt.in)
			if got := nouns(in); !slices.Equal(got, tt.want) {
				t.Errorf("nouns(%v) = %v, want %v", tt.in, got, tt.want)
			}
			if !slices.Equal(in, tt.in) {
				t.Errorf("nouns changed its argument: %v, was %v", in, tt.in)
			}
		})
	}
}

// TestPronounCarriesNoVerb: a pronoun after a question stands for the
// thing the question asked about; the verb it asked with does not go into
// the rewrite, whose own verb is the message's.
func TestPronounCarriesNoVerb(t *testing.T) {
	e, _ := newEngine(t)
	var st State
	first, err := e.Reply(context.Background(), st, question.Plain("뉴로모픽 칩으로 만든 시스템 뭐야?"), 3)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(first.Turn.Slots, func(s Slot) bool { return s.Verbal }) {
		t.Fatalf("first turn's slots %v hold no verb: the test needs one", first.Turn.Slots)
	}
	st.Add(first.Turn, e.Params().MaxTurns)
	r, err := e.Reply(context.Background(), st, question.Plain("그건 어디에 쓰여?"), 3)
	if err != nil {
		t.Fatal(err)
	}
	got := r.Turn.Asked
	if !strings.Contains(got, "뉴로모픽") {
		t.Errorf("rewrite = %q, want the thing asked about (뉴로모픽) carried", got)
	}
	if strings.Contains(got, "만든") {
		t.Errorf("rewrite = %q, want the last question's verb (만든) left out", got)
	}
}
