package question

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus/hangul"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/tuning"
)

// speller corrects a question's word that the report never uses to the
// nearest word it does: Hangul by edit distance over jamo (one mistyped
// letter of a keyboard), Latin by edit distance scaled to the word's length.
// A word the report uses is never corrected, and neither is a short word, a
// number or a code with digits (GPT-4 is no typo of GPT-5).
type speller struct {
	hangul []spelt             // Hangul terms of the index
	latin  map[int][]spelt     // lower-case Latin words, by length
	counts Counts              // passages holding a term
	names  map[string][]string // Korean spellings of names the report prints in Latin letters
}

// spelt is a word of the report with the runes its distance is measured
// on: jamo for Hangul, letters for Latin.
type spelt struct {
	term string
	jamo []rune
}

func newSpeller(x *Reader, latinWords []string) *speller {
	s := hangulSpeller(x)
	seen := map[string]bool{}
	for _, w := range latinWords {
		w = strings.ToLower(w)
		if seen[w] || len(w) < 3 || strings.IndexFunc(w, func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLetter(r) }) >= 0 {
			continue
		}
		seen[w] = true
		s.addLatin(w)
	}
	for _, words := range s.latin {
		packRunes(words)
	}
	return s
}

// packRunes moves the runes of words into one array: a report's speller
// holds thousands of words, and a shelf of many reports would otherwise
// keep an object per word for every garbage collection to mark.
func packRunes(words []spelt) {
	n := 0
	for _, w := range words {
		n += len(w.jamo)
	}
	all := make([]rune, 0, n)
	for i, w := range words {
		start := len(all)
		all = append(all, w.jamo...)
		words[i].jamo = all[start:len(all):len(all)]
	}
}

// hangulSpeller knows the Hangul terms of x and no Latin words yet.
func hangulSpeller(x *Reader) *speller {
	s := &speller{latin: map[int][]spelt{}, counts: x.counts, names: x.names}
	for t := range x.counts.Terms() {
		if analysis.HasHangul(t) && utf8.RuneCountInString(t) >= 2 {
			s.hangul = append(s.hangul, spelt{t, hangul.Jamo(t)})
		}
	}
	for t := range x.names { // df counts these as the report's words, so typos may reach them too
		s.hangul = append(s.hangul, spelt{t, hangul.Jamo(t)})
	}
	// Map order must not decide between two words equally near and equally
	// common: the same question gets the same correction in every process.
	slices.SortFunc(s.hangul, func(a, b spelt) int { return strings.Compare(a.term, b.term) })
	packRunes(s.hangul)
	return s
}

// count is how many passages hold a term, as the speller weighs the words
// it corrects to: the maps rather than a closure over them, so that a
// restored index compares equal to the built one.
func (s *speller) count(t string) int {
	if d := s.counts.DF(t); d > 0 {
		return d
	}
	if len(s.names[t]) > 0 {
		return 1 // a Korean spelling of a name the report prints in Latin letters
	}
	return 0
}

// addLatin adds a lower-case Latin word a typo may be corrected to.
func (s *speller) addLatin(w string) { s.latin[len(w)] = append(s.latin[len(w)], spelt{w, []rune(w)}) }

// korean returns the report's word nearest to an unknown Hangul stem.
func (s *speller) korean(stem string, p *tuning.Params) (string, bool) {
	if utf8.RuneCountInString(stem) < p.TypoMinSyllables {
		return "", false
	}
	j := hangul.Jamo(stem)
	best, bestDF := "", 0
	for _, c := range s.hangul {
		if abs(len(c.jamo)-len(j)) > 1 || hangul.Distance(j, c.jamo, 1) > 1 {
			continue
		}
		if df := s.count(c.term); df > bestDF {
			best, bestDF = c.term, df
		}
	}
	return best, best != ""
}

// latinWord returns the report's or glossary's word nearest to an unknown
// Latin word: within one edit from TypoMinLetters letters, two from
// TypoTwoEdits.
func (s *speller) latinWord(w string, p *tuning.Params) (string, bool) {
	w = strings.ToLower(w)
	limit := 0
	switch {
	case len(w) >= p.TypoTwoEdits:
		limit = 2
	case len(w) >= p.TypoMinLetters:
		limit = 1
	default:
		return "", false
	}
	rw := []rune(w)
	best, bestD := "", limit+1
	for n := len(w) - limit; n <= len(w)+limit; n++ {
		for _, c := range s.latin[n] {
			if d := hangul.Distance(rw, c.jamo, limit); d < bestD {
				best, bestD = c.term, d
			}
		}
	}
	return best, best != ""
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
