package analysis

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// One thing is written several ways in a report and in the questions put to
// it. This file reads the variants that differ only in notation as one form,
// on both sides (the text as indexed and the question as read): a range of
// years however it is punctuated, a unit by its symbol or its Hangul name,
// and a quoted name with its particle or suffix glued after the closing
// quote.

// reYearRange finds a span of two years joined by a range sign, in any of
// the ways Korean policy writing and its readers put it: ‘21~’23년,
// 21~23년, FY21-23, 2021–2023, (2018~2022).
var reYearRange = regexp.MustCompile(`(?i)(?P<fy>fy\s?)?(?P<open>['‘’]?)(?P<from>\d\d(?:\d\d)?)\s?[~〜∼\-–—]\s?(?P<close>['‘’]?)(?P<to>\d\d(?:\d\d)?)(?P<nian>년?)`)

// yearRanges rewrites each range of years in text as its two years, each
// written as the analyser reads a year ("'21년 '23년", "'21 '23"), so
// that every notation of one range holds the same year terms. A pair of
// numbers is a range of years only when something says years: both
// written as years of four digits, an apostrophe that abbreviates a year,
// 년 after it, or FY before it. Page spans (25–33쪽), sizes (12~28나노)
// and codes (978-89-…) say none of these.
func yearRanges(text string) string {
	var b strings.Builder
	last := 0
	names := reYearRange.SubexpNames()
	subs := reYearRange.FindAllStringSubmatch(text, -1)
	for k, loc := range reYearRange.FindAllStringIndex(text, -1) {
		start, end := loc[0], loc[1]
		g := map[string]string{}
		for i, name := range names {
			g[name] = subs[k][i]
		}
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if unicode.IsDigit(before) || before == '.' || g["fy"] == "" && before < utf8.RuneSelf && unicode.IsLetter(before) ||
			unicode.IsDigit(after) || after == '.' && g["nian"] == "" {
			continue // part of a longer number, code or date
		}
		from, to := g["from"], g["to"]
		a, _ := strconv.Atoi(from)
		z, _ := strconv.Atoi(to)
		if len(from) != len(to) || z <= a {
			continue
		}
		// Each year is written as the analyser reads a year alone, with 년
		// only where the range had it, so that what a reply quotes of the
		// question reads as typed.
		short := len(year(from, false)) > len(from) // 21, which year() makes 2021
		var out string
		switch {
		case !short && fullYear(from) && fullYear(to):
			out = from + g["nian"] + " " + to + g["nian"]
		case short && g["fy"]+g["open"]+g["close"]+g["nian"] != "":
			out = "'" + from + g["nian"] + " '" + to + g["nian"]
		default:
			continue
		}
		b.WriteString(text[last:start])
		b.WriteString(out)
		last = end
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// fullYear tells whether four digits are a year: what year() makes of
// their last two (1998, 2021; not 5400).
func fullYear(s string) bool { return year(s[len(s)/2:], false) == s }

// glued tells whether the quote mark at rs[i] closes a quoted name inside
// a word: a letter or digit before it and a Hangul syllable right after it
// (‘대만형 CHIPS’법, ‘Tigris’라는). Korean glues a suffix or particle to
// what it quotes, and the word is the same with or without the mark.
func glued(rs []rune, i int) bool {
	if !strings.ContainsRune(`'‘’"“”`, rs[i]) || i == 0 || i+1 >= len(rs) {
		return false
	}
	return scriptOf(rs[i-1]) != 0 && scriptOf(rs[i+1]) == 1
}

// A unit after a number is written by its symbol (175ZB, 3nm, 30%) or by its
// Hangul name (175제타바이트, 3나노, 30퍼센트). The table is closed: the
// decimal prefixes of the SI (and of bytes) and the few bases a technology
// report measures in, with the percent's Korean names. Built once per
// analyser's tables.
type unitName struct {
	hangul string // as written after a number: 제타바이트
	symbol string // its Latin symbol, lower case: zb, nm, %
	// sign is set for the percent, whose sign the analyser drops from a
	// figure: 30퍼센트 reads as 30, as 30% does.
	sign bool
	// opens is set for a name that also opens compounds (3나노급): what
	// follows it need not be a particle.
	opens bool
}

// unitNames lists every unit name; none is the start of another listed
// before it.
func unitNames() []unitName {
	prefixes := []named{{"킬로", "k"}, {"메가", "m"}, {"기가", "g"}, {"테라", "t"}, {"페타", "p"}, {"엑사", "e"}, {"제타", "z"}, {"요타", "y"}}
	bases := []named{{"바이트", "b"}, {"와트", "w"}, {"헤르츠", "hz"}, {"플롭스", "flops"}}
	var out []unitName
	for _, p := range prefixes {
		for _, b := range bases {
			out = append(out, unitName{hangul: p.hangul + b.hangul, symbol: p.code + b.code})
		}
	}
	// 나노 alone is how Korean names a process node in nanometres.
	return append(out, unitName{"나노", "nm", false, true},
		unitName{"퍼센트", "%", true, false}, unitName{"프로", "%", true, false}, unitName{"퍼", "%", true, false})
}

// UnitForms lists the ways unit u is written after a number, its symbol
// first and then its Hangul names ("ZB" → zb, 제타바이트; "퍼센트" → %,
// 퍼센트, 프로, 퍼), when u is a unit of the table, by its symbol in any case
// or by a Hangul name; nil otherwise.
func (t *Tables) UnitForms(u string) []string {
	low := strings.ToLower(u)
	sym := ""
	for _, n := range t.ko.units {
		if n.symbol == low || n.hangul == u {
			sym = n.symbol
			break
		}
	}
	if sym == "" {
		return nil
	}
	out := []string{sym}
	for _, n := range t.ko.units {
		if n.symbol == sym {
			out = append(out, n.hangul)
		}
	}
	return out
}

// unitWord tells whether a Hangul run after a number opens with a unit's
// name, and returns what follows it and the unit. What follows must be a
// particle or nothing, unless the name opens compounds.
func (a *Analyzer) unitWord(run string) (rest string, unit unitName, ok bool) {
	for _, u := range a.ko.units {
		if r, found := strings.CutPrefix(run, u.hangul); found && (u.opens || a.endsWord(r)) {
			return r, u, true
		}
	}
	return "", unitName{}, false
}

// named is a Hangul name and the Latin code or symbol it stands for.
type named struct{ hangul, code string }

// endsWord tells whether what follows a name in a word leaves the name a
// word: nothing, or particles.
func (a *Analyzer) endsWord(rest string) bool { return rest == "" || a.isEnding(rest) }
