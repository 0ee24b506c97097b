package present

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/bot/present/presenttest"

	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/cite"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/summary"
)

func TestSectionLine(t *testing.T) {
	tests := []struct {
		name, lang, id, title, pages, want string
	}{
		{"korean", "ko", "3.1", "AI 반도체 분야 초격차 확보 정책 현황 분석", "25–33", "3.1 AI 반도체 분야 초격차 확보 정책 현황 분석 (25–33쪽)"},
		{"english", "en", "3.1", "AI 반도체 분야 초격차 확보 정책 현황 분석", "25–33", "3.1 AI 반도체 분야 초격차 확보 정책 현황 분석 (pp. 25–33)"},
		{"no pages", "ko", "1.1", "연구 배경 및 목적", "", "1.1 연구 배경 및 목적"},
		// An unnumbered part's id is the engine's name: its title says which.
		{"an unnumbered part", "ko", "summary-en", "영문요약 (Summary)", "", "영문요약 (Summary)"},
		{"the cover", "ko", "front", "표지·목차", "", "표지·목차"},
		// Its title is the report's Korean one: an English reader gets the
		// part's English name instead.
		{"an unnumbered part in English", "en", "summary-en", "영문요약 (Summary)", "", "English summary"},
		{"the cover in English", "en", "front", "표지·목차", "31", "Front matter (pp. 31)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sectionLine(For(tt.lang), tt.id, tt.title, tt.pages); got != tt.want {
				t.Errorf("sectionLine = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDisplayName(t *testing.T) {
	tests := []struct {
		name, ko, en, lang string
		want               string
	}{
		{"korean", "일본", "Japan", "ko", "일본 (Japan)"},
		{"english keeps the report's korean", "일본", "Japan", "en", "Japan (일본)"},
		{"a company in english", "SK하이닉스", "SK hynix", "en", "SK hynix (SK하이닉스)"},
		{"a name the report writes in latin letters", "EU", "European Union", "en", "European Union"},
		{"the same in both", "TSMC", "TSMC", "en", "TSMC"},
		{"no english name", "러시아", "", "en", "러시아"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := displayName(tt.ko, tt.en, tt.lang); got != tt.want {
				t.Errorf("displayName = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestBothOutputsShowTheSameParts: what Slack and the terminal show alike
// (a decline's related sections, the hedge's missing words, the English
// summary's label, the reading of a follow-up) comes out the same in both.
func TestBothOutputsShowTheSameParts(t *testing.T) {
	for _, lang := range []string{"ko", "en"} {
		l := For(lang)
		decline := answer.Answer{Question: "날씨는?", Lang: lang, Suggestions: []search.SectionRef{{ID: "2.1", Title: "AI 반도체 동향", Pages: "5–9"}}}
		line := sectionLine(l, "2.1", "AI 반도체 동향", "5–9")
		slackDecline, termDecline := presenttest.Blocks(Answer(decline, AnswerView{}).Blocks), AnswerText(decline, nil, "", nil)
		for _, want := range []string{l.NotFound, l.Related + "\n• " + line, l.AskTip} {
			if !strings.Contains(slackDecline, want) {
				t.Errorf("%s: Slack's decline lacks %q:\n%s", lang, want, slackDecline)
			}
		}
		for _, want := range []string{l.NotFound + "\n", l.Related + "\n  • " + line + "\n", l.AskTip + "\n"} {
			if !strings.Contains(termDecline, want) {
				t.Errorf("%s: the terminal's decline lacks %q:\n%s", lang, want, termDecline)
			}
		}

		// A bare request for a source asks what it is about, in both, and
		// neither says the report does not cover it.
		askWhat := answer.Answer{Question: "출처는?", Lang: lang, AskWhat: true}
		slackAsk, termAsk := presenttest.Blocks(Answer(askWhat, AnswerView{}).Blocks), AnswerText(askWhat, nil, "", nil)
		for name, out := range map[string]string{"Slack": slackAsk, "the terminal": termAsk} {
			if !strings.Contains(out, l.SourceOfWhat) || strings.Contains(out, l.NotFound) {
				t.Errorf("%s: %s's reply to a bare request for a source = %q, want %q and not %q", lang, name, out, l.SourceOfWhat, l.NotFound)
			}
		}

		hedged := answer.Answer{Question: "q", Lang: lang, Answered: true, Missing: []string{"2030년", "목표"},
			Results: []answer.Result{{Section: "3.1", SectionTitle: "정책", Pages: "25–33", Excerpt: "보조금 편성", English: "a subsidy"}}}
		missing := "2030년, 목표"
		slackOut, termOut := presenttest.Blocks(Answer(hedged, AnswerView{}).Blocks), AnswerText(hedged, nil, "", nil)
		for _, want := range []string{hedgeLine(l, missing, bold), l.EnglishSummary + ":* a subsidy"} {
			if !strings.Contains(slackOut, want) {
				t.Errorf("%s: Slack's hedged answer lacks %q:\n%s", lang, want, slackOut)
			}
		}
		for _, want := range []string{hedgeLine(l, missing, plain), l.EnglishSummary + ": a subsidy", sectionLine(l, "3.1", "정책", "25–33")} {
			if !strings.Contains(termOut, want) {
				t.Errorf("%s: the terminal's hedged answer lacks %q:\n%s", lang, want, termOut)
			}
		}

		// Several reports answer: both say so, and name each quote's
		// report, by short title and year.
		names := NewNaming([]ReportName{{Series: "수시연구 2024-08", Short: "AI 초격차 (2024)"}, {Series: "정책연구 2031-03", Short: "양자 (2031)"}}, nil)
		several := answer.Answer{Question: "q", Lang: lang, Answered: true, Results: []answer.Result{
			{Report: "수시연구 2024-08", Section: "3.1", SectionTitle: "정책", Pages: "25–33", Excerpt: "보조금"},
			{Report: "정책연구 2031-03", Section: "2.1", SectionTitle: "양자", Pages: "5–9", Excerpt: "양자 예산"}}}
		slackOut, termOut = presenttest.Blocks(Answer(several, AnswerView{Names: names}).Blocks), AnswerText(several, nil, "", names)
		for _, want := range []string{fmt.Sprintf(l.SeveralReports, "AI 초격차 (2024), 양자 (2031)"), "양자 (2031)", "AI 초격차 (2024)"} {
			if !strings.Contains(slackOut, want) {
				t.Errorf("%s: Slack's answer from two reports lacks %q:\n%s", lang, want, slackOut)
			}
			if !strings.Contains(termOut, want) {
				t.Errorf("%s: the terminal's answer from two reports lacks %q:\n%s", lang, want, termOut)
			}
		}
		if strings.Contains(termOut, "정책연구 2031-03") {
			t.Errorf("%s: the terminal names a report by its series number, not its short title and year:\n%s", lang, termOut)
		}

		// A question too long: the terminal says Slack's notice.
		if got := AnswerText(answer.Answer{Lang: lang}, question.ErrTooLong, "", nil); got != l.TooLong+"\n" {
			t.Errorf("%s: the terminal refuses a long question with %q, want Slack's %q", lang, got, l.TooLong)
		}

		r := dialog.Reply{FollowUp: true, NoSources: true, Answer: hedged,
			Reading: dialog.Reading{Kind: "sources", Topic: []string{"대만"}, Ask: []string{"보조금"}, Lang: lang}}
		reading := readingLines(r)
		if !strings.Contains(reading, DialogFor(lang).NoSources) {
			t.Errorf("%s: reading %q lacks the no-sources line", lang, reading)
		}
		if got := presenttest.Blocks(WithReading(Answer(hedged, AnswerView{}), r).Blocks); !strings.HasPrefix(got, Safe(reading)+"\n") {
			t.Errorf("%s: Slack's reply does not start with the reading %q:\n%s", lang, reading, got)
		}
		if got := ReplyText(r, nil, "", nil); !strings.HasPrefix(got, reading+"\n") {
			t.Errorf("%s: the terminal's reply does not start with the reading %q:\n%s", lang, reading, got)
		}
	}
}

// sampleSummary is a long summary of Japan (more items than one per topic
// could show), asked with a typo, whose second topic's key item is
// labelled with another country.
func sampleSummary(lang string) summary.Summary {
	item := func(id int, sec string) summary.SummaryItem {
		return summary.SummaryItem{PassageID: id, Section: sec, SectionTitle: "정책", Pages: "25–33", Excerpt: fmt.Sprintf("일본 %d", id), Match: summary.MatchBlock}
	}
	s := summary.Summary{Kind: entity.Country, Query: "Japn", Lang: lang, Answered: true, Typo: true, Name: "일본", English: "Japan",
		Groups: []summary.SummaryGroup{
			{ID: "3.1", Title: "반도체", TitleEn: "Semiconductors", Items: []summary.SummaryItem{item(1, "3.1"), item(2, "3.1"), item(3, "3.1"), item(4, "3.1")}},
			{ID: "3.2", Title: "소프트웨어", TitleEn: "Software", Items: []summary.SummaryItem{item(5, "3.2"), item(6, "3.2"), item(7, "3.2")}},
			{ID: "4", Title: "전략", TitleEn: "Strategy", Items: []summary.SummaryItem{item(8, "4.2")}},
		}}
	s.Groups[1].Items[0].Label, s.Groups[1].Items[0].LabelMismatch = "(중국)", true
	for _, g := range s.Groups {
		s.Key = append(s.Key, g.Items[0])
	}
	return s
}

// itemNumbers are the numbers of the items a reply shows, in order: "*5.*"
// on Slack, "5. " at a line's start on the terminal.
func itemNumbers(re *regexp.Regexp, text string) []string {
	var out []string
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestBothOutputsShowTheSameSummary: a summary's short reply shows the same
// items, under the same numbers and counts, with the same words for the
// name, a typo's reading, a topic's remaining items, the items not shown
// and a label the report got wrong, on Slack and on the terminal.
func TestBothOutputsShowTheSameSummary(t *testing.T) {
	for _, lang := range []string{"ko", "en"} {
		t.Run(lang, func(t *testing.T) {
			l := For(lang)
			s := sampleSummary(lang)
			groups, hidden, count := shortSummary(s, lang, false)
			if len(groups) != 3 || hidden != 5 {
				t.Fatalf("shortSummary: %d topics, %d hidden; want 3 and 5", len(groups), hidden)
			}
			slackOut := presenttest.Blocks(Summary(KindCountry, s, lang, Call{}).Blocks)
			termOut := SummaryText(s, false, nil)
			shared := []string{
				summaryHeader(s, lang), count, readAs(l, s, lang, asIs),
				fmt.Sprintf(l.TopicMore, 3), hiddenText(l, hidden),
				labelMismatch(l, s.Groups[1].Items[0], s, lang, asIs),
			}
			for _, want := range shared {
				if !strings.Contains(slackOut, want) {
					t.Errorf("Slack's summary lacks %q:\n%s", want, slackOut)
				}
				if !strings.Contains(termOut, want) {
					t.Errorf("the terminal's summary lacks %q:\n%s", want, termOut)
				}
			}
			// A name not covered: guesses, a company asked of /country, a
			// country named in passing, what the report covers.
			names := commands.New().Names(commands.Names{commands.Company: "/firm"})
			covered := []summary.EntityName{{Name: "미국", English: "United States"}, {Name: "일본", English: "Japan"}}
			for _, unknown := range []summary.Summary{
				{Kind: entity.Country, Query: "Japn", Lang: lang, Refusal: summary.RefusalUnknown, Covered: covered,
					DidYouMean: []summary.EntityName{{Name: "일본", English: "Japan"}}, Also: &summary.EntityName{Name: "삼성전자", English: "Samsung Electronics"}},
				{Kind: entity.Country, Query: "러시아", Lang: lang, Refusal: summary.RefusalUnknown, Covered: covered,
					Passing: []summary.SummaryItem{{Section: "3.1", SectionTitle: "정책", Pages: "25–33", Excerpt: "중국, 러시아 등"}}},
			} {
				call := Call{Command: names[commands.Country], Other: names[commands.Company]}
				slackOut, termOut := presenttest.Blocks(SummaryDecline(KindCountry, unknown, lang, call, false).Blocks), SummaryText(unknown, false, names)
				both := []string{fmt.Sprintf(l.NotCovered, unknown.Query), coveredList(covered, lang, plain), summaryTipLine(KindCountry, l, "/country", covered, plain)}
				if unknown.Also != nil {
					both = append(both, alsoHint(KindCountry, l, *unknown.Also, lang, "/firm", plain))
				}
				if len(unknown.Passing) > 0 {
					both = append(both, fmt.Sprintf(l.Passing, 1))
				}
				for _, want := range both {
					if !strings.Contains(slackOut, want) {
						t.Errorf("Slack's refusal of %q lacks %q:\n%s", unknown.Query, want, slackOut)
					}
					if !strings.Contains(termOut, want) {
						t.Errorf("the terminal's refusal of %q lacks %q:\n%s", unknown.Query, want, termOut)
					}
				}
				if len(unknown.DidYouMean) > 0 {
					if !strings.Contains(slackOut, "*"+l.DidYouMean+"*") {
						t.Errorf("Slack's refusal lacks %q:\n%s", l.DidYouMean, slackOut)
					}
					if want := l.DidYouMean + " " + displayName("일본", "Japan", lang); !strings.Contains(termOut, want) {
						t.Errorf("the terminal's refusal lacks %q:\n%s", want, termOut)
					}
				}
			}
			slackNums := itemNumbers(regexp.MustCompile(`\*(\d+)\.\*`), slackOut)
			termNums := itemNumbers(regexp.MustCompile(`(?m)^(\d+)\. `), termOut)
			if want := []string{"1", "5", "8"}; !slices.Equal(slackNums, want) || !slices.Equal(termNums, want) {
				t.Errorf("items shown: Slack %v, terminal %v; want the key items %v in both", slackNums, termNums, want)
			}
		})
	}
}

// TestBothOutputsShowTheSameCitation: a citation's notes (a figure the
// report gives otherwise, a marker on another line, a likely reference
// entry, the report's own inconsistency and what it prints), its reference
// given once for two quotes of one section, and a refused claim's reply,
// are worded alike on Slack and on the terminal.
func TestBothOutputsShowTheSameCitation(t *testing.T) {
	ref := corpus.ReportReference{Ko: "윤정섭 외(2024), 「AI 초격차 전략 수립 연구」, pp.10–16.", APA: "Yoon, J. (2024).", BibTeX: "@techreport{yoon2024ai}"}
	result := func(quote string) cite.CiteResult {
		return cite.CiteResult{Section: "2.2.1.다", SectionTitle: "TSMC", Pages: "10–16", Quote: quote, Reference: ref}
	}
	first := result("TSMC는 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾")
	first.Mismatches = []cite.Mismatch{{Claim: "30%", Report: "70~80%"}}
	first.Sources = []cite.Source{{Marker: "⁴⁾", Text: "아시아경제(2024.8.17.)", Nearby: true}, {Marker: "(장은현, 2024)", Text: "장은현(2024), AI 반도체", Probable: true}}
	first.Issues = []corpus.Issue{{Kind: "repeated-marker", Detail: "marker ⁴⁾ is printed twice", DetailKo: "각주 표시 ⁴⁾가 2번 쓰임", Printed: []string{"4) 아시아경제"}}}
	for _, lang := range []string{"ko", "en"} {
		t.Run(lang, func(t *testing.T) {
			l := For(lang)
			c := cite.Citation{Claim: "TSMC 패키징 30% 확대", Lang: lang, Answered: true, Results: []cite.CiteResult{first, result("TSMC는 신규 공장을 추가로 설립")}}
			slackOut := presenttest.Blocks(Citation(c, lang, Call{}).Blocks)
			termOut := CitationText(c, nil, map[string]bool{"ko": true})
			both := []string{l.Nearby, l.Probable, l.Issue, l.Printed + ": 4) 아시아경제", fmt.Sprintf(l.SameRef, 1), IssueDetail(first.Issues[0], lang)}
			for _, want := range both {
				if !strings.Contains(slackOut, want) {
					t.Errorf("Slack's citation lacks %q:\n%s", want, slackOut)
				}
				if !strings.Contains(termOut, want) {
					t.Errorf("the terminal's citation lacks %q:\n%s", want, termOut)
				}
			}
			if want := mismatchLine(l, "*70~80%*", "30%"); !strings.Contains(slackOut, want) {
				t.Errorf("Slack's citation lacks %q:\n%s", want, slackOut)
			}
			if want := mismatchLine(l, "70~80%", "30%"); !strings.Contains(termOut, want) {
				t.Errorf("the terminal's citation lacks %q:\n%s", want, termOut)
			}
			if want := l.RefKo; !strings.Contains(slackOut, "*"+want+"*") || !strings.Contains(termOut, want+": ") {
				t.Errorf("the Korean-style reference is not labelled %q in both:\n%s\n%s", want, slackOut, termOut)
			}
			if n := strings.Count(termOut, ref.Ko); n != 1 {
				t.Errorf("the terminal prints the reference %d times for two quotes of one section, want once:\n%s", n, termOut)
			}

			refused := cite.Citation{Claim: "김치는 맛있다", Lang: lang, Suggestions: []search.SectionRef{{ID: "2.1", Title: "AI 반도체 동향", Pages: "5–9"}}}
			slackOut, termOut = presenttest.Blocks(CiteDecline(refused, lang, Call{}).Blocks), CitationText(refused, nil, nil)
			for _, want := range []string{l.NoSupport, l.Related, l.CiteTip} {
				if !strings.Contains(slackOut, want) {
					t.Errorf("Slack's refusal lacks %q:\n%s", want, slackOut)
				}
				if !strings.Contains(termOut, want) {
					t.Errorf("the terminal's refusal lacks %q:\n%s", want, termOut)
				}
			}
		})
	}
}

func ExampleAnswerText() {
	a := answer.Answer{Question: "일본 반도체 보조금 얼마야?", Lang: "ko", Answered: true,
		Direct: "일본 반도체 보조금: 약 4조엔 (3.1, 25–33쪽)",
		Results: []answer.Result{{Section: "3.1", SectionTitle: "AI 반도체 분야 초격차 확보 정책 현황 분석", Pages: "25–33",
			Excerpt: "‘21~’23년도 추정 예산으로 약 4조엔의 보조금을 편성·지원 중"}}}
	fmt.Print(AnswerText(a, nil, "", nil))
	// Output:
	// → 일본 반도체 보조금: 약 4조엔 (3.1, 25–33쪽)
	//
	// 1. 3.1 AI 반도체 분야 초격차 확보 정책 현황 분석 (25–33쪽)
	//    > ‘21~’23년도 추정 예산으로 약 4조엔의 보조금을 편성·지원 중
}
