package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/prebuilt"
)

// writeIndex runs "reportbot index" into a fresh folder.
func writeIndex(t *testing.T, args ...string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "index")
	r := runCLI(t, "", nil, append([]string{"index", "--out", dir}, args...)...)
	if r.err != nil {
		t.Fatalf("index: %v\n%s", r.err, r.stderr)
	}
	if !strings.Contains(r.stdout, "wrote the index of") || !strings.Contains(r.stdout, dir) {
		t.Errorf("index printed %q, want what it wrote and where", r.stdout)
	}
	return dir
}

// TestPrebuiltIndexAnswersAsBuilding asks the same questions of the
// engine built at start-up and of the engine opened from its prebuilt
// index: every command prints the same.
func TestPrebuiltIndexAnswersAsBuilding(t *testing.T) {
	dir := writeIndex(t)
	questions := strings.Join([]string{
		"미국 반도체법 지원 규모는?",
		"When did SK hynix start mass production of HBM3E?",
		"블랙웰 B200 가격 얼마야?",
		"주차 등록은 어떻게 해?",
		"초격차전략이정확히뭔데",
		"What does the report recommend for AI talent?",
	}, "\n")
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"ask", questions, []string{"ask", "--json", "--batch"}},
		{"cite", "SK하이닉스는 2024년 3월 HBM3E 양산을 시작했다\n", []string{"cite", "--json", "--batch"}},
		{"country", "일본\nUnited States\n", []string{"country", "--batch"}},
		{"company", "엔비디아\n", []string{"company", "--batch"}},
		{"chat", `{"conv":"a","q":"미국 반도체법 지원 규모는?"}` + "\n" + `{"conv":"a","q":"대만은?"}` + "\n", []string{"chat", "--json"}},
		{"sections", "", []string{"sections"}},
		{"show", "", []string{"show", "2.2.1.마"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := runCLI(t, tt.stdin, nil, tt.args...)
			got := runCLI(t, tt.stdin, nil, append([]string{tt.args[0], "--index", dir}, tt.args[1:]...)...)
			if want.err != nil || got.err != nil {
				t.Fatalf("built: %v; prebuilt: %v\n%s", want.err, got.err, got.stderr)
			}
			if got.stderr != "" {
				t.Errorf("opening a fresh index said %q, want nothing", got.stderr)
			}
			if g, w := sameLines(t, got.stdout), sameLines(t, want.stdout); !reflect.DeepEqual(g, w) {
				t.Errorf("from the prebuilt index:\n%s\nbuilt at start-up:\n%s", got.stdout, want.stdout)
			}
		})
	}
}

// sameLines returns the output's lines with every JSON score rounded: two
// builds of one report sum tied BM25 scores in another order, which moves
// their last bits (see search.TestOpenRestoresWhatNewBuilds).
func sameLines(t *testing.T, out string) []any {
	t.Helper()
	var lines []any
	for _, ln := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		var v any
		if json.Unmarshal([]byte(ln), &v) != nil {
			lines = append(lines, ln)
			continue
		}
		lines = append(lines, roundScores(v))
	}
	return lines
}

func roundScores(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			if f, ok := e.(float64); ok && k == "score" {
				v[k] = math.Round(f*1e9) / 1e9
			} else {
				v[k] = roundScores(e)
			}
		}
	case []any:
		for i, e := range v {
			v[i] = roundScores(e)
		}
	}
	return v
}

func TestIndexFromTheEnvironment(t *testing.T) {
	dir := writeIndex(t)
	env := map[string]string{"REPORTBOT_INDEX": dir}
	r := runCLI(t, "", env, "ask", "미국 반도체법 지원 규모는?")
	if r.err != nil || r.stderr != "" || !strings.Contains(r.stdout, "520억 달러") {
		t.Errorf("ask with REPORTBOT_INDEX = %v, stderr %q, stdout %q", r.err, r.stderr, r.stdout)
	}
	// "reportbot index" writes where REPORTBOT_INDEX points when --out is
	// not given.
	fresh := filepath.Join(t.TempDir(), "from-env")
	if r := runCLI(t, "", map[string]string{"REPORTBOT_INDEX": fresh}, "index"); r.err != nil {
		t.Fatalf("index with REPORTBOT_INDEX: %v", r.err)
	}
	if _, err := os.Stat(filepath.Join(fresh, prebuilt.ManifestFile)); err != nil {
		t.Errorf("index with REPORTBOT_INDEX wrote no manifest: %v", err)
	}
}

// TestStaleIndexIsRebuilt changes the report an index was written from:
// the command says so on stderr, rebuilds the index and answers from the
// new text.
func TestStaleIndexIsRebuilt(t *testing.T) {
	report := filepath.Join(t.TempDir(), "report.txt")
	text := corpus.Embedded()
	if err := os.WriteFile(report, text, 0o644); err != nil {
		t.Fatal(err)
	}
	dir := writeIndex(t, "--report", report)
	changed := strings.Replace(string(text), "520억 달러", "530억 달러", 1)
	if err := os.WriteFile(report, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "", nil, "ask", "--index", dir, "--report", report, "미국 반도체법 지원 규모는?")
	if r.err != nil {
		t.Fatalf("ask: %v", r.err)
	}
	if want := "index folder " + dir + ": the index is stale (the report's text has changed since it was built"; !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "rebuilt it") {
		t.Errorf("stderr = %q, want %q… rebuilt it", r.stderr, want)
	}
	if !strings.Contains(r.stdout, "530억 달러") {
		t.Errorf("the answer is not from the changed report:\n%s", r.stdout)
	}
	r = runCLI(t, "", nil, "ask", "--index", dir, "--report", report, "미국 반도체법 지원 규모는?")
	if r.err != nil || r.stderr != "" {
		t.Errorf("asking again = %v, stderr %q; want the rebuilt index opened as it is", r.err, r.stderr)
	}
}

func TestIndexCommandLineErrors(t *testing.T) {
	dir := t.TempDir()
	good := writeIndex(t)
	file := filepath.Join(dir, "file.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A stale index in a folder that cannot be written: the lock cannot be
	// made where a folder of that name stands (root writes whatever the
	// permissions say, but not this).
	stale := filepath.Join(dir, "stale")
	if err := os.CopyFS(stale, os.DirFS(good)); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(stale, ".lock"))
	if err := os.Mkdir(filepath.Join(stale, ".lock"), 0o755); err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(stale, prebuilt.ManifestFile)
	data, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(manifest, []byte(strings.Replace(string(data), fmt.Sprintf(`"engine": %d`, prebuilt.Engine), `"engine": 999`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "foreign")
	if err := os.MkdirAll(filepath.Join(foreign, "photos"), 0o755); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name  string
		args  []string
		usage bool
		says  []string
	}{
		{"index without a folder", []string{"index"}, true, []string{"index needs --out DIR"}},
		{"index with an argument", []string{"index", "--out", dir, "extra"}, true, []string{`index takes no arguments (got "extra")`}},
		{"index with a bad flag", []string{"index", "--outt", dir}, true, []string{"outt"}},
		{"index of a missing report", []string{"index", "--out", filepath.Join(dir, "x"), "--report", filepath.Join(dir, "nope.txt")}, false, []string{"nope.txt"}},
		{"index into a folder of other files", []string{"index", "--out", foreign}, false, []string{foreign, "holds files that are not an index's (photos)"}},
		{"--index without a folder", []string{"ask", "--index"}, true, []string{"flag needs an argument: -index"}},
		{"--index naming a file", []string{"ask", "--index", file, "q"}, false, []string{"index folder " + file + ": is not a folder"}},
		{"--index naming a folder of other files", []string{"sections", "--index", foreign}, false, []string{foreign, "holds files that are not an index's"}},
		{"stale index that cannot be rebuilt", []string{"cite", "--index", stale, "HBM3E"}, false, []string{
			"index folder " + stale + ": the index is stale (built by engine version 999",
			"the folder cannot be written", "cannot be rebuilt there",
			"write it anew, where it can be written, with: reportbot index --out " + stale}},
		{"show from a stale index that cannot be rebuilt", []string{"show", "--index", stale, "3.1"}, false, []string{"index folder " + stale + ": the index is stale"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", nil, tt.args...)
			if r.err == nil {
				t.Fatalf("run %q succeeded, want an error", tt.args)
			}
			var u usageError
			if got := errors.As(r.err, &u); got != tt.usage {
				t.Errorf("usage error = %v, want %v (%v)", got, tt.usage, r.err)
			}
			for _, s := range tt.says {
				if !strings.Contains(r.err.Error(), s) {
					t.Errorf("error %q does not say %q", r.err, s)
				}
			}
			if got, want := exitCode(r.err), map[bool]int{true: 2, false: 1}[tt.usage]; got != want {
				t.Errorf("exit code %d, want %d", got, want)
			}
		})
	}
}

func TestServeFromAPrebuiltIndex(t *testing.T) {
	dir := writeIndex(t)
	var stderr lockedBuffer
	serveAndAsk(t, map[string]string{"REPORTBOT_INDEX": dir, "REPORTBOT_DRAIN_GRACE": "0"}, &stderr)
	if !strings.Contains(stderr.String(), `"msg":"opened the prebuilt index","index":"`+dir+`"`) {
		t.Errorf("serve's log does not say it opened the prebuilt index:\n%s", stderr.String())
	}
}

func TestServeRefusesAStaleIndexItCannotWrite(t *testing.T) {
	good := writeIndex(t)
	stale := filepath.Join(t.TempDir(), "stale")
	if err := os.CopyFS(stale, os.DirFS(good)); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(stale, ".lock"))
	if err := os.Mkdir(filepath.Join(stale, ".lock"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(stale, prebuilt.ManifestFile), []byte("{not a manifest"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-1234567890-abcdefghij", "SLACK_APP_TOKEN": "xapp-1-A123-456-abcdef0123",
		"REPORTBOT_INDEX": stale,
	}
	err := runServe(context.Background(), nil, envMap(env), io.Discard)
	if err == nil {
		t.Fatal("serve started on a corrupt index it could not rebuild")
	}
	for _, s := range []string{"index folder " + stale, "the index is corrupt", "cannot be rebuilt there"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("serve = %q, want it to say %q", err, s)
		}
	}
}

// TestOpenAll loads several reports at once: in the order named, each from
// its own source, and on a report that cannot be read, that report's error
// with every report loaded closed.
func TestOpenAll(t *testing.T) {
	dir := filepath.Join("..", "..", "corpus", "testdata", "reports")
	good, third := filepath.Join(dir, "good.txt"), filepath.Join(dir, "third.txt")
	tests := []struct {
		name    string
		files   []string
		want    []string
		wantErr string
	}{
		{"one", []string{third}, []string{"정책연구 2032-07"}, ""},
		{"in the order named", []string{third, "", good}, []string{"정책연구 2032-07", "수시연구 2024-08", "정책연구 2031-03"}, ""},
		{"one that cannot be read", []string{good, filepath.Join(dir, "cut-short.txt"), third}, nil, "cut-short.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var srcs []source
			for _, f := range tt.files {
				srcs = append(srcs, source{report: f})
			}
			reports, err := openAll(srcs, func(prebuilt.Outcome) {})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("openAll error = %v, want one naming %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer closeReports(reports)
			var got []string
			for _, r := range reports {
				got = append(got, r.Series())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("openAll loaded %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIndexFolders(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		want  []string
	}{
		{"one report: the folder itself", []string{"a/report.txt"}, []string{"root"}},
		{"several: one folder each, by file name", []string{"", "a/good.txt", "b/third.txt"}, []string{"root/embedded", "root/good", "root/third"}},
		{"two files of one name", []string{"a/report.txt", "b/report.txt"}, []string{"root/report", "root/report-2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := indexFolders("root", tt.files)
			for i := range got {
				got[i] = filepath.ToSlash(got[i])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("indexFolders(root, %q) = %q, want %q", tt.files, got, tt.want)
			}
		})
	}
}
