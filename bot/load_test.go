package bot

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/search"
)

// burst fires total signed slash commands at the HTTP endpoint, concurrency
// at a time, and returns each request's acknowledgement latency. It then
// waits until every request has its reply and checks that each got exactly
// one.
func burst(tb testing.TB, h *harness, total, concurrency int) (acks []time.Duration, elapsed time.Duration) {
	tb.Helper()
	transport := h.srv.Client().Transport.(*http.Transport).Clone()
	transport.MaxIdleConnsPerHost = concurrency
	client := &http.Client{Transport: transport}
	defer transport.CloseIdleConnections()

	type result struct {
		i      int
		ack    time.Duration
		status int
		body   string
		err    error
	}
	jobs := make(chan int)
	results := make(chan result, total)
	var wg sync.WaitGroup
	start := time.Now()
	for range concurrency {
		wg.Go(func() {
			for i := range jobs {
				form := url.Values{
					"command": {"/report"}, "text": {fmt.Sprintf("AI 반도체 질문 %d", i)},
					"user_id": {fmt.Sprintf("U%05d", i)}, "channel_id": {"C1"},
					"response_url": {h.slack.responseURL(fmt.Sprintf("load-%d", i))},
				}
				req := signedRequest(tb, h.secret, h.srv.URL+"/slack/commands", "application/x-www-form-urlencoded",
					[]byte(form.Encode()), time.Now().Unix())
				t0 := time.Now()
				resp, err := client.Do(req)
				r := result{i: i, err: err}
				if err == nil {
					r.status = resp.StatusCode
					buf := make([]byte, 64)
					n, _ := resp.Body.Read(buf)
					r.body = string(buf[:n])
					resp.Body.Close()
				}
				r.ack = time.Since(t0)
				results <- r
			}
		})
	}
	for i := range total {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)

	for r := range results {
		switch {
		case r.err != nil:
			tb.Errorf("request %d: %v", r.i, r.err)
		case r.status != http.StatusOK || r.body != "":
			tb.Errorf("request %d: ack %d %q, want an empty 200", r.i, r.status, r.body)
		case r.ack >= 3*time.Second:
			// Slack's own contract: no acknowledgement within 3 s is a failure.
			tb.Errorf("request %d acked after %v, Slack gives up at 3 s", r.i, r.ack)
		}
		acks = append(acks, r.ack)
	}

	h.slack.waitFor(tb, "a reply to every request", func() bool {
		for i := range total {
			if len(h.slack.responses[fmt.Sprintf("load-%d", i)]) == 0 {
				return false
			}
		}
		return true
	})
	elapsed = time.Since(start)
	h.bot.Wait() // anything still in flight would be a second reply
	for i := range total {
		if n := len(h.slack.snapshotResponses(fmt.Sprintf("load-%d", i))); n != 1 {
			tb.Errorf("request %d answered %d times, want exactly once", i, n)
		}
	}
	slices.Sort(acks)
	return acks, elapsed
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(float64(len(sorted))*p))]
}

func TestBurstOfSlashCommands(t *testing.T) {
	h := newHarness(t, nil)
	acks, elapsed := burst(t, h, 500, 50)
	t.Logf("500 commands, 50 at a time: ack p50 %v, p99 %v, all answered in %v",
		percentile(acks, 0.50), percentile(acks, 0.99), elapsed)
	if n := len(h.searcher.asked()); n != 500 {
		t.Errorf("searched %d times, want 500", n)
	}
}

func BenchmarkSlashCommandAck(b *testing.B) {
	b.ReportAllocs()
	total := max(b.N, 500)
	h := newHarness(b, nil)
	b.ResetTimer()
	acks, elapsed := burst(b, h, total, 50)
	b.StopTimer()
	b.ReportMetric(float64(percentile(acks, 0.50).Microseconds())/1000, "ack-p50-ms")
	b.ReportMetric(float64(percentile(acks, 0.99).Microseconds())/1000, "ack-p99-ms")
	b.ReportMetric(float64(total)/elapsed.Seconds(), "answered/s")
}

// BenchmarkSlashCommandAckRealEngine is the same burst answered by the real
// engine over the embedded report, so the figure includes searching.
func BenchmarkSlashCommandAckRealEngine(b *testing.B) {
	eng, err := search.Load("", search.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer eng.Close()
	ans := answer.New(eng)
	b.ReportAllocs()
	total := max(b.N, 500)
	h := newHarness(b, func(o *Options) { o.Searcher = ans })
	b.ResetTimer()
	acks, elapsed := burst(b, h, total, 50)
	b.StopTimer()
	b.ReportMetric(float64(percentile(acks, 0.50).Microseconds())/1000, "ack-p50-ms")
	b.ReportMetric(float64(percentile(acks, 0.99).Microseconds())/1000, "ack-p99-ms")
	b.ReportMetric(float64(total)/elapsed.Seconds(), "answered/s")
}
