package dialog

import (
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

// TestRecalled: recalled adds to a quote the lines the last answer showed of
// the same passage, once, and none of another passage.
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
	other, otherLine := passageOf("클라우드 인프라 간의 연계를 강화")
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

// TestRecalledInReply: a follow-up that points back with a word gets back,
// in its quote of a passage the last answer quoted, the lines that answer
// showed. The messages are made up for the test.
func TestRecalledInReply(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name string
		msgs []string
	}{
		{"a Korean pronoun", []string{"IBM Telum 프로세서는 뭐에 쓰여?", "그건 언제 출시됐어?"}},
		{"an English pronoun", []string{"What is IBM's Telum chip used for?", "when was it released?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.msgs...)
			checked := 0
			for _, x := range rs[1].Answer.Results {
				for _, y := range rs[0].Answer.Results {
					if y.PassageID != x.PassageID {
						continue
					}
					for _, ln := range e.x.Passages().Lines(x.PassageID) {
						if strings.TrimSpace(ln.Text) == "" || !shownIn(y.Excerpt, ln.Text) {
							continue
						}
						checked++
						if !shownIn(x.Excerpt, ln.Text) {
							t.Errorf("quote %q of passage %d: want the line the last answer showed, %q", x.Excerpt, x.PassageID, ln.Text)
						}
					}
				}
			}
			if checked == 0 {
				t.Fatalf("the follow-up quotes no passage the last answer quoted: results %v", rs[1].Answer.Results)
			}
		})
	}
}
