package dialog

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/excerpt"
	"github.com/stepi-tools/reportbot/index/question"
)

// TestEqualled: a follow-up's quote goes on with the line it left out
// that holds the message's own words at least as fully as its best line;
// not where the thread or another result of the reply shows that line,
// nor where the quote holds none of the words, nor for a message asking
// for more, nor where the line would take the quote past MaxExcerptRunes.
func TestEqualled(t *testing.T) {
	e, _ := newEngine(t)
	id, lines := threeShortLines(t, e)
	l0, l1, l2 := lines[0], lines[1], lines[2]
	// the message is the third line: the second holds some of its words
	// (the report's title, in Korean, for its English), the first none
	msg := l2
	turn := func(quote string) State {
		return State{Turns: []Turn{{Question: "q", Asked: "q", Answered: true, Evidence: []Evidence{{PassageID: id, Excerpt: quote}}}}}
	}
	long := l1 + excerpt.Gap + strings.Repeat("가", e.x.Params().MaxExcerptRunes)
	// a quote leaving one rune of room, the gap's aside
	near := l1 + excerpt.Gap + strings.Repeat("가", e.x.Params().MaxExcerptRunes-len([]rune(l1+excerpt.Gap+excerpt.Gap))-1)
	tests := []struct {
		name   string
		st     State
		quotes []string // the reply's quotes of the passage, the first tested
		more   bool
		wantL2 bool // whether the first quote comes to show l2
	}{
		{"the left-out line holding the words as fully is added", turn(l0), []string{l1}, false, true},
		{"a line the thread showed is not added", turn(l2), []string{l1}, false, false},
		{"a line another result of the reply shows is not added", turn(l0), []string{l1, l2}, false, false},
		{"a quote holding none of the words is left", turn(l1), []string{l0}, false, false},
		{"a message asking for more is left to its own step", turn(l0), []string{l1}, true, false},
		{"a quote with no room under the bound is left", turn(l0), []string{long}, false, false},
		{"a quote one rune short of the bound is left", turn(l0), []string{near}, false, false},
		{"a first turn is left", State{}, []string{l1}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := e.read(question.Plain(msg))
			m.more = tt.more
			var res []answer.Result
			for _, q := range tt.quotes {
				res = append(res, answer.Result{PassageID: id, Excerpt: q})
			}
			r := Reply{FollowUp: true, Answer: answer.Answer{Answered: true, Results: res}}
			got := e.equalled(r, tt.st, m, e.ownScore(m)).Answer.Results[0].Excerpt
			if shows := showsLine(excerptPieces(got), l2); shows != tt.wantL2 {
				t.Errorf("equalled: quote %q shows the third line %v, want %v", strings.ReplaceAll(got, "\n", " ¶ "), shows, tt.wantL2)
			}
			if n := len([]rune(got)); tt.wantL2 && n > e.x.Params().MaxExcerptRunes {
				t.Errorf("equalled: quote of %d runes, bound %d", n, e.x.Params().MaxExcerptRunes)
			}
		})
	}
}

// TestEqualLine: of the lines a quote leaves out and nothing shown shows,
// the one holding the words (here, its x's) most, at least as fully as
// the quote's best line; of those alike, the first reading on from the
// quote: a line skipped inside it, then the nearest below, then above.
func TestEqualLine(t *testing.T) {
	score := func(s string) float64 { return float64(strings.Count(s, "x")) }
	alike := []string{"xx above", "x one", "xx skipped", "x two", "xx below"}
	far := append(append([]string(nil), alike...), "xxx far below")
	gap := "x one" + excerpt.Gap + "x two"
	whole := "x one\nxx skipped\nx two"
	tests := []struct {
		name  string
		lines []string
		quote string
		shown []string
		want  string
	}{
		{"a line skipped inside the quote comes first", alike, gap, nil, "xx skipped"},
		{"then the nearest below the quote", alike, whole, nil, "xx below"},
		{"then the nearest above it", alike, whole, []string{"xx below"}, "xx above"},
		{"the line holding most, however far", far, gap, nil, "xxx far below"},
		{"none holding as much as the quote's best", alike, whole, []string{"xx below", "xx above"}, ""},
		{"a quote holding none of the words", []string{"a", "b", "xx c"}, "a\nb", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shown := append(append([]string(nil), tt.shown...), tt.quote)
			got := ""
			if i := equalLine(tt.lines, shownSpan(tt.lines, tt.quote), quoteBest(tt.quote, score), shown, score); i >= 0 {
				got = tt.lines[i]
			}
			if got != tt.want {
				t.Errorf("equalLine(%q, %q) = %q, want %q", tt.lines, tt.quote, got, tt.want)
			}
		})
	}
}

// TestBridgeRunes counts the lines extend would bridge between a quote
// and the line it goes on with, and their line breaks: none where the two
// are next to each other, too far apart, the gap only blank or the line
// inside the quote's run.
func TestBridgeRunes(t *testing.T) {
	lines := []string{"가", "나", " ", "라라", "마마마", "바"}
	tests := []struct {
		name string
		span quotedRun
		i, n int
		want int
	}{
		{"next to the quote", quotedRun{0, 0}, 1, 1, 0},
		{"one line between on", quotedRun{3, 3}, 5, 1, 3 + 2},
		{"one line between back", quotedRun{5, 5}, 3, 1, 3 + 2},
		{"two lines between, one allowed", quotedRun{0, 0}, 3, 1, 0},
		{"two lines between, one blank", quotedRun{0, 0}, 3, 2, 1 + 2},
		{"three lines between", quotedRun{0, 1}, 5, 3, 2 + 3 + 3},
		{"a blank line between", quotedRun{1, 1}, 3, 1, 0},
		{"inside the quote's run", quotedRun{0, 5}, 3, 2, 0},
		{"a quote showing no line", quotedRun{-1, -1}, 3, 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bridgeRunes(lines, tt.span, tt.i, tt.n); got != tt.want {
				t.Errorf("bridgeRunes(%v, %d, %d) = %d, want %d", tt.span, tt.i, tt.n, got, tt.want)
			}
		})
	}
}

// TestBridgeRunesBoundsGrowth checks on every passage of the report of up
// to 12 lines that growing a quote of one line by another line the quote
// does not show adds at least bridgeRunes besides the line (equalled
// drops the line before cutting it on that bound): the lines extend
// bridges are those bridgeRunes counts.
func TestBridgeRunesBoundsGrowth(t *testing.T) {
	e, _ := newEngine(t)
	n := e.x.Params().BridgeLines
	checked := 0
	for id := range e.x.Document().Passages {
		lines := e.lineTexts(id)
		if len(lines) > 12 {
			continue // the pairs of a long passage add time, not cases
		}
		for a, quote := range lines {
			span := shownSpan(lines, quote)
			if span.first < 0 {
				continue
			}
			for b, add := range lines {
				if b == a || !fresh(add, []string{quote}) {
					continue
				}
				k := bridgeRunes(lines, span, b, n)
				got := utf8.RuneCountInString(e.extended(answer.Result{PassageID: id, Excerpt: quote}, add))
				if k > 0 {
					checked++
				}
				if want := utf8.RuneCountInString(quote) + k + utf8.RuneCountInString(add); got < want {
					t.Errorf("passage %d: line %d grown by line %d is %d runes, under the quote, the line and the %d bridgeRunes (%d)", id, a, b, got, k, want)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no quote and line with lines between them")
	}
}
