package bot

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/bot/catalog"
	"github.com/stepi-tools/reportbot/index"
	"github.com/stepi-tools/reportbot/index/answer"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// allTexts returns every text a message would show, with where it sits.
func allTexts(msg Message) map[string]string {
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
func assertNoPing(t *testing.T, msg Message) {
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
		declined.Suggestions = append(declined.Suggestions, index.SectionRef{ID: "3.1", Title: longKo, Pages: "1–2"})
	}
	tests := []struct {
		name string
		msg  Message
	}{
		{"huge korean answer", renderAnswer(huge, answerView{Ephemeral: true})},
		{"huge korean answer page 2", renderAnswer(huge, answerView{Page: 1, Ephemeral: true})},
		{"huge shared answer", renderAnswer(huge, answerView{Shared: true})},
		{"huge decline", renderAnswer(declined, answerView{})},
		{"sample english", renderAnswer(sampleAnswer("en"), answerView{Ephemeral: true})},
		{"empty answer", renderAnswer(answer.Answer{Question: "x", Answered: true}, answerView{})},
		{"usage ko", usageTitled("ko", "/report", "")},
		{"usage en", usageTitled("en", "/report", "")},
		{"bilingual", bilingual("ko", func(l catalog.Labels) string { return l.NotAvailable })},
		{"notice", notice(hostile)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := checkLimits(tt.msg); err != nil {
				t.Fatalf("checkLimits: %v", err)
			}
			// Check the limits again independently of checkLimits.
			if n := len(tt.msg.Blocks); n > maxBlocks || n == 0 {
				t.Errorf("%d blocks, want 1..%d", n, maxBlocks)
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
			if len(b) > maxMessageBytes {
				t.Errorf("JSON is %d bytes, want ≤ %d", len(b), maxMessageBytes)
			}
			assertNoPing(t, tt.msg)
		})
	}
}

func TestCheckLimitsCatchesViolations(t *testing.T) {
	tests := []struct {
		name string
		msg  Message
	}{
		{"too many blocks", Message{Text: "x", Blocks: func() []slack.Block {
			var bs []slack.Block
			for range 51 {
				bs = append(bs, section("x"))
			}
			return bs
		}()}},
		{"long section", Message{Text: "x", Blocks: []slack.Block{section(strings.Repeat("a", 3001))}}},
		{"long header", Message{Text: "x", Blocks: []slack.Block{header(strings.Repeat("a", 10)), slack.NewHeaderBlock(slack.NewTextBlockObject("plain_text", strings.Repeat("a", 151), false, false))}}},
		{"long value", Message{Text: "x", Blocks: []slack.Block{slack.NewActionBlock("", slack.NewButtonBlockElement("a", strings.Repeat("v", 2001), slack.NewTextBlockObject("plain_text", "b", false, false)))}}},
		{"too big overall", Message{Text: "x", Blocks: func() []slack.Block {
			var bs []slack.Block
			for range 10 {
				bs = append(bs, section(strings.Repeat("가", 2000)))
			}
			return bs
		}()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := checkLimits(tt.msg); err == nil {
				t.Errorf("checkLimits accepted a reply that breaks a limit")
			}
		})
	}
}

func TestRenderDeclineSuggests(t *testing.T) {
	a := answer.Answer{Question: "날씨는?", Lang: "ko", Suggestions: []index.SectionRef{{ID: "2.1", Title: "AI 반도체 분야 초격차 확보 정책 현황 분석", Pages: "25–33"}}}
	got := allTexts(renderAnswer(a, answerView{}))
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

func TestGolden(t *testing.T) {
	ko := sampleAnswer("ko")
	ko.Question = "AI 반도체 분야에서 미국의 초격차 확보 정책은?"
	en := sampleAnswer("en")
	en.Question = "What does the US do to lead in AI chips?"
	en.Results[0].Excerpt = "The US attracts AI chip production with the CHIPS and Science Act. It aims at supply-chain security & technology leadership <!here>."
	decline := answer.Answer{Question: "What is the weather in Seoul?", Lang: "en", Suggestions: []index.SectionRef{
		{ID: "1.1", Title: "연구 배경 및 목적", Pages: "1–2"},
		{ID: "3.1", Title: "AI 반도체 분야 초격차 확보 정책 현황 분석", Pages: "25–33"},
	}}
	tests := []struct {
		name string
		msg  Message
	}{
		{"answer_ko", renderAnswer(ko, answerView{Ephemeral: true})},
		{"answer_en", renderAnswer(en, answerView{Ephemeral: true})},
		{"decline_en", renderAnswer(decline, answerView{})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(tt.msg); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.name+".golden.json")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("reading golden file (run go test ./bot -run TestGolden -update): %v", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("Block Kit JSON differs from %s (run with -update if intended)\ngot:\n%s\nwant:\n%s", path, got, want)
			}
		})
	}
}

// shownInOrder is the mrkdwn of a message's sections and contexts, in
// block order.
func shownInOrder(msg Message) string {
	var out []string
	for _, b := range msg.Blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			out = append(out, b.Text.Text)
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if t, ok := e.(*slack.TextBlockObject); ok {
					out = append(out, t.Text)
				}
			}
		}
	}
	return strings.Join(out, "\n")
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
	call := featureCall{req: CommandRequest{Text: claimTSMC, Lang: langKO}, view: viewShort, commands: defaultCommands()}
	hynix := featureCall{req: CommandRequest{Text: "SK hynix", Lang: langEN}, view: viewShort, commands: defaultCommands()}
	passing := samplePassing()
	passing.Passing[0].Section, passing.Passing[0].SectionTitle, passing.Passing[0].Pages = "3.1", t31, "25–33"
	japanAll := renderSummaryAll(sampleJapan(), langKO, featureCall{view: viewAll, commands: defaultCommands()})
	tests := []struct {
		name string
		msg  Message
		want string // the sections' text in order must contain it
		// heading must appear exactly times times.
		heading string
		times   int
	}{
		{"answer: a run of two, then another section", renderAnswer(runs, answerView{}),
			"\n" + h31 + "\n*1.*\n> 약 4조엔의 보조금을 편성·지원 중\n*2.*\n> 역내 반도체 생산시설의 확보를 위한 보조금 지원\n" + h32 + "\n*3.*\n> 일본 정부의 AI R&amp;D 투자는 3.6억 달러", h31, 1},
		{"answer page 2 opens with the heading again", renderAnswer(runs, answerView{Page: 1}),
			h31 + "\n*4.*\n> 자국산 AI반도체 사용 시 보조금 지급\n*5.*\n> 글로벌 기업에의 보조금과 세액공제 혜택", h31, 1},
		{"comparison: sides go with the numbers", renderAnswer(compare, answerView{}),
			h31 + "\n*1. [미국]*\n> CHIPS법에 따라 생산거점을 자국으로 유치\n*2. [중국]*\n> 자국산 AI반도체 사용 시 보조금 지급", h31, 1},
		{"a result with no section has no heading", renderAnswer(noSection, answerView{}), "\n*1.*\n> 본문", "**", 0},
		{"english summary: two profile items", renderSummary(kindCompany, sampleHynix(), langEN, hynix),
			"*2.2.1.마 SK하이닉스* (pp. 10–16)\n*1.*\n> HBM 기술개발에서 선두주자로, AI 및 HPC 시장의 요구를 충족시키기 위한 메모리 솔루션을 제공\n*2.*\n> 2024년 3월 HBM3E의 대규모 양산을 세계 최초로 시작⁸⁾", "SK하이닉스* (pp. 10–16)", 1},
		{"show all: four items of 3.1 under one heading", japanAll[0], h31 + "\n*1.*\n> (일본)", h31, 1},
		{"named in passing: two places in one section", summaryDecline(kindCountry, passing, langKO, call, false),
			"\n• 3.1 " + t31 + " (25–33쪽)\n    ◦ 인도, 베트남 등 신흥국의 반도체 후공정 투자 확대\n    ◦ 대대적인 지원 정책을 추진\n    ◦ 대내외적인", "• 3.1 " + t31, 1},
		{"cite: two quotes from one section", renderCitation(c, langKO, call), "*2.2.1.다 TSMC* (10–16쪽)\n*1.*\n> TSMC는", "*2.2.1.다 TSMC*", 1},
		{"bibtex: two entries from one section", renderBibTeX(c, langKO, call), "*2.2.1.다 TSMC* (10–16쪽)\n*1.*\n```@techreport", "*2.2.1.다 TSMC*", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shownInOrder(tt.msg)
			if !strings.Contains(got, tt.want) {
				t.Errorf("reply lacks\n%s\ngot:\n%s", tt.want, got)
			}
			if n := strings.Count(got, tt.heading); n != tt.times {
				t.Errorf("%q shown %d times, want %d:\n%s", tt.heading, n, tt.times, got)
			}
			if err := checkLimits(tt.msg); err != nil {
				t.Errorf("checkLimits: %v", err)
			}
		})
	}
}

// TestShowAllRepeatsHeadingAfterSplit: a run of items split over two
// messages shows its section's heading again at the top of the second.
func TestShowAllRepeatsHeadingAfterSplit(t *testing.T) {
	const heading = "*3.1 AI 반도체 분야 초격차 확보 정책 현황 분석* (25–33쪽)"
	msgs := renderSummaryAll(bigSummary("미국", 1, 12), langKO, featureCall{view: viewAll, commands: defaultCommands()})
	if len(msgs) < 2 {
		t.Fatalf("%d messages; the test wants a run split over two", len(msgs))
	}
	for i, m := range msgs {
		got := shownInOrder(m)
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
