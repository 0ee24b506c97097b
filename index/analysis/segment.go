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
	c := a.cuts(rs, afterWord, 0)
	// A cut must place most of the run, and find words in it: particles
	// and endings alone would make a word the vocabulary lacks vanish.
	if c.best[n] == noCut || strict && (c.known[n]*2 < n || c.words[n]*3 < n) {
		return nil
	}
	var pieces []string
	for i := n; i > 0; i = c.from[i] {
		pieces = append([]string{string(rs[c.from[i]:i])}, pieces...)
	}
	if len(pieces) < 2 {
		return nil
	}
	return pieces
}

// noCut is the score of a stretch of a run that no cut reaches.
const noCut = -1e9

// cutTable is the best cut of each start of a run: best[i] is the score of
// the best cut of its first i runes, from[i] where that cut's last piece
// starts, known[i] the runes it places in known words, frame words and
// endings, words[i] those in known words alone.
type cutTable struct {
	best         []float64
	from         []int
	known, words []int
}

// cuts fills the cut table of rs; where apart is above 0, no piece of the
// cut starts or ends at that rune: the best cut that does not part the run
// there.
func (a *Analyzer) cuts(rs []rune, afterWord bool, apart int) cutTable {
	n := len(rs)
	c := cutTable{best: make([]float64, n+1), from: make([]int, n+1), known: make([]int, n+1), words: make([]int, n+1)}
	for i := 1; i <= n; i++ {
		c.best[i] = noCut
	}
	for i := 1; i <= n; i++ {
		if i == apart {
			continue
		}
		for j := max(0, i-maxWordRunes); j < i; j++ {
			if c.best[j] == noCut {
				continue
			}
			p := string(rs[j:i])
			s, k := a.pieceScore(p, j == 0 && !(afterWord && a.listedParticles(p)))
			if s == noCut {
				continue
			}
			if v := c.best[j] + s; v > c.best[i] {
				w := 0
				if s >= 4 || a.frame.ko[p] { // a known word of two syllables or more, or a frame word
					w = k
				}
				c.best[i], c.from[i], c.known[i], c.words[i] = v, j, c.known[j]+k, c.words[j]+w
			}
		}
	}
	return c
}

// nearTie tells of the run w, for a rune at, whether w has a cut that does
// not part it before that rune and scores within tieMargin of its best
// cut: where the segmenter's guess at where a word starts hangs on so
// little, the piece it starts there is no word the asker surely typed
// ("나노공정" cut as 나 + 노공 + 정 nearly as well as 나노 + 공정). The
// run's best cut is read once, at the first rune asked, for all of them.
func (a *Analyzer) nearTie(w string, afterWord bool) func(at int) bool {
	var rs []rune
	whole := noCut
	return func(at int) bool {
		if rs == nil {
			rs = []rune(w)
			whole = a.cuts(rs, afterWord, 0).best[len(rs)]
		}
		other := a.cuts(rs, afterWord, at).best[len(rs)]
		return whole != noCut && other != noCut && other >= whole-tieMargin
	}
}

// tieMargin is how near the best cut another must score for a word the
// best cut starts where the other does not part the run to be the
// segmenter's guess: what one syllable placed in a word adds.
const tieMargin = 1.0

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
	return noCut, 0
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
