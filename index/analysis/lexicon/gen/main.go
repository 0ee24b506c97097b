// Command gen writes the general-language word lists that package lexicon
// embeds: how common a Korean or English word is in language at large, so
// that a question's word the report never uses can be weighed by how
// specific it is.
//
// It is a module of its own so that the reportbot module does not depend on
// the dictionaries it reads (the Korean one is some 70 MB of Go source):
//
//	cd index/analysis/lexicon/gen && go run . -out ..
//
// Sources, both maintained Go modules:
//   - Korean: mecab-ko-dic 2.1.1 as shipped by github.com/ikawaha/kagome-dict-ko
//     (Apache-2.0). Every word with a general part of speech (common and
//     bound nouns, numerals, pronouns, adverbs, determiners, conjunctions,
//     interjections, verb and adjective stems, roots) with the lowest word
//     cost of its entries: MeCab's cost grows as a word gets rarer. A word
//     the dictionary has only as a proper noun is left out: to the reader it
//     is as specific as a word it lacks.
//   - English: the frequency list of github.com/ccojocar/zxcvbn-go (MIT),
//     about 32,500 words ranked by use in English film and television
//     subtitles, which is close to how people chat.
package main

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ccojocar/zxcvbn-go/frequency"
	ko "github.com/ikawaha/kagome-dict-ko"
)

func main() {
	out := flag.String("out", "..", "folder to write ko.tsv.gz and en.tsv.gz to")
	flag.Parse()
	if err := writeKorean(filepath.Join(*out, "ko.tsv.gz")); err != nil {
		log.Fatal(err)
	}
	if err := writeEnglish(filepath.Join(*out, "en.tsv.gz")); err != nil {
		log.Fatal(err)
	}
}

// general maps the mecab-ko-dic tags of words that belong to the language
// at large, rather than name one thing, to the classes the lexicon keeps:
// N a noun or root, B a bound noun or counter (년, 개, 줄), V a verb or
// adjective, as a stem or an inflected form (나오, 나온), A an adverb,
// determiner, conjunction or interjection, E a particle, an ending, the
// copula or a suffix that makes a verb (는데, 한데, 임, 하), S a suffix of
// nouns (들, 쯤, 짜리, and 실 or 율, which mean something). An entry
// of several morphemes takes the class of its first.
var general = map[string]byte{
	"NNG": 'N', "NP": 'N', "NR": 'N', "XR": 'N',
	"NNB": 'B', "NNBC": 'B',
	"VV": 'V', "VA": 'V', "VX": 'V',
	"MAG": 'A', "MAJ": 'A', "MM": 'A', "IC": 'A',
	"EC": 'E', "EF": 'E', "EP": 'E', "ETM": 'E', "ETN": 'E',
	"JKS": 'E', "JKC": 'E', "JKG": 'E', "JKO": 'E', "JKB": 'E', "JKV": 'E', "JKQ": 'E', "JX": 'E', "JC": 'E',
	"VCP": 'E', "VCN": 'E', "XSV": 'E', "XSA": 'E',
	"XSN": 'S',
}

// single are the classes kept only for entries of one morpheme: an
// analysis of several that starts with a noun is a phrase, not a word.
var single = map[byte]bool{'N': true, 'B': true, 'A': true}

// maxRunes leaves out long compounds: a question's word that long is cut
// into its parts before it is looked up.
const maxRunes = 8

func writeKorean(path string) error {
	d := ko.Dict()
	// MeCab's costs are comparable within a part of speech, not across
	// them (adverbs cost more than nouns of the same frequency), so a
	// word's commonness is its cost's place among the costs of its part of
	// speech, and a word of several parts of speech takes the most common.
	type entry struct {
		pos  string
		cost int16
	}
	var entries = map[string][]entry{}
	costs := map[string][]int16{}
	classOf := map[string]byte{}
	for i, feat := range d.Contents {
		pos := d.POSTable.POSs[i]
		if len(pos) != 1 || len(feat) < 3 {
			continue
		}
		tag := d.POSTable.NameList[pos[0]]
		first, _, several := strings.Cut(tag, "+")
		class := general[first]
		if class == 0 || several && single[class] {
			continue
		}
		w := feat[2] // the reading: the word in Hangul
		if w == "" || w == "*" || utf8.RuneCountInString(w) > maxRunes || !hangul(w) {
			continue
		}
		c := d.Morphs[i].Weight
		entries[w] = append(entries[w], entry{tag, c})
		costs[tag] = append(costs[tag], c)
		classOf[tag] = class
	}
	for _, cs := range costs {
		slices.Sort(cs)
	}
	// The share of the part of speech cheaper than the word, written as a
	// rank among all the words kept, as the English list ranks by
	// frequency.
	n := len(entries)
	rows := make([]string, 0, n)
	for w, es := range entries {
		// The classes, the one of the word's most common use first.
		share := map[byte]float64{}
		for _, e := range es {
			below, _ := slices.BinarySearch(costs[e.pos], e.cost)
			c, f := classOf[e.pos], float64(below)/float64(len(costs[e.pos]))
			if old, ok := share[c]; !ok || f < old {
				share[c] = f
			}
		}
		var classes []byte
		for c := range share {
			classes = append(classes, c)
		}
		slices.SortFunc(classes, func(a, b byte) int {
			if share[a] != share[b] {
				return cmp.Compare(share[a], share[b])
			}
			return cmp.Compare(a, b)
		})
		rows = append(rows, fmt.Sprintf("%s\t%d\t%s", w, 1+int(share[classes[0]]*float64(n-1)), classes))
	}
	return write(path, "mecab-ko-dic 2.1.1 via github.com/ikawaha/kagome-dict-ko (Apache-2.0): word<TAB>rank by how common it is within its part of speech, scaled to the list (1 is the most common)<TAB>classes, that of its most common use first (A adverb, determiner, conjunction or interjection; B bound noun or counter; E particle, ending, copula or verb suffix; N noun or root; S noun suffix; V verb or adjective, stem or inflected form)", rows)
}

func writeEnglish(path string) error {
	list := frequency.Lists["English"].List
	seen := map[string]bool{}
	var rows []string
	for i, w := range list {
		w = strings.ToLower(strings.TrimSpace(w))
		if w == "" || seen[w] || strings.ContainsAny(w, "\t\n") {
			continue
		}
		seen[w] = true
		rows = append(rows, fmt.Sprintf("%s\t%d", w, i+1))
	}
	return write(path, "English frequency list of github.com/ccojocar/zxcvbn-go (MIT): word<TAB>rank by frequency (1 is the most common)", rows)
}

func hangul(s string) bool {
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return true
}

// write stores rows sorted bytewise, so that the reader can search them
// without building a map.
func write(path, header string, rows []string) error {
	slices.Sort(rows)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "# %s\n# generated by index/analysis/lexicon/gen; do not edit\n", header)
	for _, r := range rows {
		bw.WriteString(r)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	log.Printf("%s: %d words", path, len(rows))
	return nil
}
