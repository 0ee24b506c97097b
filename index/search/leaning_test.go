package search

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

func TestCarriedWords(t *testing.T) {
	x := mustIndex(t)
	msg := question.Plain("생산시설은 어디에 있어?")
	tests := []struct {
		name    string
		asked   question.Asked
		carried []string // surfaces read as carried
	}{
		{"a question of its own carries nothing", question.Plain("미국 반도체 생산시설 어디"), nil},
		{"a rewrite's words the asker did not type", msg.Rewrite("미국 반도체 생산시설 어디"), []string{"미국", "반도체"}},
		{"a rewrite of a rewrite keeps what was typed", msg.Rewrite("미국 생산시설").Rewrite("미국 반도체 생산시설 어디"), []string{"미국", "반도체"}},
		{"a word typed inside a hyphened compound was typed", question.Plain("and the catch-up side, which areas?").Rewrite("memory strategy catch areas"), []string{"memory", "strategy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Analyse(tt.asked).Concepts {
				if c.Carried {
					got = append(got, c.Surface)
				}
			}
			if !slices.Equal(got, tt.carried) {
				t.Errorf("carried = %q, want %q", got, tt.carried)
			}
		})
	}
}

func TestLeaning(t *testing.T) {
	x := mustIndex(t)
	msg := question.Plain("생산시설은 어디에 있어?")
	shown := passageWith(t, x, "신규 생산시설 11곳 중 9곳")
	elsewhere := passageWith(t, x, "Telum 프로세서를 발표")
	tests := []struct {
		name  string
		asked question.Asked
		leans bool
	}{
		{"a question of its own", question.Plain("미국 반도체 생산시설 어디"), false},
		{"a rewrite with words typed and carried", msg.Rewrite("미국 반도체 생산시설 어디").Beside([]int{shown}), true},
		{"a rewrite of only carried words", question.Plain("더 보여줘").Rewrite("미국 반도체 생산시설"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(tt.asked)
			if got := q.Leans(); got != tt.leans {
				t.Fatalf("Leans = %v, want %v", got, tt.leans)
			}
			r := ranking{x}
			lean := r.leaning(q)
			near := r.feedback(q.Near)
			if (lean.weight != nil) != tt.leans {
				t.Fatalf("leaning weights = %v, want some: %v", lean.weight, tt.leans)
			}
			var typed, carried float64
			for k, c := range q.Concepts {
				if lean.weight == nil {
					break
				}
				if c.Carried {
					carried += lean.weight[k]
				} else {
					typed += lean.weight[k]
				}
			}
			if carried > x.p.CarriedShare*typed+1e-9 {
				t.Errorf("carried words weigh %.3f in the ordering, over %.1f of the typed %.3f", carried, x.p.CarriedShare, typed)
			}
			m := x.matcher(q.Concepts)
			own := make([]float64, len(q.Concepts))
			for _, id := range []int{shown, elsewhere} {
				cover, order, topical := r.heldLean(q, m, id, q.Weight(), own, lean, near.overlap(id))
				if want := r.held(q, id, q.Weight()); cover != want {
					t.Errorf("passage %d: cover %.3f, want held's %.3f", id, cover, want)
				}
				if !tt.leans && order != cover {
					t.Errorf("passage %d: order %.3f, want the cover %.3f", id, order, cover)
				}
				if !tt.leans && topical != cover {
					t.Errorf("passage %d: topical %.3f, want the cover %.3f", id, topical, cover)
				}
			}
			if tt.leans {
				_, onTopic, _ := r.heldLean(q, m, shown, q.Weight(), own, lean, near.overlap(shown))
				_, offTopic, _ := r.heldLean(q, m, elsewhere, q.Weight(), own, lean, near.overlap(elsewhere))
				if onTopic <= offTopic {
					t.Errorf("order: the shown topic's passage %.3f, not above another's %.3f", onTopic, offTopic)
				}
			}
		})
	}
}
