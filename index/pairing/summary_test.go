package pairing

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestInSummaryAsEveryLine checks that inSummary, which looks for the
// short heads of lines before the lines, tells what holding a whole
// summary line or being held by one tells: on every Korean line of the
// report, on its first half (a line an excerpt cut) and on two lines
// joined (an excerpt of two), at the shipped least length and at others.
func TestInSummaryAsEveryLine(t *testing.T) {
	doc := loadDoc(t)
	var lines []string
	for _, ps := range doc.Passages {
		for _, ln := range strings.Split(ps.Text, "\n") {
			rs := []rune(ln)
			lines = append(lines, ln, string(rs[:len(rs)/2]), string(rs[len(rs)/3:]))
		}
		lines = append(lines, strings.ReplaceAll(ps.Text, "\n", " "))
	}
	tests := []struct {
		name  string
		least int
	}{
		{"shipped", Defaults().MinSummaryRunes},
		{"short", 3},
		{"long", 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Defaults()
			p.MinSummaryRunes = tt.least
			pr := newPairer(t, doc, p)
			found := 0
			for _, ln := range lines {
				want := false
				l := letters(ln)
				if utf8.RuneCountInString(l) >= tt.least {
					for s := range strings.SplitSeq(pr.summary, "\n") {
						want = want || strings.Contains(s, l) || strings.Contains(l, s) && utf8.RuneCountInString(s) >= tt.least
					}
				}
				if got := pr.inSummary(ln); got != want {
					t.Errorf("inSummary(%q) = %v, want %v", ln, got, want)
				}
				if want {
					found++
				}
			}
			if found == 0 {
				t.Errorf("no line of the report is in its summary: the test checks nothing")
			}
		})
	}
}
