package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSafeCannotPing(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"channel", "<!channel> 공지"},
		{"here", "<!here>"},
		{"everyone", "<!everyone>"},
		{"user", "<@U0123ABC>"},
		{"subteam", "<!subteam^S123|@team>"},
		{"bare here", "@here look"},
		{"bare channel upper", "@CHANNEL"},
		{"bare everyone", "hey @everyone"},
		{"link", "<https://evil.example|click>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := safe(tt.in)
			if strings.ContainsAny(got, "<>") {
				t.Errorf("safe(%q) = %q, still has angle brackets", tt.in, got)
			}
			for _, word := range []string{"@here", "@channel", "@everyone"} {
				if strings.Contains(strings.ToLower(got), word) {
					t.Errorf("safe(%q) = %q, still has %s", tt.in, got, word)
				}
			}
		})
	}
	if got, want := safe("a & b < c"), "a &amp; b &lt; c"; got != want {
		t.Errorf("safe = %q, want %q", got, want)
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("인공지능 반도체는 국가 전략 기술이다. ", 200)
	tests := []struct {
		name     string
		in       string
		max      int
		want     string // "" means only check the invariants
		wantCut  bool
		sentence bool // the cut should land after a sentence end
	}{
		{name: "short unchanged", in: "짧은 문장.", max: 100, want: "짧은 문장."},
		{name: "escaped short", in: "R&D", max: 100, want: "R&amp;D"},
		{name: "long korean cut at sentence", in: long, max: 300, wantCut: true, sentence: true},
		{name: "escapes never split", in: strings.Repeat("&", 50), max: 23, wantCut: true},
		{name: "no spaces", in: strings.Repeat("가", 5000), max: 3000, wantCut: true},
		{name: "tiny limit", in: "hello world", max: 1, want: "…"},
		{name: "decimal is not a sentence end", in: "Growth was 3.5 percent in the year 2024 and more text follows here", max: 20, wantCut: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clip(tt.in, tt.max)
			if n := utf8.RuneCountInString(got); n > tt.max {
				t.Fatalf("clip gave %d runes, max %d: %q", n, tt.max, got)
			}
			if tt.want != "" && got != tt.want {
				t.Errorf("clip = %q, want %q", got, tt.want)
			}
			if tt.wantCut && !strings.HasSuffix(got, "…") {
				t.Errorf("clip = %q, want a trailing …", got)
			}
			if tt.sentence && !strings.HasSuffix(got, ".…") {
				t.Errorf("clip = %q, want the cut after a full stop", got)
			}
			if strings.Contains(got, "&…") || strings.Contains(got, "&am…") {
				t.Errorf("clip split an escape: %q", got)
			}
			if strings.Contains(got, "3.…") {
				t.Errorf("clip cut inside a number: %q", got)
			}
		})
	}
}

func TestEncodeValueFitsLimit(t *testing.T) {
	tests := []struct {
		name string
		q    string
	}{
		{"short", "AI 반도체"},
		{"long korean", strings.Repeat("가", 1000)},
		{"quotes expand when escaped", strings.Repeat(`"`, 1990)},
		{"control characters expand six-fold", strings.Repeat("\x01", 1500)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := encodeValue(buttonValue{Question: tt.q, Page: 1, Lang: "ko"}, 5000)
			if n := utf8.RuneCountInString(v); n > maxValueRunes {
				t.Fatalf("value has %d characters, limit %d", n, maxValueRunes)
			}
			got, err := decodeValue(v)
			if err != nil {
				t.Fatalf("decodeValue: %v", err)
			}
			if !strings.HasPrefix(tt.q, got.Question) || got.Page != 1 {
				t.Errorf("round trip = %+v, want a prefix of the question and page 1", got)
			}
		})
	}
	for _, bad := range []string{"", "{", `{"q":""}`, `{"q":"x","p":7}`, "null"} {
		if _, err := decodeValue(bad); err == nil {
			t.Errorf("decodeValue(%q) succeeded, want an error", bad)
		}
	}
}
