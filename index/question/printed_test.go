package question_test

import (
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/question"
)

// TestPrintedNames checks that a Latin word the report prints capitalised
// inside Korean text, and never in lower case, is a name by its usage,
// while a word it also prints in lower case, one an English sentence
// capitalises, and a piece of a code are not.
func TestPrintedNames(t *testing.T) {
	doc := &corpus.Document{Passages: []corpus.Passage{
		{Text: "Zorblax는 새 칩을 공개\nChips 법을 통해 지원"},
		{Text: "Key findings of the study\nthe chips are made here"},
		{Text: "Gate-All-Around 공정과 Quux2 모델"},
	}}
	got := question.PrintedNames(doc)
	tests := []struct {
		name, word string
		want       bool
	}{
		{"capitalised inside Korean text only", "zorblax", true},
		{"printed in lower case too", "chips", false},
		{"capitalised only where an English sentence starts", "key", false},
		{"a piece of a hyphened code", "all", false},
		{"a piece of a code with digits", "quux", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got[tt.word] != tt.want {
				t.Errorf("PrintedNames()[%q] = %v, want %v", tt.word, got[tt.word], tt.want)
			}
		})
	}
}
