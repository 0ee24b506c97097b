package cite

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/stepi-tools/reportbot/index/analysis"
)

// Mismatch is a figure of the claim that the quoted passage gives otherwise:
// the claim says 30%, the report 20%. A writer must not cite the passage as
// support for the claim's figure.
type Mismatch struct {
	Claim  string // the figure as the claim puts it, e.g. "30%"
	Report string // the report's figure of the same kind, e.g. "20%"
}

// figure is a number with what it counts: a unit ("%", "nm", "억 달러") or
// "year".
type figure struct {
	value, unit string
}

// figures reads the numbers a text states with their units, and its years.
// It is built once (NewTables) and only read.
type figures struct {
	amount *regexp.Regexp
	rng    *regexp.Regexp // 70~80%: both ends carry the unit
	year   *regexp.Regexp
	short  *regexp.Regexp // '30년: a two-digit year
	units  map[string]string
}

func newFigures() figures {
	return figures{
		amount: regexp.MustCompile(`(\d+(?:[.,]\d+)*)\s*` + unitPattern),
		rng:    regexp.MustCompile(`(\d+(?:[.,]\d+)*)\s*[~∼～-]\s*\d`),
		year:   regexp.MustCompile(`\b((?:19|20)\d\d)\b|((?:19|20)\d\d)년`),
		short:  regexp.MustCompile(`['‘’](\d\d)년`),
		units:  map[string]string{"퍼센트": "%", "프로": "%", "나노": "nm"},
	}
}

// unitPattern is what a figure counts.
const unitPattern = `(%|퍼센트|프로|nm|나노|억\s*달러|억\s*유로|조\s*원|억\s*원|억|조|만|달러|유로|원|배|곳|개|명)`

func (f figures) of(text string) []figure {
	var out []figure
	for _, m := range f.amount.FindAllStringSubmatchIndex(text, -1) {
		unit := strings.Join(strings.Fields(text[m[4]:m[5]]), " ")
		if u, ok := f.units[unit]; ok {
			unit = u
		}
		out = append(out, figure{strings.ReplaceAll(text[m[2]:m[3]], ",", ""), unit})
		// "70~80%": the lower end counts the same thing.
		if lo := f.rng.FindAllStringSubmatchIndex(text[:m[1]], -1); len(lo) > 0 {
			if l := lo[len(lo)-1]; l[1] >= m[2]-1 && l[1] <= m[2]+1 {
				out = append(out, figure{strings.ReplaceAll(text[l[2]:l[3]], ",", ""), unit})
			}
		}
	}
	for _, m := range f.year.FindAllStringSubmatch(text, -1) {
		out = append(out, figure{m[1] + m[2], "year"})
	}
	for _, m := range f.short.FindAllStringSubmatch(text, -1) {
		y, _ := strconv.Atoi(m[1])
		out = append(out, figure{strconv.Itoa(analysis.FullYear(y)), "year"})
	}
	return out
}

// mismatches lists the claim's figures the quote does not give, each with
// the quote's figure of the same unit: a different figure for the same
// thing, not a figure the report is silent on.
func (f figures) mismatches(claim, quote string) []Mismatch {
	have := map[figure]bool{}
	byUnit := map[string]figure{}
	for _, q := range f.of(quote) {
		have[q] = true
		if _, ok := byUnit[q.unit]; !ok {
			byUnit[q.unit] = q
		}
	}
	var out []Mismatch
	for _, c := range f.of(claim) {
		if have[c] {
			continue
		}
		if q, ok := byUnit[c.unit]; ok {
			out = append(out, Mismatch{Claim: c.String(), Report: q.String()})
		}
	}
	return out
}

func (g figure) String() string {
	switch g.unit {
	case "year":
		return g.value
	case "%":
		return g.value + "%"
	}
	if r := []rune(g.unit); len(r) > 0 && unicode.IsLetter(r[0]) && r[0] < 128 {
		return g.value + g.unit
	}
	return g.value + g.unit
}

// isFigure tells whether a concept is a number: the claim's figures are
// checked against the quote, not required of the passage.
func isFigure(surface string) bool {
	r := []rune(surface)
	return len(r) > 0 && (unicode.IsDigit(r[0]) || r[0] == '\'' && len(r) > 1 && unicode.IsDigit(r[1]))
}
