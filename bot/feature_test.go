package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack/socketmode"

	"github.com/stepi-tools/reportbot/bot/markup"
	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/cite"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/shelf"
	"github.com/stepi-tools/reportbot/index/summary"
)

// fakeSummarizer is the engine's summaries as tests want them: canned
// summaries by "kind/name", the engine's refusals for the rest, and a record
// of what was asked.
type fakeSummarizer struct {
	mu        sync.Mutex
	asked     []string
	summaries map[string]summary.Summary
	err       error
}

func (f *fakeSummarizer) Summaries(ctx context.Context, kind entity.Kind, name question.Asked) ([]summary.Summary, error) {
	s, err := f.summary(ctx, kind, name.Text())
	if err != nil && !summary.IsNameError(err) {
		return nil, err
	}
	return []summary.Summary{s}, err
}

func (f *fakeSummarizer) summary(ctx context.Context, kind entity.Kind, name string) (summary.Summary, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asked = append(f.asked, string(kind)+"/"+name)
	if f.err != nil {
		return summary.Summary{}, f.err
	}
	if err := ctx.Err(); err != nil {
		return summary.Summary{}, err
	}
	covered := []summary.EntityName{{Name: "미국", English: "United States"}, {Name: "중국", English: "China"}, {Name: "일본", English: "Japan"}, {Name: "EU", English: "European Union"}}
	if kind == entity.Company {
		covered = []summary.EntityName{{Name: "엔비디아", English: "NVIDIA"}, {Name: "SK하이닉스", English: "SK hynix"}, {Name: "TSMC", English: "TSMC"}}
	}
	refusal := summary.Summary{Kind: kind, Query: name, Lang: analysis.Lang(name), Covered: covered}
	switch {
	case strings.TrimSpace(name) == "":
		return refusal, fmt.Errorf("summary: %w", entity.ErrEmptyName)
	case utf8.RuneCountInString(name) > entity.MaxNameRunes:
		return refusal, fmt.Errorf("summary: %w", entity.ErrNameTooLong)
	}
	if s, ok := f.summaries[string(kind)+"/"+name]; ok {
		return s, nil
	}
	refusal.DidYouMean = covered[2:3]
	if kind == entity.Company && name == "일본" {
		// As the engine does: a country asked of /company is named as one.
		refusal.Also = &summary.EntityName{Name: "일본", English: "Japan"}
	}
	return refusal, fmt.Errorf("summary of %q: %w", name, entity.ErrUnknownName)
}

func (f *fakeSummarizer) names() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.asked...)
}

// asked is a name or claim as the edge parses it, replied to in lang.
func asked(text, lang string) question.Asked {
	return question.Plain(text).ReplyIn(lang)
}

// fakeCiter answers claims with canned citations and refuses the rest as
// the engine does.
type fakeCiter struct {
	mu        sync.Mutex
	claims    []string
	citations map[string]cite.Citation
	err       error
}

func (f *fakeCiter) Cite(ctx context.Context, asked question.Asked, n int) (cite.Citation, error) {
	claim := asked.Text()
	f.mu.Lock()
	defer f.mu.Unlock()
	f.claims = append(f.claims, claim)
	out := cite.Citation{Claim: claim, Lang: asked.Lang()}
	switch {
	case f.err != nil:
		return out, f.err
	case strings.TrimSpace(claim) == "":
		return out, cite.ErrEmptyClaim
	case utf8.RuneCountInString(claim) > question.MaxRunes:
		return out, cite.ErrClaimTooLong
	case strings.Trim(claim, "?!.@ ") == "":
		return out, cite.ErrClaimNoWords
	}
	if c, ok := f.citations[claim]; ok {
		if len(c.Results) > n {
			c.Results = c.Results[:n]
		}
		return c, nil
	}
	out.Suggestions = []search.SectionRef{{ID: "2.2.1", Title: "AI 반도체 분야의 초격차 기업", Pages: "10–16"}}
	return out, nil
}

func (f *fakeCiter) asked() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.claims...)
}

const evil = "<!channel> <!here> <@U999> <!subteam^S1|@devs> @here @everyone & <https://x.example|click>"

// japanLead is two bullets of japanLeadText joined into one line, as the
// summary engine's excerpts of a short first line are.
const (
	japanLead     = "(일본) 핵심 정책 목표인 디지털전환(DX)·녹색전환(GX)·경제안보 실현의 필수 요소로서 반도체 산업 기반 강화를 위한 로드맵 수립, 대대적인 지원 정책을 추진 대내외적인 환경 변화를 고려하여 ‘21년 발표한 「반도체·디지털 전략」의 개정안(23.11.)을 발표"
	japanLeadText = "(일본) 핵심 정책 목표인 디지털전환(DX)·녹색전환(GX)·경제안보 실현의 필수 요소로서 반도체 산업 기반 강화를 위한 로드맵 수립, 대대적인 지원 정책을 추진\n" +
		"대내외적인 환경 변화를 고려하여 ‘21년 발표한 「반도체·디지털 전략」의 개정안(23.11.)을 발표\n" +
		"(1단계) 첨단 반도체 자국 생산기반 확보, TSMC 공장 유치를 통해 레거시 공정 기반 반도체 수급"
)

// sampleJapan is a realistic Korean country summary: three topics, eight
// items (so the reply shows the key ones), a block the report mislabels.
func sampleJapan() summary.Summary {
	item := func(sec, title, pages, excerpt string, sources ...string) summary.SummaryItem {
		return summary.SummaryItem{Section: sec, SectionTitle: title, Pages: pages, Excerpt: excerpt, Sources: sources, Match: summary.MatchBlock, Label: "일본"}
	}
	const t31, t32 = "AI 반도체 분야 초격차 확보 정책 현황 분석", "AI 소프트웨어 분야 초격차 확보 정책 현황 분석"
	g31 := []summary.SummaryItem{
		// The engine's excerpt joins the passage's first two bullets with a
		// space, as summary.Engine does for a short first line.
		item("3.1", t31, "25–33", japanLead),
		item("3.1", t31, "25–33", "라피더스(Rapidus)에 2나노 공정 개발을 위한 보조금을 지원하고, TSMC 구마모토 공장 유치로 생산 거점을 확보", "経済産業省(2023), 半導体・デジタル産業戦略"),
		item("3.1", t31, "25–33", "반도체·디지털 산업 전략 개정안(23.11.)은 단계별 전략을 제시"),
		item("3.1", t31, "25–33", "일본은 첨단 반도체 인재 양성을 위해 지역별 산학관 컨소시엄을 운영"),
	}
	mislabelled := item("3.2", t32, "34–42", "AI 전략 회의는 2023년 5월 ‘AI에 관한 잠정적 논점 정리’를 발표하였으며, AI 리스크 대응 및 이용 촉진 방안이 포함", "内閣府(2023), AIに関する暫定的な論点整理")
	mislabelled.Label, mislabelled.LabelMismatch = "중국", true
	g32 := []summary.SummaryItem{
		item("3.2", t32, "34–42", "(일본) 생성형 AI 등장 이후 ‘AI 전략 회의’를 신설하는 등 AI 국가 전략 수립과 정책 방향성 확립 노력"),
		mislabelled,
		item("3.2", t32, "34–42", "히로시마 AI 프로세스를 통해 생성형 AI 국제 규범 논의를 주도"),
	}
	g4 := []summary.SummaryItem{{Section: "4.2", SectionTitle: "AI 소프트웨어 분야 주요 정책 시사점", Pages: "45–47",
		Excerpt: "각국은 범부처 기구를 신설하여 AI 정책의 일관성을 유지(예: 미국 국가 AI 이니셔티브실, 일본 AI 전략 회의)", Match: summary.MatchMention}}
	s := summary.Summary{Kind: entity.Country, Query: "일본", Lang: "ko", Answered: true, Name: "일본", English: "Japan",
		// The groups are titled as the engine titles them: by the report's
		// headings and English contents.
		Groups: []summary.SummaryGroup{
			{ID: "3.1", Title: t31, TitleEn: "Policy Analysis for Securing the Super-Gap in AI Semiconductors", Items: g31, Omitted: 1},
			{ID: "3.2", Title: t32, TitleEn: "Policy Analysis for Securing the Super-Gap in AI Software", Items: g32},
			{ID: "4", Title: "AI 초격차 확보를 위한 전략 방향", TitleEn: "Strategic Directions for Securing the AI Super-Gap", Items: g4},
		}}
	s.Groups[0].Items[0].Text = japanLeadText
	for _, g := range s.Groups {
		s.Key = append(s.Key, g.Items[0])
	}
	for i := range s.Groups {
		for j := range s.Groups[i].Items {
			s.Groups[i].Items[j].PassageID = 100*i + j
		}
		s.Key[i].PassageID = 100 * i
	}
	return s
}

// samplePassing is a country the report names only in passing: the reply
// declines and lists where, the second place quoting two bullets the
// engine's excerpt joined.
func samplePassing() summary.Summary {
	return summary.Summary{Kind: entity.Country, Query: "인도", Lang: "ko",
		PassingName: &summary.EntityName{Name: "인도", English: "India"},
		Covered:     []summary.EntityName{{Name: "미국", English: "United States"}, {Name: "일본", English: "Japan"}},
		Passing: []summary.SummaryItem{
			{Section: "2.1", SectionTitle: "AI 반도체 시장 동향", Pages: "5–9", Excerpt: "인도, 베트남 등 신흥국의 반도체 후공정 투자 확대"},
			{Section: "3.1", SectionTitle: "AI 반도체 분야 초격차 확보 정책 현황 분석", Pages: "25–33",
				Excerpt: "대대적인 지원 정책을 추진 대내외적인 환경 변화를 고려하여", Text: japanLeadText},
		}}
}

// sampleHynix is a short company summary: every item fits the first reply.
func sampleHynix() summary.Summary {
	profile := []summary.SummaryItem{
		{PassageID: 1, Section: "2.2.1.마", SectionTitle: "SK하이닉스", Pages: "10–16", Match: summary.MatchProfile,
			Excerpt: "HBM 기술개발에서 선두주자로, AI 및 HPC 시장의 요구를 충족시키기 위한 메모리 솔루션을 제공"},
		{PassageID: 2, Section: "2.2.1.마", SectionTitle: "SK하이닉스", Pages: "10–16", Match: summary.MatchProfile,
			Excerpt: "2024년 3월 HBM3E의 대규모 양산을 세계 최초로 시작⁸⁾",
			Sources: []string{"SK하이닉스 보도자료(2024.3.19), “SK하이닉스, 초고성능 AI 메모리 ‘HBM3E’ 세계 최초로 본격 양산” <https://news.skhynix.co.kr/presscenter/hbm3e-production>"}},
	}
	elsewhere := []summary.SummaryItem{
		{PassageID: 3, Section: "summary-en", SectionTitle: "영문요약 (Summary)", Match: summary.MatchMention,
			Excerpt: "South Korea focuses on maintaining its super-gap in memory semiconductors, represented by global leading firms such as Samsung Electronics and SK Hynix…"},
	}
	s := summary.Summary{Kind: entity.Company, Query: "SK hynix", Lang: "en", Answered: true, Name: "SK하이닉스", English: "SK hynix",
		Groups: []summary.SummaryGroup{
			{ID: "profile", Section: "2.2.1.마", Items: profile},
			{ID: "elsewhere", Items: elsewhere},
		}}
	s.Key = []summary.SummaryItem{profile[0], elsewhere[0]}
	return s
}

// bigSummary has groups×perGroup long items with many long sources: more
// than one message can hold at any budget.
func bigSummary(name string, groups, perGroup int) summary.Summary {
	long := strings.Repeat("미국은 반도체 및 과학법을 통해 AI 반도체 생산 역량을 자국 내로 유치하고 있다. ", 6)
	src := strings.Repeat("The White House(2022), FACT SHEET: CHIPS and Science Act ", 4)
	s := summary.Summary{Kind: entity.Country, Query: name, Lang: "ko", Answered: true, Name: name, English: "United States"}
	id := 0
	for g := range groups {
		grp := summary.SummaryGroup{ID: fmt.Sprintf("주제 %d", g+1)}
		for range perGroup {
			id++
			grp.Items = append(grp.Items, summary.SummaryItem{PassageID: id, Section: "3.1", SectionTitle: "AI 반도체 분야 초격차 확보 정책 현황 분석",
				Pages: "25–33", Excerpt: fmt.Sprintf("[%d] %s", id, long), Sources: []string{src, src, src, src, src}, Match: summary.MatchBlock})
		}
		s.Groups = append(s.Groups, grp)
		s.Key = append(s.Key, grp.Items[0])
	}
	return s
}

const sampleBibTeX = `@techreport{yoon2024ai,
  author      = {Yoon, Jungsub and Oh, Yoonhwan},
  title       = {Research for developing {AI} super-gap strategy},
  institution = {과학기술정책연구원},
  year        = {2024},
  number      = {수시연구 2024-08},
  pages       = {10--16},
}`

func sampleReference() corpus.ReportReference {
	return corpus.ReportReference{
		Ko:     "윤정섭 외(2024), 「AI 초격차 전략 수립 연구」, 과학기술정책연구원, 수시연구 2024-08, pp.10–16.",
		APA:    "Yoon, J., & Oh, Y. (2024). *Research for developing AI super-gap strategy* (수시연구 2024-08, pp. 10–16). 과학기술정책연구원.",
		BibTeX: sampleBibTeX,
	}
}

// markerUses is how the engine's notes quote the two uses of marker ⁴⁾.
const markerUses = `"…AI 및 자율주행차, 스마트 시티, IoT 시장에서 중요한 역할을 할 것으로 예상⁴⁾"; "…신규 공장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾"`

// sampleCitation has one footnote source, a probable and a nearby one, and
// an inconsistency in the report.
func sampleCitation(claim string) cite.Citation {
	return cite.Citation{Claim: claim, Lang: analysis.Lang(claim), Answered: true, Results: []cite.CiteResult{{
		Section: "2.2.1.다", SectionTitle: "TSMC", Pages: "10–16",
		Quote:     "TSMC는 신규 공장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾",
		Text:      "TSMC는 첨단 패키징 공정인 CoWoS의 생산 능력을 확대\nTSMC는 신규 공장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾",
		Reference: sampleReference(),
		Sources: []cite.Source{
			{Marker: "⁴⁾", Footnote: 4, Text: "아시아경제(2024.8.17.), \"TSMC 연매출 30% 증가할 듯\" <https://www.asiae.co.kr/article/2024081608403713887>(검색일: 2024.12.4.)", URL: "https://www.asiae.co.kr/article/2024081608403713887"},
			{Marker: "(장은현, 2024)", Text: "장은현(2024), AI 반도체 산업 동향", Probable: true},
			{Marker: "⁵⁾", Footnote: 5, Text: "머니투데이(2024.9.2.), \"한국 4% vs 대만 46%\"", Nearby: true},
		},
		Issues: []corpus.Issue{{Kind: corpus.IssueRepeatedMarker,
			// The engine quotes each use by the last 50 runes of its line,
			// which may begin inside a word.
			Detail:   "footnote marker ⁴⁾ is printed 2 times: " + markerUses + "; footnote 5 has no marker, so the last ⁴⁾ may have been meant as ⁵⁾ (not certain: check both footnotes)",
			DetailKo: "각주 표시 ⁴⁾가 2번 쓰임: " + markerUses + "; 5번 각주는 본문 표시가 없으므로 마지막 ⁴⁾는 ⁵⁾의 오기일 수 있음(확실하지 않음: 두 각주를 모두 확인)",
			Printed:  []string{"4) 아시아경제(2024.8.17.)", "5) 머니투데이(2024.9.2.)"}}},
	}, {
		Section: "2.2.1", SectionTitle: "AI 반도체 분야의 초격차 기업", Pages: "10–16",
		Quote:     "TSMC는 파운드리 분야에서 초격차 확보",
		Reference: sampleReference(),
	}}}
}

const (
	claimTSMC = "TSMC 패키징 생산능력 70~80% 확대"
	claimEN   = "TSMC will expand packaging capacity by 70-80%"
)

func featureHarness(t testing.TB, tweak func(*Options)) (*harness, *fakeSummarizer, *fakeCiter) {
	t.Helper()
	sum := &fakeSummarizer{summaries: map[string]summary.Summary{
		"country/일본":       sampleJapan(),
		"country/Japan":    sampleJapan(),
		"company/SK hynix": sampleHynix(),
		"company/SK하이닉스":   sampleHynix(),
		"country/미국":       bigSummary("미국", 5, 8),
		"country/Japn": func() summary.Summary {
			s := sampleJapan()
			s.Query, s.Typo = "Japn", true
			return s
		}(),
	}}
	cit := &fakeCiter{citations: map[string]cite.Citation{
		claimTSMC: sampleCitation(claimTSMC),
		claimEN:   sampleCitation(claimEN),
	}}
	h := newHarness(t, func(o *Options) {
		o.Country, o.Company, o.Cite = NewCountryCommand(sum), NewCompanyCommand(sum), NewCiteCommand(cit)
		if tweak != nil {
			tweak(o)
		}
	})
	return h, sum, cit
}

// buttonValueIn finds the value of the button actionID in Block Kit JSON.
func buttonValueIn(t testing.TB, raw json.RawMessage, actionID string) (string, bool) {
	t.Helper()
	var bs []struct {
		Type     string `json:"type"`
		Elements []struct {
			ActionID string `json:"action_id"`
			Value    string `json:"value"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(raw, &bs); err != nil {
		t.Fatalf("blocks are not JSON: %v", err)
	}
	for _, b := range bs {
		if b.Type != "actions" {
			continue
		}
		for _, e := range b.Elements {
			if e.ActionID == actionID {
				return e.Value, true
			}
		}
	}
	return "", false
}

// assertSafe fails if a reply could ping anyone or carries live markup.
func assertSafe(t *testing.T, where, shown string) {
	t.Helper()
	low := strings.ToLower(shown)
	for _, bad := range []string{"<!", "<@", "<http", "@here", "@channel", "@everyone"} {
		if strings.Contains(low, bad) {
			t.Errorf("%s contains %q:\n%s", where, bad, shown)
		}
	}
}

func TestFeatureSlashCommands(t *testing.T) {
	tests := []struct {
		name    string
		command string
		text    string
		want    []string
		notWant []string
		buttons []string // action ids the reply must offer
		noBtn   []string // and must not
		asked   int      // calls to the fakes
	}{
		{"korean country shows key items", "/country", "일본", []string{"일본 (Japan) — 보고서가 말하는 내용", "전체 8개 항목 중 주제별 핵심 3개",
			"*AI 반도체 분야 초격차 확보 정책 현황 분석 (3.1)*  _(이 주제에 3개 항목 더)_", "*3.1 AI 반도체 분야 초격차 확보 정책 현황 분석* (25–33쪽)\n*1.*\n> (일본) 핵심 정책",
			"*3.2 AI 소프트웨어 분야 초격차 확보 정책 현황 분석* (34–42쪽)\n*5.*", "*4.2 AI 소프트웨어 분야 주요 정책 시사점* (45–47쪽)\n*8.*", "그 밖에 5개 항목이 더 있습니다"}, []string{"라피더스"}, []string{present.ActionShare, present.ActionAll}, nil, 1},
		{"english company shows every item", "/company", "SK hynix", []string{"SK hynix (SK하이닉스) — what the report says", "all 3 items",
			"Company profile (2.2.1.마)", "*2.2.1.마 SK하이닉스* (pp. 10–16)\n*1.*", "\n*2.*\n> 2024년 3월", "*Sources*", "HBM3E"}, []string{"more items"}, []string{present.ActionShare}, []string{present.ActionAll}, 1},
		{"cite with sources, issues and references", "/cite", claimTSMC, []string{"보고서 인용", "*주장:* " + claimTSMC,
			"> TSMC는 신규 공장을", "*2.2.1.다 TSMC* (10–16쪽)\n*1.*\n> TSMC는", "*원출처*", "• ⁴⁾ 아시아경제", "(참고문헌과 표기가 달라 추정한 항목: 아래 불일치 참고)",
			"(각주 표시는 인용한 줄이 아니라", "⚠ 보고서 자체 불일치", "5번 각주는 본문 표시가 없으므로", "*국문 인용 표기*\n```윤정섭 외(2024)",
			"*APA*\n```Yoon, J., &amp; Oh, Y.", "*BibTeX*\n```@techreport{yoon2024ai,", "인용 표기는 1번과 같습니다.",
			"\"…AI 및 자율주행차", "\"…신규 공장을 추가로"}, []string{"…SMC는", "…래의"}, []string{present.ActionShare}, []string{present.ActionBibTeX}, 1},
		{"english cite explains issues in english", "/cite", claimEN, []string{"Citation from the report", "*Claim:*",
			"Original sources", "may have been meant as ⁵⁾", "Korean style", "(the reference list spells it differently, so this match is a likely one: see below)"}, []string{"오기일 수"}, []string{present.ActionShare}, nil, 1},
		{"a typo is read as the nearest name", "/country", "Japn", []string{"Japan (일본) — what the report says", "Read “Japn” as Japan (일본).",
			"*Policy Analysis for Securing the Super-Gap in AI Semiconductors (3.1)*  _(3 more in this topic)_", "(pp. 25–33)", "5 more items are not shown here"}, nil, []string{present.ActionShare, present.ActionAll}, nil, 1},
		{"unknown country", "/country", "Atlantis", []string{"Not covered by the report", "The report does not cover “Atlantis”.",
			"Did you mean", "`/country Japan`", "Countries the report covers:* United States, China, Japan, European Union"}, nil, nil, []string{present.ActionShare, present.ActionAll}, 1},
		{"unknown company in korean", "/company", "카카오", []string{"보고서는 “카카오”에 대해 다루지 않습니다.", "보고서가 다루는 기업:* 엔비디아, SK하이닉스, TSMC"}, nil, nil, nil, 1},
		{"a country asked of company", "/company", "일본", []string{"나라 이름입니다", "`/country 일본`"}, nil, nil, nil, 1},
		{"empty country gives usage", "/country", "", []string{"예시", "Examples", "`/country 미국`", "`/country China`",
			"보고서가 다루는 나라:* 미국", "Countries the report covers:* United States"}, nil, nil, nil, 1},
		{"help for company", "/company", "help", []string{"예시", "Examples", "`/company 엔비디아`", "`/company SK hynix`"}, nil, nil, nil, 1},
		{"korean help for cite", "/cite", "도움말", []string{"예시", "Examples", "• `/cite "}, nil, nil, nil, 1},
		{"claim without words", "/cite", "@@@", []string{"The claim has no words", "Examples"}, nil, nil, nil, 1},
		{"claim too long", "/cite", strings.Repeat("가", 1001), []string{"주장이 너무 깁니다"}, nil, nil, nil, 1},
		{"name too long", "/country", strings.Repeat("가", 101), []string{"이름이 너무 깁니다 (최대 100자)", "보고서가 다루는 나라"}, nil, nil, nil, 1},
		{"unsupported claim", "/cite", "김치는 맛있다", []string{"이 주장을 뒷받침하는 문장을 보고서에서 찾지 못했습니다.", "관련 있을 수 있는 절",
			"2.2.1 AI 반도체 분야의 초격차 기업 (10–16쪽)", "숫자·연도·기업명"}, nil, nil, []string{present.ActionShare}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, sum, cit := featureHarness(t, nil)
			if status, body := h.postCommand(t, tt.command, tt.text, "U1", "C1", "r"); status != 200 || body != "" {
				t.Fatalf("ack = %d %q, want an empty 200", status, body)
			}
			h.bot.Wait()
			got := h.slack.snapshotResponses("r")
			if len(got) != 1 {
				t.Fatalf("got %d responses, want 1", len(got))
			}
			if got[0].ResponseType != ephemeral || got[0].ReplaceOriginal {
				t.Errorf("response_type %q replace_original %v, want ephemeral false", got[0].ResponseType, got[0].ReplaceOriginal)
			}
			wireLimits(t, "response_url", got[0].Blocks, got[0].Text)
			shown := shownText(got[0].Blocks)
			for _, w := range tt.want {
				if !strings.Contains(shown, w) {
					t.Errorf("reply lacks %q:\n%s", w, shown)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(shown, w) {
					t.Errorf("reply has %q:\n%s", w, shown)
				}
			}
			for _, id := range tt.buttons {
				if _, ok := buttonValueIn(t, got[0].Blocks, id); !ok {
					t.Errorf("reply lacks the %s button", id)
				}
			}
			for _, id := range tt.noBtn {
				if _, ok := buttonValueIn(t, got[0].Blocks, id); ok {
					t.Errorf("reply offers the %s button", id)
				}
			}
			if n := len(sum.names()) + len(cit.asked()); n != tt.asked {
				t.Errorf("asked the engine %d times, want %d", n, tt.asked)
			}
			if n := len(h.searcher.asked()); n != 0 {
				t.Errorf("a feature command searched %d times", n)
			}
		})
	}
}

func TestFeatureEngineErrorsGetFriendlyReplies(t *testing.T) {
	tests := []struct {
		name, command, text string
	}{
		{"country", "/country", "일본"},
		{"cite", "/cite", claimTSMC},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, sum, cit := featureHarness(t, nil)
			sum.err = errors.New("index file corrupt at offset 42")
			cit.err = sum.err
			h.postCommand(t, tt.command, tt.text, "U1", "C1", "e")
			h.bot.Wait()
			got := h.slack.snapshotResponses("e")
			if len(got) != 1 || !strings.Contains(shownText(got[0].Blocks), "문제가 생겼습니다") {
				t.Fatalf("responses = %+v, want one friendly apology", got)
			}
			if strings.Contains(shownText(got[0].Blocks), "offset 42") {
				t.Error("the user saw internal error detail")
			}
			if !strings.Contains(h.logs.String(), "offset 42") {
				t.Error("the log lacks the error detail")
			}
		})
	}
}

// replyButton runs a slash command and returns its reply's button value.
func replyButton(t *testing.T, h *harness, command, text, actionID string) string {
	t.Helper()
	id := "cmd-" + actionID
	h.postCommand(t, command, text, "U1", "C1", id)
	h.bot.Wait()
	got := h.slack.snapshotResponses(id)
	if len(got) != 1 {
		t.Fatalf("%s %s: %d responses, want 1", command, text, len(got))
	}
	v, ok := buttonValueIn(t, got[0].Blocks, actionID)
	if !ok {
		t.Fatalf("%s %s: no %s button in:\n%s", command, text, actionID, got[0].Blocks)
	}
	if n := utf8.RuneCountInString(v); n > 2000 {
		t.Fatalf("button value has %d characters", n)
	}
	return v
}

var itemNumber = regexp.MustCompile(`(?m)^\*(\d+)\.[* ]`)

// itemNumbers lists the item numbers shown in a reply, in order.
func itemNumbers(shown string) []int {
	var out []int
	for _, m := range itemNumber.FindAllStringSubmatch(shown, -1) {
		var n int
		fmt.Sscan(m[1], &n)
		out = append(out, n)
	}
	return out
}

func TestFeatureButtons(t *testing.T) {
	tests := []struct {
		name      string
		command   string
		text      string
		action    string
		wantType  string
		wantParts int
		want      []string
		notWant   []string
		items     int // every item 1..items must appear once, in order; 0: not checked
	}{
		{"show all of japan", "/country", "일본", present.ActionAll, ephemeral, 1,
			[]string{"전체 8개 항목", "라피더스", "언급이 약한 구절 1개는 생략", "⚠ 보고서는 이 블록에 “(중국)”이라고 표기했지만, 본문은 일본 (Japan)에 관한 내용입니다.", "전체 8개 항목을 모두 보여 드렸습니다."},
			[]string{"전체 보기", "채널에 공유"}, 8},
		// The button carries the Korean name and the reply's language.
		{"show all of japan asked in english", "/country", "Japan", present.ActionAll, ephemeral, 1,
			[]string{"Japan (일본) — what the report says", "all 8 items", "That is all 8 items."}, []string{"전체 8개 항목", "보고서 요약"}, 8},
		{"show all splits a long summary", "/country", "미국", present.ActionAll, ephemeral, 0,
			[]string{"(1/", "전체 40개 항목을 모두 보여 드렸습니다.", "(계속)"}, nil, 40},
		{"share a summary", "/country", "일본", present.ActionShare, inChannel, 1,
			[]string{"채널에 공유된 답변", "일본 (Japan) — 보고서가 말하는 내용", "전체 보기"}, []string{"채널에 공유\n"}, 0},
		{"share a citation", "/cite", claimTSMC, present.ActionShare, inChannel, 1,
			[]string{"채널에 공유된 답변", "> TSMC는 신규 공장을", "```윤정섭 외(2024)"}, []string{"채널에 공유\n"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, _, _ := featureHarness(t, nil)
			value := replyButton(t, h, tt.command, tt.text, tt.action)
			if status, _ := h.postClick(t, tt.action, value, "U2", "C1", "click"); status != 200 {
				t.Fatalf("click status %d", status)
			}
			h.bot.Wait()
			got := h.slack.snapshotResponses("click")
			if len(got) == 0 || len(got) > present.MaxResponses || (tt.wantParts > 0 && len(got) != tt.wantParts) {
				t.Fatalf("got %d messages, want %d (at most %d)", len(got), tt.wantParts, present.MaxResponses)
			}
			var all []string
			for i, r := range got {
				if r.ResponseType != tt.wantType || r.ReplaceOriginal {
					t.Errorf("message %d: response_type %q replace_original %v, want %q false", i, r.ResponseType, r.ReplaceOriginal, tt.wantType)
				}
				wireLimits(t, fmt.Sprintf("message %d", i), r.Blocks, r.Text)
				all = append(all, shownText(r.Blocks))
			}
			shown := strings.Join(all, "\n")
			if tt.name == "show all splits a long summary" {
				if len(got) < 2 {
					t.Errorf("a 40-item summary came in %d message, want it split", len(got))
				}
				tt.want = append(tt.want, fmt.Sprintf("(%d/%d)", len(got), len(got)))
			}
			for _, w := range tt.want {
				if !strings.Contains(shown, w) {
					t.Errorf("reply lacks %q:\n%s", w, shown)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(shown, w) {
					t.Errorf("reply has %q:\n%s", w, shown)
				}
			}
			if tt.items > 0 {
				var nums []int
				for _, s := range all {
					nums = append(nums, itemNumbers(s)...)
				}
				if len(nums) != tt.items {
					t.Errorf("delivered %d items, want %d: %v", len(nums), tt.items, nums)
				}
				for i, n := range nums {
					if n != i+1 {
						t.Errorf("item %d is numbered %d", i+1, n)
						break
					}
				}
			}
		})
	}
}

func TestFeatureBibTeXButton(t *testing.T) {
	h, _, cit := featureHarness(t, nil)
	// Many long sources leave no room for BibTeX in the reply itself.
	claim := strings.TrimSpace(strings.Repeat("TSMC 패키징 확대와 엔비디아 GPU ", 25))
	c := sampleCitation(claim)
	long := strings.Repeat("아시아경제(2024.8.17.), TSMC 연매출 30% 증가할 듯, 애플·엔비디아·AMD·퀄컴 주문증가 ", 8)
	for i := range c.Results {
		c.Results[i].Quote = strings.Repeat("TSMC는 신규 공장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획. ", 14)
		for range 5 {
			c.Results[i].Sources = append(c.Results[i].Sources, cite.Source{Marker: "⁴⁾", Text: long})
		}
		c.Results[i].Pages = fmt.Sprint(10 + i)
		c.Results[i].Reference.BibTeX = strings.Replace(sampleBibTeX, "10--16", fmt.Sprint(10+i), 1)
	}
	cit.mu.Lock()
	cit.citations[claim] = c
	cit.mu.Unlock()

	value := replyButton(t, h, "/cite", claim, present.ActionBibTeX)
	h.postClick(t, present.ActionBibTeX, value, "U1", "C1", "bib")
	h.bot.Wait()
	got := h.slack.snapshotResponses("bib")
	if len(got) != 1 {
		t.Fatalf("%d responses, want 1", len(got))
	}
	wireLimits(t, "bibtex", got[0].Blocks, got[0].Text)
	shown := shownText(got[0].Blocks)
	for _, w := range []string{"BibTeX 인용 표기", "*2.2.1.다 TSMC* (10쪽)\n*1.*\n```@techreport{yoon2024ai,", "pages       = {11}"} {
		if !strings.Contains(shown, w) {
			t.Errorf("BibTeX reply lacks %q:\n%s", w, shown)
		}
	}
	if got[0].ResponseType != ephemeral {
		t.Errorf("response_type %q, want ephemeral", got[0].ResponseType)
	}
}

func TestFeatureBadButtons(t *testing.T) {
	tests := []struct {
		name   string
		action string
		value  string
		tweak  func(*Options)
	}{
		{"unknown feature", present.ActionAll, `{"q":"일본","l":"ko","k":"weather"}`, nil},
		{"feature switched off", present.ActionAll, `{"q":"일본","l":"ko","k":"country"}`, func(o *Options) { o.Country = nil }},
		{"show all of a citation", present.ActionAll, `{"q":"` + claimTSMC + `","l":"ko","k":"cite"}`, nil},
		{"bibtex of a summary", present.ActionBibTeX, `{"q":"일본","l":"ko","k":"country"}`, nil},
		{"show all without a feature", present.ActionAll, `{"q":"일본","l":"ko"}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, _, _ := featureHarness(t, tt.tweak)
			h.postClick(t, tt.action, tt.value, "U1", "C1", "b")
			h.bot.Wait()
			got := h.slack.snapshotResponses("b")
			if len(got) != 1 || !strings.Contains(shownText(got[0].Blocks), "더 이상 사용할 수 없습니다") {
				t.Fatalf("responses = %+v, want one refusal", got)
			}
		})
	}
}

func TestFeatureMentionInjectionIsDefanged(t *testing.T) {
	h, sum, cit := featureHarness(t, nil)
	hostile := sampleJapan()
	hostile.Groups[0].Items[0].Excerpt = evil
	hostile.Groups[0].Items[0].SectionTitle = evil
	hostile.Groups[0].Items[0].Sources = []string{evil}
	hostile.Groups[1].Items[1].Label = evil
	hostile.Key[0] = hostile.Groups[0].Items[0]
	c := sampleCitation(evil)
	c.Results[0].Quote = evil
	c.Results[0].Sources[0].Text = evil
	c.Results[0].Sources[0].Marker = evil
	c.Results[0].Issues[0].DetailKo = evil
	c.Results[0].Issues[0].Detail = evil
	c.Results[0].Issues[0].Printed = []string{evil}
	// Inside ``` Slack still reads <!channel>: the code blocks need escaping too.
	c.Results[0].Reference.Ko = evil + " ```"
	c.Results[0].Reference.BibTeX = "@misc{x, note = {" + evil + "}}"
	sum.mu.Lock()
	sum.summaries["country/"+markup.New().Clean(evil)] = hostile
	sum.mu.Unlock()
	cit.mu.Lock()
	cit.citations[markup.New().Clean(evil)] = c
	cit.mu.Unlock()

	for i, cmd := range []string{"/country", "/company", "/cite"} {
		h.postCommand(t, cmd, evil, "U1", "C1", fmt.Sprint("inj", i))
	}
	h.postCommand(t, "/country", "<!here> 일본 @channel", "U1", "C1", "inj3")
	h.bot.Wait()
	// Markup goes before the feature sees the text; typed words stay.
	want := []string{"country/@here @everyone & click", "company/@here @everyone & click", "country/일본 @channel"}
	got := sum.names()
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("names asked = %q, want the cleaned text %q", got, want)
	}
	var values []string
	for i := range 4 {
		got := h.slack.snapshotResponses(fmt.Sprint("inj", i))
		if len(got) != 1 {
			t.Fatalf("inj%d: %d responses, want 1", i, len(got))
		}
		assertSafe(t, fmt.Sprint("reply ", i), got[0].Text+"\n"+shownText(got[0].Blocks))
		wireLimits(t, fmt.Sprint("reply ", i), got[0].Blocks, got[0].Text)
		for _, id := range []string{present.ActionShare, present.ActionAll} {
			if v, ok := buttonValueIn(t, got[0].Blocks, id); ok {
				values = append(values, id+"\x00"+v)
			}
		}
	}
	if len(values) < 3 {
		t.Fatalf("only %d buttons to click on the hostile replies", len(values))
	}
	// What the buttons bring back is shown again: it must be as safe.
	for i, v := range values {
		id, val, _ := strings.Cut(v, "\x00")
		h.postClick(t, id, val, "U1", "C1", fmt.Sprint("click", i))
	}
	h.bot.Wait()
	for i := range values {
		got := h.slack.snapshotResponses(fmt.Sprint("click", i))
		if len(got) == 0 {
			t.Fatalf("click %d: no reply", i)
		}
		for _, r := range got {
			assertSafe(t, fmt.Sprint("click ", i), r.Text+"\n"+shownText(r.Blocks))
		}
	}
}

// goldenJSON compares msg's Block Kit JSON with testdata/name.golden.json;
// -update (see render_test.go) rewrites it.
func goldenJSON(t *testing.T, name string, msg present.Message) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(msg); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run go test ./bot -run Golden -update): %v", err)
	}
	if got := buf.String(); got != string(want) {
		t.Errorf("Block Kit JSON differs from %s (run with -update if intended)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

// checkReply checks a reply against Slack's limits twice (checkLimits and
// the wire check) and for anything that could ping.
func checkReply(t *testing.T, msg present.Message) {
	t.Helper()
	if err := present.CheckLimits(msg); err != nil {
		t.Errorf("checkLimits: %v", err)
	}
	b, err := json.Marshal(msg.Blocks)
	if err != nil {
		t.Fatal(err)
	}
	wireLimits(t, "reply", b, msg.Text)
	assertNoPing(t, msg)
}

func TestFeatureGolden(t *testing.T) {
	ctx := context.Background()
	sum := &fakeSummarizer{summaries: map[string]summary.Summary{
		"country/일본": sampleJapan(), "country/Japan": sampleJapan(),
		"company/SK hynix": sampleHynix(), "company/SK하이닉스": sampleHynix(),
		"country/인도": samplePassing(),
	}}
	cit := &fakeCiter{citations: map[string]cite.Citation{claimTSMC: sampleCitation(claimTSMC), claimEN: sampleCitation(claimEN)}}
	run := func(c Command, text, lang string) present.Message {
		msg, err := c.Run(ctx, CommandRequest{Asked: asked(text, lang), UserID: "U1", ChannelID: "C1"})
		if err != nil {
			t.Fatalf("Run(%q): %v", text, err)
		}
		return msg
	}
	// view is a button's reply: the one message of Show all or BibTeX.
	view := func(c featureRunner, text, lang string, v present.View) present.Message {
		rep, err := c.reply(ctx, featureCall{req: CommandRequest{Asked: asked(text, lang)}, commands: defaultCommands(), Call: present.Call{View: v}})
		if err != nil || len(rep.msgs) != 1 {
			t.Fatalf("reply(%q) = %d messages, %v; want one", text, len(rep.msgs), err)
		}
		return rep.msgs[0]
	}
	tests := []struct {
		name string
		msg  present.Message
	}{
		{"country_ko", run(NewCountryCommand(sum), "일본", langKO)},
		{"country_en", run(NewCountryCommand(sum), "Japan", langEN)},
		{"country_all_ko", view(NewCountryCommand(sum), "일본", langKO, present.ViewAll)},
		{"country_passing_ko", run(NewCountryCommand(sum), "인도", langKO)},
		{"company_en", run(NewCompanyCommand(sum), "SK hynix", langEN)},
		{"company_ko", run(NewCompanyCommand(sum), "SK하이닉스", langKO)},
		{"cite_ko", run(NewCiteCommand(cit), claimTSMC, langKO)},
		{"cite_en", run(NewCiteCommand(cit), claimEN, langEN)},
		{"cite_bibtex_ko", view(NewCiteCommand(cit), claimTSMC, langKO, present.ViewBibTeX)},
		{"unknown_country_en", run(NewCountryCommand(sum), "Atlantis", langEN)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkReply(t, tt.msg)
			goldenJSON(t, tt.name, tt.msg)
		})
	}
}

// TestFeatureRealEngine runs the features over the real engine and report,
// built once: every covered country and company, in both languages and all
// views, stays within Slack's limits and shows every item Show all promises.
func TestFeatureRealEngine(t *testing.T) {
	eng, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	doc := eng.Document()
	sh, err := shelf.New(shelf.NewReport(eng))
	if err != nil {
		t.Fatal(err)
	}
	sum, cit := sh, sh
	ctx := context.Background()
	title := present.TitleFrom(doc.Meta)
	if !strings.Contains(title, "AI 초격차 전략 수립 연구") || !strings.Contains(title, "2024") {
		t.Errorf("ReportTitle = %q, want the report's title and year", title)
	}
	call := func(text, lang string, view present.View) featureCall {
		return featureCall{req: CommandRequest{Asked: asked(text, lang)}, commands: defaultCommands(), Call: present.Call{View: view, Title: title, Examples: doc.Examples()}}
	}

	t.Run("long US summary, all items, within limits", func(t *testing.T) {
		sums, err := sum.Summaries(ctx, entity.Country, question.Plain("미국"))
		if err != nil {
			t.Fatal(err)
		}
		s := sums[0]
		if s.Total() <= summary.MaxKeyItems {
			t.Fatalf("the US summary has %d items; the test wants a long one", s.Total())
		}
		for _, lang := range []string{langKO, langEN} {
			rep, err := NewCountryCommand(sum).reply(ctx, call("미국", lang, present.ViewAll))
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.msgs) == 0 || len(rep.msgs) > present.MaxResponses {
				t.Fatalf("%s: %d messages", lang, len(rep.msgs))
			}
			var nums []int
			for _, m := range rep.msgs {
				checkReply(t, m)
				b, _ := json.Marshal(m.Blocks)
				nums = append(nums, itemNumbers(shownText(b))...)
			}
			if len(nums) != s.Total() {
				t.Errorf("%s: Show all delivered %d items, the summary has %d", lang, len(nums), s.Total())
			}
		}
	})

	t.Run("every covered name", func(t *testing.T) {
		for _, k := range []struct {
			cmd   *SummaryCommand
			names []string
		}{
			{NewCountryCommand(sum), entityNames(doc.Entities.Countries())},
			{NewCompanyCommand(sum), entityNames(doc.Entities.Companies())},
		} {
			for _, name := range k.names {
				for _, lang := range []string{langKO, langEN} {
					for _, view := range []present.View{present.ViewShort, present.ViewShared, present.ViewAll} {
						rep, err := k.cmd.reply(ctx, call(name, lang, view))
						if err != nil {
							t.Fatalf("%s %s: %v", k.cmd.kind(), name, err)
						}
						if rep.outcome != outcomeAnswered {
							t.Errorf("%s %s: outcome %s", k.cmd.kind(), name, rep.outcome)
						}
						for _, m := range rep.msgs {
							checkReply(t, m)
						}
					}
				}
			}
		}
	})

	t.Run("claims", func(t *testing.T) {
		tests := []struct {
			claim   string
			outcome string
			want    string
		}{
			{claimTSMC, outcomeAnswered, "패키징 생산 능력을 최대 70~80%"},
			{"SK하이닉스는 2024년 3월 HBM3E 양산을 시작했다", outcomeAnswered, "HBM3E"},
			{"김치는 맛있다", outcomeDeclined, "찾지 못했습니다"},
			{"<!channel>", outcomeUsage, "Examples"},
		}
		for _, tt := range tests {
			for _, view := range []present.View{present.ViewShort, present.ViewShared, present.ViewBibTeX} {
				// The Service cleans markup before a feature sees the text.
				claim := markup.New().Clean(tt.claim)
				rep, err := NewCiteCommand(cit).reply(ctx, call(claim, analysis.Lang(claim), view))
				if err != nil {
					t.Fatal(err)
				}
				if rep.outcome != tt.outcome {
					t.Errorf("%q: outcome %s, want %s", tt.claim, rep.outcome, tt.outcome)
				}
				for _, m := range rep.msgs {
					checkReply(t, m)
					b, _ := json.Marshal(m.Blocks)
					if view != present.ViewBibTeX && !strings.Contains(shownText(b), tt.want) {
						t.Errorf("%q: reply lacks %q", tt.claim, tt.want)
					}
				}
			}
		}
	})
}

func TestShowAllNeverDropsItemsSilently(t *testing.T) {
	tests := []struct {
		name            string
		groups, per     int
		wantCut         bool
		wantMaxMessages int
	}{
		{"forty long items", 5, 8, false, present.MaxResponses},
		{"more than five messages can hold", 10, 30, true, present.MaxResponses},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := bigSummary("미국", tt.groups, tt.per)
			msgs := present.SummaryAll(s, langEN, present.Call{})
			if len(msgs) == 0 || len(msgs) > tt.wantMaxMessages {
				t.Fatalf("%d messages, want 1..%d", len(msgs), tt.wantMaxMessages)
			}
			shown := 0
			for _, m := range msgs {
				checkReply(t, m)
				b, _ := json.Marshal(m.Blocks)
				shown += len(itemNumbers(shownText(b)))
			}
			last, _ := json.Marshal(msgs[len(msgs)-1].Blocks)
			tail := shownText(last)
			missing := s.Total() - shown
			switch {
			case tt.wantCut && (missing == 0 || !strings.Contains(tail, fmt.Sprintf("%d more items could not be shown", missing))):
				t.Errorf("%d items missing, but the last message says:\n%s", missing, tail)
			case !tt.wantCut && (missing != 0 || !strings.Contains(tail, fmt.Sprintf("That is all %d items.", s.Total()))):
				t.Errorf("%d items missing; last message:\n%s", missing, tail)
			}
		})
	}
}

func TestReportTitle(t *testing.T) {
	tests := []struct {
		name string
		meta corpus.Meta
		want string
	}{
		{"full", corpus.Meta{TitleKo: "AI 초격차 전략 수립 연구", Publisher: "과학기술정책연구원", Published: "2024-12-31"}, "AI 초격차 전략 수립 연구 (과학기술정책연구원, 2024)"},
		{"printed date only", corpus.Meta{TitleKo: "보고서", Printed: "2023-01-02"}, "보고서 (2023)"},
		{"english title only", corpus.Meta{TitleEn: "A report", Publisher: "STEPI"}, "A report (STEPI)"},
		{"no title", corpus.Meta{Publisher: "STEPI", Published: "2024-01-01"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := present.TitleFrom(tt.meta); got != tt.want {
				t.Errorf("ReportTitle = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReportTitleHeadsAnswers(t *testing.T) {
	tests := []struct {
		name, title, want string
	}{
		{"from the report", "새 보고서 & 부록 (연구원, 2025)", "새 보고서 & 부록 (연구원, 2025)"},
		{"fallback", "", present.ReportTitle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, _, _ := featureHarness(t, func(o *Options) { o.ReportTitle = tt.title })
			h.postCommand(t, "/report", "AI 반도체 정책은?", "U1", "C1", "a")
			h.postCommand(t, "/report", "", "U1", "C1", "u")
			h.postCommand(t, "/country", "일본", "U1", "C1", "c")
			h.bot.Wait()
			var header struct {
				Text struct {
					Text string `json:"text"`
				} `json:"text"`
			}
			got := h.slack.snapshotResponses("a")
			var blocks []json.RawMessage
			if len(got) != 1 || json.Unmarshal(got[0].Blocks, &blocks) != nil || json.Unmarshal(blocks[0], &header) != nil {
				t.Fatalf("no answer with a header: %+v", got)
			}
			if header.Text.Text != tt.want {
				t.Errorf("answer header = %q, want %q", header.Text.Text, tt.want)
			}
			// In mrkdwn the title is escaped like any other text.
			escaped := present.Safe(tt.want)
			for _, id := range []string{"u", "c"} {
				r := h.slack.snapshotResponses(id)
				if len(r) != 1 || !strings.Contains(shownText(r[0].Blocks), escaped) {
					t.Errorf("reply %s lacks the title %q", id, escaped)
				}
			}
		})
	}
}

func TestFeatureSocketMode(t *testing.T) {
	fs := newFakeSlack(t)
	sum := &fakeSummarizer{summaries: map[string]summary.Summary{"country/미국": bigSummary("미국", 5, 8)}}
	b, err := New(Options{
		Searcher:      &fakeSearcher{fallback: sampleAnswer("")},
		Slack:         fs.client(),
		Country:       NewCountryCommand(sum),
		SocketOptions: []socketmode.Option{socketmode.OptionPingInterval(time.Hour)},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- b.RunSocket(ctx) }()
	peer := nextPeer(t, fs)

	peer.send(t, envelope("env-1", "slash_commands", map[string]string{
		"command": "/country", "text": "미국", "user_id": "U1", "channel_id": "C1",
		"response_url": fs.responseURL("sock-cmd"),
	}, 0))
	peer.waitAck(t, "env-1")
	fs.waitFor(t, "the summary", func() bool { return len(fs.responses["sock-cmd"]) == 1 })
	reply := fs.snapshotResponses("sock-cmd")[0]
	for _, action := range []string{present.ActionAll, present.ActionShare} {
		value, ok := buttonValueIn(t, reply.Blocks, action)
		if !ok {
			t.Fatalf("no %s button", action)
		}
		peer.send(t, envelope("env-"+action, "interactive", map[string]any{
			"type": "block_actions", "user": map[string]string{"id": "U2"}, "channel": map[string]string{"id": "C1"},
			"response_url": fs.responseURL("sock-" + action),
			"actions":      []map[string]string{{"action_id": action, "block_id": "b", "type": "button", "value": value}},
		}, 0))
		peer.waitAck(t, "env-"+action)
	}
	fs.waitFor(t, "the shared copy", func() bool { return len(fs.responses["sock-"+present.ActionShare]) == 1 })
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("RunSocket = %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("RunSocket did not return")
	}
	// RunSocket drains: every part of Show all has been sent by now.
	all := fs.snapshotResponses("sock-" + present.ActionAll)
	if len(all) < 2 || len(all) > present.MaxResponses {
		t.Fatalf("Show all sent %d messages, want a split within %d", len(all), present.MaxResponses)
	}
	items := 0
	for i, r := range all {
		wireLimits(t, fmt.Sprint("part ", i), r.Blocks, r.Text)
		items += len(itemNumbers(shownText(r.Blocks)))
		if r.ResponseType != ephemeral {
			t.Errorf("part %d is %s, want ephemeral", i, r.ResponseType)
		}
	}
	if items != 40 {
		t.Errorf("Show all delivered %d items, want 40", items)
	}
	if shared := fs.snapshotResponses("sock-" + present.ActionShare); shared[0].ResponseType != inChannel {
		t.Errorf("share is %s, want in_channel", shared[0].ResponseType)
	}
}

func entityNames(ents []entity.Entity) []string {
	out := make([]string, len(ents))
	for i, e := range ents {
		out[i] = e.Name
	}
	return out
}

// TestSummaryKeepsBulletsApart: an excerpt that joins two of the report's
// bullets shows them on lines of their own in every summary reply.
func TestSummaryKeepsBulletsApart(t *testing.T) {
	call := featureCall{req: CommandRequest{Asked: asked("일본", langKO)}, commands: defaultCommands(), Call: present.Call{View: present.ViewShort}}
	passing := summary.Summary{Kind: entity.Country, Query: "인도", Lang: "ko",
		Passing: []summary.SummaryItem{{Section: "3.1", SectionTitle: "AI 반도체 분야 초격차 확보 정책 현황 분석", Pages: "25–33",
			Excerpt: "대대적인 지원 정책을 추진 대내외적인 환경 변화를 고려하여", Text: japanLeadText}}}
	all := present.SummaryAll(sampleJapan(), langKO, present.Call{View: present.ViewAll})
	tests := []struct {
		name string
		msg  present.Message
		want string
	}{
		{"short reply", present.Summary(present.KindCountry, sampleJapan(), langKO, call.shown(present.KindCountry)), "지원 정책을 추진\n> 대내외적인 환경 변화를"},
		{"show all", all[0], "지원 정책을 추진\n> 대내외적인 환경 변화를"},
		{"named in passing", present.SummaryDecline(present.KindCountry, passing, langKO, call.shown(present.KindCountry), false), "◦ 대대적인 지원 정책을 추진\n    ◦ 대내외적인 환경 변화를"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.msg.Blocks)
			if err != nil {
				t.Fatal(err)
			}
			got := shownText(b)
			if !strings.Contains(got, tt.want) {
				t.Errorf("reply lacks the bullets apart, %q:\n%s", tt.want, got)
			}
			if strings.Contains(got, "추진 대내외적인") {
				t.Errorf("reply joins two bullets into one sentence:\n%s", got)
			}
			checkReply(t, tt.msg)
		})
	}
}
