package search

import (
	"context"
	"math"
	"slices"
	"sync"

	index "github.com/blevesearch/bleve_index_api"
)

// storedPostings keeps the postings bleve's term readers give for the
// index's terms, each read once, so that a later search of the same term
// reads them from memory instead of looking the term up in bleve's
// dictionary and opening its postings list again: with a term reader a
// leaf, those were most of what the first stage cost a question, and with
// fifty reports asked a question's terms are looked up again in each. The
// index never changes once built or opened, so postings read once stay
// true. What is kept is bleve's own: the document numbers, frequencies and
// norms its reader gave, which bleve's term searcher scores as it would
// have scored the reader's, to the last bit.
//
// Only terms the vocab numbers are kept, so the store holds at most the
// index's own postings (about 16 thousand for the embedded report, 16
// bytes each), whatever questions are asked; it has no pointers for the
// collector to follow but its map's.
type storedPostings struct {
	mu    sync.RWMutex
	spans map[postingKey]postingSpan
	list  []storedPosting
}

// postingKey names a term of a field: the field's number (see
// storedField) and the term's number in the vocab.
type postingKey struct {
	field uint8
	term  uint32
}

// postingSpan is where a term's postings are in the store's list, with the
// count its reader gave (bleve scores a term by it).
type postingSpan struct {
	from, to uint32
	count    uint64
}

// storedPosting is one posting as bleve's reader gave it: the document's
// internal number, how often the term occurs in its field, and the field's
// norm (a float32 in the segment, so kept as one without loss).
type storedPosting struct {
	doc  uint64
	freq uint32
	norm float32
}

// storedField numbers the fields whose postings may be stored.
func storedField(field string) (uint8, bool) {
	switch field {
	case fieldWords:
		return 0, true
	case fieldCtx:
		return 1, true
	case fieldNotes:
		return 2, true
	case fieldGrams:
		return 3, true
	}
	return 0, false
}

func newStoredPostings() *storedPostings {
	return &storedPostings{spans: map[postingKey]postingSpan{}}
}

// get is the stored postings of k, and whether they are stored.
func (s *storedPostings) get(k postingKey) ([]storedPosting, uint64, bool) {
	s.mu.RLock()
	sp, ok := s.spans[k]
	list := s.list
	s.mu.RUnlock()
	if !ok {
		return nil, 0, false
	}
	return list[sp.from:sp.to:sp.to], sp.count, true
}

// put stores the postings of k, unless another search stored them first.
// Entries of the list are never changed once written, and a list that
// grows is copied, so what get returned stays valid.
func (s *storedPostings) put(k postingKey, ps []storedPosting, count uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.spans[k]; ok {
		return
	}
	from := len(s.list)
	s.list = append(s.list, ps...)
	s.spans[k] = postingSpan{from: uint32(from), to: uint32(len(s.list)), count: count}
}

// storingReader is an index reader that gives bleve's term searchers their
// postings from the index's store, reading and storing a term's postings
// the first time it is searched; everything else it passes to the reader
// it wraps. It claims to be an index.BM25Reader only when that one is one
// (see readerOf): bleve's term searcher reads a field's length through it.
type storingReader struct {
	index.IndexReader
	store *storedPostings
	vocab *vocab
}

// bm25StoringReader is a storingReader over an index.BM25Reader.
type bm25StoringReader struct {
	storingReader
	bm25 index.BM25Reader
}

func (r *bm25StoringReader) FieldCardinality(field string) (int, error) {
	return r.bm25.FieldCardinality(field)
}

// readerOf wraps r so that term searches read stored postings.
func (x *Index) readerOf(r index.IndexReader) index.IndexReader {
	s := storingReader{IndexReader: r, store: x.postings, vocab: x.vocab}
	if b, ok := r.(index.BM25Reader); ok {
		return &bm25StoringReader{storingReader: s, bm25: b}
	}
	return &s
}

// TermFieldReader reads the term's stored postings, storing them first
// when they are not yet. A term the vocab does not number, a field not
// stored, or a reader asked for term vectors or without frequencies and
// norms is read from bleve, as before.
func (r *storingReader) TermFieldReader(ctx context.Context, term []byte, field string, includeFreq, includeNorm, includeTermVectors bool) (index.TermFieldReader, error) {
	f, stored := storedField(field)
	id, known := r.vocab.lookup(string(term))
	if !stored || !known || !includeFreq || !includeNorm || includeTermVectors {
		return r.IndexReader.TermFieldReader(ctx, term, field, includeFreq, includeNorm, includeTermVectors)
	}
	k := postingKey{field: f, term: id}
	if ps, count, ok := r.store.get(k); ok {
		return &storedTermReader{list: ps, count: count}, nil
	}
	tfr, err := r.IndexReader.TermFieldReader(ctx, term, field, includeFreq, includeNorm, includeTermVectors)
	if err != nil {
		return nil, err
	}
	ps, ok, err := readPostings(tfr)
	if err != nil {
		_ = tfr.Close()
		return nil, err
	}
	count := tfr.Count()
	if err := tfr.Close(); err != nil {
		return nil, err
	}
	if !ok {
		// Postings the store cannot keep exactly are read from bleve
		// each time.
		return r.IndexReader.TermFieldReader(ctx, term, field, includeFreq, includeNorm, includeTermVectors)
	}
	r.store.put(k, ps, count)
	return &storedTermReader{list: ps, count: count}, nil
}

// readPostings reads every posting of tfr; ok is false when one cannot be
// stored exactly (an internal id of other than eight bytes, a frequency
// over 32 bits, a norm that is no float32).
func readPostings(tfr index.TermFieldReader) (ps []storedPosting, ok bool, err error) {
	var tfd index.TermFieldDoc
	for {
		d, err := tfr.Next(tfd.Reset())
		if err != nil {
			return nil, false, err
		}
		if d == nil {
			return ps, true, nil
		}
		norm := float32(d.Norm)
		if len(d.ID) != 8 || d.Freq > math.MaxUint32 || float64(norm) != d.Norm {
			return nil, false, nil
		}
		ps = append(ps, storedPosting{doc: d.ID.Value(), freq: uint32(d.Freq), norm: norm})
	}
}

// storedTermReader reads a term's stored postings as bleve's term reader
// reads them from the segment.
type storedTermReader struct {
	list  []storedPosting
	at    int
	count uint64
}

func (t *storedTermReader) Next(pre *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	if t.at >= len(t.list) {
		return nil, nil
	}
	p := t.list[t.at]
	t.at++
	return p.fill(pre), nil
}

// Advance moves to the first posting at or after id, before or after where
// the reader is, as bleve's reader does.
func (t *storedTermReader) Advance(id index.IndexInternalID, pre *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	want := id.Value()
	t.at, _ = slices.BinarySearchFunc(t.list, want, func(p storedPosting, want uint64) int {
		switch {
		case p.doc < want:
			return -1
		case p.doc > want:
			return 1
		}
		return 0
	})
	return t.Next(pre)
}

func (t *storedTermReader) Count() uint64 { return t.count }
func (t *storedTermReader) Close() error  { return nil }
func (t *storedTermReader) Size() int     { return 0 }

// fill sets the fields bleve's reader sets of a posting read with
// frequencies and norms.
func (p storedPosting) fill(pre *index.TermFieldDoc) *index.TermFieldDoc {
	if pre == nil {
		pre = &index.TermFieldDoc{}
	}
	pre.ID = index.NewIndexInternalID(pre.ID, p.doc)
	pre.Freq = uint64(p.freq)
	pre.Norm = float64(p.norm)
	return pre
}
