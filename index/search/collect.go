package search

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	index "github.com/blevesearch/bleve_index_api"
)

// heldField is a field bleve searches by whole terms, whose terms the
// vocab numbers (see heldTerms).
type heldField int

const (
	heldWords heldField = iota
	heldCtx
	heldNotes
	heldFields // how many
)

func (f heldField) name() string {
	switch f {
	case heldWords:
		return fieldWords
	case heldCtx:
		return fieldCtx
	}
	return fieldNotes
}

// heldTerms are the terms each of the fields of heldField holds, as
// bleve's own dictionaries list them, so that a term query that would find
// nothing is known before bleve is asked (see first): the section titles
// and the footnotes hold few of a question's words, and looking a term up
// costs bleve a dictionary reader and a postings reader even when it finds
// nothing. What the index counts itself (DF) cannot tell the fields apart.
type heldTerms struct {
	// sets[f] has bit i set when field f holds the vocab's term i; nil
	// when the field's dictionary could not be read, and then it may hold
	// any term.
	sets [heldFields][]uint64
	// foreign[f] is set when field f holds a term the vocab lacks (none
	// does, as the index is built, but a term the vocab lacks is then not
	// known to be missing).
	foreign [heldFields]bool
}

// holds tells whether field f may hold the term the vocab numbers id
// (known says whether it numbers it at all): false only when it surely
// does not.
func (h *heldTerms) holds(f heldField, id uint32, known bool) bool {
	set := h.sets[f]
	switch {
	case set == nil:
		return true
	case !known:
		return h.foreign[f]
	}
	return set[id/64]&(1<<(id%64)) != 0
}

// readHeld reads the dictionaries of idx's fields: about 2 ms for a report
// the size of the embedded one, made on first use (see Index.Warm).
func readHeld(idx bleve.Index, v *vocab) *heldTerms {
	h := &heldTerms{}
	adv, err := idx.Advanced()
	if err != nil {
		return h
	}
	r, err := adv.Reader()
	if err != nil {
		return h
	}
	defer r.Close()
	for f := range heldFields {
		h.sets[f], h.foreign[f] = readFieldTerms(r, f.name(), v)
	}
	return h
}

// readFieldTerms is the set of the vocab's terms field holds, and whether it
// holds others; nil when its dictionary cannot be read.
func readFieldTerms(r index.IndexReader, field string, v *vocab) (set []uint64, foreign bool) {
	d, err := r.FieldDict(field)
	if err != nil {
		return nil, false
	}
	defer d.Close()
	set = make([]uint64, (v.words.Len()+63)/64)
	for {
		e, err := d.Next()
		switch {
		case err != nil:
			return nil, false
		case e == nil:
			return set, foreign
		}
		if id, ok := v.lookup(e.Term); ok {
			set[id/64] |= 1 << (id % 64)
		} else {
			foreign = true
		}
	}
}

// absentTerm is the term query of a term its field does not hold (see
// heldTerms): its searcher finds nothing, as the term query's would, and
// weighs what that one weighs, which bleve sums over a query's terms to
// normalise their scores (the query norm): its scores, down to the last
// bit, are the term query's, without the dictionary reader and the
// postings reader bleve makes to learn that the term is not there, some
// forty per cent of the term queries of a question.
type absentTerm struct {
	field, term string
	boost       float64
}

// Searcher weighs the term as bleve's term searcher does one that no
// document holds, by the index's scoring model (set in ctx, as bleve's
// search sets it) and statistics.
func (q absentTerm) Searcher(ctx context.Context, r index.IndexReader, _ mapping.IndexMapping, opt bsearch.SearcherOptions) (bsearch.Searcher, error) {
	model := ""
	if f, ok := ctx.Value(bsearch.GetScoringModelCallbackKey).(bsearch.GetScoringModelCallbackFn); ok {
		model = f()
	}
	docs, avgLength, err := fieldStats(r, q.field, model)
	if err != nil {
		return nil, err
	}
	// The weight is the boost and the term's rarity, not its spelling
	// (which bleve's scorer keeps only to explain a score): the term is not
	// copied for it.
	w := scorer.NewTermQueryScorer(nil, q.field, q.boost, docs, 0, avgLength, opt).Weight()
	return &absentSearcher{weight: w}, nil
}

// absentSearcher is the searcher of an absentTerm.
type absentSearcher struct{ weight float64 }

func (s *absentSearcher) Next(*bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	return nil, nil
}

func (s *absentSearcher) Advance(*bsearch.SearchContext, index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	return nil, nil
}

func (s *absentSearcher) Close() error               { return nil }
func (s *absentSearcher) Weight() float64            { return s.weight }
func (s *absentSearcher) SetQueryNorm(float64)       {}
func (s *absentSearcher) Count() uint64              { return 0 }
func (s *absentSearcher) Min() int                   { return 0 }
func (s *absentSearcher) Size() int                  { return 8 }
func (s *absentSearcher) DocumentMatchPoolSize() int { return 1 }

// collect runs q and returns its k best hits, best first: by score, and of
// equal scores the passage first in the report. bleve's own search keeps,
// of equal scores, the hit it met first, and it meets them in the order
// of its internal document numbers, which follow the order a batch was
// written in, a map's order that changes from build to build; so the same
// question could get other passages from one run to the next. It drives bleve's searcher itself rather
// than through a request, so that it makes none of what a request's
// result carries (stored fields, highlights, facets, a status), and the
// searcher fills matches from a pool the index keeps instead of a new
// block of them per search: with the request, these were half of what a
// question allocated.
func (x ranking) collect(ctx context.Context, q query.Query, k int) (hits []hit, err error) {
	if k <= 0 {
		return nil, nil
	}
	adv, err := x.idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer func() {
		if cerr := r.Close(); err == nil && cerr != nil {
			hits, err = nil, fmt.Errorf("search: %w", cerr)
		}
	}()
	model := scoringModel(x.idx.Mapping())
	ctx = context.WithValue(ctx, bsearch.GetScoringModelCallbackKey, bsearch.GetScoringModelCallbackFn(func() string { return model }))
	s, err := q.Searcher(ctx, r, x.idx.Mapping(), bsearch.SearcherOptions{})
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer s.Close()
	pool, _ := x.matches.Get().(*bsearch.DocumentMatchPool)
	if pool == nil {
		pool = bsearch.NewDocumentMatchPool(k+1+s.DocumentMatchPoolSize(), 0)
	}
	defer x.matches.Put(pool)
	best := make([]*bsearch.DocumentMatch, 0, k+1)
	defer func() {
		for _, d := range best {
			pool.Put(d)
		}
	}()
	sc := &bsearch.SearchContext{DocumentMatchPool: pool, IndexReader: r}
	for seen := uint64(0); ; seen++ {
		if seen%checkDoneEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("search: %w", err)
			}
		}
		d, err := s.Next(sc)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		if d == nil {
			break
		}
		d.HitNumber = seen + 1
		d.Score = steady(d.Score)
		// Every hit that ties the k-th is kept, so that which of them
		// make the cut is decided by passage below, not by bleve's order.
		if len(best) >= k && d.Score < best[k-1].Score {
			pool.Put(d)
			continue
		}
		at, _ := slices.BinarySearchFunc(best, d, bsearch.CompareScoreDescending)
		best = slices.Insert(best, at, d)
		for len(best) > k && best[len(best)-1].Score < best[k-1].Score {
			pool.Put(best[len(best)-1])
			best = best[:len(best)-1]
		}
	}
	hits = make([]hit, 0, len(best))
	for _, d := range best {
		ext, err := r.ExternalID(d.IndexInternalID)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		id, err := strconv.Atoi(ext)
		if err != nil || id < 0 || id >= len(x.info) {
			continue
		}
		hits = append(hits, hit{id, d.Score})
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return cmp.Compare(a.id, b.id)
	})
	return hits[:min(k, len(hits))], nil
}

// steady rounds a BM25 score to twelve significant digits. bleve sums a
// disjunction's matching clauses in an order that follows its internal
// document numbers, and an index batch numbers documents in map order, so
// two passages that score the same can come back apart in the last bits,
// differently on each build: rounded, they tie, and the tie is broken by
// passage, so the same question gets the same answer on every start-up.
func steady(score float64) float64 {
	const steadyExp = 11 // twelve significant digits: the first is 10^0 after scaling
	if score == 0 || math.IsInf(score, 0) || math.IsNaN(score) {
		return score
	}
	scale := math.Pow10(steadyExp - int(math.Floor(math.Log10(math.Abs(score)))))
	return math.Round(score*scale) / scale
}

// checkDoneEvery is how many hits collect takes between looks at its
// context, as bleve's collector does.
const checkDoneEvery = 1024

// scoringModel is the scoring model of an index mapping, as bleve's search
// reads it: BM25 where the mapping says so, else tf-idf.
func scoringModel(m mapping.IndexMapping) string {
	if im, ok := m.(*mapping.IndexMappingImpl); ok && im.ScoringModel == index.BM25Scoring {
		return index.BM25Scoring
	}
	return index.DefaultScoringModel
}

// lazy sets what the index makes on first use of its searches: the terms
// each field holds, the pool of matches, the postings read, the record of
// which lines hold a date or a figure, the clauses' term sets and the
// feedback's term weights, the section titles' term sets, the lines'
// labels, the lines' texts, the names each passage mentions. Both
// constructors call it.
func (x *Index) lazy() {
	x.fieldTerms = sync.OnceValue(func() *heldTerms { return readHeld(x.idx, x.vocab) })
	x.matches = &sync.Pool{}
	x.postings = newStoredPostings()
	x.expects = newLineExpects(x)
	x.clauses = &sync.Map{}
	x.patterns = &sync.Map{}
	x.patternsKept = &atomic.Int64{}
	x.lowLines = sync.OnceValue(func() [][]string {
		low := make([][]string, len(x.info))
		for id, info := range x.info {
			low[id] = make([]string, len(info.lines))
			for i, l := range info.lines {
				low[id][i] = strings.ToLower(l.Text)
			}
		}
		return low
	})
	x.weights = sync.OnceValue(x.termWeights)
	x.titles = sync.OnceValue(x.sectionTitles)
	x.labels = sync.OnceValue(func() [][]lineLabel { return lineLabels(x.info, x.doc.Entities) })
	x.definers = sync.OnceValue(func() []int {
		var ids []int
		for id, info := range x.info {
			if slices.ContainsFunc(info.lines, func(l Line) bool { return l.Defines }) {
				ids = append(ids, id)
			}
		}
		return ids
	})
	x.texts = sync.OnceValue(func() [][]string { return lineTexts(x.info) })
	x.named = sync.OnceValue(x.passagesNamed)
	x.figureLines = sync.OnceValue(func() [][]string { return figureLines(x.info, x.lang.patterns.Evidence().NotFigure) })
}

// figureLines are the lines of passages info with what notFigure finds
// blanked, by passage and line, in one array (linesAs). A line it finds
// nothing in, most of a report's, is the line's own text, not a copy:
// each report of a shelf keeps them once read.
func figureLines(info []passageInfo, notFigure *regexp.Regexp) [][]string {
	return linesAs(info, func(text string) string {
		if notFigure.MatchString(text) {
			return notFigure.ReplaceAllString(text, " ")
		}
		return text
	})
}

// passagesNamed are the countries and companies each passage's text names,
// by passage, sorted.
func (x *Index) passagesNamed() [][]string {
	ents := x.doc.Entities
	out := make([][]string, len(x.doc.Passages))
	for id, p := range x.doc.Passages {
		for _, m := range []map[string]int{ents.CountryMentions(p.Text), ents.CompanyMentions(p.Text)} {
			for name, n := range m {
				if n > 0 {
					out[id] = append(out[id], name)
				}
			}
		}
		slices.Sort(out[id])
	}
	return out
}
