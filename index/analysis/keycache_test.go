package analysis

import (
	"slices"
	"testing"
)

// TestKeyCacheReadsAsEachAnalyser checks that a shared reading is taken
// only by an analyser whose learnt words answer it alike: a closed-up
// compound is cut into the words a report prints, and stays whole for a
// report that prints neither.
func TestKeyCacheReadsAsEachAnalyser(t *testing.T) {
	tables := NewTables()
	learnt := func(text string) *Analyzer {
		a := NewAnalyzerWith(nil, tables)
		a.Learn(text)
		a.Freeze()
		return a
	}
	parts := learnt("the super market has a gap")
	other := learnt("the super market has a gap too")
	none := learnt("nothing of the kind")
	const english = "super-gap"
	c := NewKeyCache()
	for _, tc := range []struct {
		name string
		a    *Analyzer
		want [][]string
	}{
		{"prints the parts: closed up is cut", parts, [][]string{{"super-gap"}, {"super", "gap"}, {"super", "gap"}}},
		{"prints neither: closed up stays whole", none, [][]string{{"super-gap"}, {"super", "gap"}, {"supergap"}}},
		{"prints the parts again", other, [][]string{{"super-gap"}, {"super", "gap"}, {"super", "gap"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := c.reader(tc.a)(english)
			if !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("keys(%q) = %q, want %q", english, got, tc.want)
			}
			if own := compoundKeys(tc.a, english); !slices.EqualFunc(got, own, slices.Equal) {
				t.Errorf("keys(%q) = %q, the analyser's own reading %q", english, got, own)
			}
		})
	}
}

// TestKeyCacheShares checks that analysers answering a reading's questions
// alike share it rather than read the entry again, and that one of other
// tables reads its own.
func TestKeyCacheShares(t *testing.T) {
	tables := NewTables()
	a, b := NewAnalyzerWith(nil, tables), NewAnalyzerWith(nil, tables)
	for _, an := range []*Analyzer{a, b} {
		an.Learn("a report on chips")
		an.Freeze()
	}
	c := NewKeyCache()
	first := c.reader(a)("chip-maker")
	for _, tc := range []struct {
		name  string
		an    *Analyzer
		share bool
	}{
		{"same words", b, true},
		{"other tables", NewAnalyzerWith(nil, NewTables()), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := c.reader(tc.an)("chip-maker")
			if len(got) == 0 || len(first) == 0 {
				t.Fatalf("keys %q and first %q: want a key each", got, first)
			}
			if shared := &got[0] == &first[0]; shared != tc.share {
				t.Errorf("keys shared the first reading: %v, want %v", shared, tc.share)
			}
		})
	}
}

// TestLatinOnly checks which glossary English the cache may share: text
// with no Hangul or Hanja, whose reading asks nothing of the lexicon.
func TestLatinOnly(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"Latin letters", "super-gap", true},
		{"digits and signs", "5G/6G", true},
		{"empty", "", true},
		{"a Hangul syllable", "chip 칩", false},
		{"Hanja", "AI 戰略", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := latinOnly(tt.s); got != tt.want {
				t.Errorf("latinOnly(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestGetBytes checks that a word held in bytes counts as the same word
// held in a string, while the analyser learns and once frozen, and that a
// recording reading is told it as get tells it (KeyCache compares the
// words a reading asked).
func TestGetBytes(t *testing.T) {
	learning := newCounts()
	for _, w := range []string{"chip", "chip", "gddr6-aim"} {
		learning.inc(w)
	}
	frozen := freezeSorted(learning.sorted())
	tests := []struct {
		name string
		c    counts
	}{
		{"learning", learning},
		{"frozen", frozen},
	}
	for _, tt := range tests {
		for _, w := range []string{"chip", "gddr6-aim", "gddr6aim", ""} {
			t.Run(tt.name+"/"+w, func(t *testing.T) {
				c := tt.c
				if got, want := c.getBytes([]byte(w)), c.get(w); got != want {
					t.Errorf("getBytes(%q) = %d, want %d (get)", w, got, want)
				}
				var told []lookup
				c.seen = func(l lookup) { told = append(told, l) }
				c.getBytes([]byte(w))
				if want := []lookup{{word: w, n: c.count(w)}}; !slices.Equal(told, want) {
					t.Errorf("getBytes(%q) told %+v, want %+v", w, told, want)
				}
			})
		}
	}
}
