package bot

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/stepi-tools/reportbot/bot/present"
)

// errNoNetwork is what every Slack call gets while fuzzing: a fuzzed
// response_url may name any host, and a fuzz run must not reach one.
var errNoNetwork = errors.New("fuzzing: no network")

type refuseTransport struct{}

func (refuseTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		req.Body.Close()
	}
	return nil, errNoNetwork
}

// fuzzHandler is the signed HTTP handler of a bot whose Slack calls all fail
// at once. Its clock moves an hour per reading, so that the replay check
// never mistakes a fuzz input the engine repeats for a replayed request.
func fuzzHandler(f *testing.F) http.Handler {
	f.Helper()
	var ticks atomic.Int64
	base := time.Now()
	client := &http.Client{Transport: refuseTransport{}}
	b, err := New(Options{
		Searcher:      &fakeSearcher{fallback: sampleAnswer("")},
		Slack:         slack.New("xoxb-fuzz", slack.OptionHTTPClient(client)),
		HTTPClient:    client,
		RetryAttempts: 1,
		Now:           func() time.Time { return base.Add(time.Duration(ticks.Add(1)) * time.Hour) },
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(b.Wait)
	return b.Handler(testSecret)
}

// serveSigned sends body to path, signed now with the test secret, straight
// into the handler, and returns the status.
func serveSigned(h http.Handler, path, contentType string, body []byte) int {
	ts := time.Now().Unix()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(string(body)))
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(ts, 10))
	req.Header.Set("X-Slack-Signature", sign(testSecret, ts, body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code
}

func wantOKOrBadRequest(t *testing.T, status int, input string) {
	t.Helper()
	if status != http.StatusOK && status != http.StatusBadRequest {
		t.Errorf("status %d for %q, want 200 or 400", status, present.ClipPlain(input, 300))
	}
}

func FuzzEventsBody(f *testing.F) {
	f.Add([]byte(mentionEvent("Ev1", "C1", "U1", "1.1", "<@UBOT> AI 반도체?")))
	f.Add([]byte(dmEvent("Ev2", "D1", "U1", "2.2", "hello", map[string]any{"subtype": "message_changed"})))
	f.Add([]byte(`{"type":"url_verification","challenge":"c"}`))
	f.Add([]byte(`{"type":"event_callback","event":{"type":"app_mention","text":7}}`))
	h := fuzzHandler(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		wantOKOrBadRequest(t, serveSigned(h, "/slack/events", "application/json", body), string(body))
	})
}

func FuzzSlashCommandForm(f *testing.F) {
	f.Add("command=%2Freport&text=AI+%EB%B0%98%EB%8F%84%EC%B2%B4&user_id=U1&channel_id=C1&response_url=http%3A%2F%2Fslack.invalid%2Fr")
	f.Add("command=%2Fcite&text=&response_url=ftp%3A%2F%2Fx")
	f.Add("command=%zz&text=%")
	f.Add("text=hello")
	h := fuzzHandler(f)
	f.Fuzz(func(t *testing.T, form string) {
		wantOKOrBadRequest(t, serveSigned(h, "/slack/commands", "application/x-www-form-urlencoded", []byte(form)), form)
	})
}

func FuzzInteractionPayload(f *testing.F) {
	f.Add(`{"type":"block_actions","user":{"id":"U1"},"channel":{"id":"C1"},"response_url":"http://slack.invalid/r","actions":[{"action_id":"reportbot_more","value":"{\"q\":\"chips?\",\"l\":\"en\"}"}]}`)
	f.Add(`{"type":"block_actions","actions":[null,{"action_id":"reportbot_all","value":"%%"}]}`)
	f.Add(`{"type":"view_submission"}`)
	f.Add(`{nope`)
	h := fuzzHandler(f)
	f.Fuzz(func(t *testing.T, payload string) {
		body := "payload=" + url.QueryEscape(payload)
		wantOKOrBadRequest(t, serveSigned(h, "/slack/interactions", "application/x-www-form-urlencoded", []byte(body)), payload)
	})
}

// FuzzSignature fuzzes the timestamp and signature headers. offset moves
// the timestamp from now and suffix is appended to it; when signIt is set
// the signature is computed for what was sent, otherwise sig is sent as it
// is. A request may get past the check only if its timestamp is a number
// within five minutes and its signature is right.
func FuzzSignature(f *testing.F) {
	f.Add(int64(0), "", "", true, []byte(`{"type":"url_verification","challenge":"c"}`))
	f.Add(int64(-299), "", "", true, []byte(`{}`))
	f.Add(int64(301), "", "", true, []byte(`{}`))
	f.Add(int64(0), " ", "", true, []byte(`{}`))
	f.Add(int64(0), "", "v0=00", false, []byte(`{}`))
	f.Add(int64(0), "", "v1=abc", false, []byte(``))
	h := fuzzHandler(f)
	f.Fuzz(func(t *testing.T, offset int64, suffix, sig string, signIt bool, body []byte) {
		now := time.Now().Unix()
		ts := strconv.FormatInt(now+offset, 10) + suffix
		mac := hmac.New(sha256.New, []byte(testSecret))
		mac.Write([]byte("v0:" + ts + ":"))
		mac.Write(body)
		correct := "v0=" + hex.EncodeToString(mac.Sum(nil))
		if signIt {
			sig = correct
		}
		req := httptest.NewRequest(http.MethodPost, "/slack/events", strings.NewReader(string(body)))
		req.Header["X-Slack-Request-Timestamp"] = []string{ts}
		req.Header["X-Slack-Signature"] = []string{sig}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)

		parsed, err := strconv.ParseInt(ts, 10, 64)
		inWindow := err == nil && max(parsed-now, now-parsed) <= 5*60
		// A second's leeway either side: the handler reads the clock later.
		clearlyInWindow := err == nil && max(parsed-now, now-parsed) < 5*60-1
		genuine := hmac.Equal([]byte(sig), []byte(correct))
		accepted := rec.Code != http.StatusUnauthorized
		switch {
		case accepted && !(genuine && inWindow) && rec.Code != http.StatusBadRequest:
			t.Errorf("accepted (status %d) ts %q sig %q: genuine %v, in window %v", rec.Code, ts, sig, genuine, inWindow)
		case accepted && !(genuine && inWindow) && len(body) <= 256<<10:
			// 400 for a body too large comes before the signature check;
			// any other 400 means the signature was accepted.
			t.Errorf("a forged or stale request reached the parser (status %d, ts %q, sig %q)", rec.Code, ts, sig)
		case !accepted && genuine && clearlyInWindow:
			t.Errorf("a genuine request was refused: ts %q, body %q", ts, present.ClipPlain(string(body), 200))
		}
	})
}
