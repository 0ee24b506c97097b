package answer_test

import "testing"

// TestLeftOutByBoth holds that a word the question names only to leave it
// out ("국방을 제외한") agrees with a passage that leaves it out too: the
// passage's figure is the rest's, which is what is asked. A question about
// that word itself is still hedged when the passage only leaves it out.
func TestLeftOutByBoth(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"left out with a particle", "국방을 제외한 미국 정부의 2024년 AI 연구개발 예산은?", ""},
		{"left out in brackets", "미국 정부 AI 연구개발 예산(국방 제외)은 2024년에 얼마?", ""},
		{"asked about itself", "국방 분야 AI 예산은 얼마?", "국방"},
	})
}
