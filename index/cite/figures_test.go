package cite

import (
	"slices"
	"testing"
)

func TestMismatches(t *testing.T) {
	tests := []struct {
		name, claim, quote string
		want               []Mismatch
	}{
		{"same figure", "생산역량 20% 확보", "'30년까지 역내 생산역량 20% 확보", nil},
		{"another share", "production share to 30% by 2030", "'30년까지 역내 생산역량 20% 확보", []Mismatch{{"30%", "20%"}}},
		{"Korean unit word", "생산능력 70퍼센트 확대", "최대 70~80%까지 늘릴 계획", nil},
		{"another year", "2023년 3월 HBM3E 양산", "2024년 3월 HBM3E의 대규모 양산", []Mismatch{{"2023", "2024"}}},
		{"a two-digit year", "by 2030", "'30년까지", nil},
		{"silent on the figure", "9300조 원 투자", "자체 반도체 개발 추진", nil},
		{"nanometres", "1.4나노 공정", "1.4nm 공정을 2027년까지", nil},
	}
	f := newFigures()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.mismatches(tt.claim, tt.quote); !slices.Equal(got, tt.want) {
				t.Errorf("mismatches(%q, %q) = %v, want %v", tt.claim, tt.quote, got, tt.want)
			}
		})
	}
}
