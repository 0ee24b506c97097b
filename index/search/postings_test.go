package search

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestStoredTermIsBlevesTerm searches every term of every stored field
// with a storedTerm, twice (the first search stores its postings, the
// second reads the store), and with bleve's own term searcher: the same
// count and weight, and, under the same query norm, the same documents in
// the same order with the very same scores, read one by one and by
// Advance to before, at and after each, forwards and backwards. It fails
// if the store loses a bit of a norm or a frequency, drops or reorders a
// posting, scores by other statistics than bleve's, or advances otherwise.
func TestStoredTermIsBlevesTerm(t *testing.T) {
	x := mustIndex(t)
	adv, err := x.idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	model := scoringModel(x.idx.Mapping())
	ctx := context.WithValue(context.Background(), bsearch.GetScoringModelCallbackKey, bsearch.GetScoringModelCallbackFn(func() string { return model }))
	tests := []struct {
		name  string
		field string
	}{
		{"passage words", fieldWords},
		{"section titles", fieldCtx},
		{"footnotes", fieldNotes},
		{"bigrams", fieldGrams},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := r.FieldDict(tt.field)
			if err != nil {
				t.Fatal(err)
			}
			var terms []string
			for e, err := d.Next(); e != nil && err == nil; e, err = d.Next() {
				terms = append(terms, e.Term)
			}
			d.Close()
			if len(terms) == 0 {
				t.Fatalf("field %s holds no term", tt.field)
			}
			for _, term := range terms {
				want := searchAll(t, ctx, r, func() (bsearch.Searcher, error) {
					return searcher.NewTermSearcher(ctx, r, term, tt.field, 1.7, bsearch.SearcherOptions{})
				})
				for pass := range 2 {
					id, known := x.vocab.lookup(term)
					q := &storedTerm{store: x.postings, field: tt.field, term: term, id: id, known: known, boost: 1.7}
					got := searchAll(t, ctx, r, func() (bsearch.Searcher, error) {
						return q.Searcher(ctx, r, x.idx.Mapping(), bsearch.SearcherOptions{})
					})
					if got != want {
						t.Fatalf("%s:%s, search %d: the stored term gives\n%s\nbleve's\n%s", tt.field, term, pass+1, got, want)
					}
				}
			}
			f, _ := storedField(tt.field)
			id, _ := x.vocab.lookup(terms[0])
			if _, _, ok := x.postings.get(postingKey{field: f, term: id}); !ok {
				t.Errorf("%s:%s was searched but its postings not stored", tt.field, terms[0])
			}
		})
	}
}

// searchAll is what a searcher made by open gives: its count and weight,
// every match with its score's bits under a query norm, and what Advance
// gives before, at and after each match, after reading to the end.
func searchAll(t *testing.T, ctx context.Context, r index.IndexReader, open func() (bsearch.Searcher, error)) string {
	t.Helper()
	s, err := open()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SetQueryNorm(0.37)
	sc := &bsearch.SearchContext{DocumentMatchPool: bsearch.NewDocumentMatchPool(4, 0), IndexReader: r}
	var b strings.Builder
	fmt.Fprintf(&b, "count %d, weight %x, min %d:", s.Count(), math.Float64bits(s.Weight()), s.Min())
	var docs []uint64
	for {
		d, err := s.Next(sc)
		if err != nil {
			t.Fatal(err)
		}
		if d == nil {
			break
		}
		docs = append(docs, d.IndexInternalID.Value())
		fmt.Fprintf(&b, " %d=%x", d.IndexInternalID.Value(), math.Float64bits(d.Score))
		sc.DocumentMatchPool.Put(d)
	}
	b.WriteString("; advance:")
	for _, doc := range docs {
		for _, at := range []uint64{max(doc, 1) - 1, doc, doc + 1} {
			d, err := s.Advance(sc, index.NewIndexInternalID(nil, at))
			if err != nil {
				t.Fatal(err)
			}
			if d == nil {
				fmt.Fprintf(&b, " %d→end", at)
				continue
			}
			fmt.Fprintf(&b, " %d→%d=%x", at, d.IndexInternalID.Value(), math.Float64bits(d.Score))
			sc.DocumentMatchPool.Put(d)
		}
	}
	return b.String()
}

// TestStoredPostingsShared searches the test questions from four
// goroutines at once on an index whose store is empty, so that they store
// and read the same terms' postings together: each gets what the questions
// get one at a time on another index opened from the same folder. Run with -race, it fails if the
// store is read and written without its lock.
func TestStoredPostingsShared(t *testing.T) {
	x := mustIndex(t)
	// Two indexes opened from one folder, whose bleve numbers the passages
	// alike: of two builds, scores may differ in their last bit (bleve
	// adds a passage's term scores in the order of its numbers).
	dir := filepath.Join(t.TempDir(), "ix")
	if err := Write(x.doc, Options{Language: x.lang}, dir); err != nil {
		t.Fatalf("Write: %v", err)
	}
	var ys [2]*Index
	for i := range ys {
		y, err := Open(x.doc, dir, Options{Language: x.lang})
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() { y.Close() })
		ys[i] = y
	}
	alone, y := ys[0], ys[1]
	ctx := context.Background()
	var concepts [][]question.Concept
	for i, q := range testQuestions(t) {
		if i%4 == 0 { // a quarter of them: enough terms in common
			concepts = append(concepts, x.Analyse(question.Plain(q)).Concepts)
		}
	}
	want := make([][]hit, len(concepts))
	for i, cs := range concepts {
		var err error
		if want[i], err = (ranking{alone}).search(ctx, cs, alone.p.Candidates); err != nil {
			t.Fatal(err)
		}
	}
	got := make([][][]hit, 4)
	var wg sync.WaitGroup
	for g := range got {
		wg.Go(func() {
			for _, cs := range concepts {
				hits, err := (ranking{y}).search(ctx, cs, y.p.Candidates)
				if err != nil {
					t.Error(err)
					return
				}
				got[g] = append(got[g], hits)
			}
		})
	}
	wg.Wait()
	for g := range got {
		for i := range concepts {
			if i >= len(got[g]) || !slices.Equal(got[g][i], want[i]) {
				t.Fatalf("goroutine %d, question %d: the first stage differs from the same question asked alone", g, i)
			}
		}
	}
}

// BenchmarkFirstStage is the first stage (ranking.search) of every
// question of the question files, once a pass, on one index: what a
// question costs each report it is put to before the re-ranking. The
// store of postings fills in the first pass, as it does in the first
// questions a report is asked.
//
//	go test ./index/search -run '^$' -bench FirstStage
func BenchmarkFirstStage(b *testing.B) {
	x := mustIndex(b)
	ctx := context.Background()
	var concepts [][]question.Concept
	for _, q := range testQuestions(b) {
		concepts = append(concepts, x.Analyse(question.Plain(q)).Concepts)
	}
	r := ranking{x}
	b.ReportAllocs()
	for b.Loop() {
		for _, cs := range concepts {
			if _, err := r.search(ctx, cs, x.p.Candidates); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(concepts)), "µs/question")
}
