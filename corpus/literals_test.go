package corpus_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus/entity"
)

// moduleRoot is the directory of go.mod above the package's.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("no go.mod above the package")
		}
		dir = up
	}
}

// stringLiterals lists the string literals of every non-test Go file of the
// module, skipping testdata and the folders the go tool ignores.
func stringLiterals(t *testing.T, root string) map[string][]string {
	t.Helper()
	out := map[string][]string{} // literal → the files it is in
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					out[s] = append(out[s], rel)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestNoReportSpecificLiterals: what is particular to the shipped report
// comes from its text. No string literal of non-test code holds one of its
// numbered sections' ids (a chapter's as "제N장" or alone) or titles, Korean
// or English. The parser's own names of unnumbered parts ("front", "refs",
// "summary-ko", "summary-en") are no ids of the report. A title that is only
// a name of the general entity table ("TSMC", "삼성전자") is the table's.
func TestNoReportSpecificLiterals(t *testing.T) {
	d := mustDoc(t)
	root := moduleRoot(t)
	lits := stringLiterals(t, root)
	table := entity.Default()
	isName := func(title string) bool {
		s := entity.For(table, entity.Report{Headings: []entity.Heading{{ID: "1", Title: title}}})
		if len(s.Companies()) > 0 || len(s.Countries()) > 0 {
			main, _, _ := strings.Cut(title, "(")
			return len(strings.Fields(main)) <= 2
		}
		return false
	}
	type needle struct {
		what string
		re   *regexp.Regexp
	}
	var needles []needle
	for _, s := range d.Sections {
		if !s.Numbered() {
			continue
		}
		id := regexp.QuoteMeta(s.ID)
		if s.Level == 1 {
			// A chapter's id alone is any small number; it is the
			// report's as the whole literal or as 제N장.
			needles = append(needles, needle{"chapter " + s.ID, regexp.MustCompile(`^` + id + `$|제\s*` + id + `\s*장`)})
		} else {
			// An id among other text, not part of a longer number or of
			// a version ("mecab-ko-dic 2.1.1", "HTTP/1.1").
			needles = append(needles, needle{"section id " + s.ID, regexp.MustCompile(`(^|[^0-9./A-Za-z])` + id + `($|[^0-9.]|\.($|[^0-9]))`)})
		}
		for _, title := range []string{s.Title, s.TitleEn} {
			if title == "" || isName(title) {
				continue
			}
			words := strings.Fields(title)
			for i := range words {
				words[i] = regexp.QuoteMeta(words[i])
			}
			needles = append(needles, needle{"title of " + s.ID + " " + strconv.Quote(title), regexp.MustCompile(strings.Join(words, `\s*`))})
		}
	}
	if len(needles) < 40 {
		t.Fatalf("only %d ids and titles from the report; want its whole structure", len(needles))
	}
	for lit, files := range lits {
		for _, n := range needles {
			if n.re.MatchString(lit) {
				t.Errorf("%s: string literal %q holds the report's %s", strings.Join(files, ", "), lit, n.what)
			}
		}
	}
}
