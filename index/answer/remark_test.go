package answer_test

import "testing"

// TestRemarkNamesNoSubject holds that a country or company named only
// after the last question mark (what the asker will set the answer
// beside) is no subject of the figure asked: the figure must be of the
// one the question names, and another's is no answer to it.
func TestRemarkNamesNoSubject(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"the other country is a remark", "For 2023, what did Taiwan's government invest in AI R&D? I will put it beside Japan's.", "Taiwan"},
		{"the country asked is the one the report gives", "For 2023, what did Japan's government invest in AI R&D? I will put it beside Taiwan's.", ""},
	})
}

// TestKoreanRemarkIsNoDetail holds that the words of a Korean run left
// open after the question that ends as a clause of purpose or reason or a
// noun of use (the asker's own work) bind no figure, set no side of a
// comparison and do not count among the words the report must use: the
// question is answered as it would be without them.
func TestKoreanRemarkIsNoDetail(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a remark of reason binds nothing", "만인계획은 몇 명을 키우는 게 목표예요? 주요국 자료 만드는 중이라서요", ""},
		{"a remark of purpose sets no side", "만인계획은 몇 명을 키우는 게 목표예요? 주요국과 비교하려고", ""},
		{"a remark of purpose is no word the report lacks", "보고서 발행일이 언제인가요? 팀 문서에 표기하려고", ""},
	})
}

// TestAboutHowMuchNamesNoUnit holds that "몇 정도" (about how much) asks a
// figure in no unit: a line that states the figure answers it.
func TestAboutHowMuchNamesNoUnit(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"spaced", "중국 AI 기술 수준은 미국이랑 비교하면 몇 정도야?", ""},
		{"typed on", "중국 AI 기술 수준은 미국이랑 비교하면 몇정도라고 나와?", ""},
	})
}
