package answer

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// figures finds, on a line, the phrases that state a date or a quantity,
// with what qualifies them ("약 4조 엔", "최대 5.5만 장", "2024년 3월",
// "'22.08.", "30%"): what a direct answer quotes. They are read once.
type figures struct {
	quantity, date *regexp.Regexp
	// units are the Korean units the English line says in English;
	// currencies the currency signs that go before the amount.
	units, currencies map[string]string
}

func newFigures() figures {
	units := map[string]string{
		"%": "%", "퍼센트": "%", "nm": "nm", "나노": "nm", "GB": "GB", "TB": "TB", "ZB": "ZB", "제타바이트": "ZB", "B": "B",
		"명": "people", "개": "", "곳": "sites", "건": "cases", "배": "times", "장": "wafers", "단": "layers", "개국": "countries",
	}
	currencies := map[string]string{"대만달러": "NT$", "대만 달러": "NT$", "달러": "$", "원": "₩", "유로": "€", "엔": "¥", "위안": "CN¥", "파운드": "£"}
	var alt []string
	for u := range units {
		alt = append(alt, regexp.QuoteMeta(u))
	}
	for c := range currencies {
		alt = append(alt, regexp.QuoteMeta(c))
	}
	// longest first, so that 대만달러 wins over 달러 and 개국 over 개
	slices.SortFunc(alt, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	return figures{
		quantity:   regexp.MustCompile(`(?:(?:약|최대|최소|총|연평균|월)\s*)?\d[\d,.]*\s*(?:[만천백억조]\s*)*(?:\d[\d,.]*\s*(?:[만천백억조]\s*)*)?(?:` + strings.Join(alt, "|") + `)?`),
		date:       regexp.MustCompile(`(?:19|20)\d\d년\s*\d{1,2}월(?:\s*\d{1,2}일)?|(?:19|20)\d\d년|['‘’]\d\d\.\s*\d{1,2}\.?|\(\d\d\.\s*\d{1,2}\.?\)|(?:19|20)\d\d\.\d{1,2}\.?`),
		units:      units,
		currencies: currencies,
	}
}

// direct states the answer to a "when", "how much" or "how many" question
// in one line, when the top result states it beside what it is of: the
// subject in the question's own words, the date or figure as the report
// gives it (in English for an English question), and where it is from.
// Otherwise it is "": a direct answer is never a guess.
func (e *Engine) direct(q index.Query, a Answer) string {
	if !a.Answered || len(a.Missing) > 0 || q.Expect == nil || len(a.Results) == 0 || a.Form != "" {
		return ""
	}
	top := a.Results[0]
	line, ok := e.statingLine(q, top)
	if !ok {
		return ""
	}
	value, isDate := e.figureOn(q, line)
	if value == "" {
		return ""
	}
	subject := subjectOf(q)
	where := top.Section
	if a.Lang == "ko" {
		if top.Pages != "" {
			where += ", " + top.Pages + "쪽"
		}
		return fmt.Sprintf("%s: %s (%s)", subject, value, where)
	}
	if top.Pages != "" {
		where += ", pp. " + top.Pages
	}
	en := e.figs.english(value)
	if isDate {
		if d, ok := englishDate(value); ok {
			en = d
		}
	}
	return fmt.Sprintf("%s: %s (%s)", subject, en, where)
}

// statingLine is the line of the result's passage that states the value q
// wants beside every binding word, as unstated checks it: a line of the
// excerpt first, which is the line that answers best.
func (e *Engine) statingLine(q index.Query, r Result) (string, bool) {
	bind := e.binding(q)
	ps := e.x.Passages()
	id := r.PassageID
	ctx := ps.Context(id)
	lines := slices.Clone(ps.Lines(id)) // the index's own lines keep their order
	slices.SortStableFunc(lines, func(a, b index.Line) int {
		ia, ib := strings.Contains(r.Excerpt, a.Text), strings.Contains(r.Excerpt, b.Text)
		switch {
		case ia && !ib:
			return -1
		case ib && !ia:
			return 1
		}
		return 0
	})
	for _, ln := range lines {
		if !q.Expect.MatchString(ln.Text) {
			continue
		}
		ok := true
		for _, c := range bind {
			held := e.x.Holds(c, ln.Terms) || e.x.Holds(c, ln.Notes) || e.x.Holds(c, ctx)
			if name, isEntity := e.x.EntityOf(c); !held && isEntity && ps.About(id, name) {
				held = true
			}
			if !held {
				ok = false
				break
			}
		}
		if ok {
			return ln.Text, true
		}
	}
	return "", false
}

// figureOn picks the phrase of line that states what q wants: a date for
// "when", else a quantity the expectation matches; of several, the one
// nearest the question's own words on the line ("'25년 최대 5.5만 장",
// not the 1.5만 장 of '23 before it).
func (e *Engine) figureOn(q index.Query, line string) (value string, isDate bool) {
	re := e.figs.quantity
	if q.Unit == "" && q.Expect.MatchString("2024년") && !q.Expect.MatchString("30") {
		re, isDate = e.figs.date, true
	}
	var anchors []int
	for _, c := range q.Concepts {
		for _, t := range append([]string{c.Surface}, c.Terms...) {
			if i := strings.Index(strings.ToLower(line), strings.ToLower(t)); i >= 0 && t != "" {
				anchors = append(anchors, i)
			}
		}
	}
	best, bestDist := -1, -1
	locs := re.FindAllStringIndex(line, -1)
	for k, loc := range locs {
		m := strings.TrimSpace(line[loc[0]:loc[1]])
		if !q.Expect.MatchString(m) || strings.Contains(q.Text, strings.TrimFunc(m, func(r rune) bool { return r < '0' || r > '9' })) {
			continue // the question's own figure ("1.0" of "실행계획 1.0") is no answer
		}
		dist := 0
		for i, a := range anchors {
			d := min(abs(a-loc[0]), abs(a-loc[1]))
			if i == 0 || d < dist {
				dist = d
			}
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best < 0 {
		return "", isDate
	}
	// Figures listed together are one answer: "8B, 70B, 400B".
	first, last := best, best
	for first > 0 && listed(line[locs[first-1][1]:locs[first][0]]) {
		first--
	}
	for last+1 < len(locs) && listed(line[locs[last][1]:locs[last+1][0]]) {
		last++
	}
	return strings.TrimSpace(line[locs[first][0]:locs[last][1]]), isDate
}

// listed tells whether what stands between two figures only lists them.
func listed(between string) bool {
	return strings.Trim(between, " ,·및과와") == "" && between != ""
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// subjectOf is what the question asks about, in its own words: the names,
// codes, specific words and the word asked about, as typed less their
// particles.
func subjectOf(q index.Query) string {
	var ws []string
	for _, c := range q.Concepts {
		if c.Verbal || c.Source {
			continue
		}
		w := c.Surface
		if analysis.HasHangul(w) && len(c.Terms) > 0 && strings.HasPrefix(w, c.Terms[0]) {
			w = c.Terms[0]
		}
		ws = append(ws, w)
	}
	return strings.Join(ws, " ")
}

// english renders a quantity as English prints it: magnitudes in words and
// currency signs ("520억 달러" → "$52 billion"), "약" as "about".
func (f figures) english(v string) string {
	prefix := ""
	for ko, en := range map[string]string{"약": "about ", "최대": "up to ", "최소": "at least ", "총": "", "연평균": "", "월": "a month "} {
		if rest, ok := strings.CutPrefix(v, ko); ok {
			prefix, v = en, strings.TrimSpace(rest)
			break
		}
	}
	num, unit := f.splitUnit(v)
	amount, ok := koreanAmount(num)
	if !ok {
		return prefix + v
	}
	s := magnitude(amount)
	if sign, ok := f.currencies[unit]; ok {
		return prefix + sign + s
	}
	en, known := f.units[unit]
	if !known {
		en = unit
	}
	switch {
	case en == "%":
		s += "%"
	case en != "":
		s += " " + en
	}
	return prefix + s
}

// splitUnit parts "520억 달러" into its number words and its unit: the
// longest known unit or currency it ends with, else what follows the last
// digit or magnitude.
func (f figures) splitUnit(v string) (num, unit string) {
	for _, m := range []map[string]string{f.currencies, f.units} {
		for u := range m {
			if rest, ok := strings.CutSuffix(v, u); ok && len(u) > len(unit) && rest != "" {
				num, unit = strings.TrimSpace(rest), u
			}
		}
	}
	if unit != "" {
		return num, unit
	}
	i := strings.LastIndexFunc(v, func(r rune) bool {
		return r >= '0' && r <= '9' || strings.ContainsRune("만천백억조,. ", r)
	})
	if i < 0 {
		return v, ""
	}
	_, size := utf8.DecodeRuneInString(v[i:])
	return strings.TrimSpace(v[:i+size]), strings.TrimSpace(v[i+size:])
}

// koreanAmount reads "1억 4,000만", "5.5만", "4조" as a number.
func koreanAmount(s string) (float64, bool) {
	s = strings.ReplaceAll(strings.ReplaceAll(s, ",", ""), " ", "")
	total, cur := 0.0, ""
	units := map[rune]float64{'조': 1e12, '억': 1e8, '만': 1e4, '천': 1e3, '백': 1e2}
	for _, r := range s {
		if mul, ok := units[r]; ok {
			n := 1.0
			if cur != "" {
				v, err := strconv.ParseFloat(cur, 64)
				if err != nil {
					return 0, false
				}
				n = v
			}
			total += n * mul
			cur = ""
			continue
		}
		cur += string(r)
	}
	if cur != "" {
		v, err := strconv.ParseFloat(cur, 64)
		if err != nil {
			return 0, false
		}
		total += v
	}
	return total, total > 0
}

// magnitude writes a number as English does: 52 billion, 1.5 trillion,
// 15,000.
func magnitude(n float64) string {
	for _, m := range []struct {
		div  float64
		name string
	}{{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}} {
		if n >= m.div {
			return strconv.FormatFloat(math.Round(n/m.div*100)/100, 'f', -1, 64) + m.name
		}
	}
	if n == math.Trunc(n) {
		return groupThousands(int64(n))
	}
	return strconv.FormatFloat(n, 'f', -1, 64)
}

func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// englishDate writes "2024년 3월", "'22.08.", "(24.2.)" as "March 2024",
// "August 2022", "February 2024", and "2024년" as "2024".
func englishDate(v string) (string, bool) {
	months := [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	digits := strings.FieldsFunc(v, func(r rune) bool { return r < '0' || r > '9' })
	if len(digits) == 0 || len(digits) > 3 {
		return "", false
	}
	year, err := strconv.Atoi(digits[0])
	if err != nil {
		return "", false
	}
	if year < 100 {
		year += 2000
	}
	if year < 1900 || year > 2100 {
		return "", false
	}
	if len(digits) == 1 {
		return strconv.Itoa(year), strings.Contains(v, "년") || len(digits[0]) == 4
	}
	month, err := strconv.Atoi(digits[1])
	if err != nil || month < 1 || month > 12 {
		return "", false
	}
	return months[month-1] + " " + strconv.Itoa(year), true
}
