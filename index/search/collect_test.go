package search

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/stepi-tools/reportbot/index/question"
)

// testQuestions are the questions of the answer engine's question files.
func testQuestions(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "answer", "testdata", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	bank, err := filepath.Glob(filepath.Join("..", "answer", "testdata", "bank", "questions-*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, name := range slices.Concat(files, bank) {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var ln struct{ Q string }
			if err := json.Unmarshal(sc.Bytes(), &ln); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			out = append(out, ln.Q)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	if len(out) < 100 {
		t.Fatalf("read %d questions, want the question files'", len(out))
	}
	return out
}

// TestSearchIsBleveSearch checks the first stage against bleve's own
// search over the query every leaf a term query: the same passages, in
// the same order, with the very same scores, for every question of the
// question files, whether or not the searched index was restored from a
// folder. It fails if a leaf that finds nothing is dropped rather than
// kept as a query that matches nothing (the coordination factor changes),
// if a leaf that finds something is taken for empty, or if the collector
// keeps other hits than bleve's. Of hits tied in score, the one first in the
// report comes first, as bleve's order of equal scores follows the order
// the index was built in, which is not the same from build to build. Each
// question is searched twice, so that its terms are searched both before
// and after their postings are stored (storedTerm).
func TestSearchIsBleveSearch(t *testing.T) {
	x := mustIndex(t)
	indexes := []struct {
		name string
		x    *Index
	}{{"built", x}, {"restored", writeAndOpen(t, x.doc, x)}}
	ctx := context.Background()
	k := x.p.Candidates
	for _, ix := range indexes {
		t.Run(ix.name, func(t *testing.T) {
			r := ranking{ix.x}
			empty, all, tied := 0, 0, 0
			// The second pass reads every term's postings from the store
			// the first filled (see storedPostings).
			qs := testQuestions(t)
			for _, q := range slices.Concat(qs, qs) {
				cs := ix.x.Analyse(question.Plain(q)).Concepts
				got, err := r.search(ctx, cs, k)
				if err != nil {
					t.Fatalf("%q: %v", q, err)
				}
				leaves := r.leaves(cs)
				for i := range leaves {
					all++
					if leaves[i].empty {
						empty++
					}
					leaves[i].empty = false
				}
				var want []hit
				if bq := r.first(leaves, len(cs)); bq != nil {
					res, err := ix.x.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(plainQuery(bq), len(ix.x.info), 0, false))
					if err != nil {
						t.Fatalf("%q: %v", q, err)
					}
					for _, h := range res.Hits {
						// Rounded as the first stage rounds (steady): bleve's
						// last bits depend on how the index numbered documents.
						want = append(want, hit{id: atoi(t, h.ID), score: steady(h.Score)})
					}
					slices.SortStableFunc(want, func(a, b hit) int {
						if a.score != b.score {
							return cmp.Compare(b.score, a.score)
						}
						return cmp.Compare(a.id, b.id)
					})
					if len(want) > k {
						if want[k].score == want[k-1].score {
							tied++
						}
						want = want[:k]
					}
				}
				if !slices.Equal(got, want) {
					t.Errorf("%q: the first stage finds\n%v\nbleve's search\n%v", q, got, want)
				}
			}
			// Most leaves that find nothing are a word in the section titles
			// or footnotes: were none found, the test would test nothing.
			if empty == 0 || empty == all {
				t.Errorf("%d of %d leaves find nothing: the questions test no skipping", empty, all)
			}
			// Were no hits tied across the cut, the test would not test
			// that the tie is broken by passage.
			if tied == 0 {
				t.Errorf("no question has hits tied across the cut of %d", k)
			}
		})
	}
}

// plainQuery is q with bleve's own term query for each stored term, as
// bleve alone would search it.
func plainQuery(q query.Query) query.Query {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		out := &query.DisjunctionQuery{Min: q.Min}
		for _, d := range q.Disjuncts {
			out.Disjuncts = append(out.Disjuncts, plainQuery(d))
		}
		return out
	case *storedTerm:
		return q.plain()
	}
	return q
}

func atoi(t testing.TB, s string) int {
	t.Helper()
	var n int
	if err := json.Unmarshal([]byte(s), &n); err != nil {
		t.Fatalf("passage id %q: %v", s, err)
	}
	return n
}

func TestFirstKeepsALeafThatFindsNothing(t *testing.T) {
	x := ranking{&Index{}}
	x.p.SearchPostings = 1000
	tests := []struct {
		name   string
		leaves []leaf
		want   []string
	}{
		{"a leaf that finds nothing is an absent term", []leaf{
			{0, fieldWords, "found", 0, false, 1, 5, false},
			{0, fieldCtx, "found", 0, false, 1, 5, true},
		}, []string{"words:found", "absent ctx:found"}},
		{"a concept whose leaves find nothing keeps them", []leaf{
			{0, fieldWords, "found", 0, false, 1, 5, false},
			{1, fieldWords, "lost", 0, false, 1, 0, true},
			{1, fieldCtx, "lost", 0, false, 1, 0, true},
		}, []string{"words:found", "absent words:lost", "absent ctx:lost"}},
		{"no leaf finds anything", []leaf{
			{0, fieldWords, "lost", 0, false, 1, 0, true},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			if q := x.first(tt.leaves, 2); q != nil {
				got = termsOfQuery(q)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("first() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestHeldTerms(t *testing.T) {
	x := mustIndex(t)
	h := x.fieldTerms()
	lookup := func(t string) (uint32, bool) { return x.vocab.lookup(t) }
	tests := []struct {
		name  string
		field heldField
		term  string
		want  bool
	}{
		{"a word of the text", heldWords, "반도체", true},
		{"a word of no passage", heldWords, "주차장", false},
		{"a word of the text in no footnote", heldNotes, "초격차", false},
		{"a word of a section title", heldCtx, "반도체", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, known := lookup(tt.term)
			if got := h.holds(tt.field, id, known); got != tt.want {
				t.Errorf("holds(%s, %q) = %v, want %v", tt.field.name(), tt.term, got, tt.want)
			}
		})
	}
	unread := &heldTerms{}
	if !unread.holds(heldWords, 0, false) {
		t.Error("a field whose terms could not be read holds no term; want it to hold any")
	}
}

// TestMatcherIsMatch checks the matcher against Match for the concepts of
// every seventh question of the question files (all of them take seconds)
// and every set of the index (each passage's and each of its lines'), and
// sets made from other text, which may hold terms the index's dict lacks.
func TestMatcherIsMatch(t *testing.T) {
	x := mustIndex(t)
	other := []Terms{x.TermSet("블랙웰 B200 가격 주차장 예약"), x.TermSet("반도체 초격차 전략"), {}}
	tested := 0
	for i, q := range testQuestions(t) {
		if i%7 != 0 {
			continue
		}
		cs := x.Analyse(question.Plain(q)).Concepts
		m := x.matcher(cs)
		for k, c := range cs {
			check := func(s Terms) {
				tested++
				if got, want := m.match(k, s), x.Match(c, s); got != want {
					t.Fatalf("%q: concept %q: the matcher gives %v, Match %v", q, c.Surface, got, want)
				}
			}
			for _, s := range other {
				check(s)
			}
			for _, in := range x.info {
				check(in.terms)
				check(in.notes)
				check(in.ctx)
				for _, ln := range in.lines {
					check(ln.Terms)
					check(ln.Notes)
					check(ln.Head)
				}
			}
		}
	}
	if tested == 0 {
		t.Fatal("nothing tested")
	}
}

// TestSteady: scores that differ only by the order a sum was taken in
// tie, and scores that really differ stay apart.
func TestSteady(t *testing.T) {
	x, y, z := 0.1, 0.2, 0.3
	a, b := x+y+z, z+y+x
	if a == b {
		t.Fatal("the test needs two sums that differ in their last bits")
	}
	tests := []struct {
		name string
		x, y float64
		same bool
	}{
		{"one sum in two orders", a, b, true},
		{"a large sum in two orders", 1e3 * a, 1e3 * b, true},
		{"scores a thousandth apart", 0.005, 0.00501, false},
		{"scores one part in a billion apart", 2.5, 2.5 * (1 + 1e-9), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := steady(tt.x) == steady(tt.y); got != tt.same {
				t.Errorf("steady(%v) == steady(%v) is %v, want %v", tt.x, tt.y, got, tt.same)
			}
		})
	}
	for _, x := range []float64{0, math.Inf(1)} {
		if got := steady(x); got != x {
			t.Errorf("steady(%v) = %v, want it unchanged", x, got)
		}
	}
}
