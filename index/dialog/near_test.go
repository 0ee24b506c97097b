package dialog

import (
	"context"
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

func TestInShownSection(t *testing.T) {
	shown := Turn{Answered: true, Evidence: []Evidence{{PassageID: 1, Section: "3.1"}, {PassageID: 2, Section: "2.2.1.가"}}}
	res := func(secs ...string) []answer.Result {
		var out []answer.Result
		for i, s := range secs {
			out = append(out, answer.Result{PassageID: 10 + i, Section: s})
		}
		return out
	}
	tests := []struct {
		name string
		res  []answer.Result
		want bool
	}{
		{"first result in a shown section", res("3.1", "4.2"), true},
		{"third result in a shown section", res("1.1", "4.2", "2.2.1.가"), true},
		{"only past the shown results", res("1.1", "4.2", "4.3", "3.1"), false},
		{"no shown section", res("1.1", "4.2"), false},
		{"a section's parent is not the section", res("2.2.1"), false},
		{"no results", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inShownSection(tt.res, shown); got != tt.want {
				t.Errorf("inShownSection = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestNearThread checks that a follow-up declined read alone is hedged
// where its closest passages stand in a section the thread's answer showed,
// naming the word it typed that they lack, and stays declined where its
// closest passages are in other sections. A hedged turn counts the
// results it shows.
func TestNearThread(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name        string
		msgs        []string
		wantHedged  bool
		wantMissing string
	}{
		{"near passages in the shown section", []string{"일본 반도체 보조금 얼마야?", "2021년 대책 뭐였지?"}, true, "대책"},
		{"near passages outside the shown sections", []string{"일본 반도체 보조금 얼마야?", "엔비디아 주가 전망은?"}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.msgs...)
			got := rs[len(rs)-1]
			if hedged := got.Answer.Answered && len(got.Answer.Missing) > 0; hedged != tt.wantHedged {
				t.Fatalf("hedged = %v (answered %v, missing %v), want %v", hedged, got.Answer.Answered, got.Answer.Missing, tt.wantHedged)
			}
			if tt.wantHedged && !slices.Contains(got.Answer.Missing, tt.wantMissing) {
				t.Errorf("missing = %v, want it to hold %q", got.Answer.Missing, tt.wantMissing)
			}
			if tt.wantHedged && got.Turn.Shown != len(got.Answer.Results) {
				// a "more" after the hedge goes on past what it showed
				t.Errorf("turn's Shown = %d, want the %d results the hedge shows", got.Turn.Shown, len(got.Answer.Results))
			}
			if !tt.wantHedged && got.Answer.Answered {
				t.Errorf("answered, want declined")
			}
		})
	}
}

// stubAsker answers every question read alone with alone, and gives the
// hedge of a declined answer by its question: aloneNear for alone's,
// near for any other.
type stubAsker struct{ alone, near, aloneNear answer.Answer }

func (s stubAsker) Ask(context.Context, question.Asked, int) (answer.Answer, error) {
	return s.alone, nil
}

func (s stubAsker) Near(a answer.Answer) (answer.Answer, bool) {
	h := s.near
	if a.Question == s.alone.Question {
		h = s.aloneNear
	}
	return h, len(h.Results) > 0
}

// TestNearThreadCarried checks a declined follow-up whose closest
// passages, in a section the thread showed, lack only words the thread
// carried: it is answered by the message read alone where that answers,
// else by those passages with no hedge; and stays declined where the
// message names a topic of its own that, read alone, lacks a word the
// asker typed. Passages lacking a typed word still hedge on it.
func TestNearThreadCarried(t *testing.T) {
	x := loadIndex(t)
	inShown := []answer.Result{{PassageID: 20, Section: "3.1"}, {PassageID: 21, Section: "4.2"}}
	elsewhere := []answer.Result{{PassageID: 30, Section: "1.1"}}
	declined := answer.Answer{Question: "alone"}
	tests := []struct {
		name        string
		msg         string
		near        answer.Answer
		alone       answer.Answer
		aloneNear   answer.Answer
		wantAnswer  bool
		wantMissing []string
		wantFirst   int
		readAlone   bool // the reply read the message as typed, no follow-up
	}{
		{"lacking only carried words: the passages answer", "그건 언제야?",
			answer.Answer{Answered: true, Results: inShown, Missing: []string{"보조금"}},
			declined, answer.Answer{}, true, nil, 20, false},
		{"lacking only carried words: the message read alone answers", "그건 언제야?",
			answer.Answer{Answered: true, Results: inShown, Missing: []string{"보조금"}},
			answer.Answer{Question: "alone", Answered: true, Results: elsewhere}, answer.Answer{}, true, nil, 30, false},
		{"a typed word lacking: hedged on it", "그건 언제 발표했어?",
			answer.Answer{Answered: true, Results: inShown, Missing: []string{"보조금", "발표"}},
			declined, answer.Answer{}, true, []string{"발표"}, 20, false},
		{"its own topic read alone lacks a typed word: declined", "일본 예산은?",
			answer.Answer{Answered: true, Results: inShown, Missing: []string{"보조금"}},
			declined, answer.Answer{Question: "alone", Answered: true, Results: elsewhere, Missing: []string{"예산"}}, false, nil, 0, false},
		{"lacking only carried words outside the shown sections: declined", "그건 언제야?",
			answer.Answer{Answered: true, Results: elsewhere, Missing: []string{"보조금"}},
			declined, answer.Answer{}, false, nil, 0, false},
		{"read as typed, lacking words it did not type: declined", "When did Japan fund chips?",
			answer.Answer{Answered: true, Results: inShown, Missing: []string{"보조금"}},
			declined, answer.Answer{}, false, nil, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := New(x, stubAsker{alone: tt.alone, near: tt.near, aloneNear: tt.aloneNear}, Defaults())
			var st State
			st.Add(Turn{Question: "q", Asked: "q", Answered: true, Evidence: []Evidence{{PassageID: 1, Section: "3.1"}}}, e.Params().MaxTurns)
			asked := question.Plain(tt.msg)
			r := Reply{FollowUp: !tt.readAlone, Answer: answer.Answer{Question: "rewrite"}, Turn: Turn{Question: tt.msg, Asked: "rewrite"}}
			got := e.nearThread(context.Background(), r, st, asked, e.read(asked), answer.Shown)
			if got.Answer.Answered != tt.wantAnswer {
				t.Fatalf("answered = %v, want %v", got.Answer.Answered, tt.wantAnswer)
			}
			if !tt.wantAnswer {
				return
			}
			if !slices.Equal(got.Answer.Missing, tt.wantMissing) {
				t.Errorf("missing = %v, want %v", got.Answer.Missing, tt.wantMissing)
			}
			if first := got.Answer.Results[0].PassageID; first != tt.wantFirst {
				t.Errorf("first result = passage %d, want %d", first, tt.wantFirst)
			}
		})
	}
}
