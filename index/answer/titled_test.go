package answer_test

import "testing"

// TestTitledItemNamesSubBullet holds that a word of the title an item
// prints in brackets (「…」) says whose the figure on a sub-bullet under it
// is, however many passages use the word elsewhere; a figure on a line of
// its own in a passage that names the word elsewhere is not that title's.
func TestTitledItemNamesSubBullet(t *testing.T) {
	checkHedges(t, []hedgeCase{
		{"a count on a sub-bullet under the bracketed title", "AI-반도체 이니셔티브 기술혁신 과제 몇 개?", ""},
		{"a sum on another item of a passage naming the word", "미국 AI 이니셔티브 예산은 얼마야?", "이니셔티브"},
	})
}
