package answer

import "testing"

func TestEnglishFigures(t *testing.T) {
	f := newFigures()
	tests := []struct{ in, want string }{
		{"520억 달러", "$52 billion"},
		{"약 4조엔", "about ¥4 trillion"},
		{"최대 5.5만 장", "up to 55,000 wafers"},
		{"1억 4,000만 달러", "$140 million"},
		{"400억 대만달러", "NT$40 billion"},
		{"400억 대만 달러", "NT$40 billion"},
		{"30%", "30%"},
		{"175제타바이트", "175 ZB"},
		{"9.2억 달러", "$920 million"},
		{"18억 5천만 유로", "€1.85 billion"},
		{"3억 7천만 파운드", "£370 million"},
		{"1천억 원", "₩100 billion"},
		{"5천 명", "5,000 people"},
	}
	for _, tt := range tests {
		if got := f.english(tt.in); got != tt.want {
			t.Errorf("english(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	dates := []struct{ in, want string }{
		{"2024년 3월", "March 2024"},
		{"'22.08.", "August 2022"},
		{"(24.2.)", "February 2024"},
		{"2020년", "2020"},
	}
	for _, tt := range dates {
		if got, ok := englishDate(tt.in); !ok || got != tt.want {
			t.Errorf("englishDate(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
		}
	}
}
