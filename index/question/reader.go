package question

import (
	"errors"
	"iter"
	"maps"
	"regexp"
	"slices"
	"sync"

	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
	"github.com/stepi-tools/reportbot/index/tuning"
)

// Errors callers branch on.
var (
	ErrEmpty   = errors.New("the question is empty")
	ErrTooLong = errors.New("the question is too long")
)

// MaxRunes bounds what a question may hold; longer text is refused with
// ErrTooLong rather than searched.
const MaxRunes = 1000

// Reader reads questions against one report: how many of its passages hold
// each term and which, the names and codes it prints, and the glossary and
// speller made from its words. The search index counts the terms and builds
// the Reader beside it; it is read-only once built and safe for concurrent
// use.
type Reader struct {
	an     *analysis.Analyzer
	gloss  *analysis.Glossary
	counts Counts
	spaced SpacedCodes
	n      float64
	p      tuning.Params
	names  map[string][]string
	ents   entityTerms
	spell  *speller
	expect expectation
	// naming is how a question asks for a name (see Query.AsksName).
	naming naming
	// general says how common a word is in language at large: what a word
	// the report never uses weighs.
	general *lexicon.General
	// printed are the Latin words the report prints only capitalised: a
	// name by the report's own usage (see PrintedNames).
	printed map[string]bool
	// compoundEnds are the two-syllable words the report's compounds end
	// with (see heads).
	compoundEnds map[string]bool
	// translations are the readings of the glossary's and names' Korean
	// translations that questions have been expanded by (see
	// reading.expand), by text, made on first need.
	translations *sync.Map
}

// SpacedCodes are the codes the report writes with a space ("LLaMA 3"),
// keyed as a question may type them joined ("llama3"), with their two terms.
type SpacedCodes map[string][2]string

// entityTerms are the index terms that name countries and companies, as a
// question's words are recognised as names by them.
type entityTerms struct {
	entities  map[string]bool     // terms naming a country or company the report covers
	aliases   map[string][]string // entity term → every term of the same country or company
	elsewhere map[string]bool     // terms naming countries the report does not cover
}

// Counts are how many passages of the report hold each term, in their text
// or in the footnotes they cite, and which: the search index's table, read
// only.
type Counts interface {
	DF(term string) int
	// Postings are the passages DF counts, ascending; the caller must not
	// change them.
	Postings(term string) []int32
	// Terms yields every term some passage holds.
	Terms() iter.Seq[string]
	// SpreadDF is how many passages hold any of terms, the passages that
	// hold them only by a heading above them (a section's title, which
	// every passage of the section carries) counting once a heading: how
	// rare a word is in what the report prints.
	SpreadDF(terms []string) int
}

// Vocabulary is what the search index knows of the report that reading a
// question needs. The Reader keeps the maps, not copies of them.
type Vocabulary struct {
	Analyzer *analysis.Analyzer
	// Glossary are the pairs the glossary is built from, in order (see
	// GlossarySources).
	Glossary []analysis.Entry
	// Keys are the glossary keys the readers of a shelf's reports share
	// where they read alike; nil reads every entry.
	Keys *analysis.KeyCache
	// Counts are how many passages hold each term and which; Passages how
	// many there are.
	Counts   Counts
	Passages int
	// Names are the Korean spellings of names the report prints in Latin
	// letters.
	Names  map[string][]string
	Spaced SpacedCodes
	// Entities are the terms naming a country or company the report covers,
	// Aliases every term of the same one, Elsewhere the terms naming
	// countries it does not cover.
	Entities  map[string]bool
	Aliases   map[string][]string
	Elsewhere map[string]bool
	// Latin are the Latin words a typo may be corrected to.
	Latin []string
	// Printed are the Latin words the report prints only capitalised,
	// lower-cased (see PrintedNames).
	Printed map[string]bool
	General *lexicon.General
	Params  tuning.Params
	// Patterns are the compiled patterns questions are read by; nil
	// compiles the Reader's own. Readers of several reports share one.
	Patterns *Patterns
}

// Patterns are the compiled patterns and word lists a question is read by
// (what kind of evidence it asks for, what a line leaves out or defines):
// they are the same for every report, read-only once built, and safe to
// share between the readers of every report on a shelf.
type Patterns struct {
	expect expectation
	naming naming
}

// NewPatterns compiles the patterns, with a table of question words of
// their own.
func NewPatterns() *Patterns {
	return &Patterns{expect: newExpectation(analysis.NewQuestionWords()), naming: newNaming()}
}

// NewPatternsWith compiles the patterns, reading the question words of t,
// the tables the analysers they serve share.
func NewPatternsWith(t *analysis.Tables) *Patterns {
	return &Patterns{expect: newExpectation(t.QuestionWords()), naming: newNaming()}
}

// Marks are the patterns a passage's lines are read by (see Marks).
func (p *Patterns) Marks() Marks { return p.expect.marks() }

// New builds the reader of a report's vocabulary: its glossary and speller.
func New(v Vocabulary) *Reader {
	pats := v.Patterns
	if pats == nil {
		pats = NewPatternsWith(v.Analyzer.Tables)
	}
	x := &Reader{an: v.Analyzer, counts: v.Counts, n: float64(v.Passages), spaced: v.Spaced, names: v.Names,
		ents: entityTerms{entities: v.Entities, aliases: v.Aliases, elsewhere: v.Elsewhere}, general: v.General, p: v.Params, expect: pats.expect, naming: pats.naming,
		translations: &sync.Map{}, compoundEnds: compoundEnds(v.Counts), printed: v.Printed}
	x.gloss = analysis.GlossaryOf(x.an, v.Glossary, v.Keys)
	x.spell = newSpeller(x, v.Latin)
	return x
}

// With returns the reader with other parameters, sharing everything else.
func (x *Reader) With(p tuning.Params) *Reader {
	y := *x
	y.p = p
	return &y
}

// Unread returns a copy of the reader that shares everything but what it
// remembers of the questions it has read (the translations they were
// expanded by, its analyser's arrays): two readers built alike then
// compare equal, whatever each has been asked.
func (x *Reader) Unread() *Reader {
	y := *x
	y.translations = &sync.Map{}
	y.an = x.an.Unread()
	return &y
}

// LatinWords are the Latin words the speller corrects typos to, by length
// and in the order they were added: what a saved index keeps of the speller,
// which New given them builds again.
func (x *Reader) LatinWords() [][]string {
	var out [][]string
	for _, n := range slices.Sorted(maps.Keys(x.spell.latin)) {
		spelt := x.spell.latin[n]
		words := make([]string, 0, spelt.len())
		for i := range spelt.len() {
			words = append(words, spelt.at(i).term)
		}
		out = append(out, words)
	}
	return out
}

// Marks are the patterns a passage's lines are read by when the index is
// built, from the same table as a question's so that both read alike:
// Excludes finds a phrase that names something only to leave it out
// ("국방 분야를 제외한", "excluding defence"), what it names being group 1
// or 2; Defines a line that says what its subject means.
type Marks struct{ Excludes, Defines *regexp.Regexp }

func (e expectation) marks() Marks { return Marks{Excludes: e.excludes, Defines: e.defines} }

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	out := ss[:0]
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// AsksSum tells whether q asks for a sum of money (a budget, a price, "how
// much $"), not any figure.
func (x *Reader) AsksSum(q Query) bool { return q.Expect != nil && q.Expect == x.expect.money }

// SharedExpect tells whether re is one of the patterns a Query's Expect is
// set to alike for every question (a date, a figure, a count of things, a
// sum, an amount the answer engine asks for "how much"), not one compiled for the unit a question names: whether a line
// matches it is the same for every question that expects it, and may be
// remembered (see search's lineExpects).
//
// The pattern is known by its pointer, or else by its text: the answer
// engine's tables share the reader's Patterns (answer.NewTables), but
// tables built over Patterns of their own set a question's Expect to
// their copy of the same pattern.
func (x *Reader) SharedExpect(re *regexp.Regexp) bool {
	if re == nil {
		return false
	}
	e, s := x.expect, re.String()
	for _, shared := range [...]*regexp.Regexp{e.date, e.number, e.count, e.money, e.amount} {
		if re == shared || s == shared.String() {
			return true
		}
	}
	return false
}
