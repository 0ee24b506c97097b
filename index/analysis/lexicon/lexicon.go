package lexicon

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

var (
	//go:embed ko.tsv.gz
	koData []byte
	//go:embed en.tsv.gz
	enData []byte
)

// ErrData is returned when an embedded list cannot be read.
var ErrData = errors.New("lexicon: unreadable word list")

// General holds the two word lists. It is read-only once loaded and safe for
// concurrent use.
type General struct {
	ko, en list
}

// Load reads the embedded lists.
func Load() (*General, error) {
	ko, err := parse(koData)
	if err != nil {
		return nil, fmt.Errorf("korean list: %w", err)
	}
	en, err := parse(enData)
	if err != nil {
		return nil, fmt.Errorf("english list: %w", err)
	}
	return &General{ko: ko, en: en}, nil
}

// Class is the set of word classes a Korean word has in the dictionary.
type Class uint8

// The classes, as the list writes them.
const (
	Noun   Class = 1 << iota // N: a noun or root (가격, 협력)
	Bound                    // B: a bound noun or counter (년, 개, 줄)
	Verb                     // V: a verb or adjective, stem or inflected form (나오, 나온)
	Adverb                   // A: an adverb, determiner, conjunction or interjection (정확히, 혹시)
	Ending                   // E: a particle, an ending, the copula or a verb suffix (는데, 한데, 임)
	Suffix                   // S: a suffix of nouns (들, 쯤, 짜리, 실, 율)
)

// Word is what a list says of a word.
type Word struct {
	// Rank is its place by how common it is (1 is the most common).
	Rank int
	// Class is its word classes; English words have none.
	Class Class
	// Main is the class of its most common use (one of Class).
	Main Class
}

// Korean looks w up among the Korean dictionary's general words.
func (g *General) Korean(w string) (Word, bool) { return g.ko.find(w) }

// English looks w up, lower-cased, in the English frequency list.
func (g *General) English(w string) (Word, bool) { return g.en.find(strings.ToLower(w)) }

// KoreanWords is how many Korean words the list holds.
func (g *General) KoreanWords() int { return len(g.ko.val) }

// EnglishWords is how many English words the list holds.
func (g *General) EnglishWords() int { return len(g.en.val) }

// list is a sorted word list kept as one string with offsets: a few
// megabytes, where a map of the same words would take several times that.
type list struct {
	blob string
	off  []uint32 // start of each word in blob; word i ends at the tab before val
	end  []uint32
	val  []int32
	cls  []Class
	main []Class
}

func parse(gz []byte) (list, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return list{}, fmt.Errorf("%w: %v", ErrData, err)
	}
	// gzip's trailer gives the unpacked size: one allocation, not a
	// doubling buffer (the Korean list unpacks to about 4 MB).
	var b strings.Builder
	if n := len(gz); n >= 4 {
		b.Grow(int(binary.LittleEndian.Uint32(gz[n-4:])))
	}
	if _, err := io.Copy(&b, zr); err != nil {
		return list{}, fmt.Errorf("%w: %v", ErrData, err)
	}
	var l list
	l.blob = b.String()
	lines := strings.Count(l.blob, "\n") + 1
	l.off, l.end, l.val, l.cls = make([]uint32, 0, lines), make([]uint32, 0, lines), make([]int32, 0, lines), make([]Class, 0, lines)
	l.main = make([]Class, 0, lines)
	prev := ""
	for pos := 0; pos < len(l.blob); {
		nl := strings.IndexByte(l.blob[pos:], '\n')
		if nl < 0 {
			nl = len(l.blob) - pos
		}
		line := l.blob[pos : pos+nl]
		start := pos
		pos += nl + 1
		if line == "" || line[0] == '#' {
			continue
		}
		tab := strings.IndexByte(line, '\t')
		if tab <= 0 {
			return list{}, fmt.Errorf("%w: no value in %q", ErrData, line)
		}
		num, letters, _ := strings.Cut(line[tab+1:], "\t")
		v, err := strconv.Atoi(num)
		if err != nil {
			return list{}, fmt.Errorf("%w: %q: %v", ErrData, line, err)
		}
		var c, main Class
		for _, r := range letters {
			i := strings.IndexRune("NBVAES", r)
			if i < 0 {
				return list{}, fmt.Errorf("%w: %q: no class %q", ErrData, line, r)
			}
			if c == 0 {
				main = 1 << i
			}
			c |= 1 << i
		}
		w := line[:tab]
		if w <= prev {
			return list{}, fmt.Errorf("%w: %q is out of order", ErrData, w)
		}
		prev = w
		l.off = append(l.off, uint32(start))
		l.end = append(l.end, uint32(start+tab))
		l.val = append(l.val, int32(v))
		l.cls = append(l.cls, c)
		l.main = append(l.main, main)
	}
	if len(l.val) == 0 {
		return list{}, fmt.Errorf("%w: no words", ErrData)
	}
	return l, nil
}

func (l list) word(i int) string { return l.blob[l.off[i]:l.end[i]] }

func (l list) find(w string) (Word, bool) {
	i := sort.Search(len(l.off), func(i int) bool { return l.word(i) >= w })
	if i < len(l.off) && l.word(i) == w {
		return Word{Rank: int(l.val[i]), Class: l.cls[i], Main: l.main[i]}, true
	}
	return Word{}, false
}
