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

// TestAboutNamed checks which passages a concept's country or company is
// about (aboutNamed): one the passage names, and Korea where the report
// writes it in its own words (국내), which no term of the name's holds;
// not a country the passage does not name, nor a concept naming none.
func TestAboutNamed(t *testing.T) {
	x := mustIndex(t)
	// The report writes Korea's own field as 국내 산업: no term the index
	// requires of a passage about Korea.
	domestic := passageIn(t, x, "1.2", "국내 산업이 초격차를 확보한 분야")
	chips := passageWith(t, x, "신규 생산시설 11곳 중 9곳")
	korea := conceptOf(t, x, "우리나라는 어느 분야에서 초격차를 갖고 있어?", "우리나라는")
	usa := conceptOf(t, x, "미국 반도체 생산시설 어디", "미국")
	plain := conceptOf(t, x, "우리나라는 어느 분야에서 초격차를 갖고 있어?", "초격차를")
	tests := []struct {
		name string
		c    question.Concept
		id   int
		want bool
	}{
		{"Korea in the report's own word for it", korea, domestic, true},
		{"a country the passage does not name", usa, domestic, false},
		{"a country the passage names", usa, chips, true},
		{"no name", plain, domestic, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (ranking{x}).aboutNamed(tt.c, tt.id); got != tt.want {
				t.Errorf("aboutNamed(%q, %d) = %v, want %v", tt.c.Surface, tt.id, got, tt.want)
			}
		})
	}
}

// TestLeaningOrdersByNameAbout checks that a follow-up leaning on the
// passages just shown orders a passage about the country it names
// (aboutNamed) above where the same question, its name read as no name,
// would put it, while the coverage that decides whether to answer stays
// what the terms give.
func TestLeaningOrdersByNameAbout(t *testing.T) {
	x := mustIndex(t)
	shown := passageIn(t, x, "1.2", "초격차는 후발주자나 경쟁 상대가")
	domestic := passageIn(t, x, "1.2", "국내 산업이 초격차를 확보한 분야")
	q := x.Analyse(question.Plain("우리나라는 어느 분야에서 그걸 갖고 있어?").Rewrite("초격차 우리나라 분야 갖고").Beside([]int{shown}))
	k := slices.IndexFunc(q.Concepts, func(c question.Concept) bool { return c.Entity })
	if k < 0 || !q.Leans() {
		t.Fatalf("want a rewrite that leans and names Korea: %+v", q.Concepts)
	}
	// The same question with Korea read as no name: the passage lacks it.
	unnamed := q
	unnamed.Concepts = slices.Clone(q.Concepts)
	unnamed.Concepts[k].Entity = false
	r := ranking{x}
	order := func(q question.Query) (cover, order float64) {
		lean := r.leaning(q)
		own := make([]float64, len(q.Concepts))
		cover, order, _ = r.heldLean(q, x.matcher(q.Concepts), domestic, q.Weight(), own, lean, r.feedback(q.Near).overlap(domestic))
		return cover, order
	}
	cover, got := order(q)
	wantCover, without := order(unnamed)
	if got <= without {
		t.Errorf("order of the passage about Korea %.3f, want above %.3f, its order lacking the name", got, without)
	}
	if cover != wantCover {
		t.Errorf("cover %.3f, want %.3f: whether to answer reads the terms", cover, wantCover)
	}
}

// conceptOf is the concept of q read with the surface s.
func conceptOf(t *testing.T, x *Index, q, s string) question.Concept {
	t.Helper()
	for _, c := range x.Analyse(question.Plain(q)).Concepts {
		if c.Surface == s {
			return c
		}
	}
	t.Fatalf("%q reads no concept %q", q, s)
	return question.Concept{}
}
