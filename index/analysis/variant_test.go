package analysis_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/analysis"
)

// TestUnitNamesAndSymbols checks that a figure with a unit's Hangul name
// holds the unit's symbol and name, as one with the symbol does, and that
// a percent by either of its Korean names is the bare figure "30%" is.
func TestUnitNamesAndSymbols(t *testing.T) {
	a := analyzer(t)
	has := func(toks []analysis.Token, term string) bool {
		for _, tk := range toks {
			if slices.Contains(tk.Terms, term) || slices.Contains(tk.Parts, term) {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name, in string
		want     []string // terms or parts the tokens must hold
	}{
		{"zettabytes by name hold the symbol", "175제타바이트에", []string{"175zb", "175", "zb", "제타바이트"}},
		{"zettabytes by symbol", "175ZB", []string{"175zb", "175", "zb"}},
		{"gigawatts by name", "3기가와트", []string{"3gw", "gw"}},
		{"nanometres by name", "3나노", []string{"3nm", "nm"}},
		{"percent by name", "30퍼센트", []string{"30"}},
		{"percent by its short name", "30프로야", []string{"30"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := a.Tokens(tt.in)
			for _, w := range tt.want {
				if !has(toks, w) {
					t.Errorf("Tokens(%q) = %+v, want %q among terms or parts", tt.in, toks, w)
				}
			}
		})
	}
	t.Run("a number before a counter that opens like a unit", func(t *testing.T) {
		// 제 is a counter (제1호); 제타바이트 is not 제 and 타바이트.
		if toks := a.Tokens("175제타바이트"); has(toks, "타바이트") {
			t.Errorf("Tokens(175제타바이트) = %+v, want no 타바이트", toks)
		}
	})
	t.Run("a percent by name is the percent by sign", func(t *testing.T) {
		if got, want := allTerms(a.Tokens("30퍼센트")), allTerms(a.Tokens("30%")); !slices.Equal(got, want) {
			t.Errorf("terms of 30퍼센트 = %q, want those of 30%%, %q", got, want)
		}
	})
}

// TestUnitForms checks the written forms of a unit, by its symbol or a
// Hangul name.
func TestUnitForms(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		unit string
		want []string
	}{
		{"ZB", []string{"zb", "제타바이트"}},
		{"제타바이트", []string{"zb", "제타바이트"}},
		{"%", []string{"%", "퍼센트", "프로", "퍼"}},
		{"nm", []string{"nm", "나노"}},
		{"단", nil},
		{"HBM", nil},
	}
	for _, tt := range tests {
		if got := a.UnitForms(tt.unit); !slices.Equal(got, tt.want) {
			t.Errorf("UnitForms(%q) = %q, want %q", tt.unit, got, tt.want)
		}
	}
}

// TestEnglishUnit checks which English words name a unit of the table, by
// its symbol: a word that names no unit is none.
func TestEnglishUnit(t *testing.T) {
	tests := []struct {
		name, word, want string
	}{
		{"a prefixed unit, plural", "zettabytes", "zb"},
		{"a prefixed unit, capitalised", "Gigawatt", "gw"},
		{"a symbol", "TB", "tb"},
		{"the nanometre, British", "nanometres", "nm"},
		{"the percent", "percentage", "%"},
		{"a thing counted", "companies", ""},
		{"a base with no prefix", "bytes", ""},
		{"a one-letter word", "a", ""},
	}
	units := analysis.EnglishUnits()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := units[strings.ToLower(tt.word)]; got != tt.want {
				t.Errorf("EnglishUnit(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

// TestNodeUnits checks that the process node's unit is named as the
// table writes it, by its Hangul name and its symbol, and no other unit
// is: a length in nm names a process, which no amount asked takes.
func TestNodeUnits(t *testing.T) {
	got := analysis.NodeUnits()
	want := []string{"나노", "nm"}
	if !slices.Equal(got, want) {
		t.Errorf("NodeUnits() = %q, want %q", got, want)
	}
}
