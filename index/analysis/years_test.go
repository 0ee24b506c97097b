package analysis

import (
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
)

// TestYearRangesSkipsOnlyWhatCannotMatch checks that trying each pattern of
// yearRanges only on text that holds what it needs changes nothing: on
// every line of the embedded report and its English summary, and on text
// made to meet each pattern at its edges, the result is that of every
// pattern tried on everything.
func TestYearRangesSkipsOnlyWhatCannotMatch(t *testing.T) {
	every := func(text string) string {
		text = reYearRange.ReplaceAllString(text, "${1}${2}년 ${3}${4}${5}")
		text = reFiscalYears.ReplaceAllStringFunc(text, func(m string) string {
			sm := reFiscalYears.FindStringSubmatch(m)
			if sm[2] == "" {
				return year(sm[1], true)
			}
			return year(sm[1], true) + " " + year(sm[2], true)
		})
		return reFullYears.ReplaceAllString(text, "${1} ${2}")
	}
	texts := []string{
		"21~23년", "‘21~’23년도", "2018-2021", "2016 ~ 2023", "1999–2001", "FY2025", "FY 24", "FY21-23", "fy21/22",
		"Fy'24", "fY2030~2031", "GPT-4", "5~10개", "2021~2023 예산", "21-23년", "’21～’23년", "FY21-23년", "19-20",
		"the 2024 fiscal year", "", "년", "~", "FY", "20-19", "2020-2024년", "FY2019-2020년 1920-2020",
	}
	doc, err := corpus.Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Passages {
		texts = append(texts, strings.Split(p.Text, "\n")...)
	}
	for _, s := range doc.Sections {
		texts = append(texts, s.Title, s.TitleEn)
	}
	changed := 0
	for _, text := range texts {
		want := every(text)
		if want != text {
			changed++
		}
		if got := yearRanges(text); got != want {
			t.Errorf("yearRanges(%q) = %q, want %q", text, got, want)
		}
	}
	if changed < 20 {
		t.Errorf("only %d texts hold a range of years; the check needs more", changed)
	}
}
