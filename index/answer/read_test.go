package answer

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestReadWording checks what Read tells of a question's text alone, each
// as the pattern it stands for reads it. The questions are made up for
// the test.
func TestReadWording(t *testing.T) {
	tab := NewTables()
	tests := []struct {
		name, q                                      string
		mention, compare, strong                     bool
		footnote, source, origin, relative, asksName bool
		parts                                        int
	}{
		{name: "the whole report", q: "이 보고서 핵심 제언 세 가지", mention: true},
		{name: "a comparison", q: "미국과 중국 AI 예산 차이는?", compare: true, strong: true},
		{name: "a comparison in a weak word", q: "중국과 다른 나라 전략은?", compare: true},
		{name: "a footnote", q: "각주에 나온 TSMC 투자 규모", footnote: true},
		{name: "a footnote's source", q: "각주 출처는?", footnote: true, source: true},
		{name: "who published it", q: "Who published the HBM survey?", origin: true},
		{name: "relative to another", q: "중국 기술 수준은 미국 대비 얼마?", compare: true, relative: true},
		{name: "a name", q: "인텔 최신 칩 이름이 뭐야?", asksName: true},
		{name: "two questions at once", q: "삼성 HBM3E 양산 언제? 파트너는 누구?", parts: 2},
		{name: "none of them", q: "일본 반도체 보조금 얼마야"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := tab.read(question.Plain(tt.q)).words
			l := w.line()
			got := []bool{w.mention, w.compare, w.compareStrong, l.footnote, l.footnoteSource, l.origin, l.relative, l.asksName}
			want := []bool{tt.mention, tt.compare, tt.strong, tt.footnote, tt.source, tt.origin, tt.relative, tt.asksName}
			for i := range got {
				if got[i] != want[i] || len(l.parts) != tt.parts {
					t.Errorf("read(%q): mention, compare, strong, footnote, source, origin, relative, name = %v and %d parts, want %v and %d",
						tt.q, got, len(l.parts), want, tt.parts)
					break
				}
			}
			if l.implied != tab.implied.read(tt.q) {
				t.Errorf("read(%q).implied = %+v, want %+v", tt.q, l.implied, tab.implied.read(tt.q))
			}
		})
	}
}

// TestNoFigureNeedsADigit checks what unstated leaves a line without a
// digit to: the pattern of what is no figure finds nothing on it, so that
// reading the line as it is reads it as the pattern would leave it.
func TestNoFigureNeedsADigit(t *testing.T) {
	tab := NewTables()
	tests := []struct {
		name, line string
		digit      bool
	}{
		{"a name with no version", "LLaMA 모델과 Loihi 칩", false},
		{"a year word with no year", "’년도 계획, 19세기", true},
		{"a quote and a year suffix", "‘이년’ 계획", false},
		{"a version", "LLaMA 2는 공개", true},
		{"a year", "2024년도 예산", true},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasDigit(tt.line); got != tt.digit {
				t.Errorf("hasDigit(%q) = %v, want %v", tt.line, got, tt.digit)
			}
			if !tt.digit && tab.implied.notFigure.MatchString(tt.line) {
				t.Errorf("notFigure matches %q, which holds no digit", tt.line)
			}
		})
	}
}
