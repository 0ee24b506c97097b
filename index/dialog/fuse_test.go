package dialog

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

// results are answer results of the passages ids, in that order.
func results(ids ...int) []answer.Result {
	var out []answer.Result
	for _, id := range ids {
		out = append(out, answer.Result{PassageID: id})
	}
	return out
}

func passageIDs(rs []answer.Result) []int {
	var out []int
	for _, r := range rs {
		out = append(out, r.PassageID)
	}
	return out
}

func TestFuseResults(t *testing.T) {
	tests := []struct {
		name           string
		carried, alone []int
		w, k           float64
		n              int
		want           []int
	}{
		{"the same lists stay", []int{1, 2, 3}, []int{1, 2, 3}, 1, 1, 3, []int{1, 2, 3}},
		{"the own reading's best takes the last place", []int{1, 2, 3}, []int{7, 8, 9}, 1, 1, 3, []int{1, 2, 7}},
		{"a heavier own reading fills the rest", []int{1, 2, 3}, []int{7, 8, 9}, 2, 1, 3, []int{1, 7, 8}},
		{"a little heavier takes the second", []int{1, 2, 3}, []int{7, 8, 9}, 1.5, 1, 3, []int{1, 7, 2}},
		{"a light own reading changes nothing", []int{1, 2, 3}, []int{7, 8, 9}, 0.5, 1, 3, []int{1, 2, 3}},
		{"the first stays where the own reading puts it last", []int{1, 2, 3}, []int{3, 9, 1}, 1, 1, 3, []int{1, 3, 2}},
		{"both lists holding a passage lift it", []int{1, 2, 3}, []int{9, 3}, 1, 1, 3, []int{1, 3, 2}},
		{"up to n", []int{1, 2}, []int{7, 8}, 1, 1, 2, []int{1, 2}},
		{"nothing carried", nil, []int{7}, 1, 1, 3, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := passageIDs(fuseResults(results(tt.carried...), results(tt.alone...), tt.w, tt.k, tt.n))
			if !slices.Equal(got, tt.want) {
				t.Errorf("fuseResults(%v, %v) = %v, want %v", tt.carried, tt.alone, got, tt.want)
			}
		})
	}
}

func TestFuseResultsKeepsTheRewritesExcerpt(t *testing.T) {
	carried := []answer.Result{{PassageID: 1}, {PassageID: 2, Excerpt: "the rewrite's"}, {PassageID: 3}}
	alone := []answer.Result{{PassageID: 2, Excerpt: "the message's"}}
	got := fuseResults(carried, alone, 1, 1, 3)
	if len(got) < 2 {
		t.Fatalf("fuseResults = %v, want at least two results", passageIDs(got))
	}
	if got[1].PassageID != 2 || got[1].Excerpt != "the rewrite's" {
		t.Errorf("fuseResults kept %+v second, want passage 2 with the rewrite's excerpt", got[1])
	}
}

// askerOf answers every question with a.
type askerOf answer.Answer

func (a askerOf) Ask(context.Context, question.Asked, int) (answer.Answer, error) {
	return answer.Answer(a), nil
}

func (askerOf) Near(answer.Answer) (answer.Answer, bool) { return answer.Answer{}, false }

func TestFusedTrustsOnlyASureReading(t *testing.T) {
	x := loadIndex(t)
	r := Reply{Answer: answer.Answer{Answered: true, Results: results(1, 2, 3)}, FollowUp: true}
	tests := []struct {
		name  string
		alone answer.Answer
		want  []int
	}{
		{"sure", answer.Answer{Answered: true, Results: results(7, 8, 9)}, []int{1, 2, 7}},
		{"hedged", answer.Answer{Answered: true, Missing: []string{"단가"}, Results: results(7, 8, 9)}, []int{1, 2, 3}},
		{"declined", answer.Answer{Results: results(7, 8, 9)}, []int{1, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := New(x, askerOf(tt.alone), Defaults())
			got, err := e.fused(context.Background(), r, question.Plain("그 회사 매출은?"), message{}, 3)
			if err != nil {
				t.Fatalf("fused: %v", err)
			}
			if ids := passageIDs(got.Answer.Results); !slices.Equal(ids, tt.want) {
				t.Errorf("fused results = %v, want %v", ids, tt.want)
			}
		})
	}
}

// noNear is the part of a fake Asker that has no hedge for a decline.
type noNear struct{}

func (noNear) Near(answer.Answer) (answer.Answer, bool) { return answer.Answer{}, false }

// failingAsker fails every ask with err.
type failingAsker struct {
	noNear
	err error
}

func (a failingAsker) Ask(context.Context, question.Asked, int) (answer.Answer, error) {
	return answer.Answer{}, a.err
}

// TestFusedPassesOnTheError checks that a message read alone that cannot
// be asked fails the reply, as the rewrite's asking would, rather than
// leaving it as though the reading had found nothing.
func TestFusedPassesOnTheError(t *testing.T) {
	x := loadIndex(t)
	r := Reply{Answer: answer.Answer{Answered: true, Results: results(1, 2, 3)}, FollowUp: true}
	tests := []struct {
		name string
		ask  Asker
		want error
	}{
		{"cancelled", failingAsker{err: context.Canceled}, context.Canceled},
		{"answered", askerOf(answer.Answer{Answered: true, Results: results(7)}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(x, tt.ask, Defaults()).fused(context.Background(), r, question.Plain("그 회사 매출은?"), message{}, 3)
			if !errors.Is(err, tt.want) || (err == nil) != (tt.want == nil) {
				t.Errorf("fused error = %v, want %v", err, tt.want)
			}
		})
	}
}

// countingAsker answers every ask with the same answer and counts them.
type countingAsker struct {
	noNear
	ans   answer.Answer
	calls int
}

func (a *countingAsker) Ask(context.Context, question.Asked, int) (answer.Answer, error) {
	a.calls++
	return a.ans, nil
}

// TestAskAloneAsksOnce checks that a message is asked as typed once however
// many readings weigh it, and that each gets slices of its own.
func TestAskAloneAsksOnce(t *testing.T) {
	x := loadIndex(t)
	fake := &countingAsker{ans: answer.Answer{Answered: true, Results: results(7, 8, 9), Missing: []string{"단가"}}}
	e := New(x, fake, Defaults())
	asked := question.Plain("그 회사 매출은?")
	m := message{alone: &aloneAnswer{}}
	first, err := e.askAlone(context.Background(), asked, m, 3)
	if err != nil {
		t.Fatal(err)
	}
	first.Results[0], first.Missing[0] = answer.Result{PassageID: 99}, "바뀐 말"
	second, err := e.askAlone(context.Background(), asked, m, 3)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fake.calls, 1; got != want {
		t.Errorf("asks = %d, want %d", got, want)
	}
	if got, want := passageIDs(second.Results), []int{7, 8, 9}; !slices.Equal(got, want) {
		t.Errorf("second results = %v, want %v (the first caller's change leaked)", got, want)
	}
	if got, want := second.Missing, []string{"단가"}; !slices.Equal(got, want) {
		t.Errorf("second missing = %v, want %v", got, want)
	}
	if _, err := e.askAlone(context.Background(), asked, m, 5); err != nil || fake.calls != 2 {
		t.Errorf("asking for another number of results: calls %d, err %v; want a new ask", fake.calls, err)
	}
}
