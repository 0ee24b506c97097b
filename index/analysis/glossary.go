package analysis

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
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
	entries map[string][]string // stem key → Korean surface terms
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

// Add maps an English word or phrase to Korean terms, keyed by the
// analyser's stems of the English.
func (g *Glossary) Add(a *Analyzer, english string, korean ...string) {
	var stems []string
	for _, t := range a.Tokens(english) {
		if len(t.Terms) > 0 {
			stems = append(stems, t.Terms[0])
		}
	}
	if len(stems) == 0 {
		return
	}
	key := strings.Join(stems, " ")
	for _, k := range korean {
		if !contains(g.entries[key], k) {
			g.entries[key] = append(g.entries[key], k)
		}
	}
	if len(stems) > g.maxLen {
		g.maxLen = len(stems)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// Lookup returns the Korean terms for a stem key.
func (g *Glossary) Lookup(key string) []string { return g.entries[key] }

// MaxLen is the longest key in words.
func (g *Glossary) MaxLen() int { return g.maxLen }

// Len is the number of keys.
func (g *Glossary) Len() int { return len(g.entries) }

// rePair finds "한국어(English)" pairs: 엔비디아(NVIDIA), 반도체과학법(Chips and
// Science Act), 주권적 AI(Sovereign AI).
var (
	rePair = regexp.MustCompile(`(?:^|[\s(「‘“'"])((?:[가-힣]+ )?[가-힣A-Za-z][가-힣A-Za-z0-9·]*)\(([A-Za-z][A-Za-z0-9 .,&'\-]{1,60})\)`)
	reYear = regexp.MustCompile(`(?:19|20)\d\d`)
)

// Pair is a Korean term and the English the report gives for it.
type Pair struct{ Korean, English string }

// MinePairs finds the bilingual pairs a text gives itself, in the order
// they first occur.
func MinePairs(texts []string) []Pair {
	var out []Pair
	seen := map[Pair]bool{}
	for _, text := range texts {
		for _, m := range rePair.FindAllStringSubmatch(text, -1) {
			ko, en := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
			if !HasHangul(ko) || len(en) < 2 || reYear.MatchString(en) {
				continue // "(장은현, 2024)" is a citation, not a translation
			}
			// Keep the word before only when the term's last word is not
			// Korean on its own: "주권적 AI(Sovereign AI)", but "통해
			// 엔비디아(NVIDIA)" and "미국의 인공지능(AI)".
			if f := strings.Fields(ko); len(f) == 2 {
				ef := strings.Fields(en)
				if HasHangul(f[1]) || len(ef) != 2 || !strings.EqualFold(ef[1], f[1]) {
					ko = f[1]
				}
			}
			if !HasHangul(ko) {
				continue // "CXL(Compute Express Link)" spells out an acronym
			}
			pr := Pair{Korean: ko, English: en}
			if !seen[pr] {
				seen[pr] = true
				out = append(out, pr)
			}
		}
	}
	return out
}
