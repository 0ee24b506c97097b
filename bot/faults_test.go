package bot

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/stepi-tools/reportbot/bot/present"
)

// counter reads one series of a counter vector from the bot's registry; 0
// when the series does not exist yet.
func counter(t testing.TB, b *Service, name, label, value string) float64 {
	t.Helper()
	families, err := b.metrics.registry.Gather()
	if err != nil {
		t.Fatalf("gathering metrics: %v", err)
	}
	for _, mf := range families {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == label && l.GetValue() == value {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}

// noSleep is Options.Sleep for tests: no real waiting, but it still stops
// when the answer's context does. It records what it was asked to wait.
type noSleep struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (s *noSleep) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.waits = append(s.waits, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *noSleep) recorded() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.waits...)
}

func TestHungResponseURLsDoNotHoldUpOthers(t *testing.T) {
	const hung, normal = 16, 20
	// Long enough that the hung posts are certainly still hung when the
	// others are answered, short enough to end the test soon after.
	const callTimeout = 3 * time.Second
	h := newHarness(t, func(o *Options) {
		o.CallTimeout = callTimeout
		o.MaxConcurrent = 8
	})
	for i := range hung {
		h.postCommand(t, "/report", fmt.Sprintf("hung %d", i), "U1", "C1", fmt.Sprintf("hang-%d", i))
	}
	h.slack.waitFor(t, "every hung post to arrive", func() bool { return h.slack.hanging == hung })

	start := time.Now()
	for i := range normal {
		h.postCommand(t, "/report", fmt.Sprintf("normal %d", i), "U2", "C1", fmt.Sprintf("ok-%d", i))
	}
	var stillHung int
	h.slack.waitFor(t, "the normal commands' replies", func() bool {
		for i := range normal {
			if len(h.slack.responses[fmt.Sprintf("ok-%d", i)]) == 0 {
				return false
			}
		}
		stillHung = h.slack.hanging
		return true
	})
	t.Logf("%d commands answered in %v while %d response_urls hung", normal, time.Since(start), stillHung)
	if stillHung != hung {
		t.Errorf("%d posts still hung when the others were answered, want %d", stillHung, hung)
	}

	// The hung ones end at their deadline, as errors.
	h.bot.Wait()
	if got := counter(t, h.bot, "reportbot_slack_api_errors_total", "method", "response_url"); got != hung {
		t.Errorf("response_url errors = %v, want %d", got, hung)
	}
	if got := counter(t, h.bot, "reportbot_replies_total", "outcome", outcomeError); got != hung {
		t.Errorf("replies with outcome error = %v, want %d", got, hung)
	}
	h.slack.mu.Lock()
	defer h.slack.mu.Unlock()
	if h.slack.hangs != hung {
		// A post that timed out after it was sent may have reached Slack;
		// repeating it could show the answer twice.
		t.Errorf("hung posts received %d times, want %d (no retry after a timeout)", h.slack.hangs, hung)
	}
}

// refusedURL is an address where nothing listens.
func refusedURL(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://" + addr + "/resp/refused"
}

func TestSlackCallRetryRules(t *testing.T) {
	tests := []struct {
		name       string
		method     string // response_url, chat.postMessage or reactions.add
		faults     []int  // for the first calls; the rest succeed
		refused    bool   // nothing listens at the response_url
		wantCalls  int    // seen by the fake
		wantErrors int    // counted by the bot
		wantErr    bool
		wantWaits  string // fmt of the waits asked for, when set
	}{
		{name: "429 honours Retry-After 0 and 1", method: "response_url", faults: []int{faultRateLimit0, faultRateLimit1},
			wantCalls: 3, wantErrors: 2, wantWaits: "[0s 1s]"},
		{name: "500 then 503 then success", method: "chat.postMessage", faults: []int{fault500, fault503},
			wantCalls: 3, wantErrors: 2},
		{name: "reset then EOF then success", method: "chat.postMessage", faults: []int{faultReset, faultEOF},
			wantCalls: 3, wantErrors: 2},
		{name: "response_url reset then success", method: "response_url", faults: []int{faultReset},
			wantCalls: 2, wantErrors: 1},
		{name: "500s give up after three attempts", method: "response_url", faults: []int{fault500, fault500, fault500, fault500},
			wantCalls: 3, wantErrors: 3, wantErr: true},
		{name: "404 is final", method: "response_url", faults: []int{fault404}, wantCalls: 1, wantErrors: 1, wantErr: true},
		{name: "400 is final", method: "chat.postMessage", faults: []int{fault400}, wantCalls: 1, wantErrors: 1, wantErr: true},
		{name: "refused is retried", method: "response_url", refused: true, wantCalls: 0, wantErrors: 3, wantErr: true},
		{name: "a post that timed out is not repeated", method: "chat.postMessage", faults: []int{faultHang},
			wantCalls: 1, wantErrors: 1, wantErr: true},
		{name: "a reaction that timed out is repeated", method: "reactions.add", faults: []int{faultHang, faultHang},
			wantCalls: 3, wantErrors: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := newFakeSlack(t)
			sleeper := &noSleep{}
			b, err := New(Options{Searcher: &fakeSearcher{}, Slack: fs.client(), Sleep: sleeper.sleep,
				CallTimeout: 200 * time.Millisecond, RetryAttempts: 3})
			if err != nil {
				t.Fatal(err)
			}
			fs.mu.Lock()
			fs.faults = scriptedFaults(tt.faults...)
			fs.mu.Unlock()

			ctx := context.Background()
			msg := present.Notice("hello")
			switch {
			case tt.refused:
				err = (replies{b.svc()}).respond(ctx, refusedURL(t), msg, ephemeral)
			case tt.method == "response_url":
				err = (replies{b.svc()}).respond(ctx, fs.responseURL("r"), msg, ephemeral)
			case tt.method == "chat.postMessage":
				err = (replies{b.svc()}).post(ctx, "C1", "1.1", msg)
			case tt.method == "reactions.add":
				err = b.call(ctx, "reactions.add", func(ctx context.Context) error {
					return b.api.AddReactionContext(ctx, workingReaction, slack.NewRefToMessage("C1", "1.1"))
				})
			}
			if (err != nil) != tt.wantErr {
				t.Errorf("error = %v, want an error: %v", err, tt.wantErr)
			}
			fs.mu.Lock()
			calls := fs.calls[tt.method]
			fs.mu.Unlock()
			if calls != tt.wantCalls {
				t.Errorf("the fake saw %d calls, want %d", calls, tt.wantCalls)
			}
			if got := counter(t, b, "reportbot_slack_api_errors_total", "method", tt.method); got != float64(tt.wantErrors) {
				t.Errorf("errors counted = %v, want %d", got, tt.wantErrors)
			}
			if tt.wantWaits != "" {
				if got := fmt.Sprint(sleeper.recorded()); got != tt.wantWaits {
					t.Errorf("waited %s, want %s", got, tt.wantWaits)
				}
			}
		})
	}
}

func TestRepliesSurviveSlackFaults(t *testing.T) {
	const commands, mentions, dms = 250, 150, 100
	sleeper := &noSleep{}
	h := newHarness(t, func(o *Options) {
		o.Sleep = sleeper.sleep
		o.RetryAttempts = 3
	})
	h.slack.mu.Lock()
	// 10% of calls fail, 5% more are slow; no call fails three times in a
	// row, which the bot's three attempts must get through.
	h.slack.faults = newFaultPlan(20240611, 0.10, 0.05, 2)
	h.slack.mu.Unlock()

	jobs := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for range 20 {
		wg.Go(func() {
			for i := range jobs {
				var status int
				switch {
				case i < commands:
					status, _ = h.postCommand(t, "/report", fmt.Sprintf("질문 %d", i), fmt.Sprintf("U%d", i), "C1", fmt.Sprintf("f-%d", i))
				case i < commands+mentions:
					status, _ = h.postEvent(t, mentionEvent(fmt.Sprintf("EvM%d", i), "C1", fmt.Sprintf("U%d", i),
						fmt.Sprintf("200.%d", i), "<@UBOT> AI 반도체?"), nil)
				default:
					status, _ = h.postEvent(t, dmEvent(fmt.Sprintf("EvD%d", i), fmt.Sprintf("D%d", i), fmt.Sprintf("U%d", i),
						fmt.Sprintf("300.%d", i), "AI 인재 정책?", nil), nil)
				}
				if status != http.StatusOK {
					t.Errorf("request %d: status %d, want 200", i, status)
				}
			}
		})
	}
	for i := range commands + mentions + dms {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	h.bot.Wait()
	elapsed := time.Since(start)

	fs := h.slack
	fs.mu.Lock()
	defer fs.mu.Unlock()
	for i := range commands {
		if n := len(fs.responses[fmt.Sprintf("f-%d", i)]); n != 1 {
			t.Errorf("command %d: %d replies, want exactly 1", i, n)
		}
	}
	posts := map[string]int{}
	for _, p := range fs.posts {
		posts[p.Channel+"/"+p.ThreadTS]++
	}
	reactions := map[string]int{}
	for _, r := range fs.reactions {
		reactions[r.Op+" "+r.Channel+"/"+r.TS]++
	}
	for i := commands; i < commands+mentions+dms; i++ {
		channel, ts, thread := "C1", fmt.Sprintf("200.%d", i), fmt.Sprintf("200.%d", i)
		if i >= commands+mentions {
			channel, ts, thread = fmt.Sprintf("D%d", i), fmt.Sprintf("300.%d", i), ""
		}
		if n := posts[channel+"/"+thread]; n != 1 {
			t.Errorf("event %d: %d replies, want exactly 1", i, n)
		}
		for _, op := range []string{"reactions.add", "reactions.remove"} {
			if n := reactions[op+" "+channel+"/"+ts]; n != 1 {
				t.Errorf("event %d: %s %d times, want 1", i, op, n)
			}
		}
	}
	if len(fs.posts) != mentions+dms {
		t.Errorf("%d posts, want %d", len(fs.posts), mentions+dms)
	}

	total := 0
	for _, method := range []string{"response_url", "chat.postMessage", "reactions.add", "reactions.remove", "auth.test"} {
		want := fs.injected[method]
		total += want
		if got := counter(t, h.bot, "reportbot_slack_api_errors_total", "method", method); got != float64(want) {
			t.Errorf("%s: %v errors counted, want the %d injected", method, got, want)
		}
	}
	// A plan that injected next to nothing would prove nothing.
	if calls := sum(fs.calls); total*20 < calls {
		t.Errorf("only %d of %d calls failed; the plan is not doing its job", total, calls)
	}
	t.Logf("%d requests, %d Slack calls: %d failures injected (%v), %d slow; all answered in %v, %d retry waits",
		commands+mentions+dms, sum(fs.calls), total, fs.injected, fs.slowed, elapsed, len(sleeper.recorded()))
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
