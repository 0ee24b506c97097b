package index

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/analysis"
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
}

// Query is a question as the index reads it.
type Query struct {
	Text     string
	Concepts []Concept
	// WantsSource is set when the question asks for a source, so that words
	// found only in a cited footnote count in full.
	WantsSource bool
}

// Weight is the total weight of the query's concepts.
func (q Query) Weight() float64 {
	w := 0.0
	for _, c := range q.Concepts {
		w += c.Weight
	}
	return w
}

// Analyse reads a question into concepts.
func (x *Index) Analyse(q string) Query {
	cs, src := x.analyse(q)
	return Query{Text: q, Concepts: cs, WantsSource: src}
}

func (x *Index) idf(df int) float64 {
	return math.Log(1 + (x.n-float64(df)+0.5)/(float64(df)+0.5))
}

// frameWords are the words of a question's frame: they say how something is
// asked, not what.
type frameWords struct {
	ko, en, cite map[string]bool
}

func newFrameWords() frameWords {
	return frameWords{ko: koFillers(), en: enFillers(), cite: citeWords()}
}

func koFillers() map[string]bool {
	return map[string]bool{
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
}

func enFillers() map[string]bool {
	return map[string]bool{
		"say": true, "tell": true, "describ": true, "explain": true, "mention": true, "accord": true,
		"call": true, "list": true, "give": true, "pleas": true, "know": true, "want": true, "talk": true,
		"thing": true, "way": true, "much": true, "mani": true, "also": true, "show": true, "doe": true,
		"anyth": true, "someth": true, "exact": true, "actual": true, "realli": true, "name": true,
		"main": true, "kind": true, "type": true, "summari": true, "report": true, "like": true, "get": true,
		"happen": true, "come": true, "discuss": true, "cover": true, "see": true, "find": true,
	}
}

// citeWords mark a question that asks for a source.
func citeWords() map[string]bool {
	return map[string]bool{
		"출처": true, "각주": true, "인용": true, "참고문헌": true, "기사": true, "자료": true, "논문": true, "저자": true,
		"sourc": true, "footnot": true, "cite": true, "citat": true, "refer": true, "articl": true, "paper": true,
	}
}

// analyse turns a question into concepts.
func (x *Index) analyse(q string) (concepts []Concept, wantsSource bool) {
	toks := x.an.Tokens(q)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if len(t.Terms) == 0 {
			continue
		}
		main := t.Terms[0]
		if t.Kind == analysis.TokCode && strings.Contains(t.Surface, "-") && x.dfAny(t.Terms) == 0 && hasLowerWord(t.Surface) {
			// "1.4nm-by-2027" is words joined by hyphens, not a product code.
			split := x.an.Tokens(strings.ReplaceAll(t.Surface, "-", " "))
			if len(split) > 1 {
				toks = append(toks[:i:i], append(split, toks[i+1:]...)...)
				i--
				continue
			}
		}
		if x.frame.cite[main] || x.frame.cite[t.Surface] {
			wantsSource = true
		}
		if t.Kind == analysis.TokKorean && (anyIn(x.frame.ko, t.Terms) || x.frame.ko[t.Surface]) || t.Kind == analysis.TokEnglish && x.frame.en[main] {
			continue
		}
		c := Concept{Surface: t.Surface}
		if t.Kind == analysis.TokEnglish || t.Kind == analysis.TokCode {
			// The longest glossary phrase that starts here.
			used := 1
			for n := min(x.gloss.MaxLen(), len(toks)-i); n >= 1; n-- {
				var stems []string
				ok := true
				for _, u := range toks[i : i+n] {
					if len(u.Terms) == 0 || u.Kind == analysis.TokKorean {
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
		} else {
			c.Terms = append(c.Terms, t.Terms...)
			c.Parts = append(c.Parts, t.Parts...)
			if t.Kind == analysis.TokKorean {
				c.Grams = analysis.Bigrams(main)
			}
			for _, k := range x.names[main] {
				x.expand(&c, k)
			}
		}
		for _, term := range c.Terms {
			c.Terms = append(c.Terms, x.ents.aliases[term]...)
		}
		c.Terms = dedupe(c.Terms)
		c.Parts = dedupe(c.Parts)
		c.DF = x.dfAny(strongTerms(c.Terms))
		c.Strict = t.Kind == analysis.TokCode && !analysis.HasHangul(t.Surface) && strings.IndexFunc(t.Surface, unicode.IsDigit) >= 0
		c.Name = t.Kind == analysis.TokEnglish && i > 0 && len(c.Terms) == 1 && startsUpper(t.Surface)
		c.Weight = x.weightOf(t, c)
		// A name or code the report never mentions must be matched too: the
		// question is about something the report does not cover.
		c.Must = x.isConstraint(t, c) || c.DF == 0 && (c.Name || t.Kind == analysis.TokCode || x.ents.elsewhere[strings.ToLower(t.Surface)] || anyIn(x.ents.elsewhere, t.Terms))
		if c.Must {
			c.Terms = strongTerms(c.Terms) // "인" does not stand for "인도"
		}
		if c.Must && c.DF > 0 {
			c.Weight = math.Max(c.Weight, x.p.MustWeight*x.idf(0))
		}
		c.Entity = anyIn(x.ents.entities, c.Terms)
		c.Source = anyIn(x.frame.cite, c.Terms)
		concepts = append(concepts, c)
	}
	return concepts, wantsSource
}

// expand adds the analysed terms of a translation to a Concept: a one-word
// translation as a whole term, a phrase as its main word plus parts.
func (x *Index) expand(c *Concept, text string) {
	toks := x.an.Tokens(text)
	var mains []string
	for _, t := range toks {
		if len(t.Terms) > 0 {
			mains = append(mains, t.Terms[0])
			c.Parts = append(c.Parts, t.Terms[1:]...)
			c.Parts = append(c.Parts, t.Parts...)
		}
		if t.Kind == analysis.TokKorean && len(t.Terms) > 0 {
			c.Grams = append(c.Grams, analysis.Bigrams(t.Terms[0])...)
		}
	}
	switch len(mains) {
	case 0:
	case 1:
		c.Terms = append(c.Terms, mains[0])
	default:
		// "AI 반도체": the rarest word stands for the phrase.
		best := mains[0]
		for _, m := range mains[1:] {
			if x.df[m] < x.df[best] {
				best = m
			}
		}
		c.Terms = append(c.Terms, best)
		c.Parts = append(c.Parts, mains...)
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
		if !(analysis.HasHangul(t) && utf8.RuneCountInString(t) == 1) {
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

func surfaces(ts []analysis.Token) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Surface)
	}
	return out
}

// isConstraint tells whether a passage must hold the Concept to answer.
func (x *Index) isConstraint(t analysis.Token, c Concept) bool {
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

func (x *Index) dfAny(terms []string) int {
	n := 0
	for i := range x.info {
		for _, t := range terms {
			if x.info[i].terms[t] || x.info[i].notes[t] {
				n++
				break
			}
		}
	}
	return n
}

// weightOf says how much a Concept matters. A word the report never uses
// weighs as much as its rarest word: a question about it is likely not one the
// report answers. Verbs and plain English words weigh less than names.
func (x *Index) weightOf(t analysis.Token, c Concept) float64 {
	maxIDF := x.idf(0)
	w := x.idf(c.DF)
	if c.DF == 0 {
		switch {
		case t.Kind == analysis.TokCode:
			w = x.p.UnknownCode * maxIDF
		case t.Kind == analysis.TokKorean && !t.Verbal:
			w = x.p.UnknownNoun * maxIDF
		case t.Kind == analysis.TokEnglish && c.Name:
			w = x.p.UnknownName * maxIDF
		default:
			w = x.p.UnknownWord * maxIDF
		}
	}
	switch {
	case t.Kind == analysis.TokKorean && t.Verbal:
		w *= x.p.VerbalWeight
	case t.Kind == analysis.TokKorean && utf8.RuneCountInString(t.Terms[0]) == 1:
		w *= x.p.OneSyllableWeight
	}
	return w
}
