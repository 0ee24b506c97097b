package cite

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/tuning"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/cite/")

// citeEngine builds the engine on the embedded report once for the cite tests.
var citeEngine = sync.OnceValues(func() (*Engine, error) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		return nil, err
	}
	return New(x), nil
})

func mustCiteEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := citeEngine()
	if err != nil {
		t.Fatalf("build engine: %v", err)
	}
	return e
}

// renderCitation lays a citation out for a golden file: everything a writer
// gets, one field a line.
func renderCitation(c Citation) string {
	var b strings.Builder
	fmt.Fprintf(&b, "claim: %s\nlang: %s\nanswered: %v\n", c.Claim, c.Lang, c.Answered)
	if len(c.Missing) > 0 {
		fmt.Fprintf(&b, "missing: %s\n", strings.Join(c.Missing, ", "))
	}
	for i, r := range c.Results {
		fmt.Fprintf(&b, "\n# result %d\nsection: %s %s\npages: %s\n", i+1, r.Section, r.SectionTitle, r.Pages)
		for _, l := range strings.Split(r.Quote, "\n") {
			fmt.Fprintf(&b, "quote: %s\n", l)
		}
		fmt.Fprintf(&b, "ko: %s\napa: %s\nbibtex:\n%s\n", r.Reference.Ko, r.Reference.APA, r.Reference.BibTeX)
		for _, s := range r.Sources {
			flags := ""
			if s.Probable {
				flags += " (probable)"
			}
			if s.Nearby {
				flags += " (nearby)"
			}
			fmt.Fprintf(&b, "source %s%s: %s\n", s.Marker, flags, s.Text)
		}
		for _, is := range r.Issues {
			fmt.Fprintf(&b, "issue %s footnotes=%v citations=%q lines=%v\n  %s\n  %s\n", is.Kind, is.Footnotes, is.Citations, is.Lines, is.Detail, is.DetailKo)
		}
	}
	if !c.Answered {
		for _, s := range c.Suggestions {
			fmt.Fprintf(&b, "suggest: %s %s\n", s.ID, s.Title)
		}
	}
	return b.String()
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "cite", name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test ./index/cite -run TestCiteGolden -update): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file; got:\n%s\nwant:\n%s", path, got, want)
	}
}

// TestCiteGolden checks, for claims in both languages, the first quotation:
// its words, section and pages, the reference in every style, the original
// source and the report's inconsistencies. The explicit wants say what each
// case is for; the golden file pins the rest.
func TestCiteGolden(t *testing.T) {
	e := mustCiteEngine(t)
	tests := []struct {
		name, claim string
		section     string // "" when nothing supports the claim: a decline, or a hedge naming unsupported
		unsupported string // a word of the claim a hedge must name
		pages       string
		quote       string // a substring of the quote
		source      string // a substring of one source; "" for none
		issue       corpus.IssueKind
	}{
		{"chips-act-520", "미국은 CHIPS법으로 520억 달러 규모의 투자를 지원한다", "3.1", "", "25–33", "520억 달러 규모의 투자 지원", "", ""},
		{"hbm3e-march-2024", "SK하이닉스는 2024년 3월 HBM3E 양산을 시작했다", "2.2.1.마", "", "10–16", "2024년 3월 HBM3E의 대규모 양산", "SK하이닉스 보도자료(2024.3.19)", ""},
		{"tsmc-packaging-70-80", "TSMC는 패키징 생산 능력을 최대 70~80%까지 늘릴 계획이다", "2.2.1.다", "", "10–16", "최대 70~80%까지 늘릴 계획⁴⁾", "아시아경제(2024.8.17.)", corpus.IssueRepeatedMarker},
		{"samsung-1.4nm-2027", "By 2027, Samsung plans to mass-produce chips at 1.4nm", "2.2.1.라", "", "10–16", "1.4nm 공정을 2027년까지 양산할 계획", "삼성전자 뉴스룸(2022.10.4.)", corpus.IssueSpellingVariant},
		{"openai-9300", "오픈AI는 자체 반도체에 9300조를 쏟아붓는다", "2.2.2.다", "", "17–21", "Tigris", "한국경제(2024.2.13.)", corpus.IssueURLMismatch},
		{"in-text-jang-2024", "TSMC는 첨단 패키징 생산 능력을 2025년 최대 5.5만 장 수준까지 늘리는 것이 목표다", "2.2.1.다", "", "10–16", "최대 5.5만 장 수준까지 증가시키는 것을 목표(장은현, 2024)", "장은현. (2024). AI 반도체 기술 및 산업 동향", ""},
		{"figure-source", "AI 기술 구현 관점에서의 기술 분류체계 그림의 출처", "2.1", "", "6", "자료: McKinsey and Company(2023)", "The economic potential of generative AI", corpus.IssueSpellingVariant},
		{"jeon-mismatch", "TSMC는 대만에 5개의 패키징 전용 공장을 운영한다", "2.2.1.다", "", "10–16", "(전황수 외, 2024)", "전형수, 최새솔, 민대홍. (2024)", corpus.IssueUnmatchedCitation},
		{"english-summary", "Super-Gap Maintenance: policies should focus on expanding the gap with competitors in memory semiconductors", "summary-en", "", "", "Super-Gap Maintenance: In fields where South Korea already holds an advantage", "", ""},
		{"aimx-truncated-footnote", "SK하이닉스는 GDDR6-AiM 기반 가속기 카드 AiMX를 공개했다", "2.2.1.마", "", "10–16", "AiMX", "SK하이닉스 보도자료(2023.09.18)", corpus.IssueTruncatedFootnote},
		{"market-428", "글로벌 AI 반도체 시장은 2024년 약 428억 달러로 성장할 것이다", "2.1", "", "5–9", "약 428억 달러(57조 1,600억 원)", "테크월드뉴스(2024.10.7.)", ""},
		{"us-ai-rd-budget", "The US government's non-defense AI R&D budget was about 3 billion dollars in 2024", "3.2", "", "34–42", "2024년 약 30억 달러", "NITRD", ""},
		{"spri-hiroshima", "기시다 총리는 G7 히로시마 정상회의에서 히로시마 AI 프로세스를 제안했다", "3.2", "", "34–42", "히로시마 AI 프로세스", "SPRI(2024a)", corpus.IssueSpellingVariant},
		{"unsupported-rapidus", "Rapidus will start mass production of 2nm chips in Hokkaido in 2027", "", "Hokkaido", "", "", "", ""},
		{"unsupported-ai-basic-act", "한국 AI 기본법은 2026년 1월부터 시행된다", "", "2026년", "", "", "", ""},
	}
	meta := e.x.Document().Meta
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := e.Cite(context.Background(), question.Plain(tt.claim), 1)
			if err != nil {
				t.Fatalf("Cite(%q) error = %v", tt.claim, err)
			}
			checkGolden(t, tt.name, renderCitation(got))
			if tt.section == "" {
				if got.Answered && !slices.Contains(got.Missing, tt.unsupported) {
					t.Fatalf("Cite(%q) answered with %q naming missing %q, want a decline or a hedge naming %q", tt.claim, got.Results[0].Quote, got.Missing, tt.unsupported)
				}
				return
			}
			if !got.Answered || len(got.Results) == 0 {
				t.Fatalf("Cite(%q) answered = false, want a quote from %s", tt.claim, tt.section)
			}
			r := got.Results[0]
			if r.Section != tt.section || r.Pages != tt.pages {
				t.Errorf("section, pages = %s, %q; want %s, %q", r.Section, r.Pages, tt.section, tt.pages)
			}
			if !strings.Contains(r.Quote, tt.quote) {
				t.Errorf("quote = %q, want it to hold %q", r.Quote, tt.quote)
			}
			if !strings.Contains(r.Text, strings.Trim(r.Quote, "…")) && !quoteFromLines(r.Quote, r.Text) {
				t.Errorf("quote %q is not verbatim from the passage", r.Quote)
			}
			if want := corpus.CiteReport(meta, tt.pages); r.Reference != want {
				t.Errorf("reference = %+v, want %+v", r.Reference, want)
			}
			if tt.source != "" && !strings.Contains(strings.Join(r.SourceTexts(), "\n"), tt.source) {
				t.Errorf("sources = %q, want one holding %q", r.SourceTexts(), tt.source)
			}
			if tt.issue != "" && !hasIssue(r.Issues, tt.issue) {
				t.Errorf("issues = %+v, want one of kind %s", r.Issues, tt.issue)
			}
		})
	}
}

// quoteFromLines tells whether every line of a quote, "…" cuts aside, is
// text of the passage.
func quoteFromLines(quote, text string) bool {
	for _, l := range strings.Split(quote, "\n") {
		for _, part := range strings.Split(l, "…") {
			if part = strings.TrimSpace(part); part != "" && !strings.Contains(text, part) {
				return false
			}
		}
	}
	return true
}

func hasIssue(is []corpus.Issue, k corpus.IssueKind) bool {
	for _, i := range is {
		if i.Kind == k {
			return true
		}
	}
	return false
}

type citeGoldQuestion struct {
	ID   string   `json:"id"`
	Q    string   `json:"q"`
	Gold []string `json:"gold"`
	Kind string   `json:"kind"`
}

// citeNorm is the scorer's matching (../shared/eval/README.md): no white
// space, no "**", A–Z lower-cased.
func citeNorm(s string) string {
	s = strings.ReplaceAll(s, "**", "")
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == '\u00a0' || r == '\u3000':
			return -1
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// CiteHit3Floor is the share of citation and fact questions whose gold text
// must be in the first three quotes or their sources.
const citeHit3Floor = 0.90

// TestCiteDevQuestions holds cite to the target on the citation and fact
// questions of the development set, as the scorer measures it, and checks
// that every first result carries a complete reference.
func TestCiteDevQuestions(t *testing.T) {
	e := mustCiteEngine(t)
	f, err := os.Open(filepath.Join("..", "answer", "testdata", "questions-dev.jsonl"))
	if err != nil {
		t.Fatalf("open questions: %v", err)
	}
	defer f.Close()
	meta := e.x.Document().Meta
	year := meta.Year()
	n, hits := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g citeGoldQuestion
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil || g.Kind != "citation" && g.Kind != "fact" {
			continue
		}
		n++
		c, err := e.Cite(context.Background(), question.Plain(g.Q), 3)
		if err != nil {
			t.Errorf("%s: Cite(%q) error = %v", g.ID, g.Q, err)
			continue
		}
		hit := false
		for i, r := range c.Results {
			if i == 3 {
				break
			}
			seen := citeNorm(r.Quote + "\n" + strings.Join(r.SourceTexts(), "\n"))
			for _, want := range g.Gold {
				hit = hit || strings.Contains(seen, citeNorm(want))
			}
		}
		if hit {
			hits++
		} else {
			t.Logf("miss %s: %q", g.ID, g.Q)
		}
		if len(c.Results) == 0 {
			continue
		}
		ref := c.Results[0].Reference
		for style, s := range map[string]string{"ko": ref.Ko, "apa": ref.APA, "bibtex": ref.BibTeX} {
			if s == "" || !strings.Contains(s, year) || !strings.Contains(s, meta.TitleKo) && !strings.Contains(s, meta.TitleEn) {
				t.Errorf("%s: %s reference %q lacks the year or the title", g.ID, style, s)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no citation or fact questions in the development set")
	}
	got := float64(hits) / float64(n)
	t.Logf("cite hit@3 on citation+fact questions: %.3f (%d/%d)", got, hits, n)
	if got < citeHit3Floor {
		t.Errorf("hit@3 = %.3f (%d/%d), want at least %.2f", got, hits, n, citeHit3Floor)
	}
}

// TestCiteBadClaims feeds Cite what users and Slack send by mistake: each
// gets a clear error or a decline, never a panic.
func TestCiteBadClaims(t *testing.T) {
	e := mustCiteEngine(t)
	tests := []struct {
		name     string
		claim    string
		wantErr  error
		answered bool
	}{
		{"empty", "", ErrEmptyClaim, false},
		{"white space", " \t\n ", ErrEmptyClaim, false},
		{"10 KB claim", strings.Repeat("반도체 ", 2600), ErrClaimTooLong, false},
		{"punctuation only", "?!…###", ErrClaimNoWords, false},
		{"garbage letters", "qzxv wkpf jjjr", nil, false},
		{"control bytes", "\x00\x01\x02 \ufffd", ErrClaimNoWords, false},
		{"a range sign is not strike-through", "TSMC는 패키징 생산 능력을 최대 70~80%까지 늘릴 계획이다", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := e.Cite(context.Background(), question.Plain(tt.claim), 3)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Cite error = %v, want %v", err, tt.wantErr)
			}
			if got.Answered != tt.answered {
				t.Errorf("answered = %v, want %v", got.Answered, tt.answered)
			}
			if utf8.RuneCountInString(got.Claim) != utf8.RuneCountInString(tt.claim) {
				t.Errorf("Claim = %q, want the claim as given", got.Claim)
			}
		})
	}
}

func TestCiteErrorsUnwrapToQuestionErrors(t *testing.T) {
	tests := []struct {
		name      string
		err, want error
	}{
		{"empty", ErrEmptyClaim, question.ErrEmpty},
		{"too long", ErrClaimTooLong, question.ErrTooLong},
		{"no words", ErrClaimNoWords, question.ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !errors.Is(tt.err, tt.want) {
				t.Errorf("errors.Is(%v, %v) = false, want true", tt.err, tt.want)
			}
		})
	}
}

func TestCiteCancelled(t *testing.T) {
	e := mustCiteEngine(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Cite(ctx, question.Plain("SK하이닉스 HBM3E 양산"), 3); !errors.Is(err, context.Canceled) {
		t.Errorf("Cite on a cancelled context: error = %v, want context.Canceled", err)
	}
}

func TestCutQuote(t *testing.T) {
	e := mustCiteEngine(t)
	var summary string // the English summary's paragraph on Taiwan
	var body []string  // body lines, to build a long marked line from
	for _, p := range e.x.Document().Passages {
		for _, l := range strings.Split(p.Text, "\n") {
			switch {
			case p.Section == "summary-en" && strings.Contains(l, "Taiwan leverages TSMC"):
				summary = l
			case p.Section == "3.1" && len(corpus.FootnoteMarkers(l, nil)) == 0 && len(e.x.Document().Citations(l)) == 0 && utf8.RuneCountInString(l) > 100:
				body = append(body, l)
			}
		}
	}
	if utf8.RuneCountInString(summary) <= tuning.Defaults().MaxQuoteRunes || len(body) < 3 {
		t.Fatalf("test data: summary paragraph of %d runes, %d body lines", utf8.RuneCountInString(summary), len(body))
	}
	marked := body[0] + " " + body[1] + " " + body[2] + " 끝으로 새 공장을 짓는다는 계획임⁴⁾"
	tests := []struct {
		name, line, claim, want string
	}{
		{"the sentence that matches", summary, "Taiwan leverages TSMC to keep its edge in AI chip manufacturing", "Taiwan leverages TSMC"},
		{"the marker is kept", marked, body[1], "⁴⁾"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.cutter(e.x.Analyse(question.Plain(tt.claim))).Cut(tt.line)
			if n := utf8.RuneCountInString(got); n > tuning.Defaults().MaxQuoteRunes+2 {
				t.Errorf("cut quote has %d runes, want at most %d", n, tuning.Defaults().MaxQuoteRunes)
			}
			if !strings.Contains(got, "…") {
				t.Errorf("cut quote %q does not mark its cut", got)
			}
			if !quoteFromLines(got, tt.line) {
				t.Errorf("cut quote %q changes the words of %q", got, tt.line)
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("cut quote %q, want it to keep %q", got, tt.want)
			}
		})
	}
}
