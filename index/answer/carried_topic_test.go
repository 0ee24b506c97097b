package answer

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestCarriedTopic checks which word a follow-up's year must share a
// passage with: the heaviest carried word the report uses, never a year,
// a figure, a word naming a part of the report or one typed by the asker.
func TestCarriedTopic(t *testing.T) {
	tests := []struct {
		name     string
		concepts []question.Concept
		want     string
		ok       bool
	}{
		{"heaviest carried", []question.Concept{
			{Surface: "global", Weight: 0.7, DF: 85, Carried: true},
			{Surface: "market", Weight: 1.5, DF: 27, Carried: true},
			{Surface: "2030", Weight: 3.8, DF: 4, Number: true},
		}, "market", true},
		{"a word the report never uses", []question.Concept{
			{Surface: "po", Weight: 2.0, Carried: true},
			{Surface: "market", Weight: 1.5, DF: 27, Carried: true},
		}, "market", true},
		{"a carried year", []question.Concept{
			{Surface: "2024", Weight: 3, DF: 10, Carried: true, Number: true},
			{Surface: "chip", Weight: 0.9, DF: 80, Carried: true},
		}, "chip", true},
		{"typed words only", []question.Concept{
			{Surface: "market", Weight: 1.5, DF: 27},
			{Surface: "2030", Weight: 3.8, DF: 4, Number: true},
		}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := carriedTopic(question.Query{Concepts: tt.concepts})
			if ok != tt.ok || got.Surface != tt.want {
				t.Errorf("carriedTopic = %q, %v; want %q, %v", got.Surface, ok, tt.want, tt.ok)
			}
		})
	}
}
