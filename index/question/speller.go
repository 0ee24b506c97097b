package question

import (
	"cmp"
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
	hangul spelling            // Hangul terms of the index
	latin  map[int]spelling    // lower-case Latin words, by length
	counts Counts              // passages holding a term
	names  map[string][]string // Korean spellings of names the report prints in Latin letters
	// ends are the Hangul words of hangul of two syllables or more by
	// their first and last syllables (endsKey): the words a shortening of
	// them keeps. One slice sorted by key, not a map of a slice per pair:
	// a report holds thousands of such pairs, and a shelf loads them all.
	ends []ended
}

// ended is word i of the speller's hangul under its endsKey.
type ended struct {
	key endsKey
	i   int32
}

// endsKey is a Hangul word's first and last syllables, the last with an
// initial ㄹ read as ㅇ (hangul.Soft): what a word shortened by dropping
// inner syllables keeps of it.
type endsKey struct{ first, last rune }

// endsOf is the endsKey of a word of two syllables or more.
func endsOf(w string) endsKey {
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	return endsKey{first, hangul.Soft(last)}
}

// compareEnds orders endsKeys by first syllable, then last.
func compareEnds(a, b endsKey) int {
	return cmp.Or(cmp.Compare(a.first, b.first), cmp.Compare(a.last, b.last))
}

// endsTable is the speller's ends of words h.
func endsTable(h spelling) []ended {
	// Sized up front, as the speller keeps it: slices.Clip would leave the
	// array append grew, spare room and all.
	n := 0
	for i := range h.len() {
		if utf8.RuneCountInString(h.at(i).term) > 1 {
			n++
		}
	}
	out := make([]ended, 0, n)
	for i := range h.len() {
		// a shortening keeps two syllables of a longer word: a word of
		// one (a name's) is shortened by none
		if w := h.at(i).term; utf8.RuneCountInString(w) > 1 {
			out = append(out, ended{endsOf(w), int32(i)})
		}
	}
	// by key, and within a key by index, the order the words are in
	slices.SortFunc(out, func(a, b ended) int { return cmp.Or(compareEnds(a.key, b.key), cmp.Compare(a.i, b.i)) })
	return out
}

// endsWith are the indices in hangul of the words under key k, in order.
func (s *speller) endsWith(k endsKey) []ended {
	from, _ := slices.BinarySearchFunc(s.ends, k, func(e ended, k endsKey) int { return compareEnds(e.key, k) })
	to := from
	for to < len(s.ends) && s.ends[to].key == k {
		to++
	}
	return s.ends[from:to]
}

// spelt is a word of the report with the runes its distance is measured
// on: jamo for Hangul; a Latin word keeps none, its letters being its
// bytes (latinWord reads them).
type spelt struct {
	term string
	jamo []rune
}

// spelling is a list of spelt words kept in four arrays, the words in one
// string and their runes in one slice, with where each ends (the last two
// nil when the words were spelt without runes): a report's
// speller holds thousands of words, and a shelf of many reports would
// otherwise keep two pointers a word for every garbage collection to scan.
type spelling struct {
	text  string
	ends  []int32 // word i is text[ends[i-1]:ends[i]]
	runes []rune
	rends []int32 // its runes are runes[rends[i-1]:rends[i]]
}

// spell packs words, in order, each with its jamo where jamo is set
// (Hangul) and with no runes where it is not (Latin). The jamo go straight
// into the one array: a slice a word would be thousands of objects a
// report for the start-up to make and drop.
func spell(words []string, jamo bool) spelling {
	var text strings.Builder
	var s spelling
	// Both arrays are sized up front: a builder left to grow keeps up to
	// twice the words' bytes, for every report on the shelf.
	n, size := 0, 0
	for _, w := range words {
		if jamo {
			n += hangul.JamoLen(w)
		}
		size += len(w)
	}
	text.Grow(size)
	for _, w := range words {
		text.WriteString(w)
	}
	s.text = text.String()
	s.ends = make([]int32, len(words))
	at := 0
	for i, w := range words {
		at += len(w)
		s.ends[i] = int32(at)
	}
	if n == 0 {
		return s // words without runes keep none (see at)
	}
	s.rends = make([]int32, len(words))
	s.runes = make([]rune, 0, n)
	for i, w := range words {
		s.runes = hangul.AppendJamo(s.runes, w)
		s.rends[i] = int32(len(s.runes))
	}
	return s
}

func (s spelling) len() int { return len(s.ends) }

// at is word i, with no runes where the words were spelt with none.
func (s spelling) at(i int) spelt {
	start := int32(0)
	if i > 0 {
		start = s.ends[i-1]
	}
	w := spelt{term: s.text[start:s.ends[i]]}
	if s.rends == nil {
		return w
	}
	rstart := int32(0)
	if i > 0 {
		rstart = s.rends[i-1]
	}
	w.jamo = s.runes[rstart:s.rends[i]:s.rends[i]]
	return w
}

func newSpeller(x *Reader, latinWords []string) *speller {
	s := &speller{latin: map[int]spelling{}, counts: x.counts, names: x.names, hangul: spell(hangulWords(x), true)}
	s.ends = endsTable(s.hangul)
	seen := map[string]bool{}
	latin := map[int][]string{}
	for _, w := range latinWords {
		w = strings.ToLower(w)
		if seen[w] || len(w) < 3 || strings.IndexFunc(w, func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLetter(r) }) >= 0 {
			continue
		}
		seen[w] = true
		// an ASCII word's letters are its bytes: it keeps no runes,
		// which would take four times its bytes again
		latin[len(w)] = append(latin[len(w)], w)
	}
	for n, words := range latin {
		s.latin[n] = spell(words, false)
	}
	return s
}

// hangulWords are the Hangul terms of x, sorted.
func hangulWords(x *Reader) []string {
	var out []string
	for t := range x.counts.Terms() {
		if analysis.HasHangul(t) && utf8.RuneCountInString(t) >= 2 {
			out = append(out, t)
		}
	}
	for t := range x.names { // df counts these as the report's words, so typos may reach them too
		out = append(out, t)
	}
	// Map order must not decide between two words equally near and equally
	// common: the same question gets the same correction in every process.
	slices.Sort(out)
	return out
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

// korean returns the report's word nearest to an unknown Hangul stem.
func (s *speller) korean(stem string, p *tuning.Params) (string, bool) {
	if utf8.RuneCountInString(stem) < p.TypoMinSyllables {
		return "", false
	}
	j := hangul.Jamo(stem)
	best, bestDF := "", 0
	for i := range s.hangul.len() {
		c := s.hangul.at(i)
		if abs(len(c.jamo)-len(j)) > 1 || hangul.Distance(j, c.jamo, 1) > 1 {
			continue
		}
		if df := s.count(c.term); df > bestDF {
			best, bestDF = c.term, df
		}
	}
	return best, best != ""
}

// shortened returns the one report word that an unknown Hangul stem
// shortens by dropping the syllables before its last (자립률 for 자립화율):
// a longer word that begins with all of the stem but its last syllable and
// ends with that syllable (an initial ㄹ read as ㅇ, since Korean writes 률
// after a final and 율 after a vowel). Two such words leave the stem
// unread: which one was meant is not told. head is the stem but its last
// syllable, as compoundHead splits it, which also says whether the stem is
// long enough to read so.
func (s *speller) shortened(stem, head string) (string, bool) {
	n := utf8.RuneCountInString(stem)
	fit, found := "", false
	for _, e := range s.endsWith(endsOf(stem)) {
		if w := s.hangul.at(int(e.i)).term; utf8.RuneCountInString(w) > n && strings.HasPrefix(w, head) {
			if found {
				return "", false
			}
			fit, found = w, true
		}
	}
	return fit, found
}

// compoundHead splits stem into the syllables before its last (head) and
// its last (suffix), where stem is long enough to be a compound shortened
// (shortened): TypoMinSyllables at least, and a head and a suffix both.
// The reader splits a stem with it once, and the speller reads the head
// it gives (speller.shortened).
func compoundHead(stem string, p *tuning.Params) (head, suffix string, ok bool) {
	n := utf8.RuneCountInString(stem)
	if n < p.TypoMinSyllables || n <= 1 {
		return "", "", false
	}
	_, size := utf8.DecodeLastRuneInString(stem)
	return stem[:len(stem)-size], stem[len(stem)-size:], true
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
	var letters []rune
	best, bestD := "", limit+1
	for n := len(w) - limit; n <= len(w)+limit; n++ {
		words := s.latin[n]
		for i := range words.len() {
			c := words.at(i)
			letters = letters[:0]
			for j := range len(c.term) {
				letters = append(letters, rune(c.term[j]))
			}
			if d := hangul.Distance(rw, letters, limit); d < bestD {
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
