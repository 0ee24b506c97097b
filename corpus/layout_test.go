package corpus_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
)

// readReport reads a synthetic report of testdata/reports.
func readReport(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "reports", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// goodWith is the good synthetic report with old replaced by new, which
// must occur in it.
func goodWith(t *testing.T, old, new string) []byte {
	t.Helper()
	good := readReport(t, "good.txt")
	if !bytes.Contains(good, []byte(old)) {
		t.Fatalf("good.txt has no %q", old)
	}
	return bytes.Replace(good, []byte(old), []byte(new), 1)
}

// lineOf is the 1-based number of the first line of data that is exactly s.
func lineOf(t *testing.T, data []byte, s string) int {
	t.Helper()
	for i, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) == s {
			return i + 1
		}
	}
	t.Fatalf("no line %q", s)
	return 0
}

// TestParseLayoutErrors: a report whose layout cannot be read is refused
// whole, with the error callers branch on and the line that shows it.
func TestParseLayoutErrors(t *testing.T) {
	type tc struct {
		name     string
		data     []byte
		wantErr  error
		wantLine string // the line the error must name, as printed; "" for none
		wantIn   string // a part of the message
	}
	file := func(name string, wantErr error, wantLine, wantIn string) tc {
		return tc{name, readReport(t, name), wantErr, wantLine, wantIn}
	}
	tests := []tc{
		file("empty.txt", corpus.ErrEmpty, "", "empty"),
		file("garbage.bin", corpus.ErrNotText, "", "not UTF-8"),
		file("no-title-page.txt", corpus.ErrNoTitlePage, "| 목 차 |", "title page"),
		file("no-series.txt", corpus.ErrNoTitlePage, "가상 양자기술 협력 전략 연구", "series number"),
		file("headings-out-of-order.txt", corpus.ErrHeadingOrder, "제3절 연구 방법", "expected 제2절"),
		file("contents-disagree.txt", corpus.ErrContentsMismatch, "제2절 양자기술 산업 동향", "양자기술 기업 동향"),
		file("heading-not-in-contents.txt", corpus.ErrContentsMismatch, "제3절 연구의 한계", "not in the table of contents"),
		file("cut-short.txt", corpus.ErrContentsMismatch, "| 제2절 양자기술 기업 동향 | 9 |", "cut short"),
		{"chapters out of order", goodWith(t, "| 제2장 | 주요국", "| 제3장 | 주요국"), corpus.ErrHeadingOrder,
			"| 제3장 | 주요국 양자기술 정책 동향", "expected 제2장"},
		{"a chapter opening with 제2절", goodWith(t, "제1절 연구 배경\n", "제2절 연구 배경\n"), corpus.ErrHeadingOrder,
			"제2절 연구 배경", "expected 제1절"},
		{"letters out of order", goodWith(t, "나. 구글(Google)", "라. 구글(Google)"), corpus.ErrHeadingOrder,
			"라. 구글(Google)", "expected 나."},
		{"no contents", goodWith(t, "| 목 차 |", ""), corpus.ErrNoContents, "| 제1장 | 서론", "no table of contents"},
		{"a contents row the parser does not read", goodWith(t, "| 참고문헌 | 17 |", "| 참고문헌 | 17 |\n| 부록 1. 설문지 | 19 |"),
			corpus.ErrContentsMismatch, "| 부록 1. 설문지 | 19 |", "부록"},
		{"a 절 listed before any chapter", goodWith(t, "| 제1장 서론 | 1 |", "| 제1절 서문 | 1 |\n| 제1장 서론 | 1 |"),
			corpus.ErrContentsMismatch, "| 제1절 서문 | 1 |", "before any chapter"},
		{"a heading listed twice", goodWith(t, "| 제2절 연구 방법 | 3 |", "| 제2절 연구 방법 | 3 |\n| 제2절 연구 방법 | 4 |"),
			corpus.ErrContentsMismatch, "| 제2절 연구 방법 | 4 |", "again"},
		{"English contents list a chapter the body lacks", goodWith(t, "| References | 17 |", "| Chapter 4. Appendix | 17 |"),
			corpus.ErrContentsMismatch, "| Chapter 4. Appendix | 17 |", "English contents"},
		{"a numbered part the contents leave out", goodWith(t, "나. 구글(Google)", "2. 양자통신 기업\n\n가. 구글(Google)"),
			corpus.ErrContentsMismatch, "2. 양자통신 기업", "not in the table of contents"},
		{"a chapter after the reference list", append(readReport(t, "good.txt"), "\n| 제4장 | 부록\n"...), corpus.ErrHeadingOrder,
			"| 제4장 | 부록", "참고문헌"},
		{"a title page with no Korean title", goodWith(t, "\n가상 양자기술 협력 전략 연구\n\nA Fictional", "\nA Fictional"), corpus.ErrNoTitlePage,
			"정책연구 2031-03", "no Korean title"},
		{"chapters but no body before the contents end", []byte("정책연구 2031-03\n제목\n| 목 차 |\n| 제1장 서론 | 1 |\n"), corpus.ErrNoSections,
			"| 제1장 서론 | 1 |", "cut short"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := corpus.Parse(tt.data)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Parse error = %v, want %v", err, tt.wantErr)
			}
			if d != nil {
				t.Errorf("Parse returned a Document with error %v", err)
			}
			if !strings.Contains(err.Error(), tt.wantIn) {
				t.Errorf("error %q does not say %q", err, tt.wantIn)
			}
			var le *corpus.LayoutError
			if tt.wantLine == "" {
				if errors.As(err, &le) && le.Line != 0 {
					t.Errorf("error %q names line %d, want none", err, le.Line)
				}
				return
			}
			want := lineOf(t, tt.data, tt.wantLine)
			if !errors.As(err, &le) || le.Line != want {
				t.Fatalf("error %q, want one naming line %d (%q)", err, want, tt.wantLine)
			}
			if prefix := fmt.Sprintf("line %d: ", want); !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("error %q does not start with %q", err, prefix)
			}
		})
	}
}

// TestParseLayoutTolerates: what the house style varies in is still read.
func TestParseLayoutTolerates(t *testing.T) {
	tests := []struct {
		name     string
		data     []byte
		wantID   string // a section the report must have
		wantLine string // the heading line of that section
	}{
		// The house's typesetting sometimes prints the letter before again.
		{"a repeated letter is the next one", goodWith(t, "나. 구글(Google)", "가. 구글(Google)"), "2.2.1.나", "가. 구글(Google)"},
		{"no summaries", goodWith(t, "| 요약 |", "| 목 차 |"), "1.1", "제1절 연구 배경"},
		{"other banners of the contents", []byte(strings.NewReplacer("| 목 차 |", "| 차 례 |", "\nContents\n", "\n| Table of Contents |\n").Replace(string(readReport(t, "good.txt")))),
			"2.2.1", "1. 양자컴퓨팅 기업"},
		{"CRLF line ends", bytes.ReplaceAll(readReport(t, "good.txt"), []byte("\n"), []byte("\r\n")), "3.2", "제2절 정책 제언"},
		{"a title page starting with the title", goodWith(t, "\n정책연구 2031-03\n\n가상 양자기술 협력 전략 연구\n", "\n가상 양자기술 협력 전략 연구\n\n정책연구 2031-03\n"), "2.1", "제1절 주요국 양자기술 지원 정책"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := corpus.Parse(tt.data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			s, ok := d.Section(tt.wantID)
			if !ok {
				t.Fatalf("no section %s", tt.wantID)
			}
			if want := lineOf(t, bytes.ReplaceAll(tt.data, []byte("\r"), nil), tt.wantLine); s.Line != want {
				t.Errorf("section %s at line %d, want %d", tt.wantID, s.Line, want)
			}
			if d.Meta.Series != "정책연구 2031-03" || d.Meta.TitleKo != "가상 양자기술 협력 전략 연구" {
				t.Errorf("Meta = %q, %q", d.Meta.Series, d.Meta.TitleKo)
			}
		})
	}
}

// TestSyntheticReport reads the good synthetic report, a fictional one in the
// house style: what is report-specific comes from its text.
func TestSyntheticReport(t *testing.T) {
	d, err := corpus.Parse(readReport(t, "good.txt"))
	if err != nil {
		t.Fatal(err)
	}
	checkDocument(t, d)
	m := d.Meta
	got := []string{m.Series, m.TitleKo, m.TitleEn, m.Year(), fmt.Sprint(len(m.Authors))}
	want := []string{"정책연구 2031-03", "가상 양자기술 협력 전략 연구", "A Fictional Study on Quantum Technology Cooperation Strategy", "2031", "2"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Meta = %q, want %q", got, want)
	}
	// Its entities come from its labels, headings and text.
	var ents []string
	for _, c := range d.Entities.Countries() {
		ents = append(ents, c.Name)
	}
	for _, c := range d.Entities.Companies() {
		ents = append(ents, c.Name+"@"+c.Section)
	}
	if want := []string{"미국", "독일", "인도", "IBM@2.2.1.가", "구글@2.2.1.나"}; strings.Join(ents, " ") != strings.Join(want, " ") {
		t.Errorf("entities %q, want %q", ents, want)
	}
	if _, ok := d.Entities.PassingCountry("일본"); !ok {
		t.Error("일본, named once in 1.1, is not named in passing")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "series %s\ntitle %s\ntitle_en %s\nyear %s\n", m.Series, m.TitleKo, m.TitleEn, m.Year())
	for _, a := range m.Authors {
		fmt.Fprintf(&b, "author %s | %s | %s | %s | %s\n", a.Name, a.Romanized, a.Role, a.Affiliation, a.Position)
	}
	b.WriteString("# id\tparent\tlevel\tline\tpages\ttitle\ttitle_en\n")
	for _, s := range d.Sections {
		fmt.Fprintf(&b, "%s\t%s\t%d\t%d\t%s\t%q\t%q\n", s.ID, s.Parent, s.Level, s.Line, s.Pages(), s.Title, s.TitleEn)
	}
	b.WriteString("# id\tsection\tkind\tcountry\tlabel\tfootnotes\tlines\ttext (first 60 runes)\n")
	for _, p := range d.Passages {
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t%v\t%v\t%q\n", p.ID, p.Section, p.Kind, p.Country, p.Label, p.Footnotes, p.Lines, firstRunes(p.Text, 60))
	}
	for _, f := range d.Footnotes {
		fmt.Fprintf(&b, "footnote %d %s\n", f.Num, f.URL)
	}
	golden(t, filepath.Join("reports", "good.golden"), b.String())
}
