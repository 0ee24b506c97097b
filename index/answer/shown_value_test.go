package answer

import "testing"

// TestDirectValue checks which part of a one-line answer is its value.
func TestDirectValue(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"a figure", "일본 반도체 보조금: 약 4조엔 (3.1, 25–33쪽)", "약 4조엔"},
		{"two figures", "Taiwan tax credit rates: 25%, 5% (3.1, pp. 25–33)", "25%, 5%"},
		{"a value with brackets of its own", "영국 투자: 3억 7천만 파운드 (약 5,700억 원) (3.2, 34–42쪽)", "3억 7천만 파운드 (약 5,700억 원)"},
		{"no colon", "Closest the report has", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := directValue(tt.line); got != tt.want {
				t.Errorf("directValue(%q) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

// TestHoldsFigure checks that a one-line answer's value holds a line's
// figure only whole: a line stating 5% is not the line of an answer of 25%.
func TestHoldsFigure(t *testing.T) {
	tests := []struct {
		name, value, fig string
		want             bool
	}{
		{"the same figure", "25%", "25%", true},
		{"the second of two", "25%, 5%", "5%", true},
		{"the first of two", "25%, 5%", "25%", true},
		{"the tail of a longer figure", "25%", "5%", false},
		{"after a thousands comma", "1,500억 원", "500억 원", false},
		{"before a decimal point", "1.85bn", "1", false},
		{"a figure ending a sentence", "약 4조엔.", "4조엔", true},
		{"not there", "25%", "7%", false},
		{"empty", "25%", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := holdsFigure(tt.value, tt.fig); got != tt.want {
				t.Errorf("holdsFigure(%q, %q) = %v, want %v", tt.value, tt.fig, got, tt.want)
			}
		})
	}
}
