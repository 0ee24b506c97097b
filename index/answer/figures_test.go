package answer

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

func TestEnglishFigures(t *testing.T) {
	f := newFigures()
	tests := []struct{ in, want string }{
		{"520억 달러", "$52 billion"},
		{"약 4조엔", "about ¥4 trillion"},
		{"최대 5.5만 장", "up to 55,000 wafers"},
		{"1억 4,000만 달러", "$140 million"},
		{"400억 대만달러", "NT$40 billion"},
		{"400억 대만 달러", "NT$40 billion"},
		{"30%", "30%"},
		{"175제타바이트", "175 ZB"},
		{"9.2억 달러", "$920 million"},
		{"18억 5천만 유로", "€1.85 billion"},
		{"3억 7천만 파운드", "£370 million"},
		{"1천억 원", "₩100 billion"},
		{"5천 명", "5,000 people"},
		{"2,500여", "over 2,500"},
		{"20여 개국", "over 20 countries"},
	}
	for _, tt := range tests {
		if got := f.english(tt.in); got != tt.want {
			t.Errorf("english(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	dates := []struct{ in, want string }{
		{"2024년 3월", "March 2024"},
		{"'22.08.", "August 2022"},
		{"(24.2.)", "February 2024"},
		{"2020년", "2020"},
		{"‘27년", "2027"},
	}
	for _, tt := range dates {
		if got, ok := englishDate(tt.in); !ok || got != tt.want {
			t.Errorf("englishDate(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestQuestionParts(t *testing.T) {
	p := newParts()
	tests := []struct {
		name, in string
		want     []string
	}{
		{"two sentences", "발표는 몇 년? 협력사도 나와?", []string{"발표는 몇 년?", "협력사도 나와?"}},
		{"a Korean join", "지원 규모랑 금지 기간 몇 년이야", []string{"지원 규모", "금지 기간 몇 년이야"}},
		{"an English join before a question word", "When was it launched, and which model does it use?", []string{"When was it launched", "which model does it use?"}},
		{"one question", "How much is the subsidy and the tax credit?", nil},
		{"one Korean question", "보조금 규모는 얼마야?", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := p.of(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("parts.of(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIndexSpaced(t *testing.T) {
	tests := []struct {
		s, term    string
		start, end int
	}{
		{"40개의 핵심 과제를", "핵심과제", len("40개의 "), len("40개의 핵심 과제")},
		{"핵심과제", "핵심과제", 0, len("핵심과제")},
		{"핵심 분야 과제", "핵심과제", -1, -1},
		{"gddr6 aim", "gddr6aim", 0, len("gddr6 aim")},
		{"abc", "", -1, -1},
	}
	for _, tt := range tests {
		if start, end := indexSpaced(tt.s, tt.term); start != tt.start || end != tt.end {
			t.Errorf("indexSpaced(%q, %q) = %d, %d, want %d, %d", tt.s, tt.term, start, end, tt.start, tt.end)
		}
	}
}

func TestClauseBreak(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"a comma between clauses", "2억 파운드, AI 분야", true},
		{"a thousands separator", "2억 5,000만 파운드", false},
		{"a comma inside an aside", "800만 파운드(기존 기금 1억, 추가) 투입", false},
		{"no comma", "인재 확보에 800만 파운드", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clauseBreak(tt.line, 0, len(tt.line)); got != tt.want {
				t.Errorf("clauseBreak(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestNoCounts(t *testing.T) {
	f, m := newFigures(), newImplied(question.NewPatterns().Evidence())
	tests := []struct{ name, in, want string }{
		{"a sum of money counts nothing", "총 22억 유로가 투입", " 가 투입"},
		{"a share counts nothing", "자립화율은 15% 수준", "자립화율은   수준"},
		{"a number glued to the word it numbers is no count", "(1단계) 차세대 반도체 개발", "( 계) 차세대 반도체 개발"},
		{"a count of people stays", "인재 5천 명 양성", "인재 5천 명 양성"},
		{"a count with its counter stays beside a sum", "7개 연구소에 1억 4,000만 달러", "7개 연구소에  "},
		{"a line with no figure is left as it is", "인재 양성 추진", "인재 양성 추진"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.noCounts(tt.in, m.percent); got != tt.want {
				t.Errorf("noCounts(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDatePhrase(t *testing.T) {
	m := newImplied(question.NewPatterns().Evidence())
	tests := []struct {
		name, text, word string
		want             bool
	}{
		{"a word of a phrase that asks for a date", "Samsung 2nm process: which year?", "year", true},
		{"the same word outside such a phrase", "How many chips a year does the fab make?", "year", false},
		{"a word the phrase does not hold", "Samsung 2nm process: which year?", "process", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.datePhrase(tt.text, question.Concept{Surface: tt.word}); got != tt.want {
				t.Errorf("datePhrase(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
			}
		})
	}
}
