package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/question"
)

// citeRun calls runCite as main would, with no environment.
func citeRun(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errw bytes.Buffer
	err = runCite(context.Background(), args, strings.NewReader(stdin), &out, &errw, func(string) string { return "" })
	return out.String(), errw.String(), err
}

func TestCiteText(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
		not  []string
	}{
		{
			name: "every style, the source and the inconsistency",
			args: []string{"TSMC는 패키징 생산 능력을 최대 70~80%까지 늘릴 계획이다"},
			want: []string{
				"1. 2.2.1.다 TSMC (10–16쪽)",
				"   > TSMC는 신규 공장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾",
				"국문 인용 표기: 윤정섭 외(2024), 「AI 초격차 전략 수립 연구」, 과학기술정책연구원, 수시연구 2024-08, pp.10–16.",
				"APA: Yoon, J., Oh, Y., Jeon, J., Shin, K., Cho, O., & Jeon, S. (2024).",
				"@techreport{yoon2024ai,",
				"원출처 ⁴⁾: 아시아경제(2024.8.17.)",
				"⚠ 보고서 자체 불일치: ",
				"5) 머니투데이(2024.9.2.)",
			},
		},
		{
			name: "APA only, English labels",
			args: []string{"--format", "apa", "By 2027, Samsung plans to mass-produce chips at 1.4nm"},
			want: []string{"2.2.1.라 삼성전자 (pp. 10–16)", "APA: ", "Original source ⁶⁾: 삼성전자 뉴스룸(2022.10.4.)", "another line of the same paragraph"},
			not:  []string{"BibTeX", "Korean style"},
		},
		{
			name: "a near-miss reference is marked as probable",
			args: []string{"--format", "ko", "TSMC는 대만에 5개의 패키징 전용 공장을 운영한다"},
			want: []string{"원출처 (전황수 외, 2024): 전형수, 최새솔, 민대홍. (2024)", "추정한 항목", "본문은 전황수, 참고문헌은 전형수로 표기"},
		},
		{
			name: "a claim about something the report covers, with a detail it does not give",
			args: []string{"Rapidus will start mass production of 2nm chips in Hokkaido in 2027"},
			want: []string{"The report does not say: Hokkaido", ">"},
		},
		{
			name: "a claim the report has nothing to do with",
			args: []string{"The Eiffel Tower is 330 metres tall"},
			want: []string{"No supporting passage found in the report."},
			not:  []string{"APA:", ">", "does not say"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := citeRun(t, "", tt.args...)
			if err != nil {
				t.Fatalf("runCite(%q) error = %v", tt.args, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(out, n) {
					t.Errorf("output has %q:\n%s", n, out)
				}
			}
		})
	}
}

type citeOut struct {
	Question string `json:"question"`
	Answered bool   `json:"answered"`
	Error    string `json:"error"`
	Results  []struct {
		Report    string   `json:"report"`
		Section   string   `json:"section"`
		Pages     string   `json:"pages"`
		Excerpt   string   `json:"excerpt"`
		Sources   []string `json:"sources"`
		Reference struct {
			Ko     string `json:"ko"`
			APA    string `json:"apa"`
			BibTeX string `json:"bibtex"`
		} `json:"reference"`
		Issues []struct {
			Kind   string `json:"kind"`
			Detail string `json:"detail"`
		} `json:"issues"`
	} `json:"results"`
}

func decodeCiteLines(t *testing.T, out string) []citeOut {
	t.Helper()
	var got []citeOut
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		var c citeOut
		if err := json.Unmarshal([]byte(l), &c); err != nil {
			t.Fatalf("line %q is not JSON: %v", l, err)
		}
		got = append(got, c)
	}
	return got
}

func TestCiteJSON(t *testing.T) {
	out, _, err := citeRun(t, "", "--json", "오픈AI는 자체 반도체에 9300조를 쏟아붓는다")
	if err != nil {
		t.Fatal(err)
	}
	got := decodeCiteLines(t, out)
	if len(got) != 1 || !got[0].Answered || len(got[0].Results) == 0 {
		t.Fatalf("got %+v, want one answered line", got)
	}
	r := got[0].Results[0]
	if r.Report != "수시연구 2024-08" {
		t.Errorf("report = %q, want the series number 수시연구 2024-08", r.Report)
	}
	if r.Section != "2.2.2.다" || r.Pages != "17–21" {
		t.Errorf("section, pages = %s, %s; want 2.2.2.다, 17–21", r.Section, r.Pages)
	}
	if r.Reference.Ko == "" || r.Reference.APA == "" || !strings.HasPrefix(r.Reference.BibTeX, "@techreport{") {
		t.Errorf("reference = %+v, want all three styles", r.Reference)
	}
	if len(r.Sources) == 0 || !strings.HasPrefix(r.Sources[0], "한국경제(2024.2.13.)") {
		t.Errorf("sources = %q, want footnote 11", r.Sources)
	}
	if len(r.Issues) == 0 || r.Issues[0].Kind != "url-mismatch" {
		t.Errorf("issues = %+v, want the url mismatch of footnote 11", r.Issues)
	}

	out, _, err = citeRun(t, "", "--json", "--format", "bibtex", "SK하이닉스는 2024년 3월 HBM3E 양산을 시작했다")
	if err != nil {
		t.Fatal(err)
	}
	if r := decodeCiteLines(t, out)[0].Results[0].Reference; r.Ko != "" || r.APA != "" || r.BibTeX == "" {
		t.Errorf("--format bibtex reference = %+v, want BibTeX only", r)
	}
}

// TestCiteBatch feeds one line of each kind of bad input among good claims:
// every line gets exactly one JSON answer, in order, and none stops the batch.
func TestCiteBatch(t *testing.T) {
	lines := []string{
		"SK하이닉스는 2024년 3월 HBM3E 양산을 시작했다",
		"",
		"   ",
		strings.Repeat("가", 10*1024),
		"@@@ ### !!!",
		"<@U12345> *미국은 CHIPS법으로 520억 달러 규모의 투자를 지원한다*",
		"The Eiffel Tower is 330 metres tall",
	}
	out, _, err := citeRun(t, strings.Join(lines, "\n")+"\n", "--json", "--batch")
	if err != nil {
		t.Fatalf("runCite --batch error = %v", err)
	}
	got := decodeCiteLines(t, out)
	if len(got) != len(lines) {
		t.Fatalf("%d answer lines for %d claims", len(got), len(lines))
	}
	tests := []struct {
		name     string
		i        int
		answered bool
		error    string
	}{
		{"claim", 0, true, ""},
		{"empty", 1, false, "The claim is empty."},
		{"white space", 2, false, "The claim is empty."},
		{"10 KB", 3, false, "주장이 너무 깁니다"},
		{"symbols", 4, false, "no words to search for"},
		{"Slack markup", 5, true, ""},
		{"unsupported", 6, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := got[tt.i]
			// An over-long claim is echoed clipped to the length allowed.
			want := lines[tt.i]
			if r := []rune(want); len(r) > question.MaxRunes {
				want = string(r[:question.MaxRunes-1]) + "…"
			}
			if g.Question != want {
				t.Errorf("question = %.40q (%d runes), want %.40q (%d runes)", g.Question, utf8.RuneCountInString(g.Question), want, utf8.RuneCountInString(want))
			}
			if g.Answered != tt.answered || !strings.Contains(g.Error, tt.error) || tt.error == "" && g.Error != "" {
				t.Errorf("answered, error = %v, %q; want %v, %q", g.Answered, g.Error, tt.answered, tt.error)
			}
		})
	}
}

func TestCiteCommandLineErrors(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		usage bool   // a usage error (exit status 2)
		want  string // in the error
	}{
		{"no claim", nil, true, "cite needs a claim"},
		{"blank claim", []string{"  "}, true, "cite needs a claim"},
		{"bad format", []string{"--format", "mla", "x"}, true, "--format must be"},
		{"bad top", []string{"--top", "0", "x"}, true, "--top must be between 1 and 10"},
		{"batch with a claim", []string{"--batch", "x"}, true, "--batch reads claims from stdin"},
		{"unknown flag", []string{"--nope", "x"}, true, "nope"},
		{"symbols only", []string{"???"}, false, "no words to search for"},
		{"too long", []string{strings.Repeat("반도체 ", 2600)}, false, "너무 깁니다"},
		{"missing report file", []string{"--report", "/nonexistent/report.txt", "x"}, false, "report file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := citeRun(t, "", tt.args...)
			if err == nil {
				t.Fatalf("runCite(%.60q) error = nil, want one", tt.args)
			}
			var u usageError
			if errors.As(err, &u) != tt.usage {
				t.Errorf("usage error = %v, want %v (%v)", errors.As(err, &u), tt.usage, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %q, want it to say %q", err, tt.want)
			}
		})
	}
}
