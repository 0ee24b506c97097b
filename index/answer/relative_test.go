package answer

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestRelativeToSide checks which words make a question ask for one side
// relative to another: a side typed against 대비 or 비교, its particle
// after it, or after "relative to" as a whole word; not a word that only
// holds a side's name.
func TestRelativeToSide(t *testing.T) {
	e := &Engine{tab: NewTables(question.NewPatterns())}
	sides := []side{
		{name: "미국", entity: true, concept: question.Concept{Surface: "미국"}},
		{name: "일본", entity: true, concept: question.Concept{Surface: "일본"}},
		{name: "US", entity: true, concept: question.Concept{Surface: "US"}},
		// the analyser may keep a particle it does not strip in the surface
		{name: "한국", entity: true, concept: question.Concept{Surface: "한국하고"}},
	}
	tests := []struct {
		name, text string
		want       bool
	}{
		{"대비 after a side", "일본 보조금은 미국 대비 얼마야", true},
		{"비교 after a side with its particle", "일본 보조금은 미국이랑 비교하면 어때", true},
		{"비교 after a side whose surface keeps its particle", "중국 수준은 한국하고 비교하면 몇", true},
		{"compared with a side, in English", "Japan's subsidy compared with the US?", true},
		{"a word that holds a side's name is no side", "subsidy compared with business costs?", false},
		{"compared with something else", "share compared with last year?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.relativeToSide(tt.text, sides); got != tt.want {
				t.Errorf("relativeToSide(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
