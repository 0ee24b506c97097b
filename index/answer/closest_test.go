package answer_test

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
)

func TestUnhedged(t *testing.T) {
	tests := []struct {
		name string
		in   answer.Answer
		want answer.Answer
	}{
		{
			name: "a Korean line loses its heading",
			in:   answer.Answer{Lang: "ko", Answered: true, Missing: []string{"예산"}, Direct: "가장 가까운 내용 — 일본 보조금: 약 4조엔 (3.1, 25–33쪽)"},
			want: answer.Answer{Lang: "ko", Answered: true, Direct: "일본 보조금: 약 4조엔 (3.1, 25–33쪽)"},
		},
		{
			name: "an English line loses its heading",
			in:   answer.Answer{Lang: "en", Answered: true, Missing: []string{"budget"}, Direct: "Closest the report has — Japan subsidies: about ¥4 trillion (3.1, pp. 25–33)"},
			want: answer.Answer{Lang: "en", Answered: true, Direct: "Japan subsidies: about ¥4 trillion (3.1, pp. 25–33)"},
		},
		{
			name: "a line stated as the answer stays",
			in:   answer.Answer{Lang: "en", Answered: true, Missing: []string{"budget"}, Direct: "Japan subsidies: about ¥4 trillion (3.1, pp. 25–33)"},
			want: answer.Answer{Lang: "en", Answered: true, Direct: "Japan subsidies: about ¥4 trillion (3.1, pp. 25–33)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.in.Unhedged()
			if got.Direct != tt.want.Direct || !slices.Equal(got.Missing, tt.want.Missing) || got.Answered != tt.want.Answered {
				t.Errorf("Unhedged() = %+v, want %+v", got, tt.want)
			}
		})
	}
}
