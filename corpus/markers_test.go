package corpus_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
)

// markersByPattern is what FootnoteMarkers finds, read by the patterns it
// stands for: the specification its scans are checked against.
func markersByPattern(text string, known func(int) bool) []int {
	super := regexp.MustCompile(`([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾`)
	plain := regexp.MustCompile(`([\p{L}’”'"])(\d{1,3})\)`)
	var out []int
	for _, m := range super.FindAllStringSubmatch(text, -1) {
		n := 0
		for _, r := range m[1] {
			switch r {
			case '¹':
				n = n*10 + 1
			case '²':
				n = n*10 + 2
			case '³':
				n = n*10 + 3
			default:
				n = n*10 + int(r-'⁰')
			}
		}
		out = append(out, n)
	}
	if known != nil {
		for _, m := range plain.FindAllStringSubmatch(text, -1) {
			if n, err := strconv.Atoi(m[2]); err == nil && known(n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// TestFootnoteMarkersAsPatterns checks that FootnoteMarkers finds the
// markers its patterns find, in the same order: on made-up text for each
// edge of the patterns, and on every line of the embedded report and of
// the fictional reports.
func TestFootnoteMarkersAsPatterns(t *testing.T) {
	known := func(n int) bool { return n > 0 && n != 999 }
	tests := []struct {
		name, text string
		want       []int
	}{
		{"superscript", "만인계획³⁴⁾의 지원", []int{34}},
		{"superscripts one after the other", "A¹⁾²⁾ B¹⁰⁾", []int{1, 2, 10}},
		{"superscript digits with no mark", "x² y³", nil},
		{"a mark with no digits", "⁾ ¹ ⁾", nil},
		{"plain after a word", "반도체법17) 시행", []int{17}},
		{"plain after a quote", "\"AI Act\"3) and ’4)", []int{3, 4}},
		{"four digits are a year", "(2024) 발표 word2024)", nil},
		{"after a bracket, not a word", "(22) 발표", nil},
		{"one after another", "a1)b2)c3)", []int{1, 2, 3}},
		{"a mark right after another", "a1)2)", []int{1}},
		{"unknown numbers", "table0) item999)", nil},
		{"both kinds, superscripts first", "a5) b⁶⁾", []int{6, 5}},
		{"a broken byte before the digits", "\xff12)", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := corpus.FootnoteMarkers(tt.text, known)
			if !slices.Equal(got, tt.want) {
				t.Errorf("FootnoteMarkers(%q) = %v, want %v", tt.text, got, tt.want)
			}
			if spec := markersByPattern(tt.text, known); !slices.Equal(got, spec) {
				t.Errorf("FootnoteMarkers(%q) = %v, the patterns find %v", tt.text, got, spec)
			}
		})
	}
	files, err := filepath.Glob(filepath.Join("testdata", "reports", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range append(files, "report.txt") {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, ln := range strings.Split(string(b), "\n") {
			for _, k := range []func(int) bool{nil, known} {
				if got, spec := corpus.FootnoteMarkers(ln, k), markersByPattern(ln, k); !slices.Equal(got, spec) {
					t.Errorf("%s line %d: FootnoteMarkers = %v, the patterns find %v", f, i+1, got, spec)
				}
			}
		}
	}
}
