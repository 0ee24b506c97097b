package search

import (
	"context"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/question"
)

// TestNextTo checks where a follow-up's answer may go on: the passage
// shown and the passages beside it in its section, and nowhere for a
// question of its own or a rewrite with nothing shown.
func TestNextTo(t *testing.T) {
	x := mustIndex(t)
	msg := question.Plain("생산시설은 어디에 있어?")
	shown := passageWith(t, x, "신규 생산시설 11곳 중 9곳")
	ps := x.doc.Passages
	tests := []struct {
		name  string
		asked question.Asked
		marks bool // some passage is marked
	}{
		{"a question of its own", question.Plain("미국 반도체 생산시설 어디"), false},
		{"a rewrite with nothing shown", msg.Rewrite("미국 반도체 생산시설 어디"), false},
		{"a rewrite beside a shown passage", msg.Rewrite("미국 반도체 생산시설 어디").Beside([]int{shown}), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ranking{x}
			q := x.Analyse(tt.asked)
			next := r.nextTo(r.feedback(q.Near), r.leaning(q))
			if got := len(next) > 0; got != tt.marks {
				t.Fatalf("nextTo marks passages = %v, want %v", got, tt.marks)
			}
			for id := range next {
				d := id - shown
				want := d == 0 || (d == 1 || d == -1) && ps[id].Section == ps[shown].Section
				// Past the next passage, the item goes on while no
				// passage of the section opens another, the next one
				// included: a labelled next passage is shown, and ends
				// the item there.
				for n := shown + 1; d > 1 && n <= id; n++ {
					want = ps[n].Section == ps[shown].Section && (n == shown+1 || want && !labelled(x, n-1) && !labelled(x, n))
				}
				if next[id] != want {
					t.Errorf("passage %d (section %s, shown %d in %s): marked %v, want %v", id, ps[id].Section, shown, ps[shown].Section, next[id], want)
				}
			}
		})
	}
}

// labelled tells whether passage id's first line opens with an item's
// label, "(X) …".
func labelled(x *Index, id int) bool {
	first, _, _ := strings.Cut(x.doc.Passages[id].Text, "\n")
	return corpus.ItemLabel(first) != ""
}

// TestNextToGoesOnWithItem checks that the passages after a shown one are
// marked up to where its section opens its next item with a labelled
// line, and past the next passage only while none opens one.
func TestNextToGoesOnWithItem(t *testing.T) {
	x := mustIndex(t)
	r := ranking{x}
	// 4.3 files its recommendations as items, each opened by a labelled
	// line; the one on non-memory chips goes on over three passages with
	// no label before the software item opens.
	nonMemory := passageIn(t, x, "4.3", "(비메모리 반도체 분야 초격차 대응)")
	mid := passageIn(t, x, "4.3", "물리적 생태계 조성에 집중")
	software := passageIn(t, x, "4.3", "(AI 소프트웨어 분야 초격차 대응)")
	memory := passageIn(t, x, "4.3", "(메모리 반도체 초격차 확보)")
	tests := []struct {
		name      string
		shown     int
		marked    []int
		notMarked []int
	}{
		{"a passage inside an item: on to the item's end", mid, []int{nonMemory, mid, mid + 1, software - 1}, []int{software, nonMemory - 1}},
		{"an item's head followed by another head: the next passage only", memory, []int{memory - 1, memory, nonMemory}, []int{nonMemory + 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain("구체적으로는?").Rewrite("비메모리 협력 구체적").Beside([]int{tt.shown}))
			next := r.nextTo(r.feedback(q.Near), r.leaning(q))
			if next == nil {
				t.Fatal("the rewrite beside a shown passage marks no passage")
			}
			for _, id := range tt.marked {
				if !next[id] {
					t.Errorf("passage %d: marked false, want true", id)
				}
			}
			for _, id := range tt.notMarked {
				if next[id] {
					t.Errorf("passage %d: marked true, want false", id)
				}
			}
		})
	}
}

// TestTypedHeld checks the share of the typed words a passage holds: all
// of them where it states each, none where it states none, and 0 for a
// question that does not lean.
func TestTypedHeld(t *testing.T) {
	x := mustIndex(t)
	r := ranking{x}
	shown := passageWith(t, x, "신규 생산시설 11곳 중 9곳")
	elsewhere := passageWith(t, x, "Telum 프로세서를 발표")
	tests := []struct {
		name  string
		asked question.Asked
		id    int
		want  float64
	}{
		{"a passage stating the typed word", question.Plain("생산시설은?").Rewrite("미국 생산시설"), shown, 1},
		{"a passage stating no typed word", question.Plain("생산시설은?").Rewrite("미국 생산시설"), elsewhere, 0},
		{"a question of its own", question.Plain("미국 생산시설"), shown, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(tt.asked)
			own := make([]float64, len(q.Concepts))
			r.heldBy(q, x.matcher(q.Concepts), tt.id, q.Weight(), own)
			if got := r.leaning(q).typedHeld(q, own); got != tt.want {
				t.Errorf("typedHeld = %.3f, want %.3f", got, tt.want)
			}
		})
	}
}

// TestRankGoesOn checks that Rank puts first the candidates that can
// answer, reading a passage where the shown topic goes on and that holds
// enough of the typed words by its topical coverage, and every other by
// its own.
func TestRankGoesOn(t *testing.T) {
	x := mustIndex(t)
	// A company's profile goes on with its edge devices in a passage that
	// names neither the company nor its chips: the carried words are held
	// there only as the shown topic goes on.
	shown := passageWith(t, x, "쿠다(CUDA) 소프트웨어")
	q := x.Analyse(question.Plain("엣지 부문은?").Rewrite("엔비디아 GPU 엣지 부문").Beside([]int{shown}))
	ranked, err := x.Rank(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	r := ranking{x}
	next := r.nextTo(r.feedback(q.Near), r.leaning(q))
	if len(next) == 0 {
		t.Fatal("the rewrite beside a shown passage marks no passage")
	}
	m := x.matcher(q.Concepts)
	own := make([]float64, len(q.Concepts))
	lean := r.leaning(q)
	goesOn, first, lifted := 0, true, 0
	for _, c := range ranked {
		r.heldBy(q, m, c.ID, q.Weight(), own)
		want := c.Cover >= x.p.MinCoverage
		if next[c.ID] && lean.typedHeld(q, own) >= x.p.NextTyped {
			want = c.Topical >= x.p.MinCoverage
			goesOn++
			if want && c.Cover < x.p.MinCoverage {
				lifted++
			}
		}
		if c.answers != want {
			t.Errorf("passage %d: answers %v, want %v (cover %.2f, topical %.2f)", c.ID, c.answers, want, c.Cover, c.Topical)
		}
		if c.answers && !first {
			t.Errorf("passage %d answers but follows one that does not", c.ID)
		}
		first = first && c.answers
	}
	if goesOn == 0 || lifted == 0 {
		t.Errorf("%d candidates go on from the shown passage, %d of them answering only as the topic goes on; want some of each", goesOn, lifted)
	}
}
