package search

import (
	"slices"
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

// countByMaps is count as it was written first, a map of passages and one
// of headings: the reference count's one sorted array must agree with.
func countByMaps(c carried, ids []uint32, v *vocab) int {
	place := map[int32]int32{}
	for _, id := range ids {
		for _, p := range v.post[v.at[id]:v.at[id+1]] {
			at, only := c.placeOf(p, id)
			if prev, seen := place[p]; !only || seen && prev < 0 {
				at = -1
			}
			place[p] = at
		}
	}
	n := 0
	headings := map[int32]bool{}
	for _, at := range place {
		switch {
		case at < 0:
			n++
		case !headings[at]:
			headings[at] = true
			n++
		}
	}
	return n
}

// TestCountAsByMaps checks count against countByMaps for the terms a
// heading shares among passages, one, two and three at a time, each next to
// its neighbours in the table and to a common term of the text, and a term
// twice.
func TestCountAsByMaps(t *testing.T) {
	x := mustIndex(t)
	c := x.carried
	text, ok := x.vocab.lookup("보조금")
	if !ok {
		t.Fatal("no 보조금 in the report")
	}
	tests := map[string][][]uint32{}
	for i, s := range c.spread {
		next := c.spread[(i+1)%len(c.spread)].term
		after := c.spread[(i+2)%len(c.spread)].term
		tests["one"] = append(tests["one"], []uint32{s.term})
		tests["two by headings"] = append(tests["two by headings"], []uint32{s.term, next})
		tests["three by headings"] = append(tests["three by headings"], []uint32{after, s.term, next})
		tests["with a word of the text"] = append(tests["with a word of the text"], []uint32{s.term, text}, []uint32{text, s.term})
		tests["twice"] = append(tests["twice"], []uint32{s.term, s.term})
	}
	if len(c.spread) < 3 {
		t.Fatalf("only %d terms held by a heading alone", len(c.spread))
	}
	for name, sets := range tests {
		t.Run(name, func(t *testing.T) {
			for _, ids := range sets {
				if got, want := c.count(ids, x.vocab), countByMaps(*c, ids, x.vocab); got != want {
					t.Errorf("count(%v) = %d, want %d", ids, got, want)
				}
			}
		})
	}
}

// TestOwnsContextTerm checks ownsContextTerm, for every passage and every
// term of its context, against the set of all a passage holds other than
// by its headings, merged and sorted as carriedTerms first read it.
func TestOwnsContextTerm(t *testing.T) {
	x := mustIndex(t)
	owned, carried := 0, 0
	for id, in := range x.info {
		own := slices.Clone(in.notes.ids)
		for _, t := range in.terms.ids {
			if _, found := slices.BinarySearch(in.ctx.ids, t); !found {
				own = append(own, t)
			}
		}
		for _, ln := range in.lines {
			own = append(own, ln.Terms.ids...)
			own = append(own, ln.Notes.ids...)
		}
		slices.Sort(own)
		for _, term := range in.ctx.ids {
			_, want := slices.BinarySearch(own, term)
			if got := x.ownsContextTerm(id, term); got != want {
				t.Errorf("passage %d, term %q: ownsContextTerm %v, want %v", id, x.vocab.words.Word(int(term)), got, want)
			}
			if want {
				owned++
			} else {
				carried++
			}
		}
	}
	if owned == 0 || carried == 0 {
		t.Errorf("context terms held itself %d, by headings alone %d: want some of each", owned, carried)
	}
}
