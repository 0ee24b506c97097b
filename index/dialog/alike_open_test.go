package dialog

import (
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

// TestOpensAlike checks that a switch of subject after a quote that opened
// its subject's passage adds the new subject's opening line to its quote,
// and only then: not after a passage the report lacks.
func TestOpensAlike(t *testing.T) {
	e, _ := newEngine(t)
	ms, _ := passageHolding(t, e, "Athena 프로젝트’ 등을 통해")
	ibm, ibmLater := passageHolding(t, e, "스파이어 엑셀러레이터는 AI 모델 학습과 추론")
	watson, _ := passageHolding(t, e, "대표적인 AI 플랫폼 Watson")
	msLines, ibmLines := e.lineTexts(ms), e.lineTexts(ibm)
	tests := []struct {
		name      string
		shown     int    // the last answer's first passage
		quoted    string // the line its quote opened with
		top       int    // the switch's first result
		excerpt   string // its quote
		wantAdded bool   // whether the top passage's opening line joins the quote
	}{
		{"the last quote opened its subject's passage", ms, msLines[0], ibm, ibmLater, true},
		{"the last quote opened with a later line", ms, msLines[1], ibm, ibmLater, false},
		{"the same subject's passage", watson, e.lineTexts(watson)[0], ibm, ibmLater, false},
		{"the opening line is quoted already", ms, msLines[0], ibm, ibmLines[0], false},
		// a stored state may come from an index built of another document
		{"the last passage is not in this report", len(e.x.Document().Passages), msLines[0], ibm, ibmLater, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			last := Turn{Answered: true, Evidence: []Evidence{{PassageID: tt.shown, Excerpt: tt.quoted}}}
			r := Reply{Answer: answer.Answer{Answered: true, Results: []answer.Result{{PassageID: tt.top, Excerpt: tt.excerpt}}}}
			got := e.alike(r, last).Answer.Results[0].Excerpt
			if added := got != tt.excerpt && strings.Contains(got, ibmLines[0]); added != tt.wantAdded {
				t.Errorf("excerpt %q: opening line added = %v, want %v", got, added, tt.wantAdded)
			}
		})
	}
}
