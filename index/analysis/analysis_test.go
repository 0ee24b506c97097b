package analysis_test

import (
	"math"
	"slices"
	"sync"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
)

// learnt is an analyser that has learnt the report's passages, headings
// and footnotes, as the engine builds it.
var learnt = sync.OnceValues(func() (*analysis.Analyzer, error) {
	d, err := corpus.Load("")
	if err != nil {
		return nil, err
	}
	g, err := lexicon.Load()
	if err != nil {
		return nil, err
	}
	a := analysis.NewAnalyzer(g)
	for _, p := range d.Passages {
		a.Learn(p.Text)
	}
	for _, s := range d.Sections {
		a.Learn(s.Title)
	}
	for _, f := range d.Footnotes {
		a.Learn(f.Text)
	}
	return a, nil
})

func analyzer(t *testing.T) *analysis.Analyzer {
	t.Helper()
	a, err := learnt()
	if err != nil {
		t.Fatalf("loading the report: %v", err)
	}
	return a
}

// oneToken analyses in and requires exactly one token.
func oneToken(t *testing.T, a *analysis.Analyzer, in string) analysis.Token {
	t.Helper()
	toks := a.Tokens(in)
	if len(toks) != 1 {
		t.Fatalf("Tokens(%q) = %+v, want one token", in, toks)
	}
	return toks[0]
}

// allTerms lists every token's Terms, in order.
func allTerms(toks []analysis.Token) []string {
	var out []string
	for _, tk := range toks {
		out = append(out, tk.Terms...)
	}
	return out
}

func mainTerm(tk analysis.Token) string {
	if len(tk.Terms) == 0 {
		return ""
	}
	return tk.Terms[0]
}

func TestAnalyzerParticlesAndEndings(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		in, main string
	}{
		{"반도체법은", "반도체법"},
		{"확보를", "확보"},
		{"일본은", "일본"},
		{"발표했다", "발표"},
		{"양산을", "양산"},
		{"미국의", "미국"},
		{"중국은", "중국"},
		{"국가들은", "국가"},
		{"반도체과학법에", "반도체과학법"},
		{"초격차를", "초격차"},
		{"대응하라는", "대응"},
		{"규제에서는", "규제"},
		// chat's copula after a one-syllable noun the report uses
		{"칩임", "칩"},
		// a longer known stem beats a known syllable: 대만 + 의, not 대 + 만의
		{"대만의", "대만"},
		{"대만만", "대만"},
		// and where the dictionary's endings follow: 중요 + 하다는, not
		// 중 + 요하다는
		{"중요하다는", "중요"},
		{"중요하다고", "중요"},
		// a topic with a polite 요, as a switch is asked: not 메모 + 리는요
		{"메모리는요", "메모리"},
		{"제언은요", "제언"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			tk := oneToken(t, a, tt.in)
			if got := mainTerm(tk); got != tt.main || tk.Kind != analysis.TokKorean {
				t.Errorf("Tokens(%q) main term %q kind %d, want %q kind %d (TokKorean)", tt.in, got, tk.Kind, tt.main, analysis.TokKorean)
			}
		})
	}
}

func TestAnalyzerCompounds(t *testing.T) {
	a := analyzer(t)
	t.Run("초격차 is kept as a term", func(t *testing.T) {
		for _, in := range []string{"초격차", "초격차를", "초격차는"} {
			tk := oneToken(t, a, in)
			if !slices.Contains(tk.Terms, "초격차") {
				t.Errorf("Tokens(%q).Terms = %q, want them to hold 초격차", in, tk.Terms)
			}
		}
	})
	tests := []struct {
		in    string
		main  string
		parts []string // known words the compound splits into
	}{
		{"반도체법은", "반도체법", []string{"반도체", "법"}},
		{"수출통제", "수출통제", []string{"수출", "통제"}},
		{"세액공제", "세액공제", []string{"세액", "공제"}},
		{"차세대반도체", "차세대반도체", []string{"차세대", "반도체"}},
		{"인공지능반도체", "인공지능반도체", []string{"인공지능", "반도체"}},
		{"반도체과학법", "반도체과학법", []string{"반도체", "과학", "법"}},
		// 율 ("rate") is a noun suffix that means something: the word is
		// kept, and its stem, a compound of the report's, is held by the
		// stem's own words.
		{"세액공제율", "세액공제율", []string{"세액", "공제"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			tk := oneToken(t, a, tt.in)
			if got := mainTerm(tk); got != tt.main {
				t.Errorf("Tokens(%q) main term %q, want %q", tt.in, got, tt.main)
			}
			for _, p := range tt.parts {
				if !slices.Contains(tk.Parts, p) {
					t.Errorf("Tokens(%q).Parts = %q, want them to hold %q", tt.in, tk.Parts, p)
				}
				if !a.Known(p) {
					t.Errorf("part %q of %q is not a word the report uses (Known = false)", p, tt.in)
				}
			}
		})
	}
}

// A word the report never uses that starts with a stem it does is held by
// the stem's words: by the words the stem splits into where it is a
// compound of the report's, so that a line printing them apart (세액을
// 공제) holds it as one printing the compound does; else by the stem.
func TestUnknownWordsStemParts(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a compound stem gives its words", "세액공제율", []string{"공제", "세액"}},
		{"a stem of one word is the part", "증가율", []string{"증가"}},
		{"a stem that splits into no words of the report is the part", "목표치", []string{"목표"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tk := oneToken(t, a, tt.in)
			// sorted, once each: the order and repeats of parts carry nothing
			if got := slices.Compact(slices.Sorted(slices.Values(tk.Parts))); !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q).Parts = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAnalyzerHanja(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		in    string
		terms []string
	}{
		{"美", []string{"미국"}},
		{"中", []string{"중국"}},
		{"日", []string{"일본"}},
		// "美전략국제연구소" (the report's 美 CSIS): the Hanja and the word after it.
		{"美전략국제연구소", []string{"미국", "전략국제연구소"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := a.Tokens(tt.in)
			if got := allTerms(toks); !slices.Equal(got, tt.terms) {
				t.Errorf("Tokens(%q) terms = %q, want %q", tt.in, got, tt.terms)
			}
			if len(toks) == 0 || toks[0].Kind != analysis.TokHanja {
				t.Errorf("Tokens(%q)[0] = %+v, want kind TokHanja", tt.in, toks)
			}
		})
	}
}

func TestAnalyzerLatinAndNumbers(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		in    string
		terms []string // Terms, main first
		part  string   // a part that must be findable; "" for none
		kind  analysis.TokenKind
	}{
		{"HBM3E", []string{"hbm3e"}, "hbm", analysis.TokCode},
		{"HBM3E의", []string{"hbm3e"}, "hbm", analysis.TokCode},
		{"CoWoS", []string{"cowos"}, "", analysis.TokCode},
		{"TSMC는", []string{"tsmc"}, "", analysis.TokCode},
		{"2nm", []string{"2nm"}, "", analysis.TokCode},
		{"R&D", []string{"r&d"}, "", analysis.TokCode},
		{"GPT-4", []string{"gpt-4"}, "gpt", analysis.TokCode},
		{"GPT-4와", []string{"gpt-4"}, "gpt", analysis.TokCode},
		{"B200", []string{"b200"}, "", analysis.TokCode},
		// An acronym's plural is the acronym; a name whose capitals end in
		// a small s is no plural.
		{"NPUs", []string{"npu"}, "", analysis.TokCode},
		{"LLMs", []string{"llm"}, "", analysis.TokCode},
		{"520억", []string{"520억", "520", "amt:5.2e+10"}, "", analysis.TokNumber},
		{"5,400억", []string{"5400억", "5400", "amt:5.4e+11"}, "", analysis.TokNumber},
		{"540B", []string{"540b", "amt:5.4e+11"}, "", analysis.TokNumber},
		{"1.8T", []string{"1.8t", "amt:1.8e+12"}, "", analysis.TokNumber},
		{"1조", []string{"1조", "1", "amt:1e+12"}, "", analysis.TokNumber},
		// A syllable after a Latin word is the word's own; a particle after
		// it is not, whether or not the report prints that very form.
		{"CHIPS법", []string{"chips법"}, "chips", analysis.TokCode},
		{"CHIPS법에", []string{"chips법"}, "chips", analysis.TokCode},
		{"CHIPS법은", []string{"chips법"}, "chips", analysis.TokCode},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			tk := oneToken(t, a, tt.in)
			if !slices.Equal(tk.Terms, tt.terms) || tk.Kind != tt.kind {
				t.Errorf("Tokens(%q) = terms %q kind %d, want terms %q kind %d", tt.in, tk.Terms, tk.Kind, tt.terms, tt.kind)
			}
			if tt.part != "" && !slices.Contains(tk.Parts, tt.part) {
				t.Errorf("Tokens(%q).Parts = %q, want them to hold %q", tt.in, tk.Parts, tt.part)
			}
		})
	}
}

// TestWordsAfterLatinKeepTheirSyllables: only a lone syllable after a Latin
// word loses the particle that follows it; a word of two syllables after a
// Latin word or a number stays whole.
func TestWordsAfterLatinKeepTheirSyllables(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		in   string
		want string // a term the tokens must hold
	}{
		{"AI분야", "분야"},
		{"6대분야", "분야"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := allTerms(a.Tokens(tt.in)); !slices.Contains(got, tt.want) {
				t.Errorf("Tokens(%q) terms = %q, want them to hold %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAnalyzerYears(t *testing.T) {
	a := analyzer(t)
	for _, in := range []string{"'24년", "‘24년", "24년", "2024년", "2024년엔", "2024년에는"} {
		t.Run(in, func(t *testing.T) {
			tk := oneToken(t, a, in)
			if got := mainTerm(tk); got != "2024" || tk.Kind != analysis.TokNumber {
				t.Errorf("Tokens(%q) main term %q kind %d, want \"2024\" kind %d (TokNumber)", in, got, tk.Kind, analysis.TokNumber)
			}
		})
	}
	t.Run("'22년 and 2022년 meet", func(t *testing.T) {
		if x, y := allTerms(a.Tokens("'22년")), allTerms(a.Tokens("2022년")); !slices.Equal(x, y) {
			t.Errorf("Tokens(\"'22년\") terms %q, Tokens(\"2022년\") terms %q; want the same", x, y)
		}
	})
}

func TestAnalyzerEnglish(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		in    string
		terms []string
	}{
		{"semiconductors", []string{"semiconductor"}},
		{"semiconductor", []string{"semiconductor"}},
		{"published", []string{"publish"}},
		{"publishes", []string{"publish"}},
		{"the", nil},
		{"of the semiconductors", []string{"semiconductor"}},
		{"What is the size of the chips", []string{"size", "chip"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := allTerms(a.Tokens(tt.in)); !slices.Equal(got, tt.terms) {
				t.Errorf("Tokens(%q) terms = %q, want %q", tt.in, got, tt.terms)
			}
		})
	}
}

func TestAnalyzerMixedSentence(t *testing.T) {
	a := analyzer(t)
	in := "美 CHIPS법은 '22년 520억 달러를 지원했다"
	want := []string{"미국", "chips법", "2022", "520억", "520", "amt:5.2e+10", "달러", "지원"}
	if got := allTerms(a.Tokens(in)); !slices.Equal(got, want) {
		t.Errorf("Tokens(%q) terms = %q, want %q", in, got, want)
	}
}

func TestBigrams(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"반도체법", []string{"반도", "도체", "체법"}},
		{"초격차", []string{"초격", "격차"}},
		{"ai반도체", []string{"반도", "도체"}},
		{"hbm3e", nil},
	}
	for _, tt := range tests {
		if got := analysis.Bigrams(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Bigrams(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestUnknownWordIsNotCutIntoParticles checks that a word the report never
// uses stays one word when the only cut of it is into particles, frame words
// and one short word the report happens to use.
func TestUnknownWordIsNotCutIntoParticles(t *testing.T) {
	a := analyzer(t)
	for _, in := range []string{"와이모델", "와이모델은"} {
		t.Run(in, func(t *testing.T) {
			toks := a.Tokens(in)
			if len(toks) != 1 || mainTerm(toks[0]) == "모델" {
				t.Errorf("Tokens(%q) = %+v, want one token for the whole unknown word", in, toks)
			}
		})
	}
}

// TestGeneralDictionaryReading covers what the general dictionary adds to
// reading a question: endings and verb forms no list names, counters after
// question words, and common words in runs typed without spaces.
func TestGeneralDictionaryReading(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, in string
		want     []string // main terms of the tokens that are not frame words
		verbal   []string // surfaces that must be read as verbs
	}{
		{"a noun with 하다 endings run together", "협력한다는거임", []string{"협력"}, nil},
		{"a noun with auxiliary verb endings", "등록해야돼서", []string{"등록"}, nil},
		{"an inflected verb the dictionary lists", "나옴", nil, []string{"나옴"}},
		{"a number with a counter", "6대분야", []string{"6대", "분야"}, nil},
		{"a question word with a counter and particles", "몇년부터고", nil, nil},
		{"a question word with a time counter", "몇월로", nil, nil},
		{"a common adverb in a run", "초격차전략이정확히뭔데", []string{"초격차", "전략", "정확히"}, nil},
		{"a question word with a counter and a suffix of nouns", "몇개짜리야", nil, nil},
		{"a verb's form and a bound noun run together", "큰거", nil, []string{"큰거"}},
		{"a verb's stem, an ending and a bound noun", "좋은거", nil, []string{"좋은거"}},
		{"a past tense closed by a nominal ending", "뽑았음", nil, []string{"뽑았음"}},
		{"a verb's form closed by hearsay", "만든대", nil, []string{"만든대"}},
		{"a stem closed by a nominal ending", "꼽음", nil, []string{"꼽음"}},
		{"a purpose ending with a polite 요", "넣으려고요", nil, []string{"넣으려고요"}},
		{"hearsay with a polite 요", "줄이려면요", nil, []string{"줄이려면요"}},
		// 들어가 + 는, not 들어 (a word of the report) + 가 + 는
		{"a verb stem that ends like a particle", "넘어가는", nil, []string{"넘어가는"}},
		{"a verb stem that ends like a particle after a report word", "들어가는", nil, []string{"들어가는"}},
		// 만들 + 어, which the report prints too ("만들어 내는"): still a verb
		{"a verb's form the report prints too", "만들어", nil, []string{"만들어"}},
		// 팔 + 는 and 풀 + ㄴ대: a ㄹ-verb drops its ㄹ before ㄴ
		{"a ㄹ-verb's form before 는", "파는", nil, []string{"파는"}},
		{"a ㄹ-verb's form closed by the ending's ㄴ", "푼대", nil, []string{"푼대"}},
		// 내 + 년도 is no 낼 with a bound noun after it
		{"a noun whose syllables could open a ㄹ-verb", "내년도", []string{"내년"}, nil},
		{"a noun with its particle before which a ㄹ could fall", "차는", []string{"차는"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got, verbs []string
			for _, tk := range a.Tokens(tc.in) {
				if tk.Frame || len(tk.Terms) == 0 {
					continue
				}
				if tk.Verbal {
					verbs = append(verbs, tk.Surface)
					continue
				}
				got = append(got, tk.Terms[0])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Tokens(%q) content words = %q, want %q", tc.in, got, tc.want)
			}
			if !slices.Equal(verbs, tc.verbal) {
				t.Errorf("Tokens(%q) verbs = %q, want %q", tc.in, verbs, tc.verbal)
			}
		})
	}
}

func TestCounterPhrase(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		in   string
		want bool
	}{
		{"개", true},
		{"년짜리", true},
		{"개짜리야", true},
		{"개나", true},
		{"파라미터", false},
		{"반도체", false},
	}
	for _, tt := range tests {
		if got := a.CounterPhrase(tt.in); got != tt.want {
			t.Errorf("CounterPhrase(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestCounterOpeningReportWord checks that a syllable the dictionary has
// as a counter, typed right after a number, is the number's counter unless
// it opens a word of the report's and, cut off, leaves no word and no
// particle: then the number stands alone and the word is read whole.
func TestCounterOpeningReportWord(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name string
		in   string
		want []string // the tokens' main terms
	}{
		{"a report word after a year", "2020개정", []string{"2020", "개정"}},
		{"a report word after a version", "버전2모델", []string{"버전", "2", "모델"}},
		{"both readings leave the report's words", "3대기업", []string{"3대", "기업"}},
		{"a counter alone", "5곳", []string{"5곳"}},
		{"a counter of two syllables", "2개월", []string{"2개월"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range a.Tokens(tt.in) {
				got = append(got, mainTerm(tk))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) main terms = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestAmountTerms checks that every notation of one figure holds the same
// term, so that a question's 540B meets the report's 5,400억.
func TestAmountTerms(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, in string
		want     float64
	}{
		{"Korean magnitude", "5,400억", 5.4e11},
		{"Latin magnitude", "540B", 5.4e11},
		{"English magnitude word", "540 billion", 5.4e11},
		{"decimal Korean", "5.5만", 5.5e4},
		{"trillion", "1.8T", 1.8e12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := analysis.AmountTerm(tt.want)
			var got []string
			for _, tk := range a.Tokens(tt.in) {
				got = append(got, tk.Terms...)
			}
			if !slices.Contains(got, want) {
				t.Errorf("Tokens(%q) terms = %q, want them to hold %q", tt.in, got, want)
			}
		})
	}
}

func TestKoreanNumber(t *testing.T) {
	tests := []struct {
		in        string
		want      float64
		magnitude bool
	}{
		{"1억 4,000만", 1.4e8, true},
		{"5.5만", 5.5e4, true},
		{"4조", 4e12, true},
		{"18억 5천만", 1.85e9, true},
		{"3억 7천만", 3.7e8, true},
		{"1조 6,840억", 1.684e12, true},
		{"천만", 1e7, true},
		{"2030", 2030, false},
	}
	for _, tt := range tests {
		got, mag, ok := analysis.KoreanNumber(tt.in)
		if !ok || math.Abs(got-tt.want) > 1e-6*tt.want || mag != tt.magnitude {
			t.Errorf("KoreanNumber(%q) = %v, %v, %v; want %v, %v, true", tt.in, got, mag, ok, tt.want, tt.magnitude)
		}
	}
	if _, _, ok := analysis.KoreanNumber("억x"); ok {
		t.Errorf("KoreanNumber(%q) ok, want not a number", "억x")
	}
}

// TestKoreanNumberAllocs checks that reading a figure costs no more than
// taking out its commas and spaces: the answer reads every figure of the
// lines it weighs, on every reply.
func TestKoreanNumberAllocs(t *testing.T) {
	tests := []struct {
		name, in string
		want     float64
	}{
		{"plain", "2030", 0},
		{"magnitudes", "18억5천만", 0},
		{"comma and space", "1조 6,840억", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := testing.AllocsPerRun(100, func() { analysis.KoreanNumber(tt.in) })
			if got > tt.want {
				t.Errorf("KoreanNumber(%q) allocates %v times, want at most %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestPartsOfTheReport checks which words name a part of the report, or the
// language of its text: they say where to look, not what is asked.
func TestPartsOfTheReport(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		in   string
		want bool
	}{
		{"영문요약에", true},
		{"부록에", true},
		{"English", true},
		{"appendix", true},
		{"chapter", true},
		{"반도체", false},
		{"summit", false},
		{"출처", false}, // asks for a source, a part of no passage
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := oneToken(t, a, tt.in).Part; got != tt.want {
				t.Errorf("Tokens(%q).Part = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestPoliteGrammarIsFrame: the helping verb of a request ("요약해 줄",
// "알려 주세요") and the "can" of "-ㄹ 수 있다" say how the asker asks, not
// what; "수" after a noun is a count ("모델 수") and stays.
func TestPoliteGrammarIsFrame(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		in        string
		word      string
		wantFrame bool
	}{
		{"보고서 요약해 줄 수 있어?", "줄", true},
		{"보고서 요약해 줄 수 있어?", "수", true},
		{"일본 보조금 규모 알려 주세요", "주세요", true},
		{"규모를 알 수 있을까요?", "수", true},
		{"LLaMA 모델 수는?", "수는", false},
		{"반도체 기업 수가 몇 개야?", "수가", false},
		{"3줄로 요약", "3줄로", true}, // a reply's shape, frame already
		{"일본과 중국의 투자", "중국의", false},
		{"궁금한데 수는 몇 명?", "수는", false}, // after a frame word that is no helping verb
		{"시장에 대해 주요 기업은?", "주요", false},
	}
	for _, tt := range tests {
		t.Run(tt.in+"/"+tt.word, func(t *testing.T) { checkFrame(t, a, tt.in, tt.word, tt.wantFrame) })
	}
}

func TestFullYear(t *testing.T) {
	tests := []struct {
		name    string
		y, want int
	}{
		{"a year of this century", 24, 2024},
		{"the pivot looks ahead", 50, 2050},
		{"past the pivot is the last century", 67, 1967},
		{"the first of the century", 0, 2000},
		{"four digits are themselves", 1998, 1998},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := analysis.FullYear(tt.y); got != tt.want {
				t.Errorf("FullYear(%d) = %d, want %d", tt.y, got, tt.want)
			}
		})
	}
}

// TestLatinRunsTypedTogether: a Latin run the report never prints is read
// as the report's terms typed together when it can be cut into them, and a
// number cut off a name meets the unit after it; a word of the language,
// a term of the report and an unknown name stay whole.
func TestLatinRunsTypedTogether(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a capital word after an acronym", "IBMTelum", []string{"ibm", "telum"}},
		{"two acronyms in capitals", "EUAI", []string{"eu", "ai"}},
		{"an acronym with a mark", "AIR&D", []string{"ai", "r&d"}},
		{"a number cut off a name meets its unit", "TSMC2나노", []string{"tsmc", "2nm"}},
		{"two names in camel case", "AmazonBedrock", []string{"amazon", "bedrock"}},
		{"a word of the language stays whole", "counterpart", []string{"counterpart"}},
		{"a term of the report stays whole", "HBM3E", []string{"hbm3e"}},
		{"an unknown name stays whole", "Sambanova", []string{"sambanova"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mainTerms(a, tc.in)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Tokens(%q) terms = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestReplyShapeOwnCount: a count with a particle of manner is the shape
// of the reply ("3줄로") unless the report itself counts in it: "2단계로"
// is by its second phase, and "한계로" is a word of its own, no "한 계".
func TestReplyShapeOwnCount(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name      string
		in        string
		word      string
		wantFrame bool
	}{
		{"a phase the report numbers", "2단계로 예산 얼마 들어가?", "2단계", false},
		{"a word of the report that opens like a numeral", "정책 한계로 지적된 점은?", "한계", false},
		{"lines of the reply", "3줄로 요약", "3줄로", true},
		{"sentences of the reply", "두 문장으로 설명해줘", "문장으로", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFrame(t, a, tt.in, tt.word, tt.wantFrame) })
	}
}

// TestParticlesAfterAnotherScript checks that a run typed without spaces
// after a Latin word or a number may open with that word's particles: the
// words after them are read, and the particles are no word.
func TestParticlesAfterAnotherScript(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, in   string
		want, none []string
	}{
		{"two particles after a Latin word", "GPU랑은무엇으로경쟁해", []string{"gpu", "경쟁"}, []string{"랑", "랑은"}},
		{"a particle after a code with a number", "GPT-4로만든서비스", []string{"gpt-4", "서비스"}, []string{"로", "로만든서비스"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := allTerms(a.Tokens(tc.in))
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("Tokens(%q) terms = %q, want %q among them", tc.in, got, w)
				}
			}
			for _, w := range tc.none {
				if slices.Contains(got, w) {
					t.Errorf("Tokens(%q) terms = %q, want no %q", tc.in, got, w)
				}
			}
		})
	}
}

// TestVerbAfterFusedQuestionWord: after a question word with a particle
// fused on (누가), what is typed is the verb, read as a word of its own,
// though the dictionary has a bound noun of its first syllable (맡); a
// bare question word still takes its counter and ending (몇명임).
func TestVerbAfterFusedQuestionWord(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, in, word string
		wantFrame      bool
	}{
		{"the verb after who as the subject", "위원장 누가맡아", "맡아", false},
		{"who as the subject with an ending", "누가요", "누가요", true},
		{"how many with a counter and an ending", "인력 몇명임", "몇명임", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFrame(t, a, tt.in, tt.word, tt.wantFrame) })
	}
}

// checkFrame requires Tokens(in) to hold word, as typed or as its main
// term, and every such token to be frame or not as wantFrame says.
func checkFrame(t *testing.T, a *analysis.Analyzer, in, word string, wantFrame bool) {
	t.Helper()
	found := false
	for _, tk := range a.Tokens(in) {
		if tk.Surface != word && (len(tk.Terms) == 0 || tk.Terms[0] != word) {
			continue
		}
		found = true
		if tk.Frame != wantFrame {
			t.Errorf("Tokens(%q): %q frame %v, want %v", in, tk.Surface, tk.Frame, wantFrame)
		}
	}
	if !found {
		t.Fatalf("Tokens(%q) has no token %q", in, word)
	}
}

// TestPieces: a run typed without spaces gives the words it would have
// typed apart, so that a caller finds a frame word inside it.
func TestPieces(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"words typed apart are as typed", "거기 예산은 얼마야?", []string{"거기", "예산은", "얼마야"}},
		{"a run gives its words, particles with them", "그럼거기예산은얼마야?", []string{"그럼", "거기", "예산은", "얼마야"}},
		{"a subject particle is no demonstrative", "일본이랑대만중어디가", []string{"일본이랑", "대만", "중", "어디가"}},
		{"two frame syllables are one word and two", "그건언제", []string{"그", "그건", "건", "언제"}},
		{"a word of two scripts is whole, then its Hangul run", "HBM4단가는?", []string{"hbm4단가는", "단가는"}},
		{"a run of few report words still gives its frame words", "결국둘중어디가앞서?", []string{"결국", "둘중", "어디가", "앞서"}},
		{"a word the segmenter cannot cut stays whole", "보고서", []string{"보고서"}},
		{"a per-cent sign inside a word is a word of its own", "몇%늘었어", []string{"몇%늘었어", "몇", "%", "늘었", "어"}},
		{"a per-cent sign ending a word is one too", "몇%", []string{"몇%", "몇", "%"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := a.Pieces(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("Pieces(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestCutGuess: a word the report never uses that the segmenter starts
// where another cut, nearly as good, parts the run otherwise is its guess
// (Token.Guess); one that every good cut starts there is not.
func TestCutGuess(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, run, word string
		want            bool
	}{
		{"a pronoun's last syllable opens a general word", "그분소속이랑연락처", "분소", true},
		{"a report word's last syllable opens a general word", "저나노공정부터", "노공", true},
		{"a title after a report word", "협회위원장이름은", "위원장", false},
		{"a general word between report words", "물류창고자동화는", "창고", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, tk := range a.Tokens(tc.run) {
				if mainTerm(tk) == tc.word {
					if tk.Guess != tc.want {
						t.Errorf("Tokens(%q): %s Guess = %v, want %v", tc.run, tc.word, tk.Guess, tc.want)
					}
					return
				}
			}
			t.Fatalf("Tokens(%q) = %+v: no token %s", tc.run, a.Tokens(tc.run), tc.word)
		})
	}
}

// TestUnitSaidInKoreanKeepsItsSurface: a unit typed in Korean is searched
// as the report prints it, and named as the asker typed it.
func TestUnitSaidInKoreanKeepsItsSurface(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, in, surface, term string
	}{
		{"nanometres in Korean", "3나노", "3나노", "3nm"},
		{"nanometres in Latin", "3nm", "3nm", "3nm"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tk := oneToken(t, a, tc.in)
			if tk.Surface != tc.surface || mainTerm(tk) != tc.term {
				t.Errorf("Tokens(%q) = surface %q term %q, want %q %q", tc.in, tk.Surface, mainTerm(tk), tc.surface, tc.term)
			}
		})
	}
}

// TestCutKeepsParticles: a run typed without spaces is read as its words
// typed apart: a word keeps the particles and endings the cut took off it
// as its surface, and a word the report never uses that reads on from the
// word before as an ending (지도 of 있는지도) is that ending, no word.
func TestCutKeepsParticles(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, in string
		want     map[string]string // main term → surface; "" for no such token
	}{
		{"a noun joined by 도", "공장부지도나와요?", map[string]string{"부지": "부지도", "공장": "공장"}},
		{"a noun joined by 이나", "매출이나영업이익도있어?", map[string]string{"매출": "매출이나", "이익": "이익도"}},
		{"-는지도 is an ending", "공장이몇곳에있는지도나와?", map[string]string{"지도": "", "공장": "공장이"}},
		{"-인지도 is an ending", "그게어느나라기준인지도있어?", map[string]string{"지도": "", "기준": "기준인지도"}},
		{"a frame word stays a word", "패키징방식인지도나와있어?", map[string]string{"나와": "나와", "방식": "방식인지도"}},
		{"words typed apart are as typed", "공정 부지도 나와요?", map[string]string{"부지": "부지도"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]string{}
			for _, tk := range a.Tokens(tc.in) {
				if len(tk.Terms) > 0 {
					got[tk.Terms[0]] = tk.Surface
				}
			}
			for term, want := range tc.want {
				if got[term] != want {
					t.Errorf("Tokens(%q): surface of %q = %q, want %q (tokens %v)", tc.in, term, got[term], want, got)
				}
			}
		})
	}
}

// TestLongRunIsCut: a question of several clauses typed without spaces is
// cut into its words however long the run, not kept as one unknown word.
func TestLongRunIsCut(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, in string
		want     []string // main terms the run must give
	}{
		{"a short run", "일본반도체보조금규모알려줘", []string{"일본", "반도체", "보조금"}},
		{"a run of over forty syllables", "미국반도체법지원규모와일본반도체보조금규모를비교해서정리해주시고각각의출처와쪽수도함께알려주세요", []string{"미국", "반도체", "일본", "보조금", "출처"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mainTerms(a, tc.in)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("Tokens(%q) main terms = %q, want %q among them", tc.in, got, w)
				}
			}
		})
	}
}

// TestContractionEndingsAreNoWords: the ending of a contraction the
// language at large has belongs to the word before it ("I'm" is no "m" the
// question asks about, which an index holding "3D" or "R&D" would find),
// as the stop list already has it for 's and 't; a name's part after an
// apostrophe stays, and so does a word glued on where the spaces were
// removed.
func TestContractionEndingsAreNoWords(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		in   string
		want []string // the tokens' surfaces
	}{
		{"I'm curious", []string{"I", "curious"}},
		{"we’re looking", []string{"we", "looking"}},
		{"they've shipped", []string{"they", "shipped"}},
		{"what'd Nvidia unveil", []string{"what", "Nvidia", "unveil"}},
		{"you'll see", []string{"you", "see"}},
		{"Japan's subsidy", []string{"Japan", "s", "subsidy"}},
		{"O'Brien said", []string{"O", "Brien", "said"}},
		{"Nvidia'sblackwell", []string{"Nvidia", "sblackwell"}},
		{"we'relooking", []string{"we", "relooking"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, tk := range a.Tokens(tt.in) {
				got = append(got, tk.Surface)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) surfaces = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// mainTerms is the first term of each token of text that has one: each
// word's stem as the index keys it.
func mainTerms(a *analysis.Analyzer, text string) []string {
	var out []string
	for _, tk := range a.Tokens(text) {
		if len(tk.Terms) > 0 {
			out = append(out, tk.Terms[0])
		}
	}
	return out
}

// TestOpenCompounds: a Korean word the report never uses, typed before a
// noun that it makes a word of the report with, is that word typed open
// ("영문 요약" for 영문요약); a word the report uses, or a verb after an
// adverb whose letters spell a report word closed up, stays as typed.
func TestOpenCompounds(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name string
		in   string
		want []string // main terms, in order
	}{
		{"an unknown word and a noun the report joins", "영문 요약에서", []string{"영문요약"}},
		{"a word the report uses stays apart", "반도체 법", []string{"반도체", "법"}},
		{"an adverb and a verb join into no noun", "안 보고", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range a.Tokens(tt.in) {
				if !tk.Frame {
					got = append(got, mainTerm(tk))
				}
			}
			if tt.want == nil {
				if len(got) == 1 {
					t.Errorf("Tokens(%q) main terms %q, want the words kept apart", tt.in, got)
				}
				return
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) main terms %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestGluedSuffixReadAsSpaced: a noun suffix typed on a word inside a run
// typed without spaces is read with that word, as the spaced reader reads
// the two typed apart (자립률, which the report writes longer), not lost
// as a syllable the cut could not place.
func TestGluedSuffixReadAsSpaced(t *testing.T) {
	a := analyzer(t)
	for _, tc := range []struct {
		name, glued, spaced, want string
	}{
		{"a word the report lacks", "일본소재자립률은올랐나", "일본 소재 자립률은 올랐나", "자립률"},
		{"a word the report uses", "장비성장률은", "장비 성장률은", "성장률"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, spaced := allTerms(a.Tokens(tc.glued)), allTerms(a.Tokens(tc.spaced))
			if !slices.Contains(got, tc.want) || !slices.Equal(got, spaced) {
				t.Errorf("Tokens(%q) terms = %v, want %v holding %q (as spaced)", tc.glued, got, spaced, tc.want)
			}
		})
	}
}

// TestGrammarRunIsVerbal: a run typed without spaces that is grammar alone
// (a frame word or an adverb with verbs' forms, particles and endings) is
// read as how the asker asks, a verbal word no hedge names; a run with a
// noun in it, a name with its particle and a unit are not.
func TestGrammarRunIsVerbal(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, in string
		want     bool
	}{
		{"an adverb and an adjective", "제일많아", true},
		{"an adverb and a verb", "훨씬높아", true},
		{"an adverb and a verb with endings", "못찾겠네", true},
		{"a noun among them", "서울내일눈온대", false},
		{"a name and its particle", "브라질은", false},
		{"a unit and its ending", "와트야", false},
		{"a name the lists lack", "화웨이", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := a.Tokens(tc.in)
			if len(toks) != 1 {
				t.Fatalf("Tokens(%q) = %+v, want one token", tc.in, toks)
			}
			if got := toks[0].Verbal; got != tc.want {
				t.Errorf("Tokens(%q) Verbal = %v, want %v (%+v)", tc.in, got, tc.want, toks[0])
			}
		})
	}
}
