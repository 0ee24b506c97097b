package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/corpus/entity"
)

// summaryCLI runs country or company as main would.
func summaryCLI(t *testing.T, company bool, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	kind := entity.Country
	if company {
		kind = entity.Company
	}
	err := runSummary(context.Background(), kind, args, strings.NewReader(stdin), &out, &errOut, func(string) string { return "" }, commands.New().Names(nil))
	return out.String(), errOut.String(), err
}

// summaryOut is the JSON contract of ../shared/eval/score-country.
type summaryOut struct {
	Query    string  `json:"query"`
	Country  *string `json:"country"`
	Company  *string `json:"company"`
	Answered bool    `json:"answered"`
	Error    string  `json:"error"`
	Message  string  `json:"message"`
	Results  []struct {
		Section      string   `json:"section"`
		SectionTitle string   `json:"section_title"`
		Excerpt      string   `json:"excerpt"`
		Text         string   `json:"text"`
		Pages        string   `json:"pages"`
		Topic        string   `json:"topic"`
		Sources      []string `json:"sources"`
		Key          bool     `json:"key"`
	} `json:"results"`
	Covered []string `json:"covered"`
}

func decodeSummaryLines(t *testing.T, out string) []summaryOut {
	t.Helper()
	var lines []summaryOut
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var o summaryOut
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			t.Fatalf("bad JSON line %q: %v", sc.Text(), err)
		}
		lines = append(lines, o)
	}
	return lines
}

var reSummarySpace = regexp.MustCompile(`\s+`)

func summaryNormScore(s string) string {
	return strings.ToLower(strings.TrimSpace(reSummarySpace.ReplaceAllString(s, " ")))
}

// TestCountryScorerContract runs the dev set through the command exactly as
// ../shared/eval/score-country does and applies its rule.
func TestCountryScorerContract(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "index", "summary", "testdata", "countries-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	type gold struct {
		Query     string   `json:"query"`
		Canonical *string  `json:"canonical"`
		Must      []string `json:"must"`
		MustNot   []string `json:"must_not"`
		Answered  bool     `json:"answered"`
	}
	var golds []gold
	var in strings.Builder
	for _, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		var g gold
		if err := json.Unmarshal([]byte(l), &g); err != nil {
			t.Fatal(err)
		}
		golds = append(golds, g)
		in.WriteString(strings.ReplaceAll(g.Query, "\n", " ") + "\n")
	}
	out, _, err := summaryCLI(t, false, in.String(), "--json", "--batch")
	if err != nil {
		t.Fatal(err)
	}
	lines := decodeSummaryLines(t, out)
	if len(lines) != len(golds) {
		t.Fatalf("%d output lines for %d names", len(lines), len(golds))
	}
	for i, g := range golds {
		o := lines[i]
		if o.Query != g.Query {
			t.Errorf("line %d echoes %q, want %q", i, o.Query, g.Query)
		}
		answered := o.Answered && len(o.Results) > 0
		if answered != g.Answered {
			t.Errorf("%q: answered %v, want %v", g.Query, answered, g.Answered)
		}
		switch {
		case g.Canonical == nil && o.Country != nil:
			t.Errorf("%q: country %q, want null", g.Query, *o.Country)
		case g.Canonical != nil && (o.Country == nil || *o.Country != *g.Canonical):
			t.Errorf("%q: country %v, want %q", g.Query, o.Country, *g.Canonical)
		}
		var blob strings.Builder
		for _, r := range o.Results {
			if r.Section == "" || r.SectionTitle == "" || r.Excerpt == "" || r.Text == "" || r.Topic == "" || r.Sources == nil {
				t.Errorf("%q: incomplete result %+v", g.Query, r)
			}
			blob.WriteString(summaryNormScore(r.Text) + " " + summaryNormScore(r.Excerpt) + " ")
		}
		for _, m := range g.Must {
			if !strings.Contains(blob.String(), summaryNormScore(m)) {
				t.Errorf("%q: missing %q", g.Query, m)
			}
		}
		for _, m := range g.MustNot {
			if strings.Contains(blob.String(), summaryNormScore(m)) {
				t.Errorf("%q: must not include %q", g.Query, m)
			}
		}
	}
}

func TestCountryBatchEdgeLines(t *testing.T) {
	long := strings.Repeat("x", 10<<10)
	out, _, err := summaryCLI(t, false, "\n일본\n   \n"+long+"\nBrazil", "--batch")
	if err != nil {
		t.Fatal(err)
	}
	lines := decodeSummaryLines(t, out)
	if len(lines) != 5 {
		t.Fatalf("%d lines for 5 names:\n%s", len(lines), out)
	}
	tests := []struct {
		name     string
		line     summaryOut
		answered bool
		errHas   string
	}{
		{"empty line", lines[0], false, "Give the name"},
		{"japan", lines[1], true, ""},
		{"blank line", lines[2], false, "Give the name"},
		{"10 KB", lines[3], false, "too long"},
		{"Brazil", lines[4], false, "does not cover"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.line.Answered != tt.answered {
				t.Errorf("answered = %v, want %v", tt.line.Answered, tt.answered)
			}
			if !strings.Contains(tt.line.Error, tt.errHas) {
				t.Errorf("error = %q, want it to contain %q", tt.line.Error, tt.errHas)
			}
			if !tt.answered && (tt.line.Country != nil || len(tt.line.Results) != 0 || len(tt.line.Covered) != 11) {
				t.Errorf("unanswered line = %+v, want null country, no results, 11 covered", tt.line)
			}
		})
	}
}

func TestCountryText(t *testing.T) {
	short, _, err := summaryCLI(t, false, "", "미국은")
	if err != nil {
		t.Fatal(err)
	}
	all, _, err := summaryCLI(t, false, "", "--all", "United", "States")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"미국 (United States)", "■ AI 반도체 분야 초격차 확보 정책 현황 분석 (3.1)", "1. 3.1 ", "쪽)", "   > ", "--all로 모두 볼 수 있습니다.", "전체 21개 항목 중 주제별 핵심 5개"} {
		if !strings.Contains(short, want) {
			t.Errorf("default output lacks %q:\n%s", want, short)
		}
	}
	if strings.Count(all, "\n   > ") <= strings.Count(short, "\n   > ") || strings.Contains(all, "--all") {
		t.Errorf("--all shows no more items than the default:\n%s", all)
	}
	for _, want := range []string{"United States (미국)", "■ Policy Analysis for Securing the Super-Gap in AI Software (3.2)", "(pp. "} {
		if !strings.Contains(all, want) {
			t.Errorf("English output lacks %q", want)
		}
	}
	eu, _, err := summaryCLI(t, false, "", "--all", "EU")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(eu, "The report labels this block “(중국)”, but the text is about European Union.") {
		t.Errorf("EU summary does not flag the block labelled (중국):\n%s", eu)
	}
	unknown, _, err := summaryCLI(t, false, "", "인도")
	if err != nil {
		t.Fatalf("unknown name: %v", err)
	}
	if !strings.Contains(unknown, "다루지 않습니다") || !strings.Contains(unknown, "캐나다") {
		t.Errorf("unknown name output:\n%s", unknown)
	}
	typo, _, err := summaryCLI(t, false, "", "Germny")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(typo, "Read “Germny” as Germany (독일).") {
		t.Errorf("typo output does not say how it read the name:\n%s", typo)
	}
}

func TestCompanyCommand(t *testing.T) {
	out, _, err := summaryCLI(t, true, "SK hynix\n엔비디아가\n\nApple\n", "--batch")
	if err != nil {
		t.Fatal(err)
	}
	lines := decodeSummaryLines(t, out)
	if len(lines) != 4 {
		t.Fatalf("%d lines, want 4", len(lines))
	}
	if c := lines[0].Company; c == nil || *c != "SK하이닉스" || !lines[0].Answered {
		t.Errorf("SK hynix -> %+v", lines[0])
	}
	if c := lines[1].Company; c == nil || *c != "엔비디아" {
		t.Errorf("엔비디아가 -> %+v", lines[1])
	}
	var profile bool
	for _, r := range lines[0].Results {
		if r.Section == "2.2.1.마" && strings.HasPrefix(r.Topic, "기업 개요") {
			profile = true
		}
	}
	if !profile {
		t.Errorf("SK hynix results lack the 2.2.1.마 profile")
	}
	if lines[2].Answered || lines[2].Error == "" || lines[3].Answered || lines[3].Company != nil {
		t.Errorf("empty and unknown lines: %+v / %+v", lines[2], lines[3])
	}
	text, _, err := summaryCLI(t, true, "", "마소")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"마이크로소프트 (Microsoft)", "■ 기업 개요 (2.2.2.라)", "■ 다른 절의 언급"} {
		if !strings.Contains(text, want) {
			t.Errorf("company output lacks %q:\n%s", want, text)
		}
	}
}

func TestSummaryCommandErrors(t *testing.T) {
	tests := []struct {
		name    string
		company bool
		stdin   string
		args    []string
		usage   bool
		errHas  string
	}{
		{"no name", false, "", nil, true, "needs a name"},
		{"blank name", false, "", []string{"  "}, true, "needs a name"},
		{"batch and name", false, "", []string{"--batch", "Japan"}, true, "--batch reads names"},
		{"bad flag", true, "", []string{"--top", "3", "IBM"}, true, "flag provided but not defined"},
		{"missing report", false, "", []string{"--report", "/nonexistent/report.txt", "Japan"}, false, "report file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := summaryCLI(t, tt.company, tt.stdin, tt.args...)
			if err == nil {
				t.Fatal("no error")
			}
			var u usageError
			if errors.As(err, &u) != tt.usage {
				t.Errorf("usage error = %v, want %v (%v)", errors.As(err, &u), tt.usage, err)
			}
			if !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("error %q lacks %q", err, tt.errHas)
			}
		})
	}
}
