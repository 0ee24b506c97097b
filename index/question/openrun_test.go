package question

import (
	"slices"
	"testing"
)

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
		{"a full-width question mark ends the ask", "목록이 나와 있나요？ 표에 넣으려고", "표에 넣으려고"},
		{"a full-width stop needs no space", "연도를 알려 주세요。정리용", "정리용"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := splitSentences(tt.q).openRun(); got != tt.want {
				t.Errorf("openRun(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestSplitSentences checks that a message is cut at each sentence end,
// each sentence keeping the mark that ended it, and the run after the last
// mark kept as it is typed, with no mark.
func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, q string
		want    sentences
	}{
		{"empty", "", nil},
		{"no mark", "목록 정리용", sentences{{text: "목록 정리용"}}},
		{"a mark ends it", "연도는?", sentences{{text: "연도는", end: '?'}}},
		{"a mark then a run", "연도는? 표에 넣으려고 ", sentences{{text: "연도는", end: '?'}, {text: " 표에 넣으려고 "}}},
		{"a full stop then a full-width mark", "I need it. 연도는？", sentences{{text: "I need it", end: '.'}, {text: " 연도는", end: '？'}}},
		{"a decimal point ends none", "1.6 버전은?", sentences{{text: "1.6 버전은", end: '?'}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := splitSentences(tt.q); !slices.Equal(got, tt.want) {
				t.Errorf("splitSentences(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestAsideSentenceEnds checks that the asides read a full-width question
// mark as asking and a full-width stop as telling, as they read ASCII ones:
// the remarks split at both, and the two must agree on where a sentence
// ends.
func TestAsideSentenceEnds(t *testing.T) {
	tests := []struct {
		name, q, w string
		tail, want bool
	}{
		{"told after an ASCII mark", "출시 연도는? 발표 자료에 씁니다.", "발표", false, true},
		{"told after a full-width mark", "출시 연도는？ 발표 자료에 씁니다.", "발표", false, true},
		{"told in a full-width stop's sentence", "출시 연도는？ 발표 자료에 씁니다。", "발표", false, true},
		{"asked before a full-width mark", "출시 연도는？ 발표 자료에 씁니다.", "출시", false, false},
		{"an open run only with tail", "출시 연도는？ 발표 자료용", "발표", false, false},
		{"an open run with tail", "출시 연도는？ 발표 자료용", "발표", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := splitSentences(tt.q).aside(tt.w, tt.tail); got != tt.want {
				t.Errorf("aside(%q, %q, %v) = %v, want %v", tt.q, tt.w, tt.tail, got, tt.want)
			}
		})
	}
}

// TestTypedAlone checks that a word counts as typed on its own only where
// spaces or marks part it from the rest, not where it is a piece of a run
// typed without spaces, which the analyser cut by guess.
func TestTypedAlone(t *testing.T) {
	tests := []struct {
		name, q, w string
		want       bool
	}{
		{"between spaces", "출시 연도 그냥 알려줘", "그냥", true},
		{"before a mark", "출시 연도는? 그냥", "그냥", true},
		{"after a mark", "그냥,출시 연도는?", "그냥", true},
		{"inside a run typed without spaces", "출시연도그냥알려줘", "그냥", false},
		{"the start of a longer word", "그냥저냥 알려줘", "그냥", false},
		{"absent", "출시 연도는?", "그냥", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := typedAlone(typedWords(tt.q), tt.w); got != tt.want {
				t.Errorf("typedAlone(%q, %q) = %v, want %v", tt.q, tt.w, got, tt.want)
			}
		})
	}
}

// TestTypedIn checks that a word of Latin letters is found in a sentence
// only as a word of its own, while a Hangul piece, which may be cut from a
// run typed without spaces, is found anywhere.
func TestTypedIn(t *testing.T) {
	tests := []struct {
		name, text, w string
		want          bool
	}{
		{"a word between spaces", "hi jo", "jo", true},
		{"inside a longer word", "which joint projects does it name", "jo", false},
		{"inside, then on its own", "joint, jo", "jo", true},
		{"the start of a longer word", "actually ahead", "act", false},
		{"a phrase of two words", "the chips act targets", "chips act", true},
		{"before a Hangul particle", "TSMC랑 비교하고 싶어서요", "TSMC", true},
		{"after a digit", "2TSMC", "TSMC", false},
		{"a Hangul piece inside a run", "출시연도그냥알려줘", "그냥", true},
		{"absent", "hi there", "po", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := typedIn(tt.text, tt.w); got != tt.want {
				t.Errorf("typedIn(%q, %q) = %v, want %v", tt.text, tt.w, got, tt.want)
			}
		})
	}
}

// TestAsideReadsWholeWords checks that a word of a greeting is an aside
// although the ask holds it inside a longer word: "jo" is not typed in
// "joint". The question is made up for the test.
func TestAsideReadsWholeWords(t *testing.T) {
	q := "hi jo! which joint projects does the study name?"
	if !splitSentences(q).aside("jo", true) {
		t.Errorf("aside(%q, %q) = false, want true", q, "jo")
	}
	if splitSentences(q).aside("study", true) {
		t.Errorf("aside(%q, %q) = true, want false", q, "study")
	}
}
