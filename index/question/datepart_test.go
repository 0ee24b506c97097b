package question_test

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestDateToItsPart checks which questions ask a date to a part finer
// than its year, and the question's own words for that part, which a
// hedge names: 몇 월 typed with or without a space, 며칠, "what" or
// "which" before month or day. A span of days or a year asks none. The
// questions are made up for the test.
func TestDateToItsPart(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name     string
		q        string
		wantWord string
	}{
		{"몇 월 with a space", "그 칩은 몇 월에 나왔어?", "몇 월"},
		{"몇월 typed together", "그 칩 몇월 출시?", "몇월"},
		{"몇 년 몇 월 asks the month", "그 칩은 몇 년 몇 월에 나왔어?", "몇 월"},
		{"며칠 asks the day", "그 법은 며칠부터 시행돼?", "며칠"},
		{"what month, with no other word for a date", "What month did the chip ship?", "What month"},
		{"which day", "Which day was the plan announced?", "Which day"},
		{"when asks no part", "When did the chip ship?", ""},
		{"which year asks the year", "Which year did the chip ship?", ""},
		{"a span of days is no date", "How many days did the review take?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.q))
			if got := q.DateWord; got != tt.wantWord {
				t.Errorf("Analyse(%q).DateWord = %q, want %q", tt.q, got, tt.wantWord)
			}
			if (q.DateTo != nil) != (tt.wantWord != "") {
				t.Errorf("Analyse(%q).DateTo = %v, want one: %v", tt.q, q.DateTo, tt.wantWord != "")
			}
			if tt.wantWord != "" && !q.When {
				t.Errorf("Analyse(%q) does not ask a date", tt.q)
			}
		})
	}
}
