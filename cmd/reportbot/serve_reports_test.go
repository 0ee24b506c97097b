package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stepi-tools/reportbot/config"
)

// reportFiles3 are the report files of the serve tests: the embedded
// report's text and the two fictional reports.
func reportFiles3() (real, quantum, battery string) {
	dir := filepath.Join("..", "..", "corpus")
	return filepath.Join(dir, "report.txt"), filepath.Join(dir, "testdata", "reports", "good.txt"), filepath.Join(dir, "testdata", "reports", "third.txt")
}

// TestServeRefusesBadReportSettings starts serve with settings about its
// reports that cannot work: each is refused at start-up, before Slack is
// called, with a message that says what to fix.
func TestServeRefusesBadReportSettings(t *testing.T) {
	real, quantum, _ := reportFiles3()
	const secret = "8f742231b10e8888abcd99aabbcc85a5"
	slackEnv := map[string]string{"SLACK_BOT_TOKEN": "xoxb-1234567890-abcdefghij", "SLACK_SIGNING_SECRET": secret,
		// Nothing listens here: a test that got as far as Slack would fail.
		"SLACK_API_URL": "http://" + freeAddr(t) + "/api/"}
	configFile := func(body string) string {
		p := filepath.Join(t.TempDir(), "reportbot.yaml")
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	two := []string{"--mode", "http", "--report", real, "--report", quantum}
	tests := []struct {
		name      string
		args      []string
		env       map[string]string
		wantErr   error
		wantUsage bool
		wantText  []string
	}{
		{"a scope naming a series no report has", append(two, "--config", configFile("channel_reports:\n  C0123ABCD: [\"2099-01\"]\n")), nil,
			config.ErrMalformed, false, []string{"channel_reports", "C0123ABCD", "2099-01", "수시연구 2024-08", "정책연구 2031-03"}},
		{"a scope naming a report that is not loaded", two, map[string]string{"REPORTBOT_CHANNEL_REPORTS": "C0123ABCD=2024-08,정책연구 2032-07"},
			config.ErrMalformed, false, []string{"C0123ABCD", "정책연구 2032-07", "no report of that series number is loaded"}},
		{"one report twice", []string{"--mode", "http", "--report", quantum, "--report", quantum}, nil,
			nil, false, []string{"정책연구 2031-03", "same series number"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{}
			for k, v := range slackEnv {
				env[k] = v
			}
			for k, v := range tt.env {
				env[k] = v
			}
			err := runServe(context.Background(), tt.args, envMap(env), io.Discard)
			if err == nil {
				t.Fatal("serve started; want it refused")
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v, want one wrapping %v", err, tt.wantErr)
			}
			var u usageError
			if got := errors.As(err, &u); got != tt.wantUsage {
				t.Errorf("usage error %v, want %v (%v)", got, tt.wantUsage, err)
			}
			for _, w := range tt.wantText {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "auth.test") {
				t.Errorf("serve called Slack before refusing: %v", err)
			}
		})
	}
}

// TestServeSeveralReports runs `reportbot serve` in HTTP mode over three
// reports, with a channel scoped to one of them in the config file, and
// asks it through signed slash commands, its replies going to the fake
// Slack's response_url: each answer names its report, and the scoped
// channel searches its report alone.
func TestServeSeveralReports(t *testing.T) {
	real, quantum, battery := reportFiles3()
	fake := &fakeSlackAPI{changed: make(chan struct{}, 1)}
	api := httptest.NewServer(fake)
	defer api.Close()
	cfg := filepath.Join(t.TempDir(), "reportbot.yaml")
	if err := os.WriteFile(cfg, []byte("channel_reports:\n  C0QUANTUM: [\"2031-03\"]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	const secret = "8f742231b10e8888abcd99aabbcc85a5"
	env := map[string]string{
		"SLACK_BOT_TOKEN":      "xoxb-1234567890-abcdefghij",
		"SLACK_SIGNING_SECRET": secret,
		"SLACK_API_URL":        api.URL + "/api",
		"REPORTBOT_LOG_LEVEL":  "warn",
		// The variable lists two; --report, given, replaces it, as in ask.
		"REPORTBOT_REPORT": battery + string(filepath.ListSeparator) + quantum,
	}
	args := []string{"--mode", "http", "--addr", addr, "--config", cfg, "--report", real, "--report", quantum, "--report", battery}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, args, envMap(env), &stderr) }()
	waitHealthy(t, addr, done)

	tests := []struct {
		name, channel, text string
		want, notWant       []string
	}{
		{"the embedded report's figure", "C1", "일본 반도체 보조금 얼마야?", []string{"AI 초격차 전략 수립 연구 (2024)"}, nil},
		{"the quantum report's figure, which another answers too", "C1", "독일은 얼마를 지원해?",
			[]string{"가상 양자기술 협력 전략 연구 (2031)", "여러 보고서가 답합니다"}, nil},
		{"the battery report's question", "C1", "ESS 배터리 공급망에서 리튬 조달은?", []string{"가상 ESS 배터리 공급망 정책 연구 (2032)"}, nil},
		{"the embedded report's figure in the scoped channel", "C0QUANTUM", "일본 반도체 보조금 얼마야?",
			nil, []string{"AI 초격차 전략 수립 연구", "4조엔"}},
		{"the quantum report's figure in the scoped channel", "C0QUANTUM", "독일 양자기술 실행계획 지원 규모는?",
			[]string{"가상 양자기술 협력 전략 연구 (2031)"}, []string{"여러 보고서가 답합니다", "AI 초격차 전략 수립 연구"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := commandReply(t, fake, addr, secret, api.URL+"/resp/"+strconv.Itoa(i), tt.channel, tt.text)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("reply lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("reply holds %q:\n%s", w, got)
				}
			}
		})
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("runServe after cancellation = %v, want nil", err)
	}
	if logs := stderr.String(); strings.Contains(logs, `"level":"ERROR"`) {
		t.Errorf("serve logged an error:\n%s", logs)
	}
}

// waitHealthy waits until serve at addr answers /healthz, or fails when it
// returned first.
func waitHealthy(t *testing.T, addr string, done <-chan error) {
	t.Helper()
	deadline := time.NewTimer(60 * time.Second)
	defer deadline.Stop()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		if resp, err := http.Get("http://" + addr + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		select {
		case err := <-done:
			t.Fatalf("runServe returned early: %v", err)
		case <-deadline.C:
			t.Fatal("the server never became healthy")
		case <-tick.C:
		}
	}
}

// commandReply posts /report with text in channel, signed as Slack signs,
// and returns what the reply at responseURL shows.
func commandReply(t *testing.T, fake *fakeSlackAPI, addr, secret, responseURL, channel, text string) string {
	t.Helper()
	fake.mu.Lock()
	before := len(fake.responses)
	fake.mu.Unlock()
	postSigned(t, addr, secret, url.Values{"command": {"/report"}, "text": {text}, "user_id": {"U1"}, "channel_id": {channel}, "response_url": {responseURL}})
	wait := time.NewTimer(30 * time.Second)
	defer wait.Stop()
	for {
		fake.mu.Lock()
		if len(fake.responses) > before {
			reply := fake.responses[before]
			fake.mu.Unlock()
			b, _ := json.Marshal(reply["blocks"])
			return string(b)
		}
		fake.mu.Unlock()
		select {
		case <-fake.changed:
		case <-wait.C:
			t.Fatal("no answer arrived at response_url")
		}
	}
}
