package search

import (
	"cmp"
	"context"
	"math"
	"slices"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// storedPostings keeps the postings bleve's term readers give for the
// index's terms, each read once, so that a later search of the same term
// reads them from memory (see storedTerm) instead of looking the term up
// in bleve's dictionary, opening its postings list and making a reader
// for it again: those were most of what the first stage cost a question,
// and on a shelf a question's terms are searched again in each report
// asked. The index never changes once built or opened, so postings read
// once stay true. What is kept is bleve's own: the document numbers,
// frequencies and norms its reader gave, which bleve's term scorer scores
// as it would have scored the reader's, to the last bit.
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

// storedTerm is the term query of a term its field may hold, searched by
// a storedSearcher over the index's stored postings where it can be, and
// otherwise by bleve's own term searcher, as a query.TermQuery would be.
type storedTerm struct {
	store       *storedPostings
	field, term string
	// id is the term's number in the vocab, where known says it has one
	// (the leaf looked it up).
	id    uint32
	known bool
	boost float64
}

// plain is the bleve term query the stored term stands for.
func (q *storedTerm) plain() *query.TermQuery {
	boost := query.Boost(q.boost)
	return &query.TermQuery{Term: q.term, FieldVal: q.field, BoostVal: &boost}
}

// Searcher is bleve's term searcher of the term (searcher.NewTermSearcher),
// made as newTermSearcherFromReader makes it, but over the stored
// postings: the same count and statistics go to the same scorer, so each
// match scores what bleve's would. A search whose context asks for what
// only bleve's searcher does (statistics of several indexes, synonyms), or
// for no scores or term vectors, and a term the vocab does not number, go
// to bleve's searcher.
func (q *storedTerm) Searcher(ctx context.Context, r index.IndexReader, _ mapping.IndexMapping, opt bsearch.SearcherOptions) (bsearch.Searcher, error) {
	f, stored := storedField(q.field)
	_, withStats := ctx.Value(bsearch.BM25StatsKey).(*bsearch.BM25Stats)
	_, withSynonyms := ctx.Value(bsearch.FieldTermSynonymMapKey).(bsearch.FieldTermSynonymMap)
	if !stored || !q.known || q.store == nil || withStats || withSynonyms || opt.Score == "none" || opt.IncludeTermVectors || opt.Explain {
		return searcher.NewTermSearcher(ctx, r, q.term, q.field, q.boost, opt)
	}
	list, count, ok, err := q.store.postingsOf(ctx, r, postingKey{field: f, term: q.id}, q.term, q.field)
	if err != nil {
		return nil, err
	}
	if !ok {
		return searcher.NewTermSearcher(ctx, r, q.term, q.field, q.boost, opt)
	}
	if err := bsearch.RecordTermSearcher(ctx); err != nil {
		return nil, err
	}
	model := ""
	if cb, ok := ctx.Value(bsearch.GetScoringModelCallbackKey).(bsearch.GetScoringModelCallbackFn); ok {
		model = cb()
	}
	docs, avgLength, err := fieldStats(r, q.field, model)
	if err != nil {
		return nil, err
	}
	// The scorer keeps the term only to explain a score, which this
	// searcher is not asked to (see above): it is not copied for it.
	sc := scorer.NewTermQueryScorer(nil, q.field, q.boost, docs, count, avgLength, opt)
	return &storedSearcher{list: list, count: count, scorer: sc}, nil
}

// fieldStats are the document count and the average length of field that
// bleve's term searcher scores by, under the scoring model: read from r
// as bleve's are (bm25ScoreMetrics, tfIDFScoreMetrics).
func fieldStats(r index.IndexReader, field, model string) (docs uint64, avgLength float64, err error) {
	docs, err = r.DocCount()
	if err != nil {
		return 0, 0, err
	}
	if model != index.BM25Scoring {
		return docs, 0, nil
	}
	terms := 0
	if br, ok := r.(index.BM25Reader); ok {
		if terms, err = br.FieldCardinality(field); err != nil {
			return 0, 0, err
		}
	}
	if docs == 0 && terms == 0 {
		return 0, 0, nil
	}
	return docs, math.Ceil(float64(terms) / float64(docs)), nil
}

// postingsOf is the stored postings of k (the term of field), read from r
// and stored first when they are not yet; ok is false when they cannot be
// stored exactly (see readPostings), and then bleve reads them each time.
func (s *storedPostings) postingsOf(ctx context.Context, r index.IndexReader, k postingKey, term, field string) (list []storedPosting, count uint64, ok bool, err error) {
	if list, count, ok := s.get(k); ok {
		return list, count, true, nil
	}
	tfr, err := r.TermFieldReader(ctx, []byte(term), field, true, true, false)
	if err != nil {
		return nil, 0, false, err
	}
	list, ok, err = readPostings(tfr)
	count = tfr.Count()
	if cerr := tfr.Close(); err == nil {
		err = cerr
	}
	if err != nil || !ok {
		return nil, 0, false, err
	}
	s.put(k, list, count)
	return list, count, true, nil
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

// storedSearcher is bleve's term searcher (searcher.TermSearcher) over a
// term's stored postings: it meets the same documents in the same order
// and scores them with the same scorer.
type storedSearcher struct {
	list   []storedPosting
	at     int
	count  uint64
	scorer *scorer.TermQueryScorer
	tfd    index.TermFieldDoc
}

func (s *storedSearcher) Next(ctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	if s.at >= len(s.list) {
		return nil, nil
	}
	p := s.list[s.at]
	s.at++
	return s.scorer.Score(ctx, p.fill(s.tfd.Reset())), nil
}

// Advance moves to the first posting at or after id, before or after where
// the searcher is, as bleve's term reader does.
func (s *storedSearcher) Advance(ctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	want := id.Value()
	s.at, _ = slices.BinarySearchFunc(s.list, want, func(p storedPosting, want uint64) int { return cmp.Compare(p.doc, want) })
	return s.Next(ctx)
}

func (s *storedSearcher) Weight() float64            { return s.scorer.Weight() }
func (s *storedSearcher) SetQueryNorm(qnorm float64) { s.scorer.SetQueryNorm(qnorm) }
func (s *storedSearcher) Count() uint64              { return s.count }
func (s *storedSearcher) Min() int                   { return 0 }
func (s *storedSearcher) DocumentMatchPoolSize() int { return 1 }
func (s *storedSearcher) Close() error               { return nil }
func (s *storedSearcher) Size() int                  { return s.scorer.Size() }

// fill sets what bleve's term reader sets of a posting read with
// frequencies and norms.
func (p storedPosting) fill(tfd *index.TermFieldDoc) *index.TermFieldDoc {
	tfd.ID = index.NewIndexInternalID(tfd.ID, p.doc)
	tfd.Freq = uint64(p.freq)
	tfd.Norm = float64(p.norm)
	return tfd
}
