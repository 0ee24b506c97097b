package bot

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack/socketmode"
)

// readyz is GET /readyz's status and body.
func readyz(t *testing.T, base string) (int, string) {
	t.Helper()
	return do(t, http.DefaultClient, mustGet(t, base+"/readyz"))
}

// waitReadyz polls /readyz until it answers want, or fails the test after
// 10 s.
func waitReadyz(t *testing.T, base string, want int) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for ; ; <-tick.C {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			body := make([]byte, 64)
			n, _ := resp.Body.Read(body)
			resp.Body.Close()
			if resp.StatusCode == want {
				return string(body[:n])
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz never answered %d (last error %v)", want, err)
		}
	}
}

// TestDrainHTTP cancels Serve's context, as SIGTERM does in serve, while an
// answer is being searched: /readyz turns 503 at once, the drain is logged,
// requests are still served during the grace, then the listener closes and
// the answers in flight, including the one taken during the grace, finish.
func TestDrainHTTP(t *testing.T) {
	fs := newFakeSlack(t)
	gate := make(chan struct{})
	searcher := &fakeSearcher{fallback: sampleAnswer("en"), gate: gate}
	logs := &syncBuffer{}
	graceOver := make(chan time.Time)
	var graceAsked time.Duration
	b, err := New(Options{
		Searcher: searcher, Slack: fs.client(),
		Logger:          slog.New(slog.NewJSONHandler(logs, nil)),
		ShutdownTimeout: 10 * time.Second,
		DrainGrace:      7 * time.Second,
		After: func(d time.Duration) <-chan time.Time {
			graceAsked = d
			return graceOver
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- b.Serve(ctx, ln, testSecret) }()

	if body := waitReadyz(t, base, 200); body != "ready\n" {
		t.Errorf("/readyz body %q, want ready", body)
	}
	command := func(id string) int {
		form := url.Values{"command": {"/report"}, "text": {"chips?"}, "user_id": {"U1"}, "channel_id": {"C1"}, "response_url": {fs.responseURL(id)}}
		req := signedRequest(t, testSecret, base+"/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode()), time.Now().Unix())
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if status := command("before"); status != 200 {
		t.Fatalf("command before SIGTERM: status %d", status)
	}

	cancel() // what SIGTERM does in serve
	if body := waitReadyz(t, base, 503); body != "draining\n" {
		t.Errorf("/readyz body while draining %q, want draining", body)
	}
	if status := command("during"); status != 200 {
		t.Errorf("command during the grace: status %d, want 200 (still served)", status)
	}
	if status, _ := do(t, http.DefaultClient, mustGet(t, base+"/healthz")); status != 200 {
		t.Errorf("/healthz during the grace = %d, want 200 (alive, only not ready)", status)
	}
	select {
	case err := <-done:
		t.Fatalf("Serve returned during the grace: %v", err)
	default:
	}

	close(graceOver)
	// Once the grace is over the listener closes, while both answers are
	// still held at the gate.
	deadline := time.Now().Add(10 * time.Second)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for ; ; <-tick.C {
		c, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("the listener still accepts after the grace")
		}
	}
	close(gate)
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve = %v, want nil: every answer was delivered", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Serve did not return")
	}
	for _, id := range []string{"before", "during"} {
		if n := len(fs.snapshotResponses(id)); n != 1 {
			t.Errorf("%s: %d replies, want 1", id, n)
		}
	}
	if graceAsked != 7*time.Second {
		t.Errorf("grace waited for %v, want the 7s of DrainGrace", graceAsked)
	}
	out := logs.String()
	for _, want := range []string{
		`"msg":"draining: /readyz answers 503 from now on","mode":"http","grace":7000000000`,
		`"msg":"draining: no longer accepting requests; finishing answers in flight","in_flight":2`,
		`"msg":"drained: every answer in flight was delivered"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %s:\n%s", want, out)
		}
	}
	if i, j := strings.Index(out, `"msg":"draining: /readyz`), strings.Index(out, `"msg":"drained`); i < 0 || j < i {
		t.Errorf("the drain's start is not logged before its end:\n%s", out)
	}
}

// TestDrainCutOff: an answer that outlives the shutdown timeout is cut off,
// logged, and Serve says so in its error (serve's exit status).
func TestDrainCutOff(t *testing.T) {
	fs := newFakeSlack(t)
	gate := make(chan struct{})
	defer close(gate)
	logs := &syncBuffer{}
	b, err := New(Options{
		Searcher: &fakeSearcher{fallback: sampleAnswer("en"), gate: gate}, Slack: fs.client(),
		Logger:          slog.New(slog.NewJSONHandler(logs, nil)),
		ShutdownTimeout: 200 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Serve(ctx, ln, testSecret) }()
	waitReadyz(t, base, 200)
	form := url.Values{"command": {"/report"}, "text": {"chips?"}, "user_id": {"U1"}, "channel_id": {"C1"}, "response_url": {fs.responseURL("stuck")}}
	req := signedRequest(t, testSecret, base+"/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode()), time.Now().Unix())
	if status, _ := do(t, http.DefaultClient, req); status != 200 {
		t.Fatalf("status %d", status)
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, ErrShutdownTimeout) {
			t.Errorf("Serve = %v, want ErrShutdownTimeout", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return")
	}
	if !strings.Contains(logs.String(), `"msg":"drained: answers in flight were cut off at the shutdown timeout","cut_off":1`) {
		t.Errorf("the cut-off is not logged:\n%s", logs.String())
	}
}

// TestReadinessSocketMode: with ServeOps beside RunSocket, as serve runs
// them, /readyz is 503 until the bot has connected to Slack, 200 while
// connected, and 503 from the cancel (SIGTERM) on while the answer in
// flight still finishes.
func TestReadinessSocketMode(t *testing.T) {
	fs := newFakeSlack(t)
	gate := make(chan struct{})
	logs := &syncBuffer{}
	b, err := New(Options{
		Searcher:      &fakeSearcher{fallback: sampleAnswer(""), gate: gate},
		Slack:         fs.client(),
		Logger:        slog.New(slog.NewJSONHandler(logs, nil)),
		SocketOptions: []socketmode.Option{socketmode.OptionPingInterval(time.Hour)},
	})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	opsCtx, stopOps := context.WithCancel(context.Background())
	opsDone := make(chan error, 1)
	go func() { opsDone <- b.ServeOps(opsCtx, ln) }()
	defer func() {
		stopOps()
		if err := <-opsDone; err != nil {
			t.Errorf("ServeOps = %v", err)
		}
	}()
	if status, body := readyz(t, base); status != 503 || body != "starting\n" {
		t.Errorf("/readyz before RunSocket = %d %q, want 503 starting", status, body)
	}

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.RunSocket(ctx) }()
	peer := nextPeer(t, fs)
	waitReadyz(t, base, 200)

	var ev map[string]any
	if err := json.Unmarshal([]byte(mentionEvent("Ev1", "C1", "U1", "7.7", "<@UBOT> chips?")), &ev); err != nil {
		t.Fatal(err)
	}
	peer.send(t, envelope("env-1", "events_api", ev, 0))
	peer.waitAck(t, "env-1")

	cancel()
	if body := waitReadyz(t, base, 503); body != "draining\n" {
		t.Errorf("/readyz after the cancel: %q, want draining", body)
	}
	close(gate)
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("RunSocket = %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("RunSocket did not return")
	}
	if n := len(fs.snapshotPosts()); n != 1 {
		t.Errorf("%d answers posted, want the one in flight", n)
	}
	if status, body := readyz(t, base); status != 503 || body != "draining\n" {
		t.Errorf("/readyz after the drain = %d %q, want 503 draining", status, body)
	}
	if !strings.Contains(logs.String(), `"msg":"draining: /readyz answers 503 from now on","mode":"socket"`) {
		t.Errorf("the drain is not logged:\n%s", logs.String())
	}
}
