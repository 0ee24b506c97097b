package analysis_test

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/analysis"
)

func TestLang(t *testing.T) {
	tests := []struct{ q, want string }{
		{"미국 반도체법 지원 규모는?", "ko"},
		{"SaaS PaaS 비교 좀", "ko"},
		{"HBM4 양산 시기", "ko"},
		{"What does 초격차 mean?", "en"},
		{"When did Intel launch Gaudi 3 (HL-325)?", "en"},
		{"TSMC", "en"},
		{"", "en"},
	}
	for _, tt := range tests {
		if got := analysis.Lang(tt.q); got != tt.want {
			t.Errorf("Lang(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
