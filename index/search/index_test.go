package search

import (
	"context"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/question"
)

// sharedIndex builds the index on the embedded report once per test binary.
var sharedIndex = sync.OnceValues(func() (*Index, error) {
	doc, err := corpus.Load("")
	if err != nil {
		return nil, err
	}
	return New(doc, Options{})
})

func mustIndex(t testing.TB) *Index {
	t.Helper()
	x, err := sharedIndex()
	if err != nil {
		t.Fatalf("build index: %v", err)
	}
	return x
}

// leading is the passage Rank puts first for the question q.
func leading(t *testing.T, x *Index, q string) corpus.Passage {
	t.Helper()
	ranked, err := x.Rank(context.Background(), x.Analyse(question.Plain(q)))
	if err != nil {
		t.Fatal(err)
	}
	if len(ranked) == 0 {
		t.Fatalf("Rank(%q): no candidates", q)
	}
	return x.Document().Passages[ranked[0].ID]
}

func TestScoringIsBM25(t *testing.T) {
	x := mustIndex(t)
	req := bleve.NewSearchRequest(termQ(fieldWords, "반도체", 1))
	req.Explain = true
	res, err := x.idx.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 {
		t.Fatal("no hits for 반도체")
	}
	if got := res.Hits[0].Expl.String(); !strings.Contains(got, "saturation") || !strings.Contains(got, "fieldNorm") {
		t.Errorf("explanation of the top hit does not show BM25:\n%s", got)
	}

	// The same documents under bleve's default model score differently.
	im := bleve.NewIndexMapping()
	tfidf, err := bleve.NewUsing("", im, scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tfidf.Close()
	if err := tfidf.Index("a", map[string]any{"f": "chip chip chip memory"}); err != nil {
		t.Fatal(err)
	}
	q := bleve.NewTermQuery("chip")
	q.SetField("f")
	r2, err := tfidf.Search(bleve.NewSearchRequest(q))
	if err != nil {
		t.Fatal(err)
	}
	if len(r2.Hits) == 0 || strings.Contains(r2.Hits[0].Expl.String(), "saturation") {
		t.Errorf("control index unexpectedly scored with BM25")
	}
}

func TestExcludedTerms(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, line string
		want       []string
	}{
		{"a Korean exclusion", "국방 분야를 제외한 정부 기관의 AI 분야 예산은 30억 달러", []string{"국방"}},
		{"an English exclusion", "Federal AI spending excluding defense reached $3 billion", []string{"defens"}},
		{"a word named again outside it", "국방을 제외하고도 국방 예산이 늘었다", nil},
		{"no exclusion", "미국 정부 기관의 AI 예산은 30억 달러", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Sorted(x.excludedTerms(tt.line).All())
			if !slices.Equal(got, tt.want) {
				t.Errorf("excludedTerms(%q) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

// termQ is the term query of term in field, as the first stage makes it.
func termQ(field, term string, boost float64) query.Query {
	return &query.TermQuery{Term: term, FieldVal: field, BoostVal: ptrTo(query.Boost(math.Max(boost, minBoost)))}
}

func ptrTo[T any](v T) *T { return &v }

// TestTextsAreTheLines: a passage's line texts (Passages.Texts) are its
// text's lines, as Lines holds them, built or restored; each passage's
// is full to its capacity, so that appending to one cannot write over the
// next passage's, which lie after it in the same array.
func TestTextsAreTheLines(t *testing.T) {
	x := mustIndex(t)
	for _, ix := range []struct {
		name string
		x    *Index
	}{{"built", x}, {"restored", writeAndOpen(t, x.doc, x)}} {
		t.Run(ix.name, func(t *testing.T) {
			ps := ix.x.Passages()
			for id, p := range ix.x.doc.Passages {
				got := ps.Texts(id)
				if want := strings.Split(p.Text, "\n"); !slices.Equal(got, want) {
					t.Fatalf("Texts(%d) = %q, want the text's lines %q", id, got, want)
				}
				for i, ln := range ps.Lines(id) {
					if got[i] != ln.Text {
						t.Fatalf("Texts(%d)[%d] = %q, want Lines' %q", id, i, got[i], ln.Text)
					}
				}
				if cap(got) != len(got) {
					t.Fatalf("Texts(%d) has room for %d more lines, want none", id, cap(got)-len(got))
				}
			}
		})
	}
}
