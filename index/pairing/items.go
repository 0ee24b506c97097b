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

// extractor turns text of either language into items. Its tables are built
// once and only read afterwards.
type extractor struct {
	figures figureReader
	// koForms maps a Korean form, spaces removed, to the items it stands
	// for: glossary terms and the Korean names of countries and companies.
	// A line is read leftmost-longest, so that 비메모리 is not also 메모리.
	koForms map[string][]string
	koLens  []int // the lengths of the forms in runes, longest first
	// latin maps a Latin word as a Korean line prints it (NVIDIA, EU, R&D)
	// to the items it stands for.
	latin map[string][]string
	// enNames are the English forms of names, longest first, matched
	// case-sensitively as whole words.
	enNames []nameForm
	// enTerms maps a glossary key (English stems joined by spaces) to its
	// item; enMax is the longest key in words and enHead the words keys
	// start with, which keep a hyphenated word whole.
	enTerms map[string]string
	enMax   int
	enHead  map[string]bool
	// products are the Latin product names users also spell in Hangul
	// (names.tsv), lower case.
	products map[string]bool
	// latinWord finds the Latin words of a Korean line, enWord the words of
	// English text, sentenceEnd where an English sentence ends.
	latinWord, enWord, sentenceEnd *regexp.Regexp
}

type nameForm struct{ text, item string }

// maxLineRunes bounds the runes of one line read for terms: the report's
// longest line is under 300, an excerpt's lines shorter still.
const maxLineRunes = 1024

func newExtractor(ents *entity.Set, gloss, names []analysis.Entry, p Params) *extractor {
	minRunes := p.MinTermRunes
	x := &extractor{
		figures:   newFigureReader(p),
		koForms:   map[string][]string{},
		latin:     map[string][]string{},
		enTerms:   map[string]string{},
		enHead:    map[string]bool{},
		products:  map[string]bool{},
		latinWord: regexp.MustCompile(`[A-Za-z][A-Za-z0-9&]*`),
		enWord:    regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9&'-]*`),
		// A full stop, question or exclamation mark, then a space and a
		// capital; "U.S.-led" and "e.g. the" do not end a sentence.
		sentenceEnd: regexp.MustCompile(`[.!?]\s+[A-Z]`),
	}
	// Names first: a glossary entry that is a country or company ("china",
	// "sk hynix") is left to them, so that a name counts once.
	nameKeys := map[string]bool{}
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
					x.addKorean(f, item, 1)
				}
			case isLatinText(f) && len(f) >= 2:
				if !strings.Contains(f, " ") && (slicesHas(e.Mention, f) || f == e.Name) {
					x.latin[f] = appendNew(x.latin[f], item)
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

	for _, g := range gloss {
		if nameKeys[strings.ToLower(g.English)] {
			continue
		}
		units := x.stemUnits(g.English, false)
		if len(units) == 0 {
			continue
		}
		key := strings.Join(units, " ")
		item := prefixTerm + key
		x.enTerms[key] = item
		x.enHead[units[0]] = true
		x.enMax = max(x.enMax, len(units))
		for _, k := range g.Korean {
			if analysis.HasHangul(k) {
				x.addKorean(k, item, minRunes)
			} else {
				x.latin[k] = appendNew(x.latin[k], item)
			}
		}
	}
	// names.tsv: Hangul spellings of names the report prints in Latin
	// letters (블랙웰 → Blackwell).
	for _, n := range names {
		for _, latin := range n.Korean {
			if !isLatinText(latin) {
				continue
			}
			item := prefixCode + strings.ToLower(latin)
			x.products[strings.ToLower(latin)] = true
			x.addKorean(n.English, item, minRunes)
		}
	}
	return x
}

func (x *extractor) addKorean(form, item string, minRunes int) {
	f := stripSpaces(form)
	n := utf8.RuneCountInString(f)
	if n < minRunes {
		return
	}
	x.koForms[f] = appendNew(x.koForms[f], item)
	if !slices.Contains(x.koLens, n) {
		x.koLens = append(x.koLens, n)
		slices.SortFunc(x.koLens, func(a, b int) int { return b - a })
	}
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
		its, known := x.latin[w]
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
			if its, ok := x.koForms[flat[off[i]:off[i+l]]]; ok {
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
			if it, ok := x.enTerms[strings.Join(units[i:i+l], " ")]; ok {
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
		if !split || len(parts) == 1 || x.enHead[whole] {
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
