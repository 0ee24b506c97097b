package wordtable

import (
	"iter"
	"strings"
)

// Table numbers words in the order they were given.
type Table struct {
	blob  string   // every word, in order
	ends  []uint32 // word i is blob[ends[i-1]:ends[i]]
	slots []uint32 // open addressing by hash: a word's number + 1, or 0
}

// New numbers words from 0 in the order given. A word given twice is found
// at its first number.
func New(words []string) Table {
	// The blob is sized up front: a builder left to grow keeps up to twice
	// the words' bytes, and a shelf keeps several tables a report.
	n := 0
	for _, w := range words {
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n)
	t := Table{ends: make([]uint32, len(words))}
	for i, w := range words {
		b.WriteString(w)
		t.ends[i] = uint32(b.Len())
	}
	t.blob = b.String()
	size := 1
	for size < 2*len(words) {
		size *= 2
	}
	t.slots = make([]uint32, size)
	for i, w := range words {
		// a word given again probes past its first number, which Find
		// meets first
		s := hash(w) & uint64(size-1)
		for t.slots[s] != 0 {
			s = (s + 1) & uint64(size-1)
		}
		t.slots[s] = uint32(i + 1)
	}
	return t
}

// Len is how many words the table numbers.
func (t *Table) Len() int { return len(t.ends) }

// Word is the word numbered i.
func (t *Table) Word(i int) string {
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.blob[start:t.ends[i]]
}

// Find returns w's number, false when the table lacks it. It is not
// inlined, as FindBytes is not: inlined, a key its caller builds on the
// stack (string(b), a+b) would be moved to the heap.
//
//go:noinline
func (t *Table) Find(w string) (int, bool) { return find(t, w) }

// FindBytes is Find of a word held in bytes. It makes no copy of w: a key
// built in a buffer (a few words joined) is looked up as a map looks up
// m[string(b)], without a string on the heap for each lookup. It is not
// inlined: a caller in another package then reads that w does not escape
// from FindBytes itself, where through the generic find it takes w to
// escape, and a key built in a buffer on the stack would be moved to the
// heap (search's joinedAt, TestJoinedAtCopiesNoKey).
//
//go:noinline
func (t *Table) FindBytes(w []byte) (int, bool) { return find(t, w) }

// find is Find and FindBytes. A string and a byte slice are instantiated
// apart (their shapes differ), so string(w) of bytes is compared in place,
// as in a map lookup, not copied.
func find[W string | []byte](t *Table, w W) (int, bool) {
	for id := range t.candidates(hash(w)) {
		if t.Word(id) == string(w) {
			return id, true
		}
	}
	return 0, false
}

// candidates yields the numbers of the words where a word hashing to h
// may stand: the slots from the one h picks to the first empty one.
func (t *Table) candidates(h uint64) iter.Seq[int] {
	return func(yield func(int) bool) {
		if len(t.slots) == 0 {
			return
		}
		mask := uint64(len(t.slots) - 1)
		for s := h & mask; t.slots[s] != 0; s = (s + 1) & mask {
			if !yield(int(t.slots[s] - 1)) {
				return
			}
		}
	}
}

// hash is 64-bit FNV-1a: fixed, unlike the runtime's map hash, so that a
// table is the same in every process.
func hash[W string | []byte](s W) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
