package answer_test

import (
	"strings"
	"testing"
)

// TestLabelAskedBesideADate holds that a code which labels a line of the
// top passage with its own value (the colophon's "ISBN …"), asked beside a
// date, is a second thing asked: the date need not be stated beside it,
// the report does not lack it, and the line gives the date and then the
// label's value.
func TestLabelAskedBesideADate(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q    string
		want       []string // what the one-line answer must hold
		wantHedged bool
	}{
		{"in Korean, one question word for both", "보고서 발행 날짜하고 ISBN 알려줘", []string{"2024년 12월 31일", "ISBN: 978-89-6112-977-0 93300"}, false},
		{"in English", "Give me the ISBN and the publication date of this report", []string{"31 December 2024", "ISBN: 978-89-6112-977-0 93300"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := mustAnswer(t, e, tt.q)
			if got := len(ans.Missing) > 0; got != tt.wantHedged {
				t.Errorf("Ask(%q) hedged = %v (missing %v), want %v", tt.q, got, ans.Missing, tt.wantHedged)
			}
			for _, w := range tt.want {
				if !strings.Contains(ans.Direct, w) {
					t.Errorf("Ask(%q).Direct = %q, want it to hold %q", tt.q, ans.Direct, w)
				}
			}
		})
	}
}

// TestAsideHeadsNoAnswer holds that the words of the asker's aside (a
// sentence a full stop ends beside the one that asks, a remark after it)
// do not head the one-line answer, though the report uses them (발표,
// 작성, check), while a name the aside gives (a country, a code) does:
// it is the thing the question goes on to ask about.
func TestAsideHeadsNoAnswer(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q string
		want    string // the line's subject, up to its colon
		wantFig string
	}{
		{"a Korean scene before the question", "보고서 작성 중입니다. 일본 반도체 보조금은 얼마야?", "일본 반도체 보조금", "4조엔"},
		{"a Korean scene sentence with a verb", "발표 자료 만드는 중이에요. EU 반도체 생산 비중 목표가 몇 %예요?", "EU 반도체 생산 비중 목표", "20%"},
		{"an English remark after the question", "When was IMEC set up? I want to check it before my meeting.", "IMEC", "1984"},
		{"a name the aside gives stays", "Japan has a big chip subsidy programme. How large is its budget?", "Japan", "4 trillion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := mustAnswer(t, e, tt.q)
			got, _, _ := strings.Cut(ans.Direct, ":")
			got = strings.TrimPrefix(got, "가장 가까운 내용 — ")
			if !strings.Contains(got, tt.want) || strings.Contains(tt.want, " ") && got != tt.want {
				t.Errorf("Ask(%q).Direct = %q, want its subject %q", tt.q, ans.Direct, tt.want)
			}
			if !strings.Contains(ans.Direct, tt.wantFig) {
				t.Errorf("Ask(%q).Direct = %q, want it to state %q", tt.q, ans.Direct, tt.wantFig)
			}
		})
	}
}
