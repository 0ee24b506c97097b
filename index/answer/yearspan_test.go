package answer

import "testing"

func TestStatedSpan(t *testing.T) {
	f := newFigures()
	tests := []struct {
		name, in, lang, want string
		ok                   bool
	}{
		{"short years with quotes, Korean", "‘21~’23년", "ko", "2021~2023년", true},
		{"short years with quotes, English", "‘21~’23년", "en", "2021–2023", true},
		{"full years with a tilde", "2021~2023", "en", "2021–2023", true},
		{"full years with a hyphen", "2023-2026", "ko", "2023~2026년", true},
		{"full years each with 년", "2021년~2023년", "en", "2021–2023", true},
		{"a short end without its apostrophe, English", "2021~23년", "en", "2021–2023", true},
		{"a short end without its apostrophe, Korean", "2021~23년", "ko", "2021~2023년", true},
		{"a short end before the start is no span", "2021~19년", "en", "", false},
		{"an open span, English", "'08~", "en", "since 2008", true},
		{"an open span, Korean", "'08~", "ko", "2008년부터", true},
		{"an open span of a full year", "2008년~", "en", "since 2008", true},
		{"an end before the start is no span", "'24~'12", "en", "", false},
		{"one year is no span", "2024년", "en", "", false},
		{"a date is no span", "'22.08.", "en", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := f.statedSpan(tt.in, tt.lang == "ko")
			if got != tt.want || ok != tt.ok {
				t.Errorf("statedSpan(%q, %q) = %q, %v, want %q, %v", tt.in, tt.lang, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestDateTakesSpanWhole: the date pattern takes a span of years as one
// date, so that neither end alone is read as the answer.
func TestDateTakesSpanWhole(t *testing.T) {
	f := newFigures()
	tests := []struct{ name, line, want string }{
		{"short years with quotes", "연구·개발을 위해 ‘21~’23년도 추정 예산으로", "‘21~’23년"},
		{"full years in brackets", "‘AI 실행 계획 2.0(2023-2026)’을 발표", "2023-2026"},
		{"full years with a tilde", "2단계(2021~2025)는 총", "2021~2025"},
		{"an open span", "프로젝트를 추진('08~)", "'08~"},
		{"a full start with a short end", "2021~23년 누적 예산으로", "2021~23년"},
		{"a full start with bare digits after a tilde", "2021~12 사이", "2021~"},
		{"a series number is no span", "수시연구 2024-08", ""},
		{"a full date is no span", "2024-12-31", ""},
		{"a range of percentages is no span", "20~30% 수준", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.date.FindString(tt.line); got != tt.want {
				t.Errorf("date.FindString(%q) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}
