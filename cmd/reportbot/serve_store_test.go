package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is stderr for a server running in another goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// With a Redis that is not there, serve still starts (on memory), says so
// on /metrics, and never shows the password from the store URL.
func TestServeStoreUnreachableRedis(t *testing.T) {
	api := httptest.NewServer(&fakeSlackAPI{changed: make(chan struct{}, 1)})
	defer api.Close()
	const password = "pw-never-logged-42"
	addr := freeAddr(t)
	env := map[string]string{
		"SLACK_BOT_TOKEN":      "xoxb-1234567890-abcdefghij",
		"SLACK_SIGNING_SECRET": "8f742231b10e8888abcd99aabbcc85a5",
		"SLACK_API_URL":        api.URL + "/api",
		"REPORTBOT_STORE":      "redis://:" + password + "@" + freeAddr(t) + "/0",
	}
	var stderr lockedBuffer
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, []string{"--mode", "http", "--addr", addr}, envMap(env), &stderr) }()

	var metrics string
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/metrics")
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				metrics = string(b)
				break
			}
		}
		select {
		case err := <-done:
			t.Fatalf("runServe returned early: %v\n%s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("the server never served /metrics")
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("runServe after cancellation = %v, want nil", err)
	}
	if !strings.Contains(metrics, "reportbot_store_fallback 1") {
		t.Errorf("/metrics lacks reportbot_store_fallback 1:\n%s", metrics)
	}
	logs := stderr.String()
	if strings.Contains(logs, password) {
		t.Errorf("the log shows the store password:\n%s", logs)
	}
	if !strings.Contains(logs, `"store":"redis://:xxxxx@`) {
		t.Errorf("the starting line lacks the redacted store URL:\n%s", logs)
	}
}
