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

// TestAskedWhetherGiven holds that a question whether the report gives
// something ("…도 나와 있어?") asks for what it names: a noun the report
// never uses among the words that end it is a detail the report does not
// give, however plain the word, while one before the question's last verb
// is only how the thing asked for is described. The sentences are made up
// for the test.
func TestAskedWhetherGiven(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a plain noun asked whether given", "삼성전자 2nm 공정 수율도 나와 있어?", "수율"},
		{"one noun of two", "삼성전자 2nm 공정 수율 목표치도 있어?", "수율"},
		{"what the report gives", "삼성전자 2nm 공정 계획 나와 있어?", ""},
		{"a noun before the last verb", "수율 높인 삼성전자 2nm 공정 계획도 있어?", ""},
	})
}

// TestPassingCountryBinds holds that a country the report names only in
// passing is still the one whose date or figure is asked: a line that
// dates another country's measure does not answer for it. The sentences
// are made up for the test.
func TestPassingCountryBinds(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a country named in passing", "When did the Netherlands restrict chip tool sales to China?", "Netherlands"},
		{"a covered country", "When did Japan join the chip tool export controls on China?", ""},
	})
}

// TestListedNounsAskedWhetherGiven holds that a noun joined to the next by
// a particle that lists or adds things ("…이나", "…도") is one of the
// things a question whether the report gives something asks for, though
// the analyser reads such a word as a verb. The sentences are made up for
// the test.
func TestListedNounsAskedWhetherGiven(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a noun with 도 after a listed one", "엔비디아 Blackwell 공개 연도나 공정 노드도 있어?", "노드"},
		{"a noun with 이나 before another", "삼성전자 2nm 공정 수율이나 목표치도 있어?", "수율"},
		{"nouns the report uses", "삼성전자 2nm 공정 계획이나 일정도 나와 있어?", ""},
	})
}
