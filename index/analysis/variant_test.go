package analysis_test

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/analysis"
)

// TestYearRangesAreTheirYears checks that a range of years reads as its two
// years however it is punctuated, and that a span of other numbers does
// not.
func TestYearRangesAreTheirYears(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, in string
		want     []string // the year terms, in order; nil for none
	}{
		{"abbreviated with apostrophes", "‘21~’23년도", []string{"2021", "2023"}},
		{"abbreviated with 년", "21~23년", []string{"2021", "2023"}},
		{"fiscal years", "FY21-23", []string{"2021", "2023"}},
		{"fiscal years spaced", "FY 21~23", []string{"2021", "2023"}},
		{"four digits with an en dash", "2021–2023", []string{"2021", "2023"}},
		{"four digits in brackets", "(2018~2022)는", []string{"2018", "2022"}},
		{"four digits with a hyphen", "2단계(2023-2028)", []string{"2023", "2028"}},
		{"a page span is no years", "25–33쪽", nil},
		{"a size span is no years", "12~28나노", nil},
		{"a bare span of small numbers is no years", "21~23", nil},
		{"a code is no years", "978-89-6112", nil},
		{"a date is no range", "2023-04-18", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range a.Tokens(tt.in) {
				if tk.Kind == analysis.TokNumber && len(tk.Terms) > 0 && len(tk.Terms[0]) == 4 && (tk.Terms[0][:2] == "19" || tk.Terms[0][:2] == "20") {
					got = append(got, tk.Terms[0])
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("years of %q = %q, want %q (tokens %+v)", tt.in, got, tt.want, a.Tokens(tt.in))
			}
		})
	}
}

// TestQuoteInsideAWord checks that a quote mark closing a name with a
// Korean suffix glued after it leaves the word whole, as it is without
// the mark, and that an English apostrophe is not read so.
func TestQuoteInsideAWord(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		name, quoted, plain string
	}{
		{"a law's name with its suffix", "‘대만형 CHIPS’법", "대만형 CHIPS법"},
		{"a code name with a particle", "‘Tigris’라는 코드명", "Tigris라는 코드명"},
		{"straight quotes", "'대만형 CHIPS'법", "대만형 CHIPS법"},
		{"an English possessive stays as it was", "Taiwan's law", "Taiwan's law"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := allTerms(a.Tokens(tt.quoted)), allTerms(a.Tokens(tt.plain)); !slices.Equal(got, want) {
				t.Errorf("terms of %q = %q, want those of %q, %q", tt.quoted, got, tt.plain, want)
			}
		})
	}
	t.Run("the glued word is one term", func(t *testing.T) {
		if got := allTerms(a.Tokens("‘대만형 CHIPS’법")); !slices.Contains(got, "chips법") {
			t.Errorf("terms of ‘대만형 CHIPS’법 = %q, want chips법 among them", got)
		}
	})
}

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
