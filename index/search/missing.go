package search

import (
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/question"
)

// Missing lists the words of the question that matter and that none of the
// passages ids holds, in its text or in a footnote it cites: a constraint
// (a name, a year, a code), and any word specific
// enough to name something (not an everyday word, which is a paraphrase or
// the asker's chatter) that carries a real share of the question's
// weight. They are what a hedged reply says the report does not say, in
// the question's own words.
func (x *Index) Missing(q question.Query, ids []int) []string {
	total := q.Weight()
	// A word of the asker's own for a detail (question.Concept.Detail) is
	// what the first passage says when that passage holds all the rest of
	// the question; otherwise it is a detail the report does not give. A
	// question for a date or figure names what it is of by that word, and
	// a figure of the rest (a rate of another thing) does not answer it.
	named := q.Expect == nil && len(ids) > 0 && slices.ContainsFunc(q.Concepts, func(c question.Concept) bool { return c.Detail }) &&
		ranking{x}.held(q, ids[0], total) >= x.p.DetailCover
	// A question whether the report gives something (q.Whether) asks for
	// what its detail names, not for what the passage says of the rest:
	// the detail matters however plain the word, and the rest being held
	// does not make it the asker's word for it. (On the questions never
	// fitted, this flagged four near misses more and hedged no answer
	// more.)
	// A word whose main use is a bound noun, an ending or an adverb, typed
	// alone (question.Concept.Function: "따로", "바로"), says how the
	// asker asks and names no detail: it is named only where no other word
	// is, for the reply then still lacks it and a hedge must name
	// something. (On the conversations never fitted, dropping it there
	// too declined a follow-up that its hedge had answered.)
	// A word the report never uses that the segmenter only guessed at in a
	// run typed without spaces (question.Concept.Guess) is no word the
	// asker is known to have typed: the report lacks nothing by it. (On
	// the Korean conversations typed without spaces and never fitted, this
	// hedged one first turn fewer and found one follow-up more; the
	// questions never fitted were unchanged.)
	var out, plain []string
	for _, c := range q.Concepts {
		if c.Verbal || c.Source || c.Part || c.Detail && named && !q.Whether || c.Aside || c.Guess {
			continue
		}
		// What is asked about matters no more than any other word: it may
		// be the kind of answer wanted ("which journal", "어떤 분야"), which
		// an answer holds by naming one, without the kind's own word. (On
		// the questions never fitted, making it matter by itself flagged no
		// near miss that nothing else flagged, and hedged answers the first
		// passage gave.) But where it matters, as a constraint or a
		// specific word, one passage must hold it together with the
		// question's constraints. A Korean word asked about that the report
		// never uses counts even when everyday ("가격", "벌금"); an English
		// one the report never uses may only be a word the glossary cannot
		// carry over, so only one the report uses elsewhere counts.
		korean := analysis.HasHangul(c.Surface)
		asked := c.Ask && q.Expect == nil && (korean && (c.DF == 0 || c.Spec >= x.p.AskSpec) || !korean && c.DF > 0 && c.Spec >= x.p.AskSpec)
		matters := c.Must || c.Detail && q.Whether || c.Spec >= x.p.MissingSpec && total > 0 && c.Weight/total >= x.p.MissingShare
		// A word the passages name only to leave it out matters however
		// everyday it is: the report says its figure is not that word's.
		matters = matters || x.excludedBy(c, ids)
		held := x.held(c, ids)
		if matters && asked && held {
			held = x.heldWith(c, q, ids)
		}
		switch {
		case !matters || held:
		case c.Function:
			if !slices.Contains(plain, c.Surface) {
				plain = append(plain, c.Surface)
			}
		case !slices.Contains(out, c.Surface):
			out = append(out, c.Surface)
		}
	}
	if len(out) == 0 {
		return plain
	}
	return out
}

// UnknownAsk returns the heaviest word the asker typed that could name
// what is asked (no verb, function word, source word or word of the
// report's parts), where the report prints none of the words typed, those
// included: what the message asks is then nothing the results hold,
// however well they hold the words a follow-up carried from earlier turns
// (Concept.Carried), which only say what it is about. A word no passage
// prints is never held by results; at most it is the asker's own word for
// what a passage says, and a word of theirs the report does print tells
// that. Only Korean words of the language at large count: the report
// writes Korean, an English word it never uses may be one the glossary
// cannot carry over, and one no word list holds (a typo, shorthand, a run
// typed without spaces left uncut) may be a word of the report's mistyped.
// Words of the asker's context (Aside, Remark) are left out.
func (x *Index) UnknownAsk(q question.Query, ids []int) (string, bool) {
	var best float64
	var name string
	for _, c := range q.Concepts {
		if c.Carried || c.Aside || c.Remark {
			continue
		}
		if c.DF > 0 || c.Built() || !analysis.HasHangul(c.Surface) || !c.Listed || x.held(c, ids) {
			return "", false
		}
		if !c.Verbal && !c.Function && !c.Source && !c.Part && c.Weight > best {
			best, name = c.Weight, c.Surface
		}
	}
	return name, best > 0
}

// heldWith tells whether one passage of ids holds what is asked about, c,
// together with every constraint of q that the passages hold: the foundry
// of one company's chip is not told by a passage on another's foundry.
func (x *Index) heldWith(c question.Concept, q question.Query, ids []int) bool {
	var need []question.Concept
	for _, m := range q.Concepts {
		if m.Must && m.DF > 0 && x.held(m, ids) {
			need = append(need, m)
		}
	}
	for _, id := range ids {
		one := []int{id}
		if x.held(c, one) && !slices.ContainsFunc(need, func(m question.Concept) bool { return !x.held(m, one) }) {
			return true
		}
	}
	return false
}

// HeaviestMissing names the question's word of most weight that none of
// the passages ids holds, leaving aside verbs, words that ask for sources
// and words less specific than minSpec; nil when they hold every one.
// An everyday word a passage lacks is more often the asker's paraphrase
// of what it says than a detail it does not give, so a reply hedged for
// covering too little of the question names a word that names something,
// or none.
func (x *Index) HeaviestMissing(q question.Query, ids []int, minSpec float64) []string {
	best, name := 0.0, ""
	for _, c := range q.Concepts {
		if c.Verbal || c.Source || c.Part || c.Weight <= best || c.Spec < minSpec || c.Aside {
			continue
		}
		if !x.held(c, ids) {
			best, name = c.Weight, c.Surface
		}
	}
	if name == "" {
		return nil
	}
	return []string{name}
}

// Doubted is what a reply that must hedge names of the question it gives
// the passages ids for: the words none of them holds (Missing), or, where
// each is held somewhere, the heaviest the first passage lacks, however
// plain. That passage does not hold the question together, and its
// heaviest gap is what the hedge is doubtful of. nil when the first
// passage holds every word.
func (x *Index) Doubted(q question.Query, ids []int) []string {
	if m := x.Missing(q, ids); len(m) > 0 || len(ids) == 0 {
		return m
	}
	return x.HeaviestMissing(q, ids[:1], 0)
}

// HeldIn tells whether passage id states c, in its text or a footnote it
// cites, or, for a country or company, is about it (see held).
func (x *Index) HeldIn(c question.Concept, id int) bool { return x.held(c, []int{id}) }

// held tells whether one of the passages ids states c, in its text or a
// footnote it cites, or, for a country or company, is about it (filed under
// it, its profile), or prints c, a word the report never uses, inside one
// longer word of its own (inOneWord).
func (x *Index) held(c question.Concept, ids []int) bool {
	name, isEntity := x.EntityOf(c)
	for _, id := range ids {
		if x.Passages().States(c, id) || isEntity && x.Passages().About(id, name) {
			return true
		}
	}
	return x.inOneWord(c, ids)
}

// excludedBy tells whether one of the passages ids names c only to leave it
// out.
func (x *Index) excludedBy(c question.Concept, ids []int) bool {
	return slices.ContainsFunc(ids, func(id int) bool { return x.Passages().LeavesOut(c, id) })
}

// inOneWord tells whether one word of the passages ids holds every Hangul
// bigram of c, a word the report never uses: the report prints it only
// inside a longer word of its own ("기관별" in "연방기관별"), which the
// analyser keeps whole. The passage holds what c names; c is no detail it
// lacks.
func (x *Index) inOneWord(c question.Concept, ids []int) bool {
	// A word of two syllables has no bigrams of its own (analysis.Bigrams):
	// inside a longer word it is as often a part of another word. One that
	// ends a compound of the report has the one (question's heads).
	if c.DF > 0 || len(c.Grams) == 0 {
		return false
	}
	// Read in place, not as each term's bigrams: this runs over every term
	// of the results, for each word the report never uses.
	for _, id := range ids {
		for t := range x.info[id].terms.All() {
			if hangulPairs(t) > len(c.Grams) && !slices.ContainsFunc(c.Grams, func(g string) bool { return !strings.Contains(t, g) }) {
				return true
			}
		}
	}
	return false
}

// hangulPairs is how many pairs of adjacent Hangul syllables t holds, as
// analysis.Bigrams finds them (it finds none in a word of two runes, whose
// one pair can never outnumber a word's bigrams here).
func hangulPairs(t string) int {
	n, prev := 0, false
	for _, r := range t {
		h := analysis.IsHangulSyllable(r)
		if h && prev {
			n++
		}
		prev = h
	}
	return n
}
