package entity

import "testing"

// TestNamesIsACountAboveZero: names, which stops at a country's first
// mention and skips a form with a pair of runes the text lacks, says what
// countryMentions and englishMentions say by counting every one: that the
// text names the country at least once.
func TestNamesIsACountAboveZero(t *testing.T) {
	tests := []struct {
		name, text, country string
		want                bool
	}{
		{"a mention form", "美 상무부는 보조금을 발표", "미국", true},
		{"a name standing as a word", "인도의 반도체 시장", "인도", true},
		{"a name inside a longer word", "인도네시아와 인도적 지원", "인도", false},
		{"a name inside a word, then as one", "인도네시아, 그리고 인도", "인도", true},
		{"an English form as a whole word", "chips made in India.", "인도", true},
		{"an English form inside a longer word", "Indiana and Indian", "인도", false},
		{"an English name only", "exports to Brazil grew", "브라질", true},
		{"no mention at all", "국내 반도체 산업의 경쟁력", "브라질", false},
		{"empty text", "", "미국", false},
	}
	table := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Entity
			for _, e := range table.countries {
				if e.Name == tt.country {
					c = e
				}
			}
			if c.Name == "" {
				t.Fatalf("no country %q in the table", tt.country)
			}
			held := pairsOf(tt.text)
			if got := names(c, tt.text, held); got != tt.want {
				t.Errorf("names(%s, %q) = %v, want %v", tt.country, tt.text, got, tt.want)
			}
			// Every country of the table, on the same text, as the counts say.
			counts := countryMentions(table.countries, tt.text)
			englishMentions(table.countries, tt.text, counts)
			for _, e := range table.countries {
				if got, want := names(e, tt.text, held), counts[e.Name] > 0; got != want {
					t.Errorf("names(%s, %q) = %v, but the counts say %d", e.Name, tt.text, got, counts[e.Name])
				}
			}
		})
	}
}

// TestRunePairs: every form a text holds may be held, whatever stands
// around it; a form with a pair of runes the text lacks is not.
func TestRunePairs(t *testing.T) {
	text := "美 상무부, 인도네시아와 \xff인도 India\n"
	held := pairsOf(text)
	for _, tt := range []struct {
		form string
		want bool
	}{
		{"美", true},
		{"상무부", true},
		{"인도", true},
		{"도 I", true},
		{"India", true},
		{"", true},
		{"브라질", false},
		{"Brazil", false},
		{"도인", false},
	} {
		if got := held.mayHold(tt.form); got != tt.want {
			t.Errorf("mayHold(%q) = %v, want %v", tt.form, got, tt.want)
		}
	}
}
