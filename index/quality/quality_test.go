package quality_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/quality"
)

func TestMeasure(t *testing.T) {
	qs := []quality.Question{
		{ID: "a", Lang: "ko", Q: "q1", Gold: []string{"520억 달러"}, Section: []string{"3.1"}},
		{ID: "b", Lang: "en", Q: "q2", Gold: []string{"HBM3E"}, Section: []string{"2.2.1"}},
		{ID: "c", Q: "q3", Kind: quality.OutOfScope},
	}
	answers := map[string]answer.Answer{
		"q1": {Answered: true, Results: []answer.Result{{Section: "3.1", Excerpt: "미국은 520억  달러 규모"}}},
		"q2": {Answered: true, Results: []answer.Result{{Section: "1.1", Excerpt: "other"}, {Section: "2.2.1.마", Excerpt: "x", Sources: []string{"hbm3e 양산"}}}},
		"q3": {Answered: false},
	}
	m, err := quality.Measure(func(q string) (answer.Answer, error) { return answers[q], nil }, qs)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		got, want float64
	}{
		{"hit@1", m.Hit1, 0.5},
		{"hit@3 (white space and case aside, sources count)", m.Hit3, 1},
		{"section@1", m.Section1, 0.5},
		{"answer_rate", m.AnswerRate, 1},
		{"oos_reject", m.OOSReject, 1},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %.3f, want %.3f", tt.name, tt.got, tt.want)
		}
	}
}

func TestLoadConversations(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		want    []quality.Conversation
		wantErr error
	}{
		{
			name: "turns take the conversation's id and language",
			file: `{"id": "c1", "lang": "en", "turns": [{"q": "a?", "gold": ["x"], "kind": "fact"}, {"q": "b?", "kind": "out_of_scope"}]}` + "\n\n",
			want: []quality.Conversation{{ID: "c1", Lang: "en", Turns: []quality.Question{
				{ID: "c1#1", Lang: "en", Q: "a?", Gold: []string{"x"}, Kind: "fact"},
				{ID: "c1#2", Lang: "en", Q: "b?", Kind: quality.OutOfScope},
			}}},
		},
		{name: "a conversation without turns", file: `{"id": "c1", "lang": "ko", "turns": []}`, wantErr: quality.ErrNoTurns},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "c.jsonl")
			if err := os.WriteFile(path, []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := quality.LoadConversations(path)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// chat is a fake bot that answers a follow-up "and X?" with X's passage
// only when it has been asked about something before in the same chat.
type chat struct{ asked int }

func (c *chat) ask(q string) (answer.Answer, error) {
	c.asked++
	if strings.HasPrefix(q, "and ") && c.asked == 1 {
		return answer.Answer{Answered: false}, nil
	}
	topic := strings.TrimSuffix(strings.TrimPrefix(q, "and "), "?")
	return answer.Answer{Answered: true, Results: []answer.Result{{Section: "1", Excerpt: "about " + topic}}}, nil
}

func TestMeasureConversations(t *testing.T) {
	cs := []quality.Conversation{
		{ID: "a", Turns: []quality.Question{{Q: "korea?", Gold: []string{"about korea"}}, {Q: "and japan?", Gold: []string{"about japan"}}}},
		{ID: "b", Turns: []quality.Question{{Q: "chips?", Gold: []string{"about chips"}}, {Q: "and price?", Kind: quality.OutOfScope}}},
	}
	started := 0
	first, follow, err := quality.MeasureConversations(func() quality.Asker {
		started++
		c := &chat{}
		return c.ask
	}, cs)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		got, want float64
	}{
		{"each conversation in a chat of its own", float64(started), 2},
		{"first turns", float64(first.N), 2},
		{"first turns hit@1", first.Hit1, 1},
		{"follow-ups", float64(follow.N), 2},
		{"follow-ups read with their chat hit@1", follow.Hit1, 1},
		{"an out-of-scope follow-up answered is not flagged", follow.OOSFlagged, 0},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}
