package answer_test

import (
	"slices"
	"testing"
)

// TestPartsStatedAlone holds that a question asking two things at once has
// the date or figure of one part stated beside that part's own words: the
// words of another part that asks its own question are not what the value
// is of. A part that only tells (what the report mentions elsewhere) still
// says what the value is of, and so does the other part where the one that
// asks the value names no country, company, name or code of its own.
func TestPartsStatedAlone(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a date, then which chips", "When did TSMC begin CoWoS packaging, and what NVIDIA GPUs use it?", ""},
		{"a year, then what for", "IBM Telum 칩 발표 연도랑 어떤 용도로 쓰이는지", ""},
		{"a figure for each of two models", "How many parameters does PaLM-E have, and how many does LLaMA 3 have?", ""},
		{"a part that tells what the figure is of", "How much went to chip subsidies in Japan? the report names Rapidus in its second stage", "Rapidus"},
		{"a part that names nothing of its own", "삼성 1.4nm 양산 목표 연도랑 패키징 도입 연도", "패키징"},
	})
}

// TestSubBulletStatedUnder holds that a sum, a figure in a unit or a
// count that a sub-bullet states is of the item it sits under: the name,
// code, year or country that item names, or a word of the report's own
// that names one thing as a name does (few passages hold it), need not be
// repeated on the sub-bullet's line. A word many passages hold names no
// one thing: on the item above, it does not say whose the figure is.
func TestSubBulletStatedUnder(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a rate in Korean", "대만 CHIPS법 연구개발 세액공제 몇 %야?", ""},
		{"a rate in English", "Taiwan CHIPS Act: what % credit for EUV equipment investment?", ""},
		{"a rate under an item named by a rare word of the report's own", "대만형 칩스법의 EUV 설비투자 공제율은 몇 %?", ""},
		{"a count under an item dated by its year", "How many technology tasks did the 2024 AI-semiconductor initiative set?", ""},
		{"a word many items use is no name", "AI 반도체 이니셔티브 예산은 얼마 붙었어?", "이니셔티브"},
	})
}

// hedgeCase is a question the engine answers, and the word its hedge must
// name ("" for an answer without a hedge).
type hedgeCase struct {
	name, q string
	missing string
}

// checkHedges asks each case and checks that it is answered, hedged on
// the word named or not hedged at all.
func checkHedges(t *testing.T, tests []hedgeCase) {
	t.Helper()
	e := mustEngine(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustAnswer(t, e, tt.q)
			switch got := a.Missing; {
			case tt.missing == "" && len(got) > 0:
				t.Errorf("%q: hedged on %v, want an answer", tt.q, got)
			case tt.missing != "" && !slices.Contains(got, tt.missing):
				t.Errorf("%q: missing %v, want %q named", tt.q, got, tt.missing)
			}
		})
	}
}
