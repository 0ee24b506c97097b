package search

import (
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/index/question"
)

// matcher is Match for the concepts of one question, each term, part and
// bigram looked up in the index's dict once: ranking tests a question's
// concepts against the sets of every candidate passage, and picking an
// excerpt against those of every line of a passage, thousands of tests a
// question, and looking the same terms up for each was most of their time.
type matcher struct {
	x  *Index
	cs []question.Concept
	// ids are the concepts' terms, parts and bigrams as the index's dict
	// numbers them (absent for one it does not number), concept after
	// concept; concept k's terms are ids[at[3k]:at[3k+1]], its parts
	// ids[at[3k+1]:at[3k+2]], its bigrams ids[at[3k+2]:at[3k+3]].
	ids []uint32
	at  []int
}

// absent numbers a term the index's dict lacks: no set of the index's own
// holds it (a set made from other text may; see match).
const absent = ^uint32(0)

// matcher is the matcher of cs.
func (x *Index) matcher(cs []question.Concept) matcher {
	n := 0
	for _, c := range cs {
		n += len(c.Terms) + len(c.Parts) + len(c.Grams)
	}
	m := matcher{x: x, cs: cs, ids: make([]uint32, 0, n), at: make([]int, 1, 3*len(cs)+1)}
	for _, c := range cs {
		for _, group := range [3][]string{c.Terms, c.Parts, c.Grams} {
			for _, t := range group {
				id, ok := x.dict.lookup(t)
				if !ok {
					id = absent
				}
				m.ids = append(m.ids, id)
			}
			m.at = append(m.at, len(m.ids))
		}
	}
	return m
}

// match is x.Match(cs[k], s).
func (m matcher) match(k int, s Terms) float64 {
	if len(s.ids) == 0 {
		return 0 // most passages cite no footnote: nothing to look up
	}
	if s.dict != m.x.dict {
		return m.x.Match(m.cs[k], s) // a set with terms of its own, or none
	}
	c := m.cs[k]
	has := func(id uint32) bool {
		if id == absent {
			return false // a term of no set of the index's: nothing to search
		}
		_, found := slices.BinarySearch(s.ids, id)
		return found
	}
	terms, parts, grams := m.groups(k)
	for _, id := range terms {
		if has(id) {
			return 1
		}
	}
	x := m.x
	if len(parts) > 0 && !c.Strict {
		hit := 0
		for _, id := range parts {
			if has(id) {
				hit++
			}
		}
		switch {
		case hit == len(parts) && hit >= 2:
			return x.p.AllParts
		case hit > 0:
			return x.p.SomeParts
		}
	}
	if len(grams) >= 2 {
		hit := 0
		for _, id := range grams {
			if has(id) {
				hit++
			}
		}
		if hit*2 >= len(grams)+1 {
			return x.p.Bigrams
		}
	}
	return 0
}

// groups are concept k's terms, parts and bigrams as dict numbers.
func (m matcher) groups(k int) (terms, parts, grams []uint32) {
	at := m.at[3*k:]
	return m.ids[at[0]:at[1]], m.ids[at[1]:at[2]], m.ids[at[2]:at[3]]
}

// typed tells whether s holds concept k's first term, the word as the
// question typed it, rather than only a glossary equivalent or alias of it;
// false for a concept with a single term, which has no equivalent.
func (m matcher) typed(k int, s Terms) bool {
	terms, _, _ := m.groups(k)
	if len(terms) <= 1 || terms[0] == absent || len(s.ids) == 0 || s.dict != m.x.dict {
		return false
	}
	_, found := slices.BinarySearch(s.ids, terms[0])
	return found
}

// names tells whether s, a set of the index's own, says one of the terms
// the concepts make and nothing more: termOf gives each concept its term
// (see terms), s holds every concept of one term, and each of its words
// is inside a word of that term (the analyser may stem the line's word
// shorter than the question's: 국가주 for 국가주의).
func (m matcher) names(s Terms, termOf []int) bool {
	if len(s.ids) == 0 || s.dict != m.x.dict {
		return false
	}
	words := slices.Collect(s.All())
	for term := range m.cs {
		// each term once, at its first concept
		if termOf[term] == term && m.says(s, words, termOf, term) {
			return true
		}
	}
	return false
}

// says tells whether s, whose words are words, says the term whose first
// concept is term (names): s holds each concept of the term, by a match
// or by a word inside one of its terms, and each word of s is inside a
// word of the term.
func (m matcher) says(s Terms, words []string, termOf []int, term int) bool {
	for k := term; k < len(m.cs); k++ {
		if termOf[k] == term && m.match(k, s) == 0 && !slices.ContainsFunc(words, func(w string) bool { return m.inside(k, w) }) {
			return false
		}
	}
	for _, w := range words {
		if !m.inTerm(w, termOf, term) {
			return false
		}
	}
	return true
}

// inTerm tells whether word w is inside a word of a concept of the term
// whose first concept is term.
func (m matcher) inTerm(w string, termOf []int, term int) bool {
	for k := term; k < len(m.cs); k++ {
		if termOf[k] == term && m.inside(k, w) {
			return true
		}
	}
	return false
}

// inside tells whether word w is inside a term of concept k.
func (m matcher) inside(k int, w string) bool {
	return slices.ContainsFunc(m.cs[k].Terms, func(t string) bool { return strings.Contains(t, w) })
}
