package dialog

import (
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

// TestUnderShown: a shown line with sub-bullets under it, none of them
// shown, gets the first n of them; a line whose sub-bullets the quote
// shows, a sub-bullet itself and a line with none get nothing.
func TestUnderShown(t *testing.T) {
	lines := []string{"lead", "plan in stages", "stage one", "stage two", "stage three", "after", "closing"}
	sub := []bool{false, false, true, true, true, false, true}
	tests := []struct {
		name   string
		pieces []string
		n      int
		want   []string
	}{
		{"the introducing line shown alone gets its first sub-bullet", []string{"plan in stages"}, 1, []string{"stage one"}},
		{"n sub-bullets at most", []string{"plan in stages"}, 2, []string{"stage one", "stage two"}},
		{"more than there are gives all", []string{"plan in stages"}, 5, []string{"stage one", "stage two", "stage three"}},
		{"a sub-bullet already shown: nothing", []string{"plan in stages", "stage two"}, 1, nil},
		{"a sub-bullet shown alone: nothing", []string{"stage three"}, 1, nil},
		{"a line with no sub-bullets: nothing", []string{"lead"}, 1, nil},
		{"each introducing line shown", []string{"plan in stages", "after"}, 1, []string{"stage one", "closing"}},
		{"a piece of the line shows it", []string{"in stages"}, 1, []string{"stage one"}},
		{"n of 0: nothing", []string{"plan in stages"}, 0, nil},
		{"a negative n: nothing", []string{"plan in stages"}, -1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := underShown(lines, sub, tt.pieces, tt.n, nil); !slices.Equal(got, tt.want) {
				t.Errorf("underShown(%q, %d) = %q, want %q", tt.pieces, tt.n, got, tt.want)
			}
		})
	}
	// the message's own words pick the sub-bullet: the second stage's
	// line where the message names what it states
	asked := func(ln string) float64 {
		if strings.Contains(ln, "two") {
			return 1
		}
		return 0
	}
	if got, want := underShown(lines, sub, []string{"plan in stages"}, 1, asked), []string{"stage two"}; !slices.Equal(got, want) {
		t.Errorf("underShown with the message's words = %q, want %q", got, want)
	}
}

// TestIntroduced: a follow-up's quote of the report's line that announces a
// plan in stages goes on with the first stage, in a source reply too, and
// so does the quote of a message in the thread read alone.
func TestIntroduced(t *testing.T) {
	e, _ := newEngine(t)
	id, intro, first := -1, "", ""
	for pid, p := range e.x.Document().Passages {
		lines := e.x.Passages().Lines(pid)
		for i := 0; i+1 < len(lines) && i+1 < len(p.Sub); i++ {
			if !p.Sub[i] && p.Sub[i+1] && strings.Contains(lines[i].Text, "단계별 전략") {
				id, intro, first = pid, lines[i].Text, lines[i+1].Text
			}
		}
	}
	if id < 0 {
		t.Fatal("no line announcing a plan in stages with sub-bullets under it")
	}
	reply := func(followUp bool, kind Kind) Reply {
		return Reply{FollowUp: followUp, Reading: Reading{Kind: kind},
			Answer: answer.Answer{Answered: true, Results: []answer.Result{{PassageID: id, Excerpt: intro}}}}
	}
	tests := []struct {
		name string
		r    Reply
		want bool // the first sub-bullet shown
	}{
		{"a follow-up", reply(true, Ellipsis), true},
		{"a message in a thread read alone", reply(false, Standalone), true},
		{"a source reply", reply(true, Sources), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.introduced(tt.r, nil).Answer.Results[0].Excerpt
			if !strings.Contains(got, intro) {
				t.Errorf("quote %q lost the introducing line", got)
			}
			if strings.Contains(got, first) != tt.want {
				t.Errorf("quote %q: first sub-bullet shown %v, want %v", got, !tt.want, tt.want)
			}
		})
	}
}

// TestHeadsOfShown: a shown sub-bullet whose introducing line the quote
// leaves out gets that line; a run whose head is shown, a run of which
// nothing is shown and a plain line get nothing.
func TestHeadsOfShown(t *testing.T) {
	lines := []string{"lead", "plan in stages", "stage one", "stage two", "after", "closing a", "closing b"}
	sub := []bool{false, false, true, true, false, true, true}
	tests := []struct {
		name   string
		pieces []string
		want   []string
	}{
		{"a sub-bullet shown alone gets its head", []string{"stage two"}, []string{"plan in stages"}},
		{"the head already shown: nothing", []string{"plan in stages", "stage one"}, nil},
		{"a plain line shown: nothing", []string{"lead"}, nil},
		{"each run's head, in order", []string{"closing b", "stage one"}, []string{"plan in stages", "after"}},
		{"a piece of a sub-bullet shows it", []string{"ing a"}, []string{"after"}},
		{"nothing shown: nothing", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headsOfShown(lines, sub, tt.pieces); !slices.Equal(got, tt.want) {
				t.Errorf("headsOfShown(%q) = %q, want %q", tt.pieces, got, tt.want)
			}
		})
	}
}

// TestFirstBest: the sub-bullets that hold the message's own words come
// before the first; with none scoring, or no score, the first; ties keep
// the passage's order, and the picks come back in it.
func TestFirstBest(t *testing.T) {
	lines := []string{"stage one", "stage two budget", "stage three budget rises"}
	words := func(ws ...string) func(string) float64 {
		return func(ln string) float64 {
			s := 0.0
			for _, w := range ws {
				if strings.Contains(ln, w) {
					s++
				}
			}
			return s
		}
	}
	tests := []struct {
		name  string
		n     int
		score func(string) float64
		want  []string
	}{
		{"no score: the first", 1, nil, []string{"stage one"}},
		{"nothing scores: the first", 1, words("deadline"), []string{"stage one"}},
		{"the line with the words", 1, words("rises"), []string{"stage three budget rises"}},
		{"a tie: the earlier", 1, words("budget"), []string{"stage two budget"}},
		{"two, in the passage's order", 2, words("rises", "one"), []string{"stage one", "stage three budget rises"}},
		{"more than there are: all", 5, words("rises"), lines},
		{"none asked: none", 0, words("rises"), []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := firstBest(lines, tt.n, tt.score); !slices.Equal(got, tt.want) {
				t.Errorf("firstBest(%d) = %q, want %q", tt.n, got, tt.want)
			}
		})
	}
}
