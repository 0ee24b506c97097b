package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func envMap(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestServeRefusesBadSettings(t *testing.T) {
	const (
		bot    = "xoxb-1234567890-abcdefghij"
		app    = "xapp-1-A123-456-abcdef0123"
		secret = "8f742231b10e8888abcd99aabbcc85a5"
	)
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"socket mode without a bot token", nil, map[string]string{"SLACK_APP_TOKEN": app}, "SLACK_BOT_TOKEN"},
		{"socket mode without an app token", nil, map[string]string{"SLACK_BOT_TOKEN": bot}, "SLACK_APP_TOKEN"},
		{"user token where a bot token belongs", nil, map[string]string{"SLACK_BOT_TOKEN": "xoxp-123456789012", "SLACK_APP_TOKEN": app}, "SLACK_BOT_TOKEN"},
		{"http mode without a signing secret", []string{"--mode", "http"}, map[string]string{"SLACK_BOT_TOKEN": bot}, "SLACK_SIGNING_SECRET"},
		{"http mode with a malformed secret", []string{"--mode", "http"}, map[string]string{"SLACK_BOT_TOKEN": bot, "SLACK_SIGNING_SECRET": "not a secret"}, "SLACK_SIGNING_SECRET"},
		{"unknown mode", []string{"--mode", "carrier-pigeon"}, map[string]string{"SLACK_BOT_TOKEN": bot, "SLACK_APP_TOKEN": app}, "--mode"},
		{"unknown flag", []string{"--colour", "blue"}, map[string]string{"SLACK_BOT_TOKEN": bot, "SLACK_APP_TOKEN": app}, "colour"},
		{"bad rate limit from the environment", nil, map[string]string{"SLACK_BOT_TOKEN": bot, "SLACK_APP_TOKEN": app, "REPORTBOT_RATE_LIMIT": "lots"}, "REPORTBOT_RATE_LIMIT"},
		{"http mode signing secret present but bot token missing", []string{"--mode", "http"}, map[string]string{"SLACK_SIGNING_SECRET": secret}, "SLACK_BOT_TOKEN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := runServe(context.Background(), tt.args, envMap(tt.env), io.Discard)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("runServe = %v, want an error naming %s", err, tt.want)
			}
		})
	}
}

// fakeSlackAPI answers auth.test and records response_url posts.
type fakeSlackAPI struct {
	mu        sync.Mutex
	responses []map[string]any
	changed   chan struct{}
}

func (f *fakeSlackAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/api/auth.test":
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"ok":true,"user_id":"UBOT","bot_id":"BBOT","team":"T"}`)
	case strings.HasPrefix(r.URL.Path, "/resp/"):
		var m map[string]any
		_ = json.NewDecoder(r.Body).Decode(&m)
		f.mu.Lock()
		f.responses = append(f.responses, m)
		f.mu.Unlock()
		select {
		case f.changed <- struct{}{}:
		default:
		}
	default:
		http.NotFound(w, r)
	}
}

func TestServeHTTPEndToEnd(t *testing.T) {
	serveAndAsk(t, map[string]string{"REPORTBOT_LOG_LEVEL": "warn"}, io.Discard)
}

// serveAndAsk runs serve in HTTP mode with env added to the Slack settings,
// asks one slash command and checks the answer.
func serveAndAsk(t *testing.T, extra map[string]string, stderr io.Writer) {
	t.Helper()
	fake := &fakeSlackAPI{changed: make(chan struct{}, 1)}
	api := httptest.NewServer(fake)
	defer api.Close()

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	const secret = "8f742231b10e8888abcd99aabbcc85a5"
	env := map[string]string{
		"SLACK_BOT_TOKEN":      "xoxb-1234567890-abcdefghij",
		"SLACK_SIGNING_SECRET": secret,
		"SLACK_API_URL":        api.URL + "/api",
	}
	for k, v := range extra {
		env[k] = v
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, []string{"--mode", "http", "--addr", addr}, envMap(env), stderr) }()

	// Wait for the listener: poll /healthz until it answers or runServe quits.
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		select {
		case err := <-done:
			t.Fatalf("runServe returned early: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("the server never became healthy")
		}
	}

	postSignedCommand(t, addr, secret, api.URL+"/resp/1")

	wait := time.NewTimer(30 * time.Second)
	defer wait.Stop()
	for {
		fake.mu.Lock()
		n := len(fake.responses)
		fake.mu.Unlock()
		if n > 0 {
			break
		}
		select {
		case <-fake.changed:
		case <-wait.C:
			t.Fatal("no answer arrived at response_url")
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("runServe after cancellation = %v, want nil", err)
	}
	fake.mu.Lock()
	defer fake.mu.Unlock()
	if len(fake.responses) != 1 {
		t.Fatalf("%d replies, want 1", len(fake.responses))
	}
	got := fake.responses[0]
	if got["response_type"] != "ephemeral" {
		t.Errorf("response_type = %v, want ephemeral", got["response_type"])
	}
	blocks, _ := json.Marshal(got["blocks"])
	if !strings.Contains(string(blocks), "질문") {
		t.Errorf("reply is not a Korean answer: %s", blocks)
	}
}

// postSignedCommand posts a /report question to the server at addr from
// channel C1, signed with secret as Slack signs, and requires the
// acknowledgement.
func postSignedCommand(t *testing.T, addr, secret, responseURL string) {
	t.Helper()
	postSigned(t, addr, secret, url.Values{"command": {"/report"}, "text": {"AI 반도체 분야 초격차 확보 정책은?"}, "user_id": {"U1"},
		"channel_id": {"C1"}, "response_url": {responseURL}})
}

// postSigned posts a slash command's form to the server at addr, signed
// with secret as Slack signs, and requires the acknowledgement.
func postSigned(t *testing.T, addr, secret string, form url.Values) {
	t.Helper()
	body := form.Encode()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	req, err := http.NewRequest(http.MethodPost, "http://"+addr+"/slack/commands", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("ack status %d, want 200", resp.StatusCode)
	}
}
