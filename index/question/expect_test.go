package question

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/analysis"
)

// TestExpectedAnswer checks what kind of evidence a question asks for. The
// questions are made up for the test.
func TestExpectedAnswer(t *testing.T) {
	tests := []struct {
		q    string
		want string // "date", "number", "money" or ""
	}{
		{"When did Intel ship its first Gaudi chip?", "date"},
		{"삼성이 HBM 처음 낸 게 언제야?", "date"},
		{"TSMC 2나노 도입 시기", "date"},
		{"What year did Germany revise its strategy?", "date"},
		{"일본 반도체 지원 규모 얼마야?", "number"},
		{"How many regions does the plan name?", "number"},
		{"중국 AI 예산 얼마야?", "money"},
		{"그 회사가 받은 돈은 얼마야?", "money"},
		{"How much funding did the EU set aside for chips?", "money"},
		{"인텔은 이익의 몇 퍼센트를 배당해?", "number"},
		{"What share of its revenue does Intel spend on R&D?", "number"},
		{"What was France's 2025 budget request for AI?", "money"},
		{"대만 AI 실행계획 예산은?", "money"},
		// 프로 is a share only after a number or 몇, not inside a word
		// the report uses (프로젝트, 프로그램)
		{"그 연구 프로젝트 예산은 얼마였어?", "money"},
		{"지원 프로그램 예산 규모는?", "money"},
		{"장비 국산화율은 몇프로야?", "number"},
		{"보조금이 20 프로 늘었어?", "number"},
		{"What is the total amount Korea set aside?", "number"},
		{"What does the EU's framework amount to?", ""},
		{"How many dollars did the US set aside?", "money"},
		// a currency's sign typed for its name asks a sum; one before a
		// figure is the sum typed, and Europe is no euro
		{"how much $ went into it", "money"},
		{"how much $", "money"},
		{"and what is that in €", "money"},
		{"what's it worth in €?", "money"},
		{"how many fabs did the $30bn plan pay for?", "number"},
		{"How many fabs does Europe want by 2030?", "number"},
		{"Which is the biggest fab site in Europe?", ""},
		{"How much did it raise in euros?", "money"},
		{"파운드리 3사 논문 저자가 누구야?", ""},
		{"What does Sora do?", ""},
		// a noun that names a figure asks for one as "how many" does
		{"Gaudi 3 core count?", "number"},
		{"What is the number of fabs Intel runs?", "number"},
		{"Whenever", ""},
		// "yr", which only a terse question types, asks the year; "year"
		// after a word that places it against another names a time
		{"Intel Gaudi - release yr + who makes it", "date"},
		{"which yr did the fund open", "date"},
		{"How many chips did Intel ship in 2023 compared with the previous year, and why?", "number"},
		{"How many fabs opened that year?", "number"},
		{"Why did the ten-year plan stall?", ""},
		// the 시기 of a formal request's ending is no word of time
		{"ISBN을 알려주시기 바랍니다.", ""},
		{"TSMC 2나노 도입 시기를 알려 주시기 바랍니다.", "date"},
	}
	e := newExpectation(analysis.NewTables().QuestionWords())
	for _, tt := range tests {
		got := ""
		switch e.pattern(e.of(tt.q)) {
		case e.date:
			got = "date"
		case e.number:
			got = "number"
		case e.money:
			got = "money"
		}
		if got != tt.want {
			t.Errorf("expectation of %q = %q, want %q", tt.q, got, tt.want)
		}
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"527억 달러 규모의 지원", true},
		{"약 4조엔의 보조금", true},
		{"총 18억 5천만 유로가 투입", true},
		{"$39 billion in grants", true},
		{"11곳 중 9곳이 애리조나에", false},
		{"2023-2028 진행 단계", false},
	} {
		if got := e.money.MatchString(tt.text); got != tt.want {
			t.Errorf("money matches %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestNameDigitsAreNoFigure checks that the digits of a name or code do not
// answer "how much": a line about GPT-4 states no figure of anything.
func TestNameDigitsAreNoFigure(t *testing.T) {
	e := newExpectation(analysis.NewTables().QuestionWords())
	tests := []struct {
		text string
		want bool
	}{
		{"GPT-4와 같은 경쟁 모델들과 견줄만한 성능", false},
		{"Blackwell B200과 GB200를 공개", false},
		{"COVID-19 이후", false},
		{"LLaMA 2는 7B, 13B, 70B 크기", true},
		{"약 4조엔의 보조금", true},
		{"(2023) 발표", true},
		{"3-5개 기업", true},
	}
	for _, tt := range tests {
		if got := e.number.MatchString(tt.text); got != tt.want {
			t.Errorf("number matches %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}
