package present

import (
	"html"
	"strings"
	"testing"
	"unicode"
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
			got := Safe(tt.in)
			if strings.ContainsAny(got, "<>") {
				t.Errorf("Safe(%q) = %q, still has angle brackets", tt.in, got)
			}
			for _, word := range []string{"@here", "@channel", "@everyone"} {
				if strings.Contains(strings.ToLower(got), word) {
					t.Errorf("Safe(%q) = %q, still has %s", tt.in, got, word)
				}
			}
		})
	}
	if got, want := Safe("a & b < c"), "a &amp; b &lt; c"; got != want {
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
		{name: "decimal is not a sentence end", in: "Growth was 3.5 percent in the year 2024 and more text follows here", max: 20, want: "Growth was 3.5…"},
		{name: "korean cut between eojeol", in: "TSMC는 신규 공장을 추가로 설립해 패키징 생산 능력을 최대 70~80%까지 늘릴 계획⁴⁾", max: 30, want: "TSMC는 신규 공장을 추가로 설립해 패키징 생산…"},
		{name: "korean cut after a clause", in: "반도체 첨단 생산기반 확보, 공급망 강화, 연구·개발을 위해 ‘21~’23년도 추정 예산으로 약 4조엔의 보조금을 편성·지원 중", max: 30, want: "반도체 첨단 생산기반 확보, 공급망 강화…"},
		{name: "comma before the cut is dropped", in: "반도체 산업 기반 강화를 위한 로드맵 수립, 대대적인 지원 정책을 추진", max: 25, want: "반도체 산업 기반 강화를 위한 로드맵 수립…"},
		{name: "only space in the first half", in: "AI 초격차전략수립을위한범부처협력체계구축방안", max: 15, want: "AI…"},
		{name: "thousands separator is no boundary", in: "투자 규모는 1,000,000,000,000원이다", max: 16, want: "투자 규모는…"},
		{name: "closing bracket ends a word", in: "「CHIPS법」등강력한수단을통해", max: 10, want: "「CHIPS법」…"},
		{name: "escape before a space", in: "R&D 투자 & 인재 육성 & 공급망", max: 12, want: "R&amp;D 투자…"},
		{name: "english cut between words", in: "Key recommendations include securing a super-gap in memory semiconductors", max: 40, want: "Key recommendations include securing a…"},
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
			if kept, ok := strings.CutSuffix(got, "…"); ok && strings.ContainsAny(tt.in, " \n") {
				assertWholeWords(t, tt.in, html.UnescapeString(kept))
			}
		})
	}
}

func TestClipPlain(t *testing.T) {
	tests := []struct {
		name, in string
		max      int
		want     string
	}{
		{"fits", "AI 초격차 전략 수립 연구", 20, "AI 초격차 전략 수립 연구"},
		{"cut between words", "AI 초격차 전략 수립 연구", 10, "AI 초격차 전략…"},
		{"nothing escaped", "R&D <b> 투자 확대 방안", 11, "R&D <b> 투자…"},
		{"one long word", strings.Repeat("가", 20), 10, strings.Repeat("가", 9) + "…"},
		{"zero", "abc", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ClipPlain(tt.in, tt.max); got != tt.want {
				t.Errorf("ClipPlain(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
		})
	}
}

// assertWholeWords fails unless kept is a prefix of in that ends between
// words: at a space, a line break, or after punctuation.
func assertWholeWords(t *testing.T, in, kept string) {
	t.Helper()
	rest, ok := strings.CutPrefix(in, kept)
	if !ok {
		t.Fatalf("kept text %q is not a prefix of %q", kept, in)
	}
	last, _ := utf8.DecodeLastRuneInString(kept)
	next, _ := utf8.DecodeRuneInString(rest)
	if kept != "" && !unicode.IsSpace(next) && !unicode.IsPunct(next) && !unicode.IsPunct(last) && !strings.ContainsRune("」』”’)", last) {
		t.Errorf("cut inside a word: %q | %q", kept, rest)
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
			v := EncodeValue(ButtonValue{Question: tt.q, Page: 1, Lang: "ko"}, 5000)
			if n := utf8.RuneCountInString(v); n > maxValueRunes {
				t.Fatalf("value has %d characters, limit %d", n, maxValueRunes)
			}
			got, err := DecodeValue(v)
			if err != nil {
				t.Fatalf("DecodeValue: %v", err)
			}
			if !strings.HasPrefix(tt.q, got.Question) || got.Page != 1 {
				t.Errorf("round trip = %+v, want a prefix of the question and page 1", got)
			}
		})
	}
	for _, bad := range []string{"", "{", `{"q":""}`, `{"q":"x","p":7}`, "null"} {
		if _, err := DecodeValue(bad); err == nil {
			t.Errorf("DecodeValue(%q) succeeded, want an error", bad)
		}
	}
}

func TestLineBreaks(t *testing.T) {
	const text = "(일본) 반도체 산업 기반 강화를 위한 로드맵 수립, 대대적인 지원 정책을 추진\n" +
		"대내외적인 환경 변화를 고려하여 ‘21년 발표한 「반도체·디지털 전략」의 개정안(23.11.)을 발표\n" +
		"  (1단계) 첨단 반도체 자국 생산기반 확보  \n"
	tests := []struct {
		name, excerpt, text, want string
	}{
		{"two bullets joined by the engine",
			"(일본) 반도체 산업 기반 강화를 위한 로드맵 수립, 대대적인 지원 정책을 추진 대내외적인 환경 변화를 고려하여 ‘21년 발표한 「반도체·디지털 전략」의 개정안(23.11.)을 발표",
			text,
			"(일본) 반도체 산업 기반 강화를 위한 로드맵 수립, 대대적인 지원 정책을 추진\n대내외적인 환경 변화를 고려하여 ‘21년 발표한 「반도체·디지털 전략」의 개정안(23.11.)을 발표"},
		{"three bullets, the last cut short",
			"…지원 정책을 추진 대내외적인 환경 변화를 고려하여 ‘21년 발표한 「반도체·디지털 전략」의 개정안(23.11.)을 발표 (1단계) 첨단…",
			text,
			"…지원 정책을 추진\n대내외적인 환경 변화를 고려하여 ‘21년 발표한 「반도체·디지털 전략」의 개정안(23.11.)을 발표\n(1단계) 첨단…"},
		{"one bullet is left alone",
			"반도체 산업 기반 강화를 위한 로드맵 수립, 대대적인 지원 정책을 추진",
			text,
			"반도체 산업 기반 강화를 위한 로드맵 수립, 대대적인 지원 정책을 추진"},
		{"a line's end followed by other words is no joint",
			"대대적인 지원 정책을 추진 중인 나라가 많다",
			text,
			"대대적인 지원 정책을 추진 중인 나라가 많다"},
		{"line breaks already there",
			"대대적인 지원 정책을 추진\n대내외적인 환경 변화를 고려하여",
			text,
			"대대적인 지원 정책을 추진\n대내외적인 환경 변화를 고려하여"},
		{"a passage of one line",
			"The US attracts AI chip production. It aims at supply-chain security.",
			"The US attracts AI chip production. It aims at supply-chain security.",
			"The US attracts AI chip production. It aims at supply-chain security."},
		{"no passage text", "정책을 추진 대내외적인 환경", "", "정책을 추진 대내외적인 환경"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lineBreaks(tt.excerpt, tt.text); got != tt.want {
				t.Errorf("lineBreaks =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
