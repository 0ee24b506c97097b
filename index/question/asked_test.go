package question_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/bot/markup"
	"github.com/stepi-tools/reportbot/index/question"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, raw          string
		clean              bool
		wantText, wantLang string
		wantErr            error
	}{
		{"korean", "  미국 반도체법 지원 규모는?  ", true, "미국 반도체법 지원 규모는?", "ko", nil},
		{"english", "How much is the US CHIPS Act's support?", true, "How much is the US CHIPS Act's support?", "en", nil},
		{"names do not make it english", "TSMC HBM3E 언제?", true, "TSMC HBM3E 언제?", "ko", nil},
		{"markup removed", "<@UBOT> *TSMC* 패키징 언제? :thinking_face:", true, "TSMC 패키징 언제?", "ko", nil},
		{"markup kept without a cleaner", "<@UBOT> 언제?", false, "<@UBOT> 언제?", "ko", nil},
		{"empty", "", true, "", "en", question.ErrEmpty},
		{"spaces", " \t\n ", false, "", "en", question.ErrEmpty},
		{"only markup", "<@UBOT> <!here>", true, "", "en", question.ErrEmpty},
		{"at the limit", strings.Repeat("가", question.MaxRunes), true, strings.Repeat("가", question.MaxRunes), "ko", nil},
		{"over the limit", strings.Repeat("가", question.MaxRunes+1), true, strings.Repeat("가", question.MaxRunes+1), "ko", question.ErrTooLong},
		{"markup does not count", "<@U1> " + strings.Repeat("나", question.MaxRunes), true, strings.Repeat("나", question.MaxRunes), "ko", nil},
		// The language of over-long text is told from what would be read.
		{"over the limit, told from its start", strings.Repeat("가 ", question.MaxRunes/2) + strings.Repeat("word ", question.MaxRunes), false, "", "ko", question.ErrTooLong},
	}
	c := markup.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cl question.Cleaner
			if tt.clean {
				cl = c
			}
			got, err := question.Parse(tt.raw, cl)
			if !errors.Is(err, tt.wantErr) || !errors.Is(got.Err(), tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
				t.Errorf("Parse(%q) error = %v, Err() = %v, want %v", tt.raw, err, got.Err(), tt.wantErr)
			}
			if tt.wantText != "" && got.Text() != tt.wantText {
				t.Errorf("Parse(%q).Text() = %q, want %q", tt.raw, got.Text(), tt.wantText)
			}
			if got.Lang() != tt.wantLang {
				t.Errorf("Parse(%q).Lang() = %q, want %q", tt.raw, got.Lang(), tt.wantLang)
			}
			if got.Raw() != tt.raw {
				t.Errorf("Parse(%q).Raw() = %q, want the text as typed", tt.raw, got.Raw())
			}
		})
	}
}

// TestParseInitials: a dotted abbreviation of single letters is one word
// in capitals, a name's initials; in lower case it only says how the
// sentence goes on, and is left out. Neither leaves a letter alone.
func TestParseInitials(t *testing.T) {
	tests := []struct{ name, raw, want string }{
		{"a country's initials", "What does the U.S. spend on chip subsidies?", "What does the US spend on chip subsidies?"},
		{"initials without the last dot", "U.K AI strategy budget", "UK AI strategy budget"},
		{"three letters", "What does the U.S.A. spend on AI?", "What does the USA spend on AI?"},
		{"initials before a hyphen", "the U.S.-led supply chain", "the US-led supply chain"},
		{"initials glued to a word", "U.S.Army chips", "US Army chips"},
		{"initials in a korean question", "U.S. 반도체법 지원 규모는?", "US 반도체법 지원 규모는?"},
		{"an example opens a follow-up", "e.g. what about Taiwan?", "what about Taiwan?"},
		{"capitalised at the start", "E.g. and Taiwan?", "and Taiwan?"},
		{"a restatement with its comma", "Samsung's HBM plans, i.e., the 2025 target", "Samsung's HBM plans, the 2025 target"},
		{"in brackets", "other foundries (e.g. Samsung)?", "other foundries (Samsung)?"},
		{"four letters", "Gaudi a.k.a. the Intel chip", "Gaudi the Intel chip"},
		{"at the end", "name one chip maker, e.g.", "name one chip maker,"},
		{"a section number keeps its letter", "what does 2.2.1.a say?", "what does 2.2.1.a say?"},
		{"a decimal", "LLaMA 3.1 sizes", "LLaMA 3.1 sizes"},
		{"a sentence ending in a letter", "Is it plan B. Or not?", "Is it plan B. Or not?"},
		{"an abbreviated word", "Fig. 2-1 source", "Fig. 2-1 source"},
		{"a letter inside a word", "Nvidia.A.I. plans", "Nvidia.A.I. plans"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := question.Plain(tt.raw)
			if got.Text() != tt.want {
				t.Errorf("Plain(%q).Text() = %q, want %q", tt.raw, got.Text(), tt.want)
			}
			if got.Raw() != tt.raw {
				t.Errorf("Plain(%q).Raw() = %q, want the text as typed", tt.raw, got.Raw())
			}
		})
	}
}

func TestZeroAskedIsEmpty(t *testing.T) {
	var a question.Asked
	if got, want := a.Err(), question.ErrEmpty; !errors.Is(got, want) {
		t.Errorf("zero Asked: Err() = %v, want %v", got, want)
	}
	if got, want := a.Lang(), "en"; got != want {
		t.Errorf("zero Asked: Lang() = %q, want %q", got, want)
	}
}

func TestRewrite(t *testing.T) {
	tests := []struct {
		name, asked, text string
		wantLang          string
		wantErr           error
	}{
		{"korean asker, english words", "삼성은?", "Samsung HBM3E 양산 when", "ko", nil},
		{"english asker, korean words", "What of Samsung?", "삼성전자 HBM3E 양산 언제", "en", nil},
		{"empty rewrite", "삼성은?", "  ", "ko", question.ErrEmpty},
		{"too long rewrite", "삼성은?", strings.Repeat("a", question.MaxRunes+1), "ko", question.ErrTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := question.Plain(tt.asked).Rewrite(tt.text)
			if got.Lang() != tt.wantLang {
				t.Errorf("Rewrite(%q).Lang() = %q, want the asker's %q", tt.text, got.Lang(), tt.wantLang)
			}
			if !errors.Is(got.Err(), tt.wantErr) || (tt.wantErr == nil) != (got.Err() == nil) {
				t.Errorf("Rewrite(%q).Err() = %v, want %v", tt.text, got.Err(), tt.wantErr)
			}
			if want := strings.TrimSpace(tt.text); got.Text() != want {
				t.Errorf("Rewrite(%q).Text() = %q, want %q", tt.text, got.Text(), want)
			}
		})
	}
}

func TestReplyIn(t *testing.T) {
	tests := []struct {
		name, text, lang string
		wantLang         string
	}{
		{"a korean name under an english reply", "일본", "en", "en"},
		{"an english claim under a korean reply", "TSMC packaging capacity", "ko", "ko"},
		{"no language carried", "일본", "", "ko"},
		{"an unknown language", "Japan", "fr", "en"},
		{"an empty question in the asker's language", "", "ko", "ko"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := question.Plain(tt.text)
			got := a.ReplyIn(tt.lang)
			if got.Lang() != tt.wantLang {
				t.Errorf("ReplyIn(%q).Lang() = %q, want %q", tt.lang, got.Lang(), tt.wantLang)
			}
			if got.Text() != a.Text() || got.Raw() != a.Raw() || !errors.Is(got.Err(), a.Err()) {
				t.Errorf("ReplyIn changed the question: %q %q %v, want %q %q %v", got.Text(), got.Raw(), got.Err(), a.Text(), a.Raw(), a.Err())
			}
		})
	}
}

// FuzzParse feeds raw text, as a Slack event or a terminal line brings it,
// to Parse: it must never panic, and the value must hold together.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", " ", "미국 반도체법 지원 규모는?", "<@UBOT> *TSMC* 패키징?", "<!date^1392734382^{date}|Feb 18, 2014> 발표",
		"R&amp;D &lt;AI&gt;", "> `HBM4` 양산", "a\x00b\x07c", "\xff\xfe", "<<>>< >", strings.Repeat("가", question.MaxRunes+1),
		"<@U1> " + strings.Repeat("나", question.MaxRunes),
	} {
		f.Add(s)
	}
	c := markup.New()
	f.Fuzz(func(t *testing.T, raw string) {
		for _, cl := range []question.Cleaner{c, nil} {
			a, err := question.Parse(raw, cl)
			if err != a.Err() {
				t.Fatalf("Parse(%q): error %v but Err() %v", raw, err, a.Err())
			}
			if a.Raw() != raw {
				t.Fatalf("Parse(%q).Raw() = %q", raw, a.Raw())
			}
			if l := a.Lang(); l != "ko" && l != "en" {
				t.Fatalf("Parse(%q).Lang() = %q", raw, l)
			}
			text := a.Text()
			if text != strings.TrimSpace(text) {
				t.Fatalf("Parse(%q).Text() = %q is not trimmed", raw, text)
			}
			n := utf8.RuneCountInString(text)
			var want error
			switch {
			case text == "":
				want = question.ErrEmpty
			case n > question.MaxRunes:
				want = question.ErrTooLong
			}
			if !errors.Is(err, want) || (want == nil) != (err == nil) {
				t.Fatalf("Parse(%q): %d runes, error %v, want %v", raw, n, err, want)
			}
			if cl == nil && !strings.Contains(raw, ".") && text != strings.TrimSpace(raw) {
				t.Fatalf("Parse(%q, nil).Text() = %q: without a cleaner or a dotted abbreviation only spaces go", raw, text)
			}
			if again, _ := question.Parse(text, nil); again.Text() != text {
				t.Fatalf("Parse(%q).Text() = %q, read again %q: a rewrite is read as its text reads", raw, text, again.Text())
			}
		}
	})
}

func ExampleParse() {
	q, err := question.Parse("<@UBOT> *TSMC* 패키징 언제 시작했어?", markup.New())
	fmt.Printf("%q %s %v\n", q.Text(), q.Lang(), err)
	_, err = question.Parse("<@UBOT>", markup.New())
	fmt.Println(err)
	// Output:
	// "TSMC 패키징 언제 시작했어?" ko <nil>
	// the question is empty
}

// BenchmarkParse is the cost of reading a question where it enters: Slack
// markup removed, trimmed, its language told, once.
func BenchmarkParse(b *testing.B) {
	c := markup.New()
	for _, bb := range []struct{ name, raw string }{
		{"korean", "<@UBOT> *SK하이닉스*는 HBM3E 양산을 언제 시작했나? :thinking_face:"},
		{"english", "How much support does the US CHIPS Act give?"},
		{"too long", strings.Repeat("반도체 ", question.MaxRunes/2)},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				question.Parse(bb.raw, c)
			}
		})
	}
}
