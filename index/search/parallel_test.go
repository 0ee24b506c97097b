package search

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestParallel checks that a passage of a newly named country counts as
// the shown topic's item of it only where a line of it bears the label a
// shown line bears, and only for a country the question names that the
// shown passages are not filed under.
func TestParallel(t *testing.T) {
	x := mustIndex(t)
	shown := passageWith(t, x, "국방 분야를 제외한 미국 정부 기관에서 요구한")
	same := passageWith(t, x, "슈퍼컴퓨터 및 데이터센터를 포함한 인프라 투자")
	other := passageWith(t, x, "중국 교육부는 고급 인력 양성을 위한")
	old, fresh := x.Passages().Subject(shown), x.Passages().Subject(same)
	if old == "" || fresh == "" || old == fresh {
		t.Fatalf("subjects %q and %q: want two countries", old, fresh)
	}
	r := ranking{x}
	labels, subjects := r.topicLabels([]int{shown}), r.subjects([]int{shown})
	none := map[string]bool{}
	tests := []struct {
		name  string
		id    int
		asked map[string]bool
		want  bool
	}{
		{"the new country's item of the shown label", same, map[string]bool{fresh: true}, true},
		{"the new country's passage of another label", other, map[string]bool{fresh: true}, false},
		{"no country named", same, none, false},
		{"the shown country named again", shown, map[string]bool{old: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.parallel(tt.id, tt.asked, none, subjects, labels); got != tt.want {
				t.Errorf("parallel(%d, %v) = %v, want %v", tt.id, tt.asked, got, tt.want)
			}
		})
	}
}

// TestItemNamed checks that a follow-up's own word names the item of the
// shown list whose label holds it: a passage of the shown one's section,
// not one elsewhere that mentions the word, nor one the word was carried
// to, nor the shown item itself.
func TestItemNamed(t *testing.T) {
	x := mustIndex(t)
	shown := passageIn(t, x, "4.3", "(비메모리 반도체 분야 초격차 대응)")
	item := passageIn(t, x, "4.3", "(AI 소프트웨어 분야 초격차 대응)")
	elsewhere := passageIn(t, x, "4.1", "하드웨어부터 소프트웨어까지 통합적인 솔루션")
	r := ranking{x}
	sections := map[string]bool{"4.3": true}
	labels := r.topicLabels([]int{shown})
	carried := question.Concept{Terms: []string{"초격차"}, Carried: true}
	typed := func(term string) question.Query {
		return question.Query{Concepts: []question.Concept{carried, {Terms: []string{term}}}}
	}
	tests := []struct {
		name string
		id   int
		q    question.Query
		want bool
	}{
		{"the item the typed word labels", item, typed("소프트웨어"), true},
		{"a passage of another section holding the word", elsewhere, typed("소프트웨어"), false},
		{"the word carried, not typed", item, question.Query{Concepts: []question.Concept{{Terms: []string{"소프트웨어"}, Carried: true}}}, false},
		{"the shown item named again", shown, typed("비메모리"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.itemNamed(tt.id, tt.q, sections, labels); got != tt.want {
				t.Errorf("itemNamed(%d) = %v, want %v", tt.id, got, tt.want)
			}
		})
	}
}
