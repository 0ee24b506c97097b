package index

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/whitespace"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/stepi-tools/reportbot/corpus"
)

// Field names of the bleve documents.
const (
	fieldWords = "words" // analysed terms of the passage text
	fieldGrams = "grams" // Hangul bigrams of the passage text
	fieldCtx   = "ctx"   // section titles and, for split passages, the block's first line
	fieldNotes = "notes" // the text of the footnotes the passage cites
)

// Options tune the engine; the zero value is the product's default.
type Options struct {
	// Glossary replaces the embedded glossary (tests).
	Glossary []Entry
	// Names replaces the embedded Korean spellings of Latin names and the
	// Korean synonyms (tests).
	Names []Entry
	// MinCoverage is the share of the question's weight the best passage must
	// cover for the engine to answer; 0 means the default.
	MinCoverage float64
}

// DefaultMinCoverage was chosen on the development questions; see the README.
const DefaultMinCoverage = 0.45

// Engine answers questions from one parsed report.
type Engine struct {
	doc       *corpus.Document
	an        *Analyzer
	gloss     *Glossary
	idx       bleve.Index
	info      []passageInfo
	ctxTerms  []map[string]bool // per passage: terms of its section titles, country and block head
	df        map[string]int
	n         float64
	minCover  float64
	names     map[string][]string // Korean spellings of names the report prints in Latin letters
	issues    []corpus.Issue      // the report's own citation inconsistencies, found once
	countries *countryJudge       // which country each passage is about, for summaries; read-only
	resolver  *corpus.Names       // alias tables for country and company names, built once
	entities  map[string]bool     // terms naming a country or company the report covers
	aliases   map[string][]string // entity term → every term of the same country or company
	elsewhere map[string]bool     // terms naming countries the report does not cover
	countryOf map[string]string   // term → the covered country it names
	companyOf map[string]string   // term → the profiled company it names
	profile   map[string]string   // section id → the company it profiles
}

// passageInfo keeps what re-ranking and excerpts need without asking bleve.
type passageInfo struct {
	terms map[string]bool   // every term of text and context
	notes map[string]bool   // terms of the footnotes the passage cites
	lines []string          // display lines
	lterm []map[string]bool // terms per line
	lnote []map[string]bool // terms of the footnotes a line cites
	lhead []map[string]bool // terms of a line's first words, where a bullet names its topic
	cites []bool            // the line carries a footnote marker or an in-text citation
}

// New builds the engine: analyser vocabulary, glossary, and a BM25 index built
// in one batch (bleve's BM25 takes its average length per segment).
func New(doc *corpus.Document, opt Options) (*Engine, error) {
	if doc == nil || len(doc.Passages) == 0 {
		return nil, fmt.Errorf("build index: the report has no passages")
	}
	e := &Engine{doc: doc, an: NewAnalyzer(), df: map[string]int{}, minCover: opt.MinCoverage}
	if e.minCover == 0 {
		e.minCover = DefaultMinCoverage
	}
	for _, p := range doc.Passages {
		e.an.Learn(p.Text)
	}
	entries := opt.Glossary
	if entries == nil {
		var err error
		if entries, err = EmbeddedGlossary(); err != nil {
			return nil, fmt.Errorf("build index: %w", err)
		}
	}
	names := opt.Names
	if names == nil {
		n, err := EmbeddedNames()
		if err != nil {
			return nil, fmt.Errorf("build index: %w", err)
		}
		syn, err := EmbeddedSynonyms()
		if err != nil {
			return nil, fmt.Errorf("build index: %w", err)
		}
		names = append(n, syn...)
	}
	e.names = map[string][]string{}
	for _, n := range names {
		if toks := e.an.Tokens(n.English); len(toks) > 0 && len(toks[0].Terms) > 0 {
			key := toks[0].Terms[0]
			e.names[key] = append(e.names[key], n.Korean...)
		}
	}

	e.entities = map[string]bool{}
	e.aliases = map[string][]string{}
	group := func(names ...string) {
		var terms []string
		for _, f := range names {
			// A name of several words ("United States", "우리 정부") would
			// make each word a name; the glossary handles such phrases.
			if toks := e.an.Tokens(f); len(toks) == 1 && len(toks[0].Terms) > 0 && toks[0].Terms[0] != "국내" {
				terms = append(terms, toks[0].Terms[0])
			}
		}
		for _, t := range terms {
			e.entities[t] = true
			e.aliases[t] = dedupe(append(e.aliases[t], terms...))
		}
	}
	e.countryOf = map[string]string{}
	for _, c := range corpus.Countries() {
		group(append([]string{c.Name, c.English}, c.Mention...)...)
		for _, f := range append([]string{c.Name, c.English}, c.Mention...) {
			if toks := e.an.Tokens(f); len(toks) == 1 && len(toks[0].Terms) > 0 && toks[0].Terms[0] != "국내" {
				e.countryOf[toks[0].Terms[0]] = c.Name
			}
		}
	}
	e.companyOf, e.profile = map[string]string{}, map[string]string{}
	for _, c := range corpus.Companies() {
		group(append([]string{c.Name, c.English}, c.Mention...)...)
		e.profile[c.Section] = c.Name
		for _, f := range append([]string{c.Name, c.English}, c.Mention...) {
			if toks := e.an.Tokens(f); len(toks) == 1 && len(toks[0].Terms) > 0 {
				e.companyOf[toks[0].Terms[0]] = c.Name
			}
		}
	}
	e.elsewhere = map[string]bool{}
	for _, names := range corpus.OtherCountries() {
		for _, n := range names {
			e.elsewhere[strings.ToLower(n)] = true
			if toks := e.an.Tokens(n); len(toks) == 1 && toks[0].Kind == TokEnglish && len(toks[0].Terms) > 0 {
				e.elsewhere[toks[0].Terms[0]] = true // the English stem: "philippin"
			}
		}
	}

	im := bleve.NewIndexMapping()
	im.ScoringModel = "bm25"
	if err := im.AddCustomAnalyzer("pre", map[string]interface{}{"type": custom.Name, "tokenizer": whitespace.Name}); err != nil {
		return nil, fmt.Errorf("build index: %w", err)
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
	idx, err := bleve.NewUsing("", im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	e.idx = idx
	batch := idx.NewBatch()
	e.info = make([]passageInfo, len(doc.Passages))
	e.ctxTerms = make([]map[string]bool, len(doc.Passages))
	for i, p := range doc.Passages {
		fields, info := e.analysePassage(p)
		e.info[i] = info
		e.ctxTerms[i] = e.termSet(strings.Join(p.Path, " ") + "\n" + p.Country)
		for t := range info.terms {
			e.df[t]++
		}
		for t := range info.notes {
			if !info.terms[t] {
				e.df[t]++
			}
		}
		if err := batch.Index(strconv.Itoa(p.ID), fields); err != nil {
			return nil, fmt.Errorf("build index: passage %d: %w", p.ID, err)
		}
	}
	if err := idx.Batch(batch); err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	e.n = float64(len(doc.Passages))
	e.gloss = buildGlossary(e.an, doc, entries, func(t string) int { return e.df[t] }, max(3, len(doc.Passages)/20))
	e.issues = doc.Issues()
	e.countries = newCountryJudge(doc.Passages)
	e.resolver = corpus.NewNames()
	return e, nil
}

// Close releases the index.
func (e *Engine) Close() error { return e.idx.Close() }

// Document returns the parsed report.
func (e *Engine) Document() *corpus.Document { return e.doc }

func (e *Engine) termsOf(text string) ([]string, []string) {
	var words, grams []string
	for _, t := range e.an.Tokens(text) {
		words = append(words, t.Terms...)
		words = append(words, t.Parts...)
		if t.Kind == TokKorean && len(t.Terms) > 0 {
			grams = append(grams, Bigrams(t.Terms[0])...)
		}
	}
	return words, grams
}

func (e *Engine) termSet(text string) map[string]bool {
	w, _ := e.termsOf(text)
	m := make(map[string]bool, len(w))
	for _, t := range w {
		m[t] = true
	}
	return m
}

// lineHead is where a line names its topic: its "(label)", or its first
// words up to one marked as topic or subject ("오픈AI의 Whisper는"), or else
// its first word. "DALL-E, Whisper, Sora, Codex 등이" lists; it has no topic
// among its first words.
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
			if strings.HasSuffix(w, p) && utf8.RuneCountInString(w) > 1 {
				return strings.Join(f[:i+1], " ")
			}
		}
	}
	return f[0]
}

func (e *Engine) notesOf(text string) string {
	var notes []string
	for _, n := range corpus.FootnoteMarkers(text, nil) {
		if f, ok := e.doc.Footnote(n); ok {
			notes = append(notes, f.Text)
		}
	}
	return strings.Join(notes, "\n")
}

func (e *Engine) analysePassage(p corpus.Passage) (map[string]interface{}, passageInfo) {
	info := passageInfo{terms: map[string]bool{}, notes: map[string]bool{}}
	words, grams := e.termsOf(p.Text)
	ctxText := strings.Join(p.Path, " ") + "\n" + p.Head + "\n" + p.Country
	ctxWords, _ := e.termsOf(ctxText)
	notes := e.notesOf(p.Text)
	noteWords, _ := e.termsOf(notes)
	for _, set := range [][]string{words, ctxWords} {
		for _, t := range set {
			info.terms[t] = true
		}
	}
	for _, t := range noteWords {
		info.notes[t] = true
	}
	for _, ln := range strings.Split(p.Text, "\n") {
		info.lines = append(info.lines, ln)
		info.lterm = append(info.lterm, e.termSet(ln))
		info.lnote = append(info.lnote, e.termSet(e.notesOf(ln)))
		info.lhead = append(info.lhead, e.termSet(lineHead(ln)))
		info.cites = append(info.cites, len(corpus.FootnoteMarkers(ln, nil)) > 0 || len(e.doc.Citations(ln)) > 0)
	}
	return map[string]interface{}{
		fieldWords: strings.Join(words, " "),
		fieldGrams: strings.Join(grams, " "),
		fieldCtx:   strings.Join(ctxWords, " "),
		fieldNotes: strings.Join(noteWords, " "),
	}, info
}

// concept is one meaningful word of the question with the terms that can
// stand for it in the report.
type concept struct {
	surface string
	terms   []string // whole-word terms, main form first
	parts   []string // pieces of compounds and codes: weaker evidence
	grams   []string // Hangul bigrams, for partial matches
	weight  float64  // how much the concept says about what is asked
	df      int      // passages holding any whole-word term
	// must is set for a year, a quantity, a code or a named country or company:
	// a passage that lacks it is not about what was asked.
	must bool
	// strict is set for a version-like code (GPT-5): only the whole code
	// matches, since GPT-4 is not GPT-5.
	strict bool
	// name is set for a capitalised English word the glossary does not know
	// (Brazil): a proper noun, as telling as a code.
	name bool
}

func (e *Engine) idf(df int) float64 {
	return math.Log(1 + (e.n-float64(df)+0.5)/(float64(df)+0.5))
}

// Question fillers: words that say how something is asked, not what.
var koFillers = map[string]bool{
	"뭐": true, "뭐야": true, "무엇": true, "뭔지": true, "뭔가": true, "뭐뭐": true, "무슨": true, "언제": true,
	"어디": true, "누구": true, "얼마": true, "몇": true, "어떻게": true, "어떤": true, "어느": true, "왜": true,
	"알려줘": true, "알려": true, "정리": true, "요약": true, "설명": true, "말해": true, "보고서": true, "내용": true,
	"있어": true, "있": true, "나와": true, "나와있": true, "했어": true, "좀": true, "거": true, "게": true, "건": true,
	"것": true, "관련": true, "대해": true, "대해서": true, "대한": true, "얘기": true, "이야기": true, "쪽": true,
	"각각": true, "그": true, "이": true, "저": true, "해줘": true, "혹시": true, "라고": true, "돼": true,
	"해": true, "줘": true, "어때": true, "있나": true, "있는지": true, "했는지": true, "뭘": true, "뭐라고": true,
	"어디서": true, "언제부터": true, "누가": true, "얼마나": true, "어떻": true, "있다고": true, "했다고": true,
	"나오": true, "나오는": true, "봤어": true, "본": true, "있다": true, "알고": true, "싶어": true,
	"가지": true, "부분": true, "경우": true, "정도": true, "위해": true, "통해": true, "대비": true,
}

var enFillers = map[string]bool{
	"say": true, "tell": true, "describ": true, "explain": true, "mention": true, "accord": true,
	"call": true, "list": true, "give": true, "pleas": true, "know": true, "want": true, "talk": true,
	"thing": true, "way": true, "much": true, "mani": true, "also": true, "show": true, "doe": true,
	"anyth": true, "someth": true, "exact": true, "actual": true, "realli": true, "name": true,
	"main": true, "kind": true, "type": true, "summari": true, "report": true, "like": true, "get": true,
	"happen": true, "come": true, "discuss": true, "cover": true, "see": true, "find": true,
}

// citeWords mark a question that asks for a source.
var citeWords = map[string]bool{
	"출처": true, "각주": true, "인용": true, "참고문헌": true, "기사": true, "자료": true, "논문": true, "저자": true,
	"sourc": true, "footnot": true, "cite": true, "citat": true, "refer": true, "articl": true, "paper": true,
}

// analyse turns a question into concepts.
func (e *Engine) analyse(q string) (concepts []concept, wantsSource bool) {
	toks := e.an.Tokens(q)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if len(t.Terms) == 0 {
			continue
		}
		main := t.Terms[0]
		if t.Kind == TokCode && strings.Contains(t.Surface, "-") && e.dfAny(t.Terms) == 0 && hasLowerWord(t.Surface) {
			// "1.4nm-by-2027" is words joined by hyphens, not a product code.
			split := e.an.Tokens(strings.ReplaceAll(t.Surface, "-", " "))
			if len(split) > 1 {
				toks = append(toks[:i:i], append(split, toks[i+1:]...)...)
				i--
				continue
			}
		}
		if citeWords[main] || citeWords[t.Surface] {
			wantsSource = true
		}
		if t.Kind == TokKorean && (anyIn(koFillers, t.Terms) || koFillers[t.Surface]) || t.Kind == TokEnglish && enFillers[main] {
			continue
		}
		c := concept{surface: t.Surface}
		if t.Kind == TokEnglish || t.Kind == TokCode {
			// The longest glossary phrase that starts here.
			used := 1
			for n := min(e.gloss.maxLen, len(toks)-i); n >= 1; n-- {
				var stems []string
				ok := true
				for _, u := range toks[i : i+n] {
					if len(u.Terms) == 0 || u.Kind == TokKorean {
						ok = false
						break
					}
					stems = append(stems, u.Terms[0])
				}
				if !ok {
					continue
				}
				if ko := e.gloss.Lookup(strings.Join(stems, " ")); len(ko) > 0 {
					if n > 1 {
						c.terms = append(c.terms, strings.Join(stems, ""))
					}
					for _, u := range toks[i : i+n] {
						c.parts = append(c.parts, u.Terms...)
					}
					for _, k := range ko {
						e.expand(&c, k)
					}
					if n > 1 {
						c.surface = strings.Join(surfaces(toks[i:i+n]), " ")
					}
					used = n
					break
				}
			}
			if len(c.terms) == 0 && len(c.parts) == 0 {
				c.terms = append(c.terms, t.Terms...)
				c.parts = append(c.parts, t.Parts...)
			} else if used == 1 {
				c.terms = append([]string{main}, c.terms...)
				c.parts = append(c.parts, t.Parts...)
			}
			i += used - 1
		} else {
			c.terms = append(c.terms, t.Terms...)
			c.parts = append(c.parts, t.Parts...)
			if t.Kind == TokKorean {
				c.grams = Bigrams(main)
			}
			for _, k := range e.names[main] {
				e.expand(&c, k)
			}
		}
		for _, term := range c.terms {
			c.terms = append(c.terms, e.aliases[term]...)
		}
		c.terms = dedupe(c.terms)
		c.parts = dedupe(c.parts)
		c.df = e.dfAny(strongTerms(c.terms))
		c.strict = t.Kind == TokCode && !HasHangul(t.Surface) && strings.IndexFunc(t.Surface, unicode.IsDigit) >= 0
		c.name = t.Kind == TokEnglish && i > 0 && len(c.terms) == 1 && startsUpper(t.Surface)
		c.weight = e.weightOf(t, c)
		// A name or code the report never mentions must be matched too: the
		// question is about something the report does not cover.
		c.must = e.isConstraint(t, c) || c.df == 0 && (c.name || t.Kind == TokCode || e.elsewhere[strings.ToLower(t.Surface)] || anyIn(e.elsewhere, t.Terms))
		if c.must {
			c.terms = strongTerms(c.terms) // "인" does not stand for "인도"
		}
		if c.must && c.df > 0 {
			c.weight = math.Max(c.weight, 0.4*e.idf(0))
		}
		concepts = append(concepts, c)
	}
	return concepts, wantsSource
}

// expand adds the analysed terms of a translation to a concept: a one-word
// translation as a whole term, a phrase as its main word plus parts.
func (e *Engine) expand(c *concept, text string) {
	toks := e.an.Tokens(text)
	var mains []string
	for _, t := range toks {
		if len(t.Terms) > 0 {
			mains = append(mains, t.Terms[0])
			c.parts = append(c.parts, t.Terms[1:]...)
			c.parts = append(c.parts, t.Parts...)
		}
		if t.Kind == TokKorean && len(t.Terms) > 0 {
			c.grams = append(c.grams, Bigrams(t.Terms[0])...)
		}
	}
	switch len(mains) {
	case 0:
	case 1:
		c.terms = append(c.terms, mains[0])
	default:
		// "AI 반도체": the rarest word stands for the phrase.
		best := mains[0]
		for _, m := range mains[1:] {
			if e.df[m] < e.df[best] {
				best = m
			}
		}
		c.terms = append(c.terms, best)
		c.parts = append(c.parts, mains...)
	}
}

// hasLowerWord tells whether a hyphenated run has a plain lower-case word in
// it ("1.4nm-by-2027", "6th-gen"), unlike a product code ("GPT-5", "FO-PLP").
func hasLowerWord(s string) bool {
	for _, part := range strings.Split(s, "-") {
		if part != "" && strings.IndexFunc(part, func(r rune) bool { return !unicode.IsLower(r) }) < 0 {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// strongTerms leaves out one-syllable Korean stems kept beside their word
// ("인" of "인도"): they say little about whether the report knows the word.
func strongTerms(terms []string) []string {
	out := make([]string, 0, len(terms))
	for _, t := range terms {
		if !(HasHangul(t) && utf8.RuneCountInString(t) == 1) {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return terms
	}
	return out
}

func anyIn(set map[string]bool, ss []string) bool {
	for _, s := range ss {
		if set[s] {
			return true
		}
	}
	return false
}

func surfaces(ts []Token) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Surface)
	}
	return out
}

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

// isConstraint tells whether a passage must hold the concept to answer.
func (e *Engine) isConstraint(t Token, c concept) bool {
	for _, term := range c.terms {
		if e.entities[term] {
			return true
		}
	}
	generic := float64(c.df) > 0.3*e.n
	switch t.Kind {
	case TokNumber:
		return !generic && (len(c.terms[0]) == 4 && (strings.HasPrefix(c.terms[0], "19") || strings.HasPrefix(c.terms[0], "20")) || len(t.Terms) > 1)
	case TokCode:
		return !generic && len(t.Surface) > 1
	}
	return false
}

func (e *Engine) dfAny(terms []string) int {
	n := 0
	for i := range e.info {
		for _, t := range terms {
			if e.info[i].terms[t] || e.info[i].notes[t] {
				n++
				break
			}
		}
	}
	return n
}

// weightOf says how much a concept matters. A word the report never uses
// weighs as much as its rarest word: a question about it is likely not one the
// report answers. Verbs and plain English words weigh less than names.
func (e *Engine) weightOf(t Token, c concept) float64 {
	maxIDF := e.idf(0)
	w := e.idf(c.df)
	if c.df == 0 {
		switch {
		case t.Kind == TokCode:
			w = 0.7 * maxIDF
		case t.Kind == TokKorean && !t.Verbal:
			w = 0.6 * maxIDF
		case t.Kind == TokEnglish && c.name:
			w = 0.7 * maxIDF
		case t.Kind == TokEnglish:
			w = 0.35 * maxIDF
		default:
			w = 0.35 * maxIDF
		}
	}
	switch {
	case t.Kind == TokKorean && t.Verbal:
		w *= 0.4
	case t.Kind == TokKorean && utf8.RuneCountInString(t.Terms[0]) == 1:
		w *= 0.5
	}
	return w
}

// Ask answers a question with up to n passages.
func (e *Engine) Ask(ctx context.Context, question string, n int) (Answer, error) {
	q := CleanQuestion(question)
	ans := Answer{Question: question, Lang: Lang(q)}
	if q == "" {
		return ans, ErrEmptyQuestion
	}
	if utf8.RuneCountInString(q) > MaxQuestionRunes {
		return ans, ErrQuestionTooLong
	}
	if n <= 0 {
		n = 3
	}
	if err := ctx.Err(); err != nil {
		return ans, err
	}
	concepts, wantsSource := e.analyse(q)
	if len(concepts) == 0 {
		ans.Suggestions = e.suggest(nil)
		return ans, nil
	}
	ranked, err := e.rank(ctx, concepts, wantsSource)
	if err != nil {
		return ans, err
	}
	if len(ranked) == 0 || ranked[0].cover < e.minCover || !e.sharesTopic(concepts, ranked[0].id) {
		ans.Suggestions = e.nearest(ranked, e.minCover)
		return ans, nil
	}
	for _, r := range ranked {
		ans.Results = append(ans.Results, e.result(r.id, r.score, concepts, wantsSource))
		if len(ans.Results) == n {
			break
		}
	}
	// "When …?" wants a date and "how much …?" a number: an answer whose
	// evidence has none is not an answer. Those that have one go first; when
	// no answerable passage has one, the report does not say.
	if want := expectedAnswer(q); want != nil {
		var fit, rest []Result
		for _, r := range ans.Results {
			if r.Section == "refs" || !want.MatchString(r.Excerpt) { // a reference entry's year dates the source, not the fact
				rest = append(rest, r)
			} else {
				fit = append(fit, r)
			}
		}
		if len(fit) == 0 {
			ans.Results = nil
			ans.Suggestions = e.nearest(ranked, e.minCover)
			return ans, nil
		}
		ans.Results = append(fit, rest...)
	}
	ans.Answered = true
	return ans, nil
}

var (
	reAsksDate   = regexp.MustCompile(`(?i)언제|시점|시기|날짜|연도|몇 ?년도|출시일|발표일|시행일|발행일|출범일|\bwhen\b|what year|which year|\bdate\b`)
	reAsksNumber = regexp.MustCompile(`(?i)얼마|몇|금액|비율|비중|how (much|many)|what (percentage|share|proportion)|\bpercent`)
	reDate       = regexp.MustCompile(`(?:19|20)\d\d|['‘’]\d\d|\d{1,2}월|\(\d\d\.\d{1,2}\.?[~)]|\d\d\.\d{1,2}\.`)
	reNumber     = regexp.MustCompile(`\d`)
)

// expectedAnswer tells what kind of evidence a question asks for, if any.
func expectedAnswer(q string) *regexp.Regexp {
	switch {
	case reAsksDate.MatchString(q):
		return reDate
	case reAsksNumber.MatchString(q):
		return reNumber
	}
	return nil
}

// sharesTopic tells whether a passage holds something of what is asked
// beyond the names of countries and companies: "What is the capital of
// France?" shares only "France" with the report's French AI strategy, and that
// is not an answer. A code, year or figure the passage shares ("IMEC",
// "SaaS") is specific enough on its own.
func (e *Engine) sharesTopic(cs []concept, id int) bool {
	topical := 0
	for _, c := range cs {
		matched := matchConcept(c, e.info[id].terms) > 0
		switch {
		case c.must && !anyIn(e.entities, c.terms):
			if matched {
				return true
			}
		case !c.must:
			topical++
			if matched {
				return true
			}
		}
	}
	return topical == 0
}

// scored is a candidate passage after re-ranking.
type scored struct {
	id           int
	score, cover float64
}

// rank re-scores bleve's BM25 candidates by how much of the question each
// covers: BM25 finds passages that share rare words; coverage prefers the one
// that has all that was asked, and gives the decline decision its measure.
func (e *Engine) rank(ctx context.Context, concepts []concept, wantsSource bool) ([]scored, error) {
	cands, err := e.search(ctx, concepts, 60)
	if err != nil {
		return nil, err
	}
	total := 0.0
	for _, c := range concepts {
		total += c.weight
	}
	asked := map[string]bool{}   // countries the question names
	askedCo := map[string]bool{} // companies the question names
	for _, c := range concepts {
		for _, t := range c.terms {
			if name, ok := e.countryOf[t]; ok {
				asked[name] = true
			}
			if name, ok := e.companyOf[t]; ok {
				askedCo[name] = true
			}
		}
	}
	var ranked []scored
	maxBM := 0.0
	for _, c := range cands {
		maxBM = math.Max(maxBM, c.score)
	}
	for _, c := range cands {
		info := e.info[c.id]
		cover := e.coverage(concepts, c.id, total, wantsSource)
		for _, k := range concepts {
			if k.must && matchConcept(k, info.terms) == 0 && (!wantsSource || matchConcept(k, info.notes) == 0) {
				cover *= 0.6
			}
		}
		// A passage the report files under another country is about that
		// country, even where it mentions the one asked about in passing.
		if pc := e.doc.Passages[c.id].Country; pc != "" && len(asked) > 0 && !asked[pc] {
			cover *= 0.5
		}
		// Likewise a company's profile, for a question about other companies.
		if co := e.profile[e.doc.Passages[c.id].Section]; co != "" && len(askedCo) > 0 && !askedCo[co] {
			cover *= 0.5
		}
		s := (c.score / maxBM) * math.Pow(0.3+cover, 2)
		switch p := e.doc.Passages[c.id]; {
		case p.Kind == corpus.KindCaption && len(e.info[c.id].lines) <= 2:
			s *= 0.6 // a bare caption says only that a figure exists
		case p.Kind == corpus.KindRef && !wantsSource:
			s *= 0.5 // a reference entry answers "which source", not "what"
		}
		ranked = append(ranked, scored{c.id, s, cover})
	}
	// Passages that cover enough of the question to answer it come before
	// those that do not, however short (and so well scored by BM25) the
	// latter are: a reference entry that shares the title of a policy must not
	// hide the paragraph about it.
	sort.SliceStable(ranked, func(i, j int) bool {
		ai, aj := ranked[i].cover >= e.minCover, ranked[j].cover >= e.minCover
		if ai != aj {
			return ai
		}
		return ranked[i].score > ranked[j].score
	})
	return e.distinct(ranked), nil
}

// distinct shows text the report repeats once: a summary passage stands for
// the body passage that holds its lines (which has pages), at the better of
// the two places.
func (e *Engine) distinct(ranked []scored) []scored {
	seen := make(map[int]bool, len(ranked))
	out := ranked[:0]
	for _, r := range ranked {
		if d := e.doc.Passages[r.id].Duplicate; d >= 0 {
			r.id = d
		}
		if !seen[r.id] {
			seen[r.id] = true
			out = append(out, r)
		}
	}
	return out
}

// coverage is the share of the question's weight that passage id holds. A
// word found only in a footnote it cites counts half, unless the question
// asks for sources.
func (e *Engine) coverage(cs []concept, id int, total float64, wantsSource bool) float64 {
	if total == 0 {
		return 0
	}
	noteWeight := 0.5
	if wantsSource {
		noteWeight = 1
	}
	got := 0.0
	for _, c := range cs {
		got += c.weight * math.Max(matchConcept(c, e.info[id].terms), noteWeight*matchConcept(c, e.info[id].notes))
	}
	return got / total
}

// matchConcept is 1 when a whole-word term of c is among terms, a half when
// most of its bigrams are, else 0.
func matchConcept(c concept, terms map[string]bool) float64 {
	for _, t := range c.terms {
		if terms[t] {
			return 1
		}
	}
	if len(c.parts) > 0 && !c.strict {
		hit := 0
		for _, p := range c.parts {
			if terms[p] {
				hit++
			}
		}
		switch {
		case hit == len(c.parts) && hit >= 2:
			return 0.8
		case hit > 0:
			return 0.4
		}
	}
	if len(c.grams) >= 2 {
		hit := 0
		for _, g := range c.grams {
			if terms[g] {
				hit++
			}
		}
		if hit*2 >= len(c.grams)+1 {
			return 0.5
		}
	}
	return 0
}

type hit struct {
	id    int
	score float64
}

func (e *Engine) search(ctx context.Context, cs []concept, k int) ([]hit, error) {
	var ors []query.Query
	for _, c := range cs {
		var alts []query.Query
		for i, t := range c.terms {
			boost := c.weight
			if i > 0 {
				boost *= 0.8
			}
			alts = append(alts, termQ(fieldWords, t, boost), termQ(fieldCtx, t, boost*0.4), termQ(fieldNotes, t, boost*0.5))
		}
		for _, p := range c.parts {
			alts = append(alts, termQ(fieldWords, p, c.weight*0.5/float64(len(c.parts))))
		}
		for _, g := range c.grams {
			alts = append(alts, termQ(fieldGrams, g, c.weight*0.6/float64(len(c.grams))))
		}
		if len(alts) > 0 {
			ors = append(ors, bleve.NewDisjunctionQuery(alts...))
		}
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(ors...), k, 0, false)
	res, err := e.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	out := make([]hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		id, err := strconv.Atoi(h.ID)
		if err != nil || id < 0 || id >= len(e.info) {
			continue
		}
		out = append(out, hit{id, h.Score})
	}
	return out, nil
}

func termQ(field, term string, boost float64) query.Query {
	q := bleve.NewTermQuery(term)
	q.SetField(field)
	q.SetBoost(math.Max(boost, 0.01))
	return q
}

// Lang tells the language replies should use: Korean when the question has
// at least as many Korean words as English ones. Names and codes (TSMC, HBM3E)
// do not count as English.
func Lang(q string) string {
	ko, en := 0, 0
	for _, w := range words(q) {
		switch {
		case HasHangul(w):
			ko++
		case isAcronym(w) || strings.IndexFunc(w, unicode.IsDigit) >= 0:
		case strings.IndexFunc(w, unicode.IsLetter) >= 0:
			en++
		}
	}
	if ko > 0 && ko >= en {
		return "ko"
	}
	return "en"
}

func (e *Engine) sectionRef(id string) SectionRef {
	s, _ := e.doc.Section(id)
	return SectionRef{ID: s.ID, Title: s.Title, Pages: s.Pages()}
}

// nearest suggests sections for a declined question: those of the best
// candidates when they share something real with it (half the coverage an
// answer needs), otherwise the chapters.
func (e *Engine) nearest(ranked []scored, floor float64) []SectionRef {
	var ids []int
	for i := 0; i < len(ranked) && i < 5; i++ {
		if ranked[i].cover >= floor/2 {
			ids = append(ids, ranked[i].id)
		}
	}
	return e.suggest(ids)
}

// suggest names the sections of the nearest passages, or the chapters.
func (e *Engine) suggest(ids []int) []SectionRef {
	var out []SectionRef
	seen := map[string]bool{}
	for _, id := range ids {
		sec := e.doc.Passages[id].Section
		if sec == "front" || seen[sec] {
			continue
		}
		seen[sec] = true
		out = append(out, e.sectionRef(sec))
		if len(out) == 3 {
			return out
		}
	}
	if len(out) == 0 {
		for _, s := range e.doc.Sections {
			if s.Level == 1 && s.ID != "front" && s.PageStart > 0 && s.ID != "refs" {
				out = append(out, e.sectionRef(s.ID))
			}
		}
	}
	return out
}

func (e *Engine) result(id int, score float64, cs []concept, wantsSource bool) Result {
	p := e.doc.Passages[id]
	s, _ := e.doc.Section(p.Section)
	excerpt := e.excerpt(id, cs, wantsSource)
	pages := s.Pages()
	if p.Page > 0 {
		pages = strconv.Itoa(p.Page)
	}
	return Result{
		PassageID:    id,
		Section:      p.Section,
		SectionTitle: s.Title,
		Path:         p.Path,
		Pages:        pages,
		Excerpt:      excerpt,
		Text:         p.Text,
		Score:        math.Round(score*1000) / 1000,
		Sources:      e.doc.Sources(excerpt),
	}
}

// Explain describes how a question is read and ranked, for tuning and for
// "reportbot ask --explain".
func (e *Engine) Explain(ctx context.Context, question string) string {
	var b strings.Builder
	cs, wantsSource := e.analyse(question)
	for _, c := range cs {
		fmt.Fprintf(&b, "concept %q w=%.2f df=%d terms=%v grams=%v\n", c.surface, c.weight, c.df, c.terms, c.grams)
	}
	fmt.Fprintf(&b, "wants source: %v\n", wantsSource)
	ranked, err := e.rank(ctx, cs, wantsSource)
	if err != nil {
		return b.String() + err.Error()
	}
	for _, r := range ranked[:min(8, len(ranked))] {
		p := e.doc.Passages[r.id]
		fmt.Fprintf(&b, "  #%d %s score=%.3f cover=%.2f topic=%v %.60q\n", r.id, p.Section, r.score, r.cover, e.sharesTopic(cs, r.id), p.Text)
	}
	return b.String()
}
