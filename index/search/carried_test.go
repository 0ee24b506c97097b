package search

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestSpreadDF checks that a word the report's headings hold counts once
// a heading for the passages under it that do not print it, and that a
// word no heading holds counts as DF does.
func TestSpreadDF(t *testing.T) {
	x := mustIndex(t)
	counts := reportCounts{x.vocab, x.carried}
	for _, tt := range []struct {
		name, term string
		fewer      bool // counted once a heading, fewer than DF
	}{
		{"the report's key term, in every title of its chapters", "초격차", true},
		{"the references' title, which its entries do not print", "참고문헌", true},
		{"a word of the text no heading holds", "보조금", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			df := x.vocab.DF(tt.term)
			got := counts.SpreadDF([]string{tt.term})
			if df == 0 {
				t.Fatalf("%s: the report holds it nowhere", tt.term)
			}
			if got <= 0 || got > df || (got < df) != tt.fewer {
				t.Errorf("SpreadDF(%s) = %d, DF %d: want fewer than DF %v, and more than 0", tt.term, got, df, tt.fewer)
			}
			printed := 0
			for id := range x.info {
				if printsTerm(x, id, tt.term) {
					printed++
				}
			}
			if got < printed {
				t.Errorf("SpreadDF(%s) = %d, fewer than the %d passages printing it", tt.term, got, printed)
			}
		})
	}
}

// TestSpreadDFOfSeveral checks that a word's terms taken together count a
// passage once, as DF does, and a heading once.
func TestSpreadDFOfSeveral(t *testing.T) {
	x := mustIndex(t)
	counts := reportCounts{x.vocab, x.carried}
	one := counts.SpreadDF([]string{"초격차"})
	if got := counts.SpreadDF([]string{"초격차", "초격차"}); got != one {
		t.Errorf("SpreadDF of a term twice = %d, of it once %d", got, one)
	}
	if got := counts.SpreadDF([]string{"초격차", "no-such-term"}); got != one {
		t.Errorf("SpreadDF with a term the report lacks = %d, without it %d", got, one)
	}
	if got := counts.SpreadDF([]string{"no-such-term"}); got != 0 {
		t.Errorf("SpreadDF of a term the report lacks = %d, want 0", got)
	}
}

// TestConceptSpread checks that a question's word the headings hold is
// searched as rarer than its DF says, and one they do not hold as rare as
// its DF says. The questions are made up for the test.
func TestConceptSpread(t *testing.T) {
	x := mustIndex(t)
	for _, tt := range []struct {
		name, q, word string
		rarer         bool
	}{
		{"a title word", "초격차 관련 내용 알려줘", "초격차", true},
		{"a word of the text alone", "보조금 관련 내용 알려줘", "보조금", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			for _, c := range q.Concepts {
				if c.Surface != tt.word {
					continue
				}
				if got := c.Spread > 1; got != tt.rarer {
					t.Errorf("%s: Spread %.3f, want rarer than DF %v", tt.word, c.Spread, tt.rarer)
				}
				return
			}
			t.Fatalf("%q: no concept %s", tt.q, tt.word)
		})
	}
}

// printsTerm tells whether a line of passage id, or a footnote it cites,
// holds term.
func printsTerm(x *Index, id int, term string) bool {
	for _, ln := range x.info[id].lines {
		if ln.Terms.Has(term) || ln.Notes.Has(term) {
			return true
		}
	}
	return false
}

// TestLeavesBoostBySpread checks that the first stage searches a concept
// by its weight times its Spread, and by its weight where Spread is unset.
func TestLeavesBoostBySpread(t *testing.T) {
	x := mustIndex(t)
	df := x.vocab.DF("초격차")
	for _, tt := range []struct {
		name   string
		spread float64
		want   float64
	}{
		{"unset", 0, 1},
		{"no rarer", 1, 1},
		{"rarer by headings", 2.5, 2.5},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := question.Concept{Surface: "초격차", Terms: []string{"초격차"}, Weight: 1, DF: df, Spread: tt.spread}
			for _, l := range (ranking{x}).leaves([]question.Concept{c}) {
				if l.field == fieldWords {
					if l.boost != tt.want {
						t.Errorf("words leaf boost %.2f, want %.2f", l.boost, tt.want)
					}
					return
				}
			}
			t.Fatal("no words leaf")
		})
	}
}

// TestSpreadsCountAsSeveral checks that SpreadDF of one term, read from
// the table of spreads or from DF where the table has none, counts as the
// count of several terms does, for every term; and that the table holds
// only terms whose spread is below their DF.
func TestSpreadsCountAsSeveral(t *testing.T) {
	x := mustIndex(t)
	c := x.carried
	r := reportCounts{x.vocab, c}
	for id := range x.vocab.words.Len() {
		w := x.vocab.words.Word(id)
		if got, want := r.SpreadDF([]string{w}), c.count([]uint32{uint32(id)}, x.vocab); got != want {
			t.Errorf("term %q: SpreadDF %d, count %d", w, got, want)
		}
	}
	if len(c.spread) == 0 {
		t.Fatal("no term is held by a heading alone in more than one passage")
	}
	for _, s := range c.spread {
		if df := x.vocab.df(s.term, true); int(s.n) >= df {
			t.Errorf("term %q: spread %d in the table, not below its DF %d", x.vocab.words.Word(int(s.term)), s.n, df)
		}
	}
}
