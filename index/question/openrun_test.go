package question

import "testing"

// TestOpenRun checks that the run a question leaves open is what follows
// its last sentence end, trimmed, and nothing when a mark ends it.
func TestOpenRun(t *testing.T) {
	tests := []struct {
		name, q, want string
	}{
		{"a run after the question mark", "목록이 나와 있나요? 표에 넣으려고 ", "표에 넣으려고"},
		{"the run after the last of two marks", "언제야? 어디서? 정리용", "정리용"},
		{"a full stop then a run", "Tell me the year. need it for a slide", "need it for a slide"},
		{"a mark ends the question", "목록이 나와 있나요?", ""},
		{"no mark at all", " 목록 정리용 ", "목록 정리용"},
		{"a decimal point ends no sentence", "1.6 버전은? 2.0 비교용", "2.0 비교용"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := openRun(tt.q); got != tt.want {
				t.Errorf("openRun(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
