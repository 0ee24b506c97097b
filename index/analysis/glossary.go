package analysis

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/index/wordtable"
)

//go:embed glossary.tsv
var glossaryTSV string

//go:embed names.tsv
var namesTSV string

//go:embed synonyms.tsv
var synonymsTSV string

// EmbeddedSynonyms returns everyday Korean words mapped to the words the report
// uses for them (트렌드 → 동향), in the same layout as EmbeddedNames.
func EmbeddedSynonyms() ([]Entry, error) { return ParseGlossary(synonymsTSV) }

// EmbeddedNames returns the Korean spellings of names the report prints only in
// Latin letters (블랙웰 → Blackwell). In each entry English holds the Korean
// spelling users type and Korean the form the report prints.
func EmbeddedNames() ([]Entry, error) { return ParseGlossary(namesTSV) }

// Glossary expands English words and phrases into the Korean terms the report
// uses. Keys are sequences of English stems joined by one space.
type Glossary struct {
	entries map[string][]string // stem key → Korean surface terms, while Add fills it
	frozen  frozenGlossary      // the same once frozen (Freeze), entries then nil
	maxLen  int                 // longest key in words
}

// Entry is one line of the glossary file, as read.
type Entry struct {
	English string
	Korean  []string
	Line    int
}

// ParseGlossary reads the glossary format: "english<TAB>korean1|korean2",
// with # comments and blank lines.
func ParseGlossary(text string) ([]Entry, error) {
	var out []Entry
	for i, ln := range strings.Split(text, "\n") {
		ln = strings.TrimRight(ln, "\r")
		if strings.TrimSpace(ln) == "" || strings.HasPrefix(strings.TrimSpace(ln), "#") {
			continue
		}
		en, ko, ok := strings.Cut(ln, "\t")
		if !ok || strings.TrimSpace(en) == "" || strings.TrimSpace(ko) == "" {
			return nil, fmt.Errorf("glossary line %d: want \"english<TAB>korean|korean\", got %q", i+1, ln)
		}
		e := Entry{English: strings.TrimSpace(en), Line: i + 1}
		for _, k := range strings.Split(ko, "|") {
			if k = strings.TrimSpace(k); k != "" {
				e.Korean = append(e.Korean, k)
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// EmbeddedGlossary returns the entries of the glossary the product ships.
func EmbeddedGlossary() ([]Entry, error) { return ParseGlossary(glossaryTSV) }

// NewGlossary returns an empty glossary; Add fills it.
func NewGlossary() *Glossary { return &Glossary{entries: map[string][]string{}} }

// GlossaryOf is the frozen glossary of entries, added in order, keyed by
// a's stems as Add keys them, each entry's keys taken from keys where
// they are a's too (nil keys reads every entry). A saved index keeps the
// entries rather than the glossary, whose keys only the analyser can make.
func GlossaryOf(a *Analyzer, entries []Entry, keys *KeyCache) *Glossary {
	g := NewGlossary()
	read := keys.reader(a)
	for _, e := range entries {
		for _, key := range read(e.English) {
			g.add(key, e.Korean)
		}
	}
	g.Freeze()
	return g
}

// Add maps an English word or phrase to Korean terms, keyed by the
// analyser's stems of the English. A word joined by hyphens is keyed as
// well as its words typed apart and typed closed up: English writes one
// compound all three ways ("self-driving", "self driving", "selfdriving"),
// and each word of it inflects as it would alone ("self-sufficient" for
// "self-sufficiency", "mass produced" for "mass-produce").
func (g *Glossary) Add(a *Analyzer, english string, korean ...string) {
	for _, key := range compoundKeys(a, english) {
		g.add(key, korean)
	}
}

// compoundKeys are the stems of an English word or phrase: as written,
// then, where it holds a hyphen, its words apart (only where the analyser
// keeps each of them: "in-house" apart would key "house" alone) and
// closed up.
func compoundKeys(a *Analyzer, english string) [][]string {
	keys := [][]string{stemsOf(a, english)}
	apart := strings.ReplaceAll(english, "-", " ")
	if apart == english {
		return keys
	}
	if k := stemsOf(a, apart); len(k) == len(strings.Fields(apart)) {
		keys = append(keys, k)
	}
	return append(keys, stemsOf(a, strings.ReplaceAll(english, "-", "")))
}

// stemsOf is the analyser's stem of each word of text it keeps.
func stemsOf(a *Analyzer, text string) []string {
	var stems []string
	for _, t := range a.Tokens(text) {
		if len(t.Terms) > 0 {
			stems = append(stems, t.Terms[0])
		}
	}
	return stems
}

// add maps one key, the stems of its words, to Korean terms.
func (g *Glossary) add(stems []string, korean []string) {
	if len(stems) == 0 {
		return
	}
	key := strings.Join(stems, " ")
	if g.entries == nil {
		g.entries = g.frozen.toMap()
		g.frozen = frozenGlossary{}
	}
	for _, k := range korean {
		if !slices.Contains(g.entries[key], k) {
			g.entries[key] = append(g.entries[key], k)
		}
	}
	if len(stems) > g.maxLen {
		g.maxLen = len(stems)
	}
}

// Lookup returns the Korean terms for a stem key; the caller must not
// change them.
func (g *Glossary) Lookup(key string) []string {
	if g.entries != nil {
		return g.entries[key]
	}
	return g.frozen.lookup(key)
}

// MaxLen is the longest key in words.
func (g *Glossary) MaxLen() int { return g.maxLen }

// Len is the number of keys.
func (g *Glossary) Len() int {
	if g.entries != nil {
		return len(g.entries)
	}
	return g.frozen.keys.Len()
}

// Freeze keeps the glossary, once filled, in a few arrays: the keys in one
// string, found by a table of their hashes, and the Korean terms in one
// slice. A report's glossary has thousands of keys, and a shelf of many
// reports keeps one for each, which the garbage collector would otherwise
// mark key by key. Add after Freeze fills it again, at the cost of a copy.
func (g *Glossary) Freeze() {
	if g.entries == nil {
		return
	}
	keys := slices.Sorted(maps.Keys(g.entries))
	f := frozenGlossary{keys: wordtable.New(keys), at: make([]int32, len(keys)+1)}
	for i, k := range keys {
		f.korean = append(f.korean, g.entries[k]...)
		f.at[i+1] = int32(len(f.korean))
	}
	g.frozen, g.entries = f, nil
}

// frozenGlossary is a glossary's keys with the Korean terms of key i at
// korean[at[i]:at[i+1]].
type frozenGlossary struct {
	keys   wordtable.Table
	korean []string
	at     []int32
}

func (f *frozenGlossary) lookup(key string) []string {
	i, ok := f.keys.Find(key)
	if !ok {
		return nil
	}
	return f.korean[f.at[i]:f.at[i+1]:f.at[i+1]]
}

func (f *frozenGlossary) toMap() map[string][]string {
	m := make(map[string][]string, f.keys.Len())
	for i := range f.keys.Len() {
		m[f.keys.Word(i)] = slices.Clone(f.korean[f.at[i]:f.at[i+1]])
	}
	return m
}
