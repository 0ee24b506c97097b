package index

import "testing"

func TestExpectedAnswer(t *testing.T) {
	tests := []struct {
		q    string
		want string // "date", "number" or ""
	}{
		{"When did Intel announce its 6th-gen Xeon?", "date"},
		{"엔비디아가 블랙웰 공개한 게 언제야?", "date"},
		{"HBM4 양산 시기", "date"},
		{"What year did Germany revise its strategy?", "date"},
		{"미국 반도체법 지원 규모 얼마야?", "number"},
		{"How many core tasks does the plan set?", "number"},
		{"What does Whisper do?", ""},
		{"Whenever", ""},
	}
	e := newExpectation()
	for _, tt := range tests {
		got := ""
		switch e.of(tt.q) {
		case e.date:
			got = "date"
		case e.number:
			got = "number"
		}
		if got != tt.want {
			t.Errorf("expectation of %q = %q, want %q", tt.q, got, tt.want)
		}
	}
}
