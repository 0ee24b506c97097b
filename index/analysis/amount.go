package analysis

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// KoreanNumber reads a figure written with Korean magnitudes ("1조 6,840억",
// "3억 7천만", "5.5만", "4조", "18억 5천만", or a plain "2030") as a number,
// and says whether it carried a magnitude. 천 and 백 count within a group
// that 만, 억 or 조 then scales: 7천만 is 7×10³×10⁴.
func KoreanNumber(s string) (v float64, magnitude bool, ok bool) {
	// Two plain removals, not a strings.Replacer: one built on every call
	// cost more than the reading (its tables are built at first use).
	s = strings.ReplaceAll(strings.ReplaceAll(s, ",", ""), " ", "")
	var total, group float64
	// The digits since the last magnitude are s[start:end]: a run of s
	// itself, read without copying it rune by rune.
	start := 0
	flush := func(end int) (float64, bool) {
		if start == end {
			return 0, true
		}
		x, err := strconv.ParseFloat(s[start:end], 64)
		return x, err == nil
	}
	for i, r := range s {
		mul, isMag := koreanMagnitude[r]
		if !isMag {
			continue
		}
		magnitude = true
		x, ok := flush(i)
		if !ok {
			return 0, false, false
		}
		start = i + utf8.RuneLen(r)
		if mul < 1e4 { // 천, 백: within the group
			group += max(x, 1) * mul
			continue
		}
		if group+x == 0 {
			x = 1
		}
		total += (group + x) * mul
		group = 0
	}
	x, ok := flush(len(s))
	if !ok {
		return 0, false, false
	}
	total += group + x
	return total, magnitude, total > 0
}
