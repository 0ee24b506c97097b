package search

import (
	"regexp"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestLineExpectsAsMatching checks that what lineExpects remembers of a
// line is what matching the pattern says, the first time a line is asked
// and again, on every line of the embedded report, for each pattern a
// question may expect; and that a pattern made for one question's unit is
// not remembered.
func TestLineExpectsAsMatching(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q    string
		wantShared bool
	}{
		{"a date", "반도체법은 언제부터 시행돼?", true},
		{"a sum", "반도체 지원 예산은 얼마나 돼?", true},
		{"a figure", "HBM 점유율은 어느 정도지?", true},
		{"a count", "국가전략기술 몇 개 지정했어?", true},
		{"a figure in a unit of the question's", "HBM 점유율 몇 퍼센트지?", false},
	}
	seen := map[*regexp.Regexp]string{} // each shared pattern is asked by one case
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re := x.Analyse(question.Plain(tt.q)).Expect
			if re == nil {
				t.Fatalf("%q expects nothing, want a pattern", tt.q)
			}
			if got := x.SharedExpect(re); got != tt.wantShared {
				t.Fatalf("SharedExpect(%q) = %v, want %v", re, got, tt.wantShared)
			}
			if !tt.wantShared {
				return
			}
			if other, ok := seen[re]; ok {
				t.Fatalf("%q expects what %q does, want a pattern of its own", tt.q, other)
			}
			seen[re] = tt.q
			e := newLineExpects(x)
			bits := e.of(re)
			if again := e.of(re); again != bits {
				t.Errorf("of gives a new record the second time, want the first")
			}
			wrong, lines := 0, 0
			for id, in := range x.info {
				for i, ln := range in.lines {
					want := re.MatchString(ln.Text)
					for pass := range 2 {
						if got := bits.holds(re, int(e.first()[id])+i, ln.Text); got != want {
							if wrong == 0 {
								t.Errorf("passage %d line %d, ask %d: holds = %v, want %v (%q)", id, i, pass+1, got, want, ln.Text)
							}
							wrong++
						}
					}
					lines++
				}
			}
			if wrong > 0 {
				t.Errorf("%d answers of %d lines wrong", wrong, lines)
			}
			if lines != e.lines() {
				t.Errorf("lines() = %d, want %d", e.lines(), lines)
			}
		})
	}
}

// TestAnswerPatternsAreShared checks that the patterns the answer engine
// sets a question's Expect to from its own Patterns (question.Evidence:
// the amount "how much" asks, a date, a figure) are remembered line by line
// as the reader's own are: each is one pattern for every question, though
// built apart, and matching it afresh on every line of every passage shown
// made a follow-up's reply slower.
func TestAnswerPatternsAreShared(t *testing.T) {
	x := mustIndex(t)
	own := question.NewPatterns().Evidence()
	for name, re := range map[string]*regexp.Regexp{"amount": own.Amount, "date": own.Date, "figure": own.Figure} {
		if re == nil || !x.SharedExpect(re) {
			t.Errorf("SharedExpect(Evidence().%s) = false, want true", name)
		}
	}
	if x.SharedExpect(regexp.MustCompile(`\d+\s*%`)) {
		t.Errorf("SharedExpect of a question's own pattern = true, want false")
	}
}
