package answer_test

import "testing"

// TestSubjectDescribedElsewhere holds that a line stating a date or figure
// beside the company it names answers a question whose other words the
// passage uses on another of its lines to describe that company (its
// business): the figure is the company's. A word few passages hold names
// one thing and must still be on the figure's line, and without a company
// or country named beside the figure nothing is read so.
func TestSubjectDescribedElsewhere(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"the company's business on another line", "삼성전자 파운드리 사업의 2nm 공정 도입 시기는?", ""},
		{"a rare word names a part the line does not", "일본이 반도체 보조금 가운데 라피더스 몫으로 준 돈은 얼마?", "라피더스"},
		{"no company or country beside the figure", "이니셔티브에 배정된 예산 총액은 얼마?", "이니셔티브"},
	})
}
