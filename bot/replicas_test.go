package bot

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/stepi-tools/reportbot/bot/store"
	"github.com/stepi-tools/reportbot/bot/store/storetest"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/shelf"
)

// The shared rate limit the replica tests run with: three questions per user
// per minute, as an operator might set it.
const (
	replicaRate    = 3
	replicaRatePer = time.Minute
)

// replica is one bot process of several: its own store connection, metrics
// and HTTP endpoints, over the one fake Slack they all talk to.
type replica struct {
	*harness
	reg *prometheus.Registry
}

// newReplica builds a Service in HTTP mode as `reportbot serve --store
// redisURL` does, answering through fs.
func newReplica(t *testing.T, fs *fakeSlack, redisURL string, tweaks ...func(*Options)) *replica {
	t.Helper()
	logs := &syncBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	reg := prometheus.NewRegistry()
	st, err := store.Open(context.Background(), redisURL, store.Options{
		RateLimit: replicaRate, RatePer: replicaRatePer, Logger: log, Registry: reg,
	})
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	searcher := &fakeSearcher{answers: map[string]answer.Answer{}, fallback: sampleAnswer("")}
	opts := Options{
		Searcher: searcher, Slack: fs.client(), Logger: log, RetryAttempts: 3,
		Registry: reg, Store: st,
	}
	for _, tweak := range tweaks {
		tweak(&opts)
	}
	b, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if err := b.Identify(context.Background()); err != nil {
		t.Fatalf("Identify: %v", err)
	}
	srv := httptest.NewServer(b.Handler(testSecret))
	t.Cleanup(func() {
		srv.Close()
		b.Wait()
	})
	return &replica{harness: &harness{bot: b, slack: fs, searcher: searcher, srv: srv, secret: testSecret, logs: logs}, reg: reg}
}

// twoReplicas starts a redis-server and two replicas on it sharing one fake
// Slack.
func twoReplicas(t *testing.T) (*storetest.Server, *fakeSlack, [2]*replica) {
	t.Helper()
	srv := storetest.Start(t, "")
	fs := newFakeSlack(t)
	return srv, fs, [2]*replica{newReplica(t, fs, srv.URL()), newReplica(t, fs, srv.URL())}
}

// fallbackGauge is reportbot_store_fallback as the replica exports it.
func (r *replica) fallbackGauge(t *testing.T) float64 {
	t.Helper()
	families, err := r.reg.Gather()
	if err != nil {
		t.Fatalf("gathering metrics: %v", err)
	}
	for _, mf := range families {
		if mf.GetName() == "reportbot_store_fallback" && len(mf.GetMetric()) == 1 {
			return mf.GetMetric()[0].GetGauge().GetValue()
		}
	}
	t.Fatalf("replica exports no reportbot_store_fallback gauge")
	return 0
}

// command sends a slash command to r and waits, with the fake's deadline,
// until its response_url has one reply, which it returns as shown.
func (r *replica) command(t *testing.T, user, text, id string) string {
	t.Helper()
	if status, body := r.postCommand(t, "/report", text, user, "C1", id); status != 200 {
		t.Fatalf("command %s: status %d (%s)", id, status, body)
	}
	r.slack.waitFor(t, "the reply to "+id, func() bool { return len(r.slack.responses[id]) >= 1 })
	return shownText(r.slack.snapshotResponses(id)[0].Blocks)
}

// TestReplicasShareEventDedupe sends an event to one replica and Slack's
// redelivery of it, as Slack sends one when the first ack was late, to the
// other: one answer in all.
func TestReplicasShareEventDedupe(t *testing.T) {
	_, fs, rs := twoReplicas(t)
	ev := mentionEvent("EvShared1", "C1", "U1", "500.1", "<@UBOT> AI 반도체 정책은?")
	now := time.Now().Unix()
	if status, _ := rs[0].postEventAt(t, ev, nil, now-1); status != 200 {
		t.Fatalf("first delivery to replica A: status %d", status)
	}
	fs.waitFor(t, "replica A's answer", func() bool { return len(fs.posts) >= 1 })
	// The redelivery is signed anew (a later timestamp), as Slack signs
	// every attempt, so only the event id tells it is the same event.
	retry := map[string]string{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
	if status, _ := rs[1].postEventAt(t, ev, retry, now); status != 200 {
		t.Fatalf("redelivery to replica B: status %d, want 200 so Slack stops retrying", status)
	}
	rs[0].bot.Wait()
	rs[1].bot.Wait()
	if got, want := len(fs.snapshotPosts()), 1; got != want {
		t.Errorf("got %d answers posted, want %d", got, want)
	}
	if got, want := len(rs[1].searcher.asked()), 0; got != want {
		t.Errorf("replica B searched %d times for the redelivery, want %d", got, want)
	}
}

// TestReplicasShareRateLimit spreads one user's slash commands over both
// replicas: the limit counts them together, so the one past it is refused
// whichever replica it reaches.
func TestReplicasShareRateLimit(t *testing.T) {
	_, _, rs := twoReplicas(t)
	tests := []struct {
		name  string
		user  string
		order [replicaRate + 1]int // which replica gets each command
	}{
		{"fourth to A", "U10", [replicaRate + 1]int{0, 1, 1, 0}},
		{"fourth to B", "U11", [replicaRate + 1]int{1, 0, 0, 1}},
		{"first three to A, fourth to B", "U12", [replicaRate + 1]int{0, 0, 0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i, r := range tt.order {
				id := fmt.Sprintf("%s-%d", tt.user, i)
				shown := rs[r].command(t, tt.user, "chips?", id)
				got := strings.Contains(shown, "a little too fast")
				if want := i >= replicaRate; got != want {
					t.Errorf("command %d (to replica %c): rate-limited = %v, want %v; shown %.80q", i+1, 'A'+r, got, want, shown)
				}
			}
		})
	}
	// Another user is not held back by those.
	if shown := rs[1].command(t, "U13", "chips?", "U13-0"); strings.Contains(shown, "too fast") {
		t.Errorf("U13 was limited by other users' questions")
	}
}

// TestReplicasSurviveRedisDeath kills redis-server in the middle of a run:
// questions asked after it are still answered, each once, and both replicas
// say in their metrics that they run on local state.
func TestReplicasSurviveRedisDeath(t *testing.T) {
	srv, fs, rs := twoReplicas(t)
	const before, after = 4, 8
	ask := func(i int) {
		t.Helper()
		r := rs[i%2]
		// A user per question: the limit is not what this test is about.
		user := fmt.Sprintf("U%d", 100+i)
		if i%4 < 2 {
			id := fmt.Sprintf("cmd-%d", i)
			if shown := r.command(t, user, "chips?", id); strings.Contains(shown, "too fast") {
				t.Errorf("question %d was rate-limited", i)
			}
			return
		}
		ts := fmt.Sprintf("%d.1", 600+i)
		if status, _ := r.postEvent(t, mentionEvent(fmt.Sprintf("EvDeath%d", i), "C1", user, ts, "<@UBOT> chips?"), nil); status != 200 {
			t.Fatalf("event %d: status %d", i, status)
		}
		fs.waitFor(t, fmt.Sprintf("the answer to event %d", i), func() bool {
			for _, p := range fs.posts {
				if p.ThreadTS == ts {
					return true
				}
			}
			return false
		})
	}
	for i := range before {
		ask(i)
	}
	for _, r := range rs {
		if got := r.fallbackGauge(t); got != 0 {
			t.Fatalf("fallback gauge %v with Redis up, want 0", got)
		}
	}
	srv.Stop()
	for i := before; i < before+after; i++ {
		ask(i)
	}
	rs[0].bot.Wait()
	rs[1].bot.Wait()

	commands, events := 0, 0
	for i := range before + after {
		if i%4 < 2 {
			commands++
			if got := len(fs.snapshotResponses(fmt.Sprintf("cmd-%d", i))); got != 1 {
				t.Errorf("command %d answered %d times, want once", i, got)
			}
		} else {
			events++
		}
	}
	if got := len(fs.snapshotPosts()); got != events {
		t.Errorf("%d answers posted for %d events, want one each", got, events)
	}
	for i, r := range rs {
		if got := r.fallbackGauge(t); got != 1 {
			t.Errorf("replica %c: fallback gauge %v after Redis died, want 1", 'A'+i, got)
		}
		if !strings.Contains(r.logs.String(), "using local memory") {
			t.Errorf("replica %c did not log the switch to local memory", 'A'+i)
		}
	}
}

// TestReplicasShareConversations sends a thread's first question to one
// replica and its follow-up to the other: the second reads the conversation
// the first wrote to the shared store.
func TestReplicasShareConversations(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	sh, err := shelf.New(shelf.NewReport(x))
	if err != nil {
		t.Fatal(err)
	}
	srv := storetest.Start(t, "")
	fs := newFakeSlack(t)
	var rs [2]*replica
	for i := range rs {
		rs[i] = newReplica(t, fs, srv.URL(), func(o *Options) { o.Searcher, o.Dialog = sh, sh })
	}
	turns := []struct {
		to             int
		ts, text, want string
		wantUnderstood bool
	}{
		{0, "900.1", "<@UBOT> 미국은 반도체법으로 얼마를 지원해?", "520억 달러", false},
		{1, "900.2", "<@UBOT> 대만은?", "대만 · 반도체법", true},
	}
	for i, turn := range turns {
		thread := "900.1"
		if i == 0 {
			thread = ""
		}
		r := rs[turn.to]
		if status, _ := r.postEvent(t, threadEvent("EvR"+turn.ts, "C9", "U1", turn.ts, thread, turn.text, true), nil); status != 200 {
			t.Fatalf("turn %d: status %d", i+1, status)
		}
		r.bot.Wait()
		got := postsIn(r.harness, "C9", "900.1")
		if len(got) != i+1 {
			t.Fatalf("turn %d: got %d replies in the thread, want %d", i+1, len(got), i+1)
		}
		if !strings.Contains(got[i], turn.want) {
			t.Errorf("turn %d on replica %d: got\n%s\nwant it to contain %q", i+1, turn.to, got[i], turn.want)
		}
		if has := strings.Contains(got[i], "이해한 질문"); has != turn.wantUnderstood {
			t.Errorf("turn %d: understood line %v, want %v", i+1, has, turn.wantUnderstood)
		}
	}
}

// TestReplicasShareConversationsOverSeveralReports has two replicas serve
// three reports on one Redis: each thread's follow-up reaches the replica
// that did not answer its first question, which reads every report's
// dialog the other wrote, so the thread goes on in the report that
// answered it.
func TestReplicasShareConversationsOverSeveralReports(t *testing.T) {
	lib := loadLibrary(t)
	srv := storetest.Start(t, "")
	fs := newFakeSlack(t)
	var rs [2]*replica
	for i := range rs {
		rs[i] = newReplica(t, fs, srv.URL(), lib.wire(nil))
	}
	steps := []struct {
		to               int
		ts, thread, text string
		want             string
		followUp         bool
	}{
		{0, "910.1", "", "<@UBOT> 독일 양자기술 실행계획 지원 규모는?", nameQuantum, false},
		{1, "920.1", "", "<@UBOT> 일본 반도체 보조금 얼마야?", nameAI, false},
		{1, "910.2", "910.1", "<@UBOT> 출처는?", nameQuantum, true},
		{0, "920.2", "920.1", "<@UBOT> 대만은?", nameAI, true},
	}
	for i, s := range steps {
		r := rs[s.to]
		// A user per step: the shared rate limit is not what this test is about.
		user := fmt.Sprintf("U%d", 300+i)
		if status, _ := r.postEvent(t, threadEvent("EvL"+s.ts, "C9", user, s.ts, s.thread, s.text, true), nil); status != 200 {
			t.Fatalf("%s: status %d", s.ts, status)
		}
		r.bot.Wait()
		root := s.thread
		if root == "" {
			root = s.ts
		}
		got := postsIn(r.harness, "C9", root)
		if len(got) == 0 {
			t.Fatalf("%s: no reply in thread %s", s.ts, root)
		}
		last := got[len(got)-1]
		if !strings.Contains(last, s.want) {
			t.Errorf("%s on replica %c: got\n%s\nwant it to name %q", s.ts, 'A'+s.to, last, s.want)
		}
		if has := strings.Contains(last, understoodLine); has != s.followUp {
			t.Errorf("%s: understood line %v, want %v", s.ts, has, s.followUp)
		}
	}
}
