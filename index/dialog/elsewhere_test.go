package dialog

import (
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

// passageHolding returns the passage and line of the report that hold text.
func passageHolding(t *testing.T, e *Engine, text string) (int, string) {
	t.Helper()
	for id, p := range e.x.Document().Passages {
		for _, ln := range strings.Split(p.Text, "\n") {
			if strings.Contains(ln, text) {
				return id, ln
			}
		}
	}
	t.Fatalf("no passage holds %q", text)
	return 0, ""
}

func TestFigureOfAnotherSubjectIsHedged(t *testing.T) {
	e, _ := newEngine(t)
	germany, germanLine := passageHolding(t, e, "AI 실행계획(Aktionsplan")
	japan, japaneseLine := passageHolding(t, e, "일본 정부의 AI R&D 투자는")
	eu, euLine := passageHolding(t, e, "EIC 액셀러레이터는")
	doc := e.x.Document()
	stale := len(doc.Passages) + 5 // a stored turn's passage of another build
	tests := []struct {
		name    string
		earlier string // the conversation's first message, answered by its first passage
		shown   int    // the passage that earlier turn showed first
		msg     string
		asked   string // the rewrite the reply was asked as
		top     int    // the reply's first result
		line    string // the line it shows
		want    []string
	}{
		{"another country's budget answers no budget of the thread's", "독일 AI 전략 알려줘", germany,
			"그 계획 예산은 얼마야?", "독일 계획 예산 얼마야", japan, japaneseLine, []string{"예산"}},
		{"the thread named that country", "일본 AI 정책 알려줘", germany,
			"그 계획 예산은 얼마야?", "일본 계획 예산 얼마야", japan, japaneseLine, nil},
		{"the thread was shown that country's passage", "독일 AI 전략 알려줘", japan,
			"그 계획 예산은 얼마야?", "독일 계획 예산 얼마야", japan, japaneseLine, nil},
		{"the message names what the line is about", "독일 AI 전략 알려줘", germany,
			"EIC는 얼마 투입했어?", "EIC 얼마 투입했어", eu, euLine, nil},
		{"the message asks no figure", "일본 AI 정책 알려줘", japan,
			"독일 계획은 어떤 내용이야?", "독일 계획 내용", germany, germanLine, nil},
		{"a stored turn's passage the report lacks shows nothing", "독일 AI 전략 알려줘", stale,
			"그 계획 예산은 얼마야?", "독일 계획 예산 얼마야", japan, japaneseLine, []string{"예산"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := State{Turns: []Turn{{Question: tt.earlier, Answered: true, Evidence: []Evidence{{PassageID: tt.shown}}}}}
			asked := question.Plain(tt.msg)
			r := Reply{Answer: answer.Answer{Answered: true, Results: []answer.Result{{PassageID: tt.top, Section: doc.Passages[tt.top].Section, Excerpt: tt.line}}},
				FollowUp: true, Reading: Reading{Kind: Anaphora}, Turn: Turn{Question: tt.msg, Asked: tt.asked}}
			m := e.read(asked)
			var got []string
			if lines := e.elsewhere(st, asked, m, r); len(lines) > 0 {
				got = e.hedgeElsewhere(r, m, lines).Answer.Missing
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("missing = %q, want %q", got, tt.want)
			}
		})
	}
}
