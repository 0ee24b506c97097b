package search

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestHeaviestMissingNamesSomething checks that the word a reply covering
// too little is hedged on is the heaviest one of at least the specificity
// asked: an everyday word the passage lacks, however heavy, is passed over
// for a lighter one that names something, and with none such, nothing is
// named.
func TestHeaviestMissingNamesSomething(t *testing.T) {
	x := mustIndex(t)
	everyday := question.Concept{Surface: "everyday", Terms: []string{"zzqxeveryday"}, Weight: 3, Spec: 0.3}
	name := question.Concept{Surface: "Name", Terms: []string{"zzqxname"}, Weight: 1, Spec: 1}
	tests := []struct {
		name     string
		concepts []question.Concept
		minSpec  float64
		want     []string
	}{
		{"no floor: the heaviest", []question.Concept{everyday, name}, 0, []string{"everyday"}},
		{"a floor passes over the everyday word", []question.Concept{everyday, name}, 0.5, []string{"Name"}},
		{"only everyday words: none", []question.Concept{everyday}, 0.5, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.HeaviestMissing(question.Query{Concepts: tt.concepts}, []int{0}, tt.minSpec)
			if !slices.Equal(got, tt.want) {
				t.Errorf("HeaviestMissing(minSpec %.2f) = %v, want %v", tt.minSpec, got, tt.want)
			}
		})
	}
}

// TestMissingLeavesAsides checks that a word typed only in a sentence that
// a full stop ends, beside a sentence that asks, is the asker's context and
// is never named as missing, nor is one of an English run left open after
// the question mark (a remark), nor one of a Korean run left open that
// ends as a clause of purpose or reason or a noun of use does; a word of
// the asking sentence, of another Korean run left open (a second question
// without its mark, or one naming a figure) or of a question with no
// question mark still is, and a decimal point or an abbreviation's stop
// ends no sentence.
func TestMissingLeavesAsides(t *testing.T) {
	x := mustIndex(t)
	word := question.Concept{Surface: "Zzqxword", Terms: []string{"zzqxword"}, Weight: 1, Spec: 1, Must: true}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"context after the question", "Which year was it signed? I need Zzqxword for a slide.", nil},
		{"context before the question", "저희 Zzqxword 자료를 쓰고 있습니다. 발행일이 언제인가요?", nil},
		{"in the asking sentence", "Which Zzqxword was signed? I need it for a slide.", []string{"Zzqxword"}},
		{"in both", "Zzqxword is mentioned. Which Zzqxword was signed?", []string{"Zzqxword"}},
		{"an English run left open", "Which items are listed? need Zzqxword for a slide", nil},
		{"a Korean run left open", "목록이 나와 있나요? Zzqxword 포함인지", []string{"Zzqxword"}},
		{"a Korean remark of purpose", "목록이 나와 있나요? Zzqxword 표에 넣으려고요", nil},
		{"a Korean remark of reason", "목록이 나와 있나요? Zzqxword 자료 만드는 중이라서요ㅎㅎ", nil},
		{"a Korean remark of use", "목록이 나와 있나요? Zzqxword 정리용", nil},
		{"a Korean remark with a figure", "목록이 나와 있나요? Zzqxword 2030으로 넣으려고", []string{"Zzqxword"}},
		{"a Korean run with a question word", "목록이 나와 있나요? Zzqxword 몇 개인지 보려고", []string{"Zzqxword"}},
		{"a Korean run ending on a noun", "목록이 나와 있나요? Zzqxword 보고서", []string{"Zzqxword"}},
		{"no question mark", "Tell me the year. Zzqxword matters.", []string{"Zzqxword"}},
		{"a decimal point", "When is the 1.6 Zzqxword due?", []string{"Zzqxword"}},
		{"an abbreviation's stop", "Which Sec.Zzqxword is it?", []string{"Zzqxword"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The reader marks what is typed aside; Missing leaves it out.
			w := word
			read := x.Analyse(question.Plain(tt.text)).Concepts
			i := slices.IndexFunc(read, func(c question.Concept) bool { return strings.Contains(strings.ToLower(c.Surface), "zzqxword") })
			if i < 0 {
				t.Fatalf("the reader found no Zzqxword in %q: %v", tt.text, read)
			}
			w.Aside = read[i].Aside
			q := question.Query{Text: tt.text, Concepts: []question.Concept{w}}
			if got := x.Missing(q, []int{0}); !slices.Equal(got, tt.want) {
				t.Errorf("Missing(%q) = %v, want %v", tt.text, got, tt.want)
			}
			var heaviest []string
			if tt.want != nil {
				heaviest = []string{"Zzqxword"}
			}
			if got := x.HeaviestMissing(q, []int{0}, 0); !slices.Equal(got, heaviest) {
				t.Errorf("HeaviestMissing(%q) = %v, want %v", tt.text, got, heaviest)
			}
		})
	}
}

// TestHeldTogether checks the coverage of passages taken together: each
// word counts where one of them holds it whole, a constraint none holds
// costs MissingMust, and parts of a word found across passages count
// nothing.
func TestHeldTogether(t *testing.T) {
	x := mustIndex(t)
	ca, cb, pa, pb := twoApart(t, x)
	a, b := ca.Terms[0], cb.Terms[0]
	absent := question.Concept{Surface: "zzqx", Terms: []string{"zzqxabsent"}, Weight: 2, Spec: 1}
	must := absent
	must.Must = true
	parts := question.Concept{Surface: "ab", Terms: []string{"zzqxab"}, Parts: []string{a, b}, Weight: 2, Spec: 1}
	mm := x.Params().MissingMust
	tests := []struct {
		name     string
		concepts []question.Concept
		ids      []int
		want     float64
	}{
		{"one passage, one word of two", []question.Concept{ca, cb}, []int{pa}, 0.5},
		{"two passages, a word each", []question.Concept{ca, cb}, []int{pa, pb}, 1},
		{"a word none holds", []question.Concept{ca, cb, absent}, []int{pa, pb}, 0.5},
		{"a constraint none holds", []question.Concept{ca, cb, must}, []int{pa, pb}, 0.5 * mm},
		{"parts across passages count nothing", []question.Concept{ca, cb, parts}, []int{pa, pb}, 0.5},
		{"no passages", []question.Concept{ca}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.HeldTogether(question.Query{Concepts: tt.concepts}, tt.ids)
			if math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("HeldTogether = %.3f, want %.3f", got, tt.want)
			}
		})
	}
}

// TestDoubted checks what a reply that must hedge names: the words none of
// its passages holds that matter (Missing), and where there are none, the
// heaviest word its first passage lacks, even one held by a later passage
// or too plain for Missing; nothing where the first passage holds every
// word, or where there is no passage.
func TestDoubted(t *testing.T) {
	x := mustIndex(t)
	ca, cb, pa, pb := twoApart(t, x)
	everyday := question.Concept{Surface: "everyday", Terms: []string{"zzqxeveryday"}, Weight: 3, Spec: 0.3}
	must := question.Concept{Surface: "Zzqxname", Terms: []string{"zzqxname"}, Weight: 1, Spec: 1, Must: true}
	tests := []struct {
		name     string
		concepts []question.Concept
		ids      []int
		want     []string
	}{
		{"a word that matters none holds", []question.Concept{ca, everyday, must}, []int{pa}, []string{"Zzqxname"}},
		{"only a plain word lacked: the heaviest", []question.Concept{ca, everyday}, []int{pa}, []string{"everyday"}},
		{"held by a later passage only: the first's gap", []question.Concept{ca, cb}, []int{pa, pb}, []string{"b"}},
		{"the first holds every word", []question.Concept{ca}, []int{pa, pb}, nil},
		{"no passage", []question.Concept{everyday}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.Doubted(question.Query{Concepts: tt.concepts}, tt.ids); !slices.Equal(got, tt.want) {
				t.Errorf("Doubted = %v, want %v", got, tt.want)
			}
		})
	}
}

// twoApart gives two words of the report, "a" (TSMC) and "b" (프랑스), of
// weight 1 each, and a passage holding each without the other.
func twoApart(t *testing.T, x *Index) (ca, cb question.Concept, pa, pb int) {
	t.Helper()
	term := func(w string) string { return x.Tokens(w)[0].Terms[0] }
	ps := x.Passages()
	ca = question.Concept{Surface: "a", Terms: []string{term("TSMC")}, Weight: 1, Spec: 1}
	cb = question.Concept{Surface: "b", Terms: []string{term("프랑스")}, Weight: 1, Spec: 1}
	only := func(has, lacks question.Concept) int {
		for id := range x.Document().Passages {
			if ps.Matches(has, id) && !ps.Matches(lacks, id) && !ps.MatchesNotes(lacks, id) {
				return id
			}
		}
		t.Fatalf("no passage holds %v without %v", has.Terms, lacks.Terms)
		return -1
	}
	return ca, cb, only(ca, cb), only(cb, ca)
}

// TestUnknownAsk checks that where the report prints none of the Korean
// words the asker typed, the heaviest of them is what the results do not
// hold, however well they hold the words a follow-up carried; and that a
// typed word the report prints, an English one, or one no word list holds
// leaves the ask unknown to no one.
func TestUnknownAsk(t *testing.T) {
	x := mustIndex(t)
	carried := question.Concept{Surface: "ISBN", Terms: []string{"isbn"}, Weight: 5, Spec: 1, DF: 1, Carried: true}
	hiring := question.Concept{Surface: "쿼쿼채용", Terms: []string{"쿼쿼채용"}, Weight: 1, Spec: 0.48, Listed: true}
	lately := question.Concept{Surface: "쿼쿼요즘", Terms: []string{"쿼쿼요즘"}, Weight: 0.5, Spec: 0.37, Listed: true}
	verb := question.Concept{Surface: "쿼쿼뽑냐", Terms: []string{"쿼쿼뽑냐"}, Weight: 2, Spec: 0.45, Listed: true, Verbal: true}
	known := question.Concept{Surface: "반도체", Terms: []string{"반도체"}, Weight: 1, Spec: 0.6, DF: 40, Listed: true}
	english := question.Concept{Surface: "zzqxhire", Terms: []string{"zzqxhire"}, Weight: 1, Spec: 0.5, Listed: true}
	unlisted := question.Concept{Surface: "쿼쿼뭐냐", Terms: []string{"쿼쿼뭐냐"}, Weight: 1, Spec: 0.7}
	tests := []struct {
		name     string
		concepts []question.Concept
		want     string
		wantOK   bool
	}{
		{"every typed word unknown: the heaviest noun", []question.Concept{carried, lately, hiring, verb}, "쿼쿼채용", true},
		{"a typed word the report prints", []question.Concept{carried, hiring, known}, "", false},
		{"an English typed word", []question.Concept{carried, hiring, english}, "", false},
		{"a typed word no list holds", []question.Concept{carried, hiring, unlisted}, "", false},
		{"only a verb typed: nothing to name", []question.Concept{carried, verb}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := x.UnknownAsk(question.Query{Concepts: tt.concepts}, []int{0})
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("UnknownAsk = %q, %v, want %q, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// TestMissingLeavesGuesses checks that a word the report never uses that
// the segmenter only guessed at (question.Concept.Guess: another cut of
// the run parts it nearly as well) is never named as missing, however it
// is asked about, while the same word typed as a word of its own is.
func TestMissingLeavesGuesses(t *testing.T) {
	x := mustIndex(t)
	word := question.Concept{Surface: "즈크븍", Terms: []string{"즈크븍"}, Weight: 1, Spec: 1, Must: true}
	guessed := word
	guessed.Guess = true
	tests := []struct {
		name string
		c    question.Concept
		want []string
	}{
		{"typed as a word", word, []string{"즈크븍"}},
		{"guessed by the cut", guessed, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.Missing(question.Query{Concepts: []question.Concept{tt.c}}, []int{0})
			if !slices.Equal(got, tt.want) {
				t.Errorf("Missing = %v, want %v", got, tt.want)
			}
		})
	}
}
