package analysis

import (
	"slices"
	"strings"
	"sync"

	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
)

// KeyCache shares the glossary's keys between the analysers of a shelf's
// reports, which read them through one set of tables and general word
// lists. A key is an analyser's reading of the English, and that reading
// may ask what the report has learnt: a Latin run the report never prints
// is cut into the terms it does ("supergap" into "super gap" where the
// report prints both). So each reading is kept with the questions it asked
// of the report's words and their answers, and another analyser takes it
// only where its own answers are the same: every report's keys stay those
// its own reading gives, and a shelf of many reports reads each entry
// about once. Its methods are safe for concurrent use; nil keeps nothing.
type KeyCache struct {
	mu sync.Mutex
	// tables and general are those of the first analyser read: a reading
	// is shared only between analysers of the same ones.
	tables   *Tables
	general  *lexicon.General
	readings map[string]keyReading
}

// NewKeyCache returns an empty cache.
func NewKeyCache() *KeyCache { return &KeyCache{readings: map[string]keyReading{}} }

// keyReading is one analyser's keys of an English word or phrase, with
// what the reading asked of that analyser's learnt words.
type keyReading struct {
	keys   [][]string
	looked []lookup
}

// lookup is one question a reading asked of an analyser's learnt words,
// and the answer: how often word was counted, or, with size, whether any
// word was (1) or none (0).
type lookup struct {
	stems bool // of the Korean stems (vocab), else of the terms
	size  bool
	word  string
	n     int
}

// reader returns compoundKeys for a, each taken from the cache where a
// reading there asked a's learnt words only what a answers alike. The
// function it returns records into one slice: it is for one goroutine,
// as GlossaryOf reads its entries.
func (c *KeyCache) reader(a *Analyzer) func(english string) [][]string {
	if c == nil || !c.fits(a) {
		return func(english string) [][]string { return compoundKeys(a, english) }
	}
	// rec is a reading like a's that records what it asks in looked: one
	// for all the entries a reads.
	var looked []lookup
	rec := *a
	rec.vocab.seen = func(l lookup) {
		l.stems = true
		looked = append(looked, l)
	}
	rec.terms.seen = func(l lookup) { looked = append(looked, l) }
	return func(english string) [][]string {
		if !latinOnly(english) {
			return compoundKeys(a, english)
		}
		c.mu.Lock()
		r, ok := c.readings[english]
		c.mu.Unlock()
		if ok && r.holds(a) {
			return r.keys
		}
		looked = looked[:0]
		r = keyReading{keys: compoundKeys(&rec, english), looked: slices.Clone(looked)}
		c.mu.Lock()
		c.readings[english] = r
		c.mu.Unlock()
		return r.keys
	}
}

// fits tells whether a reads by the cache's tables and word lists, which
// the first analyser asked sets.
func (c *KeyCache) fits(a *Analyzer) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tables == nil {
		c.tables, c.general = a.Tables, a.general
	}
	return a.Tables == c.tables && a.general == c.general
}

// latinOnly tells whether s holds neither Hangul nor Hanja: reading it
// asks nothing of an analyser's lexicon, which lookups do not record.
func latinOnly(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool {
		sc := scriptOf(r)
		return sc == scriptHangul || sc == scriptHan
	})
}

// holds tells whether a answers every question the reading asked as the
// analyser read by did.
func (r keyReading) holds(a *Analyzer) bool {
	for _, l := range r.looked {
		if l.answer(a) != l.n {
			return false
		}
	}
	return true
}

// answer is a's answer to the question l asked, untold: how often its
// stems or terms counted l's word, or, with size, whether they counted
// any (1) or none (0), as get and empty record it.
func (l lookup) answer(a *Analyzer) int {
	c := &a.terms
	if l.stems {
		c = &a.vocab
	}
	if l.size {
		return boolInt(!c.isEmpty())
	}
	return c.count(l.word)
}
