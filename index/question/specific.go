package question

import (
	"math"
	"strings"

	"github.com/kljensen/snowball/english"

	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
)

// specificity says how much a word of a question names one thing, from 0
// (a word of everyday language: "tomorrow", "정확히", "예산안") to 1 (a
// name, a code, a term no general word list holds). The report's own
// counts cannot tell these apart for a word it never uses, and that is
// where the difference matters: a common word is a paraphrase or the
// asker's chatter, a specific one is what the question is about.
func (x reading) specificity(t analysis.Token, c Concept) (spec float64, listed bool) {
	switch {
	case t.Kind == analysis.TokCode || t.Kind == analysis.TokNumber || t.Kind == analysis.TokHanja || c.Entity:
		return 1, false
	case c.Name:
		// A capitalised word is a name unless it is among the most common
		// words, which a sentence can capitalise anyway.
		if w, ok := x.general.English(t.Surface); ok && w.Rank <= x.p.NameCommonRank {
			return x.commonness(w.Rank, x.general.EnglishWords()), true
		}
		return 1, false
	case t.Kind == analysis.TokEnglish:
		if rank, ok := x.englishRank(t); ok {
			return x.commonness(rank, x.general.EnglishWords()), true
		}
		return x.p.SpecUnknownEnglish, false
	case t.Kind == analysis.TokKorean:
		if s, ok := x.koreanSpec(append([]string{t.Surface}, t.Terms...)); ok {
			// A word the list also reads as a bound noun with an ending
			// ("거지": a beggar, or "거" and "지" of "나온 거지") is a
			// clause's tail in a question far more often than the rare
			// noun: the commoner reading counts.
			if end, ok := x.inflected(t.Surface); ok && x.boundHead(t.Surface) {
				s = math.Min(s, x.commonness(end.Rank, x.general.KoreanWords()))
			}
			return s, true
		}
		// A compound of common words is as specific as its most specific
		// part: 영문요약, 기술혁신과제.
		if parts := x.an.WordParts(t.Terms[0]); parts != nil {
			spec, listed := 0.0, true
			for _, p := range parts {
				s, ok := x.koreanSpec([]string{p})
				if !ok {
					s, listed = 1, false // a word of the report's own that no general list has
				}
				spec = math.Max(spec, s)
			}
			return spec, listed
		}
		if head, ok := x.inflected(t.Terms[0], t.Surface); ok {
			// A word the list holds with a particle or ending typed on
			// ("점을", "있으면") is as specific as the word itself, and a
			// word of the language at large.
			return x.commonness(head.Rank, x.general.KoreanWords()), true
		}
		if c.DF > 0 {
			return 1, false // a word of the report's own that no general list has
		}
		if spec, ok := x.counterSpec(t.Terms[0]); ok {
			return spec, true
		}
		// Neither the report nor the dictionary has it: chat, a typo, a
		// loanword, words typed together, as often as a name. A noun with
		// a one-syllable noun or suffix after it is a word of the language
		// ("미팅때", "팀장님", "에너지부"), but no more specific for that: it is
		// the asker's context as often as a term. It counts as the
		// language's, unless the report uses the noun: "기관별" is the
		// report's 기관.
		listed := false
		if x.nounCompound(t.Terms[0]) {
			r := []rune(t.Terms[0])
			listed = x.counts.DF(string(r[:len(r)-1])) == 0
		}
		return x.p.SpecUnknownKorean, listed
	}
	return 1, false
}

// koreanSpec is the specificity of the most common of ws that the general
// list holds.
func (x reading) koreanSpec(ws []string) (float64, bool) {
	best, found := 0, false
	for _, w := range ws {
		if word, ok := x.general.Korean(w); ok && (!found || word.Rank < best) {
			best, found = word.Rank, true
		}
	}
	if !found {
		return 0, false
	}
	return x.commonness(best, x.general.KoreanWords()), true
}

// commonness maps a word's rank in a general list of n words to a
// specificity: GeneralSpec for a word of middling rank, less for the most
// common, more for the rarest, on a log scale as word frequencies fall.
func (x reading) commonness(rank, n int) float64 {
	return math.Min(1, 2*x.p.GeneralSpec*math.Log1p(float64(rank))/math.Log1p(float64(n)))
}

// englishRank is an English word's rank in the general list: that of the
// commonest form of its family, the forms that share its stem ("supplying"
// and "supply", "definitions" and "definition"), for an inflection names
// what its base names and is as everyday, though a list of running speech
// ranks "supplying" far below "supply". A form found by cutting an ending
// must stem as the word does: "fun" is no form of "fund", nor "new" of
// "news".
func (x reading) englishRank(t analysis.Token) (int, bool) {
	low := strings.ToLower(t.Surface)
	rank, found := 0, false
	if word, ok := x.general.English(low); ok {
		rank, found = word.Rank, true
	}
	if len(t.Terms) == 0 {
		return rank, found
	}
	stem := t.Terms[0]
	for _, w := range englishForms(low, stem) {
		if word, ok := x.general.English(w); ok && (!found || word.Rank < rank) && english.Stem(w, false) == stem {
			rank, found = word.Rank, true
		}
	}
	return rank, found
}

// englishForms are the words that may be the base of low, whose stem is
// stem: the stem itself, and low without an inflection's ending, with or
// without the e it drops ("pricing", "price").
func englishForms(low, stem string) []string {
	forms := []string{stem}
	for _, suf := range []string{"s", "es", "ed", "d", "ing"} {
		if base, ok := strings.CutSuffix(low, suf); ok && len(base) > 2 {
			forms = append(forms, base, base+"e")
		}
	}
	return forms
}

// nounCompound tells whether w is a dictionary noun of two syllables or
// more with one syllable after it that the dictionary has as a noun, a
// counter or a suffix of nouns.
func (x reading) nounCompound(w string) bool {
	r := []rune(w)
	if len(r) < 3 {
		return false
	}
	head, ok := x.general.Korean(string(r[:len(r)-1]))
	if !ok || head.Main != lexicon.Noun {
		return false
	}
	tail, ok := x.general.Korean(string(r[len(r)-1:]))
	return ok && tail.Class&(lexicon.Noun|lexicon.Bound|lexicon.Suffix) != 0
}

// baseOf is, for w a noun the report uses with a suffix of nouns of one
// syllable after it (기관 + 별, 분야 + 별), that noun, as the general
// list classes the suffix; "" for any other word.
func (x reading) baseOf(w string) string {
	if !x.nounCompound(w) {
		return ""
	}
	r := []rune(w)
	head := string(r[:len(r)-1])
	if x.counts.DF(head) == 0 {
		return ""
	}
	if tail, ok := x.general.Korean(string(r[len(r)-1:])); !ok || tail.Class&lexicon.Suffix == 0 {
		return ""
	}
	return head
}

// inflected finds the first of ws (the term, then the word as typed) that
// is a word of the general list followed by a common particle or ending
// ("점" and "을" in "점을"): the longest such word, whose rank w takes.
//
// A bound noun with an ending typed on ("거" and "임" in "거임") is the tail
// of a clause ("나온 거임"), which names nothing by itself: such a word
// takes the rank of its ending, as chat does.
func (x reading) inflected(ws ...string) (lexicon.Word, bool) {
	for _, w := range ws {
		r := []rune(w)
		for cut := len(r) - 1; cut >= 1; cut-- {
			head, ok := x.general.Korean(string(r[:cut]))
			if !ok {
				continue
			}
			// The tail is an ending by its most common use, and a common
			// one: "리" and "수" end words more often as parts of them
			// (파운드리).
			tail, ok := x.general.Korean(string(r[cut:]))
			if !ok || tail.Main != lexicon.Ending || tail.Rank > x.p.EndingRank {
				continue
			}
			if head.Main == lexicon.Bound {
				return tail, true
			}
			return head, true
		}
	}
	return lexicon.Word{}, false
}

// boundHead tells whether w starts with a syllable the general list has
// mainly as a bound noun ("거" of "거지"), which takes its sense from the
// clause before it.
func (x reading) boundHead(w string) bool {
	r := []rune(w)
	if len(r) < 2 {
		return false
	}
	head, ok := x.general.Korean(string(r[:1]))
	return ok && head.Main == lexicon.Bound
}

// counterSpec is the specificity of w, a counter with suffixes of nouns
// typed on ("번째", "개씩"): it counts things and names none, as everyday
// as its counter, though the list lacks the whole. false for any other
// word.
func (x reading) counterSpec(w string) (float64, bool) {
	k := x.an.CounterLen(w)
	if k == 0 || !x.an.CounterPhrase(w) {
		return 0, false
	}
	// A syllable the list has mainly otherwise ("기" of 기관별) opens a
	// word of its own, not a count.
	counter, ok := x.general.Korean(string([]rune(w)[:k]))
	if !ok || counter.Main != lexicon.Bound {
		return 0, false
	}
	return x.commonness(counter.Rank, x.general.KoreanWords()), true
}
