package dialog

import (
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

func TestRecalled(t *testing.T) {
	e, _ := newEngine(t)
	// passageOf is the passage holding a line with text, and that line.
	passageOf := func(text string) (int, string) {
		t.Helper()
		for id := range e.x.Document().Passages {
			for _, ln := range e.x.Passages().Lines(id) {
				if strings.Contains(ln.Text, text) {
					return id, ln.Text
				}
			}
		}
		t.Fatalf("no line holds %q", text)
		return -1, ""
	}
	chip, shownLine := passageOf("금융 서비스 분야에서 사기 탐지")
	_, quoted := passageOf("2021년 AI 전용칩인 Telum 프로세서를 발표")
	other, otherLine := passageOf("IBM Edge Application Manager")
	reply := func(id int, excerpt string) Reply {
		return Reply{Answer: answer.Answer{Answered: true, Results: []answer.Result{{PassageID: id, Excerpt: excerpt}}}}
	}
	tests := []struct {
		name     string
		r        Reply
		last     Turn
		want     []string // lines the first quote shows
		wantNone []string // lines it does not
	}{
		{"the line the last answer quoted of the same passage comes back",
			reply(chip, quoted), Turn{Evidence: []Evidence{{PassageID: chip, Excerpt: shownLine}}},
			[]string{quoted, shownLine}, nil},
		{"a line already in the quote is not added twice",
			reply(chip, quoted+"\n"+shownLine), Turn{Evidence: []Evidence{{PassageID: chip, Excerpt: shownLine}}},
			[]string{quoted, shownLine}, nil},
		{"another passage's quoted line stays out",
			reply(chip, quoted), Turn{Evidence: []Evidence{{PassageID: other, Excerpt: otherLine}}},
			[]string{quoted}, []string{otherLine, shownLine}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.recalled(tt.r, tt.last).Answer.Results[0].Excerpt
			for _, w := range tt.want {
				if strings.Count(got, w) != 1 {
					t.Errorf("quote %q: want %q once", got, w)
				}
			}
			for _, w := range tt.wantNone {
				if strings.Contains(got, w) {
					t.Errorf("quote %q: want no %q", got, w)
				}
			}
		})
	}
}
