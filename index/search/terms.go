package search

import (
	"iter"
	"slices"

	"github.com/stepi-tools/reportbot/index/wordtable"
)

// Terms is a set of index terms. An index numbers its terms once (see
// dict) and keeps each set as the sorted numbers of its terms, in a
// backing array without pointers: an index holds hundreds of thousands of
// these sets, and as maps of strings every garbage collection had to mark
// each of them and every string they point to. The zero value is the
// empty set.
type Terms struct {
	ids  []uint32 // sorted, no repeats
	dict *dict
}

// Has tells whether t is in the set.
func (s Terms) Has(t string) bool {
	if len(s.ids) == 0 {
		return false
	}
	id, ok := s.dict.lookup(t)
	if !ok {
		return false
	}
	_, found := slices.BinarySearch(s.ids, id)
	return found
}

// Len is the number of terms in the set.
func (s Terms) Len() int { return len(s.ids) }

// equal tells whether s and o hold the same terms. Both must be sets of one
// index (the passages' own), whose dict numbers a term alike in each.
func (s Terms) equal(o Terms) bool { return slices.Equal(s.ids, o.ids) }

// shared is how many terms s and o both hold. Both must be sets of one
// index, as for equal.
func (s Terms) shared(o Terms) int {
	n := 0
	for range common(s.ids, o.ids) {
		n++
	}
	return n
}

// common yields the numbers both a and b hold, ascending; both must be
// sorted, without repeats, as a set's are.
func common(a, b []uint32) iter.Seq[uint32] {
	return func(yield func(uint32) bool) {
		for len(a) > 0 && len(b) > 0 {
			switch {
			case a[0] < b[0]:
				a = a[1:]
			case a[0] > b[0]:
				b = b[1:]
			default:
				if !yield(a[0]) {
					return
				}
				a, b = a[1:], b[1:]
			}
		}
	}
}

// All yields the set's terms, in no particular order.
func (s Terms) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, id := range s.ids {
			if !yield(s.dict.word(id)) {
				return
			}
		}
	}
}

// dict numbers terms. The index's own dict is filled while the index is
// built or loaded, then frozen into a vocab and read-only afterwards. A set
// made from other text may hold words the index never saw: they are
// numbered in a small dict of that set's own, whose parent is the index's,
// so that the index's dict is never written to once in use.
type dict struct {
	// v are the terms of a frozen dict, numbered from 0; nil while the
	// index is built.
	v      *vocab
	parent *dict
	ids    map[string]uint32
	words  []string
	// arena is where the sets' numbers are kept, a few large arrays rather
	// than one small one per set.
	arena []uint32
}

func newDict() *dict { return &dict{ids: map[string]uint32{}} }

// size is how many terms d numbers, its parent's included.
func (d *dict) size() uint32 { return d.base() + uint32(len(d.words)) }

// base is the first number d gives a term of its own.
func (d *dict) base() uint32 {
	switch {
	case d.parent != nil:
		return d.parent.size()
	case d.v != nil:
		return uint32(d.v.words.Len())
	}
	return 0
}

func (d *dict) lookup(t string) (uint32, bool) {
	if d.v != nil {
		if id, ok := d.v.lookup(t); ok {
			return id, true
		}
	}
	if d.parent != nil {
		if id, ok := d.parent.lookup(t); ok {
			return id, true
		}
	}
	id, ok := d.ids[t]
	return id, ok
}

func (d *dict) word(id uint32) string {
	if b := d.base(); id < b {
		if d.parent != nil {
			return d.parent.word(id)
		}
		return d.v.words.Word(int(id))
	}
	return d.words[id-d.base()]
}

// add numbers t, if it has no number yet.
func (d *dict) add(t string) uint32 {
	if id, ok := d.lookup(t); ok {
		return id
	}
	id := d.size()
	d.ids[t] = id
	d.words = append(d.words, t)
	return id
}

const arenaChunk = 1 << 16

// set makes the set of words, numbering any that d lacks; a frozen dict
// stays as it is (see frozenSet).
func (d *dict) set(words []string) Terms {
	if len(words) == 0 {
		return Terms{}
	}
	if d.v != nil {
		return d.frozenSet(words)
	}
	ids := make([]uint32, 0, len(words))
	for _, w := range words {
		ids = append(ids, d.add(w))
	}
	return d.store(ids)
}

// store keeps ids, sorted and without repeats, in d's arena.
func (d *dict) store(ids []uint32) Terms {
	if len(ids) == 0 {
		return Terms{}
	}
	slices.Sort(ids)
	return Terms{ids: d.keep(slices.Compact(ids)), dict: d}
}

// keep copies ids into d's arena, as they are; a long list stays where it
// is.
func (d *dict) keep(ids []uint32) []uint32 {
	if ownArray(len(ids)) {
		return slices.Clip(ids)
	}
	out := d.room(len(ids))
	copy(out, ids)
	return out
}

// room is a set's room for n numbers, of length n and clipped to it, so
// that an append to one set copies it rather than write over the next:
// in d's arena, or in an array of its own for a long set (ownArray). A
// set read from a saved index is read straight into it.
func (d *dict) room(n int) []uint32 {
	if ownArray(n) {
		return make([]uint32, n)
	}
	if cap(d.arena)-len(d.arena) < n {
		d.arena = make([]uint32, 0, arenaChunk)
	}
	at := len(d.arena)
	d.arena = d.arena[:at+n]
	return d.arena[at : at+n : at+n]
}

// ownArray tells whether a set of n numbers is kept in an array of its
// own: one that long would leave most of a chunk of the arena unused.
func ownArray(n int) bool { return n > arenaChunk/4 }

// frozenSet makes the set of words without writing to d: words d lacks
// are numbered in a dict of the set's own.
func (d *dict) frozenSet(words []string) Terms {
	if len(words) == 0 {
		return Terms{}
	}
	ids := make([]uint32, 0, len(words))
	own := d
	for _, w := range words {
		id, ok := own.lookup(w)
		if !ok {
			if own == d {
				own = &dict{parent: d, ids: map[string]uint32{}}
			}
			id = own.add(w)
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return Terms{ids: slices.Compact(ids), dict: own}
}

// freeze numbers d's terms and the extra ones in sorted order, in a vocab,
// and renumbers the sets visit yields to match. d must be the index's own
// dict, with no parent; the sets are those made with it. The numbering then
// depends only on which terms the index holds, so a restored index is
// numbered as the built one was.
func (d *dict) freeze(extra []string, visit func(func(*Terms))) *vocab {
	words := slices.Concat(d.words, extra)
	slices.Sort(words)
	words = slices.Compact(words)
	v := newVocab(words)
	renum := make([]uint32, len(d.words))
	for old, w := range d.words {
		id, _ := v.lookup(w)
		renum[old] = id
	}
	visit(func(s *Terms) {
		for i, id := range s.ids {
			s.ids[i] = renum[id]
		}
		slices.Sort(s.ids)
	})
	d.v, d.ids, d.words, d.arena = v, nil, nil, nil
	return v
}

// vocab is an index's terms once it is built, numbered in sorted order,
// with how many passages hold each and which: one table, without pointers
// but for its one string, where maps of strings per term made every garbage
// collection mark each term again.
type vocab struct {
	words wordtable.Table
	// post[at[i]:at[i+1]] are the passages, ascending, that hold term i in
	// their text or in the footnotes they cite; gramDF how many hold it as
	// a Hangul bigram.
	at     []uint32
	post   []int32
	gramDF []int32
}

func newVocab(words []string) *vocab {
	return &vocab{words: wordtable.New(words), gramDF: make([]int32, len(words)), at: make([]uint32, len(words)+1)}
}

func (v *vocab) lookup(t string) (uint32, bool) {
	i, ok := v.words.Find(t)
	return uint32(i), ok
}

// setCounts fills the postings and the bigrams' counts, of terms v holds.
func (v *vocab) setCounts(post []termPostings, grams []termCount) {
	v.setPostings(post)
	for _, g := range grams {
		id, _ := v.lookup(g.term)
		v.gramDF[id] = int32(g.n)
	}
}

func (v *vocab) setPostings(post []termPostings) {
	total := 0
	for _, p := range post {
		id, _ := v.lookup(p.term)
		v.at[id+1] = uint32(len(p.posts))
		total += len(p.posts)
	}
	for i := range v.words.Len() {
		v.at[i+1] += v.at[i]
	}
	v.post = make([]int32, total)
	for _, p := range post {
		id, _ := v.lookup(p.term)
		copy(v.post[v.at[id]:v.at[id+1]], p.posts)
	}
}

// DF is how many passages hold t in their text or in the footnotes they
// cite.
func (v *vocab) DF(t string) int { return v.df(v.lookup(t)) }

// df is DF of the term numbered id, when the vocab knows it.
func (v *vocab) df(id uint32, known bool) int {
	if !known {
		return 0
	}
	return int(v.at[id+1] - v.at[id])
}

// Postings are the passages DF counts, ascending; read-only.
func (v *vocab) Postings(t string) []int32 {
	if id, ok := v.lookup(t); ok {
		return v.post[v.at[id]:v.at[id+1]:v.at[id+1]]
	}
	return nil
}

// GramDF is how many passages hold t as a Hangul bigram.
func (v *vocab) GramDF(t string) int {
	return v.gramCount(v.lookup(t))
}

// gramCount is GramDF of the term v numbers id, where known says it
// numbers it.
func (v *vocab) gramCount(id uint32, known bool) int {
	if !known {
		return 0
	}
	return int(v.gramDF[id])
}

// Terms yields every term some passage holds, in sorted order.
func (v *vocab) Terms() iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := range v.words.Len() {
			if v.at[i+1] > v.at[i] && !yield(v.words.Word(i)) {
				return
			}
		}
	}
}
