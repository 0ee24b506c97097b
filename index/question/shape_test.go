package question_test

import (
	"reflect"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestReadShapeReadsAlike checks that a question whose shape was read once
// for every report (Patterns.Read), by patterns compiled apart from the
// reader's as a shelf's are, is read as it should be and as the reader
// reads it alone: the same concepts, expectation, unit, count and
// definition (When and Bare say that the expectation is the reader's own
// pattern, which the reader tells by identity). The questions are made up
// for the test, one for each thing the shape tells.
func TestReadShapeReadsAlike(t *testing.T) {
	x := mustIndex(t)
	other := question.NewPatterns()
	tests := []struct {
		name, q                    string
		expect, when, bare, counts bool
		define                     bool
		unit                       string
	}{
		{name: "a date", q: "삼성이 HBM 처음 낸 게 언제야?", expect: true, when: true},
		{name: "a sum", q: "중국 AI 예산 얼마야?", expect: true},
		{name: "a share", q: "What share of its revenue does Intel spend on R&D?", expect: true, bare: true},
		{name: "a unit after 몇", q: "HBM4는 몇 단이야?", expect: true, unit: "단"},
		{name: "a counter after 몇", q: "주요국 몇 곳이 전략을 냈어?", expect: true, counts: true},
		{name: "an English unit", q: "What % of the budget goes to chips?", expect: true, unit: "%"},
		{name: "how many", q: "How many regions does the plan name?", expect: true, counts: true},
		{name: "how many of a unit", q: "How many gigabytes does the new chip hold?", expect: true, unit: "gb"},
		{name: "a unit after a word that is none", q: "What plan says how many petabytes are stored?", expect: true, unit: "pb"},
		{name: "a definition", q: "PIM이 뭐야?", define: true},
		{name: "nothing of the kind", q: "What does Sora do?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.Analyse(other.Read(question.Plain(tt.q)))
			if got.Expect != nil != tt.expect || got.When != tt.when || got.Bare != tt.bare || got.Counts != tt.counts || got.Define != tt.define || got.Unit != tt.unit {
				t.Errorf("Analyse(read %q): expect %v when %v bare %v counts %v define %v unit %q, want %v %v %v %v %v %q", tt.q,
					got.Expect != nil, got.When, got.Bare, got.Counts, got.Define, got.Unit, tt.expect, tt.when, tt.bare, tt.counts, tt.define, tt.unit)
			}
			if alone := x.Analyse(question.Plain(tt.q)); !reflect.DeepEqual(got, alone) {
				t.Errorf("Analyse(read %q) = %+v, want what the reader reads alone, %+v", tt.q, got, alone)
			}
		})
	}
}
