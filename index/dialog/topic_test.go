package dialog

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

func TestEndsOnTopic(t *testing.T) {
	tests := []struct {
		name, msg, word string
		want            bool
	}{
		{"the topic particle 은", "후속 과제 예산은?", "예산", true},
		{"the topic particle 는", "시범사업 규모는", "규모", true},
		{"a full-width mark and spaces after it", "후속 과제 예산은 ？ ", "예산", true},
		{"the word not last", "예산은 얼마야?", "예산", false},
		{"another particle", "후속 과제 예산이?", "예산", false},
		{"no particle", "후속 과제 예산?", "예산", false},
		{"an empty message", "", "예산", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := endsOnTopic(tt.msg, tt.word); got != tt.want {
				t.Errorf("endsOnTopic(%q, %q) = %v, want %v", tt.msg, tt.word, got, tt.want)
			}
		})
	}
}

func TestPointsBack(t *testing.T) {
	answered := answer.Answer{Answered: true}
	tests := []struct {
		name string
		r    Reply
		want bool
	}{
		{"an answered ellipsis", Reply{FollowUp: true, Answer: answered, Reading: Reading{Kind: Ellipsis}}, true},
		{"an answered anaphora", Reply{FollowUp: true, Answer: answered, Reading: Reading{Kind: Anaphora}}, true},
		{"a request for sources", Reply{FollowUp: true, Answer: answered, Reading: Reading{Kind: Sources}}, false},
		{"declined", Reply{FollowUp: true, Answer: answer.Answer{}, Reading: Reading{Kind: Ellipsis}}, false},
		{"a question of its own", Reply{Answer: answered, Reading: Reading{Kind: Ellipsis}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.pointsBack(); got != tt.want {
				t.Errorf("pointsBack() = %v, want %v", got, tt.want)
			}
		})
	}
}
