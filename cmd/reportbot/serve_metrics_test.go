package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/bot/store/storetest"
)

// TestServeMetricsBeforeTraffic scrapes /metrics of a serve that has had no
// traffic at all: the Go runtime's and the process's series are there, and
// so is every reportbot_* counter with each of its label values (README's
// metrics table), at zero, so that alerts on them can be written.
func TestServeMetricsBeforeTraffic(t *testing.T) {
	counters := []struct {
		name, label string
		values      []string
	}{
		{"reportbot_requests_total", "kind", []string{"mention", "dm", "reply", "command", "interaction", "url_verification", "other"}},
		{"reportbot_replies_total", "outcome", []string{"answered", "declined", "usage", "rate_limited", "not_allowed", "not_available", "too_long", "feedback", "error"}},
		{"reportbot_slack_api_errors_total", "method", []string{"auth.test", "chat.postMessage", "reactions.add", "reactions.remove", "response_url", "apps.connections.open"}},
		{"reportbot_button_clicks_total", "action", []string{"share", "more", "all", "bibtex", "feedback_up", "feedback_down"}},
		{"reportbot_feedback_total", "vote", []string{"up", "down"}},
		{"reportbot_http_rejected_total", "reason", []string{"unsigned", "bad_signature", "forged", "stale", "replay", "too_large", "malformed", "unreadable"}},
		{"reportbot_duplicate_events_total", "by", []string{"event_id", "message"}},
	}
	storeCounters := []string{"dedupe", "rate", "conversations", "ping"}
	tests := []struct {
		name      string
		store     func(t *testing.T) string
		wantStore bool
	}{
		{"memory store", func(*testing.T) string { return "memory" }, false},
		{"redis store", func(t *testing.T) string { return storetest.Start(t, "").URL() }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := httptest.NewServer(&fakeSlackAPI{changed: make(chan struct{}, 1)})
			defer api.Close()
			addr := freeAddr(t)
			env := map[string]string{
				"SLACK_BOT_TOKEN":      "xoxb-1234567890-abcdefghij",
				"SLACK_SIGNING_SECRET": "8f742231b10e8888abcd99aabbcc85a5",
				"SLACK_API_URL":        api.URL + "/api",
				"REPORTBOT_STORE":      tt.store(t),
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var stderr lockedBuffer
			done := make(chan error, 1)
			go func() {
				done <- runServe(ctx, []string{"--mode", "http", "--addr", addr, "--drain-grace", "0"}, envMap(env), &stderr)
			}()
			pollStatus(t, "http://"+addr+"/readyz", 200, done)

			// Only /readyz has been asked so far: no Slack request at all.
			resp, err := http.Get("http://" + addr + "/metrics")
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			cancel()
			if err := <-done; err != nil {
				t.Errorf("serve = %v, want nil", err)
			}
			lines := map[string]bool{}
			prefixes := map[string]bool{}
			for _, l := range strings.Split(string(body), "\n") {
				lines[l] = true
				if name, _, ok := strings.Cut(l, " "); ok && !strings.HasPrefix(l, "#") {
					prefixes[name] = true
				}
			}
			for _, name := range []string{"go_goroutines", "go_memstats_heap_alloc_bytes", "process_resident_memory_bytes", "process_cpu_seconds_total", "process_open_fds"} {
				if !prefixes[name] {
					t.Errorf("/metrics lacks %s", name)
				}
			}
			var want []string
			for _, c := range counters {
				for _, v := range c.values {
					want = append(want, c.name+"{"+c.label+"="+strconv.Quote(v)+"} 0")
				}
			}
			for _, op := range storeCounters {
				want = append(want, `reportbot_store_errors_total{op="`+op+`"} 0`)
			}
			want = append(want, "reportbot_store_fallback 0")
			for _, w := range want {
				isStore := strings.HasPrefix(w, "reportbot_store_")
				if got := lines[w]; got != (!isStore || tt.wantStore) {
					t.Errorf("/metrics before traffic has %q: %v, want %v", w, got, !isStore || tt.wantStore)
				}
			}
			// Every reportbot_* counter on /metrics is one the test knows.
			known := map[string]bool{"reportbot_store_errors_total": true}
			for _, c := range counters {
				known[c.name] = true
			}
			for l := range lines {
				if strings.HasPrefix(l, "# TYPE reportbot_") && strings.HasSuffix(l, " counter") {
					if name := strings.Fields(l)[2]; !known[name] {
						t.Errorf("counter %s is not checked here (nor, likely, in README's table)", name)
					}
				}
			}
		})
	}
}
