package answer

import (
	"strconv"

	"github.com/stepi-tools/reportbot/index/analysis"
)

// statedSpan states a span of years v (figures.span) in Korean (ko) or
// English. A closed span is one value, stated whole ("2021–2023",
// "2021~2023년"): its start alone would say it runs on, its end alone
// that it is one year, and whole it answers a question for either end
// as well. An open span says since when it runs ("since 2008",
// "2008년부터"). ok is false when v is no span of years, or a "span"
// whose end does not come after its start.
func (f figures) statedSpan(v string, ko bool) (string, bool) {
	m := f.span.FindStringSubmatch(v)
	if m == nil {
		return "", false
	}
	// each year is in one of its groups, the others empty; "21" of
	// "‘21", and "23" of "2021~23년", are read as four digits (the
	// pattern gives digits only)
	var years []int
	for _, d := range m[1:] {
		if len(d) > 0 {
			years = append(years, analysis.FullYear(atoi(d)))
		}
	}
	from, to := years[0], years[len(years)-1]
	open := len(years) == 1
	switch {
	case open && ko:
		return strconv.Itoa(from) + "년부터", true
	case open:
		return "since " + strconv.Itoa(from), true
	case to <= from:
		return "", false
	case ko:
		return strconv.Itoa(from) + "~" + strconv.Itoa(to) + "년", true
	}
	return strconv.Itoa(from) + "–" + strconv.Itoa(to), true
}
