package search

import "testing"

// TestPartNamedFirst checks that a question naming a part of the report
// ("the English summary", 영문 요약) gets that part's passage first where
// one answers, though the body holds its words more often, and the body's
// passage where none of that part answers: the asker said where to look,
// but a part that says nothing of it leaves the answer to the rest. The
// questions are made up for the test.
func TestPartNamedFirst(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, section string
	}{
		{"English words and Korean, the summary answers", "english summary version of the 메모리 반도체 제언 for my slides", "summary-en"},
		{"Korean, the summary answers", "영문 요약에서 메모리 반도체 지원은?", "summary-en"},
		{"the summary does not answer", "영문 요약에서 NIH 예산 비중은?", "3.2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := leading(t, x, tt.q).Section; got != tt.section {
				t.Errorf("Rank(%q) leads with a passage of %s, want %s", tt.q, got, tt.section)
			}
		})
	}
}
