package excerpt_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/excerpt"
)

func TestCutter(t *testing.T) {
	long := strings.Repeat("가나다라 마바사. ", 10) + "핵심 문장이 여기 있다. " + strings.Repeat("마바사아 자차. ", 10) + "끝."
	tests := []struct {
		name   string
		cut    excerpt.Cutter
		text   string
		want   string // the result holds it
		prefix bool   // the result starts with an ellipsis
	}{
		{"fits as it is", excerpt.Cutter{Max: 100}, "짧은 문장.", "짧은 문장.", false},
		{"keeps the clause that scores", excerpt.Cutter{Max: 60, Score: func(s string) float64 {
			if strings.Contains(s, "핵심") {
				return 1
			}
			return 0
		}}, long, "핵심 문장", true},
		{"keeps a cited clause", excerpt.Cutter{Max: 60, Cites: func(s string) bool { return strings.Contains(s, "끝") }, CiteBonus: 1}, long, "끝.", true},
		// No clause scores: the quote runs from the start as far as it
		// fits, not the first clause alone.
		{"no clause scores", excerpt.Cutter{Max: 60, Score: func(string) float64 { return 0 }},
			"Last, but not least, this study also stresses monitoring. It asks for more support of strategic sectors.",
			"Last, but not least, this study also stresses monitoring.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.cut.Cut(tt.text)
			if !strings.Contains(got, tt.want) {
				t.Errorf("Cut = %q, want it to hold %q", got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > max(tt.cut.Max, utf8.RuneCountInString(tt.text)) {
				t.Errorf("Cut has %d runes, want at most %d", n, tt.cut.Max)
			}
			if got := strings.HasPrefix(got, excerpt.Ellipsis); got != tt.prefix {
				t.Errorf("starts with an ellipsis: %v, want %v", got, tt.prefix)
			}
		})
	}
}

func TestLeadAndAround(t *testing.T) {
	lines := []string{"제목 줄", "본문이 이어지는 둘째 줄입니다."}
	if got, want := excerpt.Lead(lines, 100), "제목 줄 본문이 이어지는 둘째 줄입니다."; got != want {
		t.Errorf("Lead = %q, want %q", got, want)
	}
	line := strings.Repeat("앞부분 내용, ", 20) + "일본이 여기 나온다, " + strings.Repeat("뒷부분 내용, ", 20)
	got := excerpt.Around(line, 80, func(s string) bool { return strings.Contains(s, "일본") })
	if !strings.Contains(got, "일본") || utf8.RuneCountInString(got) > 80 {
		t.Errorf("Around = %q (%d runes), want at most 80 runes holding 일본", got, utf8.RuneCountInString(got))
	}
}

func TestClauses(t *testing.T) {
	text := "첫 문장이다. 둘째 문장이다! 셋째?"
	if got := strings.Join(excerpt.Clauses(text), ""); got != text {
		t.Errorf("Clauses joined = %q, want the text back %q", got, text)
	}
	if n := len(excerpt.Clauses(text)); n != 3 {
		t.Errorf("Clauses gave %d parts, want 3", n)
	}
}

// clausesByRune is Clauses as it was first written, rune by rune into a
// builder: the reference TestClausesAsCut holds the cut version to.
func clausesByRune(text string) []string {
	var out []string
	var b strings.Builder
	rs := []rune(text)
	for i, r := range rs {
		b.WriteRune(r)
		end := (r == '.' || r == '?' || r == '!' || r == ';') && (i+1 == len(rs) || rs[i+1] == ' ')
		comma := r == ',' && i+1 < len(rs) && rs[i+1] == ' ' && b.Len() > 60
		if end || comma {
			if i+1 < len(rs) && rs[i+1] == ' ' {
				continue
			}
			out = append(out, b.String())
			b.Reset()
		}
		if r == ' ' && i > 0 && (rs[i-1] == '.' || rs[i-1] == ',' || rs[i-1] == ';' || rs[i-1] == '?' || rs[i-1] == '!') {
			out = append(out, b.String())
			b.Reset()
		}
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}

// TestClausesAsCut: Clauses, cutting its parts out of the text, gives the
// parts that writing the text out rune by rune gave, on the marks it cuts
// at, commas before and after 60 bytes (where the first version meant to
// start cutting at them, and never did: a comma with a space after it was
// cut at that space), marks inside words, and bytes that are not UTF-8.
func TestClausesAsCut(t *testing.T) {
	long := strings.Repeat("반도체 지원", 4)
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"no mark", "반도체 첨단 생산기반 확보"},
		{"sentence ends", "첫 문장이다. 둘째 문장이다! 셋째? 넷째; 끝."},
		{"a mark inside a word", "3.1 절과 U.S.A. 그리고 1,000억"},
		{"a short sentence's commas stay", "가, 나, 다, 라"},
		{"a long sentence's commas cut", long + ", " + long + ", " + long + ", 끝"},
		{"Latin commas past 60 bytes", strings.Repeat("word ", 13) + ", next, " + strings.Repeat("x", 61) + ", last"},
		{"a comma at byte 60 stays", strings.Repeat("x", 59) + ", 뒤"},
		{"a comma at byte 61 cuts", strings.Repeat("x", 60) + ", 뒤"},
		{"a comma after 20 Hangul (61 bytes) cuts", strings.Repeat("가", 20) + ", 뒤"},
		{"a comma once cut counts afresh", strings.Repeat("x", 60) + ", " + strings.Repeat("y", 57) + ", 뒤"},
		{"a one-byte last part", "a, b"},
		{"a mark then two spaces", "끝.  다음"},
		{"a mark at the start", ". 다음"},
		{"a space at the start", " 앞. 뒤"},
		{"a bad byte", "반도체\xff 지원. 다음\xc0, 끝"},
		{"a bad byte before a mark's space", "가\xff. 나"},
		{"the replacement rune itself", "가\uFFFD. 나"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := excerpt.Clauses(tt.text), clausesByRune(tt.text)
			if !slices.Equal(got, want) {
				t.Errorf("Clauses(%q) = %q, want %q", tt.text, got, want)
			}
		})
	}
}

func TestCutOneLongClause(t *testing.T) {
	tests := []struct {
		name string
		s    string
		max  int
		want string
	}{
		{"fits", "반도체 보조금", 10, "반도체 보조금"},
		{"cut back to a space", "반도체 첨단 생산기반 확보", 10, "반도체 첨단…"},
		{"cut back past half the limit rather than inside a word", "AI 반도체초격차확보정책현황분석", 11, "AI…"},
		{"a single long word is cut inside", "반도체초격차확보정책현황분석", 7, "반도체초격차…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (excerpt.Cutter{Max: tt.max}).Cut(tt.s); got != tt.want {
				t.Errorf("Cut(%q) with Max %d = %q, want %q", tt.s, tt.max, got, tt.want)
			}
		})
	}
}

// FuzzClauses holds Clauses to clausesByRune on any text
// (go test -fuzz FuzzClauses); its seeds run as a test.
func FuzzClauses(f *testing.F) {
	for _, s := range []string{"", "첫 문장이다. 둘째! 셋째?", "가, 나; 다", "a\xff. b", ". ,  ;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := excerpt.Clauses(text), clausesByRune(text); !slices.Equal(got, want) {
			t.Errorf("Clauses(%q) = %q, want %q", text, got, want)
		}
	})
}

// TestCutFinishesSentence: the run that holds the best clause goes on, as
// far as the limit allows, to the end of the sentence it stopped inside (a
// list's further items), not past a sentence's end, and not past the limit.
func TestCutFinishesSentence(t *testing.T) {
	scoreOn := func(word string) func(string) float64 {
		return func(s string) float64 {
			if strings.Contains(s, word) {
				return 1
			}
			return 0
		}
	}
	text := "The opening sentence says nothing asked here at all. " +
		"The plan lists three tools: grants for labs, loans for firms, and training for staff. " +
		"A closing sentence adds nothing more of use to anyone."
	tests := []struct {
		name    string
		max     int
		want    string // the result holds it
		notWant string // and not this
	}{
		{"goes on to the sentence's end", 150, "and training for staff.", "closing"},
		{"stops at the limit", 60, "grants for labs", "training"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := excerpt.Cutter{Max: tt.max, Score: scoreOn("grants")}.Cut(text)
			if !strings.Contains(got, tt.want) || strings.Contains(got, tt.notWant) {
				t.Errorf("Cut = %q, want it to hold %q and not %q", got, tt.want, tt.notWant)
			}
			if n := utf8.RuneCountInString(got); n > tt.max {
				t.Errorf("Cut has %d runes, want at most %d", n, tt.max)
			}
		})
	}
}
