package bot

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stepi-tools/reportbot/bot/store"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/shelf"
)

// threadEvent is an app_mention (mention true) or a plain channel message
// posted in the thread whose root is thread.
func threadEvent(eventID, channel, user, ts, thread, text string, mention bool) string {
	ev := map[string]any{"type": "app_mention", "channel": channel, "user": user, "ts": ts, "text": text, "event_ts": ts}
	if !mention {
		ev["type"], ev["channel_type"] = "message", "channel"
	}
	if thread != "" {
		ev["thread_ts"] = thread
	}
	b, _ := json.Marshal(map[string]any{"type": "event_callback", "event_id": eventID, "team_id": "T1", "event": ev})
	return string(b)
}

// forgetfulDeduper lets every delivery through, as a store that lost its
// keys would: the conversation must still record each message once.
type forgetfulDeduper struct{}

func (forgetfulDeduper) FirstTime(context.Context, string, time.Duration) (bool, error) {
	return true, nil
}

// testClock is a clock the test moves by hand.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *testClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// postsIn returns the shown text of the replies posted in a thread, in order.
func postsIn(h *harness, channel, thread string) []string {
	var out []string
	for _, p := range h.slack.snapshotPosts() {
		if p.Channel == channel && p.ThreadTS == thread {
			out = append(out, shownText(p.Blocks))
		}
	}
	return out
}

func TestFollowUpConversations(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	sh, err := shelf.New(shelf.NewReport(x))
	if err != nil {
		t.Fatal(err)
	}
	series := x.Document().Meta.Series
	withDialog := func(extra func(*Options)) func(*Options) {
		return func(o *Options) {
			o.Searcher, o.Dialog = sh, sh
			if extra != nil {
				extra(o)
			}
		}
	}
	const understood = "이해한 질문"

	t.Run("a thread of three turns", func(t *testing.T) {
		h := newHarness(t, withDialog(nil))
		turns := []struct{ ts, text, want string }{
			{"100.1", "<@UBOT> 미국은 반도체법으로 얼마를 지원해?", "520억 달러"},
			{"100.2", "<@UBOT> 대만은?", "대만 · 반도체법"},
			{"100.3", "<@UBOT> 출처는?", "출처 · "},
		}
		for i, turn := range turns {
			thread := "100.1"
			if i == 0 {
				thread = ""
			}
			h.postEvent(t, threadEvent("Ev"+turn.ts, "C1", "U1", turn.ts, thread, turn.text, true), nil)
			h.bot.Wait()
			got := postsIn(h, "C1", "100.1")
			if len(got) != i+1 {
				t.Fatalf("turn %d: got %d replies in the thread, want %d", i+1, len(got), i+1)
			}
			if !strings.Contains(got[i], turn.want) {
				t.Errorf("turn %d (%s): got reply\n%s\nwant it to contain %q", i+1, turn.text, got[i], turn.want)
			}
			if hasLine := strings.Contains(got[i], understood); hasLine != (i > 0) {
				t.Errorf("turn %d: got understood line %v, want %v", i+1, hasLine, i > 0)
			}
		}
	})

	t.Run("a DM conversation and starting over", func(t *testing.T) {
		h := newHarness(t, withDialog(func(o *Options) { o.DMContext = 10 * time.Minute }))
		msgs := []struct{ ts, text, want string }{
			{"200.1", "미국은 반도체법으로 얼마를 지원해?", "520억 달러"},
			{"200.2", "대만은?", "대만 · 반도체법"},
			{"200.3", "새 질문", "새 대화를 시작합니다"},
			{"200.4", "대만은?", ""},
		}
		for i, m := range msgs {
			h.postEvent(t, dmEvent("Ev"+m.ts, "D1", "U1", m.ts, m.text, nil), nil)
			h.bot.Wait()
			got := postsIn(h, "D1", "")
			if len(got) != i+1 {
				t.Fatalf("message %d: got %d replies, want %d", i+1, len(got), i+1)
			}
			if !strings.Contains(got[i], m.want) {
				t.Errorf("message %d (%s): got\n%s\nwant it to contain %q", i+1, m.text, got[i], m.want)
			}
		}
		if last := postsIn(h, "D1", "")[3]; strings.Contains(last, understood) {
			t.Errorf("after starting over: got\n%s\nwant a standalone answer", last)
		}
	})

	t.Run("a duplicated event adds the turn once", func(t *testing.T) {
		mem := store.NewMemory(store.Options{})
		h := newHarness(t, withDialog(func(o *Options) {
			o.Store = &store.Bundle{Dedupe: forgetfulDeduper{}, Conversations: mem.Conversations}
		}))
		h.postEvent(t, threadEvent("EvD1", "C2", "U1", "300.1", "", "<@UBOT> 미국은 반도체법으로 얼마를 지원해?", true), nil)
		h.bot.Wait()
		for _, id := range []string{"EvD2", "EvD2b"} {
			h.postEvent(t, threadEvent(id, "C2", "U1", "300.2", "300.1", "<@UBOT> 대만은?", true), nil)
			h.bot.Wait()
		}
		raw, ok, err := mem.Conversations.Get(context.Background(), keyConversation+"C2/300.1")
		if err != nil || !ok {
			t.Fatalf("conversation not stored: ok=%v err=%v", ok, err)
		}
		st, err := shelf.Unmarshal(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(st.Report(series).Turns), 2; got != want {
			t.Errorf("got %d turns, want %d", got, want)
		}
		replies := postsIn(h, "C2", "300.1")
		if got, want := len(replies), 3; got != want {
			t.Fatalf("got %d replies, want %d", got, want)
		}
		if replies[1] != replies[2] {
			t.Errorf("the redelivery was answered differently:\n%s\nvs\n%s", replies[1], replies[2])
		}
	})

	t.Run("an expired thread is answered standalone", func(t *testing.T) {
		clock := &testClock{now: time.Unix(1_700_000_000, 0)}
		mem := store.NewMemory(store.Options{ConversationIdle: time.Hour, Now: clock.Now})
		h := newHarness(t, withDialog(func(o *Options) {
			o.Store = &store.Bundle{Conversations: mem.Conversations}
			o.Now = clock.Now
		}))
		h.postEvent(t, threadEvent("EvX1", "C3", "U1", "400.1", "", "<@UBOT> 미국은 반도체법으로 얼마를 지원해?", true), nil)
		h.bot.Wait()
		clock.Add(2 * time.Hour)
		h.postEvent(t, threadEvent("EvX2", "C3", "U1", "400.2", "400.1", "<@UBOT> 대만은?", true), nil)
		h.bot.Wait()
		got := postsIn(h, "C3", "400.1")
		if len(got) != 2 {
			t.Fatalf("got %d replies, want 2", len(got))
		}
		if strings.Contains(got[1], understood) {
			t.Errorf("got\n%s\nwant a standalone answer once the thread's state expired", got[1])
		}
	})

	t.Run("two threads interleaved", func(t *testing.T) {
		h := newHarness(t, withDialog(nil))
		steps := []struct{ ts, thread, text, want string }{
			{"500.1", "", "<@UBOT> 미국은 반도체법으로 얼마를 지원해?", "520억 달러"},
			{"600.1", "", "<@UBOT> PaLM-E는 파라미터가 얼마나 돼?", "5,400억"},
			{"500.2", "500.1", "<@UBOT> 대만은?", "대만 · 반도체법"},
			{"600.2", "600.1", "<@UBOT> 그 모델은 어느 회사 거야?", "PaLM-E · 모델 회사"},
		}
		for _, s := range steps {
			h.postEvent(t, threadEvent("Ev"+s.ts, "C4", "U1", s.ts, s.thread, s.text, true), nil)
			h.bot.Wait()
		}
		for _, s := range steps {
			root := s.thread
			if root == "" {
				root = s.ts
			}
			found := false
			for _, reply := range postsIn(h, "C4", root) {
				found = found || strings.Contains(reply, s.want)
			}
			if !found {
				t.Errorf("thread %s: got replies %q, want one containing %q", root, postsIn(h, "C4", root), s.want)
			}
		}
	})

	t.Run("thread replies without a mention only when set", func(t *testing.T) {
		tests := []struct {
			name      string
			followups bool
			want      int
		}{
			{"off by default", false, 1},
			{"on", true, 2},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				h := newHarness(t, withDialog(func(o *Options) { o.FollowupsWithoutMention = tc.followups }))
				h.postEvent(t, threadEvent("EvF1", "C5", "U1", "700.1", "", "<@UBOT> 미국은 반도체법으로 얼마를 지원해?", true), nil)
				h.bot.Wait()
				h.postEvent(t, threadEvent("EvF2", "C5", "U1", "700.2", "700.1", "대만은?", false), nil)
				h.bot.Wait()
				// A reply in a thread the bot never answered is not for it.
				h.postEvent(t, threadEvent("EvF3", "C5", "U1", "800.2", "800.1", "대만은?", false), nil)
				h.bot.Wait()
				if got := len(postsIn(h, "C5", "700.1")); got != tc.want {
					t.Errorf("got %d replies in the thread, want %d", got, tc.want)
				}
				if got := len(postsIn(h, "C5", "800.1")); got != 0 {
					t.Errorf("got %d replies in a thread the bot never answered, want 0", got)
				}
			})
		}
	})
}
