package search

import (
	"context"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestAloneFeedback: a follow-up read as typed (BesideAlone) is ranked
// with the passages just shown as feedback weighed by AloneFeedback, a
// rewrite (Beside) by FeedbackWeight; with its weight at 0 the shown
// passage scores as it would with nothing shown.
func TestAloneFeedback(t *testing.T) {
	base := mustIndex(t)
	shown := passageWith(t, base, "신규 생산시설 11곳 중 9곳")
	msg := question.Plain("반도체 생산시설")
	score := func(t *testing.T, x *Index, asked question.Asked) float64 {
		t.Helper()
		cs, err := x.Rank(context.Background(), x.Analyse(asked))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.ID == shown {
				return c.Score
			}
		}
		t.Fatalf("passage %d not ranked", shown)
		return 0
	}
	p := base.Params()
	p.FeedbackWeight, p.AloneFeedback = 1, 0
	off := base.With(p)
	p.FeedbackWeight, p.AloneFeedback = 0, 1
	on := base.With(p)
	plain := score(t, off, msg)
	tests := []struct {
		name   string
		x      *Index
		asked  question.Asked
		raised bool // scored above the reading with nothing shown
	}{
		{"read alone, AloneFeedback 0", off, msg.BesideAlone([]int{shown}), false},
		{"read alone, AloneFeedback 1", on, msg.BesideAlone([]int{shown}), true},
		{"beside, FeedbackWeight 1", off, msg.Beside([]int{shown}), true},
		{"beside, FeedbackWeight 0", on, msg.Beside([]int{shown}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := score(t, tt.x, tt.asked); (got > plain) != tt.raised {
				t.Errorf("score %.4f against %.4f with nothing shown: raised %v, want %v", got, plain, got > plain, tt.raised)
			}
		})
	}
}
