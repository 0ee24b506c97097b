package analysis

import (
	"strconv"
	"strings"
)

// KoreanNumber reads a figure written with Korean magnitudes ("1조 6,840억",
// "3억 7천만", "5.5만", "4조", "18억 5천만", or a plain "2030") as a number,
// and says whether it carried a magnitude. 천 and 백 count within a group
// that 만, 억 or 조 then scales: 7천만 is 7×10³×10⁴.
func KoreanNumber(s string) (v float64, magnitude bool, ok bool) {
	s = strings.NewReplacer(",", "", " ", "").Replace(s)
	var total, group float64
	cur := ""
	flush := func() (float64, bool) {
		if cur == "" {
			return 0, true
		}
		x, err := strconv.ParseFloat(cur, 64)
		cur = ""
		return x, err == nil
	}
	for _, r := range s {
		mul, isMag := koreanMagnitude[r]
		if !isMag {
			cur += string(r)
			continue
		}
		magnitude = true
		x, ok := flush()
		if !ok {
			return 0, false, false
		}
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
	x, ok := flush()
	if !ok {
		return 0, false, false
	}
	total += group + x
	return total, magnitude, total > 0
}
