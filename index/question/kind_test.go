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
		{"a title asked who holds, Korean", "양자전략위원회 위원장은 누구야?", question.KindPerson, "위원장"},
		{"the verb of an office, Korean", "그 연구소는 누가 이끌어?", question.KindPerson, "이끌"},
		{"a title before a verb, Korean", "센터는 누가 이끌어? 센터장 알려줘", question.KindPerson, "센터장"},
		{"the verb of an office, English", "Who chairs the quantum task force?", question.KindPerson, "chairs"},
		{"a title, English", "Who is the CEO of the startup?", question.KindPerson, "CEO"},
		{"who without an office asks for anyone", "Who developed the chip?", question.KindNone, ""},
		{"who without an office, Korean", "그 칩은 누가 만들었어?", question.KindNone, ""},
		{"a head noun of place, Korean", "새 공장은 어느 지역에 있어?", question.KindPlace, "지역"},
		{"a head noun of place, English", "Which city hosts the new lab?", question.KindPlace, "city"},
		{"a verb of siting, Korean", "연구센터는 어디에 지어?", question.KindPlace, "어디"},
		{"a verb of siting, English", "Where is the new fab being built?", question.KindPlace, "Where"},
		{"where of a source is no place", "Where does the term come from?", question.KindNone, ""},
		{"어디 of a leaning is no place", "정책이 어디에 치우쳐 있다고 했어?", question.KindNone, ""},
		{"a company asked which", "어느 기업이 1위야?", question.KindNone, ""},
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
// is read as one, and one for the whole is not.
func TestPartAsked(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name string
		q    string
		want bool
	}{
		{"how much of, English", "How much of the fund went to the startup?", true},
		{"allocated to, English", "How much money was allocated to the new lab?", true},
		{"그중, Korean", "그중 연구소에 간 돈은 얼마야?", true},
		{"the whole, Korean", "일본 반도체 보조금은 얼마야?", false},
		{"the whole, English", "How much is the fund?", false},
		{"a part that asks no figure", "그중 가장 큰 회사는?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.Analyse(question.Plain(tt.q)).Part; got != tt.want {
				t.Errorf("Analyse(%q).Part = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

// TestHeadCount checks that a count of people wants a figure in 명: the
// count of firms or tasks a line gives is no head count.
func TestHeadCount(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, line string
		want          bool
	}{
		{"people, Korean", "연구소 인력은 몇 명이야?", "연구인력 2,000명 규모", true},
		{"about so many, Korean", "연구소 인력은 몇 명이야?", "약 1,500여 명이 근무", true},
		{"firms are no people, Korean", "연구소 인력은 몇 명이야?", "약 2,500여 기업이 입주", false},
		{"people, English", "How many researchers work at the lab?", "연구인력 3만 3,000명 양성", true},
		{"tasks are no people, English", "How many engineers does the plan train?", "9대 과제를 제시", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			if q.Expect == nil {
				t.Fatalf("Analyse(%q) expects nothing", tt.q)
			}
			if got := q.Expect.MatchString(tt.line); got != tt.want {
				t.Errorf("Analyse(%q).Expect on %q = %v, want %v", tt.q, tt.line, got, tt.want)
			}
		})
	}
}
