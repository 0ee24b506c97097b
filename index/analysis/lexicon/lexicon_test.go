package lexicon

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"testing"
)

func TestGeneral(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if g.KoreanWords() < 100000 || g.EnglishWords() < 20000 {
		t.Fatalf("lists too short: %d Korean, %d English words", g.KoreanWords(), g.EnglishWords())
	}
	for _, tc := range []struct {
		name    string
		lookup  func(string) (Word, bool)
		word    string
		wantOK  bool
		maxRank int // the word is at least this common
		wantHas Class
	}{
		{"everyday Korean noun", g.Korean, "가격", true, 5000, Noun},
		{"Korean adverb", g.Korean, "정확히", true, 50000, Adverb},
		{"Korean compound", g.Korean, "예산안", true, 50000, Noun},
		{"Korean verb stem", g.Korean, "나오", true, 5000, Verb},
		{"Korean counter", g.Korean, "줄", true, 50000, Bound},
		{"Korean inflected verb", g.Korean, "나온", true, 50000, Verb},
		{"Korean ending", g.Korean, "는데", true, 50000, Ending},
		{"Korean coinage", g.Korean, "초격차", false, 0, 0},
		{"Korean proper noun only", g.Korean, "블랙웰", false, 0, 0},
		{"English chat word", g.English, "tomorrow", true, 1000, 0},
		{"English capitalised", g.English, "Exactly", true, 1000, 0},
		{"English term of art", g.English, "hbm3e", false, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.lookup(tc.word)
			if ok != tc.wantOK {
				t.Fatalf("%q: found %v, want %v", tc.word, ok, tc.wantOK)
			}
			if !ok {
				return
			}
			if got.Rank > tc.maxRank {
				t.Errorf("%q: rank %d, want at most %d", tc.word, got.Rank, tc.maxRank)
			}
			if got.Class&tc.wantHas != tc.wantHas {
				t.Errorf("%q: class %b, want it to include %b", tc.word, got.Class, tc.wantHas)
			}
		})
	}
}

func TestParseRejectsBadLists(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		fmt.Fprint(w, s)
		w.Close()
		return b.Bytes()
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"not gzip", []byte("가격\t1\n")},
		{"empty", gz("# only a comment\n")},
		{"no value", gz("가격\n")},
		{"bad value", gz("가격\tmany\n")},
		{"out of order", gz("나\t1\n가\t2\n")},
		{"unknown class", gz("가\t1\tX\n")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := parse(tc.data); !errors.Is(err, ErrData) {
				t.Errorf("parse: got %v, want ErrData", err)
			}
		})
	}
	l, err := parse(gz("# header\n가\t5\tN\n나\t7\tBV"))
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := l.find("나"); !ok || got != (Word{7, Bound | Verb, Bound}) {
		t.Errorf("find 나 = %+v, %v; want rank 7, bound and verb", got, ok)
	}
	if _, ok := l.find("다"); ok {
		t.Error("find 다: found a word the list lacks")
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleGeneral_Korean() {
	g, err := Load()
	if err != nil {
		panic(err)
	}
	_, common := g.Korean("가격")
	_, coined := g.Korean("초격차")
	fmt.Println(common, coined)
	// Output: true false
}
