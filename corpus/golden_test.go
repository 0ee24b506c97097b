package corpus_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
)

var update = flag.Bool("update", false, "rewrite golden files")

// embeddedDoc parses the shipped report once for all tests of the package.
var embeddedDoc = sync.OnceValues(func() (*corpus.Document, error) { return corpus.Load("") })

func mustDoc(t testing.TB) *corpus.Document {
	t.Helper()
	d, err := embeddedDoc()
	if err != nil {
		t.Fatalf("corpus.Load(\"\"): %v", err)
	}
	return d
}

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./corpus -update to create it)", err)
	}
	if string(want) == got {
		return
	}
	t.Errorf("%s differs from the parser's output:\n%s\nIf the change is intended, run go test ./corpus -update and review the diff.",
		path, shortDiff(string(want), got, 10))
}

// shortDiff lists up to max lines that differ, by line number.
func shortDiff(want, got string, max int) string {
	wl := strings.Split(want, "\n")
	gl := strings.Split(got, "\n")
	var b strings.Builder
	n := 0
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w == g {
			continue
		}
		if n == max {
			fmt.Fprintf(&b, "… (more lines differ; want %d lines, got %d)\n", len(wl), len(gl))
			break
		}
		n++
		fmt.Fprintf(&b, "line %d:\n  - %s\n  + %s\n", i+1, w, g)
	}
	return b.String()
}

func firstRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

func TestGoldenSections(t *testing.T) {
	d := mustDoc(t)
	var b bytes.Buffer
	b.WriteString("# id\tparent\tlevel\ttitle\tpages\tpages_from_parent\tline\ttitle_en\n")
	for _, s := range d.Sections {
		fmt.Fprintf(&b, "%s\t%s\t%d\t%q\t%s\t%v\t%d\t%q\n", s.ID, s.Parent, s.Level, s.Title, s.Pages(), s.PagesFromParent, s.Line, s.TitleEn)
	}
	golden(t, "sections.golden", b.String())
}

func TestGoldenPassages(t *testing.T) {
	d := mustDoc(t)
	var b bytes.Buffer
	b.WriteString("# id\tsection\tkind\tcountry\tlabel\tduplicate\tfootnotes\ttext (first 60 runes)\n")
	for _, p := range d.Passages {
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t%d\t%v\t%q\n",
			p.ID, p.Section, p.Kind, p.Country, p.Label, p.Duplicate, p.Footnotes, firstRunes(p.Text, 60))
	}
	golden(t, "passages.golden", b.String())
}

func TestGoldenFootnotes(t *testing.T) {
	d := mustDoc(t)
	var b bytes.Buffer
	b.WriteString("# num\tcited\turl\ttext\n")
	for _, f := range d.Footnotes {
		fmt.Fprintf(&b, "%d\t%d\t%s\t%q\n", f.Num, f.Cited, f.URL, f.Text)
	}
	golden(t, "footnotes.golden", b.String())
}

func TestGoldenMeta(t *testing.T) {
	m := mustDoc(t).Meta
	var b bytes.Buffer
	fmt.Fprintf(&b, "TitleKo: %s\n", m.TitleKo)
	fmt.Fprintf(&b, "TitleEn: %s\n", m.TitleEn)
	fmt.Fprintf(&b, "Series: %s\n", m.Series)
	for i, a := range m.Authors {
		fmt.Fprintf(&b, "Author %d: %s | %s | %s | %s | %s\n", i+1, a.Name, a.Romanized, a.Role, a.Affiliation, a.Position)
	}
	fmt.Fprintf(&b, "Publisher: %s\n", m.Publisher)
	fmt.Fprintf(&b, "Issuer: %s\n", m.Issuer)
	fmt.Fprintf(&b, "Address: %s\n", m.Address)
	fmt.Fprintf(&b, "Printed: %s\n", m.Printed)
	fmt.Fprintf(&b, "Published: %s\n", m.Published)
	fmt.Fprintf(&b, "ISBN: %s\n", m.ISBN)
	golden(t, "meta.golden", b.String())
}
