package store

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/stepi-tools/reportbot/bot/store/storetest"
)

// openReplica opens the stores as one replica of the bot would.
func openReplica(t *testing.T, url string, opts Options) *Bundle {
	t.Helper()
	b, err := Open(context.Background(), url, opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

func TestRedisDedupeAcrossReplicas(t *testing.T) {
	srv := storetest.Start(t, "")
	ctx := context.Background()
	replicas := []*Bundle{openReplica(t, srv.URL(), Options{}), openReplica(t, srv.URL(), Options{})}

	var firsts atomic.Int32
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			first, err := replicas[i%2].Dedupe.FirstTime(ctx, "event:Ev1", time.Hour)
			if err != nil {
				t.Errorf("FirstTime: %v", err)
			}
			if first {
				firsts.Add(1)
			}
		})
	}
	wg.Wait()
	if got := firsts.Load(); got != 1 {
		t.Errorf("FirstTime was true %d times across two replicas, want exactly 1", got)
	}
	ttl, err := srv.Client().PTTL(ctx, dedupePrefix+"event:Ev1").Result()
	if err != nil {
		t.Fatal(err)
	}
	if ttl <= 59*time.Minute || ttl > time.Hour {
		t.Errorf("PTTL of the dedupe key = %v, want just under 1h", ttl)
	}
	for i, r := range replicas {
		if got, _ := r.Dedupe.FirstTime(ctx, "event:Ev2", time.Minute); got != (i == 0) {
			t.Errorf("replica %d: FirstTime(Ev2) = %v, want %v", i, got, i == 0)
		}
	}
}

func TestRedisLimiterShared(t *testing.T) {
	srv := storetest.Start(t, "")
	ctx := context.Background()
	opts := Options{RateLimit: 3, RatePer: time.Hour}
	a, b := openReplica(t, srv.URL(), opts), openReplica(t, srv.URL(), opts)
	steps := []struct {
		name    string
		replica *Bundle
		user    string
		want    bool
	}{
		{"first on a", a, "U1", true},
		{"second on b", b, "U1", true},
		{"third on a", a, "U1", true},
		{"fourth on b: the shared bucket is empty", b, "U1", false},
		{"fifth on a: still empty", a, "U1", false},
		{"another user has a bucket of their own", b, "U2", true},
	}
	for _, st := range steps {
		got, err := st.replica.Limiter.Allow(ctx, st.user)
		if err != nil {
			t.Fatalf("%s: Allow: %v", st.name, err)
		}
		if got != st.want {
			t.Errorf("%s: Allow(%s) = %v, want %v", st.name, st.user, got, st.want)
		}
	}
	ttl, err := srv.Client().PTTL(ctx, ratePrefix+"U1").Result()
	if err != nil {
		t.Fatal(err)
	}
	if ttl <= 59*time.Minute || ttl > time.Hour {
		t.Errorf("PTTL of the bucket = %v, want just under the 1h period", ttl)
	}
}

// The bucket refills over time: with a 3-per-300ms limit one token comes
// back every 100 ms, which Redis's own clock measures.
func TestRedisLimiterRefills(t *testing.T) {
	srv := storetest.Start(t, "")
	ctx := context.Background()
	l := &redisLimiter{client: srv.Client(), burst: 3, period: 300 * time.Millisecond, timeout: time.Second}
	for i := range 3 {
		if ok, err := l.Allow(ctx, "U1"); err != nil || !ok {
			t.Fatalf("Allow %d = %v, %v; want true", i+1, ok, err)
		}
	}
	if ok, _ := l.Allow(ctx, "U1"); ok {
		t.Fatal("Allow after the burst = true, want false")
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		ok, err := l.Allow(ctx, "U1")
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the bucket did not refill within 5 s")
		}
		// Each refused Allow is one round trip; no sleep is needed.
	}
}

func TestRedisConversations(t *testing.T) {
	srv := storetest.Start(t, "")
	ctx := context.Background()
	inspect := srv.Client()
	a := &redisConversations{client: srv.Client(), idle: time.Hour, timeout: time.Second}
	b := &redisConversations{client: srv.Client(), idle: time.Hour, timeout: time.Second}
	key := convPrefix + "C1/123.456"

	if _, ok, err := a.Get(ctx, "C1/123.456"); ok || err != nil {
		t.Fatalf("Get before Put = %v, %v; want a miss", ok, err)
	}
	if err := a.Put(ctx, "C1/123.456", []byte("state")); err != nil {
		t.Fatal(err)
	}
	if ttl := inspect.PTTL(ctx, key).Val(); ttl <= 59*time.Minute || ttl > time.Hour {
		t.Errorf("PTTL after Put = %v, want just under the 1h idle time", ttl)
	}
	// Shorten the key's life, then a Get on the other replica restarts it.
	if err := inspect.PExpire(ctx, key, 5*time.Second).Err(); err != nil {
		t.Fatal(err)
	}
	got, ok, err := b.Get(ctx, "C1/123.456")
	if err != nil || !ok || string(got) != "state" {
		t.Fatalf("Get on the other replica = %q, %v, %v; want %q", got, ok, err, "state")
	}
	if ttl := inspect.PTTL(ctx, key).Val(); ttl <= 59*time.Minute {
		t.Errorf("PTTL after Get = %v, want the idle time restarted (just under 1h)", ttl)
	}
	// Redis expires what is left idle; an expiry in the past stands in for
	// an hour of waiting.
	if err := inspect.PExpireAt(ctx, key, time.Unix(1, 0)).Err(); err != nil {
		t.Fatal(err)
	}
	if got, ok, err := b.Get(ctx, "C1/123.456"); ok || err != nil {
		t.Errorf("Get after expiry = %q, %v, %v; want a miss", got, ok, err)
	}
	if n := inspect.Exists(ctx, key).Val(); n != 0 {
		t.Errorf("a Get of a missing key left it behind (EXISTS = %d)", n)
	}
}

// TestRedisOutage kills Redis in the middle: the stores keep answering from
// local memory, say so once in the log and in the metrics, and return to
// Redis once it is back on the same port.
func TestRedisOutage(t *testing.T) {
	const password = "s3cret-pw-4-tests"
	srv := storetest.Start(t, password)
	ctx := context.Background()
	clk := newClock()
	var logs storetest.LockedBuffer
	reg := prometheus.NewRegistry()
	st := openReplica(t, srv.URL(), Options{
		RateLimit: 2, RatePer: time.Hour,
		ProbeEvery: 3 * time.Second,
		Logger:     slog.New(slog.NewJSONHandler(&logs, nil)),
		Registry:   reg,
		Now:        clk.Now,
		Ticker:     noTicks, // only the callers' probes, counted exactly
	})
	h := st.Dedupe.(*fallbackDeduper).h
	inspect := srv.Client()

	mustFirst := func(key string, want bool) {
		t.Helper()
		got, err := st.Dedupe.FirstTime(ctx, key, time.Hour)
		if err != nil {
			t.Fatalf("FirstTime(%q): %v", key, err)
		}
		if got != want {
			t.Errorf("FirstTime(%q) = %v, want %v", key, got, want)
		}
	}
	mustFirst("before", true)
	if err := st.Conversations.Put(ctx, "conv", []byte("kept")); err != nil {
		t.Fatal(err)
	}
	if ok, _ := st.Limiter.Allow(ctx, "U1"); !ok {
		t.Fatal("first Allow refused")
	}
	if got := testutil.ToFloat64(h.fallback); got != 0 {
		t.Fatalf("reportbot_store_fallback = %v with Redis up, want 0", got)
	}

	srv.Stop()

	mustFirst("before", false) // seen before the outage: still known here
	mustFirst("during", true)
	mustFirst("during", false)
	if got, ok, _ := st.Conversations.Get(ctx, "conv"); !ok || string(got) != "kept" {
		t.Errorf("conversation during the outage = %q, %v; want %q", got, ok, "kept")
	}
	// The local bucket followed the shared one: one token left of two.
	if ok, _ := st.Limiter.Allow(ctx, "U1"); !ok {
		t.Error("second Allow during the outage refused, want allowed")
	}
	if ok, _ := st.Limiter.Allow(ctx, "U1"); ok {
		t.Error("third Allow during the outage allowed, want refused")
	}
	if got := testutil.ToFloat64(h.fallback); got != 1 {
		t.Errorf("reportbot_store_fallback = %v during the outage, want 1", got)
	}
	if got := testutil.ToFloat64(h.errors.WithLabelValues("dedupe")); got != 1 {
		t.Errorf("dedupe errors = %v, want 1 (later calls stay local until the probe)", got)
	}
	if got := testutil.ToFloat64(h.errors.WithLabelValues("ping")); got != 0 {
		t.Errorf("pings before the probe interval = %v, want 0", got)
	}
	// A probe while Redis is still down fails and keeps the store local.
	clk.Advance(3 * time.Second)
	mustFirst("still down", true)
	if got := testutil.ToFloat64(h.errors.WithLabelValues("ping")); got != 1 {
		t.Errorf("pings after one probe interval = %v, want 1", got)
	}

	srv.Start()
	mustFirst("before probe", true)
	if n := inspect.Exists(ctx, dedupePrefix+"before probe").Val(); n != 0 {
		t.Errorf("a call before the probe interval went to Redis")
	}
	clk.Advance(3 * time.Second)
	mustFirst("after", true)
	if n := inspect.Exists(ctx, dedupePrefix+"after").Val(); n != 1 {
		t.Errorf("after the probe, the dedupe key is not in Redis: the store did not return to it")
	}
	if got := testutil.ToFloat64(h.fallback); got != 0 {
		t.Errorf("reportbot_store_fallback = %v after Redis came back, want 0", got)
	}
	mustFirst("after", false)

	out := logs.String()
	if n := strings.Count(out, `"level":"WARN"`); n != 1 {
		t.Errorf("%d Warn lines, want exactly 1 for the switch to local:\n%s", n, out)
	}
	if n := strings.Count(out, "Redis is back"); n != 1 {
		t.Errorf("%d lines saying Redis is back, want exactly 1:\n%s", n, out)
	}
	if strings.Contains(out, password) {
		t.Errorf("the log shows the Redis password:\n%s", out)
	}
	if err := testutil.CollectAndCompare(reg, strings.NewReader(`
# HELP reportbot_store_fallback 1 while Redis is unreachable and the bot runs on local memory state, else 0.
# TYPE reportbot_store_fallback gauge
reportbot_store_fallback 0
`), "reportbot_store_fallback"); err != nil {
		t.Errorf("registry: %v", err)
	}
}

// noTicks is Options.Ticker for a background probe that never runs.
func noTicks(time.Duration) (<-chan time.Time, func()) { return nil, func() {} }

// waitGauge polls reportbot_store_fallback until it reads want, or fails
// the test after 10 s.
func waitGauge(t *testing.T, h *health, want float64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for ; ; <-tick.C {
		if got := testutil.ToFloat64(h.fallback); got == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("reportbot_store_fallback never read %v", want)
		}
	}
}

// TestRedisProbeFollowsRedisWithoutTraffic stops and starts redis-server
// under a replica that serves no traffic at all: the background probe alone
// moves the fallback gauge to 1 and back to 0, logging each switch once.
func TestRedisProbeFollowsRedisWithoutTraffic(t *testing.T) {
	srv := storetest.Start(t, "")
	var logs storetest.LockedBuffer
	reg := prometheus.NewRegistry()
	st := openReplica(t, srv.URL(), Options{
		ProbeEvery: 20 * time.Millisecond,
		Logger:     slog.New(slog.NewJSONHandler(&logs, nil)),
		Registry:   reg,
	})
	h := st.Dedupe.(*fallbackDeduper).h
	if got := testutil.ToFloat64(h.fallback); got != 0 {
		t.Fatalf("reportbot_store_fallback = %v with Redis up, want 0", got)
	}
	srv.Stop()
	waitGauge(t, h, 1)
	if out := logs.String(); strings.Count(out, "using local memory until it answers again") != 1 || !strings.Contains(out, `"op":"ping"`) {
		t.Errorf("the switch to local memory is not logged once, by the probe:\n%s", out)
	}
	srv.Start()
	waitGauge(t, h, 0)
	if out := logs.String(); strings.Count(out, "Redis is back") != 1 {
		t.Errorf("the return to Redis is not logged once:\n%s", out)
	}
	if got := testutil.ToFloat64(h.errors.WithLabelValues("dedupe")) + testutil.ToFloat64(h.errors.WithLabelValues("rate")) +
		testutil.ToFloat64(h.errors.WithLabelValues("conversations")); got != 0 {
		t.Errorf("%v errors from calls, want 0: there was no traffic", got)
	}
	if got := testutil.ToFloat64(h.errors.WithLabelValues("ping")); got < 1 {
		t.Errorf("ping errors = %v, want at least 1 from the outage", got)
	}
}

// TestRedisProbeStopsOnClose drives the background probe by hand: it takes
// ticks while the stores are open, and Close stops its ticker and ends it.
func TestRedisProbeStopsOnClose(t *testing.T) {
	srv := storetest.Start(t, "")
	ticks := make(chan time.Time)
	var stopped atomic.Bool
	st, err := Open(context.Background(), srv.URL(), Options{
		Ticker: func(time.Duration) (<-chan time.Time, func()) { return ticks, func() { stopped.Store(true) } },
	})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		select {
		case ticks <- time.Now():
		case <-time.After(10 * time.Second):
			t.Fatalf("tick %d: the probe does not take ticks while the stores are open", i+1)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if !stopped.Load() {
		t.Error("Close did not stop the probe's ticker")
	}
	select {
	case ticks <- time.Now():
		t.Error("the probe still takes ticks after Close")
	default:
	}
}

func TestOpenUnreachableStartsOnMemory(t *testing.T) {
	srv := storetest.Start(t, "")
	url := srv.URL()
	srv.Stop() // the port is now known to be free
	st := openReplica(t, url, Options{})
	h := st.Dedupe.(*fallbackDeduper).h
	if got := testutil.ToFloat64(h.fallback); got != 1 {
		t.Errorf("reportbot_store_fallback = %v, want 1", got)
	}
	// Counted before anything below can create a series.
	if n := testutil.CollectAndCount(h.errors, "reportbot_store_errors_total"); n != 4 {
		t.Errorf("reportbot_store_errors_total has %d series, want one for each of the 4 operations", n)
	}
	for _, op := range []string{"dedupe", "rate", "conversations"} {
		if got := testutil.ToFloat64(h.errors.WithLabelValues(op)); got != 0 {
			t.Errorf("%s errors = %v at start, want 0", op, got)
		}
	}
	if first, err := st.Dedupe.FirstTime(context.Background(), "k", time.Minute); err != nil || !first {
		t.Errorf("FirstTime on memory = %v, %v; want true", first, err)
	}
}

func TestOpen(t *testing.T) {
	for _, url := range []string{"", "memory", " MEMORY "} {
		st, err := Open(context.Background(), url, Options{})
		if err != nil {
			t.Fatalf("Open(%q): %v", url, err)
		}
		if _, ok := st.Dedupe.(*memoryDeduper); !ok {
			t.Errorf("Open(%q).Dedupe is %T, want memory", url, st.Dedupe)
		}
		if st.Limiter != nil {
			t.Errorf("Open(%q) without a rate limit has a Limiter", url)
		}
	}
	const pw = "hunter2-pw"
	for _, tt := range []struct{ name, url string }{
		{"bad port", "redis://:" + pw + "@localhost:port/0"},
		{"no host", "redis://:" + pw + "@/0"},
		{"wrong scheme", "http://:" + pw + "@localhost:6379"},
		{"not a database number", "redis://:" + pw + "@localhost:6379/zero"},
		{"unknown query parameter", "redis://:" + pw + "@localhost:6379/0?colour=blue"},
		{"control character", "redis://:" + pw + "@local\x7fhost/0"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(context.Background(), tt.url, Options{})
			if !errors.Is(err, ErrBadURL) {
				t.Fatalf("Open = %v, want ErrBadURL", err)
			}
			if strings.Contains(err.Error(), pw) {
				t.Errorf("error shows the password: %v", err)
			}
		})
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "memory"},
		{"memory", "memory"},
		{"redis://localhost:6379/0", "redis://localhost:6379/0"},
		{"redis://:pw@localhost:6379/0", "redis://:xxxxx@localhost:6379/0"},
		{"rediss://user:pw@cache.example:6380/2", "rediss://user:xxxxx@cache.example:6380/2"},
		{"redis://:pw@local\x7fhost/0", "(malformed URL)"},
	}
	for _, tt := range tests {
		if got := Redact(tt.in); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
