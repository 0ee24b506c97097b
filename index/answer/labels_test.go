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
