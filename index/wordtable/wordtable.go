package wordtable

import "strings"

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

// Find returns w's number, false when the table lacks it.
func (t *Table) Find(w string) (int, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for s := hash(w) & mask; ; s = (s + 1) & mask {
		id := t.slots[s]
		if id == 0 {
			return 0, false
		}
		if t.Word(int(id-1)) == w {
			return int(id - 1), true
		}
	}
}

// hash is 64-bit FNV-1a: fixed, unlike the runtime's map hash, so that a
// table is the same in every process.
func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
