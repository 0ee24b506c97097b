package answer_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/quality"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/tuning"
)

// sharedEngine builds the engine on the embedded report once per test binary.
var sharedEngine = sync.OnceValues(func() (*answer.Engine, error) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		return nil, err
	}
	return answer.New(x), nil
})

// mustAnswer asks q for three results and requires an answer with
// results: what most tests of a reply's shape start from.
func mustAnswer(t *testing.T, e *answer.Engine, q string) answer.Answer {
	t.Helper()
	ans, err := e.Ask(context.Background(), question.Plain(q), 3)
	if err != nil {
		t.Fatalf("Ask(%q): %v", q, err)
	}
	if !ans.Answered || len(ans.Results) == 0 {
		t.Fatalf("Ask(%q) declined, want an answer", q)
	}
	return ans
}

func mustEngine(t testing.TB) *answer.Engine {
	t.Helper()
	e, err := sharedEngine()
	if err != nil {
		t.Fatalf("build engine: %v", err)
	}
	return e
}

func TestExcerptsAreShort(t *testing.T) {
	e := mustEngine(t)
	for _, g := range mustGold(t, "testdata/questions-dev.jsonl") {
		ans, err := e.Ask(context.Background(), question.Plain(g.Q), 5)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range ans.Results {
			if n := utf8.RuneCountInString(r.Excerpt); n > tuning.Defaults().MaxExcerptRunes+2 {
				t.Errorf("%s: excerpt of %d runes, want ≤ %d: %q", g.ID, n, tuning.Defaults().MaxExcerptRunes+2, r.Excerpt)
			}
			if !strings.Contains(quality.Normalize(r.Text), quality.Normalize(strings.Trim(strings.SplitN(r.Excerpt, "…", 2)[0], " "))) {
				t.Errorf("%s: excerpt %q is not from its passage", g.ID, r.Excerpt)
			}
		}
	}
}

// TestScoringIsBM25 checks that bleve really scores with BM25: its BM25 path
// explains a saturation and a field-length norm, TF-IDF explains neither.
func TestBadQuestions(t *testing.T) {
	e := mustEngine(t)
	// What the reply is: a sure answer, a hedge naming what the report
	// lacks, or a decline. "flagged" accepts a hedge or a decline: either
	// tells the user the report does not answer.
	const (
		sure     = "sure"
		flagged  = "flagged"
		declined = "declined"
	)
	tests := []struct {
		name    string
		q       string
		wantErr error
		want    string
		naming  string // a word the hedge must name, when it hedges
	}{
		{"empty", "", question.ErrEmpty, declined, ""},
		{"spaces", "   \t ", question.ErrEmpty, declined, ""},
		{"too long", strings.Repeat("반도체 ", question.MaxRunes), question.ErrTooLong, declined, ""},
		{"query syntax", `*"~:\+- AND OR NOT ()[]{}^`, nil, declined, ""},
		{"punctuation", "???!!!", nil, declined, ""},
		{"nul bytes", "\x00\x00미국\x00", nil, sure, ""},
		{"emoji", "🤖🤖🤖", nil, declined, ""},
		{"lunch", "Where should we order dinner tonight?", nil, declined, ""},
		{"a release the report predates", "When is GPT-5 released?", nil, flagged, "GPT-5"},
		{"a share price", "What was NVIDIA's share price in 2025?", nil, flagged, ""},
		{"a share price in Korean", "엔비디아 2025년 주가는?", nil, flagged, ""},
		{"a country the report does not cover", "인도 정부가 반도체에 주는 보조금은 얼마지?", nil, flagged, "인도"},
		// The report gives a law's total and names the companies it funds
		// in another line: no figure is any one company's.
		{"one company's share of a law's total", "TSMC가 받은 CHIPS법 지원금 규모", nil, flagged, "TSMC"},
		// a stage the report numbers is named by its whole word: the bare
		// number of another figure on the line ("'23년") is not the stage
		{"a numbered stage whose line gives no figure", "일본 3단계 예산 얼마나 써?", nil, flagged, "3단계"},
		{"one company's share of a law's total, in English", "How much CHIPS Act money does TSMC get?", nil, flagged, "TSMC"},
		// A company named with its country is the narrower subject: the
		// country's figure is not the company's.
		{"one company's figure asked with its country", "How much US CHIPS money went to Samsung?", nil, flagged, "Samsung"},
		{"one company's figure asked with its country, in Korean", "미국 정부가 인텔에 투자한 금액은?", nil, flagged, ""},
		// The report dates the institute's founding and gives no head
		// count: a year is no count of people.
		{"a head count the report does not give", "IMEC 연구원은 몇 명이야?", nil, flagged, ""},
		{"a head count the report does not give, in English", "How many staff does IMEC employ?", nil, flagged, ""},
		// The report gives a budget "excluding defence": it is no figure of
		// defence, and is one of what is not defence.
		{"a figure the report says leaves the word out", "미국 국방 AI 예산은 얼마야?", nil, flagged, "국방"},
		{"a word that agrees with what is left out", "미국 비국방 AI 예산은 얼마야?", nil, sure, ""},
		// A sum asked without "how much", where no result holds any sum.
		{"a spend no result gives a sum for", "What did Korea's government spend on AI in 2023?", nil, flagged, "spend"},
		// Words naming a part of the report say where to look: the passage
		// that answers need not hold them, nor does the report's text name
		// its parts.
		{"a part of the report named", "What does the English summary say about memory semiconductors?", nil, sure, ""},
		{"a part of the report and nothing it holds", "In the English summary, what do the tracks cost?", nil, flagged, ""},
		// What is asked about is told of the thing asked about only by a
		// passage that holds both: the report names OpenAI's chip project
		// and, elsewhere, foundries, but not whose foundry makes the chip.
		{"what is asked held only apart from its subject", "오픈AI 칩은 어느 파운드리가 만들어?", nil, flagged, "파운드리"},
		{"what is asked held with its subject", "엔비디아 H100은 어느 회사가 패키징해?", nil, sure, ""},
		// Particles after 몇 name no unit, and a line holding both sides of
		// a comparison states each.
		{"a comparison asked with particles after 몇", "중국 AI 기술수준은 미국 대비 몇으로 나와?", nil, sure, ""},
		// A footnote's date is when its article appeared: it dates a
		// claim's source, not what the claim is about, unless the source
		// is what is asked.
		{"a date only a footnote gives, asked of the thing", "오픈AI Tigris 칩은 언제 출시돼?", nil, flagged, "Tigris"},
		{"a date only a footnote gives, asked of the thing, in English", "When will OpenAI's Tigris chips come out?", nil, flagged, "Tigris"},
		{"a footnote's date asked of the source", "오픈AI Tigris 기사 출처 날짜가 언제야?", nil, sure, ""},
		// The number of a name is no figure of it, nor is a year: a line
		// that names a model's version among others states no size of it.
		{"a version's number is no size of it", "LLaMA 3.1 sizes?", nil, flagged, "LLaMA 3.1"},
		{"the sizes of the version the report gives", "LLaMA 3 sizes?", nil, sure, ""},
		// A word the report never uses, asked about, is the asker's own
		// name for what a passage holding all the rest of the question
		// says; where the best passage holds little else, it is a detail
		// the report does not give.
		{"the asker's own word for what the passage states", "엔비디아 차세대 AI GPU Blackwell 공개 연월은?", nil, sure, ""},
		{"a detail no passage holding the rest gives", "엔비디아 Blackwell 판매가는?", nil, flagged, "판매가"},
		{"syntax around a real question", `"미국" +반도체법 -지원* 규모~?`, nil, sure, ""},
		// A question on office life meets the report only on an everyday
		// word it uses once or twice; its own subject is words the report
		// never uses. One on the report's subject, wrapped in the asker's
		// chatter, shares a word much of the report uses, everyday or not.
		{"office life sharing one everyday word", "택배 반품 신청 기간 며칠이야", nil, declined, ""},
		{"a canteen sharing one everyday word", "구내식당 메뉴 가격 계산 좀 해줘", nil, declined, ""},
		{"the report's subject wrapped in chatter", "for my slides tomorrow, what does it say about talent?", nil, sure, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Ask(%q) error = %v, want %v", tt.q, err, tt.wantErr)
			}
			if err != nil {
				return
			}
			got := sure
			switch {
			case !ans.Answered:
				got = declined
			case len(ans.Missing) > 0:
				got = flagged
			}
			if got != tt.want && !(tt.want == flagged && got == declined) {
				t.Errorf("Ask(%q) is %s (missing %q), want %s", tt.q, got, ans.Missing, tt.want)
			}
			if got == flagged && tt.naming != "" && !slices.Contains(ans.Missing, tt.naming) {
				t.Errorf("Ask(%q) hedges naming %q, want it to name %q", tt.q, ans.Missing, tt.naming)
			}
			if !ans.Answered && len(ans.Suggestions) == 0 {
				t.Errorf("Ask(%q) declined with no suggestions: a decline must point somewhere", tt.q)
			}
			if ans.Answered && len(ans.Results) == 0 {
				t.Errorf("Ask(%q) answered with no results", tt.q)
			}
			for _, m := range ans.Missing {
				if !strings.Contains(tt.q, m) {
					t.Errorf("Ask(%q) names %q as missing: not a word of the question", tt.q, m)
				}
			}
		})
	}
}

// TestBareSourceAsksWhat checks that a request for a source that says
// nothing of whose is asked what it is about, rather than answered with
// whichever passage holds the word "source"; one that names its subject,
// or a word for what the report names (its authors), is answered.
func TestBareSourceAsksWhat(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q     string
		wantAskWhat bool
	}{
		{"a bare source word", "출처는?", true},
		{"a bare source word, in English", "source?", true},
		{"two source words", "각주 출처 알려줘", true},
		{"a source of something named", "일본 반도체 보조금 출처는?", false},
		{"the report's authors", "저자 누구야?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatal(err)
			}
			if got := ans.AskWhat; got != tt.wantAskWhat {
				t.Errorf("Ask(%q).AskWhat = %v, want %v", tt.q, got, tt.wantAskWhat)
			}
			if ans.AskWhat && (ans.Answered || len(ans.Results) > 0) {
				t.Errorf("Ask(%q) asks what it is about but answers too: %d results", tt.q, len(ans.Results))
			}
		})
	}
}

func TestAskHonoursContext(t *testing.T) {
	e := mustEngine(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Ask(ctx, question.Plain("미국 반도체법"), 3); !errors.Is(err, context.Canceled) {
		t.Errorf("Ask on a cancelled context: err = %v, want context.Canceled", err)
	}
}

func TestAnswerCarriesCitation(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q, section, pages, source string
	}{
		{"korean fact", "미국은 반도체법으로 얼마를 지원해?", "3.1", "25–33", ""},
		{"footnote source", "엔비디아 선행 투자 6대 분야 기사 출처", "2.2.1.가", "10–16", "테크튜브(2023.6.28.)"},
		{"english to korean", "When did SK hynix start mass production of HBM3E?", "2.2.1.마", "10–16", "SK하이닉스 보도자료(2024.3.19)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := mustAnswer(t, e, tt.q)
			r := ans.Results[0]
			if r.Section != tt.section || r.Pages != tt.pages {
				t.Errorf("first result %s (pp. %s), want %s (pp. %s)", r.Section, r.Pages, tt.section, tt.pages)
			}
			if r.SectionTitle == "" {
				t.Errorf("first result has no section title")
			}
			if tt.source != "" && !strings.Contains(strings.Join(r.Sources, "\n"), tt.source) {
				t.Errorf("sources = %q, want one containing %q", r.Sources, tt.source)
			}
		})
	}
}

func TestRepeatedTextDoesNotCrowd(t *testing.T) {
	e := mustEngine(t)
	ans, err := e.Ask(context.Background(), question.Plain("초격차 정의"), 5)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range ans.Results {
		k := quality.Normalize(r.Excerpt)
		if seen[k] {
			t.Errorf("excerpt %q returned twice", r.Excerpt)
		}
		seen[k] = true
	}
}

// TestQualityFloorExtra runs our own questions, written from parts of the
// report the development set does not ask about, with out-of-scope questions
// of other kinds: a check that the method carries beyond the sample.
// FuzzAsk feeds the engine arbitrary text: it must never panic, and an answer
// must carry results while a decline carries suggestions.
func FuzzAsk(f *testing.F) {
	for _, s := range []string{"미국 반도체법 지원 규모는?", "HBM3E", `*"~:\+-`, "<@U1> 美 中 '24년", "\x00", "Ŝ̸̛ ✓ 🤖", "IBMTelum2나노AIR&DEUAI" + strings.Repeat("Ab1", 20)} {
		f.Add(s)
	}
	e := mustEngine(f)
	f.Fuzz(func(t *testing.T, q string) {
		ans, err := e.Ask(context.Background(), question.Plain(q), 3)
		if err != nil {
			if !errors.Is(err, question.ErrEmpty) && !errors.Is(err, question.ErrTooLong) {
				t.Fatalf("Ask(%q): unexpected error %v", q, err)
			}
			return
		}
		if ans.Answered && len(ans.Results) == 0 || !ans.Answered && len(ans.Suggestions) == 0 {
			t.Fatalf("Ask(%q) = answered %v with %d results and %d suggestions", q, ans.Answered, len(ans.Results), len(ans.Suggestions))
		}
	})
}

func mustGold(t testing.TB, path string) []quality.Question {
	t.Helper()
	qs, err := quality.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return qs
}

// TestExplainRefusesTooLong checks that --explain applies Ask's limit, so an
// over-long question is neither analysed nor printed back.
func TestExplainRefusesTooLong(t *testing.T) {
	e := mustEngine(t)
	long := strings.Repeat("반도체 ", question.MaxRunes)
	got := e.Explain(context.Background(), question.Plain(long))
	if strings.Contains(got, "반도체") || !strings.Contains(got, "refused") {
		t.Errorf("Explain(%d runes) = %.200q, want a refusal that does not repeat the question", utf8.RuneCountInString(long), got)
	}
}

// TestSameQuestionSameAnswer builds the engine three times and asks every
// question of the shared and own sets: each build must give each question the
// same passages and excerpts. bleve returns equal scores in an order that can
// differ from one build to the next, and a user asking twice must not get two
// answers.
func TestSameQuestionSameAnswer(t *testing.T) {
	var qs []quality.Question
	for _, f := range []string{"questions-dev.jsonl", "questions-dev-robust.jsonl", "own-fit.jsonl", "own-holdout.jsonl"} {
		qs = append(qs, mustGold(t, "testdata/"+f)...)
	}
	answers := func(e *answer.Engine) []string {
		out := make([]string, len(qs))
		for i, q := range qs {
			ans, err := e.Ask(context.Background(), question.Plain(q.Q), 3)
			if err != nil {
				t.Fatalf("%s: %v", q.ID, err)
			}
			var b strings.Builder
			for _, r := range ans.Results {
				fmt.Fprintf(&b, "%d %s|", r.PassageID, r.Excerpt)
			}
			out[i] = b.String()
		}
		return out
	}
	want := answers(mustEngine(t))
	for build := range 2 {
		x, err := search.Load("", search.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := answers(answer.New(x))
		x.Close()
		for i := range qs {
			if got[i] != want[i] {
				t.Errorf("build %d, %s %q:\ngot  %s\nwant %s", build+2, qs[i].ID, qs[i].Q, got[i], want[i])
			}
		}
	}
}

// TestEnglishSummaryNamed checks that a question naming the report's English
// summary, as people name it, is answered from it: the glossary reads the
// name as the part the report titles 영문요약.
func TestEnglishSummaryNamed(t *testing.T) {
	e := mustEngine(t)
	tests := []struct{ name, q string }{
		{"the English summary", "In the English summary, what should policy do for memory semiconductors?"},
		{"the abstract", "According to the abstract, what should policies do for memory semiconductors?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(ans.Results) == 0 {
				t.Fatalf("Ask(%q) has no results", tt.q)
			}
			if got, want := ans.Results[0].Section, "summary-en"; got != want {
				t.Errorf("Ask(%q) first result from %s, want %s", tt.q, got, want)
			}
		})
	}
}

// TestMostlyOtherWords checks that a question most of whose words the
// report never uses (fewer still in English, which the report writes only
// in its summary), and that names no term, code or name of its own, is
// declined however everyday those words are, as is one whose only words
// the report shares are everyday ones it seldom uses; while one that
// shares its subject with the report is answered, surely or hedged,
// chatter and all: a decline would tell the user the report is silent on
// what it discusses. An adverb of how the asker asks ("그냥", "대충") is
// no word of a subject, the report's or another's, and counts for neither.
func TestMostlyOtherWords(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name         string
		q            string
		wantAnswered bool
	}{
		{"office outing", "회식 장소 추천 좀 해줘", false},
		{"tax paperwork", "연말정산 서류 제출 마감 언제야?", false},
		{"company and code", "삼성전자 HBM 개발 현황 알려줘", true},
		{"report's own subject", "반도체 공급망 재편 얘기 좀 해줘", true},
		{"an errand, in English", "how do I renew my passport at the embassy next week?", false},
		{"chatter around a company and a code, in English", "quick q for my slides tmrw: what does the report say about Samsung HBM?", true},
		{"the report's word amid chatter", "제언만 팀장님 보고서 양식 한장에 옮겨적을거임", true},
		{"office chatter sharing an everyday word", "사내 동호회 가입 신청 기간 언제까지야", false},
		{"sport sharing a year and an everyday word, in English", "who won the 2018 world chess final?", false},
		{"sport sharing a year and an everyday word, in Korean", "2024년 세계 마라톤 대회 우승자 누구야?", false},
		{"a source named by its author and year", "kim jiwoo 2023 gets cited often, who is its publisher?", true},
		{"the report's word amid adverbs of how to ask", "보고서 발행일 언제임? 그냥 대충", true},
		{"office chatter amid the same adverbs", "회식 장소 그냥 대충 추천 좀 해줘", false},
		{"chatter with adverbs sharing nothing", "그냥 요즘 주식 대충 어때", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatal(err)
			}
			if got := ans.Answered; got != tt.wantAnswered {
				t.Errorf("Ask(%q).Answered = %v (missing %q), want %v", tt.q, got, ans.Missing, tt.wantAnswered)
			}
		})
	}
}

// TestWordsThatDoNotHedgeAlone checks that neither the word a question
// asks about nor a word of the asker's own that the report never uses
// hedges an answer by itself: the kind of answer wanted is held by a
// passage that names one without the kind's own word, and the asker's
// words say who asks or why. A price the report never gives still hedges,
// through the figure it asks for.
func TestWordsThatDoNotHedgeAlone(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name       string
		q          string
		wantHedged bool
	}{
		{"the kind of figure, in English", "What tax credit rates does Taiwan's amended law give for R&D and EUV equipment?", false},
		{"the kind of place a source appeared in", "HBM3E 양산 기사는 어느 매체에 실렸어?", false},
		{"a price the report never gives", "블랙웰 B200 가격 얼마야?", true},
		// Of a sum, the asker's Korean word for the figure is the sum a
		// line states in a currency.
		{"the size of a sum, in Korean", "일본 반도체 지원금 총 규모는?", false},
		// Asked for a source, a word the report never uses for its kind
		// is answered by the source a result cites, of whatever kind;
		// what the source is of must still be held.
		{"the kind of source wanted", "엔비디아 블랙웰 공개 소식을 전한 언론사는 어디야? 출처 알려줘", false},
		{"the original source wanted", "블랙웰 B200 공개 기사 원출처 어디임?", false},
		{"the source of a price the report never gives", "블랙웰 B200 가격을 보도한 언론사 출처는?", true},
		// An English word for the figure itself ("amount", "size") is
		// what a line's figure is, not a thing it must name beside it.
		{"the amount, in English", "What amount did Japan budget for its chip subsidies in 2021-2023?", false},
		{"the size, in English", "What is the size of the fund the EU plans by 2030 for chips?", false},
		// A word of the asker's own that the report never uses, and that
		// is no name or code, says who asks or why, not what.
		{"who asks, in a compound the report never uses", "팀장님이 물어보시는데 삼성전자 HBM 개발 현황 알려줘", false},
		{"what for, in a compound the report never uses", "보고용으로 엔비디아 블랙웰 공개 시점 알려줘", false},
		// A passage that covers too little of the question is hedged on
		// what names something, not on a Korean word of the language at
		// large that the report never uses.
		{"the reply's form, with a loanword", "제언 부분 슬라이드 한장에 넣게 정리 좀", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := mustAnswer(t, e, tt.q)
			if got := len(ans.Missing) > 0; got != tt.wantHedged {
				t.Errorf("Ask(%q): hedged = %v (missing %v), want %v", tt.q, got, ans.Missing, tt.wantHedged)
			}
		})
	}
}

// TestFootnoteNamedByNumber: a question that names a footnote by its
// number is answered by the text that carries the footnote's marker
// (¹⁵⁾), not hedged for a "15" no line prints in digits.
func TestFootnoteNamedByNumber(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q, wantSection string
	}{
		{"in Korean, the number after the word", "각주 15번이 말하는 IBM 칩은 어디서 만들어?", "2.2.3.나"},
		{"in English", "What does footnote 15 say about where IBM makes its chip?", "2.2.3.나"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := mustAnswer(t, e, tt.q)
			if len(ans.Missing) > 0 {
				t.Errorf("Ask(%q) hedged on %v, want a plain answer", tt.q, ans.Missing)
			}
			if got := ans.Results[0].Section; got != tt.wantSection {
				t.Errorf("Ask(%q) first result in %s, want %s", tt.q, got, tt.wantSection)
			}
		})
	}
}

// TestNameReadAsVerbStillBinds checks that a name the report prints,
// which the analyser reads as a verb's form (애리조나 as 애리조 + 나), still
// names what a date asked is of: a date on a line without it is another
// thing's. The sentence is made up for the test.
func TestNameReadAsVerbStillBinds(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q, missing string
	}{
		{"a place name asked a date of", "애리조나 신규 생산시설은 언제 완공돼?", "애리조나"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustAnswer(t, e, tt.q)
			if !slices.Contains(got.Missing, tt.missing) {
				t.Errorf("Ask(%q) missing %q, want it to name %q", tt.q, got.Missing, tt.missing)
			}
		})
	}
}

// TestEnglishWordFindsItsKoreanSense checks that an English word reaches
// the Korean words the report says it with: "focus" is 집중, 초점 and 중점
// (중점을 두다, to put the weight on), and a question asking what a plan
// focuses on quotes the line that says where it puts its weight.
func TestEnglishWordFindsItsKoreanSense(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name string
		q    string
		want string // in the first result's excerpt
	}{
		{"focus is 중점", "Taiwan's action plan 2.0 for AI: what is its focus?", "기술력 확대에 중점"},
		{"focus areas", "For Taiwan's AI action plan version 2.0, list the focus areas", "기술력 확대에 중점"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustAnswer(t, e, tt.q)
			got := ""
			if len(a.Results) > 0 {
				got = a.Results[0].Excerpt
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("first excerpt = %q, want it to hold %q", got, tt.want)
			}
		})
	}
}

// TestNoQuoteTwice checks that a reply never quotes the same words twice:
// the Korean summary repeats the recommendations word for word, and the
// body's passage, which has pages to cite, stands in its place. The
// questions are made up for the test.
func TestNoQuoteTwice(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q, wantSection string
	}{
		{"a recommendation the summary repeats", "글로벌 프론티어 국가 신기술 정책 모니터링 제언", "4.3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustAnswer(t, e, tt.q)
			seen := map[string]string{}
			for _, r := range a.Results {
				if s, ok := seen[r.Excerpt]; ok {
					t.Errorf("Ask(%q): %s and %s quote the same words %q", tt.q, s, r.Section, r.Excerpt)
				}
				seen[r.Excerpt] = r.Section
			}
			if got := a.Results[0].Section; got != tt.wantSection || a.Results[0].Pages == "" {
				t.Errorf("Ask(%q) first result %s (pages %q), want %s with its pages", tt.q, got, a.Results[0].Pages, tt.wantSection)
			}
		})
	}
}
