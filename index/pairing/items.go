package pairing

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// An item is what a Korean line and an English sentence can share, keyed by
// its kind: "f:" a figure, "n:" a country or company (by its canonical
// Korean name), "c:" a Latin code or product name, "g:" a glossary term (by
// its English stems).
const (
	prefixFigure = "f:"
	prefixName   = "n:"
	prefixCode   = "c:"
	prefixTerm   = "g:"
)

// Tables are the extractor's tables that come from the glossary and the
// names list, not from a report, with its compiled patterns: read-only once
// built, so that the pairers of every report on a shelf can share one
// (NewTables, NewWith). A report's countries and companies come first and
// take over the glossary entries that name them; each extractor keeps what
// that changes (see newExtractor).
type Tables struct {
	p       Params
	figures figureReader
	// koRaw maps a Korean form, spaces removed, to the items the glossary
	// and the names list give it, each with the glossary entry it came from
	// (-1 for the names list), in the order they were added and repeats
	// kept; koPlain is the same without entries or repeats, what a report
	// that changes nothing of the form reads.
	koRaw   map[string][]fromEntry
	koPlain map[string][]string
	koLens  []int // the lengths of koRaw's forms in runes, longest first
	// latinRaw and latinPlain are the same for Latin words as a Korean line
	// prints them.
	latinRaw   map[string][]fromEntry
	latinPlain map[string][]string
	// entries are the glossary's usable entries (those with English words),
	// byEnglish their indices by their English in lower case.
	entries   []tableEntry
	byEnglish map[string][]int
	// enTerms maps a glossary key (English stems joined by spaces) to the
	// entries that give it; enHead the first words of keys to the entries
	// that start with them, which keep a hyphenated word whole.
	enTerms map[string][]int
	enHead  map[string][]int
	// products are the Latin product names users also spell in Hangul
	// (names.tsv), lower case.
	products map[string]bool
	// latinWord finds the Latin words of a Korean line, enWord the words of
	// English text, sentenceEnd where an English sentence ends.
	latinWord, enWord, sentenceEnd *regexp.Regexp
}

// fromEntry is an item with the glossary entry that gave it, -1 for none.
type fromEntry struct {
	item  string
	entry int
}

// tableEntry is what the tables keep of a glossary entry.
type tableEntry struct {
	key, head string
	words     int // of key
	korean    []string
	latin     []string
}

// NewTables builds the tables of the glossary's entries and of names, the
// Hangul spellings of Latin names, in the layout of
// analysis.EmbeddedGlossary and EmbeddedNames.
func NewTables(gloss, names []analysis.Entry, p Params) *Tables {
	t := &Tables{
		p:          p,
		figures:    newFigureReader(p),
		koRaw:      map[string][]fromEntry{},
		koPlain:    map[string][]string{},
		latinRaw:   map[string][]fromEntry{},
		latinPlain: map[string][]string{},
		byEnglish:  map[string][]int{},
		enTerms:    map[string][]int{},
		enHead:     map[string][]int{},
		products:   map[string]bool{},
		latinWord:  regexp.MustCompile(`[A-Za-z][A-Za-z0-9&]*`),
		enWord:     regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9&'-]*`),
		// A full stop, question or exclamation mark, then a space and a
		// capital; "U.S.-led" and "e.g. the" do not end a sentence.
		sentenceEnd: regexp.MustCompile(`[.!?]\s+[A-Z]`),
	}
	x := &extractor{Tables: t}
	for _, g := range gloss {
		units := x.stemUnits(g.English, false)
		if len(units) == 0 {
			continue
		}
		id := len(t.entries)
		e := tableEntry{key: strings.Join(units, " "), head: units[0], words: len(units)}
		item := prefixTerm + e.key
		t.byEnglish[strings.ToLower(g.English)] = append(t.byEnglish[strings.ToLower(g.English)], id)
		t.enTerms[e.key] = append(t.enTerms[e.key], id)
		t.enHead[e.head] = append(t.enHead[e.head], id)
		for _, k := range g.Korean {
			if analysis.HasHangul(k) {
				if f, ok := t.addKorean(k, item, id, p.MinTermRunes); ok {
					e.korean = append(e.korean, f)
				}
			} else {
				t.latinRaw[k] = append(t.latinRaw[k], fromEntry{item, id})
				t.latinPlain[k] = appendNew(t.latinPlain[k], item)
				e.latin = append(e.latin, k)
			}
		}
		t.entries = append(t.entries, e)
	}
	// names.tsv: Hangul spellings of names the report prints in Latin
	// letters (블랙웰 → Blackwell).
	for _, n := range names {
		for _, latin := range n.Korean {
			if !isLatinText(latin) {
				continue
			}
			item := prefixCode + strings.ToLower(latin)
			t.products[strings.ToLower(latin)] = true
			t.addKorean(n.English, item, -1, p.MinTermRunes)
		}
	}
	return t
}

// addKorean adds a Korean form of item, which entry gave; f is the form as
// kept, ok false when it is too short to keep.
func (t *Tables) addKorean(form, item string, entry, minRunes int) (f string, ok bool) {
	f = stripSpaces(form)
	n := utf8.RuneCountInString(f)
	if n < minRunes {
		return "", false
	}
	t.koRaw[f] = append(t.koRaw[f], fromEntry{item, entry})
	t.koPlain[f] = appendNew(t.koPlain[f], item)
	t.koLens = addLen(t.koLens, n)
	return f, true
}

// addLen adds n to lens, longest first, once.
func addLen(lens []int, n int) []int {
	if !slices.Contains(lens, n) {
		lens = append(lens, n)
		slices.SortFunc(lens, func(a, b int) int { return b - a })
	}
	return lens
}

// extractor turns text of either language into items: the shared tables,
// with what the report's countries and companies add to them and take
// from them. Its tables are built once and only read afterwards.
type extractor struct {
	*Tables
	// koForms maps a Korean form, spaces removed, to the items it stands
	// for, where the report changes what the tables give it: the Korean
	// names of its countries and companies first, then the glossary's
	// items less those of the entries that name them (an empty list when
	// none is left). A line is read leftmost-longest, so that 비메모리 is
	// not also 메모리.
	koForms map[string][]string
	koLens  []int // the lengths of the forms in runes, longest first
	// latin maps a Latin word as a Korean line prints it (NVIDIA, EU, R&D)
	// to the items it stands for, where the report changes the tables'.
	latin map[string][]string
	// enNames are the English forms of names, longest first, matched
	// case-sensitively as whole words.
	enNames []nameForm
	// named are the glossary entries that a country or company of the
	// report names, left to the name so that it counts once; deadTerms and
	// deadHeads the keys and first words no other entry gives. enMax is
	// the longest key of the others in words.
	named                map[int]bool
	deadTerms, deadHeads map[string]bool
	enMax                int
}

type nameForm struct{ text, item string }

// maxLineRunes bounds the runes of one line read for terms: the report's
// longest line is under 300, an excerpt's lines shorter still.
const maxLineRunes = 1024

func newExtractor(ents *entity.Set, t *Tables) *extractor {
	x := &extractor{Tables: t, koForms: map[string][]string{}, latin: map[string][]string{}, koLens: slices.Clone(t.koLens),
		named: map[int]bool{}, deadTerms: map[string]bool{}, deadHeads: map[string]bool{}}
	// Names first: a glossary entry that is a country or company ("china",
	// "sk hynix") is left to them, so that a name counts once.
	nameKeys := map[string]bool{}
	own := map[string][]string{}      // Korean forms of names
	ownLatin := map[string][]string{} // Latin words of names
	addName := func(e entity.Entity) {
		item := prefixName + e.Name
		forms := append([]string{e.Name, e.English}, e.Mention...)
		forms = append(forms, e.EnglishMention...)
		forms = append(forms, e.Aliases...)
		for _, f := range forms {
			nameKeys[strings.ToLower(f)] = true
			switch {
			case !isLatinText(f):
				// Hangul or Hanja, as the Korean text prints the name; a
				// name is short (美, 한국) and kept whatever its length.
				if slicesHas(e.Mention, f) || slicesHas(e.EnglishMention, f) || f == e.Name {
					k := stripSpaces(f)
					if n := utf8.RuneCountInString(k); n >= 1 {
						own[k] = appendNew(own[k], item)
						x.koLens = addLen(x.koLens, n)
					}
				}
			case isLatinText(f) && len(f) >= 2:
				if !strings.Contains(f, " ") && (slicesHas(e.Mention, f) || f == e.Name) {
					ownLatin[f] = appendNew(ownLatin[f], item)
				}
				x.enNames = append(x.enNames, nameForm{f, item})
			}
		}
	}
	for _, e := range ents.Countries() {
		addName(e)
	}
	for _, e := range ents.Companies() {
		addName(e)
	}
	sort.SliceStable(x.enNames, func(i, j int) bool { return len(x.enNames[i].text) > len(x.enNames[j].text) })
	for k := range nameKeys {
		for _, id := range t.byEnglish[k] {
			x.named[id] = true
		}
	}
	// The forms whose items the report changes: its names' and those of
	// the entries it names.
	koKeys, latinKeys := map[string]bool{}, map[string]bool{}
	for k := range own {
		koKeys[k] = true
	}
	for k := range ownLatin {
		latinKeys[k] = true
	}
	for id := range x.named {
		for _, f := range t.entries[id].korean {
			koKeys[f] = true
		}
		for _, k := range t.entries[id].latin {
			latinKeys[k] = true
		}
	}
	for k := range koKeys {
		x.koForms[k] = x.merge(own[k], t.koRaw[k])
	}
	for k := range latinKeys {
		x.latin[k] = x.merge(ownLatin[k], t.latinRaw[k])
	}
	for id, e := range t.entries {
		if x.named[id] {
			if !x.anyLeft(t.enTerms[e.key]) {
				x.deadTerms[e.key] = true
			}
			if !x.anyLeft(t.enHead[e.head]) {
				x.deadHeads[e.head] = true
			}
			continue
		}
		x.enMax = max(x.enMax, e.words)
	}
	return x
}

// merge is own, then the items of raw whose entry the report does not
// name, each once.
func (x *extractor) merge(own []string, raw []fromEntry) []string {
	out := slices.Clone(own)
	for _, r := range raw {
		if r.entry < 0 || !x.named[r.entry] {
			out = appendNew(out, r.item)
		}
	}
	return out
}

// anyLeft tells whether some entry of ids is not named by the report.
func (x *extractor) anyLeft(ids []int) bool {
	for _, id := range ids {
		if !x.named[id] {
			return true
		}
	}
	return false
}

// koItems are the items of a Korean form, nil for none.
func (x *extractor) koItems(f string) []string {
	if its, ok := x.koForms[f]; ok {
		return its
	}
	return x.koPlain[f]
}

// latinItems are the items of a Latin word as a Korean line prints it, nil
// for none.
func (x *extractor) latinItems(w string) []string {
	if its, ok := x.latin[w]; ok {
		return its
	}
	return x.latinPlain[w]
}

// enTerm is the item of a glossary key.
func (x *extractor) enTerm(key string) (string, bool) {
	if _, ok := x.enTerms[key]; !ok || x.deadTerms[key] {
		return "", false
	}
	return prefixTerm + key, true
}

// enHeadWord tells whether some glossary key starts with w.
func (x *extractor) enHeadWord(w string) bool {
	_, ok := x.enHead[w]
	return ok && !x.deadHeads[w]
}

// korean returns the items of a Korean line as groups: each group is one
// thing the line says, with the items it may stand for (초격차 is the
// glossary's "super-gap" and its "gap"; 확보 its "secure" and "acquire").
// A group counts once, at its best reading; each group is returned once.
func (x *extractor) korean(line string) [][]string {
	var out [][]string
	add := func(items ...string) {
		for _, g := range out {
			if slices.Equal(g, items) {
				return
			}
		}
		out = append(out, items)
	}
	for _, f := range x.figures.korean(line) {
		add(prefixFigure + f)
	}
	for _, w := range x.latinWord.FindAllString(line, -1) {
		its := x.latinItems(w)
		known := len(its) > 0
		if known {
			add(its...)
		}
		switch code, isCode := codeOf(w); {
		case known && strings.HasPrefix(its[0], prefixName):
			// a name: NVIDIA is the company, not also a code
		case isCode:
			add(prefixCode + code)
		case x.products[strings.ToLower(w)]:
			add(prefixCode + strings.ToLower(w))
		}
	}
	// Leftmost-longest over the line without spaces: the report writes
	// "AI 반도체" and "AI반도체" alike. Forms are looked up as substrings of
	// the line by byte offsets of its runes, which allocates nothing.
	flat := stripSpaces(line)
	var starts [maxLineRunes + 1]int
	off := starts[:0]
	for i := range flat {
		if len(off) == maxLineRunes {
			break
		}
		off = append(off, i)
	}
	end := len(flat)
	if len(off) == maxLineRunes {
		end = off[maxLineRunes-1]
		off = off[:maxLineRunes-1]
	}
	off = append(off, end)
	n := len(off) - 1
	for i := 0; i < n; {
		step := 1
		for _, l := range x.koLens {
			if i+l > n {
				continue
			}
			if its := x.koItems(flat[off[i]:off[i+l]]); len(its) > 0 {
				add(its...)
				step = l
				break
			}
		}
		i += step
	}
	return out
}

// english returns the items of an English sentence, each once.
func (x *extractor) english(s string) []string {
	var out []string
	add := func(items ...string) {
		for _, it := range items {
			out = appendNew(out, it)
		}
	}
	for _, f := range x.figures.english(s) {
		add(prefixFigure + f)
	}
	// Names are taken out before words are read, so that "South Korea" is
	// the country and not also the glossary's "south".
	for _, nf := range x.enNames {
		for i := 0; ; {
			j := strings.Index(s[i:], nf.text)
			if j < 0 {
				break
			}
			j += i
			end := j + len(nf.text)
			if !latinBefore(s, j) && !latinAfter(s, end) {
				add(nf.item)
				s = s[:j] + strings.Repeat(" ", end-j) + s[end:]
			}
			i = end
		}
	}
	for _, w := range x.enWord.FindAllString(s, -1) {
		for _, part := range strings.Split(w, "-") {
			if code, ok := codeOf(part); ok {
				add(prefixCode + code)
			} else if x.products[strings.ToLower(part)] {
				add(prefixCode + strings.ToLower(part))
			}
		}
	}
	units := x.stemUnits(s, true)
	for i := 0; i < len(units); {
		n := 1
		for l := min(x.enMax, len(units)-i); l >= 1; l-- {
			if it, ok := x.enTerm(strings.Join(units[i:i+l], " ")); ok {
				add(it)
				n = l
				break
			}
		}
		i += n
	}
	return out
}

// stemUnits lower-cases and stems the words of English text. A hyphenated
// word stays one unit ("super-gap", "non-memory") where a glossary key
// starts with it, and is read as its parts otherwise ("AI-driven").
func (x *extractor) stemUnits(s string, split bool) []string {
	var out []string
	for _, w := range x.enWord.FindAllString(s, -1) {
		w = strings.TrimRight(w, "'-")
		parts := strings.Split(w, "-")
		for i, p := range parts {
			// An acronym's plural is its code (SMEs → sme), which the
			// stemmer, reading "smes" as a word, would not give.
			if code, ok := codeOf(p); ok {
				parts[i] = code
			} else {
				parts[i] = english.Stem(strings.ToLower(p), false)
			}
		}
		w = strings.ToLower(w)
		whole := strings.Join(parts, "-")
		if !split || len(parts) == 1 || x.enHeadWord(whole) {
			out = append(out, whole)
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// codeOf reads a Latin word as a code when it has two capitals or more
// (TSMC, R&D, IoT, LLMs): the plural s of an acronym is dropped.
func codeOf(w string) (string, bool) {
	upper := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper < 2 {
		return "", false
	}
	if core, ok := strings.CutSuffix(w, "s"); ok && strings.ToUpper(core) == core {
		w = core
	}
	return strings.ToLower(w), true
}

func isLatinText(s string) bool {
	for _, r := range s {
		if r >= 0x80 {
			return false
		}
	}
	return true
}

func stripSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func slicesHas(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func appendNew(ss []string, s string) []string {
	if slicesHas(ss, s) {
		return ss
	}
	return append(ss, s)
}
