package hangul_test

import (
	"testing"

	"github.com/stepi-tools/reportbot/corpus/hangul"
)

func TestDistance(t *testing.T) {
	tests := []struct {
		name  string
		a, b  string
		limit int
		want  int
	}{
		{"same", "반도체", "반도체", 1, 0},
		{"one jamo", "반도채", "반도체", 2, 1},
		{"swap", "nvdiia", "nvidia", 2, 1},
		{"beyond the limit", "엔비디아", "인텔", 1, 2},
		{"lengths far apart", "a", "abcdef", 2, 3},
		{"empty", "", "ab", 3, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hangul.Distance(hangul.Jamo(tt.a), hangul.Jamo(tt.b), tt.limit); got != tt.want {
				t.Errorf("Distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
			}
		})
	}
}

func TestComposeAndJamo(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"conjoining jamo", "\u1112\u1161\u11ab\u1100\u116e\u11a8", "한국"},
		{"already composed", "한국 AI", "한국 AI"},
		{"Latin accents", "e\u0301", "é"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := hangul.Compose(tt.in)
			if got != tt.want {
				t.Errorf("Compose(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if back := hangul.Compose(string(hangul.Jamo(got))); back != got {
				t.Errorf("Compose(Jamo(%q)) = %q, want it back", got, back)
			}
		})
	}
}

func TestHasFinal(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{{'국', true}, {'가', false}, {'A', false}}
	for _, tt := range tests {
		if got := hangul.HasFinal(tt.r); got != tt.want {
			t.Errorf("HasFinal(%q) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestParticle(t *testing.T) {
	tests := []struct{ word, want string }{
		{"중국", "은"}, {"러시아", "는"}, {"DRAM", "은"}, {"EU", "는"}, {"", "는"},
	}
	for _, tt := range tests {
		if got := hangul.Particle(tt.word, "은", "는"); got != tt.want {
			t.Errorf("Particle(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestFinalM(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{{'함', true}, {'음', true}, {'뉨', true}, {'점', true}, {'다', false}, {'국', false}, {'M', false}}
	for _, tt := range tests {
		if got := hangul.FinalM(tt.r); got != tt.want {
			t.Errorf("FinalM(%q) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestSoft(t *testing.T) {
	tests := []struct {
		name string
		r    rune
		want rune
	}{
		{"률 is read as 율", '률', '율'},
		{"렬 is read as 열", '렬', '열'},
		{"a final is kept", '량', '양'},
		{"율 stays", '율', '율'},
		{"another initial stays", '화', '화'},
		{"no syllable stays", 'R', 'R'},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hangul.Soft(tt.r); got != tt.want {
				t.Errorf("Soft(%q) = %q, want %q", tt.r, got, tt.want)
			}
		})
	}
}

// TestAppendJamo: the letters appended after what dst holds are Jamo's,
// and JamoLen counts them, a syllable with a final as three, one without
// as two, any other rune as one.
func TestAppendJamo(t *testing.T) {
	tests := []struct {
		name, s string
		want    int
	}{
		{"syllables with finals", "반도체", 7},
		{"syllables without", "자료", 4},
		{"mixed with Latin and digits", "AI반도체2", 10},
		{"a bare letter", "ㄱ", 1},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hangul.JamoLen(tt.s); got != tt.want {
				t.Errorf("JamoLen(%q) = %d, want %d", tt.s, got, tt.want)
			}
			prefix := []rune("앞")
			got := hangul.AppendJamo(prefix, tt.s)
			want := append([]rune("앞"), hangul.Jamo(tt.s)...)
			if string(got) != string(want) {
				t.Errorf("AppendJamo(%q) = %q, want %q", tt.s, string(got), string(want))
			}
			if len(hangul.Jamo(tt.s)) != tt.want {
				t.Errorf("len(Jamo(%q)) = %d, want %d", tt.s, len(hangul.Jamo(tt.s)), tt.want)
			}
		})
	}
}
