package corpus_test

import (
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
)

func TestIsNote(t *testing.T) {
	tests := []struct {
		name     string
		footnote string
		want     bool
	}{
		{"a note ending in 함", "예로, 어떤 모델은 한 형식의 입력을 다른 형식으로 바꾸는 방식에 기반함.", true},
		{"a note ending in 있음", "이를 예로 들어 이해할 수 있음", true},
		{"a note ending in 나뉨", "인재를 세 등급으로 구분하여 나뉨", true},
		{"a news article", "신문사(2024.8.17.), \"기사 제목\", <https://example.com/a>(검색일: 2024.12.4.)", false},
		{"a report with a year", "KIEP(2024a), 경제정책 방향과 시사점", false},
		{"a site and its address", "NITRD, <https://www.nitrd.gov/>(검색일: 2024.12.4.)", false},
		{"a note-like text with an address", "자세한 내용은 누리집 참고함 https://example.com/", false},
		{"a law named in brackets", "2020년 제정된 어떤 법(ACT, SEC. 1)에 의거한 국가 전략(NAII)", false},
		{"a title without a date", "어느 기관, 연구 보고서", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := corpus.IsNote(tt.footnote); got != tt.want {
				t.Errorf("IsNote(%q) = %v, want %v", tt.footnote, got, tt.want)
			}
		})
	}
}

// TestNotesOfTheReport pins which of the embedded report's footnotes read
// as notes: the ones that explain a term or a programme, none that cites.
func TestNotesOfTheReport(t *testing.T) {
	doc, err := corpus.Parse(corpus.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, f := range doc.Footnotes {
		if f.Note { // as Parse decided it
			got = append(got, f.Num)
		}
	}
	want := []int{2, 32, 33, 34}
	if len(got) != len(want) {
		t.Fatalf("notes = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("notes = %v, want %v", got, want)
		}
	}
}
