package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stepi-tools/reportbot/bot"
)

// heldSlack answers auth.test and holds every response_url post until the
// test releases it, so that an answer stays in flight for as long as the
// test needs.
type heldSlack struct {
	arrived chan struct{} // one value per post received
	release chan struct{} // closed: held posts go through
	once    sync.Once

	mu        sync.Mutex
	delivered int
}

func newHeldSlack(t *testing.T) (*heldSlack, *httptest.Server) {
	h := &heldSlack{arrived: make(chan struct{}, 8), release: make(chan struct{})}
	srv := httptest.NewServer(h)
	// Cleanups run last first: release, then close (which waits for handlers).
	t.Cleanup(srv.Close)
	t.Cleanup(h.releaseAll)
	return h, srv
}

func (h *heldSlack) releaseAll() { h.once.Do(func() { close(h.release) }) }

func (h *heldSlack) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/api/auth.test":
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"ok":true,"user_id":"UBOT","bot_id":"BBOT","team":"T"}`)
	case strings.HasPrefix(r.URL.Path, "/resp/"):
		_, _ = io.ReadAll(r.Body)
		h.arrived <- struct{}{}
		select {
		case <-h.release:
			h.mu.Lock()
			h.delivered++
			h.mu.Unlock()
		case <-r.Context().Done():
			// The bot gave up on it (cut off at the shutdown timeout).
		}
	default:
		http.NotFound(w, r)
	}
}

func (h *heldSlack) deliveries() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.delivered
}

// pollStatus polls url until it answers want, failing the test after 20 s
// or when serve returns first.
func pollStatus(t *testing.T, url string, want int, done <-chan error) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == want {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never answered %d", url, want)
		}
		select {
		case err := <-done:
			t.Fatalf("serve returned while waiting for %s to answer %d: %v", url, want, err)
		case <-tick.C:
		}
	}
}

// TestServeDrainsOnSIGTERM sends the test process a real SIGTERM while an
// answer is in flight, with serve's context made as main makes it: /readyz
// turns 503, the drain is logged, and the exit status says whether the
// answer in flight was delivered.
func TestServeDrainsOnSIGTERM(t *testing.T) {
	const secret = "8f742231b10e8888abcd99aabbcc85a5"
	tests := []struct {
		name            string
		shutdownTimeout string
		release         bool // let the answer's post through
		wantErr         error
		wantExit        int
		wantDelivered   int
		wantLog         string
	}{
		{"in-flight answer finishes", "20s", true, nil, 0, 1, `"msg":"drained: every answer in flight was delivered"`},
		{"in-flight answer cut off", "300ms", false, bot.ErrShutdownTimeout, 3, 0, `"msg":"drained: answers in flight were cut off at the shutdown timeout","cut_off":1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			slack, api := newHeldSlack(t)
			addr := freeAddr(t)
			env := map[string]string{
				"SLACK_BOT_TOKEN":            "xoxb-1234567890-abcdefghij",
				"SLACK_SIGNING_SECRET":       secret,
				"SLACK_API_URL":              api.URL + "/api",
				"REPORTBOT_DRAIN_GRACE":      "45s",
				"REPORTBOT_SHUTDOWN_TIMEOUT": tt.shutdownTimeout,
			}
			graceOver := make(chan time.Time)
			graceAsked := make(chan time.Duration, 1)
			hooks := serveHooks{after: func(d time.Duration) <-chan time.Time {
				graceAsked <- d
				return graceOver
			}}

			// As main does it.
			ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
			defer stop()
			var stderr lockedBuffer
			done := make(chan error, 1)
			go func() {
				done <- serveWith(ctx, []string{"--mode", "http", "--addr", addr}, envMap(env), &stderr, hooks)
			}()
			pollStatus(t, "http://"+addr+"/readyz", 200, done)

			postSignedCommand(t, addr, secret, api.URL+"/resp/1")
			select {
			case <-slack.arrived: // the answer is being posted, and held
			case <-time.After(30 * time.Second):
				t.Fatal("the answer never reached response_url")
			}

			if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
			pollStatus(t, "http://"+addr+"/readyz", 503, done)
			select {
			case d := <-graceAsked:
				if d != 45*time.Second {
					t.Errorf("drain grace %v, want the 45s of REPORTBOT_DRAIN_GRACE", d)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("serve never started the drain grace")
			}
			close(graceOver)
			if tt.release {
				slack.releaseAll()
			}

			var got error
			select {
			case got = <-done:
			case <-time.After(30 * time.Second):
				t.Fatal("serve did not return after the drain")
			}
			if !errors.Is(got, tt.wantErr) || (tt.wantErr == nil && got != nil) {
				t.Errorf("serve = %v, want %v", got, tt.wantErr)
			}
			exit := 0
			if got != nil {
				exit = exitCode(got)
			}
			if exit != tt.wantExit {
				t.Errorf("exit status %d, want %d", exit, tt.wantExit)
			}
			if n := slack.deliveries(); n != tt.wantDelivered {
				t.Errorf("%d answers delivered, want %d", n, tt.wantDelivered)
			}
			logs := stderr.String()
			for _, want := range []string{`"msg":"draining: /readyz answers 503 from now on","mode":"http","grace":45000000000`, tt.wantLog} {
				if !strings.Contains(logs, want) {
					t.Errorf("the log lacks %s:\n%s", want, logs)
				}
			}
		})
	}
}
