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

// TestJoinedAtCopiesNoKey checks that a pair of Latin words the report
// never writes joined costs no allocation: every text analysed looks up
// each such pair twice, and a key copied to the heap for each lookup was
// up to two objects a pair.
func TestJoinedAtCopiesNoKey(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, text string
	}{
		{"two short words", "HBM AiM"},
		{"two words longer than a small buffer", "semiconductorsupplychains internationalcooperation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := x.an.Tokens(tt.text)
			if _, ok := x.joinedAt(toks, 0); ok {
				t.Fatalf("joinedAt(%q) found a name; the test wants a pair the report never joins", tt.text)
			}
			if got := testing.AllocsPerRun(10, func() { x.joinedAt(toks, 0) }); got != 0 {
				t.Errorf("joinedAt(%q) allocates %v times, want 0", tt.text, got)
			}
		})
	}
}
