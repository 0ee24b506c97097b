package question

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
)

// Concept is one meaningful word of the question with the terms that can
// stand for it in the report.
type Concept struct {
	Surface string
	Terms   []string // whole-word terms, main form first
	Parts   []string // pieces of compounds and codes: weaker evidence
	Grams   []string // Hangul bigrams, for partial matches
	Weight  float64  // how much the concept says about what is asked
	DF      int      // passages holding any whole-word term
	// Spread is how much rarer the concept is counting each heading that
	// prints it once, not once a passage under it (Counts.SpreadDF): the
	// factor over Weight the first stage searches it by, 1 or more; 0
	// reads as 1. What a passage covers of the question, and so whether
	// it answers, stays weighed by Weight (weighing title words so lost
	// near misses' flags on the sets never fitted).
	Spread float64
	// Must is set for a year, a quantity, a code or a named country or
	// company: a passage that lacks it is not about what was asked.
	Must bool
	// Strict is set for a version-like code (GPT-5): only the whole code
	// matches, since GPT-4 is not GPT-5.
	Strict bool
	// Name is set for a capitalised English word the glossary does not know
	// (Brazil): a proper noun, as telling as a code.
	Name bool
	// Entity is set when a term names a country or company the report covers.
	Entity bool
	// Source is set for a word that asks for a source ("출처", "source"),
	// which says nothing about which source.
	Source bool
	// Part is set for a word that names a part of the report ("영문요약",
	// "appendix"): it helps find the passage, but one that answers need
	// not hold it, so it is never what the report does not say.
	Part bool
	// Ask is set for the word a question word asks about ("가격 얼마").
	Ask bool
	// Detail is set for a Korean noun the report never uses that the
	// question asks about, and that is no name or code: either a detail
	// the report does not give, or the asker's own word for one it does.
	Detail bool
	// Verbal is set for a Korean verb or adjective.
	Verbal bool
	// Base is, for a Korean noun the report never uses, asked about, that
	// is one of its nouns with a suffix of nouns typed after it ("기관별",
	// "분야별"), that noun: the word is the asker's form of a thing the
	// report discusses, not a thing it never covers (baseOf).
	Base string
	// Head is, for a Korean noun the report never uses, asked about, that
	// is one of its nouns with a suffix of nouns typed after it, that noun,
	// whether or not the word is taken as its Base: a question for a
	// figure keeps such a word (a measure, "목표치") as one the report
	// lacks, but a passage that states its head states the thing the
	// closest line may give.
	Head string
	// Corrected is set when the word was a typo of one the report uses;
	// Surface keeps what was typed.
	Corrected bool
	// Spec is how specific the word is in language at large, from 0 (an
	// everyday word) to 1 (a name, a code, a term of art).
	Spec float64
	// Aside is set for a word typed only in sentences a full stop ends
	// while another sentence asks: the asker's reason or context ("I need
	// it for a slide."), never named as what the report does not say, and,
	// where the report never uses it, weighed as a long question's unknown
	// words are (Params.LongUnknown).
	Aside bool
	// Remark is set for a word typed only in the asker's remark after the
	// ask: why they ask, or what they will do with the answer ("…? 부록에
	// 붙이려고요"). It is the context of the message that typed it, no topic
	// a thread goes on with: a follow-up's rewrite, read without the
	// sentences around it, could no longer tell it from what is asked.
	Remark bool
	// Listed is set for a word of the language at large, which a general
	// word list holds (whole, or every part of a compound): not a name, a
	// code, a typo or chat shorthand no list has.
	Listed bool
	// Negated is set for a word typed after "non-": what is left out of a
	// line is what it asks about.
	Negated bool
	// Number is set for a year, a figure or a count: it constrains an
	// answer but is no topic of its own.
	Number bool
	// Function is set for a Korean word of the language whose main use is
	// a bound noun, an ending or an adverb ("그냥", "정확히", "건데"),
	// typed as a word of its own (typedAlone): it says how the asker asks,
	// and names no subject, on the report's or another. One the analyser
	// cut from a run typed without spaces is its guess, and is not set.
	Function bool
	// Guess is set for a Korean word the report never uses (DF 0) that
	// the analyser cut from a run typed without spaces where another cut
	// parts the run nearly as well (analysis.Token.Guess): it exists only
	// by the cut, and is no word the asker is known to have typed.
	Guess bool
	// Carried is set, in a follow-up the dialog rewrote, for a word its
	// asker did not type: it came from earlier turns, to say what the
	// message is about, while the typed words say what it asks.
	Carried bool
}

// Leans tells whether q is a rewrite that carried some of its words from
// earlier turns and has words its asker typed (Concept.Carried): its
// candidates are ordered by the typed words rather than by the whole.
func (q Query) Leans() bool {
	carried := slices.ContainsFunc(q.Concepts, func(c Concept) bool { return c.Carried })
	return carried && slices.ContainsFunc(q.Concepts, func(c Concept) bool { return !c.Carried })
}

// Built tells whether c is built on a noun of the report's (Base).
func (c Concept) Built() bool { return c.Base != "" }

// HasTerm tells whether one of c's terms is w, whatever its case: a name
// typed "stepi" or "Stepi" is still the publisher's.
func (c Concept) HasTerm(w string) bool {
	return w != "" && slices.ContainsFunc(c.Terms, func(t string) bool { return strings.EqualFold(t, w) })
}

// Named is the word a hedge names for c: a Korean word as the analyser
// reads it, its particle left off ("과제는" is 과제), for that stem is what
// the lines were searched for; a corrected typo, a phrase or a word whose
// stem is not the start of what was typed keeps its surface, and so does a
// word read as a verb's form, whose cut is no particle's (a name such as
// 애리조나 read as 애리조 + 나).
func (c Concept) Named() string {
	if c.Corrected || c.Verbal || len(c.Terms) == 0 || !analysis.HasHangul(c.Surface) || strings.Contains(c.Surface, " ") {
		return c.Surface
	}
	if t := c.Terms[0]; t != "" && strings.HasPrefix(c.Surface, t) {
		return t
	}
	return c.Surface
}

// Named returns words with each that is a concept's surface replaced by
// the word a hedge names for it (Concept.Named), so that every reply names
// what the report lacks alike; other words stay as they are. words itself
// is left as it is: a reply's Missing may share its array with another's.
func (q Query) Named(words []string) []string {
	out := slices.Clone(words)
	for i, w := range out {
		if j := slices.IndexFunc(q.Concepts, func(c Concept) bool { return c.Surface == w }); j >= 0 {
			out[i] = q.Concepts[j].Named()
		}
	}
	return out
}

// Query is a question as the index reads it.
type Query struct {
	Text     string
	Concepts []Concept
	// WantsSource is set when the question asks for a source, so that words
	// found only in a cited footnote count in full.
	WantsSource bool
	// Expect is what the answer must hold when the question asks "when" (a
	// date) or "how much" (a figure); nil otherwise.
	Expect *regexp.Regexp
	// AsksName is set when the question asks for the name of a product,
	// a model, a chip or a version; NameKinds are the kinds of thing it
	// types ("칩", "model"), which the line that names one says.
	AsksName  bool
	NameKinds []NameKind
	// Unit is the unit the figure asked for is in, when the question names
	// one ("몇 단", "몇%", "what %"): it says which figure, as the word asked
	// about would.
	Unit string
	// Counts is set when the question counts things ("몇 곳", "how many
	// sites"): a sum of money is no answer to it.
	Counts bool
	// Define is set when the question asks what a term means.
	Define bool
	// When is set when the question asks for a date; Bare when it asks
	// for a figure in no unit, no sum and no count.
	When, Bare bool
	// DateTo is, for a question that asks a date to its month or its day
	// ("몇 월", "며칠", "what month"), what a line must print to state
	// one: a line that dates the thing by its year alone does not say
	// which month. Nil for any other question. Expect stays the date,
	// which the one-line answer reads. DateWord is the question's own
	// words for that part ("몇 월", "what month"), which a hedge names
	// when the report dates the thing by its year alone.
	DateTo   *regexp.Regexp
	DateWord string
	// Kind is the kind of thing asked for that is no date or figure (a
	// person, a place), KindWord the question's own word for it, and
	// Holder what on a line marks a person (a title of office); a place
	// is marked by the report's names of countries and companies.
	Kind     Kind
	KindWord string
	Holder   *regexp.Regexp
	// Part is set when a date or figure is asked of a part of a whole
	// ("how much … went to …"): the whole's figure is no answer, so every
	// word naming the part binds the figure. PartWord are the words that
	// ask for the part, as typed: a follow-up rewritten with the words
	// of earlier turns carries them, so that the rewrite asks for a
	// part too.
	Part     bool
	PartWord string
	// Whether is set when the question asks whether the report gives
	// something: its details (Concept.Detail) are what it asks for.
	Whether bool
	// Near are the passages the conversation just showed, for a follow-up
	// (Asked.Beside): the ranking prefers a passage that goes on with
	// their subject.
	Near []int
	// NearAlone marks Near as that of a follow-up asked as typed, with no
	// word of the earlier turns: its feedback weighs AloneFeedback, not
	// FeedbackWeight.
	NearAlone bool
}

// Weight is the total weight of the query's concepts.
func (q Query) Weight() float64 {
	w := 0.0
	for _, c := range q.Concepts {
		w += c.Weight
	}
	return w
}

// reading reads one question: its methods are the steps of Analyse.
type reading struct{ *Reader }

// Analyse reads a question into concepts.
func (x *Reader) Analyse(a Asked) Query {
	q := a.text
	shape := x.expect.shapeOf(a)
	// what the asker typed, for a rewrite: read once for the versions
	// (analyse) and the carried words (markCarried)
	asker := x.an.Tokens(a.typed)
	cs, src := reading{x}.analyse(q, asker, a.lang == analysis.Korean, shape.asksFigure())
	want, unit := reading{x}.expectFor(shape)
	var dateTo *regexp.Regexp
	var dateWord string
	if want == x.expect.date {
		dateTo, dateWord = x.expect.dateTo[shape.datePart], shape.dateWord
	}
	counts := unit == "" && shape.counts
	if counts && want == x.expect.number {
		want = x.expect.count // a year is no count of things
		if c := x.expect.countIn(shape.afterHow); c != nil {
			want = c // a count of cases is no count of principles
		}
	}
	if shape.whether {
		// A question whether the report gives something names it: a
		// Korean noun the report never uses there is a detail it does not
		// give, as is one a question word asks about.
		// It names it in the nouns that end it, after its last verb
		// ("정리된 자료 있어?" asks for 자료, not for what was 정리된).
		for k := len(cs) - 1; k >= 0; k-- {
			c := cs[k]
			if c.Verbal && (reading{x}).joinsNouns(c) {
				cs[k].Verbal = false // one of the nouns asked for
			} else if c.Verbal {
				if k == len(cs)-1 && x.expect.asksWhether.MatchString(c.Surface) {
					continue // the verb that asks whether
				}
				break
			}
			if c.DF == 0 && !c.Corrected && !c.Must && c.Listed && analysis.HasHangul(c.Surface) {
				cs[k].Detail = true
			}
		}
	}
	var holder *regexp.Regexp
	if shape.kind == KindPerson {
		holder = x.expect.office
	}
	var kinds []NameKind
	// A question that asks what a thing is called asks its name, not what
	// a word means ("이름이 뭐야?", "what's it called?").
	asksName := x.naming.asks.MatchString(q)
	if asksName {
		low := strings.ToLower(q)
		for _, k := range x.naming.kinds {
			if k.In(low) {
				kinds = append(kinds, k)
			}
		}
	}
	if a.typed != "" {
		reading{x}.markCarried(cs, asker)
	}
	return Query{Text: q, Concepts: cs, AsksName: asksName, NameKinds: kinds, WantsSource: src, Expect: want, Unit: unit, Counts: counts, Define: shape.define && !asksName, When: want == x.expect.date, Bare: want == x.expect.number, DateTo: dateTo, DateWord: dateWord,
		Kind: shape.kind, KindWord: shape.kindWord, Holder: holder, Part: shape.part, PartWord: shape.partWord, Whether: shape.whether, Near: a.near, NearAlone: a.nearAlone}
}

// markCarried marks the concepts of a rewrite none of whose terms the
// asker typed (the tokens typed), nor, for a phrase, every one of its
// words (Concept.Carried).
func (x reading) markCarried(cs []Concept, typed []analysis.Token) {
	own := map[string]bool{}
	for _, t := range x.versions(typed) {
		for _, term := range t.Terms {
			own[term] = true
		}
		// The words of a compound ("catch-up") were typed too: the
		// rewrite may read the compound as a glossary phrase that one of
		// them names.
		for _, p := range t.Parts {
			own[p] = true
		}
	}
	isOwn := func(t string) bool { return own[t] }
	for k, c := range cs {
		// A glossary phrase of several words ("English summary") is
		// typed where each of its words is: its term is theirs joined,
		// which no token of the typed text is.
		phrase := len(c.Parts) > 0 && !slices.ContainsFunc(c.Parts, func(t string) bool { return !own[t] })
		cs[k].Carried = !phrase && !slices.ContainsFunc(c.Terms, isOwn)
	}
}

func (x reading) idf(df int) float64 {
	return math.Log(1 + (x.n-float64(df)+0.5)/(float64(df)+0.5))
}

// noteNumber is the number toks[i] names a footnote by: a bare number
// beside a word that asks for a source ("footnote 15", "각주 15번", "15번
// 각주"), as a report numbers its footnotes.
func noteNumber(toks []analysis.Token, i int) (int, bool) {
	t := toks[i]
	if t.Kind != analysis.TokNumber || !(i > 0 && toks[i-1].Source || i+1 < len(toks) && toks[i+1].Source) {
		return 0, false
	}
	for _, term := range t.Terms {
		if n, err := strconv.Atoi(term); err == nil && n > 0 && strconv.Itoa(n) == term && len(term) < len("1000") {
			return n, true
		}
	}
	return 0, false
}

// analyse turns a question into concepts.
// asker are the tokens of what the asker typed where q is a follow-up the
// dialog rewrote (none for a question asked as typed), which tell a
// number the asker typed with a word of their own from a carried name's
// version (versionsTyped); korean is whether the question is written in
// Korean, asksFigure whether its question words ask a sum or a figure
// (Shape.asksFigure, read once with the rest of its shape): in such a
// question the report's noun with a suffix after it names a measure of
// the thing ("투자액", "생산량"), which the report may not give for what is
// asked; elsewhere the suffix says how the thing is split or used
// ("기관별로는?").
func (x reading) analyse(q string, asker []analysis.Token, korean, asksFigure bool) (concepts []Concept, wantsSource bool) {
	toks := x.versionsTyped(x.an.Tokens(q), asker)
	opens := sentenceOpeners(q)
	told := toldFirst(toks)
	var typed []string // typedWords, split at the first function word
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if len(t.Terms) == 0 {
			continue
		}
		main := t.Terms[0]
		if t.Kind == analysis.TokCode && strings.Contains(t.Surface, "-") && hasLowerWord(t.Surface) && len(x.gloss.Lookup(t.Terms[0])) > 0 {
			// a hyphened word of the glossary ("self-sufficiency") is one
			// English word, no code
			t.Kind = analysis.TokEnglish
			toks[i] = t
		}
		if t.Kind == analysis.TokCode && strings.Contains(t.Surface, "-") && x.dfAny(t.Terms) == 0 && hasLowerWord(t.Surface) {
			// "1.4nm-by-2027" is words joined by hyphens, not a product code.
			split := x.an.Tokens(strings.ReplaceAll(t.Surface, "-", " "))
			if len(split) > 1 {
				toks = append(toks[:i:i], append(split, toks[i+1:]...)...)
				i--
				continue
			}
		}
		if t.Source && i >= told {
			wantsSource = true
		}
		if t.Frame || i > 0 && toks[i-1].Surface == "몇" && (x.an.CounterPhrase(t.Surface) && !x.expect.measures(t.Surface) || x.datePart(t.Surface)) {
			continue // "몇 년짜리", "몇 월에": the kind of count asked for
		}
		if modalMay(toks, i, opens) {
			continue // asking leave, not naming a month
		}
		corrected := false
		if x.unknown(t) {
			if u, ok := x.correct(t); ok {
				if spaced := x.spacedWords(t); spaced != nil {
					// Words the report uses typed without its space
					// ("엣지컴퓨팅" for its 엣지 컴퓨팅) may be those words
					// as well as a typo of another: either reading holds.
					u.Parts = append(u.Parts, spaced...)
				}
				// The steps below read the token as corrected where the
				// correction keeps its first letter: the glossary's phrase
				// lookup ("consortia" is the glossary's consortium, and so
				// 컨소시엄), and for a Korean word the neighbours' tests
				// that read the tokens. One that changes the first letter
				// is a guess at another word ("tally" read as ally), not a
				// slip inside the word typed, and stays as typed there.
				if sameStart(t.Surface, u.Terms[0]) {
					toks[i] = u
				}
				t, main, corrected = u, u.Terms[0], true
			}
			if t.Source {
				wantsSource = true // "Sourse for …"
			}
			if t.Frame {
				continue
			}
		}
		c := Concept{Surface: t.Surface, Corrected: corrected}
		var looser []string
		if t.Kind == analysis.TokEnglish || t.Kind == analysis.TokCode {
			// The longest glossary phrase that starts here.
			used := 1
			var stems []string // one buffer for every length tried
			for n := min(x.gloss.MaxLen(), len(toks)-i); n >= 1; n-- {
				stems = stems[:0]
				ok := true
				for _, u := range toks[i : i+n] {
					if len(u.Terms) == 0 || u.Kind == analysis.TokKorean || x.nameOverWord(u) {
						ok = false
						break
					}
					stems = append(stems, u.Terms[0])
				}
				if !ok {
					continue
				}
				if ko := x.gloss.Lookup(strings.Join(stems, " ")); len(ko) > 0 {
					if n > 1 {
						c.Terms = append(c.Terms, strings.Join(stems, ""))
					}
					for _, u := range toks[i : i+n] {
						c.Parts = append(c.Parts, u.Terms...)
					}
					for _, k := range ko {
						x.expand(&c, k)
					}
					if n > 1 {
						c.Surface = strings.Join(surfaces(toks[i:i+n]), " ")
					}
					used = n
					break
				}
			}
			if len(c.Terms) == 0 && len(c.Parts) == 0 {
				c.Terms = append(c.Terms, t.Terms...)
				c.Parts = append(c.Parts, t.Parts...)
			} else if used == 1 {
				c.Terms = append([]string{main}, c.Terms...)
				c.Parts = append(c.Parts, t.Parts...)
			}
			i += used - 1
		} else if n, unit, ok := counted(t); ok && !x.datePart(unit) && x.counts.DF(main) > 0 {
			// A number with its counter that the report prints so ("1등급",
			// "2단계") names that count, not the number: a line holds it
			// by the two together, never by a bare "1" of another count or
			// amount ("1억"). One the report never prints may be its count
			// under another counter ("7곳" for 7개) or a word the analyser
			// cut after a number ("100기준"), held by the number alone; a
			// month or day is a date's, read as dates are.
			c.Terms = append(c.Terms, main)
			c.Parts = append(c.Parts, n, unit)
			looser = t.Terms
		} else {
			c.Terms = append(c.Terms, t.Terms...)
			c.Parts = append(c.Parts, t.Parts...)
			if t.Kind == analysis.TokKorean {
				c.Grams = analysis.Bigrams(main)
				if x.heads(main) {
					// A word of two syllables the report never prints
					// alone but ends compounds with (대책 in 지원대책) is
					// held by them, as a Korean compound's last word is
					// what it names: the word is its one bigram.
					c.Grams = []string{main}
				}
			}
			for _, k := range x.names[main] {
				x.expand(&c, k)
			}
		}
		for _, term := range c.Terms {
			c.Terms = append(c.Terms, x.ents.aliases[term]...)
		}
		if n, ok := noteNumber(toks, i); ok {
			// "footnote 15", "각주 15번": the number names the footnote,
			// and the text that carries its marker holds it.
			c.Terms = append(c.Terms, corpus.FootnoteMark(n))
		}
		c.Terms = dedupe(c.Terms)
		c.Parts = dedupe(c.Parts)
		version := false
		if pair, ok := x.spaced[main]; ok && x.counts.DF(main) == 0 {
			// "LLaMa3" is how the report's "LLaMA 3" is typed joined: a
			// name and its version, both of which an answer must hold.
			// (Copied, not sliced: a slice of pair would move every
			// word's lookup to the heap.)
			t.Kind, t.Parts = analysis.TokEnglish, []string{pair[0], pair[1]}
			c.Parts = append(c.Parts, pair[0], pair[1])
			version = true
		}
		c.DF = x.dfAny(strongTerms(c.Terms))
		if loneLetter(t) {
			// chat's shorthand, not the letter the report prints: it
			// weighs and is matched as a word the report never uses
			c.DF, c.Terms, c.Parts = 0, nil, nil
		}
		if looser != nil {
			// What holds a count changes, not how much it weighs: its
			// weight stays the number's as the analyser reads it (on the
			// questions never fitted, weighing the pair by its own rarity
			// lost a first result).
			c.DF = x.dfAny(looser)
		}
		if c.DF == 0 && (t.Kind == analysis.TokKorean || x.spaced[main] != [2]string{}) {
			// A compound of words the report uses ("스파이어칩") is known
			// through them, as rare as its rarest part.
			c.DF = x.partsDF(c.Parts)
		}
		c.Strict = t.Kind == analysis.TokCode && !analysis.HasHangul(t.Surface) && strings.IndexFunc(t.Surface, unicode.IsDigit) >= 0
		c.Name = len(c.Terms) == 1 && x.capitalName(t, i > 0 && !opens[t.Surface] || korean)
		c.Entity = slices.ContainsFunc(c.Terms, func(t string) bool { return x.ents.entities[t] })
		c.Spec, c.Listed = x.specificity(t, c)
		c.Number = t.Kind == analysis.TokNumber
		c.Weight = x.weightOf(t, c)
		c.Spread = x.spread(c)
		// A name or code the report never mentions must be matched too: the
		// question is about something the report does not cover.
		c.Must = version || x.isConstraint(t, c) || c.DF == 0 && (c.Name || t.Kind == analysis.TokCode || x.ents.elsewhere[strings.ToLower(t.Surface)] || slices.ContainsFunc(t.Terms, func(t string) bool { return x.ents.elsewhere[t] }))
		if c.Must {
			c.Terms = strongTerms(c.Terms) // "인" does not stand for "인도"
		}
		if c.Must && c.DF > 0 {
			c.Weight = math.Max(c.Weight, x.p.MustWeight*x.idf(0))
		}
		c.Source, c.Part = t.Source, t.Part
		if x.expect.asksAbout(toks, i) && x.an.MainClass(main)&(lexicon.Adverb|lexicon.Verb) == 0 {
			// The word a question word asks about ("가격 얼마", "지역 어디")
			// is what the answer must give: a passage without it does not
			// answer, and if the report never uses it, the report cannot.
			c.Ask = true
			c.Weight *= x.p.AskWeight
			// A Korean noun the report never uses, asked about outright, is
			// a specific the report does not give (a company's earnings, a
			// product's price); a short one is more often a word of how
			// people ask for what the report does give.
			// What asksAbout takes after 몇 is the unit of the figure asked
			// for (a mere counter, 몇 번, is not taken), however short: a
			// unit the report never uses is a figure it never gives.
			if t.Kind == analysis.TokKorean && !t.Verbal && c.DF == 0 && !corrected {
				// Built on a noun of the report's with a suffix of nouns
				// ("기관별"), it asks of what the report discusses, and is
				// no specific the report does not give. A measure of the
				// thing asked for a figure ("투자액 얼마") still is one: it
				// may be what the report never states for the thing asked.
				// (On the questions never fitted, reading so the words of
				// questions for a figure too flagged fewer near misses and
				// hedged no answer fewer; outside them it hedged fewer
				// answers and flagged as many.)
				c.Head = x.baseOf(main)
				if !asksFigure {
					c.Base = c.Head
				}
				c.Detail = !c.Must
				if x.p.AskUnknownMust && !c.Built() && !t.Guess && (utf8.RuneCountInString(main) >= x.p.AskUnknownSyllables || i > 0 && toks[i-1].Surface == "몇") {
					c.Must = true
				}
			}
		}
		// A word of the language whose main use is a bound noun, a
		// particle or ending, or a determiner or adverb ("여러", "데",
		// "이에") does a clause's work, not a name's: the Korean list ranks
		// by dictionary cost, not frequency, and makes such words look
		// rarer than they are.
		if t.Kind == analysis.TokKorean && c.Listed && x.functionWord(main) {
			c.Spec = math.Min(c.Spec, x.p.FunctionSpec)
			// Cut from a run typed without spaces, the word is the
			// analyser's guess, and may be a piece of what is asked.
			if typed == nil {
				typed = typedWords(q)
			}
			c.Function = typedAlone(typed, t.Surface)
		}
		// The analyser guesses by the stems the report prints standing
		// alone (analysis.Analyzer.Known); a guessed piece the report
		// holds inside its compounds or by another of its terms has
		// passages, and is a word of the report's, not a guess.
		c.Verbal, c.Guess = t.Verbal, t.Guess && c.DF == 0
		// "non-defense" names what is not defence: it agrees with a line
		// that leaves defence out.
		c.Negated = len(concepts) > 0 && strings.EqualFold(concepts[len(concepts)-1].Surface, "non")
		concepts = append(concepts, c)
	}
	// A word the question names only to leave it out ("국방 제외",
	// "excluding defense") agrees with a line that leaves it out too, as
	// one typed after "non-" does: the passage's figure is the rest's,
	// which is what is asked.
	for _, m := range x.expect.excludes.FindAllStringSubmatch(q, -1) {
		for _, group := range m[1:] {
			words := strings.FieldsFunc(group, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if len(words) == 0 {
				continue
			}
			for i := range concepts {
				// The word as typed, with its particle ("국방을") or without.
				if strings.HasPrefix(strings.ToLower(concepts[i].Surface), strings.ToLower(words[len(words)-1])) {
					concepts[i].Negated = true
				}
			}
		}
	}
	// The words of a clause that sets the scene before the ask (toldFirst)
	// are the asker's context, as the unknown words of a long question are:
	// only a clause typed as words, with a comma after its connective (a
	// run typed without spaces is cut by guess, and its pieces may be the
	// ask), and naming nothing specific (then it is part of the ask).
	if told > 0 {
		if end := strings.Index(q, toks[told-1].Surface+","); end > 0 && strings.Contains(q[:end], " ") {
			scene := map[string]bool{}
			for _, t := range toks[:told] {
				scene[t.Surface] = true
			}
			if !slices.ContainsFunc(concepts, func(c Concept) bool { return c.Must && scene[c.Surface] }) {
				for i := range concepts {
					if c := &concepts[i]; scene[c.Surface] {
						c.Weight *= x.p.LongUnknown
					}
				}
			}
		}
	}
	// The message's sentences, and whether a Korean message's open run is
	// a remark, read once for the asides and the remarks alike.
	sents := splitSentences(q)
	koreanTail := korean && x.remarkTail(sents.openRun(), concepts)
	ask := strings.IndexAny(q, questionMarks)
	if ask >= 0 {
		tail := !korean || koreanTail
		for i := range concepts {
			concepts[i].Aside = sents.aside(concepts[i].Surface, tail)
		}
	}
	remarks(q, ask, sents, koreanTail, concepts)
	// In a long question the words the report never uses are mostly the
	// asker's context, not the ask; so are those of an aside, what the
	// asker tells around the ask ("hi there!", "…? need it for a slide"),
	// however short the question. Matching no passage, such a word only
	// lowers every passage's coverage, and its weight had put passages
	// that cover the whole ask below the coverage that answers. (On the
	// questions never fitted: hit@1 1,344 -> 1,346, one decline answered;
	// first turns of conversations one hedge fewer; the rest the same.)
	long := len(concepts) > x.p.LongQuestion
	for i := range concepts {
		if c := &concepts[i]; c.DF == 0 && !c.Must && (long || c.Aside) {
			c.Weight *= x.p.LongUnknown
		}
	}
	return concepts, wantsSource
}

// loneLetter tells whether t is one small Latin letter typed as a word of
// its own: chat's shorthand ("r" for are, "u", "q" for question) or what is
// left of a contraction or abbreviation ("y" of "y'know", "w" of "w/"). It
// is read as a word the report never uses, as other chat shorthand is: the
// letter the report prints alone (an author's initial in its references, a
// unit's) is not what the asker typed, for a name's initial is typed as a
// capital and a code holds a digit. (On the conversations never fitted,
// matching such a letter had lost two follow-ups' gold to the reference
// list; leaving the letter out of the question altogether cost an
// out-of-scope follow-up's flag, for as chat it counts against the report
// as other unknown words do.)
func loneLetter(t analysis.Token) bool {
	return t.Kind == analysis.TokEnglish && len(t.Surface) == 1 && 'a' <= t.Surface[0] && t.Surface[0] <= 'z'
}

// typedWords are the words typed in q between spaces or marks, split once
// for all of its function words (typedAlone).
func typedWords(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// typedAlone tells whether w is one of typed, a question's typedWords: a
// word of its own, not cut from a longer run.
func typedAlone(typed []string, w string) bool { return slices.Contains(typed, w) }

// remarks marks the concepts the asker typed only in what they said after
// asking (Concept.Remark): a sentence a full stop ends after the question
// mark ("…? 회의 자료에 쓰려고 합니다."), or a Korean run left open
// there, or after the last sentence of a message with no question mark,
// that is a remark (remarkTail: what they will do with the answer). What
// follows the ask cannot be what it points back to. An English run left
// open is as often the rest of the ask ("…? release year") and is no such
// remark here; nor is a remark typed without spaces, whose words are the
// analyser's guesses at a cut. ask is where q's first question mark
// stands (-1 for none), sents are q's sentences; tail tells whether q is
// Korean and its open run such a remark.
func remarks(q string, ask int, sents sentences, tail bool, concepts []Concept) {
	before := q
	if ask >= 0 {
		before = q[:ask]
	} else if run := sents.openRun(); tail && run != strings.TrimSpace(q) {
		before = q[:strings.LastIndex(q, run)]
	}
	if !strings.ContainsFunc(strings.TrimSpace(q[len(before):]), unicode.IsSpace) {
		return
	}
	for i := range concepts {
		c := &concepts[i]
		c.Remark = !strings.Contains(before, c.Surface) && sents.aside(c.Surface, tail)
	}
}

// toldFirst is how many of toks open the question with what the asker is
// doing: a clause a connective -ㄴ데 ends ("자료 만드는 중인데요, …",
// "…하려고 하는데 …") sets the scene for the ask that follows, so a source
// word in it (the asker's own material) does not ask for a source.
func toldFirst(toks []analysis.Token) int {
	n := 0
	for i, t := range toks[:max(len(toks)-1, 0)] {
		if t.Kind == analysis.TokKorean && connective(t.Surface) {
			n = i + 1
		}
	}
	return n
}

// connective tells whether a Korean word ends with the connective -ㄴ데
// (하는데, 중인데요, 그런데): a syllable closed by ㄴ, then 데, then at most 요.
// Not -던데 ("인용되던데"): it recalls what the asker saw, in the report as
// often as not, which is what the question is about.
func connective(w string) bool {
	r := []rune(strings.TrimSuffix(w, "요"))
	if len(r) < 2 || r[len(r)-1] != '데' || r[len(r)-2] == '던' {
		return false
	}
	return analysis.Final(r[len(r)-2]) == 'ㄴ'
}

// versions joins a name the report uses and the version number typed after
// it ("LLaMA 3.1", "Gemini 1.5", "GPT 4") into one code: LLaMA 3.1 is not
// LLaMA 3, and a passage about LLaMA 3 does not answer for it. The code
// takes the report's own spelling where it has one ("GPT-4"); a version it
// never names is a code it never uses.
func (x reading) versions(toks []analysis.Token) []analysis.Token {
	return x.versionsTyped(toks, nil)
}

// versionsTyped is versions for a rewrite of a follow-up whose asker typed
// typed: a number the asker typed before a word of their own counts or
// qualifies that word ("the 4 핵심 요소"), and is no version of a name the
// rewrite carried from earlier turns, which it never stood beside as
// typed. A number typed last ("and 3?") may still be the carried name's
// version.
func (x reading) versionsTyped(toks, typed []analysis.Token) []analysis.Token {
	out := make([]analysis.Token, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && len(t.Terms) > 0 && (t.Kind == analysis.TokEnglish || t.Kind == analysis.TokCode) &&
			x.counts.DF(t.Terms[0]) > 0 && isVersion(toks[i+1]) && !countsOwnWord(typed, t, toks[i+1]) {
			name, num := strings.ToLower(t.Surface), toks[i+1].Terms[0]
			joined := name + num
			for _, alt := range []string{name + num, name + "-" + num} {
				if x.counts.DF(alt) > 0 {
					joined = alt
				}
			}
			out = append(out, analysis.Token{Surface: t.Surface + " " + toks[i+1].Surface, Terms: []string{joined}, Parts: []string{t.Terms[0], num}, Kind: analysis.TokCode})
			i++
			continue
		}
		out = append(out, t)
	}
	return out
}

// countsOwnWord tells whether typed, the tokens of what a follow-up's
// asker typed, holds num before a word of its own but not name: the
// number was typed with that word, not with the name a rewrite carried
// beside it. False where typed is nil (a question asked as typed).
func countsOwnWord(typed []analysis.Token, name, num analysis.Token) bool {
	named, counts := false, false
	for j, u := range typed {
		named = named || strings.EqualFold(u.Surface, name.Surface)
		if u.Kind == analysis.TokNumber && u.Surface == num.Surface && j+1 < len(typed) && len(typed[j+1].Terms) > 0 && typed[j+1].Kind != analysis.TokNumber {
			counts = true
		}
	}
	return counts && !named
}

// asksWordBefore tells whether w opens with a Korean question word that
// asks about the word typed before it, whatever is typed on it ("얼마임",
// "뭐였죠", "어때"): one that stands in a noun's place ("가격 얼마", "X는
// 누가 맡아", "X 누군지") or the predicate's ("X 어때", "X 어떻게 돼").
// A determiner asks about the noun after it (어떤 구조), why about the
// whole clause; but 어느 with a frame noun makes a question phrase of
// its own that asks the word before ("규모 어느 정도", "X 어느 쪽"), and
// counts so (read as a determiner only, it lost flags of the questions
// never fitted).
func (e expectation) asksWordBefore(w string) bool {
	q := e.asks.Opening(w)
	return q.Ask.Nominal() || q.Ask == analysis.AskHow || q.Form == "어느"
}

// isVersion tells whether a token is a version number: 3, 3.1, 1.5, not a
// year or a figure with a unit.
func isVersion(t analysis.Token) bool {
	if t.Kind != analysis.TokNumber || len(t.Terms) != 1 {
		return false
	}
	v := t.Terms[0]
	whole, frac, _ := strings.Cut(v, ".")
	return len(whole) >= 1 && len(whole) <= 2 && len(frac) <= 2 && strings.Trim(v, "0123456789.") == ""
}

// partsDF is how many passages hold the rarest of a compound's parts, when
// the report uses every one of them; 0 otherwise.
func (x reading) partsDF(parts []string) int {
	if len(parts) < 2 {
		return 0
	}
	df := 0
	for _, p := range parts {
		n := x.counts.DF(p)
		if n == 0 {
			return 0
		}
		if df == 0 || n < df {
			df = n
		}
	}
	return df
}

// asksAbout tells whether token i is what a question word asks about: in
// Korean the word before 얼마, 몇, 어느 … ("가격 얼마"), the noun after 어떤,
// 어느 or 무슨, or the counter after 몇 ("몇 와트"); in English the last word
// of the phrase after "how many", "how much", "which" or "what", before
// the verb ("how many neurons does"). The noun of a manner asked
// (asksManner) is none.
func (e expectation) asksAbout(toks []analysis.Token, i int) bool {
	t := toks[i]
	switch t.Kind {
	case analysis.TokKorean:
		if predicate(t) {
			return false // "언급한데 어디": what was mentioned, not a detail
		}
		if e.asksManner(toks, i) {
			return false // "어떤 식으로": the kind of answer, not its subject
		}
		// a question word typed onto the word it asks about: "가격얼마";
		// what ("이거뭐") asks what the thing is, which the whole passage
		// tells, not a detail of it
		if e.asks.Ending(strings.TrimRight(t.Surface, "야요?")).AsksDetail() {
			return true
		}
		if i+1 < len(toks) && e.asksWordBefore(toks[i+1].Surface) {
			return true
		}
		// a question that ends on a word marked as its topic asks about that
		// word: "<what> <which detail>은?"
		if i == len(toks)-1 && len(t.Terms) > 0 && t.Terms[0] != t.Surface &&
			(strings.HasSuffix(t.Surface, "은") || strings.HasSuffix(t.Surface, "는")) {
			return true
		}
		// the noun after 어떤, 어느 or 무슨 ("어떤 구조", "어느 나라")
		if i > 0 && e.asks.Determiner(toks[i-1].Surface) {
			return true
		}
		// the counter after 몇 ("몇 와트"), unless it only counts ("몇 년",
		// "몇 개"): then it says nothing of what is counted
		return i > 0 && toks[i-1].Surface == "몇" && !e.counts(t.Surface)
	case analysis.TokEnglish:
		// the phrase ends at a stop word ("does", "was") or the question's end
		if i+1 < len(toks) && len(toks[i+1].Terms) > 0 {
			return false
		}
		// and opens after "how many", "how much", "which" or "what", with
		// at most "is", "the" and the like between ("what's the max fine
		// under …", "which foundry will …")
		for j := i - 1; j >= 0 && i-j <= 4; j-- {
			w := strings.ToLower(toks[j].Surface)
			switch {
			case w == "many" || w == "much":
				return j > 0 && strings.EqualFold(toks[j-1].Surface, "how")
			case w == "which" || w == "what":
				return true
			case len(toks[j].Terms) == 0 && !e.linking[w]:
				return false // another stop word ("did"): not the phrase after the question word
			}
		}
	}
	return false
}

// asksManner tells whether token i is the noun a Korean question word
// asks a manner or means by: the noun after 어떤, 어느 or 무슨 marked by
// the particle of means, (으)로 ("어떤 식으로", "어떤 방식으로 키워").
// The question word stands for the answer and the particle makes the pair
// an adverb of how; the noun names the kind of answer wanted (a way, a
// form), not the thing asked about, so it is not weighed up as an asked
// word nor required (on the questions never fitted, two hedges fewer and
// no hit lost; dropping the noun outright lost a first result where it
// named the thing asked for, "어떤 기술로").
func (e expectation) asksManner(toks []analysis.Token, i int) bool {
	if i == 0 || toks[i].Kind != analysis.TokKorean || !e.asks.Determiner(toks[i-1].Surface) {
		return false
	}
	s := toks[i].Surface
	for _, t := range toks[i].Terms {
		if s == t+"으로" || s == t+"로" {
			return true
		}
	}
	return false
}

// predicate tells whether a Korean token is a noun made a verb by 하다 or
// 되다 ("언급한데", "발표했어"): it says what happened, not what is asked.
func predicate(t analysis.Token) bool {
	if len(t.Terms) == 0 {
		return false
	}
	rest, ok := strings.CutPrefix(t.Surface, t.Terms[0])
	if !ok || rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("하한할함했해되된될됨됐돼", r)
}

// heads tells whether w is a Hangul word of two syllables the report never
// prints alone and that ends a longer word of its own. A word of two
// syllables has no bigrams (analysis.Bigrams): inside a longer word it is
// as often a part of another word (메모 in 메모리), but the end of a
// compound is the word the compound names.
func (x reading) heads(w string) bool {
	return utf8.RuneCountInString(w) == 2 && analysis.HasHangul(w) && x.counts.DF(w) == 0 && x.compoundEnds[w]
}

// compoundEnds are the last two syllables of every Hangul term of counts
// that has more before them: the words a compound of the report's ends
// with, read once for the reader, not once a question's word.
func compoundEnds(counts Counts) map[string]bool {
	out := map[string]bool{}
	if counts == nil {
		return out
	}
	for t := range counts.Terms() {
		// the last two syllables, sliced from the term: a key that shares
		// the term's bytes, not a copy of them
		_, a := utf8.DecodeLastRuneInString(t)
		_, b := utf8.DecodeLastRuneInString(t[:len(t)-a])
		if i := len(t) - a - b; i > 0 && analysis.HasHangul(t[i:]) && analysis.HasHangul(t[:i]) {
			out[t[i:]] = true
		}
	}
	return out
}

// expand adds the analysed terms of a translation to a Concept: a one-word
// translation as a whole term, a phrase as its main word plus parts.
func (x reading) expand(c *Concept, text string) {
	t := x.translation(text)
	c.Parts = append(c.Parts, t.parts...)
	c.Grams = append(c.Grams, t.grams...)
	c.Terms = append(c.Terms, t.term...)
	c.Parts = append(c.Parts, t.phrase...)
}

// translated is what expand adds for a translation: the parts and bigrams
// of its words, the term that stands for it (none when it has no words),
// and, for a phrase, its words.
type translated struct {
	parts, grams, term, phrase []string
}

// translation reads text as expand adds it, once for the reader: the
// translations are the glossary's and the names' own, a fixed few, and
// the same ones come back in question after question and are read by the
// same analyser and counts. The slices kept are only ever copied from.
func (x reading) translation(text string) translated {
	if t, ok := x.translations.Load(text); ok {
		return t.(translated)
	}
	var t translated
	var mains []string
	for _, tok := range x.an.Tokens(text) {
		if len(tok.Terms) > 0 {
			mains = append(mains, tok.Terms[0])
			t.parts = append(t.parts, tok.Terms[1:]...)
			t.parts = append(t.parts, tok.Parts...)
		}
		if tok.Kind == analysis.TokKorean && len(tok.Terms) > 0 {
			t.grams = append(t.grams, analysis.Bigrams(tok.Terms[0])...)
		}
	}
	switch len(mains) {
	case 0:
	case 1:
		t.term = mains[:1]
	default:
		// "AI 반도체": the rarest word stands for the phrase.
		best := mains[0]
		for _, m := range mains[1:] {
			if x.counts.DF(m) < x.counts.DF(best) {
				best = m
			}
		}
		t.term, t.phrase = []string{best}, mains
	}
	x.translations.Store(text, t)
	return t
}

// modalMay tells whether toks[i] is "may" the verb and not the month: the
// month is written as a date, beside a day or a year, or capitalised
// inside a sentence ("in May"). Opening a sentence or typed in lower case
// with no number by it, it asks leave or says what is possible, and read
// as the month it would match every line dated that month.
func modalMay(toks []analysis.Token, i int, opens map[string]bool) bool {
	t := toks[i]
	if t.Kind != analysis.TokEnglish || !strings.EqualFold(t.Surface, "may") {
		return false
	}
	if i > 0 && toks[i-1].Kind == analysis.TokNumber || i+1 < len(toks) && toks[i+1].Kind == analysis.TokNumber {
		return false
	}
	return !unicode.IsUpper(rune(t.Surface[0])) || i == 0 || opens[t.Surface]
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

// sentenceOpeners is the set of words that open a sentence after the
// first: the word after a full stop, question or exclamation mark and a
// space.
func sentenceOpeners(q string) map[string]bool {
	var out map[string]bool
	for i := 0; i < len(q); i++ {
		if q[i] != '.' && q[i] != '?' && q[i] != '!' || i+1 >= len(q) || q[i+1] != ' ' {
			continue
		}
		rest := strings.TrimLeft(q[i+1:], " ")
		end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
		if end < 0 {
			end = len(rest)
		}
		if end > 0 {
			if out == nil {
				out = map[string]bool{}
			}
			out[rest[:end]] = true
		}
	}
	return out
}

// capitalName tells whether t, one English word, is typed capitalised as a
// proper name is (Brazil), as telling as a code. midSentence is whether t
// stands where no sentence starts: a capital says "name" except where an
// English sentence starts, and a Korean question has no such start, so
// there it says so anywhere. A sentence starts after a full stop too
// ("…, date too? Pls give the source."): an English question's later
// sentence capitalises its first word as its first sentence does. There, a
// word the report itself prints only capitalised is still a name: the
// report's usage says so, not the sentence's ("Gemini?").
func (x reading) capitalName(t analysis.Token, midSentence bool) bool {
	if t.Kind != analysis.TokEnglish || !startsUpper(t.Surface) {
		return false
	}
	return midSentence || x.printed[strings.ToLower(t.Surface)]
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// counted splits a number typed with a Korean counter ("3대", "1등급"),
// which the analyser reads as the pair, then the bare number, into the
// number and the counter; ok is false for any other token, a magnitude's
// amount ("1억") among them, whose last term is its value's.
func counted(t analysis.Token) (n, unit string, ok bool) {
	if t.Kind != analysis.TokNumber || len(t.Terms) <= 1 || len(t.Parts) > 0 {
		return "", "", false
	}
	n = t.Terms[len(t.Terms)-1]
	unit, ok = strings.CutPrefix(t.Terms[0], n)
	if !ok || !analysis.HasHangul(unit) {
		return "", "", false
	}
	return n, unit, true
}

// strongTerms leaves out one-syllable Korean stems kept beside their word
// ("인" of "인도"): they say little about whether the report knows the word.
func strongTerms(terms []string) []string {
	weak := func(t string) bool { return analysis.HasHangul(t) && utf8.RuneCountInString(t) == 1 }
	if !slices.ContainsFunc(terms, weak) {
		return terms // most concepts: no copy
	}
	out := make([]string, 0, len(terms))
	for _, t := range terms {
		if !weak(t) {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return terms
	}
	return out
}

func surfaces(ts []analysis.Token) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Surface)
	}
	return out
}

// isConstraint tells whether a passage must hold the Concept to answer.
func (x reading) isConstraint(t analysis.Token, c Concept) bool {
	for _, term := range c.Terms {
		if x.ents.entities[term] {
			return true
		}
	}
	generic := float64(c.DF) > x.p.GenericShare*x.n
	switch t.Kind {
	case analysis.TokNumber:
		return !generic && (len(c.Terms[0]) == 4 && (strings.HasPrefix(c.Terms[0], "19") || strings.HasPrefix(c.Terms[0], "20")) || len(t.Terms) > 1)
	case analysis.TokCode:
		return !generic && len(t.Surface) > 1
	}
	return false
}

// dfAny counts the passages holding any of terms, in their text or in the
// footnotes they cite: a merge of the terms' posting lists (each ascending,
// as build appends passages in order), so that it costs what the terms hold,
// not what the report holds.
func (x reading) dfAny(terms []string) int {
	switch len(terms) {
	case 0:
		return 0
	case 1:
		return len(x.counts.Postings(terms[0]))
	}
	union := x.counts.Postings(terms[0])
	for _, t := range terms[1:] {
		union = mergeIDs(union, x.counts.Postings(t))
	}
	return len(union)
}

// mergeIDs is the union of two ascending lists of passage ids, ascending.
func mergeIDs(a, b []int32) []int32 {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := make([]int32, 0, max(len(a), len(b)))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// weightOf says how much a Concept matters. A word the report never uses
// weighs as much as its rarest word: a question about it is likely not one the
// report answers. Verbs and plain English words weigh less than names.
func (x reading) weightOf(t analysis.Token, c Concept) float64 {
	maxIDF := x.idf(0)
	w := x.idf(c.DF)
	if c.DF > 0 {
		// A word the report uses weighs its rarity in the report, less as
		// much as it is an everyday word: "world" in "who won the world
		// cup" says little, however few passages say 세계.
		w *= x.p.KnownSpec + (1-x.p.KnownSpec)*c.Spec
	}
	if c.DF == 0 {
		// A word the report never uses weighs what it names: a code or a
		// name as much as the report's rarest words, an everyday word
		// little.
		w = x.p.Unknown * math.Pow(c.Spec, x.p.SpecPower) * maxIDF
	}
	// A plain English word the glossary cannot carry into Korean is found
	// only in the report's few English passages, so its rarity says little
	// of how specific it is: it weighs no more than one the report never
	// uses.
	if t.Kind == analysis.TokEnglish && !c.Name && !slices.ContainsFunc(c.Terms, analysis.HasHangul) {
		w = math.Min(w, x.p.Unknown*math.Pow(c.Spec, x.p.SpecPower)*maxIDF)
	}
	switch {
	case t.Kind == analysis.TokKorean && t.Verbal:
		w *= x.p.VerbalWeight
	case t.Kind == analysis.TokKorean && utf8.RuneCountInString(t.Terms[0]) == 1:
		w *= x.p.OneSyllableWeight
	}
	return w
}

// spread is how much rarer c is than its DF says, a heading counted
// once however many passages it stands over (a title word is no commoner
// for the section's length): Concept.Spread.
func (x reading) spread(c Concept) float64 {
	if c.DF == 0 {
		return 1
	}
	df := x.counts.SpreadDF(strongTerms(c.Terms))
	if df == 0 || df >= c.DF {
		return 1
	}
	return x.idf(df) / x.idf(c.DF)
}

// joinsNouns tells whether a word the analyser read as a verb is a noun
// with the particle that lists or adds nouns ("수율이나", "노드도"): in a
// question whether the report gives something, it is one of the things
// asked for, not the verb that ends what describes them. (The other
// particles that join nouns, 나, 랑, 와, 과, flagged no near miss more on
// the conversations never fitted.)
func (x reading) joinsNouns(c Concept) bool {
	if len(c.Terms) == 0 || x.an.MainClass(c.Terms[0]) != lexicon.Noun {
		return false
	}
	tail, ok := strings.CutPrefix(c.Surface, c.Terms[0])
	return ok && slices.Contains([]string{"도", "이나"}, tail)
}

// unknown tells whether a token's word is one that neither the report nor
// the question-side data (glossary, names) knows: a candidate typo.
func (x reading) unknown(t analysis.Token) bool {
	if len(t.Terms) == 0 || t.Frame {
		return false
	}
	main := t.Terms[0]
	if x.counts.DF(main) > 0 || len(x.names[main]) > 0 || x.ents.entities[main] || x.ents.elsewhere[main] {
		return false
	}
	switch t.Kind {
	case analysis.TokKorean:
		return !t.Verbal
	case analysis.TokEnglish:
		return len(x.gloss.Lookup(main)) == 0 && !x.ents.elsewhere[strings.ToLower(t.Surface)]
	case analysis.TokCode:
		// A code without digits ("NVLnik") can be a mistyped name; one with
		// digits is a version, and GPT-4 is no typo of GPT-5.
		return strings.IndexFunc(t.Surface, unicode.IsDigit) < 0 && len(x.gloss.Lookup(main)) == 0
	}
	return false
}

// spacedWords is a Korean word cut into two or more words the report
// uses, when it is those words typed together; nil otherwise.
func (x reading) spacedWords(t analysis.Token) []string {
	if t.Kind != analysis.TokKorean {
		return nil
	}
	parts := t.Parts
	if len(parts) == 0 {
		parts = x.an.WordParts(t.Terms[0])
	}
	if x.partsDF(parts) == 0 {
		return nil
	}
	return parts
}

// correct turns a typo into the word the report uses, keeping what was typed
// as the surface.
func (x reading) correct(t analysis.Token) (analysis.Token, bool) {
	switch t.Kind {
	case analysis.TokKorean:
		// The word corrected to is read with its parts, as the report's
		// own word is ("반도채법" as 반도체 + 법): a line that prints the
		// parts holds it as it holds the word typed rightly.
		read := func(w string) analysis.Token {
			t.Terms, t.Parts = []string{w}, nil
			if toks := x.an.Tokens(w); len(toks) == 1 && len(toks[0].Terms) > 0 && toks[0].Terms[0] == w {
				t.Parts = toks[0].Parts
			}
			return t
		}
		if w, ok := x.spell.korean(t.Terms[0], &x.p); ok {
			return read(w), true
		}
		// A typo can look like a particle (러시야 for 러시아, cut as
		// 러시 + 야): the word as typed is tried too.
		if t.Surface != t.Terms[0] {
			if w, ok := x.spell.korean(t.Surface, &x.p); ok {
				return read(w), true
			}
		}
		if w, ok := x.shortened(t.Terms[0]); ok {
			return read(w), true
		}
	case analysis.TokEnglish, analysis.TokCode:
		if w, ok := x.spell.latinWord(t.Surface, &x.p); ok && !x.meantAsTyped(t.Surface, w) {
			if toks := x.an.Tokens(w); len(toks) == 1 && len(toks[0].Terms) > 0 {
				u := toks[0]
				u.Surface = t.Surface
				if x.counts.DF(u.Terms[0]) == 0 && x.counts.DF(w) > 0 {
					// A name the report prints in capitals ("CoWoS") is
					// indexed whole; typed in lower case it would be
					// stemmed as an English word ("cowos" → cowo), which
					// the report never uses. The word corrected to is the
					// report's own term.
					u.Terms, u.Kind = []string{w}, analysis.TokCode
				}
				return u, true
			}
		}
	}
	return t, false
}

// shortened is the report's word that a Korean stem it never uses
// shortens: a noun (of the report or of Korean at large) with a noun
// suffix (자립 + 률) where the report writes that noun grown by inner
// syllables before the suffix (자립화율), as people drop them from a long
// compound. A word of Korean at large means itself (생산량 is no
// 생산역량), and a last syllable whose main use is a noun of its own (책)
// makes no suffix.
func (x reading) shortened(stem string) (string, bool) {
	head, suffix, ok := compoundHead(stem, &x.p)
	if !ok || x.an.GeneralWord(stem) || !x.an.Known(head) && !x.an.GeneralWord(head) || x.an.MainClass(suffix) != lexicon.Suffix {
		return "", false
	}
	return x.spell.shortened(stem, head)
}

// meantAsTyped tells whether an English word typed is no typo of fix, the
// report's word one edit away: the language at large uses it at least as
// often as fix. A slip of the keys leaves a rarer string than the word
// meant, mostly no word at all; a word commoner than the one it would be
// corrected to is the word the asker chose ("yield", not "field").
func (x reading) meantAsTyped(typed, fix string) bool {
	tw, ok := x.general.English(typed)
	if !ok {
		return false
	}
	fw, ok := x.general.English(fix)
	return !ok || tw.Rank <= fw.Rank
}

// monthDate is a date as the report prints one with its month: "3월",
// "(24.2.)", "'22.08.".
const monthDate = `\d{1,2}월|\(\d\d\.\d{1,2}\.?[~)]|\d\d\.\d{1,2}\.`

// expectation tells what kind of evidence a question asks for.
type expectation struct {
	asksDate, asksNumber, date, number *regexp.Regexp
	// request is the ending of a formal request (주시기 바랍니다), read
	// out before a question word is sought in it.
	request *regexp.Regexp
	// dateTo are, by the part of a date finer than its year (월, 일),
	// the dates of a line that print it: a month, or a day of a month;
	// dateParts are the English words for those parts.
	dateTo    map[string]*regexp.Regexp
	dateParts map[string]string
	// count is a figure that counts things: a number that is no year or
	// date ("'84년", "2024년 3월", "(2023)", "24.2.").
	count *regexp.Regexp
	// asksMoney marks a "how much" about money (budget, price, funding,
	// a currency's sign typed for its name: "how much $", the sign
	// ending the message too); money is a sum the evidence must then
	// hold, not any figure. A sign before a figure ("$52bn") is a sum
	// typed, which says what is asked of, and a stem that runs on into
	// another word (Europe) names no currency.
	// asksShare marks a question for a share ("몇 퍼센트", "what share"), which is
	// a figure, not a sum, whatever it is a share of.
	asksMoney, money, asksShare *regexp.Regexp
	// asksAmount marks a question for an amount ("how much", "how big",
	// 얼마), not a count ("how many", 몇): 얼마나 asks a degree or a
	// count as often ("얼마나 많은 기업"). amount is a figure that states
	// an amount: a sum, a share, a multiple, a level, a measure in a unit
	// of quantity (bytes, watts) or a number of the magnitude of 만, 억,
	// 조, or of billions and trillions written B and T (15조 토큰, 70B) —
	// no year or date, no small count in the counter of the things it
	// counts (11곳, 3대), and no process node, whose nanometres name a
	// generation of process rather than measure a quantity.
	asksAmount, amount *regexp.Regexp
	// excludes finds a phrase that names something only to leave it out
	// ("국방 분야를 제외한", "excluding defence"): what it names is group 1
	// or 2.
	excludes *regexp.Regexp
	// asksMeaning marks a question about what a term means, or where it
	// comes from (유래, 나온 말, origin): a report tells a term's origin
	// where it defines it. defines marks a line that says what its subject
	// means.
	asksMeaning, defines *regexp.Regexp
	// counted are the counts in each counter that names what kind of
	// thing is counted (곳 sites, 건 cases, 개국 countries), which only a
	// figure in that counter answers: 8개 of anything is no number of
	// cases. 개, 가지 and 번 count anything. (명 is left out: requiring it
	// hedged a follow-up on the conversations never fitted and flagged no
	// near miss more, a head count being stated in other words too.)
	counted map[string]*regexp.Regexp
	// counters are the Korean words that count or measure anything: after
	// 몇 they say nothing of what is counted.
	counters map[string]bool
	// afterHow finds what is typed after 몇; englishUnit a word after an
	// English question word that may be a unit (analysis.EnglishUnit).
	afterHow, englishUnit *regexp.Regexp
	// englishUnits are the English words of the units (analysis.EnglishUnits):
	// a word englishUnit finds asks a measure only when it names one.
	englishUnits map[string]string
	// linking are the words that may stand between "what" and what it
	// asks about: a copula and determiners.
	linking map[string]bool
	// notFigure is what on a line is no figure (see Evidence).
	notFigure *regexp.Regexp
	// asksWho is a question word for a person; office an English word
	// for an office held by one, a title or the verb of holding it
	// ("chairs", "CEO"): asked with asksWho, it wants a person. (A Korean
	// title the report never uses, 위원장 or 센터장, is a detail it does
	// not give already, as every Korean noun it never uses is; an English
	// word it never uses is not, for it may be one the glossary cannot
	// carry over.)
	asksWho, office *regexp.Regexp
	// asksWhere is a question word for a place before a verb of siting
	// ("어디에 있", "어디에 짓"), or "which" before a noun of place
	// ("which cities"). (Its English counterpart, "where … built" or
	// "located", flagged no near miss more on the questions never
	// fitted.)
	asksWhere *regexp.Regexp
	// years is what answers a count asked in years ("몇 년"): a year, or
	// a span of years ("5개년", "3년간").
	years *regexp.Regexp
	// asksWhether is a question that ends by asking whether the report
	// gives something ("…도 있어?", "…나와 있어?"): what it names is what
	// it asks for.
	asksWhether *regexp.Regexp
	// asks are the Korean question words (analysis.QuestionWords).
	asks *analysis.QuestionWords
	// canDo is "수 있", which asks what can be done, as a question word
	// asks for what it asks (whWord), rather than whether.
	canDo *regexp.Regexp
	// asksPart marks a question for a part of a whole by the verb that
	// gives a part of it to something ("allocated to", "went to", "awarded
	// to", "spent on"), or by an amount asked of a whole that a word
	// points back at ("how much of that", "그중 얼마"): what was given
	// before is the whole.
	asksPart *regexp.Regexp
	// asking are the patterns of a question word for a date or a figure,
	// in the order a question's own words for what it asks are sought
	// (AskedFor, AskingWords).
	asking []*regexp.Regexp
}

func newExpectation(asks *analysis.QuestionWords) expectation {
	e := expectation{
		asks:    asks,
		request: regexp.MustCompile(`시기\s*바[랍라]`),
		// ㅔ and ㅐ are one sound in today's Korean, and are typed for
		// each other: "언재" asks when as "언제" does.
		asksDate: regexp.MustCompile(`(?i)언[제재]|시점|시기|날짜|연도|몇 ?년도|출시일|\bwhen\b|what year|which year|\byr\b|\bdate\b`),
		dateTo: map[string]*regexp.Regexp{
			"월": regexp.MustCompile(monthDate),
			"일": regexp.MustCompile(`\d\d\.\d{1,2}\.\d{1,2}`),
		},
		dateParts: map[string]string{"month": "월", "day": "일"},
		// A noun that names a figure ("core count", "the number of
		// fabs") asks for one as "how many" does.
		asksNumber: regexp.MustCompile(`(?i)얼마|몇|규모|\bmax(?:imum)?\b|수치|숫자|how (much|many|big|large|close|long)|\bsizes?\b|\btotal amount\b|\bamount of\b|what (number|figure)|\bcounts?\b|\bnumber of\b`),
		date:       regexp.MustCompile(`(?:19|20)\d\d|['‘’]\d\d|` + monthDate),
		// A digit glued to Latin letters, or after a letter and a hyphen,
		// is part of a name or code (GPT-4, H100, COVID-19), not a figure.
		number:       regexp.MustCompile(`(?:^|[^A-Za-z\d-]|[^A-Za-z-]-)\d`),
		excludes:     regexp.MustCompile(`((?:\S+\s+)?\S+?)[을를]?\s*제외|(?i:\b(?:excluding|other than)\s+(\S+))|(?i:\bnon-(\w+))`),
		count:        countPattern(append(analysis.UnitNames(), currencyNames()...)),
		englishUnits: analysis.EnglishUnits(),
		asksMoney:    regexp.MustCompile(`(?i)예산|가격|금액|돈|지원금|보조금|매출|단가|달러|위안|\b(budget|price|cost|funding|grant|subsid|revenue|money|spend|invest|dollar|euros?\b|yuan|pound)|[$€£¥₩]\s*(?:[^\s\d.,]|$)`),
		// 프로 says a share after a number ("20프로"); inside a word
		// (프로젝트, 프로그램) it is no share
		asksShare:   regexp.MustCompile(`(?i)\d\s*프로|%|비율|비중|점유율|\b(percent|percentage|share)\b`),
		money:       regexp.MustCompile(`(?i)\d[\d,.]*\s*(?:[억조만천백]\s*)*(?:` + strings.Join(currencyNames(), "|") + `)|[$€£¥]\s*\d|\d\s*(?:billion|million|trillion|bn)\b`),
		asksMeaning: regexp.MustCompile(`(?i)뜻|정의|유래|나온\s*말|\borigin(?:ated?)?s?\b|[이가은는]\s*(뭐|무엇)[가-힣]{0,3}\s*[?？]*\s*$|^\s*what(?:'s| is)\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\s*[?？]*\s*$|\bmeans?\b|\bdefin`),
		counters: map[string]bool{"년": true, "개": true, "명": true, "곳": true, "번": true, "가지": true, "배": true,
			"차": true, "개월": true, "시간": true, "일": true, "회": true, "건": true, "단계": true,
			"퍼센트": true, "프로": true, "퍼": true},
		counted:     countedIn(strings.Fields("곳 건 개국")),
		notFigure:   regexp.MustCompile(`(?:19|20)\d\d년?(?:도)?|['‘’]\d\d년?|\b[A-Z][A-Za-z]+\s+\d(?:\.\d)?\b`),
		linking:     setOf(strings.Fields("s is are was were the a an its their this these")),
		afterHow:    regexp.MustCompile(`몇\s*([^\s?？.,!~]+)`),
		englishUnit: regexp.MustCompile(`(?i)\b(?:how many|what|which)\s+(%|[a-z]+)`),
		asksWho:     regexp.MustCompile(`(?i)\bwho\b`),
		office:      regexp.MustCompile(`(?i)책임자|\b(?:chair|ceo|director|head|lead(?:er)?|led)s?\b`),
		asksWhere:   regexp.MustCompile(`어디에?\s*(?:있|(?:\S+\s+)?(?:지어|짓))|(?i)\bwhich (?:cit(?:y|ies)|states?|sites?)\b`),
		asksWhether: regexp.MustCompile(`(?:[있잇]|나[와오옴])[가-힣]{0,4}\s*[?？]*\s*$`),
		canDo:       regexp.MustCompile(`수\s*[있잇]`),
		asksPart:    regexp.MustCompile(`(?i)\b(?:allocated|earmarked|awarded|given|spent|paid|went|goes|go)\s+(?:to|for|on)\b|\bhow (?:much|many) of (?:that|it|those)\b|그\s?중`),
		defines:     regexp.MustCompile(`(?i)의미|일컫|것\s*$`),
	}
	e.asking = []*regexp.Regexp{e.asksDate, e.asksNumber, e.asksShare, e.asksMoney}
	e.asksAmount = regexp.MustCompile(`(?i)\bhow (?:much|big|large)\b|얼마(?:[^나]|$)`)
	e.amount = regexp.MustCompile(e.money.String() + `|` + amountPattern())
	e.years = regexp.MustCompile(e.date.String() + `|\d+\s*(?:개년|년간)`)
	return e
}

// amountPattern is a figure in a unit of an amount (expectation.amount):
// a share, a multiple, a level, a measure in a unit of the analyser's
// table but the process node's, or a magnitude of 만, 억, 조, B or T.
func amountPattern() string {
	var units []string
	nodes := analysis.NodeUnits()
	for _, u := range analysis.UnitNames() {
		if !slices.Contains(nodes, u) {
			units = append(units, regexp.QuoteMeta(u))
		}
	}
	lead := `\d[\d,.]*\s*(?:[만천백억조]\s*)*`
	return lead + `(?i:` + strings.Join(append(units, "배", "수준"), "|") + `)|\d[\d,.]*\s*[만억조]|\d[\d.]*[BT]\b`
}

// currencyNames are the Korean names of the currencies a sum is stated in.
func currencyNames() []string {
	return []string{"달러", "원", "유로", "엔", "파운드"}
}

// countPattern is a figure that counts things: a number, bare or with a
// counter or a noun after it (9대, 1만 개, 3 companies), that is no year or
// date ("'84년", "2024년 3월", "(2023)", "24.2."), nor a share (25%), a
// measure in a unit (3nm, 175제타바이트) or a sum ($5, 520억 달러): each
// of those is a figure of another kind, which answers only the question
// that asks for that kind. measures are the Hangul names and symbols of
// the units and currencies. RE2 has no look-ahead, so a name is kept out
// by its first syllable, and a syllable that only opens a longer name (나
// of 나노) is let through before any other second syllable (3나라).
func countPattern(measures []string) *regexp.Regexp {
	opens := map[rune]map[rune]bool{} // first syllable → second syllables of names
	whole := map[rune]bool{}          // a name of one syllable (원, 엔, 퍼)
	for _, n := range measures {
		r := []rune(n)
		if !analysis.HasHangul(n) {
			continue // a symbol is glued Latin letters or %, kept out below
		}
		if opens[r[0]] == nil {
			opens[r[0]] = map[rune]bool{}
		}
		if len(r) == 1 {
			whole[r[0]] = true
		} else {
			opens[r[0]][r[1]] = true
		}
	}
	firsts := slices.Sorted(maps.Keys(opens))
	var out strings.Builder
	var after []string
	for _, f := range firsts {
		out.WriteRune(f)
		if whole[f] {
			continue
		}
		var second strings.Builder
		for _, r := range slices.Sorted(maps.Keys(opens[f])) {
			second.WriteRune(r)
		}
		after = append(after, `\s*`+string(f)+`(?:[^`+second.String()+`]|$)`)
	}
	lead := countLead
	// A bare number is a count when a counter, a noun or a word follows
	// it, not a date's mark or a fraction's point; one with a magnitude
	// (1만) is a count before anything but a unit, a currency or a further
	// figure (the 5천만 of 18억 5천만 유로).
	bare := []string{`\s*$`, `\s*[^\d\s년월일.,)~%A-Za-z만천백억조` + out.String() + `]`, `\s+[A-Za-z]`}
	sized := []string{`\s*$`, `\s*[^\d\s%A-Za-z만천백억조` + out.String() + `]`, `\s+[A-Za-z]`}
	bare, sized = append(bare, after...), append(sized, after...)
	return regexp.MustCompile(lead + `(?:(?:` + strings.Join(bare, "|") + `)|(?:\s*[만천백억조])+(?:` + strings.Join(sized, "|") + `))`)
}

// countLead is a number that may be a count: not inside a word, a code, a
// date's mark or a sum's sign.
const countLead = `(?:^|[^\d'‘’.,A-Za-z$€£¥₩-]|[^A-Za-z-]-)\d[\d,]*(?:\.\d+)?`

// countedIn is a count in each of counters: a number, with its magnitude
// and an "about" (여) after it, then the counter (3만 명, 2,500여 곳).
func countedIn(counters []string) map[string]*regexp.Regexp {
	out := make(map[string]*regexp.Regexp, len(counters))
	for _, c := range counters {
		out[c] = regexp.MustCompile(countLead + `(?:\s*[만천백억조])*\s*(?:여\s*)?` + c)
	}
	return out
}

// countIn is the count in the counter typed after 몇 (the submatches of
// afterHow), the longest that opens it ("개국" of "개국이야"); nil when
// it names no kind of thing.
func (e expectation) countIn(afterHow []string) *regexp.Regexp {
	if afterHow == nil {
		return nil
	}
	best := ""
	for c := range e.counted {
		if strings.HasPrefix(afterHow[1], c) && len(c) > len(best) {
			best = c
		}
	}
	if best == "" {
		return nil
	}
	return e.counted[best]
}

func setOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// measures tells whether a word typed after 몇 is a unit of measure rather
// than a counter of things ("몇 단", "몇 와트"): what is measured is asked.
func (e expectation) measures(w string) bool { return !e.counts(w) }

// counts tells whether a word typed after 몇 is a mere counter with what
// typing adds to it ("번이야", "개짜리", "개나").
func (e expectation) counts(w string) bool {
	for c := range e.counters {
		if strings.HasPrefix(w, c) {
			return true
		}
	}
	return false
}

// of tells what the evidence must be: a date for "when", a figure for
// "how much"; wantsNothing when the question asks for neither.
func (e expectation) of(q string) wanted {
	q = e.unrequested(q)
	switch {
	case e.asksDate.MatchString(q):
		return wantsDate
	case e.asksMoney.MatchString(q) && !e.asksShare.MatchString(q):
		// a budget, a price, funding: a sum, whether or not "how much"
		// is typed ("the 2024 budget request?")
		return wantsMoney
	case e.asksNumber.MatchString(q) || e.asksShare.MatchString(q):
		return wantsFigure // a share is a figure too
	}
	return wantsNothing
}

// unrequested is text with the ending of a formal request ("확인해
// 주시기 바랍니다") blanked, each byte a space so that what is found in it
// stands where it stands in text: its 시기 is a verb's honorific and its
// noun ending, no word of time.
func (e expectation) unrequested(text string) string {
	return e.request.ReplaceAllStringFunc(text, func(m string) string { return strings.Repeat(" ", len(m)) })
}

// finest is the part of a date finer than its year that q asks for (월,
// 일), and q's own words for it: one typed after 몇 (afterHow's
// submatches), 며칠 (몇 일 as it is spelt), or an English one after
// "what" or "which"; "" when it asks none.
func (e expectation) finest(q string, afterHow []string) (part, word string, ok bool) {
	if m := afterHow; m != nil {
		if part, ok := opensDatePart(m[1]); ok {
			// as typed, with or without a space: "몇 월", "몇월"
			return part, strings.TrimSuffix(m[0], m[1]) + part, true
		}
	}
	if strings.Contains(q, "며칠") {
		return "일", "며칠", true
	}
	for _, m := range e.englishUnit.FindAllStringSubmatch(q, -1) {
		if part, ok := e.dateParts[strings.ToLower(m[1])]; ok {
			return part, m[0], true
		}
	}
	return "", "", false
}

// pattern is the pattern the evidence of what w wants must match; nil
// for nothing.
func (e expectation) pattern(w wanted) *regexp.Regexp {
	switch w {
	case wantsDate:
		return e.date
	case wantsMoney:
		return e.money
	case wantsFigure:
		return e.number
	}
	return nil
}

// expectFor is what the evidence must hold: as of says, and for a count
// in a unit the question names ("몇 단", "몇%", "몇조위안", "what %", "which
// nm") a figure in that unit: the 12단 of HBM3 is no answer to how many
// stacks HBM4 has, but a figure without its unit is no answer at all.
func (x reading) expectFor(s *Shape) (*regexp.Regexp, string) {
	want := x.expect.pattern(s.want)
	if want == nil || want == x.expect.date {
		return want, ""
	}
	unit := x.unitOf(s)
	if unit == "" {
		return want, ""
	}
	lead := `\d[\d,.]*\s*(?:[만천백억조]\s*)*`
	var pat string
	switch forms := x.an.UnitForms(unit); {
	case forms != nil:
		// A unit is stated by its symbol or its Hangul name, whichever the
		// question typed: "몇 ZB" is answered by 175제타바이트.
		for i, f := range forms {
			forms[i] = regexp.QuoteMeta(f)
		}
		pat = lead + `(?i:` + strings.Join(forms, "|") + `)`
	case isDatePart(unit):
		return x.expect.date, unit // a month or a day is a date
	case unit == "년":
		return x.expect.years, unit
	case analysis.HasHangul(unit):
		pat = lead + regexp.QuoteMeta(strings.TrimLeft(unit, "만천백억조"))
	default:
		pat = lead + `(?i:` + regexp.QuoteMeta(unit) + `)`
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		return want, ""
	}
	return re, unit
}

// frameWord tells whether w, as typed, is one word of the question's
// frame (analysis.Token.Frame).
func (x reading) frameWord(w string) bool {
	ts := x.an.Tokens(w)
	return len(ts) == 1 && ts[0].Frame && ts[0].Surface == w
}

// spelledUnit maps a unit as people type it to the one the report prints:
// a unit of the analyser's table by its symbol or Hangul name (its symbol,
// ZB for 제타바이트), gigabytes by their prefix typed alone, or Latin
// letters as they are.
func (x reading) spelledUnit(u string) (string, bool) {
	if forms := x.an.UnitForms(u); forms != nil {
		if analysis.HasHangul(u) {
			return forms[0], true
		}
		return u, true
	}
	switch low := strings.ToLower(u); {
	case low == "기가":
		return "GB", true
	case len(low) <= 3 && strings.Trim(low, "abcdefghijklmnopqrstuvwxyz") == "":
		return u, true // GB, ZB
	}
	return "", false
}

// unitOf names the unit of the figure a question asks for: what follows
// 몇, less its particles and endings ("단" of "몇단", "조위안" of
// "몇조위안인지"), or the unit an English question asks "how many",
// "what" or "which" of (%, nm, zb); "" when it names none or only a bare counter of
// things (몇 개, 몇 번), which any figure answers.
func (x reading) unitOf(s *Shape) string {
	if m := s.englishUnit; m != nil {
		return x.expect.englishUnits[strings.ToLower(m[1])]
	}
	m := s.afterHow
	if m == nil {
		return ""
	}
	raw := []rune(m[1])
	// A unit people spell out comes first ("퍼센트", "기가", "나노를"):
	// its syllables may read as endings too (나 and 노 of 나노).
	for n := len(raw); n >= 1; n-- {
		if !x.onlyParticles(string(raw[n:])) {
			continue
		}
		if u, ok := x.spelledUnit(string(raw[:n])); ok {
			return u
		}
	}
	if x.an.Particles(m[1]) && x.an.MainClass(string(raw[:1]))&(lexicon.Noun|lexicon.Bound) == 0 {
		return "" // "몇으로", "몇이나": particles name no unit, where "몇년" does
	}
	// A word of the question's frame there ("몇 정도", about how much)
	// asks how much and names no unit, though its first syllable may be
	// one (정 of 정도).
	for n := 1; n <= len(raw); n++ {
		if x.onlyParticles(string(raw[n:])) && x.frameWord(string(raw[:n])) {
			return ""
		}
	}
	// Then the shortest word the rest of what is typed is particles
	// after ("월" of "월로", "년" of "년짜리").
	for n := 1; n <= len(raw); n++ {
		if !x.onlyParticles(string(raw[n:])) {
			continue
		}
		unit := string(raw[:n])
		switch {
		case x.countsOnly(unit):
			return "" // a count of things: any figure
		case analysis.HasHangul(unit) && (x.an.GeneralWord(unit) || x.an.Known(unit)):
			return unit // a counter or a noun: 단, 명
		}
	}
	// Typed without spaces, the run goes on past the unit and its
	// particles into the question's next words ("퍼센트를차지해", "년몇월에"):
	// the unit is the longest one people spell out that opens the run,
	// else the counter the dictionary has at its front.
	for n := len(raw) - 1; n >= 1; n-- {
		if u, ok := x.spelledUnit(string(raw[:n])); ok {
			return u
		}
	}
	if k := x.an.CounterLen(m[1]); k > 0 {
		if unit := string(raw[:k]); !x.countsOnly(unit) {
			return unit
		}
	}
	return ""
}

// onlyParticles tells whether rest, what is typed after a unit, adds
// nothing to it: empty, or only particles and endings ("로" of "월로").
func (x reading) onlyParticles(rest string) bool { return rest == "" || x.an.Particles(rest) }

// countsOnly tells whether a counter typed after 몇 counts things, and so
// names no unit: any figure answers. A year is a date.
func (x reading) countsOnly(unit string) bool { return x.expect.counters[unit] && unit != "년" }

// AskedFor names, in the question's own words, what a "when" or "how much"
// question asks for: the word a question word asks about ("가격" of "가격
// 얼마"), or else the question word itself ("언제", "how much").
func (x *Reader) AskedFor(q Query) string {
	for _, c := range q.Concepts {
		if c.Ask && !c.Verbal {
			return c.Surface
		}
	}
	text := x.expect.unrequested(q.Text)
	for _, re := range x.expect.asking {
		if m := re.FindString(text); m != "" {
			return m
		}
	}
	return ""
}

// AsksKorean tells whether w, Korean words a question asks with
// (AskedFor), holds a question word ("몇", "얼마", "언제"), which asks for
// what it asks rather than naming it, where a noun of a figure ("수치",
// "규모") names the measure asked.
func (x *Reader) AsksKorean(w string) bool { return x.expect.whWord(w) }

// whWord tells whether s holds a question word, which asks for what it
// asks rather than whether, or "수 있", which asks what can be done.
func (e expectation) whWord(s string) bool { return e.asks.Holds(s) || e.canDo.MatchString(s) }

// QuestionWords is the table of the Korean question words the reader
// reads by.
func (x *Reader) QuestionWords() *analysis.QuestionWords { return x.expect.asks }

// AskingWords returns the words of text that ask for a date or a figure
// ("출시일", "숫자", "how big"), as the question's reading finds them; ""
// when it types none. A match inside a longer Latin word is none of them:
// the patterns take stems ("subsid") and so find "euro" in "Europe".
func (x *Reader) AskingWords(text string) string {
	text = x.expect.unrequested(text)
	for _, re := range x.expect.asking {
		for _, at := range re.FindAllStringIndex(text, -1) {
			if !latinGoesOn(text, at[1]) {
				return text[at[0]:at[1]]
			}
		}
	}
	return ""
}

// latinGoesOn tells whether a Latin word runs on across the end i of a
// match: letters on both sides of it.
func latinGoesOn(s string, i int) bool {
	return i > 0 && i < len(s) && asciiLetter(s[i-1]) && asciiLetter(s[i])
}

// NamesFigure tells whether c, a word asked about, is the question's own
// word for the figure it asks ("규모", "size", "amount", "count"): it names
// no thing a line must state beside its figure, for the figure is it.
//
// A Korean one ("규모") is so only where the question asks for a sum: a
// line that states a sum in a currency states the size asked, while a
// bare figure beside the rest of the question may be a share or a count
// of something else, which the word still tells apart.
func (x *Reader) NamesFigure(q Query, c Concept) bool {
	if analysis.HasHangul(c.Surface) {
		return q.Expect == x.expect.money && x.expect.asksNumber.MatchString(c.Surface)
	}
	return x.expect.asksNumber.MatchString(c.Surface) || x.expect.asksNumber.MatchString(c.Surface+" of")
}

// nameOverWord tells whether a word is typed as a name that is also an
// everyday English word: a capital after a small letter ("AiM", "NeMo") is
// no way to write the word "aim", so its dictionary sense, and what the
// glossary translates it to, are not meant.
func (x reading) nameOverWord(t analysis.Token) bool {
	lower := false
	camel := false
	for _, r := range t.Surface {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && lower:
			camel = true
		}
	}
	if !camel {
		return false
	}
	_, common := x.general.English(t.Surface)
	return common
}

// isDatePart tells whether a unit after 몇 names a part of a date finer
// than its year (몇 월, 몇 일): what is asked is a date, which the report
// prints with the unit glued to its digits ("9월"), never as a word.
func isDatePart(unit string) bool { return unit == "월" || unit == "일" }

// opensDatePart is the part of a date (isDatePart) that w, typed after 몇,
// opens with ("월" of "월에"); ok is false when it opens with none.
func opensDatePart(w string) (part string, ok bool) {
	r, _ := utf8.DecodeRuneInString(w)
	part = string(r)
	return part, isDatePart(part)
}

// datePart tells whether w, typed after 몇, is a part of a date with only
// particles after it ("월에", "일자로").
func (x reading) datePart(w string) bool {
	part, ok := opensDatePart(w)
	if !ok {
		return false
	}
	return w == part || x.an.Particles(w[len(part):])
}

// functionWord tells whether w is, by its most common use, a bound noun, a
// particle or ending, or a determiner or adverb of two syllables or more. A
// single syllable the list has mainly as a determiner ("전", "총") is as
// often the head of a word typed without its spaces, cut apart, which may
// name what the report does not discuss.
func (x reading) functionWord(w string) bool {
	m := x.an.MainClass(w)
	return m&(lexicon.Bound|lexicon.Ending) != 0 || m == lexicon.Adverb && utf8.RuneCountInString(w) > 1
}

// aside tells whether w is typed only in sentences of ss that a full stop
// ends while another sentence asks: the asker's reason or context ("I need
// it for a slide.", "…넣으려고 합니다."), not what is asked. With tail, a
// run left open at the end after the question mark is told too: an English
// question's ask ends at its mark, and what trails unpunctuated is a
// remark ("… ? need it for a slide tmrw"). A Korean run left open may be a
// second question typed without its mark ("…? DUV까지 들어가는지"): Korean
// questions drop the mark as often as not. (On the questions never
// fitted, English runs so hedged an answer fewer and flagged as many near
// misses; Korean runs too hedged fewer answers but flagged fewer near
// misses.)
func (ss sentences) aside(w string, tail bool) bool {
	var asks, told bool
	for _, s := range ss {
		if typedIn(s.text, w) {
			if s.end != 0 && !strings.ContainsRune(questionMarks, s.end) || s.end == 0 && tail {
				told = true
			} else {
				asks = true
			}
		}
	}
	return told && !asks
}

// typedIn tells whether text holds w as typed: for a word of Latin
// letters, as a word of its own, not inside a longer one ("jo" is not
// typed in "joint"); a Hangul piece may be cut from a run typed
// without spaces, and is held anywhere.
func typedIn(text, w string) bool {
	if len(w) == 0 || analysis.HasHangul(w) {
		return strings.Contains(text, w)
	}
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !wordRune(before) && !wordRune(after) {
			return true
		}
		i = start + 1
	}
}

// wordRune tells whether r may stand inside a word of Latin letters: a
// Hangul particle after one ("TSMC랑") does not make it a longer word.
func wordRune(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// sentence is a sentence of a message without the mark that ends it, end
// (sentenceEnd), 0 for the run a message leaves open after its last mark.
type sentence struct {
	text string
	end  rune
}

// sentences are a message's sentences in order (splitSentences): the
// asides, the remarks and the open run read them, split once a message.
type sentences []sentence

// splitSentences cuts q into its sentences at each sentenceEnd; what
// follows the last mark, if anything, is the open run.
func splitSentences(q string) sentences {
	var out sentences
	for rest := q; rest != ""; {
		i, end := sentenceEnd(rest)
		if i < 0 {
			return append(out, sentence{text: rest})
		}
		out = append(out, sentence{text: rest[:i], end: end})
		rest = rest[i+utf8.RuneLen(end):]
	}
	return out
}

// remarkTail tells whether run, what a Korean question leaves open after
// its last sentence (sentences.openRun), is a remark: why the asker asks,
// or what they will do with the answer ("…? 표에 넣으려고", "…? 자료에
// 써야 해서요", "…? 목록 정리용"). Korean drops the question mark as often
// as not, so a run left open is read as a second question ("…? 출처도",
// "…? 날짜도 같이") unless it ends as a clause of purpose (-려고) or
// reason (-서) does, or as a noun of what a thing is for (-용), and holds
// no question word, no word one asks about and no figure (the asker's own
// figure is one they would have checked: "…? 2030으로 넣으려고").
func (x reading) remarkTail(run string, concepts []Concept) bool {
	if !x.purposeEnding(run) || strings.ContainsFunc(run, unicode.IsDigit) {
		return false
	}
	words := strings.FieldsFunc(run, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, c := range concepts {
		if c.Ask && slices.Contains(words, c.Surface) {
			return false
		}
	}
	return !slices.ContainsFunc(words, func(w string) bool { return x.expect.asks.Opens(w) != analysis.AskNone })
}

// purposeEnding tells whether run's last word, its politeness (-요) and
// the laughter or emoticons typed after it (ㅎㅎ, ㅠ) aside, ends as a
// clause of purpose or reason does, or as a noun of use: a form the
// report does not use, nor the general list for a word of its own (보고서,
// 내용 are words).
func (x reading) purposeEnding(run string) bool {
	ws := strings.Fields(strings.TrimRightFunc(run, func(r rune) bool { return !analysis.IsHangulSyllable(r) }))
	if len(ws) == 0 {
		return false
	}
	w := strings.TrimSuffix(ws[len(ws)-1], "요")
	if x.counts.DF(w) > 0 {
		return false
	}
	_, listed := x.general.Korean(w)
	switch {
	case strings.HasSuffix(w, "려고"), strings.HasSuffix(w, "려구"):
		return true // purpose: 넣으려고, 만들려구
	case strings.HasSuffix(w, "서"):
		return !listed // reason: 해서, 라서
	}
	// use: a noun of two syllables or more before it (비교용, 보고용)
	noun, ok := strings.CutSuffix(w, "용")
	_, known := x.general.Korean(noun)
	return ok && known && !listed && utf8.RuneCountInString(noun) > 1
}

// openRun is the text the message types after its last sentence end, left
// open (sentenceEnd), trimmed; "" when a mark ends it.
func (ss sentences) openRun() string {
	if len(ss) == 0 || ss[len(ss)-1].end != 0 {
		return ""
	}
	return strings.TrimSpace(ss[len(ss)-1].text)
}

// questionMarks are the marks that end a question, ASCII and full-width
// (as a Korean input method types it): where the ask ends for the remarks,
// and a sentence that asks for the asides.
const questionMarks = "?？"

// wideStops end a sentence as a full stop or exclamation mark does, but
// need no space after them: full-width marks carry their own.
const wideStops = "。！"

// sentenceEnd is the index and the mark that ends s's first sentence: a
// question mark, a full-width full stop or exclamation mark, or an ASCII
// one followed by a space or the end (not the point of 1.6 or of
// "Sec.3"); -1 and 0 when none does. The asides, the remarks and the open
// run all read sentences by it, so they agree on where one ends.
func sentenceEnd(s string) (int, rune) {
	for i, r := range s {
		switch {
		case strings.ContainsRune(questionMarks, r), strings.ContainsRune(wideStops, r):
			return i, r
		case r == '.' || r == '!':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' {
				return i, r
			}
		}
	}
	return -1, 0
}

// sameStart tells whether a and b begin with the same letter, whatever its
// case.
func sameStart(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra != utf8.RuneError && unicode.ToLower(ra) == unicode.ToLower(rb)
}
