package dialog

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

// TestKept: a follow-up's quote of a passage the thread showed gets back
// a shown line it dropped that holds the question's words; not a line the
// thread never showed, nor for a message asking for more or a source
// reply.
func TestKept(t *testing.T) {
	e, _ := newEngine(t)
	id, lines := threeShortLines(t, e)
	l0, l1 := lines[0], lines[1]
	thread := func(excerpt string) State {
		return State{Turns: []Turn{{Question: "q", Asked: "q", Answered: true, Evidence: []Evidence{{PassageID: id, Excerpt: excerpt}}}}}
	}
	tests := []struct {
		name  string
		shown string // the thread's earlier quote of the passage
		quote string // the reply's quote of it
		asked string // the question answered
		more  bool
		kind  Kind
		want  string
	}{
		{"a dropped line holding the question's words comes back", l0 + "\n" + l1, l1, l0, false, "", l0 + "\n" + l1},
		{"a line the thread never showed stays out", l1, l1, l0, false, "", l1},
		{"a message asking for more wants unread lines", l0 + "\n" + l1, l1, l0, true, "", l1},
		{"a source reply shows the quotes as they were", l0 + "\n" + l1, l1, l0, false, Sources, l1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asked := question.Plain(tt.asked)
			m := e.read(asked)
			m.more = tt.more
			r := Reply{FollowUp: true, Answer: answer.Answer{Answered: true, Results: []answer.Result{{PassageID: id, Excerpt: tt.quote}}}}
			r.Turn.Asked, r.Reading.Kind = tt.asked, tt.kind
			got := e.kept(r, thread(tt.shown), m, asked).Answer.Results[0].Excerpt
			if got != tt.want {
				t.Errorf("kept: quote %q, want %q", strings.ReplaceAll(got, "\n", " ¶ "), strings.ReplaceAll(tt.want, "\n", " ¶ "))
			}
		})
	}
}

// TestGivenBack: of a passage's lines, those an earlier quote showed and
// the quote lacks come back where they hold the question's words as much
// as the quote's weakest piece.
func TestGivenBack(t *testing.T) {
	lines := []string{"alpha beta one", "beta two", "gamma three", "alpha beta gamma four"}
	// a line scores by how many of the question's words it holds
	score := func(ln string) float64 {
		n := 0
		for _, w := range []string{"alpha", "beta", "gamma"} {
			if strings.Contains(ln, w) {
				n++
			}
		}
		return float64(n)
	}
	tests := []struct {
		name         string
		shown, quote string
		want         []string
	}{
		{"a dropped line holding more than the line kept", "alpha beta one\nbeta two", "beta two", []string{"alpha beta one"}},
		{"as much as the line kept", "beta two\ngamma three", "gamma three", []string{"beta two"}},
		{"less than every line kept", "beta two\nalpha beta gamma four", "alpha beta gamma four", nil},
		{"never shown", "beta two", "beta two", nil},
		{"every dropped line, in the passage's order", "alpha beta one\nbeta two\ngamma three", "gamma three", []string{"alpha beta one", "beta two"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := givenBack(lines, excerptPieces(tt.shown), tt.quote, score); !slices.Equal(got, tt.want) {
				t.Errorf("givenBack(shown %q, quote %q) = %q, want %q", tt.shown, tt.quote, got, tt.want)
			}
		})
	}
}

// TestWeakest: the lowest score of a quote's pieces, 0 for none.
func TestWeakest(t *testing.T) {
	score := func(s string) float64 { return float64(len(s)) }
	tests := []struct {
		name   string
		pieces []string
		want   float64
	}{
		{"none", nil, 0},
		{"one", []string{"abc"}, 3},
		{"the lowest of several", []string{"abcd", "ab", "abc"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := weakest(tt.pieces, score); got != tt.want {
				t.Errorf("weakest(%q) = %v, want %v", tt.pieces, got, tt.want)
			}
		})
	}
}

// threeShortLines is a passage of the report whose first three lines are
// neither empty nor long, and its lines: the quote-changing steps' tests
// need lines a quote can hold whole.
func threeShortLines(t *testing.T, e *Engine) (int, []string) {
	t.Helper()
	for i := range e.x.Document().Passages {
		ls := e.lineTexts(i)
		if len(ls) >= 3 && !slices.Contains(ls[:3], "") && !slices.ContainsFunc(ls[:3], func(l string) bool { return utf8.RuneCountInString(l) > 120 }) {
			return i, ls
		}
	}
	t.Fatal("no passage of three short lines")
	return -1, nil
}
