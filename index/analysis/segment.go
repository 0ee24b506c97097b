package analysis

import (
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
)

// cutRun cuts a run of Hangul written without spaces into the words the
// learnt vocabulary knows, with the particles, endings and frame words
// between them: "연구책임자누구야" → 연구책임자 + 누구 + 야. The cut maximises
// the square of the known words' lengths, so that one long word beats two
// short ones, and pays for every syllable it cannot place. Strict, it
// returns nil when no cut places most of the run in known words, as the
// analyser needs; otherwise it keeps the best cut however little of the
// run it places in known words: enough to find a frame word in it. A run
// that follows a word of another script (afterWord) may open with that
// word's particles, as the lists name them: the 랑은 of "GPU랑은무엇으로",
// the 으로 of "2.0으로".
func (a *Analyzer) cutRun(w string, afterWord, strict bool) []string {
	r := a.cutOf(w, afterWord, nil)
	return r.pieces(strict)
}

// segmented is cutRun of the run w, strict, with its cut kept for nearTie
// to read, and the pieces the cut scored kept in t, which nearTie reads
// rather than scoring them again.
func (a *Analyzer) segmented(w string, afterWord bool, t *ties) (runCut, []string) {
	r := a.cutOf(w, afterWord, t)
	return r, r.pieces(true)
}

// noCut is the score of a stretch of a run that no cut reaches.
const noCut = -1e9

// cutCell is the best cut of a run's first runes, as the dynamic
// programme over a run's cuts (bestCuts) keeps it: its score (noCut where
// no cut reaches so far), where its last piece starts, and what the
// reading the cut is made for keeps of its pieces.
type cutCell[K any] struct {
	score float64
	from  int
	keep  K
}

// cutter is how one reading of a run scores and keeps its pieces
// (bestCuts). piece scores the piece from rune j to rune i, noCut where
// no piece may stand there, and says what the piece is; keep is what the
// cut prev keeps with the piece p after it, made only for a cut that
// scores above the best found so far, or the same where even says that
// the cut keeping it wins a tie (nil: the first cut found wins).
type cutter[K, P any] struct {
	piece func(j, i int) (float64, P)
	keep  func(prev K, p P) K
	even  func(K) bool
}

// bestCuts fills cells, one more than the run has runes, with the best
// cut of each of the run's first runes, the cut of none keeping start:
// the one dynamic programme of the segmenter (cutRun) and of the reading
// of a run as grammar alone (asksOnly), each scoring its pieces its own
// way. A cut's score is the sum of its pieces', a piece at most
// maxWordRunes long; where apart is above 0, no piece starts or ends at
// that rune.
func bestCuts[K, P any](cells []cutCell[K], start K, apart int, c cutter[K, P]) {
	cells[0] = cutCell[K]{keep: start}
	for i := 1; i < len(cells); i++ {
		cells[i] = cutCell[K]{score: noCut}
	}
	for i := 1; i < len(cells); i++ {
		if i == apart {
			continue
		}
		for j := max(0, i-maxWordRunes); j < i; j++ {
			if cells[j].score == noCut {
				continue
			}
			s, p := c.piece(j, i)
			if s == noCut {
				continue
			}
			v := cells[j].score + s
			if v < cells[i].score || v == cells[i].score && c.even == nil {
				continue
			}
			k := c.keep(cells[j].keep, p)
			if v == cells[i].score && !c.even(k) {
				continue
			}
			cells[i] = cutCell[K]{score: v, from: j, keep: k}
		}
	}
}

// placed is what the segmenter's cut keeps of its pieces: the runes they
// place in known words, frame words and endings (known), and those in
// known words alone (words).
type placed struct{ known, words int }

// cutTable is the segmenter's best cut of each start of a run (bestCuts).
type cutTable []cutCell[placed]

// sized is a table for a run of n runes: c where it has room, else a new
// one.
func (c cutTable) sized(n int) cutTable {
	if cap(c) < n+1 {
		return make(cutTable, n+1)
	}
	return c[:n+1]
}

// runCut is a run of Hangul typed without spaces and its best cut. Its
// pieces are slices of its text, cut where at says its runes start: a cut
// scores every piece of up to maxWordRunes runes at every rune of the run,
// and a copy of each made most of a question's allocations.
type runCut struct {
	a         *Analyzer
	text      string
	at        []int // where each rune of text starts, then len(text); none where the run is not cut
	afterWord bool
	best      cutTable // the best cut; no table where the run is not cut
}

// runes is how many runes the run has, or 0 where it is not cut.
func (r *runCut) runes() int { return max(len(r.at)-1, 0) }

// piece is the run's runes from j to i.
func (r *runCut) piece(j, i int) string { return r.text[r.at[j]:r.at[i]] }

// ties is what nearTie keeps between the runes it is asked of one run:
// the cuts that part the run otherwise score the same pieces as the best
// cut, each once for all of them (scored, by where a piece starts and its
// length, at j*maxWordRunes + length-1; the best cut fills it where
// segmented is given it), and are made again in the same arrays. The runs
// an analyser cuts take a ties in turn from its pool (cutOf readies it for
// each), so that its arrays are made again only for a longer run; best is
// the run's best cut.
type ties struct {
	scored      []scoredPiece
	best, other cutTable
}

// scoredOf is t's table of scored pieces for a run of n runes: the one
// it has for a run of that length, or one with none scored.
func (t *ties) scoredOf(n int) []scoredPiece {
	if len(t.scored) != n*maxWordRunes {
		t.begin(n)
	}
	return t.scored
}

// begin readies t's table of scored pieces for a new run of n runes, with
// none scored.
func (t *ties) begin(n int) {
	m := n * maxWordRunes
	if cap(t.scored) < m {
		t.scored = make([]scoredPiece, m)
		return
	}
	t.scored = t.scored[:m]
	clear(t.scored)
}

// scoredPiece is a piece of a run and its pieceScore; a piece of no text
// is one not scored yet.
type scoredPiece struct {
	p string
	s float64
	k int
}

// cutOf is the best cut of the run w: none where it is too short to cut,
// too long, or no vocabulary is learnt. Given t, the pieces it scores are
// kept in t for nearTie.
func (a *Analyzer) cutOf(w string, afterWord bool, t *ties) runCut {
	r := runCut{a: a, text: w, afterWord: afterWord}
	n := utf8.RuneCountInString(w)
	if n < 3 || a.vocab.empty() || n > maxSegmentRunes {
		return r
	}
	r.at = runeStarts(w, n)
	if t == nil {
		r.best = r.fill(cutTable{}, 0, nil)
		return r
	}
	t.begin(n)
	r.best = r.fill(t.best, 0, t.scored)
	t.best = r.best
	return r
}

// pieces are the run's pieces as its best cut parts it, or nil where no
// cut parts it in two or more; strict, nil too where the cut places
// little of the run in known words.
func (r *runCut) pieces(strict bool) []string {
	n, c := r.runes(), r.best
	// A cut must place most of the run, and find words in it: particles
	// and endings alone would make a word the vocabulary lacks vanish.
	if n == 0 || c[n].score == noCut || strict && (c[n].keep.known*2 < n || c[n].keep.words*3 < n) {
		return nil
	}
	// The cut is walked from the run's end twice, to count its pieces and
	// then to place them, so that the list is made once at its length and
	// in order, not grown and reversed: a de-spaced question's runs are
	// cut on every reply.
	k := 0
	for i := n; i > 0; i = c[i].from {
		k++
	}
	if k < 2 {
		return nil
	}
	pieces := make([]string, k)
	for i := n; i > 0; i = c[i].from {
		k--
		pieces[k] = r.piece(c[i].from, i)
	}
	return pieces
}

// fill fills the cut table of the run into c's arrays, or new ones where
// they lack room (sized); where apart is above 0, no piece of
// the cut starts or ends at that rune: the best cut that does not part
// the run there. A piece scored holds is read from it, and one it lacks
// is scored into it.
func (r *runCut) fill(c cutTable, apart int, scored []scoredPiece) cutTable {
	c = c.sized(r.runes())
	bestCuts(c, placed{}, apart, cutter[placed, scoredPiece]{
		piece: func(j, i int) (float64, scoredPiece) {
			if scored == nil {
				return r.scored(j, i)
			}
			sp := &scored[j*maxWordRunes+i-j-1]
			if len(sp.p) == 0 {
				_, *sp = r.scored(j, i)
			}
			return sp.s, *sp
		},
		keep: func(prev placed, sp scoredPiece) placed {
			w := 0
			if sp.s >= 4 || r.a.frame.ko[sp.p] { // a known word of two syllables or more, or a frame word
				w = sp.k
			}
			return placed{known: prev.known + sp.k, words: prev.words + w}
		},
	})
	return c
}

// scored is score's piece as a scoredPiece, with its score.
func (r *runCut) scored(j, i int) (float64, scoredPiece) {
	p, s, k := r.score(j, i)
	return s, scoredPiece{p, s, k}
}

// score scores the piece of the run from rune j to rune i: one opening
// the run is read as a first piece, unless the run follows a word of
// another script and the piece is its particles.
func (r *runCut) score(j, i int) (string, float64, int) {
	p := r.piece(j, i)
	s, k := r.a.pieceScore(p, j == 0 && !(r.afterWord && r.a.listedParticles(p)))
	return p, s, k
}

// nearTie tells, for a rune at of the run, whether it has a cut that does
// not part it before that rune and scores within tieMargin of its best
// cut: where the segmenter's guess at where a word starts hangs on so
// little, the piece it starts there is no word the asker surely typed
// ("나노공정" cut as 나 + 노공 + 정 nearly as well as 나노 + 공정). t keeps
// what the runes asked of one run share.
func (r *runCut) nearTie(at int, t *ties) bool {
	n := r.runes()
	if n == 0 {
		return false
	}
	t.other = r.fill(t.other, at, t.scoredOf(n))
	whole, other := r.best[n].score, t.other[n].score
	return whole != noCut && other != noCut && other >= whole-tieMargin
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
	for _, at := range cuts(p) {
		if a.isEnding(p[:at]) && a.isEnding(p[at:]) {
			return true
		}
	}
	return false
}
