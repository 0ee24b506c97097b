package dialog

import (
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

// TestOfReport answers who or when, asked right after a reply from the
// front matter, from the front matter: the thread is on the report
// itself. After a reply about the text the same message is about the
// text.
func TestOfReport(t *testing.T) {
	e, _ := newEngine(t)
	meta := func(r Reply) bool {
		res := r.Answer.Results
		return r.Answer.Form == answer.FormReport && len(res) > 0 && e.front(res[0].PassageID)
	}
	tests := []struct {
		name   string
		thread []string
		want   bool // the last reply is from the front matter
	}{
		{"when, after who made it", []string{"이 보고서 누가 만들었어?", "그건 언제 세상에 나왔고?"}, true},
		{"who, after when it came out", []string{"When did this report of yours come out?", "and who put it together?"}, true},
		{"when, after a reply about the text", []string{"HBM3E 양산은 누가 먼저 했어?", "그건 언제 세상에 나왔고?"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.thread...)
			if !meta(rs[0]) && tt.want {
				t.Fatalf("%q: first reply not from the front matter: %+v", tt.thread[0], rs[0].Answer.Results)
			}
			if got := meta(rs[len(rs)-1]); got != tt.want {
				t.Errorf("%q: from the front matter = %v, want %v", tt.thread, got, tt.want)
			}
		})
	}
}

// TestFrontAgain answers with the front matter just shown a follow-up
// the report declines that names no topic of its own, hedged on the
// words the front matter lacks: the asker asks of the people or the
// publisher it named, whether its lines say it or not. After a reply
// about the text the same message stays declined or is read against the
// text.
func TestFrontAgain(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name   string
		thread []string
		front  bool // the last reply shows the front matter
		hedged bool // and names what it lacks
	}{
		{"an office, after who made it", []string{"이 보고서 누가 만들었어?", "그분 직책은 뭐야?"}, true, true},
		{"what no line gives, after who made it", []string{"이 보고서 누가 만들었어?", "그분 연봉은 얼마야?"}, true, true},
		{"after a reply about the text", []string{"HBM3E 양산은 누가 먼저 했어?", "그분 연봉은 얼마야?"}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.thread...)
			r := rs[len(rs)-1]
			res := r.Answer.Results
			if got := r.Answer.Answered && len(res) > 0 && e.front(res[0].PassageID); got != tt.front {
				t.Errorf("%q: from the front matter = %v, want %v (%+v)", tt.thread, got, tt.front, res)
			}
			if got := len(r.Answer.Missing) > 0 || !r.Answer.Answered; got != tt.hedged {
				t.Errorf("%q: hedged or declined = %v, want %v (missing %v)", tt.thread, got, tt.hedged, r.Answer.Missing)
			}
		})
	}
}

// TestFrontAgainAsked records as asked, for the reply's header and the
// turns after, the message as read, not the question of the turn whose
// front matter it is answered with again: the asker did not ask that
// again, and a follow-up's header shows the turn's Asked.
func TestFrontAgainAsked(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name   string
		thread []string
		own    string // a word of the message's own, which the reading asks
	}{
		{"a Korean message read alone", []string{"이 보고서 누가 만들었어?", "그분 직책은 뭐야?"}, "직책"},
		{"an English follow-up", []string{"Who wrote this report?", "and their salary?"}, "salary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.thread...)
			r := rs[len(rs)-1]
			if res := r.Answer.Results; !r.Answer.Answered || len(res) == 0 || !e.front(res[0].PassageID) {
				t.Fatalf("%q: not answered with the front matter: %+v", tt.thread, res)
			}
			if got := r.Turn.Asked; got == rs[0].Turn.Asked || !strings.Contains(got, tt.own) {
				t.Errorf("%q: asked = %q, want the message's reading (with %q), not the last question", tt.thread, got, tt.own)
			}
		})
	}
}

// TestNamedReport answers from the front matter a follow-up that names the
// report itself and, read on its own, is answered from the front matter,
// whatever the thread was on: the words of the thread's topic carried onto
// it would ask the text. A follow-up naming the report that asks of the
// text stays on the text.
func TestNamedReport(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name   string
		thread []string
		front  bool // the last reply shows the front matter first
	}{
		{"when, Korean", []string{"일본 반도체 보조금 얼마야?", "근데 이 보고서는 언제 발행된 거야?"}, true},
		{"when, English", []string{"How much did Japan put into chip subsidies?", "side note, when did this report come out?"}, true},
		{"the text, named", []string{"일본 반도체 보조금 얼마야?", "이 보고서에서 대만은?"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.thread...)
			res := rs[len(rs)-1].Answer.Results
			if got := len(res) > 0 && e.front(res[0].PassageID); got != tt.front {
				t.Errorf("%q: front matter first = %v, want %v (%+v)", tt.thread, got, tt.front, res)
			}
		})
	}
}
