package corpus

import "testing"

func TestShorten(t *testing.T) {
	tests := []struct {
		name string
		s    string
		n    int
		want string
	}{
		{"short line kept whole", "TSMC는 3나노 공정", 50, "TSMC는 3나노 공정"},
		{"cut inside a word moves to the next word", "삼성전자와 TSMC는 3나노 공정에서 경쟁 중¹⁾", 20, "…3나노 공정에서 경쟁 중¹⁾"},
		{"cut at a space stays", "가나다 라마바 사아자", 7, "…라마바 사아자"},
		{"a long last word moves the cut back to its start", "앞말 가나다라마바사아자차카타파하", 10, "…가나다라마바사아자차카타파하"},
		{"one long word is kept whole", "가나다라마바사아자차카타파하", 5, "가나다라마바사아자차카타파하"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := shorten(tt.s, tt.n); got != tt.want {
				t.Errorf("shorten(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
			}
		})
	}
}
