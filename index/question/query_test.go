package question_test

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// TestReadingTheAsk checks how a question's ask is read: which word it asks
// about, whether that word must be in the answer, and whether the question
// asks what something means. The questions are made up for the test.
func TestReadingTheAsk(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name       string
		q          string
		word       string // the concept's surface
		ask, must  bool
		wantDefine bool
	}{
		{"a detail the report never gives, asked by a topic ending", "인텔 2024년 영업이익률은?", "영업이익률은", true, true, false},
		{"a detail the report never gives, asked with a question word", "엔비디아 시가총액 얼마야?", "시가총액", true, true, false},
		{"a verb of purpose is neither asked about nor required", "인텔은 전력 줄이려고 뭐 해?", "줄이려고", false, false, false},
		{"a verb of what one saw is not required", "보고서에 HBM 얘기 있던데 뭐라고 했어?", "던데", true, false, false},
		{"a word the report uses, asked by a topic ending", "삼성전자 HBM 양산 계획은?", "계획은", true, false, false},
		{"what is X, in Korean", "PIM이 뭐야?", "PIM", false, true, true},
		{"what is X, in English", "What is HBM?", "HBM", false, true, true},
		{"what is X's detail is no definition, and X is asked about", "What is the share of EU chip production in 2030?", "share", true, false, false},
		{"a capital opening a Korean question is a name", "Zorblax 반도체 전략 알려줘", "Zorblax", false, true, false},
		{"a capital opening an English question is not", "Zorblax chips and Korea's HBM", "Zorblax", false, false, false},
		// 누가 is 누구 with the subject's particle: the title before it is
		// what is asked, a detail the report never gives.
		{"a title asked with 누가", "양자전략위원회 사무총장은 누가 맡아?", "사무총장은", true, true, false},
		{"a title asked with 누구", "양자전략위원회 사무총장은 누구야?", "사무총장은", true, true, false},
		// 누군지 is 누구 with the copula's ㄴ fused on ("who it is").
		{"a title asked with 누군지", "양자전략위원회 사무총장 누군지 알아?", "사무총장", true, true, false},
		// A noun after 어떤 with the particle of means says how the answer
		// goes (a way, a form), not what it is about; without the
		// particle it is the thing asked for.
		{"a way asked with 어떤 … 으로, never used by the report", "일본 반도체 인력은 어떤 식으로 키워?", "식으로", false, false, false},
		{"a way asked with 어떤 … 으로, used by the report", "일본 반도체 인력은 어떤 방식으로 키워?", "방식으로", false, false, false},
		{"a form asked with 어떤 … 로", "일본은 어떤 형태로 지원해?", "형태로", false, false, false},
		{"the noun after 어떤 without the particle is asked about", "일본은 어떤 형태의 지원을 해?", "형태의", true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			if q.Define != tt.wantDefine {
				t.Errorf("Analyse(%q).Define = %v, want %v", tt.q, q.Define, tt.wantDefine)
			}
			if c := conceptOf(t, x, tt.q, tt.word); c.Ask != tt.ask || c.Must != tt.must {
				t.Errorf("Analyse(%q): %q ask=%v must=%v, want ask=%v must=%v", tt.q, c.Surface, c.Ask, c.Must, tt.ask, tt.must)
			}
		})
	}
}

// TestOriginAsksMeaning checks that a question for where a term comes from
// is read as one for what it means: the report tells a term's origin where
// it defines it. A word for something's original state is no such
// question. The questions are made up for the test.
func TestOriginAsksMeaning(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q string
		want    bool
	}{
		{"Korean, the origin of a word", "가치사슬이라는 말의 유래가 뭐야?", true},
		{"Korean, the word came from", "가치사슬은 어디서 나온 말이야?", true},
		{"English, the origin of a term", "What is the origin of the term value chain?", true},
		{"English, a term originated", "Where has the term value chain originated?", true},
		{"English, the original target is no definition", "What was the original target for HBM output?", false},
		{"Korean, a figure's source is no definition", "HBM 수치는 어디서 나온 거야?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.Analyse(question.Plain(tt.q)).Define; got != tt.want {
				t.Errorf("Analyse(%q).Define = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

// TestNameAskIsNoDefinition checks that "what is the name" asks for a
// name, not for what a term means, while "what is X" still asks what X
// is. The questions are made up for the test.
func TestNameAskIsNoDefinition(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q string
		want    bool
	}{
		{"Korean, a term asked what it is", "초격차가 뭐야?", true},
		{"Korean, the name asked", "삼성 AI 칩 이름이 뭐야?", false},
		{"Korean, the code name asked", "그 프로젝트 코드명은 무엇인가요?", false},
		{"English, a term asked what it is", "What is HBM?", true},
		{"English, its name asked", "what's its name?", false},
		{"English, the code name asked", "What is the code name?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.Analyse(question.Plain(tt.q)).Define; got != tt.want {
				t.Errorf("Analyse(%q).Define = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

// TestDetailIsTheAskersOwnNoun checks which words a question asks about
// may be the asker's own name for what a passage states: a Korean noun the
// report never uses, and no name, code or word the report uses.
func TestDetailIsTheAskersOwnNoun(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, word string
		want          bool
	}{
		{"an unknown noun asked about", "엔비디아 시가총액 얼마야?", "시가총액", true},
		{"an unknown noun asked by a topic ending", "엔비디아 Blackwell 판매가는?", "판매가는", true},
		{"a word the report uses", "삼성전자 HBM 양산 계획은?", "계획은", false},
		{"a name the report never uses", "Zorblax 반도체 전략 알려줘", "Zorblax", false},
		{"an unknown noun not asked about", "엔비디아 소비 전력은?", "소비", false},
		// A question whether the report gives something asks for the
		// nouns that end it.
		{"an unknown noun asked whether given", "엔비디아 Blackwell 수율도 나와 있어?", "수율도", true},
		{"an unknown noun before the last verb", "수율 높인 엔비디아 Blackwell 계획도 있어?", "수율", false},
		{"can, not whether", "엔비디아 수율 자료 볼 수 있어?", "수율", false},
		{"a question word asks what, not whether", "엔비디아 수율 목표치 어디 나와 있어?", "수율", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := conceptOf(t, x, tt.q, tt.word).Detail; got != tt.want {
				t.Errorf("Analyse(%q): %q Detail = %v, want %v", tt.q, tt.word, got, tt.want)
			}
		})
	}
}

// TestAsksWhetherGiven checks which questions ask whether the report
// gives something (Query.Whether): one that ends so, unless a question
// word asks what it asks. Who with the copula fused on (누군지, "who it
// is") makes a clause of its own, which the verb asks whether the report
// gives; so does the indefinite 누군가 ("someone").
func TestAsksWhetherGiven(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q string
		want    bool
	}{
		{"a noun asked whether given", "엔비디아 Blackwell 수율도 나와 있어?", true},
		{"a question word asks where", "엔비디아 수율 목표치 어디 나와 있어?", false},
		{"who with the copula, asked whether given", "일본 보조금 담당 장관 누군지 나와 있어?", true},
		{"the indefinite someone", "일본 보조금 담당자 누군가 있어?", true},
		{"who as the subject asks who", "일본 보조금 누가 받았는지 나와 있어?", false},
		{"no question of whether", "일본 보조금 규모는?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.Analyse(question.Plain(tt.q)).Whether; got != tt.want {
				t.Errorf("Analyse(%q).Whether = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

// TestHasTerm checks that a concept has a term whatever its case, and that
// an empty word (a report with no publisher) is no concept's term.
func TestHasTerm(t *testing.T) {
	terms := []string{"stepi", "연구원"}
	tests := []struct {
		name  string
		terms []string
		w     string
		want  bool
	}{
		{"the term as stored", terms, "stepi", true},
		{"the term in capitals", terms, "STEPI", true},
		{"a Korean term", terms, "연구원", true},
		{"a term's prefix is not the term", terms, "step", false},
		{"an empty word, even against an empty term", []string{""}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (question.Concept{Terms: tt.terms}).HasTerm(tt.w); got != tt.want {
				t.Errorf("HasTerm(%q) of %q = %v, want %v", tt.w, tt.terms, got, tt.want)
			}
		})
	}
}

func TestWordBuiltOnTheReportsNoun(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, word string
		wantBase      string
		wantMust      bool
	}{
		// a noun of the report's with a suffix of nouns typed after it
		// asks of what the report discusses
		{"the report's noun split by a suffix", "등급별로는 어떻게 구분돼?", "등급별로는", "등급", false},
		// asked for a figure, it names a measure the report may not give
		{"a measure asked for a figure", "TSMC 애리조나 공장 투자액 얼마?", "투자액", "", true},
		{"no noun of the report's", "엔비디아 시가총액 어떻게 돼?", "시가총액", "", true},
		{"a word the report uses", "삼성전자 HBM 양산 계획은?", "계획은", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conceptOf(t, x, tt.q, tt.word)
			if got := c.Base; got != tt.wantBase {
				t.Errorf("Analyse(%q): %q Base = %q, want %q", tt.q, tt.word, got, tt.wantBase)
			}
			if got := c.Must; got != tt.wantMust {
				t.Errorf("Analyse(%q): %q Must = %v, want %v", tt.q, tt.word, got, tt.wantMust)
			}
		})
	}
}

// conceptOf is the concept of q whose surface is word.
func conceptOf(t *testing.T, x *search.Index, q, word string) question.Concept {
	t.Helper()
	a := x.Analyse(question.Plain(q))
	for _, c := range a.Concepts {
		if c.Surface == word {
			return c
		}
	}
	t.Fatalf("Analyse(%q) has no concept %q: %+v", q, word, a.Concepts)
	return question.Concept{}
}

// TestPlainEnglishWeighsLikeAnUnknownOne checks that an English word the
// glossary cannot carry into Korean weighs no more than one the report never
// uses of the same specificity, however rare it is in the report's few
// English passages.
func TestPlainEnglishWeighsLikeAnUnknownOne(t *testing.T) {
	x := mustIndex(t)
	q := x.Analyse(question.Plain("which big players does the summary name"))
	found := false
	for _, c := range q.Concepts {
		if c.Surface == "big" {
			found = true
			if c.DF == 0 {
				t.Fatalf("%q: want a word the report uses, got DF 0", c.Surface)
			}
			limit := question.UnknownWeight(x.Reader, c.Spec)
			if c.Weight > limit+1e-9 {
				t.Errorf("weight of %q = %.2f, want at most %.2f", c.Surface, c.Weight, limit)
			}
		}
	}
	if !found {
		t.Fatalf("no concept \"big\" in %+v", q.Concepts)
	}
}

// TestTypoThatLooksLikeAParticle checks that a word whose last syllable is
// mistyped as a particle is corrected as typed.
func TestTypoThatLooksLikeAParticle(t *testing.T) {
	x := mustIndex(t)
	q := x.Analyse(question.Plain("러시야 반도체 정책"))
	for _, c := range q.Concepts {
		if c.Surface == "러시야" {
			if !c.Corrected || len(c.Terms) == 0 || c.Terms[0] != "러시아" {
				t.Errorf("러시야: corrected=%v terms=%v, want corrected to 러시아", c.Corrected, c.Terms)
			}
			return
		}
	}
	t.Fatalf("no concept 러시야 in %+v", q.Concepts)
}

// TestShortenedCompound checks that a word the report never uses, a noun
// and a suffix where the report writes the noun grown by a syllable before
// the suffix, is read as the report's word, and that a word of Korean at
// large or one ending in a noun of its own is not.
func TestShortenedCompound(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, surface, want string
		corrected              bool
	}{
		{"a rate typed without its inner syllable", "중국 자립률 수준", "자립률", "자립화율", true},
		{"the same rate written with 율", "중국 자립율 수준", "자립율", "자립화율", true},
		{"a word of Korean at large means itself", "공장 생산량 수준", "생산량", "생산량", false},
		{"a last syllable that is a noun of its own", "대만 지원책 종류", "지원책", "지원책", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conceptOf(t, x, tt.q, tt.surface)
			if got := c.Terms; len(got) == 0 || got[0] != tt.want || c.Corrected != tt.corrected {
				t.Errorf("%q: terms %q corrected %v, want %q corrected %v", tt.surface, got, c.Corrected, tt.want, tt.corrected)
			}
		})
	}
}

// TestNameTypedInLowerCase checks that a name the report prints in
// capitals, typed in lower case, is read as the report's term and not as
// the stem of an English word that the report never uses.
func TestNameTypedInLowerCase(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, surface, want string
	}{
		{"a packaging name ending in s", "tsmc cowos 도입 시기", "cowos", "cowos"},
		{"the same name in its capitals", "TSMC CoWoS 도입 시기", "CoWoS", "cowos"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conceptOf(t, x, tt.q, tt.surface)
			if len(c.Terms) == 0 || c.Terms[0] != tt.want || c.DF == 0 {
				t.Errorf("%q: terms %q df %d, want %q, a word the report uses", tt.surface, c.Terms, c.DF, tt.want)
			}
		})
	}
}

// TestNameTypedAsAName checks that a word typed with a capital after a
// small letter is read as the name it is, not as the everyday word of the
// same letters, while the same letters typed plainly keep their sense.
func TestNameTypedAsAName(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, surface string
		translated       bool // whether the glossary's Korean terms are searched
	}{
		{"a product name", "GDDR6 AiM energy", "AiM", false},
		{"the everyday word", "what is the aim of the strategy", "aim", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conceptOf(t, x, tt.q, tt.surface)
			if got := slices.ContainsFunc(c.Terms, analysis.HasHangul); got != tt.translated {
				t.Errorf("%q terms %q: translated %v, want %v", tt.surface, c.Terms, got, tt.translated)
			}
		})
	}
}

// TestCapitalOpeningALaterSentence checks that a word capitalised because
// it opens a later sentence of an English question is no name, as the
// first word is none, while a capital inside a sentence still says name.
func TestCapitalOpeningALaterSentence(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, surface string
		want             bool // Name
	}{
		{"opens the second sentence", "how many fabs does the company run? Thx for checking", "Thx", false},
		{"after a full stop", "Which fabs are planned. Ty in advance", "Ty", false},
		{"inside a sentence", "how many fabs does Zorblax run?", "Zorblax", true},
		{"after a question mark inside a sentence", "fabs? and Zorblax plans", "Zorblax", true},
		{"opening the question, a name the report prints capitalised", "Gemini, how many parameters does it have?", "Gemini", true},
		{"opening the question, a word the report prints in lower case too", "Semiconductor fabs planned?", "Semiconductor", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := conceptOf(t, x, tt.q, tt.surface).Name; got != tt.want {
				t.Errorf("%q: Name %v, want %v", tt.surface, got, tt.want)
			}
		})
	}
}

// TestTwoSyllableWordAtACompoundsEnd checks that a word of two syllables
// the report never prints alone is searched inside the compounds it ends
// (the word they name), and not inside those it only begins.
func TestTwoSyllableWordAtACompoundsEnd(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, surface string
		want             []string // the concept's bigrams
	}{
		{"the end of compounds the report prints", "정부가 내놓은 대책 알려줘", "대책", []string{"대책"}},
		{"only the start of a longer word", "메모 정리해줘", "메모", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range x.Analyse(question.Plain(tt.q)).Concepts {
				if len(c.Terms) == 0 || c.Terms[0] != tt.surface {
					continue
				}
				if c.DF != 0 {
					t.Fatalf("%q is in the report (df %d); the case tests nothing", tt.surface, c.DF)
				}
				if !slices.Equal(c.Grams, tt.want) {
					t.Errorf("%q grams %q, want %q", tt.surface, c.Grams, tt.want)
				}
				return
			}
			t.Fatalf("no concept %q in %q", tt.surface, tt.q)
		})
	}
}

// TestACountIsNoYear checks that a question counting things wants a figure
// that counts, not a year or a date.
func TestACountIsNoYear(t *testing.T) {
	x := mustIndex(t)
	q := x.Analyse(question.Plain("연구원은 몇 명이야?"))
	if q.Expect == nil {
		t.Fatal("a count question expects no figure")
	}
	tests := []struct {
		line string
		want bool
	}{
		{"비영리 연구기관으로 설립('84년)", false},
		{"2024년 3월 공개", false},
		{"(장은현, 2024)", false},
		{"약 2,500여 기업이 참여", true},
		{"9대 기술혁신 과제를 제시", true},
		{"ISBN 978-89-6112-977-0 93300", true},
		// the digits of a name count nothing
		{"GPT-4와 같은 경쟁 모델", false},
		{"H100을 공개", false},
		{"H100 1만 개를 확보", true},
		{"3-5개 기업", true},
		{"연구자 3 명", true},
		{"약 1만 명이 참여", true},
		{"참여 인원(약 1만)", true},
		{"3 companies joined", true},
		{"3나라가 참여", true},
		// a share, a measure in a unit and a sum are figures of other
		// kinds: they count nothing
		{"투자비의 25%를 공제", false},
		{"투자비의 25 퍼센트를 공제", false},
		{"3nm 공정을 도입", false},
		{"3나노 공정을 도입", false},
		{"2030년까지 90제타바이트로 증가", false},
		{"527억 달러 규모의 지원", false},
		{"18억 5천만 유로가 투입", false},
		{"$39 billion in grants", false},
		{"3조원을 투입", false},
	}
	for _, tt := range tests {
		if got := q.Expect.MatchString(tt.line); got != tt.want {
			t.Errorf("count pattern on %q = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestACountIsInItsCounter checks that a question counting things in a
// counter that names their kind (몇 건, 몇 곳) wants a count in that
// counter, and one in a counter of anything (몇 개) any count.
func TestACountIsInItsCounter(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, line string
		want          bool
	}{
		{"cases by cases", "규제는 몇 건이야?", "규제가 25건으로 증가", true},
		{"cases by about so many", "규제는 몇 건이야?", "규제가 1만여 건", true},
		{"cases by a count of another thing", "규제는 몇 건이야?", "8개의 원칙을 제시", false},
		{"countries by countries", "몇 개국이 참여했어?", "27개국이 참여", true},
		{"countries by things", "몇 개국이 참여했어?", "4개 협의체가 참여", false},
		{"sites by sites", "공장은 몇 곳이야?", "11곳 중 9곳", true},
		{"things by any count", "원칙은 몇 개야?", "9대 원칙", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			if q.Expect == nil {
				t.Fatalf("%q expects no figure", tt.q)
			}
			if got := q.Expect.MatchString(tt.line); got != tt.want {
				t.Errorf("expectation of %q on %q = %v, want %v", tt.q, tt.line, got, tt.want)
			}
		})
	}
}

// TestDFAnyCountsDistinctPassages checks the merge against a count of the
// distinct passages, on terms of the report that share passages.
func TestDFAnyCountsDistinctPassages(t *testing.T) {
	x := mustIndex(t)
	for _, terms := range [][]string{{"반도체", "ai"}, {"미국", "중국", "일본"}, {"hbm", "삼성전자"}, {"반도체"}, {"없는말xyz", "반도체"}} {
		seen := map[int32]bool{}
		for _, t := range terms {
			for _, id := range question.Postings(x.Reader, t) {
				seen[id] = true
			}
		}
		got := question.DFAny(x.Reader, terms)
		if got != len(seen) || got == 0 {
			t.Errorf("dfAny(%v) = %d, want %d (and more than 0)", terms, got, len(seen))
		}
	}
}

// TestSpecificityOfAWordNoListHolds checks that a Korean word neither the
// report nor the dictionary has is weighed as chatter may be, below what
// makes a missing word matter, as an English word no list holds is, and so
// is a dictionary noun with a one-syllable noun or suffix after it, which is
// the asker's context ("미팅때") as often as a term; a word the report uses
// that no dictionary has stays fully specific.
func TestSpecificityOfAWordNoListHolds(t *testing.T) {
	x := mustIndex(t)
	p := x.Params()
	tests := []struct {
		name, q, word string
		want          float64
	}{
		{"a coinage of the report's own", "초격차 전략 알려줘", "초격차", 1},
		{"a word neither the report nor the dictionary has", "뿌잉뿌잉 반도체 전략 알려줘", "뿌잉뿌잉", p.SpecUnknownKorean},
		{"a noun and a one-syllable noun after it", "미국 에너지부 반도체 전략 알려줘", "에너지부", p.SpecUnknownKorean},
		{"a noun and a suffix after it", "미팅때 쓸 반도체 전략 알려줘", "미팅때", p.SpecUnknownKorean},
		{"an English word no list holds", "zxqv chip strategy", "zxqv", p.SpecUnknownEnglish},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := conceptOf(t, x, tt.q, tt.word).Spec; got != tt.want {
				t.Errorf("Analyse(%q): spec of %q = %.2f, want %.2f", tt.q, tt.word, got, tt.want)
			}
		})
	}
	if p.SpecUnknownKorean >= p.MissingSpec {
		t.Errorf("SpecUnknownKorean %.2f, want below MissingSpec %.2f: such a word alone should not hedge", p.SpecUnknownKorean, p.MissingSpec)
	}
}

// TestLoneLetterIsNoWordOfTheReport checks that one small Latin letter
// typed as a word (chat's "r" for are) is read as a word the report never
// uses, though the report prints the letter (an author's initial in its
// references), so that it matches no passage; a capital letter, a name's
// initial, keeps what the report holds. The questions are made up.
func TestLoneLetterIsNoWordOfTheReport(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, word string
		wantDF        bool
	}{
		{"a small letter for a word", "hey, what r the main strategies for memory chips?", "r", false},
		{"a capital letter", "which papers does R. Kulkarni co-author?", "R", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conceptOf(t, x, tt.q, tt.word)
			if got := c.DF > 0; got != tt.wantDF {
				t.Errorf("Analyse(%q): %q used by the report = %v, want %v", tt.q, tt.word, got, tt.wantDF)
			}
			// a word the report never uses matches no line of it either
			if got := len(c.Terms) > 0; got != tt.wantDF {
				t.Errorf("Analyse(%q): %q searched as %v, want terms %v", tt.q, tt.word, c.Terms, tt.wantDF)
			}
		})
	}
}

// TestClauseTailIsChat checks that a bound noun with an ending or the
// copula typed on, standing apart from the verb whose clause it closes, is
// no more specific than its ending, below what hedges a reply on its own,
// while the noun such a word can also be keeps its rank elsewhere. The
// sentences are made up for the test.
func TestClauseTailIsChat(t *testing.T) {
	x := mustIndex(t)
	p := x.Params()
	tests := []struct {
		name, q, word string
	}{
		{"a bound noun and the copula", "반도체 어떻게 만드는 거임", "거임"},
		{"a bound noun and an ending the list also has as a noun", "그 말 누가 한 거지", "거지"},
		{"a bound noun and a particle", "정부가 고민할 점을 알려줘", "점을"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := conceptOf(t, x, tt.q, tt.word).Spec; got >= p.HedgeSpec {
				t.Errorf("Analyse(%q): spec of %q = %.2f, want below HedgeSpec %.2f", tt.q, tt.word, got, p.HedgeSpec)
			}
		})
	}
}

// TestListedWords checks which words count as words of the language at
// large (a general list holds them): an everyday noun or an English word
// is; a name, a code, chat no list holds, and a noun with a suffix whose
// noun the report uses are not, since they may be the report's own subject
// typed another way.
func TestListedWords(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, word string
		want          bool
	}{
		{"an everyday Korean noun", "구내식당 메뉴 알려줘", "메뉴", true},
		{"an everyday English word", "what is on the lunch menu", "lunch", true},
		{"a word no list holds", "뿌잉뿌잉 반도체 전략 알려줘", "뿌잉뿌잉", false},
		{"a code", "B200 출시일", "B200", false},
		{"a noun the report uses with a suffix", "기관별 예산 알려줘", "기관별", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := conceptOf(t, x, tt.q, tt.word).Listed; got != tt.want {
				t.Errorf("Analyse(%q): Listed of %q = %v, want %v", tt.q, tt.word, got, tt.want)
			}
		})
	}
}

// TestUnitAfterHowMany checks the unit a question names after 몇: a counter
// or noun is one, the particles of "몇으로" or "몇이나" are none, so that no
// line is asked to hold a figure in "으", nor is a frame word ("몇 정도").
func TestUnitAfterHowMany(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		q, want string
	}{
		{"적층은 몇 단이야?", "단"},
		{"공정은 몇 나노야?", "nm"},
		// a unit spelled out whose syllables read as endings too (나, 노)
		{"공정은 몇 나노를 목표로 해?", "nm"},
		{"연구원은 몇 명이야?", ""},
		{"중국은 몇으로 나와?", ""},
		{"지수가 몇이나 돼?", ""},
		{"과제가 몇 개야?", ""},
		// a frame word there asks about how much, naming no unit (정 of 정도)
		{"격차는 몇 정도라고 돼 있어?", ""},
		{"격차는 몇정도야?", ""},
		// a date asked by its parts is asked to the finest of them
		{"그 칩은 몇 년 몇 월에 나왔어?", "월"},
		{"그 칩은 몇 월에 나왔어?", "월"},
		{"그 칩은 몇 년에 나왔어?", "년"},
	}
	for _, tt := range tests {
		if got := x.Analyse(question.Plain(tt.q)).Unit; got != tt.want {
			t.Errorf("unit of %q = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestDatePartAfterHowManyIsNoWord checks that the part of a date typed
// after 몇 ("몇 월에") is the kind of figure asked, as "몇 년" is, and no
// word the report must print: the report glues it to its digits ("9월").
func TestDatePartAfterHowManyIsNoWord(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, word string
	}{
		{"a month with a particle", "그 칩은 몇 월에 나왔어?", "월에"},
		{"a month after the year", "그 칩은 몇 년 몇 월에 나왔어?", "월에"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			if !q.When {
				t.Errorf("%q: asks no date", tt.q)
			}
			for _, c := range q.Concepts {
				if c.Surface == tt.word {
					t.Errorf("%q: %q is a concept (must %v)", tt.q, tt.word, c.Must)
				}
			}
		})
	}
}

// TestUnitInARunTypedWithoutSpaces checks that the unit typed after 몇 in
// a question typed without spaces is the unit that opens the run, not the
// whole run: what follows it is the question's next words.
func TestUnitInARunTypedWithoutSpaces(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, unit, stated string
	}{
		{"a unit spelled out, then a verb", "반도체매출몇퍼센트를차지해?", "%", "매출의 12%를 차지"},
		{"a year, then the month asked too", "그칩은몇년몇월에나왔어?", "년", "2023년 5월 출시"},
		{"a unit said in Korean, then a verb", "공정은몇나노로만들어?", "nm", "3nm 공정"},
		{"a counter of things names no unit", "기업이몇곳이나있다고해?", "", "11곳"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			if q.Unit != tt.unit {
				t.Errorf("unit of %q = %q, want %q", tt.q, q.Unit, tt.unit)
			}
			if q.Expect == nil || !q.Expect.MatchString(tt.stated) {
				t.Errorf("%q: pattern %v does not match %q", tt.q, q.Expect, tt.stated)
			}
		})
	}
}

// TestFootnoteWordsAreTheReports checks that a word only a footnote uses,
// written apart there ("크로스 모달"), is the report's word when a question
// types it whole.
func TestFootnoteWordsAreTheReports(t *testing.T) {
	x := mustIndex(t)
	q := x.Analyse(question.Plain("크로스모달 모델의 예는?"))
	for _, c := range q.Concepts {
		if c.Surface == "크로스모달" && c.DF == 0 {
			t.Errorf("concept %q has DF 0: the footnote that writes it is not read", c.Surface)
		}
	}
}

// TestSpecificityOfAnInflectedWord checks that a word typed with a common
// particle or ending is as everyday as the word itself, below what makes a
// missing word matter, while a word that merely ends in a syllable that can
// be an ending (파운드리: 파운드 and 리) keeps the specificity of a term.
func TestSpecificityOfAnInflectedWord(t *testing.T) {
	x := mustIndex(t)
	p := x.Params()
	tests := []struct {
		name, q, word string
		wantEveryday  bool
	}{
		{"a verb with its ending", "자료 있으면 반도체 전략 알려줘", "있으면", true},
		{"a noun with its particle", "반도체 전략의 좋은 점을 알려줘", "점을", true},
		{"a loanword ending like an ending", "삼성 파운드리 전략 알려줘", "파운드리", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := conceptOf(t, x, tt.q, tt.word).Spec
			if got := spec < p.MissingSpec; got != tt.wantEveryday {
				t.Errorf("Analyse(%q): spec of %q = %.2f; below MissingSpec %.2f = %v, want %v", tt.q, tt.word, spec, p.MissingSpec, got, tt.wantEveryday)
			}
		})
	}
}

// TestSpecificityOfAFunctionWord checks that a word whose main use is a
// bound noun, an ending or a determiner of two syllables or more is an
// everyday word, whose specificity is at most FunctionSpec, however rare
// the dictionary ranks it; a one-syllable determiner, as often the cut-off
// head of a word typed without spaces, and a noun keep their own.
func TestSpecificityOfAFunctionWord(t *testing.T) {
	x := mustIndex(t)
	p := x.Params()
	tests := []struct {
		name, q, word string
		wantEveryday  bool
	}{
		{"a determiner of two syllables", "여러 국가의 반도체 전략은?", "여러", true},
		{"a bound noun", "반도체 전략 중 하나만 알려줘", "중", true},
		{"a bound noun after a noun", "미국 반도체 지원 외 다른 정책은?", "외", true},
		{"a one-syllable determiner", "각 나라 반도체 전략", "각", false},
		{"a noun", "반도체 전략 중 하나만 알려줘", "전략", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := conceptOf(t, x, tt.q, tt.word).Spec
			if got := spec <= p.FunctionSpec; got != tt.wantEveryday {
				t.Errorf("Analyse(%q): spec of %q = %.2f; at most FunctionSpec %.2f = %v, want %v", tt.q, tt.word, spec, p.FunctionSpec, got, tt.wantEveryday)
			}
		})
	}
}

// TestSpecificityOfACounter checks that a counter with a suffix of nouns
// typed on, which the general list lacks whole ("번째"), is as everyday as
// its counter, below what a hedge names, while a word whose first syllable
// the list has mainly otherwise ("기관별": 기 is mainly an ending) keeps
// the specificity of a word no list holds.
func TestSpecificityOfACounter(t *testing.T) {
	x := mustIndex(t)
	p := x.Params()
	tests := []struct {
		name, q, word string
		wantEveryday  bool
	}{
		{"an ordinal", "두 번째 전략은 영문 요약에서 뭐라고 해?", "번째", true},
		{"a noun with a suffix of nouns", "미국 예산 기관별로 알려줘", "기관별로", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := conceptOf(t, x, tt.q, tt.word).Spec
			if got := spec < p.HedgeSpec; got != tt.wantEveryday {
				t.Errorf("Analyse(%q): spec of %q = %.2f; below HedgeSpec %.2f = %v, want %v", tt.q, tt.word, spec, p.HedgeSpec, got, tt.wantEveryday)
			}
		})
	}
}

// TestWordsTypedTogetherKeepTheirParts checks that a word typed without
// the space the report puts between two of its words is read through those
// words, even where it is also a letter away from another word of the
// report and corrected to it.
func TestWordsTypedTogetherKeepTheirParts(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, word string
		parts         []string
	}{
		{"a term the report spaces, a letter from one it misspells", "AWS 엣지컴퓨팅 제품", "엣지컴퓨팅", []string{"엣지", "컴퓨팅"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range x.Analyse(question.Plain(tt.q)).Concepts {
				if c.Surface != tt.word {
					continue
				}
				for _, p := range tt.parts {
					if !slices.Contains(c.Parts, p) && !slices.Contains(c.Terms, p) {
						t.Errorf("%s: terms %v parts %v, want %q among them", tt.word, c.Terms, c.Parts, p)
					}
				}
				return
			}
			t.Fatalf("no concept %s in %q", tt.word, tt.q)
		})
	}
}

// TestUnitTypedEitherWay checks that a question for a figure in a unit
// typed by its symbol is answered by a figure with the unit's Hangul name,
// and the other way round.
func TestUnitTypedEitherWay(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, stated string
		want            bool
	}{
		{"symbol asked, name stated", "데이터 유통량 몇 ZB야?", "175제타바이트에 도달", true},
		{"name asked, symbol stated", "데이터 유통량 몇 제타바이트야?", "175ZB에 도달", true},
		{"percent asked, 프로 stated", "점유율 몇 %야?", "30프로 수준", true},
		{"another unit is no answer", "데이터 유통량 몇 ZB야?", "175테라바이트에 도달", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			if q.Expect == nil {
				t.Fatalf("%q: no figure expected", tt.q)
			}
			if got := q.Expect.MatchString(tt.stated); got != tt.want {
				t.Errorf("%q (unit %q, pattern %s) matches %q = %v, want %v", tt.q, q.Unit, q.Expect, tt.stated, got, tt.want)
			}
		})
	}
}

// TestHyphenedGlossaryWordIsOneWord checks that an English word the
// glossary knows with its hyphen is read as that one word, carrying the
// glossary's Korean, not as a code or as its halves.
func TestHyphenedGlossaryWordIsOneWord(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, word, korean string
	}{
		{"a compound noun", "Is Japan's chip self-sufficiency rising?", "self-sufficiency", "자립화"},
		{"a compound adjective", "which firms make on-device accelerators", "on-device", "온디바이스"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conceptOf(t, x, tt.q, tt.word)
			if !slices.Contains(c.Terms, tt.korean) {
				t.Errorf("Analyse(%q): %q terms %v, want %q among them", tt.q, tt.word, c.Terms, tt.korean)
			}
		})
	}
}

// TestAsksName checks that a question for a name is marked so, with the
// kinds of thing it types.
func TestAsksName(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q string
		asks    bool
		kinds   []string
	}{
		{"chip's name", "그 회사 신형 칩 이름은 뭐야?", true, []string{"칩"}},
		{"which model", "Which model did they release first?", true, []string{"model"}},
		{"how good", "그 회사 성능은 얼마나 좋아졌어?", false, nil},
		{"뭐 in a polite form", "그 회사 새 모델 이름이 뭐예요?", true, []string{"모델"}},
		{"뭐 typed with a slip", "거기 가속기 이름이 뭐엿더라", true, []string{"가속기"}},
		{"뭐 not after the noun", "이름 말고 뭐가 달라졌어?", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			var kinds []string
			for _, k := range q.NameKinds {
				kinds = append(kinds, k.Ko+k.En)
			}
			got := q.AsksName
			if got != tt.asks || len(kinds) != len(tt.kinds) {
				t.Fatalf("Analyse(%q): AsksName %v, kinds %q; want %v, %q", tt.q, got, kinds, tt.asks, tt.kinds)
			}
			for i, k := range q.NameKinds {
				if k.Ko != tt.kinds[i] && k.En != tt.kinds[i] {
					t.Errorf("Analyse(%q): kind %d is %q, want %q", tt.q, i, k.Ko+"/"+k.En, tt.kinds[i])
				}
			}
		})
	}
}

// TestSceneSettingClause checks that a clause the asker ends with the
// connective -ㄴ데 before the ask ("…하는 중인데요, …") is read as what the
// asker is doing: a source word in it asks for no source, and its words
// weigh lightly unless it names something specific. The questions are made
// up for the test.
func TestSceneSettingClause(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name       string
		q          string
		wantSource bool
		word       string // a word whose weight is compared with its weight in plain
		plain      string
		wantLight  bool
	}{
		{"the asker's material is no source asked for", "발표 자료 만드는 중인데요, HBM 양산 계획 알려줘", false, "만드는", "HBM 만드는 회사 알려줘", true},
		{"a source word in the ask still asks", "HBM 자료 출처 어디야?", true, "", "", false},
		{"-던데 recalls what the asker saw, which is asked about", "그 자료 계속 인용되던데 원래 어디 거야?", true, "", "", false},
		{"a clause naming something specific is part of the ask", "HBM 자료 만드는 중인데요, 양산 계획 알려줘", false, "만드는", "HBM 만드는 회사 알려줘", false},
	}
	weight := func(q, w string) float64 {
		for _, c := range x.Analyse(question.Plain(q)).Concepts {
			if c.Surface == w {
				return c.Weight
			}
		}
		t.Fatalf("no concept %q in %q", w, q)
		return 0
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.Analyse(question.Plain(tt.q)).WantsSource; got != tt.wantSource {
				t.Errorf("Analyse(%q).WantsSource = %v, want %v", tt.q, got, tt.wantSource)
			}
			if tt.word == "" {
				return
			}
			got, plain := weight(tt.q, tt.word), weight(tt.plain, tt.word)
			if light := got < plain-1e-9; light != tt.wantLight {
				t.Errorf("weight of %q in %q = %.2f (in %q %.2f), want lighter %v", tt.word, tt.q, got, tt.plain, plain, tt.wantLight)
			}
		})
	}
}

func TestConceptNamed(t *testing.T) {
	tests := []struct {
		name string
		c    question.Concept
		want string
	}{
		{"a noun and its topic particle", question.Concept{Surface: "예산은", Terms: []string{"예산"}}, "예산"},
		{"a noun and its subject particle", question.Concept{Surface: "기업이", Terms: []string{"기업"}}, "기업"},
		{"a bare noun", question.Concept{Surface: "예산", Terms: []string{"예산"}}, "예산"},
		{"an English word keeps its form", question.Concept{Surface: "projects", Terms: []string{"project"}}, "projects"},
		{"a corrected typo keeps what was typed", question.Concept{Surface: "반도쳬는", Terms: []string{"반도체"}, Corrected: true}, "반도쳬는"},
		{"a stem that is not the start of what was typed", question.Concept{Surface: "美", Terms: []string{"미국"}}, "美"},
		{"a phrase keeps its form", question.Concept{Surface: "국가 전략은", Terms: []string{"국가"}}, "국가 전략은"},
		{"a verb's form keeps its form", question.Concept{Surface: "애리조나", Terms: []string{"애리조"}, Verbal: true}, "애리조나"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.Named(); got != tt.want {
				t.Errorf("%+v.Named() = %q, want %q", tt.c, got, tt.want)
			}
		})
	}
}

func TestQueryNamed(t *testing.T) {
	q := question.Query{Concepts: []question.Concept{
		{Surface: "한국이랑", Terms: []string{"한국", "우리나라"}},
		{Surface: "Korea's", Terms: []string{"korea"}},
	}}
	words := []string{"한국이랑", "Korea's", "몇 년"}
	got := q.Named(words)
	want := []string{"한국", "Korea's", "몇 년"}
	if !slices.Equal(got, want) {
		t.Errorf("Named = %q, want %q", got, want)
	}
	if words[0] != "한국이랑" {
		t.Errorf("Named changed its argument to %q", words)
	}
}

// TestInflectionAsCommonAsItsBase checks that an English word is as
// specific as the commonest form of its family: a list of running speech
// ranks "supplying" far below "supply", which names the same thing. A form
// an ending's cut leaves that stems otherwise is another word ("fun" of
// "fund", "new" of "news") and lends it nothing.
func TestInflectionAsCommonAsItsBase(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, word, base string
		same             bool
	}{
		{"a verb's -ing", "supplying", "supply", true},
		{"a plural", "definitions", "definition", true},
		{"a verb's -s", "intends", "intend", true},
		{"cut to another word", "fund", "fun", false},
		{"a plural-looking word", "news", "new", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := conceptOf(t, x, "what about "+tt.word+"?", tt.word).Spec
			want := conceptOf(t, x, "what about "+tt.base+"?", tt.base).Spec
			if (got == want) != tt.same {
				t.Errorf("spec of %q = %.3f, of %q = %.3f; want equal %v", tt.word, got, tt.base, want, tt.same)
			}
		})
	}
}

// TestAskingWords checks which words of a question are read as asking for
// a date or a figure: what a follow-up's rewrite must keep of how it asks.
// The questions are made up for the test.
func TestAskingWords(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, want string
	}{
		{"a noun naming the date asked", "Zorblax 출시일은?", "출시일"},
		{"a noun naming the figure asked", "수율 숫자도 나와?", "숫자"},
		{"how with a measure", "how big is the fund?", "how big"},
		{"the question word before a currency", "how many euros went in?", "how many"},
		{"a currency typed as a word", "what did the euro fund pay for?", "euro"},
		{"a currency's stem inside a longer word is none", "which clusters in Europe are named?", ""},
		{"a question asking no date or figure", "who leads the consortium?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.AskingWords(tt.q); got != tt.want {
				t.Errorf("AskingWords(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestRemarkAfterTheAsk checks which words are the asker's remark after
// the ask (Concept.Remark), which a thread does not carry: those of a
// sentence a full stop ends after the question mark, or of a Korean run
// left open after it, or after a message's last sentence, that ends as a
// clause of purpose. Not those of a sentence before the ask, which may be
// what it points back to; not those of an English run left open, as often
// the rest of the ask; not those of a remark typed without spaces. The
// questions are made up for the test.
func TestRemarkAfterTheAsk(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, word string
		want          bool
	}{
		{"a told sentence after the ask", "일본 보조금 규모는 얼마야? 회의 자료에 쓰려고 합니다.", "자료에", true},
		{"the ask itself", "일본 보조금 규모는 얼마야? 회의 자료에 쓰려고 합니다.", "보조금", false},
		{"a Korean run of purpose left open", "일본 보조금 규모는 얼마야? 회의 자료에 쓰려고", "자료에", true},
		{"a Korean run left open that asks on", "일본 보조금 규모는 얼마야? 출처도 같이", "출처도", false},
		{"a Korean run of purpose after a message with no mark", "일본 보조금 규모 알려줘. 회의 자료에 쓰려고", "자료에", true},
		{"an English sentence after the ask", "How much is the Japanese chip subsidy? I will put it in my slides.", "slides", true},
		{"an English run left open", "How much is the Japanese chip subsidy? need it for my slides", "slides", false},
		{"a sentence before the ask", "I am writing slides. How much is the Japanese chip subsidy?", "slides", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c := conceptOf(t, x, tt.q, tt.word); c.Remark != tt.want {
				t.Errorf("Analyse(%q): %q Remark = %v, want %v", tt.q, c.Surface, c.Remark, tt.want)
			}
		})
	}
	t.Run("a remark typed without spaces", func(t *testing.T) {
		const q = "일본보조금규모는얼마야?발표자료에넣으려고"
		for _, c := range x.Analyse(question.Plain(q)).Concepts {
			if c.Remark {
				t.Errorf("Analyse(%q): %q is a remark, want none", q, c.Surface)
			}
		}
	})
}

// TestEnglishWordMeantAsTyped checks that an English word at least as
// common as the report's word one edit away is read as typed, while a
// string no list holds is still corrected.
func TestEnglishWordMeantAsTyped(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, surface string
		corrected        bool
	}{
		{"an everyday word near a report word", "How good are TSMC's 2nm yields?", "yields", false},
		{"a slip of the keys", "semiconducter subsidies in Japan", "semiconducter", true},
		{"a slip of the keys in a government", "goverment subsidies in Japan", "goverment", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c := conceptOf(t, x, tt.q, tt.surface); c.Corrected != tt.corrected {
				t.Errorf("%q: corrected %v (terms %q), want %v", tt.surface, c.Corrected, c.Terms, tt.corrected)
			}
		})
	}
}

// TestCorrectedWordTranslated checks that an English word the speller
// corrects is read by the glossary as corrected: a Latin plural or a slip
// of the keys gets the Korean of the word it was taken for, which the
// report prints; a correction that changes the first letter gets none.
// The questions are made up for the test.
func TestCorrectedWordTranslated(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, surface, want string
	}{
		{"a Latin plural", "which consortia did Japan set up?", "consortia", "컨소시엄"},
		{"a slip of the keys", "semiconducter subsidies in Japan", "semiconducter", "반도체"},
		{"a first letter changed is a guess at another word", "ok, and the China tally?", "tally", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conceptOf(t, x, tt.q, tt.surface)
			korean := slices.ContainsFunc(c.Terms, analysis.HasHangul)
			if !c.Corrected || tt.want != "" && !slices.Contains(c.Terms, tt.want) || tt.want == "" && korean {
				t.Errorf("%q: corrected %v, terms %q; want corrected, with Korean %q", tt.surface, c.Corrected, c.Terms, tt.want)
			}
		})
	}
}

// TestDottedInitialsLeaveNoLetter checks that a dotted abbreviation of
// single letters is read as one word or as none: a name's initials are the
// name (the US, which the report covers), a lower-case one only introduces
// an example or a restatement, and no letter of either is left alone to be
// weighed as an unknown word or named by a hedge. The questions are made up
// for the test.
func TestDottedInitialsLeaveNoLetter(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q string
		want    string // a concept's surface the reading must hold; "" for none
	}{
		{"a country's initials", "What does the U.S. spend on chip subsidies?", "US"},
		{"initials without the last dot", "Which U.S agency leads AI research?", "US"},
		{"an example", "Which memory makers, e.g. SK hynix, lead HBM?", ""},
		{"a restatement", "Samsung's foundry plan, i.e. the 2nm schedule?", ""},
		{"another name for the same", "the Gaudi chip a.k.a. Intel's accelerator", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			var got []string
			for _, c := range q.Concepts {
				got = append(got, c.Surface)
				if r := []rune(c.Surface); len(r) == 1 && r[0] < 0x80 && unicode.IsLetter(r[0]) {
					t.Errorf("Analyse(%q): a letter alone, %q, is a concept", tt.q, c.Surface)
				}
			}
			if tt.want != "" && !slices.Contains(got, tt.want) {
				t.Errorf("Analyse(%q) concepts = %q, want one of them %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestMayIsAMonthOnlyAsADate checks that "may" is read as the month only
// where it is written as a date (beside a day or a year, or capitalised
// inside a sentence), and as the verb elsewhere: asking leave names no
// month. The sentences are made up for the test.
func TestMayIsAMonthOnlyAsADate(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q string
		want    bool // a concept reads "may" as 5월
	}{
		{"asking leave", "May I ask which firm builds the fab?", false},
		{"the verb inside a sentence", "which chips may the firm build next?", false},
		{"the month with a year", "what did the firm launch in may 2023?", true},
		{"the month with a day", "what opened on 4 May?", true},
		{"the month capitalised inside a sentence", "what did the firm launch in May?", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := x.Analyse(question.Plain(tt.q))
			got := false
			for _, c := range a.Concepts {
				if strings.EqualFold(c.Surface, "may") {
					got = slices.Contains(c.Terms, "5월") || slices.Contains(c.Parts, "5월")
				}
			}
			if got != tt.want {
				t.Errorf("Analyse(%q): may as 5월 %v, want %v; concepts %+v", tt.q, got, tt.want, a.Concepts)
			}
		})
	}
}

// TestAsideUnknownWeighsLittle checks that a word the report never uses,
// typed only in an aside around a short ask, weighs as a long question's
// unknown words do, and the same word typed in the ask keeps its weight.
// The questions are made up for the test.
func TestAsideUnknownWeighsLittle(t *testing.T) {
	x := mustIndex(t)
	aside := conceptOf(t, x, "hi zorp! which strategies does the study propose?", "zorp")
	asked := conceptOf(t, x, "which zorp strategies does the study propose?", "zorp")
	if !aside.Aside || asked.Aside {
		t.Fatalf("Aside: in the greeting %v, in the ask %v; want true, false", aside.Aside, asked.Aside)
	}
	if aside.DF != 0 {
		t.Fatalf("%q: want a word the report never uses, got DF %d", aside.Surface, aside.DF)
	}
	if want := asked.Weight * x.Params().LongUnknown; math.Abs(aside.Weight-want) > 1e-9 {
		t.Errorf("weight of %q in a greeting = %.3f, want %.3f (%.3f in the ask, scaled by LongUnknown)", aside.Surface, aside.Weight, want, asked.Weight)
	}
}

// TestEverydayTaxWord checks that 세금, the everyday word for tax, is read
// through the words the report prints for it (세액 of a tax credit, 세제 of
// tax support), which it never calls 세금; a word with no entry keeps its
// own terms alone.
func TestEverydayTaxWord(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, word string
		want          []string
	}{
		{"the everyday word", "일본은 반도체 세금 혜택 있어?", "세금", []string{"세액", "세제"}},
		{"a word of no entry", "일본은 반도체 보조금 있어?", "보조금", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conceptOf(t, x, tt.q, tt.word)
			for _, w := range tt.want {
				if !slices.Contains(c.Terms, w) {
					t.Errorf("Analyse(%q): terms of %q = %v, want %q among them", tt.q, tt.word, c.Terms, w)
				}
			}
			if tt.want == nil && len(c.Terms) != 1 {
				t.Errorf("Analyse(%q): terms of %q = %v, want its own alone", tt.q, tt.word, c.Terms)
			}
		})
	}
}
