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
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	e := New(x)
	ev := x.Patterns().Evidence()
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
