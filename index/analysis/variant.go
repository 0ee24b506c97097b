package analysis

import "strings"

// One thing is written several ways in a report and in the questions put to
// it. This file reads a unit written by its symbol or by its Hangul name as
// one unit, on both sides (the text as indexed and the question as read).

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
	prefixes := []named{{"메가", "m"}, {"기가", "g"}, {"테라", "t"}, {"제타", "z"}}
	bases := []named{{"바이트", "b"}, {"와트", "w"}}
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

// UnitNames lists every unit of the table as written after a number, by
// its Hangul names and its symbols (제타바이트, zb, 퍼센트, %): what a
// figure in a unit of measure, not a count of things, is followed by.
func UnitNames() []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range unitNames() {
		for _, w := range []string{n.hangul, n.symbol} {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// NodeUnits lists the names of the process node's unit, nanometres, as
// written after a number (나노, nm): a length that names a process ("2나노
// 공정"), no amount or count of anything.
func NodeUnits() []string {
	var out []string
	for _, n := range unitNames() {
		if n.symbol == "nm" {
			out = append(out, n.hangul, n.symbol)
		}
	}
	return out
}

// EnglishUnits maps the English words of the table's units, in lower
// case, to their symbols ("zettabytes" → zb, "nanometres" → nm,
// "percentage" → %), the symbols among them as typed ("zb"). An English
// question that asks how many of a unit asks for a measure, not a count.
// Build it once and keep it.
func EnglishUnits() map[string]string {
	out := map[string]string{"%": "%", "percent": "%", "percentage": "%"}
	for _, w := range []string{"nanometer", "nanometers", "nanometre", "nanometres"} {
		out[w] = "nm"
	}
	for _, n := range unitNames() {
		if len(n.symbol) > 1 {
			out[n.symbol] = n.symbol
		}
	}
	prefixes := []named{{"giga", "g"}, {"tera", "t"}, {"peta", "p"}, {"exa", "e"}, {"zetta", "z"}}
	bases := []named{{"byte", "b"}, {"watt", "w"}, {"flop", "flops"}}
	for _, p := range prefixes {
		for _, b := range bases {
			name := p.hangul + b.hangul
			out[name], out[name+"s"] = p.code+b.code, p.code+b.code
		}
	}
	return out
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
