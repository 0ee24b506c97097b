package search

import (
	"iter"
	"slices"
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
// built or loaded and read-only afterwards. A set made at question time
// from other text may hold words the index never saw: they are numbered in
// a small dict of that set's own, whose parent is the index's, so that the
// index's dict is never written to once in use.
type dict struct {
	parent *dict
	ids    map[string]uint32
	words  []string
	// arena is where the sets' numbers are kept, a few large arrays rather
	// than one small one per set.
	arena []uint32
}

func newDict() *dict { return &dict{ids: map[string]uint32{}} }

func (d *dict) base() uint32 {
	if d.parent == nil {
		return 0
	}
	return uint32(len(d.parent.words))
}

func (d *dict) lookup(t string) (uint32, bool) {
	if d.parent != nil {
		if id, ok := d.parent.ids[t]; ok {
			return id, true
		}
	}
	id, ok := d.ids[t]
	return id, ok
}

func (d *dict) word(id uint32) string {
	if b := d.base(); id < b {
		return d.parent.words[id]
	}
	return d.words[id-d.base()]
}

// add numbers t, if it has no number yet.
func (d *dict) add(t string) uint32 {
	if id, ok := d.lookup(t); ok {
		return id
	}
	id := d.base() + uint32(len(d.words))
	d.ids[t] = id
	d.words = append(d.words, t)
	return id
}

const arenaChunk = 1 << 16

// set makes the set of words, numbering any that d lacks.
func (d *dict) set(words []string) Terms {
	if len(words) == 0 {
		return Terms{}
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
	ids = slices.Compact(ids)
	if len(ids) > arenaChunk/4 {
		return Terms{ids: slices.Clip(ids), dict: d}
	}
	if cap(d.arena)-len(d.arena) < len(ids) {
		d.arena = make([]uint32, 0, arenaChunk)
	}
	n := len(d.arena)
	d.arena = append(d.arena, ids...)
	return Terms{ids: d.arena[n:len(d.arena):len(d.arena)], dict: d}
}

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
