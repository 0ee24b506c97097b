package analysis_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// TestFreezeKeepsWhatWasLearnt freezes an analyser that has learnt the
// report: it reads every passage as it did, knows the same words, and
// learns on after it.
func TestFreezeKeepsWhatWasLearnt(t *testing.T) {
	d, err := corpus.Load("")
	if err != nil {
		t.Fatal(err)
	}
	a := analysis.NewAnalyzer(nil)
	for _, p := range d.Passages {
		a.Learn(p.Text)
	}
	stems, terms := a.Learnt()
	var before [][]analysis.Token
	for _, p := range d.Passages {
		before = append(before, a.Tokens(p.Text))
	}
	a.Freeze()
	gotStems, gotTerms := a.Learnt()
	if !reflect.DeepEqual(gotStems, stems) || !reflect.DeepEqual(gotTerms, terms) {
		t.Fatalf("Learnt after Freeze: %d stems and %d terms, want %d and %d, the same", len(gotStems.Words), len(gotTerms.Words), len(stems.Words), len(terms.Words))
	}
	if !slices.IsSorted(stems.Words) || !slices.IsSorted(terms.Words) {
		t.Errorf("Learnt: the words are not sorted")
	}
	for _, s := range stems.Words {
		if !a.Known(s) {
			t.Errorf("Known(%q) = false after Freeze, want true", s)
		}
	}
	for _, term := range terms.Words {
		if !a.KnownTerm(term) {
			t.Errorf("KnownTerm(%q) = false after Freeze, want true", term)
		}
	}
	for _, w := range []string{"없는말이에요", "zzyzx"} {
		if a.Known(w) || a.KnownTerm(w) {
			t.Errorf("%q is known after Freeze; the report never uses it", w)
		}
	}
	for i, p := range d.Passages {
		if got := a.Tokens(p.Text); !reflect.DeepEqual(got, before[i]) {
			t.Fatalf("passage %d reads otherwise after Freeze:\ngot  %+v\nwant %+v", p.ID, got, before[i])
		}
	}
	a.Learn("초격차")
	count := func(c analysis.Counts, w string) int {
		if i, ok := slices.BinarySearch(c.Words, w); ok {
			return c.N[i]
		}
		return 0
	}
	_, after := a.Learnt()
	if got, want := count(after, "초격차"), count(terms, "초격차")+1; got != want {
		t.Errorf("Learn after Freeze: 초격차 counted %d times, want %d", got, want)
	}
}

// TestGlossaryFreezeKeepsEveryEntry freezes the embedded glossary: every
// phrase finds the same Korean terms, and Add after Freeze adds to them.
func TestGlossaryFreezeKeepsEveryEntry(t *testing.T) {
	entries, err := analysis.EmbeddedGlossary()
	if err != nil {
		t.Fatal(err)
	}
	a := analysis.NewAnalyzer(nil)
	g := analysis.NewGlossary()
	for _, e := range entries {
		g.Add(a, e.English, e.Korean...)
	}
	keyOf := func(english string) string {
		var stems []string
		for _, tk := range a.Tokens(english) {
			if len(tk.Terms) > 0 {
				stems = append(stems, tk.Terms[0])
			}
		}
		return strings.Join(stems, " ")
	}
	want := map[string][]string{}
	for _, e := range entries {
		k := keyOf(e.English)
		want[k] = slices.Clone(g.Lookup(k))
	}
	n, longest := g.Len(), g.MaxLen()
	g.Freeze()
	if g.Len() != n || g.MaxLen() != longest {
		t.Errorf("after Freeze: %d keys, longest %d; want %d and %d", g.Len(), g.MaxLen(), n, longest)
	}
	for k, ko := range want {
		if got := g.Lookup(k); !slices.Equal(got, ko) {
			t.Errorf("Lookup(%q) after Freeze = %q, want %q", k, got, ko)
		}
	}
	if got := g.Lookup("no such phrase here"); got != nil {
		t.Errorf("Lookup of a phrase never added = %q, want nil", got)
	}
	g.Add(a, "quantum", "양자")
	if got := g.Lookup(keyOf("quantum")); !slices.Contains(got, "양자") {
		t.Errorf("Add after Freeze: Lookup(quantum) = %q, want it to hold 양자", got)
	}
}
