package search

import (
	"slices"
	"strings"
	"testing"
)

func TestTermSet(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, text string
		has, lacks []string
	}{
		{"words of the report", "반도체 예산", []string{"반도체", "예산"}, []string{"국방", ""}},
		{"words the report never uses", "zyxwvut qqqplk 반도체", []string{"zyxwvut", "qqqplk", "반도체"}, []string{"예산"}},
		{"no words", "", nil, []string{"반도체"}},
		// A name of several Latin words is the country it names, as the
		// question's reader takes it; its words alone name nothing.
		{"a country named in English words", "the United States emphasizes innovation", []string{"미국", "unit", "state"}, nil},
		{"a country named by initials", "U.S.-led supply chains", []string{"미국"}, nil},
		{"one word of a name", "the United Nations", nil, []string{"미국"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := x.wordsOf(tt.text)
			slices.Sort(words)
			words = slices.Compact(words)
			set := x.TermSet(tt.text)
			if got := slices.Sorted(set.All()); !slices.Equal(got, words) {
				t.Errorf("TermSet(%q).All() = %q, want %q", tt.text, got, words)
			}
			if got, want := set.Len(), len(words); got != want {
				t.Errorf("Len() = %d, want %d", got, want)
			}
			for _, w := range tt.has {
				if !set.Has(w) {
					t.Errorf("TermSet(%q).Has(%q) = false, want true", tt.text, w)
				}
			}
			for _, w := range tt.lacks {
				if set.Has(w) {
					t.Errorf("TermSet(%q).Has(%q) = true, want false", tt.text, w)
				}
			}
		})
	}
	if _, ok := x.dict.lookup("zyxwvut"); ok {
		t.Errorf("a question-time set numbered %q in the index's dict", "zyxwvut")
	}
}

// TestVocabCountsPassages checks the frozen table against the passages'
// own sets: a term's postings are exactly the passages that hold it in
// their text or cited footnotes, ascending.
func TestVocabCountsPassages(t *testing.T) {
	x := mustIndex(t)
	want := map[string][]int32{}
	for i, in := range x.info {
		for w := range in.terms.All() {
			want[w] = append(want[w], int32(i))
		}
		for w := range in.notes.All() {
			if !in.terms.Has(w) {
				want[w] = append(want[w], int32(i))
			}
		}
	}
	got := map[string][]int32{}
	for w := range x.vocab.Terms() {
		got[w] = x.vocab.Postings(w)
		if d := x.vocab.DF(w); d != len(got[w]) {
			t.Errorf("DF(%q) = %d, want %d", w, d, len(got[w]))
		}
	}
	if len(got) != len(want) {
		t.Errorf("Terms yields %d terms, want %d", len(got), len(want))
	}
	for w, ps := range want {
		if !slices.Equal(got[w], ps) {
			t.Errorf("Postings(%q) = %v, want %v", w, got[w], ps)
		}
	}
	for _, w := range []string{"zyxwvut", ""} {
		if d, ps := x.vocab.DF(w), x.vocab.Postings(w); d != 0 || ps != nil {
			t.Errorf("%q: DF %d, Postings %v, want 0 and none", w, d, ps)
		}
	}
	if !slices.IsSorted(slices.Collect(x.vocab.Terms())) {
		t.Error("the terms are not numbered in sorted order")
	}
	if x.vocab.GramDF("반도") == 0 {
		t.Errorf("GramDF(%q) = 0, want the passages that hold the bigram", "반도")
	}
}

func BenchmarkTermsHas(b *testing.B) {
	x := mustIndex(b)
	words := []string{"반도체", "예산", "zyxwvut", "hbm", "엔비디아", "정책"}
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range x.info {
			for _, w := range words {
				in.terms.Has(w)
			}
		}
	}
}

// TestEnglishProseHoldsItsKorean checks that a passage of the report's
// English prose holds the Korean terms its glossary phrases stand for, so
// that a Korean question covers it as an English one does, and that a
// reference entry's English title does not: it is a name.
func TestEnglishProseHoldsItsKorean(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, kind, has, term string
		want                  bool
	}{
		{"the English summary", "summary-en", "innovation and regulation", "혁신", true},
		{"a reference's English title", "refs", "Applied Sciences", "신청", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for id, p := range x.doc.Passages {
				if p.Section != tt.kind || !strings.Contains(p.Text, tt.has) {
					continue
				}
				if got := x.info[id].terms.Has(tt.term); got != tt.want {
					t.Errorf("passage %d (%s) holds %q: %v, want %v", id, tt.kind, tt.term, got, tt.want)
				}
				return
			}
			t.Fatalf("no %s passage holds %q", tt.kind, tt.has)
		})
	}
}

// TestNameSpellingIsOneWord checks that a Korean spelling of a Latin name
// is read whole, alone and typed against the words after it: its last
// syllable is no particle, so the name is keyed by the whole spelling and
// a question's line names it as typed.
func TestNameSpellingIsOneWord(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, text, want string
	}{
		{"a name ending in 이", "제미나이", "제미나이"},
		{"a name ending in 디", "가우디", "가우디"},
		{"a name opening with a frame word", "그레이스", "그레이스"},
		{"typed against the next word", "제미나이모델", "제미나이"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := x.an.Tokens(tt.text)
			if len(toks) == 0 || len(toks[0].Terms) == 0 || toks[0].Terms[0] != tt.want {
				t.Fatalf("Tokens(%q) = %+v, want first term %q", tt.text, toks, tt.want)
			}
			if got := x.names[tt.want]; len(got) == 0 {
				t.Errorf("names[%q] = %v, want the name's Latin spelling", tt.want, got)
			}
		})
	}
}

// TestWordsOf: wordsOf reads the words termsOf reads, and termsOf alone
// the syllable pairs of a Korean word.
func TestWordsOf(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, text string
		grams      bool
	}{
		{"Korean words", "반도체 예산 자립화율", true},
		{"English words and a name", "the United States emphasizes innovation", false},
		{"no words", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, grams := x.termsOf(tt.text)
			if got := x.wordsOf(tt.text); !slices.Equal(got, words) {
				t.Errorf("wordsOf(%q) = %q, want termsOf's %q", tt.text, got, words)
			}
			if got := len(grams) > 0; got != tt.grams {
				t.Errorf("termsOf(%q) grams = %q, want some: %v", tt.text, grams, tt.grams)
			}
		})
	}
}

// TestCommon checks the numbers two sorted sets share, as shared counts
// them and overlap weighs them, and that a caller may stop early.
func TestCommon(t *testing.T) {
	tests := []struct {
		name string
		a, b []uint32
		want []uint32
	}{
		{"none", []uint32{1, 3}, []uint32{2, 4}, nil},
		{"some", []uint32{1, 2, 5, 9}, []uint32{2, 3, 9}, []uint32{2, 9}},
		{"the same", []uint32{4, 7}, []uint32{4, 7}, []uint32{4, 7}},
		{"one empty", nil, []uint32{1}, nil},
		{"one ends first", []uint32{1, 2}, []uint32{2, 3, 4}, []uint32{2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := slices.Collect(common(tt.a, tt.b)); !slices.Equal(got, tt.want) {
				t.Errorf("common(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got, want := (Terms{ids: tt.a}).shared(Terms{ids: tt.b}), len(tt.want); got != want {
				t.Errorf("shared = %d, want %d", got, want)
			}
			for range common(tt.a, tt.b) {
				break // stopping must not panic
			}
		})
	}
}
