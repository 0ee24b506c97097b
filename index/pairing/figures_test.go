package pairing

import (
	"slices"
	"testing"
)

func TestFigureKeysMeetAcrossLanguages(t *testing.T) {
	f := newFigureReader(Defaults())
	tests := []struct {
		name   string
		ko, en string
		want   string
	}{
		{"yen in trillions", "약 4조엔의 보조금", "about ¥4 trillion in subsidies", "a4e+12"},
		{"yen spelled out", "4조 엔", "4 trillion yen", "a4e+12"},
		{"hundreds of millions", "5,400억 개의 매개변수", "540 billion parameters", "a5.4e+11"},
		{"dollars", "520억 달러 규모", "$52 billion", "a5.2e+10"},
		{"thousands inside ten-thousands", "3억 7천만 파운드", "£370 million", "a3.7e+08"},
		{"mixed magnitudes", "1억 4,000만 달러", "$140 million", "a1.4e+08"},
		{"three significant digits", "1조 6,840억 원", "1.68 trillion won", "a1.68e+12"},
		{"ten-thousands with a decimal", "월 1.5만 장", "15,000 wafers a month", "a1.5e+04"},
		{"percent sign", "최소 20%로 확대", "at least 20%", "p20"},
		{"percent word", "56.3% 증가", "56.3 percent", "p56.3"},
		{"percent to three digits", "10.64%", "10.6 percent", "p10.6"},
		{"short year", "'30년까지", "by 2030", "y2030"},
		{"full year", "2024년 3월", "March 2024", "y2024"},
		{"short year and month", "우회 수출 경로 차단('23.10.)", "in October 2023", "y2023"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ko, en := f.korean(tt.ko), f.english(tt.en)
			if !slices.Contains(ko, tt.want) {
				t.Errorf("korean(%q) = %v, want it to hold %q", tt.ko, ko, tt.want)
			}
			if !slices.Contains(en, tt.want) {
				t.Errorf("english(%q) = %v, want it to hold %q", tt.en, en, tt.want)
			}
		})
	}
}

func TestFigureKeysLeaveCodesAndCounts(t *testing.T) {
	f := newFigureReader(Defaults())
	tests := []struct {
		name string
		ko   string
		en   string
	}{
		{"codes with digits", "HBM3E와 B200, 2nm 공정", "HBM3E and B200 on a 2nm process"},
		{"small counts", "2단계와 3개 분야", "2 stages in 3 fields"},
		{"a span of years", "향후 10년간", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.korean(tt.ko); len(got) != 0 {
				t.Errorf("korean(%q) = %v, want none", tt.ko, got)
			}
			if got := f.english(tt.en); len(got) != 0 {
				t.Errorf("english(%q) = %v, want none", tt.en, got)
			}
		})
	}
}
