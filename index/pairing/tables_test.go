package pairing

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// plainTables are an extractor's tables as one report alone makes them:
// its names first, then the glossary's entries less those its names name,
// then the names list. They are what the shared tables with a report's
// changes must read as.
type plainTables struct {
	koForms, latin map[string][]string
	enTerms        map[string]string
	enHead         map[string]bool
	enMax          int
}

func makePlain(ents *entity.Set, gloss, names []analysis.Entry, p Params) plainTables {
	x := &extractor{Tables: &Tables{enWord: NewTables(nil, nil, p).enWord}}
	pt := plainTables{koForms: map[string][]string{}, latin: map[string][]string{}, enTerms: map[string]string{}, enHead: map[string]bool{}}
	addKorean := func(form, item string, minRunes int) {
		f := stripSpaces(form)
		if utf8.RuneCountInString(f) >= minRunes {
			pt.koForms[f] = appendNew(pt.koForms[f], item)
		}
	}
	nameKeys := map[string]bool{}
	for _, e := range slices.Concat(ents.Countries(), ents.Companies()) {
		item := prefixName + e.Name
		for _, f := range slices.Concat([]string{e.Name, e.English}, e.Mention, e.EnglishMention, e.Aliases) {
			nameKeys[strings.ToLower(f)] = true
			switch {
			case !isLatinText(f):
				if slicesHas(e.Mention, f) || slicesHas(e.EnglishMention, f) || f == e.Name {
					addKorean(f, item, 1)
				}
			case len(f) >= 2 && !strings.Contains(f, " ") && (slicesHas(e.Mention, f) || f == e.Name):
				pt.latin[f] = appendNew(pt.latin[f], item)
			}
		}
	}
	for _, g := range gloss {
		if nameKeys[strings.ToLower(g.English)] {
			continue
		}
		units := x.stemUnits(g.English, false)
		if len(units) == 0 {
			continue
		}
		key := strings.Join(units, " ")
		pt.enTerms[key] = prefixTerm + key
		pt.enHead[units[0]] = true
		pt.enMax = max(pt.enMax, len(units))
		for _, k := range g.Korean {
			if analysis.HasHangul(k) {
				addKorean(k, prefixTerm+key, p.MinTermRunes)
			} else {
				pt.latin[k] = appendNew(pt.latin[k], prefixTerm+key)
			}
		}
	}
	for _, n := range names {
		for _, latin := range n.Korean {
			if isLatinText(latin) {
				addKorean(n.English, prefixCode+strings.ToLower(latin), p.MinTermRunes)
			}
		}
	}
	return pt
}

// TestSharedTablesReadAsTheReportsOwn checks that the extractors of two
// reports sharing one Tables read every form, word and key as each
// report's own tables would: its countries and companies take over the
// glossary entries that name them, and neither report's changes reach the
// other's.
func TestSharedTablesReadAsTheReportsOwn(t *testing.T) {
	gloss, err := analysis.EmbeddedGlossary()
	if err != nil {
		t.Fatal(err)
	}
	names, err := analysis.EmbeddedNames()
	if err != nil {
		t.Fatal(err)
	}
	fictional, err := corpus.Load(filepath.Join("..", "..", "corpus", "testdata", "reports", "good.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p := Defaults()
	shared := NewTables(gloss, names, p)
	docs := map[string]*corpus.Document{"embedded": loadDoc(t), "fictional": fictional}
	// Every report's extractor is made over the one shared value before
	// any is read, as a shelf does.
	xs := map[string]*extractor{}
	for name, doc := range docs {
		xs[name] = newExtractor(doc.Entities, shared)
	}
	for name, doc := range docs {
		x := xs[name]
		t.Run(name, func(t *testing.T) {
			want := makePlain(doc.Entities, gloss, names, p)
			named := 0
			for range x.named {
				named++
			}
			if named == 0 {
				t.Fatalf("no glossary entry is named by the report's countries and companies: the test reads nothing of what they change")
			}
			sameItems(t, "Korean form", want.koForms, shared.koPlain, x.koItems)
			sameItems(t, "Latin word", want.latin, shared.latinPlain, x.latinItems)
			for k := range shared.enTerms {
				got, ok := x.enTerm(k)
				if w, wok := want.enTerms[k]; got != w || ok != wok {
					t.Errorf("glossary key %q: got %q, %v; want %q, %v", k, got, ok, w, wok)
				}
			}
			for h := range shared.enHead {
				if got := x.enHeadWord(h); got != want.enHead[h] {
					t.Errorf("head word %q: got %v, want %v", h, got, want.enHead[h])
				}
			}
			if x.enMax != want.enMax {
				t.Errorf("enMax = %d, want %d", x.enMax, want.enMax)
			}
		})
	}
}

// sameItems checks that get gives each key of want its items, and nothing
// for a key of the shared table that want lacks.
func sameItems(t *testing.T, kind string, want, shared map[string][]string, get func(string) []string) {
	t.Helper()
	for k, its := range want {
		if got := get(k); !slices.Equal(got, its) {
			t.Errorf("%s %q: got %v, want %v", kind, k, got, its)
		}
	}
	for k := range shared {
		if _, ok := want[k]; !ok && len(get(k)) > 0 {
			t.Errorf("%s %q: got %v, want none", kind, k, get(k))
		}
	}
}
