package search

import (
	"cmp"
	"slices"
)

// carried is what each passage holds only because a heading above it
// puts it there: analysePassage gives every passage the words of its
// section's titles, from the chapter down, and a title word the passage's
// own lines and the footnotes they cite do not print is the heading's, not
// the passage's. A heading is one line of the report however many
// passages stand under it: counted once a passage, a word of a long
// section's title looks as common as the report's commonest words (the
// report's key term in 148 passages by its titles, 29 by their text).
type carried struct {
	// only are the terms each passage holds by a heading alone, by term
	// number, the passages' runs one after another in one array (a slice
	// a passage would be some ten thousand objects more at fifty reports):
	// passage id's run is only[at[id]:at[id+1]].
	only []carriedTerm
	at   []int32
	// spread is how many passages and headings hold a term, a heading
	// counting once for the passages that hold the term only by it (see
	// reportCounts.SpreadDF), ascending by term number: only the terms a
	// heading shares among passages, whose spread is below their DF. A
	// table of every term would be one more number a word of every
	// report's vocabulary.
	spread []spreadCount
}

// spreadCount is a term's number and its spread.
type spreadCount struct {
	term uint32
	n    int32
}

// carriedTerm is a term a passage holds by a heading alone, and which
// heading: place numbers the report's distinct headings.
type carriedTerm struct {
	term  uint32
	place int32
}

// carriedTerms reads the index's passages for what each holds by a
// heading alone (see carried).
func (x *Index) carriedTerms() *carried {
	places := map[string]int32{}
	headings := map[string]Terms{}
	c := carried{at: make([]int32, 1, len(x.info)+1)}
	for id, in := range x.info {
		start := len(c.only)
		for _, t := range in.ctx.ids {
			if x.ownsContextTerm(id, t) {
				continue
			}
			// The first heading from the chapter down that holds it: a
			// term only the country or the chapter's name gives stays the
			// passage's own.
			for _, h := range x.doc.Passages[id].Path {
				terms, ok := headings[h]
				if !ok {
					terms = x.TermSet(h)
					headings[h] = terms
				}
				if _, found := slices.BinarySearch(terms.ids, t); !found {
					continue
				}
				at, ok := places[h]
				if !ok {
					at = int32(len(places))
					places[h] = at
				}
				c.only = append(c.only, carriedTerm{t, at})
				break
			}
		}
		slices.SortFunc(c.only[start:], func(a, b carriedTerm) int { return cmp.Compare(a.term, b.term) })
		c.at = append(c.at, int32(len(c.only)))
	}
	c.only = slices.Clip(c.only)
	c.spread = c.spreads(x.vocab)
	return &c
}

// spreads are the terms whose DF counts passages that hold them by one
// heading alone more than once, with that DF counted once a heading.
func (c carried) spreads(v *vocab) []spreadCount {
	held := map[uint32]int32{}
	seen := map[carriedTerm]bool{}
	for _, ct := range c.only {
		held[ct.term]--
		if !seen[ct] {
			seen[ct] = true
			held[ct.term]++
		}
	}
	out := make([]spreadCount, 0, len(held))
	for t, less := range held {
		if less < 0 {
			out = append(out, spreadCount{t, int32(v.df(t, true)) + less})
		}
	}
	slices.SortFunc(out, func(a, b spreadCount) int { return cmp.Compare(a.term, b.term) })
	return out
}

// ownsContextTerm is whether passage id holds t, a term of its context,
// other than by its headings: in its lines or the footnotes it or they
// cite. (The rest of what a passage holds itself, its terms outside its
// context, never holds a context term.) Each set is sorted, so this looks
// t up in each rather than merging them into one sorted set a passage.
func (x *Index) ownsContextTerm(id int, t uint32) bool {
	in := &x.info[id]
	if _, found := slices.BinarySearch(in.notes.ids, t); found {
		return true
	}
	for _, ln := range in.lines {
		if _, found := slices.BinarySearch(ln.Terms.ids, t); found {
			return true
		}
		if _, found := slices.BinarySearch(ln.Notes.ids, t); found {
			return true
		}
	}
	return false
}

// placeOf is the heading by which passage id holds the term numbered t,
// where it holds it by a heading alone.
func (c carried) placeOf(id int32, t uint32) (int32, bool) {
	run := c.only[c.at[id]:c.at[id+1]]
	i, found := slices.BinarySearchFunc(run, t, func(e carriedTerm, t uint32) int { return cmp.Compare(e.term, t) })
	if !found {
		return 0, false
	}
	return run[i].place, true
}

// count is how many passages of v's postings hold any of the terms
// numbered ids, the passages holding them by headings alone counting once
// a heading.
func (c carried) count(ids []uint32, v *vocab) int {
	// held is each posting of the terms with the heading its passage holds
	// the term by, or -1 where it holds the term itself, in one array
	// sorted by passage: a question asks this for its words of several
	// terms, and two maps (passages, headings) were most of what it cost.
	size := 0
	for _, id := range ids {
		size += int(v.at[id+1] - v.at[id])
	}
	held := make([]heldBy, 0, size)
	for _, id := range ids {
		for _, p := range v.post[v.at[id]:v.at[id+1]] {
			at, only := c.placeOf(p, id)
			if !only {
				at = -1
			}
			held = append(held, heldBy{p, at})
		}
	}
	// Stable: among a passage's postings the last term's heading is the
	// one it counts by.
	slices.SortStableFunc(held, func(a, b heldBy) int { return cmp.Compare(a.passage, b.passage) })
	n, heads := 0, 0
	for i := 0; i < len(held); {
		j, own := i, false
		for ; j < len(held) && held[j].passage == held[i].passage; j++ {
			own = own || held[j].place < 0
		}
		if own {
			n++
		} else {
			// heads never passes i: the headings are kept at the front.
			held[heads] = held[j-1]
			heads++
		}
		i = j
	}
	places := held[:heads]
	slices.SortFunc(places, func(a, b heldBy) int { return cmp.Compare(a.place, b.place) })
	return n + len(slices.CompactFunc(places, func(a, b heldBy) bool { return a.place == b.place }))
}

// heldBy is a posting as count reads it: its passage, and the heading the
// passage holds the term by, or -1 where it holds the term itself.
type heldBy struct {
	passage int32
	place   int32
}

// reportCounts are the vocab's counts with what passages hold by a
// heading alone told apart (question.Counts.SpreadDF).
type reportCounts struct {
	*vocab
	carried *carried
}

// SpreadDF is how many passages hold any of terms, in their text, their
// footnotes or their context, the passages that hold them by a heading
// alone counting once a heading: the passages under a title that holds a
// word, and whose text does not, count as one.
func (r reportCounts) SpreadDF(terms []string) int {
	c := r.carried
	ids := make([]uint32, 0, len(terms))
	for _, t := range terms {
		if id, ok := r.lookup(t); ok {
			ids = append(ids, id)
		}
	}
	switch len(ids) {
	case 0:
		return 0
	case 1:
		i, found := slices.BinarySearchFunc(c.spread, ids[0], func(e spreadCount, t uint32) int { return cmp.Compare(e.term, t) })
		if !found {
			return r.df(ids[0], true)
		}
		return int(c.spread[i].n)
	}
	return c.count(ids, r.vocab)
}
