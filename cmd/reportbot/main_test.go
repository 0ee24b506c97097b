package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/prebuilt"
	"github.com/stepi-tools/reportbot/index/question"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

type cliResult struct {
	stdout, stderr string
	err            error
}

func runCLI(t *testing.T, stdin string, env map[string]string, args ...string) cliResult {
	t.Helper()
	var out, errOut bytes.Buffer
	getenv := func(k string) string { return env[k] }
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut, getenv)
	return cliResult{out.String(), errOut.String(), err}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test ./cmd/reportbot -update): %v", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test ./cmd/reportbot -update to accept):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestAskGolden(t *testing.T) {
	tests := []struct {
		name, file string
		args       []string
	}{
		{"korean answer", "ask-ko.golden", []string{"ask", "미국 반도체법 지원 규모는?"}},
		{"english answer", "ask-en.golden", []string{"ask", "--top", "2", "When did SK hynix start mass production of HBM3E?"}},
		// Quotes the English summary condenses show its sentence under them.
		{"english answer with the summary's english", "ask-en-summary.golden", []string{"ask", "--top", "2", "How does the EU balance AI regulation and sustainability?"}},
		{"english answer with the summary's english, as json", "ask-en-summary-json.golden", []string{"ask", "--json", "--top", "2", "How does the EU balance AI regulation and sustainability?"}},
		{"decline", "ask-decline.golden", []string{"ask", "주차 등록은 어떻게 해?"}},
		{"sections", "sections.golden", []string{"sections"}},
		{"show", "show-2.2.1.마.golden", []string{"show", "2.2.1.마"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", nil, tt.args...)
			if r.err != nil {
				t.Fatalf("run %q: %v\n%s", tt.args, r.err, r.stderr)
			}
			golden(t, tt.file, r.stdout)
		})
	}
}

func TestAskJSONBatch(t *testing.T) {
	in := "미국 반도체법 지원 규모는?\n\nWhere should we order dinner tonight?\n" + strings.Repeat("가", 5000) + "\nISBN 알려줘"
	r := runCLI(t, in, nil, "ask", "--json", "--batch")
	if r.err != nil {
		t.Fatalf("ask --json --batch: %v\n%s", r.err, r.stderr)
	}
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	if got, want := len(lines), 5; got != want {
		t.Fatalf("got %d JSON lines, want %d (one per input line):\n%s", got, want, r.stdout)
	}
	want := []struct {
		answered bool
		error    bool
		section  string
	}{
		{true, false, "3.1"},
		{false, true, ""},
		{false, false, ""},
		{false, true, ""},
		{true, false, "front"},
	}
	for i, ln := range lines {
		var got answerLine
		if err := json.Unmarshal([]byte(ln), &got); err != nil {
			t.Fatalf("line %d is not JSON: %v: %s", i+1, err, ln)
		}
		if got.Answered != want[i].answered {
			t.Errorf("line %d answered = %v, want %v", i+1, got.Answered, want[i].answered)
		}
		if (got.Error != "") != want[i].error {
			t.Errorf("line %d error = %q, want error: %v", i+1, got.Error, want[i].error)
		}
		if want[i].section != "" && (len(got.Results) == 0 || got.Results[0].Section != want[i].section) {
			t.Errorf("line %d first section = %+v, want %s", i+1, got.Results, want[i].section)
		}
		for _, res := range got.Results {
			if res.Report != "수시연구 2024-08" {
				t.Errorf("line %d result report = %q, want the series number 수시연구 2024-08", i+1, res.Report)
			}
		}
		if got.Results == nil {
			t.Errorf("line %d results is null, want a list", i+1)
		}
	}
}

func TestChat(t *testing.T) {
	r := runCLI(t, "ISBN 알려줘\n\nWhat is the ISBN?\n", nil, "chat")
	if r.err != nil {
		t.Fatalf("chat: %v", r.err)
	}
	if got := strings.Count(r.stdout, "978-89-6112-977-0"); got < 2 {
		t.Errorf("chat answered the ISBN %d times, want 2:\n%s", got, r.stdout)
	}
}

func TestCommandLineErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		usage   bool
		message string
	}{
		{"no command", nil, nil, true, "no command"},
		{"unknown command", nil, []string{"frobnicate"}, true, "unknown command"},
		{"empty question", nil, []string{"ask"}, true, "needs a question"},
		{"blank question", nil, []string{"ask", "  "}, true, "needs a question"},
		{"markup-only question", nil, []string{"ask", "<@U123> <!channel>"}, true, "needs a question"},
		{"markup-only claim", nil, []string{"cite", "<@U123|kim>", "<!here>"}, true, "needs a claim"},
		{"markup-only country", nil, []string{"country", "<!channel>"}, true, "needs a name"},
		{"bad flag", nil, []string{"ask", "--nope", "q"}, true, "nope"},
		{"bad top", nil, []string{"ask", "--top", "0", "q"}, true, "--top"},
		{"batch with argument", nil, []string{"ask", "--batch", "q"}, true, "stdin"},
		{"missing report", nil, []string{"ask", "--report", filepath.Join(dir, "nope.txt"), "q"}, false, "nope.txt"},
		{"empty report", nil, []string{"ask", "--report", empty, "q"}, false, "empty"},
		{"report is a directory", nil, []string{"sections", "--report", dir}, false, "directory"},
		{"report from environment", map[string]string{"REPORTBOT_REPORT": filepath.Join(dir, "env.txt")}, []string{"ask", "q"}, false, "env.txt"},
		{"unknown section", nil, []string{"show", "9.9"}, true, "no section"},
		{"show without id", nil, []string{"show"}, true, "section id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", tt.env, tt.args...)
			if r.err == nil {
				t.Fatalf("run %q succeeded, want an error", tt.args)
			}
			var u usageError
			if got := errors.As(r.err, &u); got != tt.usage {
				t.Errorf("usage error = %v, want %v (%v)", got, tt.usage, r.err)
			}
			if !strings.Contains(r.err.Error(), tt.message) {
				t.Errorf("error %q does not mention %q", r.err, tt.message)
			}
			if got, want := exitCode(r.err), map[bool]int{true: 2, false: 1}[tt.usage]; got != want {
				t.Errorf("exit code %d, want %d", got, want)
			}
		})
	}
}

// TestBatchClipsEcho checks that --batch echoes an input line back at most
// as long as the command allows, with the cut marked, and short lines whole.
func TestBatchClipsEcho(t *testing.T) {
	long := strings.Repeat("가", 5000)
	tests := []struct {
		name  string
		args  []string
		field string // the JSON field that echoes the input
		limit int
	}{
		{"ask", []string{"ask", "--batch", "--json"}, "question", question.MaxRunes},
		{"cite", []string{"cite", "--batch", "--json"}, "question", question.MaxRunes},
		{"country", []string{"country", "--batch"}, "query", entity.MaxNameRunes},
		{"company", []string{"company", "--batch"}, "query", entity.MaxNameRunes},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, long+"\n일본\n", nil, tt.args...)
			if r.err != nil {
				t.Fatalf("%q: %v\n%s", tt.args, r.err, r.stderr)
			}
			lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
			if got, want := len(lines), 2; got != want {
				t.Fatalf("got %d JSON lines, want %d:\n%.500s", got, want, r.stdout)
			}
			echoes := make([]string, len(lines))
			for i, ln := range lines {
				var m map[string]any
				if err := json.Unmarshal([]byte(ln), &m); err != nil {
					t.Fatalf("line %d is not JSON: %v", i+1, err)
				}
				echoes[i], _ = m[tt.field].(string)
				if got := mostRepeated(m, "가"); got > tt.limit {
					t.Errorf("line %d: a field repeats %d runes of the input, want at most %d", i+1, got, tt.limit)
				}
			}
			if got, want := echoes[0], strings.Repeat("가", tt.limit-1)+"…"; got != want {
				t.Errorf("%s of the long line = %d runes ending %q, want %d runes ending in …", tt.field, utf8.RuneCountInString(got), lastRunes(got, 3), tt.limit)
			}
			if got, want := echoes[1], "일본"; got != want {
				t.Errorf("%s of the short line = %q, want %q", tt.field, got, want)
			}
		})
	}
}

// mostRepeated is the largest number of times sub occurs in one string of
// a decoded JSON value.
func mostRepeated(v any, sub string) int {
	n := 0
	switch v := v.(type) {
	case string:
		n = strings.Count(v, sub)
	case []any:
		for _, e := range v {
			n = max(n, mostRepeated(e, sub))
		}
	case map[string]any:
		for _, e := range v {
			n = max(n, mostRepeated(e, sub))
		}
	}
	return n
}

func lastRunes(s string, n int) string {
	r := []rune(s)
	return string(r[max(0, len(r)-n):])
}

func TestReports(t *testing.T) {
	reports := filepath.Join("..", "..", "corpus", "testdata", "reports")
	tests := []struct {
		name     string
		args     []string
		want     string // in stdout
		exitCode int
	}{
		{"the embedded report", []string{"reports"}, "수시연구 2024-08\tAI 초격차 전략 수립 연구\t2024\t198 passages\n", 0},
		{"as JSON", []string{"reports", "--json"}, `{"series":"수시연구 2024-08","title":"AI 초격차 전략 수립 연구","title_en":"Research for developing AI super-gap strategy","year":"2024","passages":198}`, 0},
		{"another report of the house style", []string{"reports", "--report", filepath.Join(reports, "good.txt")}, "\t", 0},
		{"a report without a series is refused", []string{"reports", "--report", filepath.Join(reports, "no-series.txt")}, "", 1},
		{"arguments are refused", []string{"reports", "extra"}, "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", nil, tt.args...)
			got := 0
			if r.err != nil {
				got = exitCode(r.err)
			}
			if got != tt.exitCode {
				t.Fatalf("exit code %d (%v), want %d", got, r.err, tt.exitCode)
			}
			if !strings.Contains(r.stdout, tt.want) {
				t.Errorf("stdout = %q, want it to hold %q", r.stdout, tt.want)
			}
		})
	}
}

// TestSeveralReports puts questions and claims to two reports at once: the
// embedded report's text and a short fictional one. Each is answered from
// the report that holds it, every result names its report, and a citation
// references the report it quotes. Commands that read one report refuse
// several with a usage error.
func TestSeveralReports(t *testing.T) {
	real := filepath.Join("..", "..", "corpus", "report.txt")
	fictional := filepath.Join("..", "..", "corpus", "testdata", "reports", "good.txt")
	two := []string{"--report", real, "--report", fictional}
	const realSeries, fictionalSeries = "수시연구 2024-08", "정책연구 2031-03"
	// Replies name the reports by short title and year, as Slack's do.
	const realShort, fictionalShort = "AI 초격차 전략 수립 연구 (2024)", "가상 양자기술 협력 전략 연구 (2031)"
	asks := []struct {
		name, q, series string
	}{
		{"the real report's figure", "일본 반도체 보조금 얼마야?", realSeries},
		{"the fictional report's figure", "독일 양자기술 실행계획 지원 규모는?", fictionalSeries},
		{"an English question about the fictional report", "What does Germany fund under its quantum action plan?", fictionalSeries},
	}
	for _, tt := range asks {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", nil, append([]string{"ask", "--json"}, append(two, tt.q)...)...)
			if r.err != nil {
				t.Fatalf("ask: %v\n%s", r.err, r.stderr)
			}
			var got answerLine
			if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
				t.Fatal(err)
			}
			if !got.Answered || len(got.Results) == 0 {
				t.Fatalf("got no answer: %s", r.stdout)
			}
			if got.Results[0].Report != tt.series {
				t.Errorf("first result from %q, want %q", got.Results[0].Report, tt.series)
			}
			for _, res := range got.Results {
				if res.Report != realSeries && res.Report != fictionalSeries {
					t.Errorf("result names report %q, want one of the two", res.Report)
				}
			}
		})
	}
	t.Run("a citation references the report it quotes", func(t *testing.T) {
		out, _, err := citeRun(t, "", append([]string{"--json"}, append(two, "독일은 양자기술 실행계획에 따라 30억 유로를 지원한다")...)...)
		if err != nil {
			t.Fatal(err)
		}
		got := decodeCiteLines(t, out)
		if len(got) != 1 || len(got[0].Results) == 0 {
			t.Fatalf("got %+v, want one answered line", got)
		}
		if r := got[0].Results[0]; r.Report != fictionalSeries || !strings.Contains(r.Reference.Ko, "가상 양자기술 협력 전략 연구") {
			t.Errorf("got report %q, reference %q; want the fictional report's", r.Report, r.Reference.Ko)
		}
	})
	t.Run("a question that names its report is put to it alone", func(t *testing.T) {
		r := runCLI(t, "", nil, append(append([]string{"ask", "--json"}, two...), "2031-03 보고서에서 IBM은 뭘 공개했어?")...)
		if r.err != nil {
			t.Fatalf("ask: %v", r.err)
		}
		var got answerLine
		if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Results) == 0 {
			t.Fatalf("got no results: %s", r.stdout)
		}
		for _, res := range got.Results {
			if res.Report != fictionalSeries {
				t.Errorf("result from %q, want only %q, which the question names", res.Report, fictionalSeries)
			}
		}
	})
	t.Run("the reply says when several reports answer", func(t *testing.T) {
		r := runCLI(t, "", nil, append(append([]string{"ask"}, two...), "IBM은 뭘 공개했어?")...)
		if r.err != nil {
			t.Fatalf("ask: %v", r.err)
		}
		for _, want := range []string{"여러 보고서가 답합니다: ", "[" + realShort + "]", "[" + fictionalShort + "]"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("ask output lacks %q:\n%s", want, r.stdout)
			}
		}
	})
	t.Run("the environment lists reports as PATH does", func(t *testing.T) {
		env := map[string]string{"REPORTBOT_REPORT": real + string(filepath.ListSeparator) + fictional}
		r := runCLI(t, "", env, "reports")
		if r.err != nil {
			t.Fatalf("reports: %v\n%s", r.err, r.stderr)
		}
		if !strings.Contains(r.stdout, realSeries) || !strings.Contains(r.stdout, fictionalSeries) {
			t.Errorf("reports = %q, want both series", r.stdout)
		}
	})
	t.Run("a summary groups what each report says", func(t *testing.T) {
		r := runCLI(t, "", nil, append(append([]string{"country"}, two...), "미국")...)
		if r.err != nil {
			t.Fatalf("country: %v\n%s", r.err, r.stderr)
		}
		for _, want := range []string{"== " + realShort + "\n", "== " + fictionalShort + "\n"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("country output lacks %q", want)
			}
		}
		r = runCLI(t, "", nil, append(append([]string{"country", "--json"}, two...), "인도")...)
		if r.err != nil {
			t.Fatalf("country --json: %v", r.err)
		}
		var line struct {
			Report   string `json:"report"`
			Answered bool   `json:"answered"`
		}
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		if err := json.Unmarshal([]byte(lines[0]), &line); err != nil || !line.Answered || line.Report != fictionalSeries {
			t.Errorf("country --json 인도 = %s, want an answered line from %s", r.stdout, fictionalSeries)
		}
	})
	t.Run("sections lists each report's tree", func(t *testing.T) {
		r := runCLI(t, "", nil, append([]string{"sections"}, two...)...)
		if r.err != nil {
			t.Fatalf("sections: %v", r.err)
		}
		if !strings.Contains(r.stdout, "== "+realSeries) || !strings.Contains(r.stdout, "== "+fictionalSeries) {
			t.Errorf("sections = %q, want both reports' trees under their series", r.stdout)
		}
	})
	t.Run("show gives each report's section of that id", func(t *testing.T) {
		r := runCLI(t, "", nil, append(append([]string{"show"}, two...), "1")...)
		if r.err != nil {
			t.Fatalf("show: %v", r.err)
		}
		if !strings.Contains(r.stdout, "== "+realSeries) || !strings.Contains(r.stdout, "== "+fictionalSeries) {
			t.Errorf("show = %q, want both reports' chapter 1 under their series", r.stdout)
		}
		r = runCLI(t, "", nil, append(append([]string{"show"}, two...), "9.9")...)
		var u usageError
		if !errors.As(r.err, &u) {
			t.Errorf("show of a section neither report has: got %v, want a usage error", r.err)
		}
	})
	t.Run("a conversation goes on in the report that answers it", func(t *testing.T) {
		in := `{"conv": "a", "q": "독일 양자기술 실행계획 지원 규모는?"}` + "\n" +
			`{"conv": "b", "q": "일본 반도체 보조금 얼마야?"}` + "\n" +
			`{"conv": "b", "q": "대만은?"}` + "\n"
		r := runCLI(t, in, nil, append([]string{"chat", "--json"}, two...)...)
		if r.err != nil {
			t.Fatalf("chat --json: %v\n%s", r.err, r.stderr)
		}
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		if len(lines) != 3 {
			t.Fatalf("got %d lines, want 3:\n%s", len(lines), r.stdout)
		}
		want := []struct{ series, understood string }{{fictionalSeries, ""}, {realSeries, ""}, {realSeries, "대만"}}
		for i, w := range want {
			var got struct {
				Understood string       `json:"understood"`
				Results    []resultJSON `json:"results"`
			}
			if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
				t.Fatal(err)
			}
			if len(got.Results) == 0 || got.Results[0].Report != w.series {
				t.Errorf("line %d: first result %+v, want one from %s", i+1, got.Results, w.series)
			}
			if !strings.Contains(got.Understood, w.understood) {
				t.Errorf("line %d: understood %q, want it to hold %q", i+1, got.Understood, w.understood)
			}
		}
	})
	t.Run("index and ask with a prebuilt folder for several reports", func(t *testing.T) {
		dir := t.TempDir()
		w := runCLI(t, "", nil, append(append([]string{"index"}, two...), "--out", dir)...)
		if w.err != nil {
			t.Fatalf("index: %v (stderr %q)", w.err, w.stderr)
		}
		var folders []string
		for _, f := range indexFolders(dir, flagFiles(two)) {
			if _, err := os.Stat(filepath.Join(f, prebuilt.ManifestFile)); err != nil {
				t.Errorf("index wrote no index in %s: %v", f, err)
			}
			folders = append(folders, f)
		}
		if !strings.Contains(w.stdout, "open it with: reportbot ask --index "+dir) {
			t.Errorf("index says %q, want how to open it", w.stdout)
		}
		r := runCLI(t, "", nil, append(append([]string{"ask", "--json"}, two...), "--index", dir, "독일 양자기술 실행계획 지원 규모는?")...)
		if r.err != nil {
			t.Fatalf("ask: %v", r.err)
		}
		if strings.Contains(r.stderr, "rebuilt") {
			t.Errorf("ask rebuilt an index it was given: %q", r.stderr)
		}
		if !strings.Contains(r.stdout, `"report":"정책연구 2031-03"`) {
			t.Errorf("ask answered %q, want a result from the quantum report", r.stdout)
		}
	})
}

// flagFiles lists the files of --report flags.
func flagFiles(args []string) []string {
	var files []string
	for i := 0; i+1 < len(args); i++ {
		if args[i] == "--report" {
			files = append(files, args[i+1])
		}
	}
	return files
}
