package search

import (
	"context"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestSited checks that a passage filed under one country is sited for
// another only where a line's own label names a place of it, not where the
// text names it in passing nor where the label is a country's own (the
// label the passage was filed by).
func TestSited(t *testing.T) {
	x := mustIndex(t)
	site := passageWith(t, x, "실리콘 색소니, 독일 드레스덴")
	passing := passageWith(t, x, "중국의 AI·반도체 기술·산업 발전 억제를 위해")
	ownLabel := passageWith(t, x, "'EU를 위한 AI'는")
	tests := []struct {
		name string
		id   int
		of   string
		want bool
	}{
		{"a site labelled with its country", site, "독일", true},
		{"a country the site's label does not name", site, "프랑스", false},
		{"a country named in passing", passing, "중국", false},
		{"a country's own label the text overrules", ownLabel, "중국", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := x.Passages()
			if got := ps.sitedBy(tt.id, func(n string) bool { return n == tt.of }); got != tt.want {
				t.Errorf("sitedBy(%d, %s) = %v, want %v", tt.id, tt.of, got, tt.want)
			}
			// Filed under another country, it speaks of tt.of in passing
			// exactly where it is not sited.
			if got := ps.FiledElsewhere(tt.id, tt.of); got == tt.want {
				t.Errorf("FiledElsewhere(%d, %s) = %v, want %v", tt.id, tt.of, got, !tt.want)
			}
		})
	}
}

// TestFiledAwayFromNames checks that a passage filed under another
// country is about another than a set of names only where its label
// sites none of them, whatever the others.
func TestFiledAwayFromNames(t *testing.T) {
	x := mustIndex(t)
	site := passageWith(t, x, "실리콘 색소니, 독일 드레스덴")
	tests := []struct {
		name  string
		names map[string]bool
		want  bool
	}{
		{"the site's country among others", map[string]bool{"프랑스": true, "독일": true}, false},
		{"none of them", map[string]bool{"프랑스": true, "중국": true}, true},
		{"no names", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := x.Passages()
			if got := ps.filedAway(site, x.doc.Passages[site].Country, func(n string) bool { return tt.names[n] }); got != tt.want {
				t.Errorf("filedAway(%v) = %v, want %v", tt.names, got, tt.want)
			}
		})
	}
}

// TestSitedCover checks that Rank gives a site's passage filed under
// another country the coverage of what it holds for a question naming the
// site's country: it is not scaled as a mention in passing (OtherCountry).
func TestSitedCover(t *testing.T) {
	x := mustIndex(t)
	site := passageWith(t, x, "실리콘 색소니, 독일 드레스덴")
	passing := passageWith(t, x, "중국의 AI·반도체 기술·산업 발전 억제를 위해")
	tests := []struct {
		name  string
		asked string
		id    int
		full  bool // its cover is all it holds, unscaled
	}{
		{"the site's country asked", "독일", site, true},
		{"a country named in passing asked", "중국", passing, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.asked))
			ranked, err := x.Rank(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range ranked {
				if c.ID != tt.id {
					continue
				}
				held := x.HeldIn(q.Concepts[0], tt.id)
				if got := c.Cover >= 1 && held; got != tt.full {
					t.Errorf("cover of passage %d = %.2f (holds it: %v), full = %v, want %v", c.ID, c.Cover, held, got, tt.full)
				}
				return
			}
			t.Errorf("passage %d not ranked for %q", tt.id, tt.asked)
		})
	}
}
