package dialog

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
)

// TestAnsweringStatesMostAsked holds that the quote a request for more goes
// on from is the one stating the most of what the question asked of its
// topic, the first of those on a tie, the first stating any where the
// question asked a figure, and the first of the report's own text where
// none states an asked word.
func TestAnsweringStatesMostAsked(t *testing.T) {
	e, _ := newEngine(t)
	doc := e.x.Document()
	var body []int
	for i, p := range doc.Passages {
		if p.Kind != corpus.KindRef && len(body) < 3 {
			body = append(body, i)
		}
	}
	ref := slices.IndexFunc(doc.Passages, func(p corpus.Passage) bool { return p.Kind == corpus.KindRef })
	if len(body) < 3 || ref < 0 {
		t.Fatalf("the report has %d body passages and reference entry %d; the test needs three and one", len(body), ref)
	}
	slots := []Slot{
		{Kind: SlotCountry, Text: "한국"},
		{Kind: SlotWord, Text: "정부"},
		{Kind: SlotWord, Text: "지원"},
		{Kind: SlotWord, Text: "문제점"},
	}
	ev := func(id int, excerpt string) Evidence { return Evidence{PassageID: id, Excerpt: excerpt} }
	tests := []struct {
		name     string
		asked    string
		evidence []Evidence
		want     int
	}{
		{"the quote stating more asked words, ranked second", "", []Evidence{
			ev(body[0], "한국 정부는 발표"), ev(body[1], "정부 지원의 문제점"), ev(body[2], "지원 확대")}, 1},
		{"a figure asked: the first quote stating an asked word, whose line answers", "한국 정부 지원 문제점 얼마", []Evidence{
			ev(body[0], "한국 정부는 발표"), ev(body[1], "정부 지원의 문제점"), ev(body[2], "지원 확대")}, 0},
		{"the first of those stating as many", "", []Evidence{
			ev(body[0], "정부 발표"), ev(body[1], "지원 확대"), ev(body[2], "문제점")}, 0},
		{"the topic alone states nothing asked", "", []Evidence{
			ev(body[0], "한국 발표"), ev(body[1], "정부 지원")}, 1},
		{"a reference entry states nothing", "", []Evidence{
			ev(ref, "정부 지원의 문제점"), ev(body[0], "지원")}, 1},
		{"none states an asked word: the first body quote", "", []Evidence{
			ev(ref, "참고"), ev(body[0], "발표"), ev(body[1], "확대")}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.answering(Turn{Asked: tt.asked, Slots: slots, Evidence: tt.evidence}); got != tt.want {
				t.Errorf("answering() = %d, want %d", got, tt.want)
			}
		})
	}
}
