package dialog

import "testing"

// TestMoreKeepsStandInHedge holds that a request for more, after a hedge
// that stands in for a decline, pages on under the same verdict: more
// results, hedged on what the first reply named, and not the decline the
// hedge stood in for. The request types none of the hedge's words, which
// for any other follow-up takes the hedge off.
func TestMoreKeepsStandInHedge(t *testing.T) {
	e, _ := newEngine(t)
	const first = "캐나다 인재 유치 예산과 대만 세액공제 비율 그리고 영국 연구소 위치는?"
	tests := []struct {
		name string
		more string
	}{
		{"Korean", "더 보여줘"},
		{"English", "more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, first, tt.more)
			if !rs[0].Answer.StandsIn() {
				t.Fatalf("Reply(%q) is no stand-in hedge; the test needs one", first)
			}
			m := rs[1]
			if got, want := m.Reading.Kind, More; got != want {
				t.Fatalf("Reply(%q) read as %v, want %v", tt.more, got, want)
			}
			if !m.Answer.Answered || len(m.Answer.Results) == 0 {
				t.Fatalf("Reply(%q) = answered %v with %d results; want the next results", tt.more, m.Answer.Answered, len(m.Answer.Results))
			}
			if len(m.Answer.Missing) == 0 {
				t.Errorf("Reply(%q) dropped the hedge it pages on", tt.more)
			}
		})
	}
}
