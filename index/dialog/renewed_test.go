package dialog

import (
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

// TestRenewed: a quote that repeats a line the thread showed goes on with
// the unshown line holding the message's own words; not a quote that
// repeats nothing, nor one whose fresh line already holds them, nor for a
// message asking for more or a message with no thread before it.
func TestRenewed(t *testing.T) {
	e, _ := newEngine(t)
	id, lines := threeShortLines(t, e)
	l0, l1, l2 := lines[0], lines[1], lines[2]
	thread := State{Turns: []Turn{{Question: "q", Asked: "q", Answered: true, Evidence: []Evidence{{PassageID: id, Excerpt: l0}}}}}
	tests := []struct {
		name   string
		st     State
		quote  string // the reply's quote of the passage
		msg    string // the message, whose own words the lines are scored by
		more   bool
		wantL2 bool // whether the quote comes to show l2
	}{
		{"a repeated line is followed by the unshown line the message asks", thread, l0, l2, false, true},
		{"a quote that repeats nothing was cut for the message", thread, l1, l2, false, false},
		{"a fresh line holding the message's words is enough", thread, l0 + "\n" + l1, l1, false, false},
		{"a message asking for more is left to its own step", thread, l0, l2, true, false},
		{"a message with no thread before it repeats nothing", State{}, l0, l2, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := e.read(question.Plain(tt.msg))
			m.more = tt.more
			r := Reply{FollowUp: true, Answer: answer.Answer{Answered: true, Results: []answer.Result{{PassageID: id, Excerpt: tt.quote}}}}
			got := e.renewed(r, tt.st, m, e.ownScore(m)).Answer.Results[0].Excerpt
			if shows := showsLine(excerptPieces(got), l2); shows != tt.wantL2 {
				t.Errorf("renewed: quote %q shows the third line %v, want %v", strings.ReplaceAll(got, "\n", " ¶ "), shows, tt.wantL2)
			}
		})
	}
}

// TestFreshBest: only the pieces the thread has not shown count.
func TestFreshBest(t *testing.T) {
	score := func(s string) float64 { return float64(len(s)) }
	tests := []struct {
		name          string
		pieces, shown []string
		want          float64
	}{
		{"no piece shown before", []string{"xy", "abcd"}, nil, 4},
		{"the longest piece shown before", []string{"xy", "abcd"}, []string{"abcd"}, 2},
		{"every piece shown before", []string{"xy"}, []string{"xy"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := freshBest(tt.pieces, tt.shown, score); got != tt.want {
				t.Errorf("freshBest(%q, %q) = %v, want %v", tt.pieces, tt.shown, got, tt.want)
			}
		})
	}
}

// TestGoesOnByOwnWords checks which replies the steps that go on with a
// line of the message's own words read: one answered anew in a thread, to
// a message with words of its own, and no other.
func TestGoesOnByOwnWords(t *testing.T) {
	score := func(string) float64 { return 1 }
	thread := State{Turns: []Turn{{Question: "q", Asked: "q", Answered: true}}}
	answered := Reply{Answer: answer.Answer{Answered: true}}
	sources := answered
	sources.Turn.Kind = Sources
	more := answered
	more.Reading.Kind = More
	tests := []struct {
		name  string
		r     Reply
		st    State
		m     message
		score func(string) float64
		want  bool
	}{
		{"answered anew in a thread", answered, thread, message{}, score, true},
		{"a message of no words of its own", answered, thread, message{}, nil, false},
		{"no thread before it", answered, State{}, message{}, score, false},
		{"a message asking for more", answered, thread, message{more: true}, score, false},
		{"a source reply", sources, thread, message{}, score, false},
		{"a reply going on past the thread's lines", more, thread, message{}, score, false},
		{"declined", Reply{}, thread, message{}, score, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := goesOnByOwnWords(tt.r, tt.st, tt.m, tt.score); got != tt.want {
				t.Errorf("goesOnByOwnWords = %v, want %v", got, tt.want)
			}
		})
	}
}
