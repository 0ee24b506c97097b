package analysis

import (
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
)

// segment cuts a run of Hangul written without spaces into the words the
// learnt vocabulary knows, with the particles, endings and frame words
// between them: "연구책임자누구야" → 연구책임자 + 누구 + 야. The cut maximises
// the square of the known words' lengths, so that one long word beats two
// short ones, and pays for every syllable it cannot place. It returns nil
// when no cut places most of the run in known words. A run that follows a
// word of another script (afterWord) may open with that word's particles,
// as the lists name them: the 랑은 of "GPU랑은무엇으로", the 으로 of
// "2.0으로".
func (a *Analyzer) segment(w string, afterWord bool) []string { return a.cutRun(w, afterWord, true) }

// cutRun is segment; unless strict it keeps the best cut however little of
// the run it places in known words: enough to find a frame word in it.
func (a *Analyzer) cutRun(w string, afterWord, strict bool) []string {
	rs := []rune(w)
	n := len(rs)
	if n < 3 || a.vocab.empty() || n > maxSegmentRunes {
		return nil
	}
	const none = -1e9
	best := make([]float64, n+1)
	from := make([]int, n+1)
	known := make([]int, n+1) // runes placed in known words, frame words and endings
	words := make([]int, n+1) // runes placed in known words alone
	for i := 1; i <= n; i++ {
		best[i] = none
	}
	for i := 1; i <= n; i++ {
		for j := max(0, i-maxWordRunes); j < i; j++ {
			if best[j] == none {
				continue
			}
			p := string(rs[j:i])
			s, k := a.pieceScore(p, j == 0 && !(afterWord && a.listedParticles(p)))
			if s == none {
				continue
			}
			if v := best[j] + s; v > best[i] {
				w := 0
				if s >= 4 || a.frame.ko[p] { // a known word of two syllables or more, or a frame word
					w = k
				}
				best[i], from[i], known[i], words[i] = v, j, known[j]+k, words[j]+w
			}
		}
	}
	// A cut must place most of the run, and find words in it: particles
	// and endings alone would make a word the vocabulary lacks vanish.
	if best[n] == none || strict && (known[n]*2 < n || words[n]*3 < n) {
		return nil
	}
	var pieces []string
	for i := n; i > 0; i = from[i] {
		pieces = append([]string{string(rs[from[i]:i])}, pieces...)
	}
	if len(pieces) < 2 {
		return nil
	}
	return pieces
}

const (
	// maxSegmentRunes bounds the runs a cut reads. A question of several
	// clauses typed without spaces runs well past forty syllables, and the
	// cut costs time linear in the run: the bound only keeps a pasted wall
	// of text cheap.
	maxSegmentRunes = 200
	maxWordRunes    = 10 // the longest word a cut may place
)

// pieceScore rates one piece of a cut and says how many of its runes it
// places: a known word, a frame word or an ending; a cut must place most of
// the run.
func (a *Analyzer) pieceScore(p string, first bool) (float64, int) {
	n := utf8.RuneCountInString(p)
	switch {
	case n >= 2 && a.Known(p):
		return float64(n * n), n
	case a.frame.ko[p]:
		return float64(n), n
	case !first && a.functional(p):
		return 0.5, n
	}
	if n >= 2 && a.lexicon[p] {
		return float64(n * n), n // a name users spell in Hangul (라마 for LLaMA)
	}
	if stem, ok := a.stripSuffix(p, true); ok {
		if k := utf8.RuneCountInString(stem); k >= 2 && (a.Known(stem) || a.lexicon[stem]) {
			return float64(k*k) + 0.5, k
		}
	}
	// A common word of the language at large places its syllables too, a
	// little below the report's own words: 정확히 in 초격차전략이정확히뭔데.
	// A rare one would cut an unknown name into pieces (와이 of 와이모델).
	if n >= 2 && a.commonWord(p) {
		return generalShare * float64(n*n), n
	}
	if stem, ok := a.stripSuffix(p, true); ok {
		if k := utf8.RuneCountInString(stem); k >= 2 && a.commonWord(stem) {
			return generalShare*float64(k*k) + 0.5, k
		}
	}
	switch {
	case n == 1 && first && a.isEnding(p):
		return 0, n // a demonstrative or particle opening the run: 이, 그
	case n <= maxUnknownRunes:
		// A word the vocabulary lacks (a verb form, a typo) costs what it
		// leaves unplaced.
		return -1.5 * float64(n), 0
	}
	return -1e9, 0
}

// generalShare is what a general word scores in a cut against a report word
// of the same length; commonShare is how much of the general list, most
// common first, a cut may place words from.
const (
	generalShare = 0.9
	commonShare  = 0.35
)

// commonWord tells whether w is a content word among the most common of
// the general dictionary.
func (a *Analyzer) commonWord(w string) bool {
	if a.general == nil {
		return false
	}
	word, ok := a.general.Korean(w)
	return ok && word.Class&(lexicon.Noun|lexicon.Bound|lexicon.Verb|lexicon.Adverb) != 0 &&
		float64(word.Rank) <= commonShare*float64(a.general.KoreanWords())
}

// maxUnknownRunes is the longest piece a cut may leave unknown.
const maxUnknownRunes = 4

// listedParticles tells whether p is a particle or ending the lists name,
// or two of them run together (랑 + 은).
func (a *Analyzer) listedParticles(p string) bool {
	if a.isEnding(p) {
		return true
	}
	rs := []rune(p)
	for i := 1; i < len(rs); i++ {
		if a.isEnding(string(rs[:i])) && a.isEnding(string(rs[i:])) {
			return true
		}
	}
	return false
}
