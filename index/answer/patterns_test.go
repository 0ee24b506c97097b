package answer

import (
	"regexp"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// TestTablesShareTheReadersPatterns checks that the expectation the
// one-line answer's reading sets (implied.of) is the question reader's
// own pattern, not a copy compiled for the answer's tables: search knows
// a shared expectation by its pointer first (question.Reader.SharedExpect).
// The questions are made up for the test.
func TestTablesShareTheReadersPatterns(t *testing.T) {
	e, ev := engineOfIndex(t)
	tests := []struct {
		name, q string
		want    *regexp.Regexp
	}{
		{"how much asks an amount", "How much faster is the B200?", ev.Amount},
		{"a count named", "AI 인재 수는?", ev.Figure},
		{"an event named", "엔비디아 B200 출시", ev.Date},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := e.x.Analyse(question.Plain(tt.q))
			got := e.tab.implied.of(q, e.tab.wording(q.Text)).Expect
			if got != tt.want {
				t.Errorf("%q expects %p (%v), want the reader's %p", tt.q, got, got, tt.want)
			}
		})
	}
}

// TestPartReadsHowMuchAsAnyFigure checks that "how much" asks an amount
// of a question (implied.of) but any figure of a part of a question of
// several (implied.ofPart), whose figure the other part tells apart. The
// question is made up for the test.
func TestPartReadsHowMuchAsAnyFigure(t *testing.T) {
	e, ev := engineOfIndex(t)
	const text = "How much faster is the B200?"
	tests := []struct {
		name string
		read func(question.Query, *wording) question.Query
		want *regexp.Regexp
	}{
		{"a question", e.tab.implied.of, ev.Amount},
		{"a part", e.tab.implied.ofPart, ev.Figure},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.read(e.x.Analyse(question.Plain(text)), e.tab.wording(text)).Expect; got != tt.want {
				t.Errorf("%q read as %s expects %v, want %v", text, tt.name, got, tt.want)
			}
		})
	}
}

// engineOfIndex is an engine over the embedded report's index, with its
// tables built over the index's patterns (New), and the evidence those
// patterns read.
func engineOfIndex(t *testing.T) (*Engine, question.Evidence) {
	t.Helper()
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return New(x), x.Patterns().Evidence()
}
