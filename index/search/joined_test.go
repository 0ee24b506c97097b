package search

import "testing"

// TestJoinedAt checks that a name the report writes as one word, with a
// hyphen or without a space, is held by a text that writes it apart, and
// that words the report never writes joined stay two words.
func TestJoinedAt(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, text, term string
		want             bool
	}{
		{"printed with a hyphen, written apart", "메모리 GDDR6 AiM 기술", "gddr6-aim", true},
		{"printed glued, written apart", "Chat GPT 서비스", "chatgpt", true},
		{"written apart in other letters' case", "gddr6 aim", "gddr6-aim", true},
		{"a Korean word between", "GDDR6 메모리 AiM", "gddr6-aim", false},
		{"never printed joined", "HBM AiM", "hbm-aim", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.TermSet(tt.text).Has(tt.term); got != tt.want {
				t.Errorf("TermSet(%q) holds %q: %v, want %v", tt.text, tt.term, got, tt.want)
			}
		})
	}
}
