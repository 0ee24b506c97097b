package search

import (
	"context"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestTopical checks that a follow-up's passage going on with the passages
// just shown holds the words the rewrite carried, for the coverage that
// says whether it covers enough (Candidate.Topical), and that a passage
// off that topic, or any passage of a question of its own, is measured by
// its coverage alone.
func TestTopical(t *testing.T) {
	x := mustIndex(t)
	msg := question.Plain("주로 어느 주에 몰려 있어?")
	shown := passageWith(t, x, "신규 생산시설 11곳 중 9곳")
	elsewhere := passageWith(t, x, "Telum 프로세서를 발표")
	tests := []struct {
		name  string
		asked question.Asked
		gains bool // the shown topic's passage holds more than its cover
	}{
		{"a question of its own", question.Plain("세액공제 직접환급 주 밀집"), false},
		{"a rewrite beside the passage shown", msg.Rewrite("세액공제 직접환급 주 밀집").Beside([]int{shown}), true},
		{"a rewrite with no passage shown", msg.Rewrite("세액공제 직접환급 주 밀집"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ranked, err := x.Rank(context.Background(), x.Analyse(tt.asked))
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range ranked {
				switch {
				case c.Topical < c.Cover:
					t.Errorf("passage %d: topical %.3f below its cover %.3f", c.ID, c.Topical, c.Cover)
				case c.ID == shown:
					if got := c.Topical > c.Cover; got != tt.gains {
						t.Errorf("shown passage: topical %.3f over cover %.3f = %v, want %v", c.Topical, c.Cover, got, tt.gains)
					}
				case c.ID == elsewhere && c.Topical != c.Cover:
					t.Errorf("passage off the topic: topical %.3f, want its cover %.3f", c.Topical, c.Cover)
				case !tt.gains && c.Topical != c.Cover:
					t.Errorf("passage %d: topical %.3f, want its cover %.3f", c.ID, c.Topical, c.Cover)
				}
			}
		})
	}
}

// TestHeldIn checks that HeldIn reads the one passage it is given: a
// name is held by the passage that states it and by no other.
func TestHeldIn(t *testing.T) {
	x := mustIndex(t)
	q := x.Analyse(question.Plain("Telum"))
	if len(q.Concepts) != 1 {
		t.Fatalf("Analyse(Telum) = %d concepts, want 1", len(q.Concepts))
	}
	c := q.Concepts[0]
	tests := []struct {
		name string
		id   int
		want bool
	}{
		{"the passage that states it", passageWith(t, x, "Telum 프로세서를 발표"), true},
		{"a passage about another thing", passageWith(t, x, "신규 생산시설 11곳 중 9곳"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.HeldIn(c, tt.id); got != tt.want {
				t.Errorf("HeldIn(%q, %d) = %v, want %v", c.Surface, tt.id, got, tt.want)
			}
		})
	}
}
