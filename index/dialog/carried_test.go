package dialog

import (
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

// TestOwnWordUnderCarriedHedge holds a follow-up's own words to the lines
// where the rewrite is hedged only on words the thread carried (Reply
// takes that hedge off): a word of its own the report never uses with
// the topic is what the lines lack, and the reply is hedged on it, as it
// is after an unhedged rewrite. A word the report uses there answers.
func TestOwnWordUnderCarriedHedge(t *testing.T) {
	e, _ := newEngine(t)
	const first = "TSMC CoWoS는 언제 도입했어?"
	tests := []struct {
		name     string
		followUp string
		missing  string // "" for a sure answer
	}{
		{"a plain word the report never uses with the topic", "첨단 패키징 재고는 몇 장까지 늘려?", "재고"},
		{"words the report uses with the topic", "패키징 생산 목표는 몇 장이야?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := converse(t, e, first, tt.followUp)[1].Answer
			if !got.Answered {
				t.Fatalf("%q declined, want an answer", tt.followUp)
			}
			switch {
			case tt.missing == "" && len(got.Missing) > 0:
				t.Errorf("%q hedged on %v, want a sure answer", tt.followUp, got.Missing)
			case tt.missing != "" && !slices.Contains(got.Missing, tt.missing):
				t.Errorf("%q missing %v, want %q named", tt.followUp, got.Missing, tt.missing)
			}
		})
	}
}

// TestAnsweredOnCarried checks which replies are as sure as an unhedged
// one for a message: answered, hedged on nothing the message typed.
func TestAnsweredOnCarried(t *testing.T) {
	const msg = "첨단 패키징 재고는?"
	tests := []struct {
		name string
		a    answer.Answer
		want bool
	}{
		{"sure", answer.Answer{Answered: true}, true},
		{"hedged on a carried word", answer.Answer{Answered: true, Missing: []string{"CoWoS"}}, true},
		{"hedged on a typed word", answer.Answer{Answered: true, Missing: []string{"CoWoS", "재고"}}, false},
		{"hedged on a typed word spaced otherwise", answer.Answer{Answered: true, Missing: []string{"첨단패키징"}}, false},
		{"declined", answer.Answer{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := answeredOnCarried(msg, tt.a); got != tt.want {
				t.Errorf("answeredOnCarried(%q, missing %v) = %v, want %v", msg, tt.a.Missing, got, tt.want)
			}
		})
	}
}

// TestRemarkNotCarried checks that the words of the asker's remark after
// the ask (question.Concept.Remark) are not what a thread goes on with:
// the turn does not keep them, and a follow-up's rewrite asks the topic
// without them. The words of the ask are carried as before. The messages
// are made up for the test.
func TestRemarkNotCarried(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name, first, followUp string
		remark, topic         string
	}{
		{"a Korean sentence of purpose", "일본 반도체 보조금 규모는 얼마야? 회의 자료에 쓰려고 합니다.", "몇 년도 기준이야?", "자료", "일본"},
		{"a Korean run of purpose left open", "일본 반도체 보조금 규모는 얼마야? 회의 자료에 쓰려고", "몇 년도 기준이야?", "자료", "일본"},
		{"an English sentence after the ask", "How much is Japan's chip subsidy? I will put it in my slides.", "and which year?", "slides", "subsidy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.first, tt.followUp)
			kept := func(w string) bool {
				return slices.ContainsFunc(rs[0].Turn.Slots, func(s Slot) bool { return s.Text == w })
			}
			if kept(tt.remark) {
				t.Errorf("turn of %q keeps %q: %+v", tt.first, tt.remark, rs[0].Turn.Slots)
			}
			if !kept(tt.topic) {
				t.Errorf("turn of %q lacks %q: %+v", tt.first, tt.topic, rs[0].Turn.Slots)
			}
			if asked := rs[1].Turn.Asked; strings.Contains(asked, tt.remark) || !strings.Contains(asked, tt.topic) {
				t.Errorf("%q after %q asked %q, want %q without %q", tt.followUp, tt.first, asked, tt.topic, tt.remark)
			}
		})
	}
}

// TestAsideAfterAsk checks that a turn keeps the words of an aside before
// the ask (a sentence a full stop ends while another asks: Slot.Aside)
// after the words that ask, so that a follow-up carrying only some of the
// turn's words carries those; where the asking sentence names nothing the
// report uses, the aside is the topic and keeps its place. The messages
// are made up for the test.
func TestAsideAfterAsk(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name, first   string
		before, after string // before stands before after in the turn's words
	}{
		{"the scene before an ask of its own", "I draft trade notes for a ministry in Ottawa. How much is Japan's chip subsidy?", "subsidy", "notes"},
		{"a Korean scene before an ask of its own", "저는 무역 보고서를 씁니다. 일본 반도체 보조금 규모는 얼마야?", "보조금", "무역"},
		{"an aside that is the topic", "The report covers Japan's chip subsidy. What does it say?", "일본", "subsidy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.first, "and which year?")
			at := func(w string) int {
				return slices.IndexFunc(rs[0].Turn.Slots, func(s Slot) bool { return s.Text == w })
			}
			b, a := at(tt.before), at(tt.after)
			if b < 0 || a < 0 || b > a {
				t.Errorf("turn of %q keeps %q at %d and %q at %d, want both, the first before: %+v", tt.first, tt.before, b, tt.after, a, rs[0].Turn.Slots)
			}
		})
	}
}
