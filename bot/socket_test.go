package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack/socketmode"
	"github.com/stepi-tools/reportbot/bot/present"
)

func envelope(id, typ string, payload any, retry int) string {
	b, _ := json.Marshal(map[string]any{
		"envelope_id": id, "type": typ, "payload": payload,
		"accepts_response_payload": false, "retry_attempt": retry,
	})
	return string(b)
}

func nextPeer(t *testing.T, fs *fakeSlack) *wsPeer {
	t.Helper()
	select {
	case p := <-fs.conns:
		return p
	case <-time.After(10 * time.Second):
		t.Fatal("the bot did not open a Socket Mode connection")
		return nil
	}
}

func TestSocketMode(t *testing.T) {
	fs := newFakeSlack(t)
	searcher := &fakeSearcher{fallback: sampleAnswer("")}
	b, err := New(Options{
		Searcher: searcher,
		Slack:    fs.client(),
		// Long enough that the ping watchdog never fires during the test.
		SocketOptions: []socketmode.Option{socketmode.OptionPingInterval(time.Hour)},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- b.RunSocket(ctx) }()

	peer := nextPeer(t, fs)
	callback := func(eventID, ts string) map[string]any {
		var m map[string]any
		_ = json.Unmarshal([]byte(mentionEvent(eventID, "C1", "U1", ts, "<@UBOT> AI 반도체 정책은?")), &m)
		return m
	}

	// A mention: acked, then answered in its thread.
	peer.send(t, envelope("env-1", "events_api", callback("Ev1", "100.1"), 0))
	peer.waitAck(t, "env-1")
	fs.waitFor(t, "the mention's answer", func() bool { return len(fs.posts) == 1 })

	// The same event again, as Slack's retry: acked, not answered again.
	peer.send(t, envelope("env-1b", "events_api", callback("Ev1", "100.1"), 1))
	peer.waitAck(t, "env-1b")

	// A slash command and a button.
	peer.send(t, envelope("env-2", "slash_commands", map[string]string{
		"command": "/report", "text": "chips?", "user_id": "U1", "channel_id": "C1",
		"response_url": fs.responseURL("sock-cmd"),
	}, 0))
	peer.waitAck(t, "env-2")
	peer.send(t, envelope("env-3", "interactive", map[string]any{
		"type": "block_actions", "user": map[string]string{"id": "U1"}, "channel": map[string]string{"id": "C1"},
		"response_url": fs.responseURL("sock-click"),
		"actions":      []map[string]string{{"action_id": present.ActionUp, "block_id": "b", "type": "button", "value": `{"q":"chips?","l":"en"}`}},
	}, 0))
	peer.waitAck(t, "env-3")
	fs.waitFor(t, "replies to the command and the click", func() bool {
		return len(fs.responses["sock-cmd"]) == 1 && len(fs.responses["sock-click"]) == 1
	})

	// Garbage: a frame that is not JSON, an envelope of an unknown type, and
	// an events_api envelope whose payload cannot be parsed. The last two
	// carry envelope ids and must be acked so Slack stops resending them.
	peer.send(t, "this is not json {")
	peer.send(t, envelope("env-odd", "mystery", map[string]string{"x": "y"}, 0))
	peer.waitAck(t, "env-odd")
	peer.send(t, envelope("env-bad", "events_api", map[string]any{"type": "event_callback", "event": "oops"}, 0))
	peer.waitAck(t, "env-bad")

	// Drop the connection; the bot must come back on a new one.
	_ = peer.conn.Close()
	peer = nextPeer(t, fs)
	peer.send(t, envelope("env-4", "events_api", callback("Ev4", "100.4"), 0))
	peer.waitAck(t, "env-4")
	fs.waitFor(t, "an answer after reconnecting", func() bool { return len(fs.posts) == 2 })

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("RunSocket = %v, want nil after cancellation", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("RunSocket did not return after cancellation")
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if got := fs.calls["apps.connections.open"]; got < 2 {
		t.Errorf("apps.connections.open called %d times, want a reconnect", got)
	}
	if len(fs.posts) != 2 {
		t.Errorf("%d posts, want 2 (the retried event must not be answered again)", len(fs.posts))
	}
	for i, p := range fs.posts {
		if want := fmt.Sprintf("100.%d", []int{1, 4}[i]); p.ThreadTS != want {
			t.Errorf("post %d in thread %q, want %q", i, p.ThreadTS, want)
		}
	}
}

func TestRefusedTokenStopsStartUp(t *testing.T) {
	fs := newFakeSlack(t)
	fs.mu.Lock()
	fs.authError = "invalid_auth"
	fs.mu.Unlock()
	b, err := New(Options{Searcher: &fakeSearcher{}, Slack: fs.client()})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = b.RunSocket(ctx)
	if err == nil || !strings.Contains(err.Error(), "invalid_auth") {
		t.Errorf("RunSocket = %v, want an invalid_auth error", err)
	}
	if n := len(fs.conns); n != 0 {
		t.Errorf("opened %d connections with a refused token", n)
	}
}

func TestSocketModeShutdownFinishesAnswers(t *testing.T) {
	fs := newFakeSlack(t)
	gate := make(chan struct{})
	searcher := &fakeSearcher{fallback: sampleAnswer(""), gate: gate}
	b, err := New(Options{
		Searcher:      searcher,
		Slack:         fs.client(),
		SocketOptions: []socketmode.Option{socketmode.OptionPingInterval(time.Hour)},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.RunSocket(ctx) }()
	peer := nextPeer(t, fs)
	var ev map[string]any
	_ = json.Unmarshal([]byte(mentionEvent("Ev1", "C1", "U1", "7.7", "<@UBOT> chips?")), &ev)
	peer.send(t, envelope("env-1", "events_api", ev, 0))
	peer.waitAck(t, "env-1")

	cancel() // SIGTERM arrives while the answer is still being searched
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
		t.Errorf("%d answers posted after shutdown, want the in-flight one", n)
	}
}

// startSocket runs the bot in Socket Mode against fs until the test ends.
func startSocket(t *testing.T, fs *fakeSlack, logs *syncBuffer) *Service {
	t.Helper()
	b, err := New(Options{
		Searcher:      &fakeSearcher{fallback: sampleAnswer("")},
		Slack:         fs.client(),
		Logger:        slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		SocketOptions: []socketmode.Option{socketmode.OptionPingInterval(time.Hour)},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.RunSocket(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("RunSocket = %v, want nil after cancellation", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("RunSocket did not return after cancellation")
		}
	})
	return b
}

func TestSocketModeReconnectsAfterSlackDropsTheConnection(t *testing.T) {
	fs := newFakeSlack(t)
	fs.mu.Lock()
	fs.wsDrops = 1
	fs.mu.Unlock()
	startSocket(t, fs, &syncBuffer{})

	// The first connection is closed by the fake; the peer the test gets is
	// the bot's second.
	peer := nextPeer(t, fs)
	var ev map[string]any
	_ = json.Unmarshal([]byte(mentionEvent("EvR", "C1", "U1", "50.5", "<@UBOT> AI 반도체?")), &ev)
	peer.send(t, envelope("env-r", "events_api", ev, 0))
	peer.waitAck(t, "env-r")
	fs.waitFor(t, "the answer on the new connection", func() bool { return len(fs.posts) == 1 })

	fs.mu.Lock()
	defer fs.mu.Unlock()
	if fs.dropped != 1 {
		t.Errorf("the fake dropped %d connections, want 1", fs.dropped)
	}
	if got := fs.calls["apps.connections.open"]; got < 2 {
		t.Errorf("apps.connections.open called %d times, want at least 2", got)
	}
	if got := fs.posts[0].ThreadTS; got != "50.5" {
		t.Errorf("answer in thread %q, want 50.5", got)
	}
}

func TestSocketModeAcksUnparseableEnvelopes(t *testing.T) {
	tests := []struct {
		name  string
		frame string
	}{
		{"events_api payload not an event", envelope("env-ev", "events_api", map[string]any{"type": "event_callback", "event": "oops"}, 0)},
		{"slash command payload not an object", envelope("env-cmd", "slash_commands", []int{1, 2}, 0)},
		{"interactive payload not an object", envelope("env-int", "interactive", "click", 0)},
		{"unknown envelope type", envelope("env-odd", "mystery", map[string]string{"x": "y"}, 0)},
	}
	fs := newFakeSlack(t)
	logs := &syncBuffer{}
	startSocket(t, fs, logs)
	peer := nextPeer(t, fs)
	// Not JSON at all and without an envelope id: nothing to ack, and the
	// connection must survive it.
	peer.send(t, "this is not json {")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var env struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if err := json.Unmarshal([]byte(tt.frame), &env); err != nil || env.EnvelopeID == "" {
				t.Fatalf("test frame has no envelope id: %v", err)
			}
			peer.send(t, tt.frame)
			peer.waitAck(t, env.EnvelopeID)
			// The ack came from ackBadMessage, not from a parse that worked.
			if want := `"msg":"unparseable socket mode envelope","envelope_id":"` + env.EnvelopeID + `"`; !strings.Contains(logs.String(), want) {
				t.Errorf("log lacks %s", want)
			}
		})
	}
	if n := len(fs.snapshotPosts()); n != 0 {
		t.Errorf("%d posts for unparseable envelopes, want none", n)
	}
}
