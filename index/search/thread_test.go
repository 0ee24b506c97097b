package search

import (
	"context"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestThreadCountry: a message read as typed in a thread on one country
// that names another finds the thread's country's passage naming the other
// at its whole coverage, not scaled as another country's (threadCountries);
// a rewrite, a thread on the named country itself, and a thread whose
// country gives the named one an item of its own (a sited line) leave it
// scaled.
func TestThreadCountry(t *testing.T) {
	x := mustIndex(t)
	china := passageWith(t, x, "사용기기는 ‘27년까지 중국제품으로 교체")
	us := passageWith(t, x, "「CHIPS법」에 의거")
	eu := passageWith(t, x, "프랑스·벨기에·독일 등 주요 EU 회원국별로")
	if a, b := x.Passages().Subject(china), x.Passages().Subject(us); a == "" || b == "" || a == b {
		t.Fatalf("subjects %q and %q: want two countries", a, b)
	}
	cover := func(t *testing.T, asked question.Asked, id int) float64 {
		t.Helper()
		cs, err := x.Rank(context.Background(), x.Analyse(asked))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.ID == id {
				return c.Cover
			}
		}
		t.Fatalf("passage %d not ranked", id)
		return 0
	}
	products := question.Plain("미국 공기업 서버 사용 금지")
	cluster := question.Plain("독일 연구시설 입주 기업")
	tests := []struct {
		name   string
		asked  question.Asked
		id     int
		raised bool // covers more than read with nothing shown
	}{
		{"read alone in a thread on the passage's country", products.BesideAlone([]int{china}), china, true},
		{"rewritten in the same thread", products.Beside([]int{china}), china, false},
		{"read alone in a thread on the named country", products.BesideAlone([]int{us}), china, false},
		{"the thread's country has a sited item of the named one", cluster.BesideAlone([]int{eu}), eu, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plain := cover(t, question.Plain(tt.asked.Text()), tt.id)
			if got := cover(t, tt.asked, tt.id); (got > plain) != tt.raised {
				t.Errorf("cover %.3f against %.3f with nothing shown: raised %v, want %v", got, plain, got > plain, tt.raised)
			}
		})
	}
}

// TestRankLeavesOutPassagesItLacks ranks messages in a thread whose
// shown passages include one the index lacks, as a stored state from an
// index built of another document holds: Rank reads the others, as if
// that one were not shown, and does not fail.
func TestRankLeavesOutPassagesItLacks(t *testing.T) {
	x := mustIndex(t)
	china := passageWith(t, x, "사용기기는 ‘27년까지 중국제품으로 교체")
	lacked := len(x.doc.Passages)
	products := question.Plain("미국 공기업 서버 사용 금지")
	tests := []struct {
		name        string
		asked, want question.Asked
	}{
		{"read alone", products.BesideAlone([]int{china, lacked}), products.BesideAlone([]int{china})},
		{"rewritten", products.Beside([]int{lacked, china, -1}), products.Beside([]int{china})},
		{"nothing else shown", products.BesideAlone([]int{lacked}), products.BesideAlone(nil)},
	}
	ids := func(cs []Candidate) []int {
		out := make([]int, len(cs))
		for i, c := range cs {
			out[i] = c.ID
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := x.Rank(context.Background(), x.Analyse(tt.asked))
			if err != nil {
				t.Fatal(err)
			}
			want, err := x.Rank(context.Background(), x.Analyse(tt.want))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(got), ids(want)) || len(got) > 0 && got[0].Cover != want[0].Cover {
				t.Errorf("ranked %v, want %v as without the passage the index lacks", ids(got), ids(want))
			}
		})
	}
}
