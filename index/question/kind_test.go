package question_test

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestKindAsked checks the kind of thing a question asks for that is no
// date or figure, read from its question word and its head noun or verb,
// and the question's own word for it that a hedge names. The questions
// are made up for the test.
func TestKindAsked(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name     string
		q        string
		wantKind question.Kind
		wantWord string
	}{
		{"the verb of an office", "Who chairs the quantum task force?", question.KindPerson, "chairs"},
		{"a title", "Who is the CEO of the startup?", question.KindPerson, "CEO"},
		{"the verb of leading", "Who leads the new institute?", question.KindPerson, "leads"},
		{"who without an office asks for anyone", "Who developed the chip?", question.KindNone, ""},
		// A Korean title the report never uses is a detail it does not
		// give already, as any Korean noun it never uses is.
		{"a Korean title is left to the words the report uses", "양자전략위원회 위원장은 누구야?", question.KindNone, ""},
		{"who without an office, Korean", "그 칩은 누가 만들었어?", question.KindNone, ""},
		{"a verb of siting", "연구센터는 어디에 지어?", question.KindPlace, "어디"},
		{"being somewhere", "그 연구소는 어디에 있어?", question.KindPlace, "어디"},
		{"어디 of a leaning is no place", "정책이 어디에 치우쳐 있다고 했어?", question.KindNone, ""},
		{"어디 of an origin is no place", "그 용어는 어디서 나온 말이야?", question.KindNone, ""},
		{"a company asked which", "어느 기업이 1위야?", question.KindNone, ""},
		{"a noun of place asked which", "Which cities are the plants in?", question.KindPlace, "Which cities"},
		{"a city asked which", "which city hosts the centre?", question.KindPlace, "which city"},
		{"a company asked which, English", "Which companies make the chip?", question.KindNone, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			if q.Kind != tt.wantKind || q.KindWord != tt.wantWord {
				t.Errorf("Analyse(%q): kind %d %q, want %d %q", tt.q, q.Kind, q.KindWord, tt.wantKind, tt.wantWord)
			}
		})
	}
}

// TestPartAsked checks that a question for the figure of a part of a whole
// (a verb that gives a part of it to something, an amount asked of what a
// word points back at) is read as one, and one for the whole, or for a
// date, is not.
func TestPartAsked(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name string
		q    string
		want bool
	}{
		{"went to", "How much of the fund went to the startup?", true},
		{"allocated to", "How much money was allocated to the new lab?", true},
		{"earmarked for", "What budget was earmarked for the pilot line?", true},
		{"the whole, Korean", "일본 반도체 보조금은 얼마야?", false},
		{"the whole, English", "How much is the fund?", false},
		{"a part that asks no figure", "Who was the fund allocated to?", false},
		{"goes to", "How much of the grant goes to the design centre?", true},
		{"awarded to", "How much money was awarded to the start-up?", true},
		{"spent on", "How much was spent on the testbed?", true},
		{"an amount of what was said before", "how much of that is for the pilot line?", true},
		{"a count of what was said before", "how many of those are in Europe?", true},
		{"of that, Korean", "그중 연구소 몫은 얼마야?", true},
		{"a date of one of them is no part", "그중 첫 번째는 언제 나왔어?", false},
		{"an amount of a named whole is the whole's", "How much of a lead does Korea have?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.Analyse(question.Plain(tt.q)).Part; got != tt.want {
				t.Errorf("Analyse(%q).Part = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}
