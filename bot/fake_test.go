package bot

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

// fakeSearcher is the answer engine as tests want it: canned answers by
// question, a default, and a record of what was asked.
type fakeSearcher struct {
	mu        sync.Mutex
	questions []string
	answers   map[string]answer.Answer
	fallback  answer.Answer
	err       error
	gate      chan struct{} // when set, Ask waits for it (or ctx)
}

func (f *fakeSearcher) Ask(ctx context.Context, asked question.Asked, n int) (answer.Answer, error) {
	q := asked.Text()
	f.mu.Lock()
	f.questions = append(f.questions, q)
	a, ok := f.answers[q]
	if !ok {
		a = f.fallback
		a.Question = q
	}
	if a.Lang == "" {
		a.Lang = asked.Lang()
	}
	err, gate := f.err, f.gate
	f.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return answer.Answer{}, ctx.Err()
		}
	}
	if err != nil {
		return answer.Answer{}, err
	}
	if strings.TrimSpace(q) == "" {
		return answer.Answer{}, question.ErrEmpty
	}
	if len([]rune(q)) > question.MaxRunes {
		return answer.Answer{}, question.ErrTooLong
	}
	if len(a.Results) > n {
		a.Results = a.Results[:n]
	}
	return a, nil
}

func (f *fakeSearcher) asked() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.questions...)
}

// posted is one chat.postMessage the fake received.
type posted struct {
	Channel, ThreadTS, Text string
	Blocks                  json.RawMessage
}

// reaction is one reactions.add or reactions.remove.
type reaction struct {
	Op, Name, Channel, TS string
}

// responded is one POST to a response_url.
type responded struct {
	Text            string          `json:"text"`
	Blocks          json.RawMessage `json:"blocks"`
	ResponseType    string          `json:"response_type"`
	ReplaceOriginal bool            `json:"replace_original"`
}

// fakeSlack is Slack's Web API, response_urls and the Socket Mode websocket
// on loopback. It keeps everything it is sent for the tests to inspect.
type fakeSlack struct {
	srv *httptest.Server

	mu        sync.Mutex
	calls     map[string]int
	posts     []posted
	reactions []reaction
	responses map[string][]responded // by response_url id
	throttle  map[string]int         // method -> 429s still to give
	authError string                 // when set, auth.test fails with it
	changed   chan struct{}

	faults   *faultPlan     // when set, fails a share of calls (see fault)
	injected map[string]int // method -> failures given by faults
	slowed   int            // calls answered late but well
	hanging  int            // response_url posts to /resp/hang-… now blocked
	hangs    int            // such posts ever received
	release  chan struct{}  // closed when the test ends: hung posts return

	conns   chan *wsPeer // every accepted websocket, for the test to drive
	wsDrops int          // connections still to close right after hello
	dropped int          // connections closed that way
}

func newFakeSlack(t testing.TB) *fakeSlack {
	f := &fakeSlack{
		calls:     map[string]int{},
		responses: map[string][]responded{},
		throttle:  map[string]int{},
		changed:   make(chan struct{}, 1),
		conns:     make(chan *wsPeer, 8),
		injected:  map[string]int{},
		release:   make(chan struct{}),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", f.api)
	mux.HandleFunc("/resp/", f.response)
	mux.HandleFunc("/ws", f.websocket)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	// Registered after Close so that it runs first: Close waits for the
	// hung handlers.
	t.Cleanup(func() { close(f.release) })
	return f
}

// fault kinds the plan can give.
const (
	faultNone = iota
	faultRateLimit0
	faultRateLimit1
	fault500
	fault503
	faultReset // hijack, then close with RST
	faultEOF   // hijack, then close cleanly
	faultSlow  // a good answer, late
	fault400   // only for scripts
	fault404
	faultHang // never answers; only for scripts
)

// faultPlan fails a share of the fake's calls, the same way for a given
// seed whatever order the calls arrive in: each call key (a response_url,
// or a method with its channel and ts) draws from its own seeded stream.
// It never fails one key more than maxRun times in a row, so a bot that
// makes maxRun+1 attempts always gets through.
type faultPlan struct {
	seed    uint64
	rate    float64 // share of calls failed
	slow    float64 // share of the others answered late
	maxRun  int
	streams map[string]*rand.Rand
	runs    map[string]int
	script  []int // when set, these faults come first, in order, for any key
}

// scriptedFaults gives kinds to the next calls, then no more faults.
func scriptedFaults(kinds ...int) *faultPlan {
	p := newFaultPlan(1, 0, 0, 0)
	p.script = kinds
	return p
}

func newFaultPlan(seed uint64, rate, slow float64, maxRun int) *faultPlan {
	return &faultPlan{seed: seed, rate: rate, slow: slow, maxRun: maxRun,
		streams: map[string]*rand.Rand{}, runs: map[string]int{}}
}

// next is the fault for the next call on key. The caller holds the fake's lock.
func (p *faultPlan) next(key string) int {
	if len(p.script) > 0 {
		kind := p.script[0]
		p.script = p.script[1:]
		return kind
	}
	r := p.streams[key]
	if r == nil {
		h := fnv.New64a()
		_, _ = io.WriteString(h, key)
		r = rand.New(rand.NewPCG(p.seed, h.Sum64()))
		p.streams[key] = r
	}
	x := r.Float64()
	kind := 1 + r.IntN(faultEOF) // drawn always, so the stream stays in step
	switch {
	case x < p.rate && p.runs[key] < p.maxRun:
		p.runs[key]++
		return kind
	case x < p.rate+p.slow:
		p.runs[key] = 0
		return faultSlow
	}
	p.runs[key] = 0
	return faultNone
}

// fault gives the planned failure for one call, if any, and reports whether
// it answered the request. A failure is counted in injected; a slow answer
// is not a failure and the caller goes on to answer it.
func (f *fakeSlack) fault(w http.ResponseWriter, r *http.Request, method, key string) bool {
	f.mu.Lock()
	kind := faultNone
	if f.faults != nil {
		kind = f.faults.next(method + " " + key)
	}
	switch kind {
	case faultNone:
	case faultSlow:
		f.slowed++
	default:
		f.calls[method]++
		f.injected[method]++
	}
	f.mu.Unlock()
	switch kind {
	case faultNone:
		return false
	case faultSlow:
		t := time.NewTimer(20 * time.Millisecond)
		defer t.Stop()
		select {
		case <-t.C:
		case <-r.Context().Done():
		}
		return false
	case faultRateLimit0, faultRateLimit1:
		w.Header().Set("Retry-After", strconv.Itoa(kind-faultRateLimit0))
		w.WriteHeader(http.StatusTooManyRequests)
	case fault500:
		http.Error(w, "internal error", http.StatusInternalServerError)
	case fault503:
		http.Error(w, "service unavailable", http.StatusServiceUnavailable)
	case fault400:
		http.Error(w, "invalid_payload", http.StatusBadRequest)
	case fault404:
		http.Error(w, "expired_url", http.StatusNotFound)
	case faultHang:
		select {
		case <-r.Context().Done():
		case <-f.release:
		}
	case faultReset, faultEOF:
		conn, _, err := http.NewResponseController(w).Hijack()
		if err != nil {
			panic(fmt.Sprintf("fake Slack cannot hijack: %v", err))
		}
		if tc, ok := conn.(*net.TCPConn); ok && kind == faultReset {
			_ = tc.SetLinger(0)
		}
		_ = conn.Close()
	}
	f.notify()
	return true
}

func (f *fakeSlack) apiURL() string { return f.srv.URL + "/api/" }

func (f *fakeSlack) responseURL(id string) string { return f.srv.URL + "/resp/" + id }

func (f *fakeSlack) client() *slack.Client {
	return slack.New("xoxb-test-token", slack.OptionAPIURL(f.apiURL()), slack.OptionAppLevelToken("xapp-test-token"))
}

func (f *fakeSlack) notify() {
	select {
	case f.changed <- struct{}{}:
	default:
	}
}

// throttled answers 429 with Retry-After if the test asked for it.
func (f *fakeSlack) throttled(w http.ResponseWriter, method string) bool {
	if f.throttle[method] > 0 {
		f.throttle[method]--
		w.Header().Set("Retry-After", "0")
		w.WriteHeader(http.StatusTooManyRequests)
		return true
	}
	return false
}

func (f *fakeSlack) api(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	var form url.Values
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		var m map[string]any
		_ = json.NewDecoder(r.Body).Decode(&m)
		form = url.Values{}
		for k, v := range m {
			form.Set(k, fmt.Sprint(v))
		}
	} else {
		_ = r.ParseForm()
		form = r.PostForm
	}
	key := form.Get("channel") + "/" + form.Get("thread_ts") + "/" + form.Get("timestamp")
	if f.fault(w, r, method, key) {
		return
	}
	f.mu.Lock()
	defer f.notify()
	defer f.mu.Unlock()
	f.calls[method]++
	if f.throttled(w, method) {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	switch method {
	case "auth.test":
		if f.authError != "" {
			fmt.Fprintf(w, `{"ok":false,"error":%q}`, f.authError)
			return
		}
		fmt.Fprint(w, `{"ok":true,"team":"Test","user_id":"UBOT","bot_id":"BBOT"}`)
	case "chat.postMessage":
		f.posts = append(f.posts, posted{Channel: form.Get("channel"), ThreadTS: form.Get("thread_ts"),
			Text: form.Get("text"), Blocks: json.RawMessage(form.Get("blocks"))})
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000000.%06d"}`, form.Get("channel"), len(f.posts))
	case "reactions.add", "reactions.remove":
		f.reactions = append(f.reactions, reaction{Op: method, Name: form.Get("name"),
			Channel: form.Get("channel"), TS: form.Get("timestamp")})
		fmt.Fprint(w, `{"ok":true}`)
	case "apps.connections.open":
		fmt.Fprintf(w, `{"ok":true,"url":"ws%s/ws"}`, strings.TrimPrefix(f.srv.URL, "http"))
	default:
		fmt.Fprint(w, `{"ok":false,"error":"unknown_method"}`)
	}
}

func (f *fakeSlack) response(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/resp/")
	// Read to the end, so that the server notices when the bot hangs up.
	raw, err := io.ReadAll(r.Body)
	var body responded
	if err == nil {
		err = json.Unmarshal(raw, &body)
	}
	if strings.HasPrefix(id, "hang-") {
		f.hang(r)
		return
	}
	if f.fault(w, r, "response_url", id) {
		return
	}
	f.mu.Lock()
	defer f.notify()
	defer f.mu.Unlock()
	f.calls["response_url"]++
	if f.throttled(w, "response_url") {
		return
	}
	if err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	f.responses[id] = append(f.responses[id], body)
	fmt.Fprint(w, "ok")
}

// hang accepts a response_url post and never answers it: it returns when
// the bot gives up on it or the test ends.
func (f *fakeSlack) hang(r *http.Request) {
	f.mu.Lock()
	f.calls["response_url"]++
	f.hanging++
	f.hangs++
	f.mu.Unlock()
	f.notify()
	select {
	case <-r.Context().Done():
	case <-f.release:
	}
	f.mu.Lock()
	f.hanging--
	f.mu.Unlock()
	f.notify()
}

// waitFor polls cond, under the fake's lock, until it holds or 10 s pass;
// it wakes on every request the fake records rather than on a timer.
func (f *fakeSlack) waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.NewTimer(10 * time.Second)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		ok := cond()
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-f.changed:
		case <-deadline.C:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

func (f *fakeSlack) snapshotPosts() []posted {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]posted(nil), f.posts...)
}

func (f *fakeSlack) snapshotResponses(id string) []responded {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]responded(nil), f.responses[id]...)
}

func (f *fakeSlack) snapshotReactions() []reaction {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]reaction(nil), f.reactions...)
}

// wsPeer is the Slack end of one Socket Mode connection.
type wsPeer struct {
	conn *websocket.Conn
	acks chan string // envelope ids acknowledged by the bot
	wmu  sync.Mutex
}

func (p *wsPeer) send(t testing.TB, frame string) {
	t.Helper()
	p.wmu.Lock()
	defer p.wmu.Unlock()
	if err := p.conn.WriteMessage(websocket.TextMessage, []byte(frame)); err != nil {
		t.Fatalf("writing to the bot: %v", err)
	}
}

// waitAck waits for the bot to acknowledge envelope id, skipping others.
func (p *wsPeer) waitAck(t testing.TB, id string) {
	t.Helper()
	deadline := time.NewTimer(10 * time.Second)
	defer deadline.Stop()
	for {
		select {
		case got, ok := <-p.acks:
			if !ok {
				t.Fatalf("connection closed before ack of %s", id)
			}
			if got == id {
				return
			}
		case <-deadline.C:
			t.Fatalf("no ack for envelope %s", id)
		}
	}
}

func (f *fakeSlack) websocket(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	f.mu.Lock()
	drop := f.wsDrops > 0
	if drop {
		f.wsDrops--
		f.dropped++
	}
	f.mu.Unlock()
	if drop {
		// What a Slack restart or a network cut looks like to the bot.
		_ = conn.WriteMessage(websocket.TextMessage, []byte(`{"type":"hello","num_connections":1}`))
		_ = conn.Close()
		f.notify()
		return
	}
	p := &wsPeer{conn: conn, acks: make(chan string, 64)}
	go func() {
		defer close(p.acks)
		for {
			_, data, err := conn.ReadMessage()
			if err != nil {
				return
			}
			var ack struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if json.Unmarshal(data, &ack) == nil && ack.EnvelopeID != "" {
				p.acks <- ack.EnvelopeID
			}
		}
	}()
	p.wmu.Lock()
	_ = conn.WriteMessage(websocket.TextMessage, []byte(`{"type":"hello","num_connections":1}`))
	p.wmu.Unlock()
	f.conns <- p
}

// harness is a bot wired to the fakes, with its HTTP endpoints on loopback.
type harness struct {
	bot      *Service
	slack    *fakeSlack
	searcher *fakeSearcher
	srv      *httptest.Server
	secret   string
	logs     *syncBuffer
}

// syncBuffer collects log output from many goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

const testSecret = "8f742231b10e8888abcd99aabbcc85a5"

func newHarness(t testing.TB, tweak func(*Options)) *harness {
	t.Helper()
	fs := newFakeSlack(t)
	searcher := &fakeSearcher{answers: map[string]answer.Answer{}, fallback: sampleAnswer("")}
	logs := &syncBuffer{}
	opts := Options{
		Searcher:      searcher,
		Slack:         fs.client(),
		Logger:        slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		RetryAttempts: 3,
		Examples:      embeddedExamples(t),
	}
	if tweak != nil {
		tweak(&opts)
	}
	b, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if err := b.Identify(context.Background()); err != nil {
		t.Fatalf("Identify: %v", err)
	}
	srv := httptest.NewServer(b.Handler(testSecret))
	t.Cleanup(func() {
		srv.Close()
		b.Wait()
	})
	return &harness{bot: b, slack: fs, searcher: searcher, srv: srv, secret: testSecret, logs: logs}
}

func sign(secret string, ts int64, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%d:", ts)
	mac.Write(body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}

// signedRequest builds a request Slack would send, signed at time ts.
func signedRequest(t testing.TB, secret, target, contentType string, body []byte, ts int64) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, target, strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(ts, 10))
	req.Header.Set("X-Slack-Signature", sign(secret, ts, body))
	return req
}

func do(t testing.TB, c *http.Client, req *http.Request) (int, string) {
	t.Helper()
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// postEvent sends an Events API callback, signed now.
func (h *harness) postEvent(t testing.TB, body string, headers map[string]string) (int, string) {
	t.Helper()
	return h.postEventAt(t, body, headers, time.Now().Unix())
}

// postEventAt sends an Events API callback signed at ts, as a redelivery is.
func (h *harness) postEventAt(t testing.TB, body string, headers map[string]string, ts int64) (int, string) {
	t.Helper()
	req := signedRequest(t, h.secret, h.srv.URL+"/slack/events", "application/json", []byte(body), ts)
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	return do(t, h.srv.Client(), req)
}

// postCommand sends a slash command whose response_url is the fake's /resp/id.
func (h *harness) postCommand(t testing.TB, command, text, user, channel, id string) (int, string) {
	t.Helper()
	form := url.Values{
		"command": {command}, "text": {text}, "user_id": {user}, "channel_id": {channel},
		"team_id": {"T1"}, "response_url": {h.slack.responseURL(id)}, "trigger_id": {"trig"},
	}
	req := signedRequest(t, h.secret, h.srv.URL+"/slack/commands", "application/x-www-form-urlencoded",
		[]byte(form.Encode()), time.Now().Unix())
	return do(t, h.srv.Client(), req)
}

// postClick sends a block_actions interaction for one button.
func (h *harness) postClick(t testing.TB, actionID, value, user, channel, id string) (int, string) {
	t.Helper()
	payload, _ := json.Marshal(map[string]any{
		"type":         "block_actions",
		"user":         map[string]string{"id": user},
		"channel":      map[string]string{"id": channel},
		"response_url": h.slack.responseURL(id),
		"actions":      []map[string]string{{"action_id": actionID, "block_id": "blk", "value": value, "type": "button"}},
	})
	form := url.Values{"payload": {string(payload)}}
	req := signedRequest(t, h.secret, h.srv.URL+"/slack/interactions", "application/x-www-form-urlencoded",
		[]byte(form.Encode()), time.Now().Unix())
	return do(t, h.srv.Client(), req)
}

func mentionEvent(eventID, channel, user, ts, text string) string {
	b, _ := json.Marshal(map[string]any{
		"type": "event_callback", "event_id": eventID, "team_id": "T1",
		"event": map[string]any{"type": "app_mention", "channel": channel, "user": user, "ts": ts, "text": text, "event_ts": ts},
	})
	return string(b)
}

func dmEvent(eventID, channel, user, ts, text string, extra map[string]any) string {
	ev := map[string]any{"type": "message", "channel": channel, "channel_type": "im", "user": user, "ts": ts, "text": text, "event_ts": ts}
	for k, v := range extra {
		ev[k] = v
	}
	b, _ := json.Marshal(map[string]any{"type": "event_callback", "event_id": eventID, "team_id": "T1", "event": ev})
	return string(b)
}

// sampleAnswer is a realistic answer with six results.
func sampleAnswer(lang string) answer.Answer {
	a := answer.Answer{Lang: lang, Answered: true}
	titles := []string{"AI 반도체 분야 초격차 확보 정책 현황 분석", "AI 반도체 분야의 초격차 기업", "미국의 AI 인재 정책",
		"중국의 AI 반도체 자립 전략", "EU의 AI 규제와 산업 정책", "AI 반도체 분야 주요 정책 시사점"}
	for i, title := range titles {
		a.Results = append(a.Results, answer.Result{
			PassageID:    i,
			Section:      fmt.Sprintf("3.1.%d", i+1),
			SectionTitle: title,
			Pages:        fmt.Sprintf("%d–%d", 25+i*2, 26+i*2),
			Excerpt:      "미국은 반도체 및 과학법(CHIPS Act)을 통해 AI 반도체 생산 역량을 자국 내로 유치하고 있다. 이는 공급망 안정과 기술 주도권 확보를 동시에 겨냥한다.",
			Text:         "…",
			Score:        1 / float64(i+1),
			Sources:      []string{"The White House(2022), FACT SHEET: CHIPS and Science Act", "장은현(2024), AI 반도체 산업 동향"},
		})
	}
	return a
}

// sharedExamples are the embedded report's help examples, read once per
// test binary.
var sharedExamples = sync.OnceValues(func() (corpus.Examples, error) {
	doc, err := corpus.Parse(corpus.Embedded())
	if err != nil {
		return corpus.Examples{}, err
	}
	return doc.Examples(), nil
})

func embeddedExamples(t testing.TB) corpus.Examples {
	t.Helper()
	ex, err := sharedExamples()
	if err != nil {
		t.Fatalf("parse the embedded report: %v", err)
	}
	return ex
}
