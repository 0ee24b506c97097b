package analysis_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
)

func readIndexFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// dataLines counts the lines of a glossary file that are neither blank nor comments.
func dataLines(t *testing.T, text string) int {
	t.Helper()
	n := 0
	for _, ln := range strings.Split(text, "\n") {
		ln = strings.TrimSpace(ln)
		if ln != "" && !strings.HasPrefix(ln, "#") {
			n++
		}
	}
	return n
}

func TestGlossaryFileParses(t *testing.T) {
	entries, err := analysis.EmbeddedGlossary()
	if err != nil {
		t.Fatalf("EmbeddedGlossary: %v", err)
	}
	if len(entries) < 100 {
		t.Errorf("EmbeddedGlossary has %d entries, want the whole file (hundreds)", len(entries))
	}
	for _, e := range entries {
		if e.English == "" || len(e.Korean) == 0 {
			t.Errorf("glossary.tsv line %d: English %q Korean %q, want both", e.Line, e.English, e.Korean)
		}
		if e.English != strings.ToLower(e.English) {
			t.Errorf("glossary.tsv line %d: English %q is not lower case", e.Line, e.English)
		}
	}
}

func TestGlossaryEveryLineIsAnEntry(t *testing.T) {
	tests := []struct {
		file  string
		load  func() ([]analysis.Entry, error)
		lines func(t *testing.T) int
	}{
		{"glossary.tsv", analysis.EmbeddedGlossary, func(t *testing.T) int { return dataLines(t, readIndexFile(t, "glossary.tsv")) }},
		{"names.tsv", analysis.EmbeddedNames, func(t *testing.T) int { return dataLines(t, readIndexFile(t, "names.tsv")) }},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			entries, err := tt.load()
			if err != nil {
				t.Fatalf("parsing %s: %v", tt.file, err)
			}
			if want := tt.lines(t); len(entries) != want {
				t.Errorf("%s: %d entries parsed from %d data lines", tt.file, len(entries), want)
			}
		})
	}
}

func TestGlossaryNoDuplicateEnglish(t *testing.T) {
	entries, err := analysis.EmbeddedGlossary()
	if err != nil {
		t.Fatalf("EmbeddedGlossary: %v", err)
	}
	first := map[string]int{}
	for _, e := range entries {
		key := strings.Join(strings.Fields(strings.ToLower(e.English)), " ")
		if l, dup := first[key]; dup {
			t.Errorf("glossary.tsv: English %q on line %d repeats line %d", e.English, e.Line, l)
			continue
		}
		first[key] = e.Line
	}
}

func TestGlossaryKoreanInReport(t *testing.T) {
	entries, err := analysis.EmbeddedGlossary()
	if err != nil {
		t.Fatalf("EmbeddedGlossary: %v", err)
	}
	report := string(corpus.Embedded())
	for _, e := range entries {
		for _, k := range e.Korean {
			if !strings.Contains(report, k) {
				t.Errorf("glossary.tsv line %d (%s): %q does not occur in the report", e.Line, e.English, k)
			}
		}
	}
}

func TestNamesInReport(t *testing.T) {
	entries, err := analysis.EmbeddedNames()
	if err != nil {
		t.Fatalf("EmbeddedNames: %v", err)
	}
	if len(entries) == 0 {
		t.Fatal("EmbeddedNames returned no entries")
	}
	report := string(corpus.Embedded())
	for _, e := range entries {
		// In names.tsv the left column is the spelling users type and the right
		// the forms the report prints.
		for _, form := range e.Korean {
			if !strings.Contains(report, form) {
				t.Errorf("names.tsv line %d (%s): %q does not occur in the report", e.Line, e.English, form)
			}
		}
	}
}

func TestParseGlossary(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []analysis.Entry
		wantErr []string // substrings the error must hold; nil: no error
	}{
		{
			name: "entries, comments, blank lines and CRLF",
			in:   "# comment\n\nsubsidy\t보조금|지원금\r\n  # indented comment\nchips act\t 반도체법 | 반도체과학법 \n",
			want: []analysis.Entry{
				{English: "subsidy", Korean: []string{"보조금", "지원금"}, Line: 3},
				{English: "chips act", Korean: []string{"반도체법", "반도체과학법"}, Line: 5},
			},
		},
		{name: "empty file", in: "", want: nil},
		{
			name:    "line without a TAB",
			in:      "subsidy\t보조금\nchips act 반도체법\n",
			wantErr: []string{"line 2", "chips act 반도체법"},
		},
		{
			name:    "spaces instead of a TAB",
			in:      "# header\nsubsidy    보조금\n",
			wantErr: []string{"line 2", "subsidy    보조금"},
		},
		{name: "no English", in: "\t보조금\n", wantErr: []string{"line 1"}},
		{name: "no Korean", in: "subsidy\t\n", wantErr: []string{"line 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := analysis.ParseGlossary(tt.in)
			if tt.wantErr != nil {
				if err == nil {
					t.Fatalf("ParseGlossary(%q) = %+v, nil error; want an error", tt.in, got)
				}
				for _, s := range tt.wantErr {
					if !strings.Contains(err.Error(), s) {
						t.Errorf("ParseGlossary(%q) error %q does not mention %q", tt.in, err, s)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseGlossary(%q): %v", tt.in, err)
			}
			if !slices.EqualFunc(got, tt.want, func(a, b analysis.Entry) bool {
				return a.English == b.English && a.Line == b.Line && slices.Equal(a.Korean, b.Korean)
			}) {
				t.Errorf("ParseGlossary(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

// TestGlossaryCompoundForms checks that a hyphened entry is found however
// English writes the compound (hyphened, apart, closed up) and in another
// form of its words, and that a part the analyser drops keys nothing.
func TestGlossaryCompoundForms(t *testing.T) {
	a := analysis.NewAnalyzer(nil)
	g := analysis.GlossaryOf(a, []analysis.Entry{
		{English: "self-sufficiency", Korean: []string{"자립화"}},
		{English: "in-house", Korean: []string{"자체"}},
		{English: "chip", Korean: []string{"칩"}},
	}, nil)
	key := func(text string) string { return strings.Join(mainTerms(a, text), " ") }
	for _, tc := range []struct {
		name, typed string
		want        []string
	}{
		{"as listed", "self-sufficiency", []string{"자립화"}},
		{"apart", "self sufficiency", []string{"자립화"}},
		{"apart, another form", "self sufficient", []string{"자립화"}},
		{"closed up", "selfsufficiency", []string{"자립화"}},
		{"closed up, another form", "selfsufficient", []string{"자립화"}},
		{"a dropped part keys nothing", "house", nil},
		{"closed up with a dropped part", "inhouse", []string{"자체"}},
		{"a plain word", "chips", []string{"칩"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := g.Lookup(key(tc.typed)); !slices.Equal(got, tc.want) {
				t.Errorf("Lookup(%q) = %q, want %q", key(tc.typed), got, tc.want)
			}
		})
	}
}
