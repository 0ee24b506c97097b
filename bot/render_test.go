package bot

import (
	"encoding/json"
	"flag"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/bot/present/presenttest"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/search"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// allTexts returns every text a message would show, with where it sits.
func allTexts(msg present.Message) map[string]string {
	out := map[string]string{"text": msg.Text}
	for i, b := range msg.Blocks {
		switch b := b.(type) {
		case *slack.HeaderBlock:
			out[blockKey(i, "header")] = b.Text.Text
		case *slack.SectionBlock:
			out[blockKey(i, "section")] = b.Text.Text
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if t, ok := e.(*slack.TextBlockObject); ok {
					out[blockKey(i, "context")] += t.Text
				}
			}
		case *slack.ActionBlock:
			for j, e := range b.Elements.ElementSet {
				if btn, ok := e.(*slack.ButtonBlockElement); ok {
					// Values come back to the bot and are never shown, so
					// they are checked for length only, elsewhere.
					out[blockKey(i, "button")+string(rune('a'+j))] = btn.Text.Text
				}
			}
		}
	}
	return out
}

func blockKey(i int, kind string) string {
	return kind + "#" + string(rune('0'+i/10)) + string(rune('0'+i%10))
}

// assertNoPing fails if any text could notify someone.
func assertNoPing(t *testing.T, msg present.Message) {
	t.Helper()
	for where, text := range allTexts(msg) {
		lower := strings.ToLower(text)
		for _, bad := range []string{"<!channel", "<!here", "<!everyone", "<@", "<!subteam", "@here", "@channel", "@everyone"} {
			if strings.Contains(lower, bad) {
				t.Errorf("%s contains %q: %q", where, bad, text)
			}
		}
	}
}

func TestRenderStaysWithinSlackLimits(t *testing.T) {
	longKo := strings.Repeat("인공지능 반도체 초격차 전략은 국가 경쟁력의 핵심이며 정부와 기업의 협력이 필요하다. ", 200)
	hostile := "<!channel> <@U999> <!subteam^S1> @here @everyone & <script> " + longKo
	huge := answer.Answer{Question: longKo, Lang: "ko", Answered: true}
	for i := range 6 {
		huge.Results = append(huge.Results, answer.Result{
			Section:      strings.Repeat("2.2.1.마", 20),
			SectionTitle: longKo,
			Pages:        "25–33",
			Excerpt:      hostile,
			Sources:      []string{longKo, hostile, longKo, longKo, longKo, longKo, longKo},
		})
		_ = i
	}
	declined := answer.Answer{Question: hostile, Lang: "ko"}
	for range 40 {
		declined.Suggestions = append(declined.Suggestions, search.SectionRef{ID: "3.1", Title: longKo, Pages: "1–2"})
	}
	tests := []struct {
		name string
		msg  present.Message
	}{
		{"huge korean answer", present.Answer(huge, present.AnswerView{Ephemeral: true})},
		{"huge korean answer page 2", present.Answer(huge, present.AnswerView{Page: 1, Ephemeral: true})},
		{"huge shared answer", present.Answer(huge, present.AnswerView{Shared: true})},
		{"huge decline", present.Answer(declined, present.AnswerView{})},
		{"sample english", present.Answer(sampleAnswer("en"), present.AnswerView{Ephemeral: true})},
		{"empty answer", present.Answer(answer.Answer{Question: "x", Answered: true}, present.AnswerView{})},
		{"usage ko", present.Usage("ko", "/report", "", corpus.Examples{AskKo: []string{"가나다라마바사 시사점은?"}, AskEn: []string{strings.Repeat("Why? ", 40)}})},
		{"usage en", present.Usage("en", "/report", "", corpus.Examples{})},
		{"bilingual", present.Bilingual("ko", func(l present.Labels) string { return l.NotAvailable })},
		{"notice", present.Notice(hostile)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := present.CheckLimits(tt.msg); err != nil {
				t.Fatalf("checkLimits: %v", err)
			}
			// Check the limits again independently of checkLimits.
			if n := len(tt.msg.Blocks); n > 50 || n == 0 {
				t.Errorf("%d blocks, want 1..50", n)
			}
			limits := map[string]int{"header": 150, "section": 3000, "context": 3000, "button": 75, "text": 3000}
			for where, text := range allTexts(tt.msg) {
				kind, _, _ := strings.Cut(where, "#")
				if n := utf8.RuneCountInString(text); n > limits[kind] {
					t.Errorf("%s has %d characters, limit %d", where, n, limits[kind])
				}
				if strings.TrimSpace(text) == "" {
					t.Errorf("%s is empty", where)
				}
			}
			b, _ := json.Marshal(tt.msg)
			if len(b) > 12*1024 {
				t.Errorf("JSON is %d bytes, want ≤ 12 KiB", len(b))
			}
			assertNoPing(t, tt.msg)
		})
	}
}

func TestRenderDeclineSuggests(t *testing.T) {
	a := answer.Answer{Question: "날씨는?", Lang: "ko", Suggestions: []search.SectionRef{{ID: "2.1", Title: "AI 반도체 분야 초격차 확보 정책 현황 분석", Pages: "25–33"}}}
	got := allTexts(present.Answer(a, present.AnswerView{}))
	joined := strings.Join(values(got), "\n")
	for _, want := range []string{"찾지 못했습니다", "2.1 AI 반도체 분야 초격차 확보 정책 현황 분석 (25–33쪽)", "구체적으로"} {
		if !strings.Contains(joined, want) {
			t.Errorf("decline lacks %q:\n%s", want, joined)
		}
	}
}

func values(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// subsidyAnswer is a Korean answer as the engine gives it: three results
// in a row from 3.1, then 3.2, 4.2 and 3.1 again, the first passage of two
// bullets.
func subsidyAnswer() answer.Answer {
	const t31, t32, t42 = "AI 반도체 분야 초격차 확보 정책 현황 분석", "AI 소프트웨어 분야 초격차 확보 정책 현황 분석", "AI 소프트웨어 분야 주요 정책 시사점"
	r := func(sec, title, pages, excerpt string) answer.Result {
		return answer.Result{Section: sec, SectionTitle: title, Pages: pages, Excerpt: excerpt, Text: excerpt}
	}
	a := answer.Answer{Question: "일본 반도체 보조금 얼마야?", Lang: "ko", Answered: true, Results: []answer.Result{
		r("3.1", t31, "25–33", "반도체 첨단 생산기반 확보, 공급망 강화, 연구·개발을 위해 ‘21~’23년도 추정 예산으로 약 4조엔의 보조금을 편성·지원 중"),
		r("3.1", t31, "25–33", "공통적으로 역내 반도체 생산시설의 확보를 위한 보조금 지원, 첨단 설계·제조 기술 강화를 위한 연구개발 및 인력양성 등 국가적 지원전략을 제시\n미국은 「CHIPS법」등 강력한 수단을 통해 한국·대만 등 반도체 기업의 생산거점을 자국으로 유치 중, 일본·대만·EU 역시 자체적인 반도체법을 통해 역내 생산역량 강화를 위한 투자를 확대 중"),
		r("3.1", t31, "25–33", "보조금 수혜기업에 대해 우려 대상 국가(중국, 러시아, 이란, 북한 등)에 향후 10년간 반도체 시설에 대한 투자를 금지하는 '가드레일 조항'을 적용하여 기술개발을 견제"),
		r("3.2", t32, "34–42", "(AI 관련 정부 예산) ‘23년 일본 정부의 AI R&D 투자는 3.6억 달러로 민간을 포함한 전체 AI R&D 투자의 10.6%에 해당"),
		r("4.2", t42, "45–47", "또한, 각국은 부처 간 협업 및 단일 의사 결정을 위한 범부처 기구를 신설하여 AI 정책에 대한 일관성을 유지(예: 미국 국가 AI 이니셔티브실, 일본 AI 전략 회의, 프랑스 국가 AI 조정관 등)"),
		r("3.1", t31, "25–33", "중국 정부는 이와 같은 기술·산업 제재를 타계하고자, 자국산 AI반도체 사용 시 보조금 지급 및 수요 창출을 위한 데이터센터 구축 프로젝트 등을 추진 중"),
	}}
	a.Results[0].Sources = []string{"経済産業省(2023), 半導体・デジタル産業戦略"}
	return a
}

// recommendationsAnswer is an English question answered from 4.3: four
// results from one section.
func recommendationsAnswer() answer.Answer {
	const t43 = "AI 초격차 전략 수립을 위한 제언"
	a := answer.Answer{Question: "What are the main recommendations?", Lang: "en", Answered: true, Form: answer.FormReport}
	for _, ex := range []string{
		"(초격차 대상 분야의 설정) 초격차를 확보해야 하는 분야와 초격차를 확보한 기업을 대상으로 추격해야 하는 분야 모니터링 필요",
		"(메모리 반도체 초격차 확보) AI 분야에서 국내 기업들이 초격차를 보유한 분야를 대상으로 자체적인 연구개발 활동을 지원하기 위한 정책 지원 필요",
		"(비메모리 반도체 분야 초격차 대응) 협력 네트워크 생태계를 고려한 초격차 대응 지원 마련 & <!here> 공유",
		"(AI 소프트웨어 분야 초격차 대응) 글로벌 선도 기업과의 시장지배력 격차를 좁히기 위한 대응 방안 마련",
	} {
		a.Results = append(a.Results, answer.Result{Section: "4.3", SectionTitle: t43, Pages: "48–50", Excerpt: ex})
	}
	return a
}

func TestGolden(t *testing.T) {
	ko := sampleAnswer("ko")
	ko.Question = "AI 반도체 분야에서 미국의 초격차 확보 정책은?"
	en := sampleAnswer("en")
	en.Question = "What does the US do to lead in AI chips?"
	en.Results[0].Excerpt = "The US attracts AI chip production with the CHIPS and Science Act. It aims at supply-chain security & technology leadership <!here>."
	declineEN := answer.Answer{Question: "What is the weather in Seoul?", Lang: "en", Suggestions: []search.SectionRef{
		{ID: "1.1", Title: "연구 배경 및 목적", Pages: "1–2"},
		{ID: "3.1", Title: "AI 반도체 분야 초격차 확보 정책 현황 분석", Pages: "25–33"},
	}}
	declineKO := answer.Answer{Question: "서울 날씨는?", Lang: "ko", Suggestions: declineEN.Suggestions}

	hedgedKO := subsidyAnswer()
	hedgedKO.Question, hedgedKO.Missing = "일본의 2030년 반도체 보조금 목표는?", []string{"2030년"}
	hedgedKO.Results = hedgedKO.Results[:2]
	hedgedEN := recommendationsAnswer()
	hedgedEN.Question, hedgedEN.Missing, hedgedEN.Form = "What budget does the report recommend for quantum computing?", []string{"budget", "quantum computing"}, ""
	hedgedEN.Results = hedgedEN.Results[:2]

	// The one-line answer heads the first page only; More shows quotes.
	runs := subsidyAnswer()
	runs.Direct = "일본 반도체 보조금: 약 4조엔 (3.1, 25–33쪽)"
	directEN := subsidyAnswer()
	directEN.Question, directEN.Lang = "How much is Japan's chip subsidy?", "en"
	directEN.Direct = "Japan chip subsidy: about ¥4 trillion (3.1, pp. 25–33)"
	directEN.Results = directEN.Results[:2]

	// An excerpt longer than the roomiest budget is cut between words.
	clipped := subsidyAnswer()
	clipped.Results = clipped.Results[:2]
	clipped.Results[1].Excerpt = strings.Repeat("미국은 「CHIPS법」등 강력한 수단을 통해 한국·대만 등 반도체 기업의 생산거점을 자국으로 유치 중, 일본·대만·EU 역시 자체적인 반도체법을 통해 역내 생산역량 강화를 위한 투자를 확대 중 ", 12)
	// Under a Korean quote, the sentence of the report's English summary
	// that says the same thing, for an English asker.
	const t11 = "연구 배경 및 목적"
	summaryEN := answer.Answer{Question: "How does the EU balance AI regulation and sustainability?", Lang: "en", Answered: true, Results: []answer.Result{
		{Section: "1.1", SectionTitle: t11, Pages: "1–2",
			Excerpt: "(EU) AI의 신뢰성 및 안전성 확보를 통한 지속가능성 강화를 강조하며 규제 관점에서의 AI 국가주의 마련",
			English: "For example, the United States emphasizes both innovation and regulation whereas EU focuses on sustainable AI development for securing human-being."},
		{Section: "1.1", SectionTitle: t11, Pages: "1–2",
			Excerpt: "EU에서 개발되고 상용화되는 AI 기술들에 대한 규제이지만, 실질적으로는 AI 반도체 경쟁력 확보를 위한 단계별 전략으로 해석 가능"},
	}}
	tests := []struct {
		name string
		msg  present.Message
	}{
		{"answer_ko", present.Answer(ko, present.AnswerView{Ephemeral: true})},
		{"answer_summary_en", present.Answer(summaryEN, present.AnswerView{Ephemeral: true})},
		{"answer_en", present.Answer(en, present.AnswerView{Ephemeral: true})},
		{"answer_runs_ko", present.Answer(runs, present.AnswerView{Ephemeral: true})},
		{"answer_runs_more_ko", present.Answer(runs, present.AnswerView{Page: 1, Ephemeral: true})},
		{"answer_direct_en", present.Answer(directEN, present.AnswerView{Ephemeral: true})},
		{"answer_runs_en", present.Answer(recommendationsAnswer(), present.AnswerView{Shared: true})},
		{"answer_hedged_ko", present.Answer(hedgedKO, present.AnswerView{Ephemeral: true})},
		{"answer_hedged_en", present.Answer(hedgedEN, present.AnswerView{Ephemeral: true})},
		{"answer_clipped_ko", present.Answer(clipped, present.AnswerView{Ephemeral: true})},
		{"decline_ko", present.Answer(declineKO, present.AnswerView{})},
		{"decline_en", present.Answer(declineEN, present.AnswerView{})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkReply(t, tt.msg)
			goldenJSON(t, tt.name, tt.msg)
		})
	}
}

// TestSectionHeadingOncePerRun: results in a row from one section show its
// title and pages once, over numbered quotes, in every renderer.
func TestSectionHeadingOncePerRun(t *testing.T) {
	const (
		t31 = "AI 반도체 분야 초격차 확보 정책 현황 분석"
		t32 = "AI 소프트웨어 분야 초격차 확보 정책 현황 분석"
		h31 = "*3.1 " + t31 + "* (25–33쪽)"
		h32 = "*3.2 " + t32 + "* (34–42쪽)"
	)
	res := func(sec, title, pages, label, excerpt string) answer.Result {
		return answer.Result{Section: sec, SectionTitle: title, Pages: pages, Label: label, Excerpt: excerpt}
	}
	runs := answer.Answer{Question: "일본 반도체 보조금은?", Lang: "ko", Answered: true, Results: []answer.Result{
		res("3.1", t31, "25–33", "", "약 4조엔의 보조금을 편성·지원 중"),
		res("3.1", t31, "25–33", "", "역내 반도체 생산시설의 확보를 위한 보조금 지원"),
		res("3.2", t32, "34–42", "", "일본 정부의 AI R&D 투자는 3.6억 달러"),
		res("3.1", t31, "25–33", "", "자국산 AI반도체 사용 시 보조금 지급"),
		res("3.1", t31, "25–33", "", "글로벌 기업에의 보조금과 세액공제 혜택"),
	}}
	compare := answer.Answer{Question: "미국과 중국의 반도체 정책 비교", Lang: "ko", Answered: true, Form: answer.FormComparison, Results: []answer.Result{
		res("3.1", t31, "25–33", "미국", "CHIPS법에 따라 생산거점을 자국으로 유치"),
		res("3.1", t31, "25–33", "중국", "자국산 AI반도체 사용 시 보조금 지급"),
	}}
	noSection := answer.Answer{Question: "x", Lang: "ko", Answered: true, Results: []answer.Result{res("", "", "", "", "본문")}}
	c := sampleCitation(claimTSMC)
	c.Results[1].Section, c.Results[1].SectionTitle = c.Results[0].Section, c.Results[0].SectionTitle
	call := featureCall{req: CommandRequest{Asked: asked(claimTSMC, langKO)}, commands: defaultCommands(), Call: present.Call{View: present.ViewShort}}
	hynix := featureCall{req: CommandRequest{Asked: asked("SK hynix", langEN)}, commands: defaultCommands(), Call: present.Call{View: present.ViewShort}}
	passing := samplePassing()
	passing.Passing[0].Section, passing.Passing[0].SectionTitle, passing.Passing[0].Pages = "3.1", t31, "25–33"
	japanAll := present.SummaryAll(sampleJapan(), langKO, present.Call{View: present.ViewAll})
	tests := []struct {
		name string
		msg  present.Message
		want string // the sections' text in order must contain it
		// heading must appear exactly times times.
		heading string
		times   int
	}{
		{"answer: a run of two, then another section", present.Answer(runs, present.AnswerView{}),
			"\n" + h31 + "\n*1.*\n> 약 4조엔의 보조금을 편성·지원 중\n*2.*\n> 역내 반도체 생산시설의 확보를 위한 보조금 지원\n" + h32 + "\n*3.*\n> 일본 정부의 AI R&amp;D 투자는 3.6억 달러", h31, 1},
		{"answer page 2 opens with the heading again", present.Answer(runs, present.AnswerView{Page: 1}),
			h31 + "\n*4.*\n> 자국산 AI반도체 사용 시 보조금 지급\n*5.*\n> 글로벌 기업에의 보조금과 세액공제 혜택", h31, 1},
		{"comparison: sides go with the numbers", present.Answer(compare, present.AnswerView{}),
			h31 + "\n*1. [미국]*\n> CHIPS법에 따라 생산거점을 자국으로 유치\n*2. [중국]*\n> 자국산 AI반도체 사용 시 보조금 지급", h31, 1},
		{"a result with no section has no heading", present.Answer(noSection, present.AnswerView{}), "\n*1.*\n> 본문", "**", 0},
		{"english summary: two profile items", present.Summary(present.KindCompany, sampleHynix(), langEN, hynix.shown(present.KindCompany)),
			"*2.2.1.마 SK하이닉스* (pp. 10–16)\n*1.*\n> HBM 기술개발에서 선두주자로, AI 및 HPC 시장의 요구를 충족시키기 위한 메모리 솔루션을 제공\n*2.*\n> 2024년 3월 HBM3E의 대규모 양산을 세계 최초로 시작⁸⁾", "SK하이닉스* (pp. 10–16)", 1},
		{"show all: four items of 3.1 under one heading", japanAll[0], h31 + "\n*1.*\n> (일본)", h31, 1},
		{"named in passing: two places in one section", present.SummaryDecline(present.KindCountry, passing, langKO, call.shown(present.KindCountry), false),
			"\n• 3.1 " + t31 + " (25–33쪽)\n    ◦ 인도, 베트남 등 신흥국의 반도체 후공정 투자 확대\n    ◦ 대대적인 지원 정책을 추진\n    ◦ 대내외적인", "• 3.1 " + t31, 1},
		{"cite: two quotes from one section", present.Citation(c, langKO, call.shown(present.KindCite)), "*2.2.1.다 TSMC* (10–16쪽)\n*1.*\n> TSMC는", "*2.2.1.다 TSMC*", 1},
		{"bibtex: two entries from one section", present.BibTeX(c, langKO, call.shown(present.KindCite)), "*2.2.1.다 TSMC* (10–16쪽)\n*1.*\n```@techreport", "*2.2.1.다 TSMC*", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := presenttest.Blocks(tt.msg.Blocks)
			if !strings.Contains(got, tt.want) {
				t.Errorf("reply lacks\n%s\ngot:\n%s", tt.want, got)
			}
			if n := strings.Count(got, tt.heading); n != tt.times {
				t.Errorf("%q shown %d times, want %d:\n%s", tt.heading, n, tt.times, got)
			}
			if err := present.CheckLimits(tt.msg); err != nil {
				t.Errorf("checkLimits: %v", err)
			}
		})
	}
}

// TestShowAllRepeatsHeadingAfterSplit: a run of items split over two
// messages shows its section's heading again at the top of the second.
func TestShowAllRepeatsHeadingAfterSplit(t *testing.T) {
	const heading = "*3.1 AI 반도체 분야 초격차 확보 정책 현황 분석* (25–33쪽)"
	msgs := present.SummaryAll(bigSummary("미국", 1, 12), langKO, present.Call{View: present.ViewAll})
	if len(msgs) < 2 {
		t.Fatalf("%d messages; the test wants a run split over two", len(msgs))
	}
	for i, m := range msgs {
		got := presenttest.Blocks(m.Blocks)
		first := itemNumber.FindStringIndex(got)
		if first == nil {
			t.Fatalf("message %d has no items:\n%s", i, got)
		}
		if h := strings.Index(got, heading); h < 0 || h > first[0] {
			t.Errorf("message %d: the first item is not under %q:\n%s", i, heading, got)
		}
		if n := strings.Count(got, heading); n != 1 {
			t.Errorf("message %d shows the heading %d times, want once", i, n)
		}
	}
}
