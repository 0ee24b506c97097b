package search

import (
	"context"
	"fmt"
	"testing"

	index "github.com/blevesearch/bleve_index_api"
)

// TestStoredPostingsAreBleves reads terms of every stored field through
// the index's store, twice (the first read stores them, the second reads
// the store), and through bleve's own reader: the same documents in the
// same order with the same frequencies and norms, the same count, and the
// same document for an Advance before, at and after each posting, forwards
// and backwards. It fails if the store loses a norm's or a frequency's
// bits, reorders or drops a posting, or advances otherwise than bleve.
func TestStoredPostingsAreBleves(t *testing.T) {
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
			sr := x.readerOf(r)
			checked := 0
			for _, term := range terms {
				want := readAll(t, r, term, tt.field)
				for pass := range 2 {
					got := readAll(t, sr, term, tt.field)
					if got != want {
						t.Fatalf("%s:%s, read %d: the store gives\n%s\nbleve\n%s", tt.field, term, pass+1, got, want)
					}
				}
				checked++
			}
			f, _ := storedField(tt.field)
			if _, _, ok := x.postings.get(postingKey{field: f, term: mustLookup(t, x, terms[0])}); !ok {
				t.Errorf("%s:%s was read but not stored", tt.field, terms[0])
			}
			if checked == 0 {
				t.Fatal("nothing checked")
			}
		})
	}
}

func mustLookup(t *testing.T, x *Index, term string) uint32 {
	t.Helper()
	id, ok := x.vocab.lookup(term)
	if !ok {
		t.Fatalf("the vocab lacks %q", term)
	}
	return id
}

// readAll is what a term reader of r gives for term: its count, every
// posting, and for each posting what Advance gives at it, just before it
// and just after it, after reading to the end (bleve's reader seeks
// backwards by starting again).
func readAll(t *testing.T, r index.IndexReader, term, field string) string {
	t.Helper()
	ctx := context.Background()
	open := func() index.TermFieldReader {
		tfr, err := r.TermFieldReader(ctx, []byte(term), field, true, true, false)
		if err != nil {
			t.Fatal(err)
		}
		return tfr
	}
	tfr := open()
	defer tfr.Close()
	out := fmt.Sprintf("count %d:", tfr.Count())
	var docs []uint64
	for {
		d, err := tfr.Next(nil)
		if err != nil {
			t.Fatal(err)
		}
		if d == nil {
			break
		}
		docs = append(docs, d.ID.Value())
		out += fmt.Sprintf(" %d/%d/%x", d.ID.Value(), d.Freq, d.Norm)
	}
	out += "; advance:"
	for _, doc := range docs {
		for _, at := range []uint64{max(doc, 1) - 1, doc, doc + 1} {
			d, err := tfr.Advance(index.NewIndexInternalID(nil, at), nil)
			if err != nil {
				t.Fatal(err)
			}
			if d == nil {
				out += fmt.Sprintf(" %d→end", at)
				continue
			}
			out += fmt.Sprintf(" %d→%d/%d/%x", at, d.ID.Value(), d.Freq, d.Norm)
		}
	}
	return out
}
