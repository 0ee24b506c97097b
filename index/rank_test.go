package index

import (
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

// termsOfQuery lists the field:term of every term query under q.
func termsOfQuery(q query.Query) []string {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		var out []string
		for _, d := range q.Disjuncts {
			out = append(out, termsOfQuery(d)...)
		}
		return out
	case *query.TermQuery:
		return []string{q.FieldVal + ":" + q.Term}
	}
	return nil
}

func TestFirstStageKeepsTheRarestWithinBudget(t *testing.T) {
	leaves := []leaf{
		{0, termQ(fieldWords, "common", 1), 900},
		{0, termQ(fieldWords, "rare", 1), 10},
		{1, termQ(fieldWords, "mid", 1), 50},
		{2, termQ(fieldGrams, "gram", 1), 60},
	}
	tests := []struct {
		name   string
		budget int
		want   []string
	}{
		{"all fit", 2000, []string{"words:common", "words:rare", "words:mid", "grams:gram"}},
		{"rarest first", 120, []string{"words:rare", "words:mid", "grams:gram"}},
		{"stops at the first that passes", 100, []string{"words:rare", "words:mid"}},
		{"the rarest even over budget", 1, []string{"words:rare"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := ranking{&Index{p: Params{SearchPostings: tt.budget}}}
			got := termsOfQuery(x.first(leaves, 3))
			if !slices.Equal(got, tt.want) {
				t.Errorf("first() searches %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMergeIDs(t *testing.T) {
	tests := []struct {
		name string
		a, b []int32
		want []int32
	}{
		{"both empty", nil, nil, nil},
		{"one empty", []int32{1, 4}, nil, []int32{1, 4}},
		{"other empty", nil, []int32{2}, []int32{2}},
		{"interleaved", []int32{1, 3, 5}, []int32{2, 3, 6}, []int32{1, 2, 3, 5, 6}},
		{"same", []int32{7, 8}, []int32{7, 8}, []int32{7, 8}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mergeIDs(tt.a, tt.b); !slices.Equal(got, tt.want) {
				t.Errorf("mergeIDs(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// TestDFAnyCountsDistinctPassages checks the merge against a count of the
// distinct passages, on terms of the report that share passages.
func TestDFAnyCountsDistinctPassages(t *testing.T) {
	x := mustIndex(t)
	for _, terms := range [][]string{{"반도체", "ai"}, {"미국", "중국", "일본"}, {"hbm", "삼성전자"}, {"반도체"}, {"없는말xyz", "반도체"}} {
		seen := map[int32]bool{}
		for _, t := range terms {
			for _, id := range x.post[t] {
				seen[id] = true
			}
		}
		got := reading{x}.dfAny(terms)
		if got != len(seen) || got == 0 {
			t.Errorf("dfAny(%v) = %d, want %d (and more than 0)", terms, got, len(seen))
		}
	}
}

func TestFiledUnderIsNarrowerThanAbout(t *testing.T) {
	x := mustIndex(t)
	// A passage filed under one country that names companies in passing:
	// it is about them, but its figures are not theirs.
	id := -1
	for i, p := range x.Document().Passages {
		if p.Country != "" && x.Document().Entities.CompanyMentions(p.Text)["TSMC"] > 0 {
			id = i
			break
		}
	}
	if id < 0 {
		t.Fatal("no passage filed under a country names TSMC")
	}
	ps := x.Passages()
	country := x.Document().Passages[id].Country
	tests := []struct {
		name   string
		entity string
		about  bool
		filed  bool
	}{
		{"its own country", country, true, true},
		{"a company named in passing", "TSMC", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ps.About(id, tt.entity); got != tt.about {
				t.Errorf("About(%d, %q) = %v, want %v", id, tt.entity, got, tt.about)
			}
			if got := ps.FiledUnder(id, tt.entity); got != tt.filed {
				t.Errorf("FiledUnder(%d, %q) = %v, want %v", id, tt.entity, got, tt.filed)
			}
		})
	}
}
