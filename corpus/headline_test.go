package corpus_test

import (
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
)

// TestHeadline checks that a source's headline keeps what the source says,
// figures included, and leaves out the days it prints and its web
// address, whose digits are no figure.
func TestHeadline(t *testing.T) {
	tests := []struct {
		name, source string
		keep, drop   []string
	}{
		{"a news article with its day, address and day read",
			"어느신문(2023.5.9.), \"회사, 3나노 공정 2년 앞당긴다\", <https://news.example.com/a/20230509_77>(검색일: 2024.12.4.)",
			[]string{"어느신문", "3나노 공정 2년 앞당긴다"}, []string{"2023.5.9", "20230509", "2024.12.4"}},
		{"a day in two-digit years", "소식지(24.08.27), \"칩 4종 공개\"", []string{"칩 4종 공개"}, []string{"24.08.27"}},
		{"an address without brackets", "뉴스(2024.7.10.), \"제목\", https://www.example.com/view/NX2024_0042(검색일: 2024.12.4.)",
			[]string{"제목"}, []string{"NX2024", "0042", "2024.7.10"}},
		{"a report with its year, no day", "KIEP(2024a), 2024년 경제정책 방향", []string{"KIEP(2024a)", "2024년 경제정책"}, nil},
		{"a decimal figure is no day", "기관(2022.1.5.), \"1.4나노 양산, 12.5% 성장\"", []string{"1.4나노", "12.5%"}, []string{"2022.1.5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := corpus.Headline(tt.source)
			for _, k := range tt.keep {
				if !strings.Contains(got, k) {
					t.Errorf("Headline(%q) = %q, want %q kept", tt.source, got, k)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(got, d) {
					t.Errorf("Headline(%q) = %q, want %q left out", tt.source, got, d)
				}
			}
		})
	}
}
