package search

import (
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/tuning"
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
	case *storedTerm:
		return []string{q.field + ":" + q.term}
	case *absentTerm:
		return []string{"absent " + q.field + ":" + q.term}
	}
	return nil
}

func TestFirstStageKeepsTheRarestWithinBudget(t *testing.T) {
	leaves := []leaf{
		{0, fieldWords, "common", 0, false, 1, 900, false},
		{0, fieldWords, "rare", 0, false, 1, 10, false},
		{1, fieldWords, "mid", 0, false, 1, 50, false},
		{2, fieldGrams, "gram", 0, false, 1, 60, false},
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
			x := ranking{&Index{p: tuning.Params{SearchPostings: tt.budget}}}
			got := termsOfQuery(x.first(leaves, 3))
			if !slices.Equal(got, tt.want) {
				t.Errorf("first() searches %v, want %v", got, tt.want)
			}
		})
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

// TestProfileIsTheSectionsCompany checks that a passage of a company's
// profile is filed under that company, and one of a country's paragraph
// under none.
func TestProfileIsTheSectionsCompany(t *testing.T) {
	x := mustIndex(t)
	first := func(ok func(corpus.Passage) bool) int {
		for i, p := range x.Document().Passages {
			if ok(p) {
				return i
			}
		}
		t.Fatal("no such passage")
		return -1
	}
	tests := []struct {
		name string
		id   int
		want string
	}{
		{"a company's profile", first(func(p corpus.Passage) bool { return p.Section == "2.2.1.다" }), "TSMC"},
		{"a country's paragraph", first(func(p corpus.Passage) bool { return p.Country != "" }), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.Passages().Profile(tt.id); got != tt.want {
				t.Errorf("Profile(%d) = %q, want %q", tt.id, got, tt.want)
			}
		})
	}
}

func TestBlendPrefersCoverageAmongAnswers(t *testing.T) {
	x := ranking{&Index{p: tuning.Defaults()}}
	tests := []struct {
		name        string
		bmA, coverA float64 // the passage BM25 prefers
		bmB, coverB float64 // the one holding more of the question
		wantBFirst  bool
	}{
		// Both cover enough to answer: the one holding nearly all the
		// question beats a shorter one that holds half of it.
		{"answering passages by coverage", 1, 0.5, 0.45, 0.85, true},
		// Neither covers enough: BM25 still orders where else the words are.
		{"the rest by BM25", 1, 0.3, 0.6, 0.44, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := x.blend(tt.bmA, tt.coverA, tt.coverA >= x.p.MinCoverage), x.blend(tt.bmB, tt.coverB, tt.coverB >= x.p.MinCoverage)
			if got := b > a; got != tt.wantBFirst {
				t.Errorf("blend: A %.3f, B %.3f; B first = %v, want %v", a, b, got, tt.wantBFirst)
			}
		})
	}
}
