package pairing

import (
	"github.com/stepi-tools/reportbot/index/analysis"

	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// figureReader finds the figures of a line in either language and writes
// each as a key both languages share: "y2030" for a year, "p20" for a
// percentage, "a4e+12" for an amount, whatever its currency or unit. The
// key leaves the currency out because one side often omits it ("5,400억 개"
// and "540 billion parameters"); an amount is rare enough without it.
type figureReader struct {
	ko, en *regexp.Regexp
	// minBare and digits are Params.MinBareFigure and FigureDigits.
	minBare float64
	digits  int
	// enScale are the English magnitude words.
	enScale map[string]float64
}

func newFigureReader(p Params) figureReader {
	enScale := map[string]float64{"million": 1e6, "billion": 1e9, "trillion": 1e12}
	// The pattern's magnitude words are the table's, so that the two cannot
	// part; no word starts another, so their order matches alike.
	magnitudes := strings.Join(slices.Sorted(maps.Keys(enScale)), "|")
	return figureReader{
		minBare: p.MinBareFigure,
		digits:  p.FigureDigits,
		// A Korean figure: an optional year apostrophe, a number with its
		// Korean magnitudes ("1조 6,840억", "3억 7천만"), then what it is: a
		// percent sign, a year, or anything else.
		ko: regexp.MustCompile(`(['‘’])?(\d[\d,]*(?:\.\d+)?(?:\s*[조억만천]+(?:\s*\d[\d,]*(?:\.\d+)?\s*[억만천]+)*)?)\s*(%|년)?`),
		// An English figure: an optional currency sign, a number, an optional
		// magnitude word, then a percent sign or word.
		en:      regexp.MustCompile(`(?i)(NT\$|[$¥€£₩])?(\d[\d,]*(?:\.\d+)?)(?:\s*(` + magnitudes + `)\b)?\s*(%|percent\b)?`),
		enScale: enScale,
	}
}

// korean returns the figure keys of a Korean line.
func (f figureReader) korean(s string) []string {
	var out []string
	for _, m := range f.ko.FindAllStringSubmatchIndex(s, -1) {
		if latinBefore(s, m[0]) || latinAfter(s, m[5]) && m[6] < 0 {
			continue // a code's digits (HBM3E, B200, 2nm), not a figure
		}
		apos := m[2] >= 0
		num := s[m[4]:m[5]]
		unit := ""
		if m[6] >= 0 {
			unit = s[m[6]:m[7]]
		}
		yy, _, _ := strings.Cut(num, ".")
		v, magnitude, ok := analysis.KoreanNumber(num)
		if !ok {
			continue
		}
		switch {
		case unit == "%":
			out = append(out, f.percentKey(v))
		case apos && !magnitude && len(yy) == 2:
			// '30년, '22.08.: the report's short years.
			y, _ := strconv.Atoi(yy)
			out = append(out, yearKey(float64(analysis.FullYear(y))))
		case isYear(num, v) && !magnitude:
			out = append(out, yearKey(v))
		case unit == "년":
			// "10년간" is a span of years, not a figure to pair on.
		default:
			if k, ok := f.amountKey(v, magnitude); ok {
				out = append(out, k)
			}
		}
	}
	return out
}

// english returns the figure keys of an English sentence.
func (f figureReader) english(s string) []string {
	var out []string
	for _, m := range f.en.FindAllStringSubmatchIndex(s, -1) {
		if latinBefore(s, m[4]) && m[2] < 0 {
			continue // "HBM3E", "B200"
		}
		num := strings.ReplaceAll(s[m[4]:m[5]], ",", "")
		v, err := strconv.ParseFloat(num, 64)
		if err != nil {
			continue
		}
		scale := 1.0
		if m[6] >= 0 {
			scale = f.enScale[strings.ToLower(s[m[6]:m[7]])]
		}
		if latinAfter(s, m[5]) && m[6] < 0 && m[8] < 0 {
			continue // "2nm", "7B": a code
		}
		switch {
		case m[8] >= 0:
			out = append(out, f.percentKey(v))
		case scale == 1 && m[2] < 0 && isYear(num, v):
			out = append(out, yearKey(v))
		default:
			if k, ok := f.amountKey(v*scale, scale > 1 || m[2] >= 0); ok {
				out = append(out, k)
			}
		}
	}
	return out
}

func isYear(num string, v float64) bool {
	return len(num) == 4 && !strings.Contains(num, ".") && v >= 1900 && v <= 2099
}

func yearKey(v float64) string { return "y" + strconv.Itoa(int(v)) }

// percentKey keys a percentage to FigureDigits significant digits.
func (f figureReader) percentKey(v float64) string {
	return "p" + strconv.FormatFloat(v, 'g', f.digits, 64)
}

// amountKey keys an amount to FigureDigits significant digits, so that
// "1조 6,840억" meets "1.68 trillion". A bare number below MinBareFigure
// ("2단계", "3개") is a count too common to pair on.
func (f figureReader) amountKey(v float64, magnitude bool) (string, bool) {
	if v < f.minBare && !magnitude {
		return "", false
	}
	return "a" + strconv.FormatFloat(v, 'g', f.digits, 64), true
}

func latinBefore(s string, i int) bool {
	return i > 0 && isLatin(s[i-1])
}

func latinAfter(s string, i int) bool {
	return i < len(s) && isLatin(s[i])
}

func isLatin(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }
