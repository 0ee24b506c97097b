package answer_test

import (
	"context"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestNear checks the hedge a decline carries: a question declined with
// passages near it carries them, headed by a word it typed that they lack;
// one no passage shares a word with carries none; an answer has none. A
// caller's cut of the hedge is its own.
func TestNear(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name        string
		q           string
		wantNear    bool
		wantMissing string
	}{
		{"declined for a word the report never uses", "2021년 대책 뭐였지?", true, "대책"},
		{"declined sharing only a company's name", "엔비디아 주가 전망은?", true, ""},
		{"declined with no passage", "주차 등록은 어떻게 해?", false, ""},
		{"answered", "일본 반도체 보조금 얼마야?", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatal(err)
			}
			near, ok := e.Near(ans)
			if ok != tt.wantNear {
				t.Fatalf("Near ok = %v, want %v", ok, tt.wantNear)
			}
			if !ok {
				return
			}
			if !near.Answered || len(near.Results) == 0 || len(near.Missing) == 0 {
				t.Errorf("Near = answered %v, %d results, missing %v; want a hedge with results", near.Answered, len(near.Results), near.Missing)
			}
			if tt.wantMissing != "" && !slices.Contains(near.Missing, tt.wantMissing) {
				t.Errorf("Near missing = %v, want it to hold %q", near.Missing, tt.wantMissing)
			}
			// what a caller cuts of the hedge is its own copy's
			clear(near.Missing)
			near.Results[0].Excerpt = ""
			if again, _ := e.Near(ans); slices.Contains(again.Missing, "") || again.Results[0].Excerpt == "" {
				t.Errorf("Near again = missing %q, first quote %q: the caller's cut reached the answer's hedge", again.Missing, again.Results[0].Excerpt)
			}
		})
	}
}

// TestNearIsFinished checks that the hedge a decline carries is finished as
// every reply is: it names a word as hedges name it (the stem, not the word
// with its particle) and labels its passages with their report.
func TestNearIsFinished(t *testing.T) {
	e := mustEngine(t)
	ans, err := e.Ask(context.Background(), question.Plain("2021년 대책은 뭐였지?"), 3)
	if err != nil {
		t.Fatal(err)
	}
	near, ok := e.Near(ans)
	if !ok {
		t.Fatalf("Near ok = false, want the hedge of a decline (answer %+v)", ans)
	}
	if got, want := near.Missing, "대책"; !slices.Contains(got, want) {
		t.Errorf("Near missing = %v, want %q as a hedge names it", got, want)
	}
	for i, r := range near.Results {
		if r.Report == "" {
			t.Errorf("Near result %d has no report label", i)
		}
	}
}
