package term

import (
	"strings"
	"testing"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width int
		want  string
	}{
		{"a line that fits is left alone", "짧은 줄  ", 10, "짧은 줄  "},
		{"no width leaves text alone", "가나다 라마바 사아자", 0, "가나다 라마바 사아자"},
		{"korean wraps at spaces by display width", "가나다 라마바 사아자", 10, "가나다\n라마바\n사아자"},
		{"korean and english mixed", "HBM3E 양산 시작 March 2024", 12, "HBM3E 양산\n시작 March\n2024"},
		{"every line of a text is wrapped on its own", "가나다 라마바\n\nab cd", 8, "가나다\n라마바\n\nab cd"},
		{"a quote repeats its marker", "   > 가나다 라마바 사아자", 16, "   > 가나다\n   > 라마바\n   > 사아자"},
		{"spaces after a quote marker stay on the first line", "   >  - 가나다 라마바", 14, "   >  - 가나다\n   > 라마바"},
		{"a numbered item hangs under its text", "1. 3.1 AI 반도체 분야 초격차 확보", 16, "1. 3.1 AI 반도체\n   분야 초격차\n   확보"},
		{"a bullet hangs under its text", "  • 3.1 AI 반도체 분야 (25–33쪽)", 20, "  • 3.1 AI 반도체\n    분야 (25–33쪽)"},
		{"a plain line keeps its leading spaces", "   출처: 가나다라 마바사아 자차카타", 18, "   출처: 가나다라\n   마바사아\n   자차카타"},
		{"a URL that fits moves to the next line whole", "출처: https://a.kr/x", 16, "출처:\nhttps://a.kr/x"},
		{"a URL longer than the width goes on its own line unbroken",
			"   출처: 뉴스 https://www.newsis.com/view/NISX20240709_0002804786(검색일: 2024.12.4.)", 30,
			"   출처: 뉴스\n   https://www.newsis.com/view/NISX20240709_0002804786(검색일:\n   2024.12.4.)"},
		{"a URL in brackets is a URL", "참고 <https://semiconductor.samsung.com/kr/news-events/news/> 끝", 20,
			"참고\n<https://semiconductor.samsung.com/kr/news-events/news/>\n끝"},
		{"a bare www address is a URL", "see www.example.com/a/very/long/path/indeed now", 16,
			"see\nwww.example.com/a/very/long/path/indeed\nnow"},
		{"a long word that is not a URL breaks between characters", "abcdefghijklmnop", 6, "abcdef\nghijkl\nmnop"},
		{"a wide character never straddles the edge", "가나다라", 5, "가나\n다라"},
		{"a combining mark stays with its letter", "abcde\u0301f", 5, "abcde\u0301\nf"},
		{"a hanging indent that leaves too little room is dropped", "          > 가나다 라마바 사아자 차카타", 20,
			"          > 가나다\n라마바 사아자 차카타"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Wrap(tc.in, tc.width)
			if got != tc.want {
				t.Errorf("Wrap(%q, %d):\ngot\n%s\nwant\n%s", tc.in, tc.width, got, tc.want)
			}
			if tc.width <= 0 {
				return
			}
			for _, line := range strings.Split(got, "\n") {
				if Width(line) > tc.width && !strings.Contains(line, "://") && !strings.Contains(line, "www.") && line != tc.in {
					t.Errorf("got line %q of %d columns, want at most %d", line, Width(line), tc.width)
				}
			}
		})
	}
}

func TestWidth(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"ascii", "HBM3E", 5},
		{"hangul is two columns a syllable", "한글", 4},
		{"mixed", "약 4조 엔", 9},
		{"ambiguous punctuation is one column", "·…①", 3},
		{"a combining mark takes none", "e\u0301", 1},
		{"fullwidth forms are two columns", "（Ａ）", 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Width(tc.in); got != tc.want {
				t.Errorf("Width(%q) = %d, want %d", tc.in, got, tc.want)
			}
		})
	}
}
