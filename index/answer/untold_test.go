package answer_test

import "testing"

// TestUntoldOfOnce holds that a detail asked of a thing the report names
// in one passage alone, in a word the report uses only in other passages,
// is one the report does not give of that thing: the reply is hedged on
// that word. Where the thing's passage holds the word, or the word is as
// everyday as a paraphrase, it answers.
func TestUntoldOfOnce(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a foundry told only of other chips", "For the Tigris project, what foundry does OpenAI use?", "foundry"},
		{"the same in Korean", "Tigris 칩의 파운드리는 어디야?", "파운드리"},
		{"the word in the thing's own passage", "What architecture does IBM's Telum processor have?", ""},
		{"the same in Korean", "IBM 텔럼 프로세서는 어떤 아키텍처야?", ""},
		{"an everyday word asked about", "Tigris 프로젝트의 목적은 뭐야?", ""},
	})
}
