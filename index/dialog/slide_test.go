package dialog

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestSlide: a run of whole lines slides one line on or back where the line
// it takes adds more of what the message asks than the line it drops.
func TestSlide(t *testing.T) {
	lines := []string{"lead of the topic", "topic again, widely", "topic in short", "the detail 42 units", "an aside"}
	// a line scores by the words it holds
	word := func(w string) func(string) float64 {
		return func(ln string) float64 {
			if strings.Contains(ln, w) {
				return 1
			}
			return 0
		}
	}
	tests := []struct {
		name    string
		w       window
		excerpt string
		want    string
		moved   bool
	}{
		{"the next line holds the message's word the run lacks", window{words: []func(string) float64{word("detail")}, limit: 100},
			"topic again, widely\ntopic in short", "topic in short\nthe detail 42 units", true},
		{"the figure asked where no quoted line holds one", window{expect: regexp.MustCompile(`\d+`), limit: 100},
			"topic again, widely\ntopic in short", "topic in short\nthe detail 42 units", true},
		{"the line dropped alone holds a word the message asks", window{words: []func(string) float64{word("detail"), word("widely")}, limit: 100},
			"topic again, widely\ntopic in short", "", false},
		{"back a line", window{words: []func(string) float64{word("lead")}, limit: 100},
			"topic again, widely\ntopic in short", "lead of the topic\ntopic again, widely", true},
		{"a line of its own stays", window{words: []func(string) float64{word("detail")}, limit: 100},
			"topic in short", "", false},
		{"a cut line stays", window{words: []func(string) float64{word("detail")}, limit: 100},
			"topic again…\ntopic in short", "", false},
		{"longer than the limit", window{words: []func(string) float64{word("detail")}, limit: 30},
			"topic again, widely\ntopic in short", "", false},
		{"nothing added", window{words: []func(string) float64{word("topic")}, limit: 100},
			"topic again, widely\ntopic in short", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, moved := tt.w.slide(lines, tt.excerpt)
			if got != tt.want || moved != tt.moved {
				t.Errorf("slide(%q) = %q, %v; want %q, %v", tt.excerpt, got, moved, tt.want, tt.moved)
			}
		})
	}
}

// TestWholeRun: an excerpt that is whole lines of a passage joined by line
// breaks is their run; one that cuts a line, leaves one out or is not of
// the passage is none.
func TestWholeRun(t *testing.T) {
	lines := []string{"a one", "b two", "c three", "b two"}
	tests := []struct {
		name, excerpt string
		a, b          int
		ok            bool
	}{
		{"one line", "b two", 1, 1, true},
		{"two lines", "b two\nc three", 1, 2, true},
		{"a later start", "c three\nb two", 2, 3, true},
		{"a line cut", "b two\nc th", 0, 0, false},
		{"a line left out", "a one\nc three", 0, 0, false},
		{"not of the passage", "d four", 0, 0, false},
		{"empty", "", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b, ok := wholeRun(lines, tt.excerpt)
			if a != tt.a || b != tt.b || ok != tt.ok {
				t.Errorf("wholeRun(%q) = %d, %d, %v; want %d, %d, %v", tt.excerpt, a, b, ok, tt.a, tt.b, tt.ok)
			}
		})
	}
}

// TestOwnWordScores: scored one word at a time (ownWordScores, what slid
// weighs), a line's own words add up to what ownScore rates it, for a
// message that asks no date or figure (no bonus): the two read the same
// words the same way.
func TestOwnWordScores(t *testing.T) {
	e, _ := newEngine(t)
	_, lines := ibmChips(t, e)
	for _, tc := range []struct{ name, msg string }{
		{"one word of its own", "스파이어는 어디에 중점을 둬?"},
		{"words several lines hold", "금융 쪽에서는 어떻게 써?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := e.read(question.Plain(tc.msg))
			if m.query.Expect != nil {
				t.Fatalf("%q asks a date or figure: ownScore adds a bonus", tc.msg)
			}
			whole, words := e.ownScore(m), e.ownWordScores(m)
			scored := false
			for _, ln := range lines {
				var sum float64
				for _, f := range words {
					sum += f(ln)
				}
				if got := whole(ln); got != sum {
					t.Errorf("ownScore(%q) = %v, the words' sum %v", ln, got, sum)
				}
				scored = scored || sum > 0
			}
			if !scored {
				t.Errorf("no line of the passage holds a word of %q", tc.msg)
			}
		})
	}
}
