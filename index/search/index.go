package search

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/whitespace"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/corpus/pack"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
	"github.com/stepi-tools/reportbot/index/pairing"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/tuning"
)

// Field names of the bleve documents.
const (
	fieldWords = "words" // analysed terms of the passage text
	fieldGrams = "grams" // Hangul bigrams of the passage text
	fieldCtx   = "ctx"   // section titles and, for split passages, the block's first line
	fieldNotes = "notes" // the text of the footnotes the passage cites
)

// Options tune the index; the zero value is the product's default.
type Options struct {
	// Glossary replaces the embedded glossary (tests).
	Glossary []analysis.Entry
	// Names replaces the embedded Korean spellings of Latin names and the
	// Korean synonyms (tests).
	Names []analysis.Entry
	// Params replaces tuning.Defaults().
	Params *tuning.Params
	// Language is what the index reads words by that does not depend on
	// the report, built once by NewLanguage and shared by the indexes of
	// several reports; nil makes the index one of its own. Glossary and
	// Names, when given, take the place of its glossary and names.
	Language *Language
}

// Line is one display line of a passage with the terms that tell it apart.
type Line struct {
	Text  string
	Terms Terms // its own terms
	Notes Terms // terms of the footnotes it cites
	Head  Terms // terms of its first words, where a bullet names its topic
	// Excluded are the terms the line names only to leave them out ("국방
	// 분야를 제외한 … 예산"): a figure on it is not theirs.
	Excluded Terms
	Cites    bool // it carries a footnote marker or an in-text citation
	// Defines is set for a line that says what something means (의미,
	// 정의, "refers to").
	Defines bool
}

// passageInfo keeps what re-ranking and excerpts need without asking bleve.
type passageInfo struct {
	terms Terms // every term of text and context
	notes Terms // terms of the footnotes the passage cites
	ctx   Terms // terms of its section titles and country
	lines []Line
	// excluded is every term some line of it leaves out (the union of the
	// lines' Excluded), nil for most passages: derived from lines when the
	// index is built or loaded, so that a passage that leaves nothing out
	// is told at once.
	excluded Terms
}

// gatherExcluded sets excluded from the lines.
func (in *passageInfo) gatherExcluded() {
	var ids []uint32
	var d *dict
	for _, ln := range in.lines {
		ids = append(ids, ln.Excluded.ids...)
		if ln.Excluded.dict != nil {
			d = ln.Excluded.dict
		}
	}
	if len(ids) > 0 {
		in.excluded = d.store(ids)
	}
}

// Index is the report's passages in a BM25 index, with what the ranking
// knows about each passage and about the report's names. It is read-only
// once built and safe for concurrent use. Its Reader reads questions
// against the report's words, which the index counts.
type Index struct {
	*question.Reader
	doc    *corpus.Document
	an     *analysis.Analyzer
	idx    bleve.Index
	info   []passageInfo
	spaced question.SpacedCodes
	// vocab are the index's terms with the passages that hold each, in
	// text or cited footnotes, and how many hold each bigram, what
	// searching it costs.
	vocab *vocab
	n     float64
	p     tuning.Params
	names map[string][]string // Korean spellings of names the report prints in Latin letters
	ents  entityTerms
	// dict numbers the terms of the passages' and lines' sets.
	dict  *dict
	marks question.Marks
	// lang is what the index reads words by that is not the report's:
	// the general word lists, the analyser's tables, the patterns, the
	// glossary and names (see Options.Language).
	lang *Language
	// pair finds the English summary sentence that says what a Korean line
	// says, for replies to English questions (see lazyPairing).
	pair func() *pairing.Pairer
	// glossSrc are the pairs the Reader's glossary was built from, in order:
	// a saved index keeps them and builds the glossary again from them (see
	// Write).
	glossSrc []analysis.Entry
	// fieldTerms are the terms each field bleve searches holds, read on
	// first use, and matches the matches searches fill, kept between them
	// (see collect and lazy).
	fieldTerms func() *heldTerms
	matches    *sync.Pool
	// postings are the postings of the terms searched so far, read from
	// bleve once (see storedPostings).
	postings *storedPostings
	// expects records which lines hold what questions expect (see
	// lineExpects).
	expects *lineExpects
	// clauses are the term sets of the clauses excerpts were cut into,
	// and of the table cells they read, by text (see keptTerms).
	clauses *sync.Map
	// patterns are the compiled patterns of questions' numbered words, by
	// source (see pattern), and patternsKept how many it holds: questions
	// bring ever new terms, so it keeps at most maxPatterns.
	patterns     *sync.Map
	patternsKept *atomic.Int64
	// lowLines are the passages' lines lower-cased, by passage and line,
	// made on first use: excerpts read them line after line, question
	// after question.
	lowLines func() [][]string
	// figureLines are the passages' lines with their years and version
	// numbers blanked (the language's NotFigure), by passage and line, made
	// on first use: a question asking for a bare figure reads them line
	// after line.
	figureLines func() [][]string
	// weights are each term's inverse document frequency in the report,
	// by term number, and each passage's terms' total of it, made on first
	// use: a follow-up's relevance feedback reads them (see feedback).
	weights func() termWeights
	// carried are the terms each passage holds by a heading above it
	// alone, read when the index is built or opened (the question's
	// Reader counts by it): how rare a question's word is, for the first
	// stage's search, counts a heading once (see reportCounts).
	carried *carried
	// titles are the distinct term sets of the passages' section titles
	// and country (passageInfo.ctx), made on first use: a question that
	// names a part of the report reads every one (partsNamed), and a
	// report's many passages share few sections.
	titles func() []Terms
	// labels are the "(X)" labels the passages' lines open with
	// (corpus.ItemLabel), by passage, of the lines that have one, with the
	// countries and companies they name, made on first use: the ranking
	// reads the labels of every candidate's lines on every question (sitedBy,
	// topicLabels, parallel, itemNamed), and a regexp and the entity scans per line
	// per question were most of a question's allocations.
	labels func() [][]lineLabel
	// definers are the passages with a line that says what its subject
	// means (Line.Defines), made on first use: a question for a meaning
	// looks among them for its term's definition (see withDefining).
	definers func() []int
	// texts are the passages' lines' texts (Line.Text), by passage and
	// line, made on first use: a follow-up reads its quotes' passages line
	// by line, reply after reply (see Passages.Texts).
	texts func() [][]string
	// named are the countries and companies each passage's text names,
	// sorted, read once: Passages.About asks it of every candidate lacking
	// a name asked (aboutNamed, Missing) and of answers' lines.
	named func() [][]string
}

// lineLabel is the label a passage's line opens with, as the ranking reads
// it: a line with none names no one and heads no topic.
type lineLabel struct {
	// line is the line's place in its passage (passageInfo.lines).
	line int
	text string
	// low is text lower-cased, once here, for the typed words matched in
	// it (itemNamed) on every candidate of every follow-up.
	low string
	// topic is set for a label naming no country or company, as "(AI 인재
	// 육성)" heads the same item in each country's paragraph.
	topic bool
	// sites are the countries and companies a label other than a
	// country's own names: a site's with its place ("(…, 독일 드레스덴)").
	sites []string
}

// lineLabels are the labelled lines of the passages of info (Index.labels).
func lineLabels(info []passageInfo, ents *entity.Set) [][]lineLabel {
	out := make([][]lineLabel, len(info))
	for id, p := range info {
		for i, ln := range p.lines {
			text := corpus.ItemLabel(ln.Text)
			if text == "" {
				continue
			}
			countries, companies := ents.CountryMentions(text), ents.CompanyMentions(text)
			l := lineLabel{line: i, text: text, low: strings.ToLower(text), topic: len(countries) == 0 && len(companies) == 0}
			if _, own := ents.Label(text); !own {
				for _, m := range []map[string]int{countries, companies} {
					for name, n := range m {
						if n > 0 {
							l.sites = append(l.sites, name)
						}
					}
				}
			}
			out[id] = append(out[id], l)
		}
	}
	return out
}

// labelled tells whether line i of passage id opens with a label
// (corpus.ItemLabel), as the labels read once for the index have it.
func (x *Index) labelled(id, i int) bool {
	return slices.ContainsFunc(x.labels()[id], func(l lineLabel) bool { return l.line == i })
}

// englishTerms reads the report's English by the glossary, as the
// question's reader reads an English question.
type englishTerms struct{ *analysis.Glossary }

func newEnglishTerms(an *analysis.Analyzer, entries []analysis.Entry, keys *analysis.KeyCache) englishTerms {
	return englishTerms{analysis.GlossaryOf(an, entries, keys)}
}

// of are the Korean terms the glossary's phrases in text's Latin words stand
// for, the longest phrase at each word.
func (et englishTerms) of(an *analysis.Analyzer, text string) []string {
	var out []string
	toks := an.Tokens(text)
	for i := range toks {
		var stems, best []string
		for j := i; j < len(toks) && j-i < et.MaxLen(); j++ {
			t := toks[j]
			if t.Kind == analysis.TokKorean || len(t.Terms) == 0 {
				break
			}
			stems = append(stems, t.Terms[0])
			if ko := et.Lookup(strings.Join(stems, " ")); len(ko) > 0 {
				best = ko
			}
		}
		for _, k := range best {
			for _, t := range an.Tokens(k) {
				if len(t.Terms) > 0 {
					out = append(out, t.Terms[0])
				}
			}
		}
	}
	return out
}

// Load parses the report at path (the embedded copy when path is "") and
// builds the index over it.
func Load(path string, opt Options) (*Index, error) {
	doc, err := corpus.Load(path)
	if err != nil {
		return nil, err
	}
	return New(doc, opt)
}

// New builds the index: analyser vocabulary, glossary, and a BM25 index built
// in one batch (bleve's BM25 takes its average length per segment).
func New(doc *corpus.Document, opt Options) (*Index, error) { return newIndex(doc, opt, "") }

// newIndex builds the index with its bleve index written into bleveDir, or
// held in memory when bleveDir is "".
func newIndex(doc *corpus.Document, opt Options, bleveDir string) (*Index, error) {
	if doc == nil || len(doc.Passages) == 0 {
		return nil, fmt.Errorf("build index: the report has no passages")
	}
	lang, err := opt.language()
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	general, err := lang.lists()
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	x := &Index{doc: doc, an: lang.analyzer(general), lang: lang, p: tuning.Defaults(), dict: newDict()}
	x.marks = lang.patterns.Marks()
	if opt.Params != nil {
		x.p = *opt.Params
	}
	for _, p := range doc.Passages {
		x.an.Learn(p.Text)
	}
	// Headings name what the text below them is about, often by names the
	// text itself writes otherwise ("메타(Meta)").
	for _, s := range doc.Sections {
		x.an.Learn(s.Title)
	}
	// Footnotes are the report's words too: a passage is found by what the
	// footnotes it cites say, and a word a footnote writes apart ("크로스
	// 모달") is cut the same way when a question types it whole.
	for _, f := range doc.Footnotes {
		x.an.Learn(f.Text)
	}
	x.an.Freeze()
	// A Korean spelling of a name is one word before it is read: its last
	// syllable is no particle (제미나이 is not 제미나 + 이, 가우디 not 가우 +
	// 디), so the name is keyed, and cut from words typed without spaces,
	// whole.
	for _, n := range lang.names {
		x.an.AddLexicon(n.English)
	}
	x.names = map[string][]string{}
	for _, n := range lang.names {
		if toks := x.an.Tokens(n.English); len(toks) > 0 && len(toks[0].Terms) > 0 {
			key := toks[0].Terms[0]
			x.names[key] = append(x.names[key], n.Korean...)
		}
	}
	x.addNameWords()
	x.ents = newEntityTerms(x.an, doc.Entities)
	if err := x.build(bleveDir); err != nil {
		if x.idx != nil {
			x.idx.Close()
		}
		return nil, err
	}
	x.lazy()
	x.carried = x.carriedTerms()
	x.n = float64(len(doc.Passages))
	x.spaced = spacedCodes(doc)
	x.glossSrc = question.GlossarySources(doc, lang.entries)
	x.Reader = question.New(x.vocabulary(latinWords(doc, lang.entries, lang.names)))
	if x.pair, err = lazyPairing(doc, lang); err != nil {
		x.idx.Close()
		return nil, fmt.Errorf("build index: %w", err)
	}
	return x, nil
}

// lazyPairing pairs doc's English summary with its lines on first use:
// only replies to English questions need it, and it is the largest part of
// opening a saved index (about 20 of 60 ms of processor time), which a
// shelf of many reports would pay for every report at start-up. The
// pairer's tables of the glossary and names are lang's.
func lazyPairing(doc *corpus.Document, lang *Language) (func() *pairing.Pairer, error) {
	if doc.Entities == nil {
		// pairing.New's one failure, told now as it was when it ran here.
		return nil, errors.New("pairing: no document")
	}
	tables := lang.pairing
	return sync.OnceValue(func() *pairing.Pairer {
		p, _ := pairing.NewWith(doc, tables()) // checked above: it cannot fail
		return p
	}), nil
}

// vocabulary is what the Reader needs of the index, with the Latin words a
// typo may be corrected to.
func (x *Index) vocabulary(latin []string) question.Vocabulary {
	return question.Vocabulary{Analyzer: x.an, Glossary: x.glossSrc, Keys: x.lang.keys, Counts: reportCounts{x.vocab, x.carried}, Passages: len(x.doc.Passages),
		Names: x.names, Spaced: x.spaced, Entities: x.ents.entities, Aliases: x.ents.aliases, Elsewhere: x.ents.elsewhere,
		Latin: latin, Printed: question.PrintedNames(x.doc), General: x.General(), Params: x.p, Patterns: x.lang.patterns}
}

// addNameWords lets the analyser cut words typed together at the Korean
// spellings of names and at the names of countries and companies.
func (x *Index) addNameWords() {
	for k := range x.names {
		x.an.AddLexicon(k)
	}
	for _, e := range x.doc.Entities.Countries() {
		x.an.AddLexicon(e.Aliases...)
	}
	for _, e := range x.doc.Entities.Companies() {
		x.an.AddLexicon(e.Aliases...)
	}
}

func (x *Index) build(dir string) error {
	im := bleve.NewIndexMapping()
	im.ScoringModel = "bm25"
	if err := im.AddCustomAnalyzer("pre", map[string]interface{}{"type": custom.Name, "tokenizer": whitespace.Name}); err != nil {
		return fmt.Errorf("build index: %w", err)
	}
	dm := bleve.NewDocumentMapping()
	for _, f := range []string{fieldWords, fieldGrams, fieldCtx, fieldNotes} {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = "pre"
		fm.Store = false
		fm.IncludeTermVectors = false
		fm.IncludeInAll = false
		dm.AddFieldMappingsAt(f, fm)
	}
	im.DefaultMapping = dm
	im.DefaultAnalyzer = "pre"
	idx, err := bleve.NewUsing(dir, im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return fmt.Errorf("build index: %w", err)
	}
	x.idx = idx
	batch := idx.NewBatch()
	x.info = make([]passageInfo, len(x.doc.Passages))
	post := map[string][]int32{}
	gramDF := map[string]int{}
	english := newEnglishTerms(x.an, x.lang.entries, x.lang.keys)
	last := lastChapter(x.doc)
	for i, p := range x.doc.Passages {
		fields, grams, info := x.analysePassage(p, english, last)
		x.info[i] = info
		counted := map[string]bool{}
		for _, g := range grams {
			if !counted[g] {
				counted[g] = true
				gramDF[g]++
			}
		}
		for t := range info.terms.All() {
			post[t] = append(post[t], int32(i))
		}
		for t := range info.notes.All() {
			if !info.terms.Has(t) {
				post[t] = append(post[t], int32(i))
			}
		}
		if err := batch.Index(strconv.Itoa(p.ID), fields); err != nil {
			return fmt.Errorf("build index: passage %d: %w", p.ID, err)
		}
	}
	if err := idx.Batch(batch); err != nil {
		return fmt.Errorf("build index: %w", err)
	}
	ps := make([]termPostings, 0, len(post))
	for t, p := range post {
		ps = append(ps, termPostings{t, p})
	}
	gs := make([]termCount, 0, len(gramDF))
	for g, n := range gramDF {
		gs = append(gs, termCount{g, n})
	}
	x.vocab = freeze(x.dict, x.info, ps, gs)
	return nil
}

// termPostings are the passages that hold a term; termCount how many.
type (
	termPostings struct {
		term  string
		posts []int32
	}
	termCount struct {
		term string
		n    int
	}
)

// freeze numbers the terms of d, of the postings and of the bigrams in
// sorted order, in one table with the postings and the bigrams' counts,
// and renumbers info's sets to match (see dict.freeze).
func freeze(d *dict, info []passageInfo, post []termPostings, grams []termCount) *vocab {
	extra := make([]string, 0, len(post)+len(grams))
	for _, p := range post {
		extra = append(extra, p.term)
	}
	for _, g := range grams {
		extra = append(extra, g.term)
	}
	v := d.freeze(extra, func(f func(*Terms)) { eachSet(info, f) })
	packSets(info)
	v.setCounts(post, grams)
	return v
}

// packSets moves info's sets out of the dict's arena into one array of
// their exact size. The arena grows by large chunks while sets are added,
// and the last is mostly room a frozen index never uses: with one chunk a
// report, more than half of it.
func packSets(info []passageInfo) {
	pack.Slices(func(yield func(*[]uint32) bool) {
		more := true
		eachSet(info, func(s *Terms) { more = more && yield(&s.ids) })
	})
}

// eachSet calls f with each set of terms of info.
func eachSet(info []passageInfo, f func(*Terms)) {
	for i := range info {
		in := &info[i]
		f(&in.terms)
		f(&in.notes)
		f(&in.ctx)
		f(&in.excluded)
		for j := range in.lines {
			ln := &in.lines[j]
			f(&ln.Terms)
			f(&ln.Notes)
			f(&ln.Head)
			f(&ln.Excluded)
		}
	}
}

// With returns the index with other parameters; it shares everything else,
// so fitting can try many without building the index again.
func (x *Index) With(p tuning.Params) *Index {
	y := *x
	y.p = p
	y.Reader = x.Reader.With(p)
	return &y
}

// Close releases the index.
func (x *Index) Close() error { return x.idx.Close() }

// Document returns the parsed report.
func (x *Index) Document() *corpus.Document { return x.doc }

// General is the general-language word lists the index reads words by.
func (x *Index) General() *lexicon.General { return x.lang.General() }

// Patterns are the compiled patterns the index's questions are read by
// (Language.Patterns).
func (x *Index) Patterns() *question.Patterns { return x.lang.Patterns() }

// Pairing finds the sentence of the report's English summary that says what
// a Korean line says.
func (x *Index) Pairing() *pairing.Pairer { return x.pair() }

// Warm makes what the index otherwise makes on first use: the English
// summary's pairing and the list of the terms each searched field holds.
func (x *Index) Warm() {
	x.pair()
	x.fieldTerms()
}

// Params returns the parameters in force.
func (x *Index) Params() tuning.Params { return x.p }

// Passages answers questions about single passages: their lines, their
// pages, what they hold and what they are about.
type Passages struct{ x *Index }

// Passages returns the passage views of x.
func (x *Index) Passages() Passages { return Passages{x} }

// Lines returns the display lines of passage id with their terms.
func (p Passages) Lines(id int) []Line { return p.x.info[id].lines }

// FigureLine is line i of passage id with its years and version numbers
// blanked (the language's question.Evidence NotFigure), made once for the
// index: a question asking for a bare figure reads a passage's lines so,
// reply after reply.
func (p Passages) FigureLine(id, i int) string { return p.x.figureLines()[id][i] }

// Texts returns the text of each line of passage id, in order (Lines'
// Text), made once for the index and shared: the caller reads it and
// changes none of it.
func (p Passages) Texts(id int) []string { return p.x.texts()[id] }

// lineTexts are the texts of info's passages' lines, by passage (see
// Index.texts): each passage's a part of one array, as a saved index
// keeps their lines (stateReader.passages), not an object a passage.
func lineTexts(info []passageInfo) [][]string {
	return linesAs(info, func(text string) string { return text })
}

// linesAs is as(text) of each line of info's passages, by passage, each
// passage's a part of one array (lineTexts).
func linesAs(info []passageInfo, as func(string) string) [][]string {
	n := 0
	for _, in := range info {
		n += len(in.lines)
	}
	all := make([]string, 0, n)
	out := make([][]string, len(info))
	for id, in := range info {
		start := len(all)
		for _, ln := range in.lines {
			all = append(all, as(ln.Text))
		}
		out[id] = all[start:len(all):len(all)]
	}
	return out
}

// Over returns the line that line i of passage id is a sub-bullet of (the
// nearest line above it that is none), whose words say what it is a
// detail of; ok is false for a line that is no sub-bullet. (SubRuns
// reads the same relation the other way, each head with its run.)
func (p Passages) Over(id, i int) (Line, bool) {
	sub, lines := p.x.doc.Passages[id].Sub, p.x.info[id].lines
	if len(sub) != len(lines) || i >= len(lines) || !sub[i] {
		return Line{}, false
	}
	for j := i - 1; j >= 0; j-- {
		if !sub[j] {
			return lines[j], true
		}
	}
	return Line{}, false
}

// Context returns the terms passage id shares with every one of its lines:
// its section titles and country.
func (p Passages) Context(id int) Terms { return p.x.info[id].ctx }

// TermSet analyses text into its set of index terms.
func (x *Index) TermSet(text string) Terms {
	w := x.wordsOf(text)
	return x.dict.frozenSet(w)
}

// buildSet is TermSet while the index is built: it numbers new terms in
// the index's dict.
func (x *Index) buildSet(text string) Terms {
	w := x.wordsOf(text)
	return x.dict.set(w)
}

// termsOf is the index terms of text and the syllable pairs of its Korean
// words (the grams field), which only a passage indexed asks for.
func (x *Index) termsOf(text string) ([]string, []string) {
	return x.analyseTerms(text, true)
}

// wordsOf is termsOf without the syllable pairs: every other caller (a
// question's TermSet, a line's sets) drops them, and a pair is a string
// made per Korean word.
func (x *Index) wordsOf(text string) []string {
	words, _ := x.analyseTerms(text, false)
	return words
}

func (x *Index) analyseTerms(text string, withGrams bool) ([]string, []string) {
	var words, grams []string
	toks := x.an.Tokens(text)
	for i, t := range toks {
		words = append(words, t.Terms...)
		words = append(words, t.Parts...)
		if withGrams && t.Kind == analysis.TokKorean && len(t.Terms) > 0 {
			grams = append(grams, analysis.Bigrams(t.Terms[0])...)
		}
		if name, ok := x.ents.phraseAt(toks, i); ok {
			words = append(words, name)
		}
		if name, ok := x.joinedAt(toks, i); ok {
			words = append(words, name)
		}
	}
	return words, grams
}

// joinedAt is the word the report writes as one, with a hyphen or
// without a space ("GDDR6-AiM", "ChatGPT"), that toks[i] and the token
// after it, both Latin, write apart ("GDDR6 AiM", "Chat GPT"): one name
// however it is spaced, so a text writing it apart holds it too.
func (x *Index) joinedAt(toks []analysis.Token, i int) (string, bool) {
	if i+1 >= len(toks) || !latinToken(toks[i]) || !latinToken(toks[i+1]) {
		return "", false
	}
	var buf [keyBytes]byte
	key := appendLower(buf[:0], toks[i].Surface)
	at := len(key)
	key = appendLower(append(key, '-'), toks[i+1].Surface)
	if x.an.KnownTermBytes(key) {
		return string(key), true
	}
	key = append(key[:at], key[at+1:]...) // the hyphen left out
	if x.an.KnownTermBytes(key) {
		return string(key), true
	}
	return "", false
}

// latinToken tells whether t is typed in Latin letters and digits alone,
// as a name's pieces are.
func latinToken(t analysis.Token) bool {
	return len(t.Surface) > 0 && !strings.ContainsFunc(t.Surface, func(r rune) bool {
		return r > unicode.MaxASCII || !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// lineHead is where a line names its topic: its "(label)", or its first
// words up to one marked as topic or subject ("오픈AI의 Whisper는"), or else
// its first word. A line that opens with a list ("DALL-E, Whisper, Sora …
// 등이") has no topic among its first words.
func lineHead(ln string) string {
	f := strings.Fields(ln)
	if len(f) == 0 {
		return ""
	}
	if strings.HasPrefix(f[0], "(") {
		for i, w := range f[:min(6, len(f))] {
			if strings.Contains(w, ")") {
				return strings.Join(f[:i+1], " ")
			}
		}
	}
	for i, w := range f[:min(3, len(f))] {
		w = strings.TrimRight(w, ",")
		for _, p := range []string{"은", "는", "이", "가"} {
			if strings.HasSuffix(w, p) && len([]rune(w)) > 1 {
				return strings.Join(f[:i+1], " ")
			}
		}
	}
	return f[0]
}

// excludedTerms are the terms a line names only inside a phrase that
// leaves them out, and nowhere else on it; nil for most lines.
func (x *Index) excludedTerms(ln string) Terms {
	ms := x.marks.Excludes.FindAllStringSubmatchIndex(ln, -1)
	if ms == nil {
		return Terms{}
	}
	var out, rest strings.Builder
	last := 0
	for _, m := range ms {
		for k := 2; k+1 < len(m); k += 2 {
			if m[k] >= 0 {
				out.WriteString(ln[m[k]:m[k+1]] + " ")
			}
		}
		rest.WriteString(ln[last:m[0]] + " ")
		last = m[1]
	}
	rest.WriteString(ln[last:])
	kept := x.TermSet(rest.String())
	var ex []string
	for t := range x.TermSet(out.String()).All() {
		if !kept.Has(t) {
			ex = append(ex, t)
		}
	}
	return x.dict.set(ex)
}

func (x *Index) notesOf(text string) string {
	var notes []string
	for _, n := range corpus.FootnoteMarkers(text, nil) {
		if f, ok := x.doc.Footnote(n); ok {
			notes = append(notes, f.Text)
		}
	}
	return strings.Join(notes, "\n")
}

// noteMarks are the markers of the footnotes text cites, as the report
// prints them ("¹⁵⁾"): a question that names a footnote by its number
// ("footnote 15", "각주 15") asks for the text that carries its marker
// (question.Concept's number reads so), whatever the footnote says.
func noteMarks(text string) []string {
	var out []string
	for _, n := range corpus.FootnoteMarkers(text, nil) {
		out = append(out, corpus.FootnoteMark(n))
	}
	return out
}

// conclusionWords name the last chapter of a report's body by its role, as
// readers name it ("결론에서 …", "the conclusion"): a report closes on its
// conclusion whatever the chapter's heading says, and no heading prints
// the word.
const conclusionWords = "결론 conclusion"

// lastChapter is the number of the last numbered chapter of doc
// (corpus.Document.Chapters, in the report's order, which the parser
// holds to), "" where none is numbered: a chapter's id is its number
// alone ("4"), a part's holds a dot.
func lastChapter(doc *corpus.Document) string {
	chapters := doc.Chapters()
	if len(chapters) == 0 {
		return ""
	}
	return chapters[len(chapters)-1].ID
}

func (x *Index) analysePassage(p corpus.Passage, english englishTerms, last string) (map[string]interface{}, []string, passageInfo) {
	// A passage is also found by its chapter, as people name it ("4장
	// 시사점에서"): the report's headings say 제4장, which reads otherwise.
	chapter := ""
	if n, _, _ := strings.Cut(p.Section, "."); n != "" && strings.Trim(n, "0123456789") == "" {
		chapter = n + "장"
		if n == last {
			chapter += " " + conclusionWords
		}
	}
	context := strings.Join(p.Path, " ") + "\n" + p.Country + "\n" + chapter
	words, grams := x.termsOf(p.Text)
	ctxWords := x.wordsOf(context + "\n" + p.Head)
	noteWords := x.wordsOf(x.notesOf(p.Text))
	// The report's English prose says what its Korean says: a passage holds
	// the Korean terms its English stands for, so that a question in either
	// language covers it alike. They are not searched (BM25 would rank a
	// long summary paragraph above the Korean text), only counted once found.
	// A reference's title is a name the glossary would mistranslate.
	translate := func(string) []string { return nil }
	if p.Kind != corpus.KindRef {
		translate = func(text string) []string { return english.of(x.an, text) }
	}
	info := passageInfo{terms: x.dict.set(slices.Concat(words, ctxWords, translate(p.Text))), notes: x.dict.set(slices.Concat(noteWords, noteMarks(p.Text))), ctx: x.buildSet(context)}
	for _, ln := range strings.Split(p.Text, "\n") {
		lw := x.wordsOf(ln)
		nw := x.wordsOf(x.notesOf(ln))
		info.lines = append(info.lines, Line{
			Text:     ln,
			Terms:    x.dict.set(slices.Concat(lw, translate(ln))),
			Notes:    x.dict.set(slices.Concat(nw, noteMarks(ln))),
			Head:     x.buildSet(lineHead(ln)),
			Excluded: x.excludedTerms(ln),
			Cites:    len(corpus.FootnoteMarkers(ln, nil)) > 0 || len(x.doc.Citations(ln)) > 0,
			Defines:  x.marks.Defines.MatchString(ln),
		})
	}
	info.gatherExcluded()
	return map[string]interface{}{
		fieldWords: strings.Join(words, " "),
		fieldGrams: strings.Join(grams, " "),
		fieldCtx:   strings.Join(ctxWords, " "),
		fieldNotes: strings.Join(noteWords, " "),
	}, grams, info
}

// entityTerms are the index terms that name the report's countries and
// companies, so that a question's words can be recognised as names.
type entityTerms struct {
	entities  map[string]bool     // terms naming a country or company the report covers
	aliases   map[string][]string // entity term → every term of the same country or company
	elsewhere map[string]bool     // terms naming countries the report does not cover
	countryOf map[string]string   // term → the covered country it names
	companyOf map[string]string   // term → the profiled company it names
	profile   map[string]string   // section id → the company it profiles
	// phrases are the names of several Latin words ("United States",
	// "U.S.", "SK hynix"), as lower-case surfaces joined by a space, with
	// the term of the country or company they name: English text names
	// them so, and would otherwise hold only their words ("unit", "state").
	phrases   map[string]string
	maxPhrase int
}

// phraseAt is the term of the country or company a name of several Latin
// words starting at toks[i] names.
func (et entityTerms) phraseAt(toks []analysis.Token, i int) (string, bool) {
	if toks[i].Kind == analysis.TokKorean {
		return "", false
	}
	// Every text an excerpt is cut from is read so: the key is built in a
	// buffer on the stack, which a map lookup does not copy.
	var buf [keyBytes]byte
	key := appendLower(buf[:0], toks[i].Surface)
	for j := i + 1; j < len(toks) && j-i < et.maxPhrase; j++ {
		if toks[j].Kind == analysis.TokKorean {
			break
		}
		key = appendLower(append(key, ' '), toks[j].Surface)
		if name, ok := et.phrases[string(key)]; ok {
			return name, true
		}
	}
	return "", false
}

// keyBytes is the room on the stack for a key built of a few words
// (phraseAt, joinedAt), which each looks up without a copy (a map's
// m[string(key)], the analyser's KnownTermBytes): a key is made a string
// only once found, and one longer than this grows onto the heap.
const keyBytes = 64

func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

func newEntityTerms(an *analysis.Analyzer, set *entity.Set) entityTerms {
	et := entityTerms{entities: map[string]bool{}, aliases: map[string][]string{}, elsewhere: map[string]bool{},
		countryOf: map[string]string{}, companyOf: map[string]string{}, profile: map[string]string{}, phrases: map[string]string{}}
	// A name of several words ("United States", "우리 정부") would make each
	// word a name; the glossary handles such phrases. 국내 ("domestic") marks
	// a mention of Korea in the text but is no name to require of a passage.
	single := func(f string) (string, bool) {
		toks := an.Tokens(f)
		if len(toks) == 1 && len(toks[0].Terms) > 0 && toks[0].Terms[0] != "국내" {
			return toks[0].Terms[0], true
		}
		return "", false
	}
	add := func(of map[string]string, e entity.Entity) {
		var terms []string
		for _, f := range append([]string{e.Name, e.English}, e.Mention...) {
			if t, ok := single(f); ok {
				terms = append(terms, t)
				of[t] = e.Name
			}
		}
		if name, ok := single(e.Name); ok {
			for _, f := range append([]string{e.English}, e.EnglishMention...) {
				toks := an.Tokens(f)
				if len(toks) < 2 || slices.ContainsFunc(toks, func(t analysis.Token) bool { return t.Kind == analysis.TokKorean }) {
					continue
				}
				var key []string
				for _, t := range toks {
					key = append(key, strings.ToLower(t.Surface))
				}
				et.phrases[strings.Join(key, " ")] = name
				et.maxPhrase = max(et.maxPhrase, len(toks))
			}
		}
		for _, t := range terms {
			et.entities[t] = true
			for _, u := range terms {
				if !slices.Contains(et.aliases[t], u) {
					et.aliases[t] = append(et.aliases[t], u)
				}
			}
		}
	}
	for _, c := range set.Countries() {
		add(et.countryOf, c)
	}
	for _, c := range set.Companies() {
		add(et.companyOf, c)
		et.profile[c.Section] = c.Name
	}
	for _, c := range set.Elsewhere() {
		for _, n := range append([]string{c.Name, c.English}, c.Aliases...) {
			et.elsewhere[strings.ToLower(n)] = true
			if toks := an.Tokens(n); len(toks) == 1 && toks[0].Kind == analysis.TokEnglish && len(toks[0].Terms) > 0 {
				et.elsewhere[toks[0].Terms[0]] = true // the English stem: "philippin"
			}
		}
	}
	return et
}

// latinWords are the Latin words a typo may be corrected to: the report's
// own, the glossary's English, the names the report prints in Latin letters,
// and the English names of the countries and companies.
func latinWords(doc *corpus.Document, gloss, names []analysis.Entry) []string {
	var out []string
	add := func(text string) {
		out = append(out, strings.FieldsFunc(text, func(r rune) bool { return r > 127 || !unicode.IsLetter(r) })...)
	}
	for _, p := range doc.Passages {
		add(p.Text)
	}
	for _, e := range gloss {
		add(e.English)
	}
	for _, e := range names {
		add(strings.Join(e.Korean, " "))
	}
	for _, e := range doc.Entities.Countries() {
		add(e.English + " " + strings.Join(e.EnglishMention, " "))
	}
	for _, e := range doc.Entities.Companies() {
		add(e.English + " " + strings.Join(e.Aliases, " "))
	}
	return out
}

// spacedCodes finds the names the report writes as a word and a number
// apart ("LLaMA 3", "Xeon 6"), which a question may type joined.
func spacedCodes(doc *corpus.Document) map[string][2]string {
	re := regexp.MustCompile(`\b([A-Za-z][A-Za-z]+) (\d+(?:\.\d+)?)\b`)
	out := map[string][2]string{}
	for _, p := range doc.Passages {
		for _, m := range re.FindAllStringSubmatch(p.Text, -1) {
			w := strings.ToLower(m[1])
			out[w+m[2]] = [2]string{w, m[2]}
		}
	}
	return out
}
