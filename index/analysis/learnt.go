package analysis

import (
	"maps"
	"slices"

	"github.com/stepi-tools/reportbot/index/wordtable"
)

// Learnt returns what Learn has recorded: how often each Korean stem stood
// alone, and each main term of any script. A prebuilt index saves them so
// that it can restore the analyser without reading the report again, which
// is most of what building an index costs. They are new: changing them
// changes nothing.
func (a *Analyzer) Learnt() (stems, terms Counts) { return a.vocab.sorted(), a.terms.sorted() }

// SetLearnt gives an analyser that has learnt nothing what Learnt returned
// from another analyser over the same report, and ends its learning (see
// Freeze). It keeps the words.
func (a *Analyzer) SetLearnt(stems, terms Counts) {
	a.vocab, a.terms = freezeSorted(stems), freezeSorted(terms)
}

// Counts are words in sorted order, each with how often it was seen:
// Words[i] N[i] times.
type Counts struct {
	Words []string
	N     []int
}

// Freeze ends the analyser's learning: what it has learnt is kept in a
// table without pointers, which the garbage collector need not scan (a
// shelf of many reports keeps one for each). Learn after Freeze learns
// again, at the cost of a copy.
func (a *Analyzer) Freeze() {
	a.vocab, a.terms = freezeSorted(a.vocab.sorted()), freezeSorted(a.terms.sorted())
}

// counts are how often each word was seen: a map while an analyser learns,
// a frozen table once it has learnt (Freeze).
type counts struct {
	learning map[string]int
	frozen   frozenCounts
	// seen, when set, is told every question asked of the counts and its
	// answer: a reading that records them may be taken for another
	// analyser's (see KeyCache).
	seen func(lookup)
}

func newCounts() counts { return counts{learning: map[string]int{}} }

// get is how often w was counted, told to seen: what reading asks.
func (c *counts) get(w string) int {
	n := c.count(w)
	if c.seen != nil {
		c.seen(lookup{word: w, n: n})
	}
	return n
}

// getBytes is get of a word held in bytes, which it copies only to tell
// seen: a key built in a buffer is otherwise looked up as it stands.
func (c *counts) getBytes(w []byte) int {
	if c.seen != nil {
		return c.get(string(w))
	}
	if c.learning != nil {
		return c.learning[string(w)]
	}
	return c.frozen.getBytes(w)
}

// count is get untold: what checking a recorded reading asks (KeyCache).
func (c *counts) count(w string) int {
	if c.learning != nil {
		return c.learning[w]
	}
	return c.frozen.get(w)
}

// empty tells whether nothing was counted, told to seen.
func (c *counts) empty() bool {
	e := c.isEmpty()
	if c.seen != nil {
		c.seen(lookup{size: true, n: boolInt(!e)})
	}
	return e
}

// isEmpty is empty untold.
func (c *counts) isEmpty() bool {
	if c.learning != nil {
		return len(c.learning) == 0
	}
	return c.frozen.words.Len() == 0
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (c *counts) inc(w string) {
	if c.learning == nil {
		c.learning = c.toMap()
		c.frozen = frozenCounts{}
	}
	c.learning[w]++
}

func (c *counts) toMap() map[string]int {
	if c.learning != nil {
		return maps.Clone(c.learning)
	}
	f := &c.frozen
	m := make(map[string]int, len(f.n))
	for i, n := range f.n {
		m[f.words.Word(i)] = int(n)
	}
	return m
}

// sorted are the words counted, in sorted order, with their counts.
func (c *counts) sorted() Counts {
	if c.learning != nil {
		out := Counts{Words: slices.Sorted(maps.Keys(c.learning))}
		out.N = make([]int, len(out.Words))
		for i, w := range out.Words {
			out.N[i] = c.learning[w]
		}
		return out
	}
	f := &c.frozen
	out := Counts{Words: make([]string, len(f.n)), N: make([]int, len(f.n))}
	for i, n := range f.n {
		out.Words[i], out.N[i] = f.words.Word(i), int(n)
	}
	return out
}

// frozenCounts are words with their counts: word i of the table counted
// n[i] times.
type frozenCounts struct {
	words wordtable.Table
	n     []int32
}

// freezeSorted freezes words counted: the words are numbered in the order
// given, sorted for the same words to make the same table.
func freezeSorted(c Counts) counts {
	f := frozenCounts{words: wordtable.New(c.Words), n: make([]int32, len(c.N))}
	for i, n := range c.N {
		f.n[i] = int32(n)
	}
	return counts{frozen: f}
}

func (f *frozenCounts) get(w string) int {
	if i, ok := f.words.Find(w); ok {
		return int(f.n[i])
	}
	return 0
}

func (f *frozenCounts) getBytes(w []byte) int {
	if i, ok := f.words.FindBytes(w); ok {
		return int(f.n[i])
	}
	return 0
}
