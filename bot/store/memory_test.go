package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"
)

// clock is a hand-moved clock for tests.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Unix(1_700_000_000, 0)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestMemoryDeduper(t *testing.T) {
	ctx := context.Background()
	clk := newClock()
	d := newMemoryDeduper(3, time.Hour, clk.Now)
	steps := []struct {
		name    string
		advance time.Duration
		key     string
		ttl     time.Duration
		want    bool
	}{
		{"new key", 0, "a", time.Minute, true},
		{"repeat within ttl", 30 * time.Second, "a", time.Minute, false},
		{"other key", time.Second, "b", time.Minute, true},
		{"expired key is new again", 30 * time.Second, "a", time.Minute, true},
		{"c", time.Second, "c", time.Minute, true},
		{"d pushes past the bound", time.Second, "d", time.Minute, true},
		{"least recently used (b) was dropped", time.Second, "b", time.Minute, true},
		{"d still remembered", time.Second, "d", time.Minute, false},
		{"ttl longer than the maximum is cut to it", 0, "long", 48 * time.Hour, true},
		{"long key remembered within the maximum", 59 * time.Minute, "long", 48 * time.Hour, false},
		{"long key forgotten after the maximum", 2 * time.Minute, "long", 48 * time.Hour, true},
	}
	for _, st := range steps {
		clk.Advance(st.advance)
		got, err := d.FirstTime(ctx, st.key, st.ttl)
		if err != nil {
			t.Fatalf("%s: FirstTime(%q): %v", st.name, st.key, err)
		}
		if got != st.want {
			t.Errorf("%s: FirstTime(%q) = %v, want %v", st.name, st.key, got, st.want)
		}
	}
	if got := d.seen.Len(); got > 3 {
		t.Errorf("deduper holds %d keys, want at most 3", got)
	}
	if _, err := d.FirstTime(ctx, "x", 0); err == nil {
		t.Error("FirstTime with ttl 0: got no error, want ErrBadTTL")
	}
}

func TestMemoryDeduperBoundedUnderLoad(t *testing.T) {
	ctx := context.Background()
	clk := newClock()
	d := newMemoryDeduper(1000, time.Hour, clk.Now)
	for i := range 100_000 {
		clk.Advance(time.Millisecond)
		if _, err := d.FirstTime(ctx, fmt.Sprint(i), time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	if got := d.seen.Len(); got > 1000 {
		t.Fatalf("deduper holds %d keys, want at most 1000", got)
	}
}

func TestMemoryLimiter(t *testing.T) {
	ctx := context.Background()
	clk := newClock()
	l := newMemoryLimiter(2, time.Minute, 100, clk.Now)
	steps := []struct {
		name    string
		advance time.Duration
		user    string
		want    bool
	}{
		{"first", 0, "U1", true},
		{"second within burst", time.Second, "U1", true},
		{"third refused", time.Second, "U1", false},
		{"other user unaffected", 0, "U2", true},
		{"refilled after half the period", 30 * time.Second, "U1", true},
		{"and empty again", time.Second, "U1", false},
		{"a full period refills the whole burst", time.Minute, "U1", true},
		{"second of the new burst", 0, "U1", true},
		{"and no more", 0, "U1", false},
	}
	for _, st := range steps {
		clk.Advance(st.advance)
		got, err := l.Allow(ctx, st.user)
		if err != nil {
			t.Fatalf("%s: Allow(%s): %v", st.name, st.user, err)
		}
		if got != st.want {
			t.Errorf("%s: Allow(%s) = %v, want %v", st.name, st.user, got, st.want)
		}
	}
}

func TestMemoryLimiterBounded(t *testing.T) {
	ctx := context.Background()
	clk := newClock()
	l := newMemoryLimiter(1, time.Hour, 50, clk.Now)
	for i := range 1000 {
		if _, err := l.Allow(ctx, fmt.Sprint("U", i)); err != nil {
			t.Fatal(err)
		}
	}
	if got := l.users.Len(); got > 50 {
		t.Errorf("limiter holds %d users, want at most 50", got)
	}
}

func TestMemoryConversations(t *testing.T) {
	ctx := context.Background()
	clk := newClock()
	c := newMemoryConversations(2, time.Hour, clk.Now)
	type step struct {
		name    string
		advance time.Duration
		put     string // value to Put; empty: Get
		key     string
		want    string
		wantOK  bool
	}
	steps := []step{
		{name: "missing", key: "a"},
		{name: "put", key: "a", put: "one"},
		{name: "get", advance: 59 * time.Minute, key: "a", want: "one", wantOK: true},
		{name: "get restarted the idle time", advance: 59 * time.Minute, key: "a", want: "one", wantOK: true},
		{name: "put replaces", key: "a", put: "two"},
		{name: "replaced", key: "a", want: "two", wantOK: true},
		{name: "idle for the whole ttl expires", advance: time.Hour, key: "a"},
		{name: "put b", key: "b", put: "B"},
		{name: "put c", key: "c", put: "C"},
		{name: "put d pushes past the bound", key: "d", put: "D"},
		{name: "least recently used (b) dropped", key: "b"},
		{name: "d kept", key: "d", want: "D", wantOK: true},
	}
	for _, st := range steps {
		clk.Advance(st.advance)
		if st.put != "" {
			if err := c.Put(ctx, st.key, []byte(st.put)); err != nil {
				t.Fatalf("%s: Put: %v", st.name, err)
			}
			continue
		}
		got, ok, err := c.Get(ctx, st.key)
		if err != nil {
			t.Fatalf("%s: Get: %v", st.name, err)
		}
		if string(got) != st.want || ok != st.wantOK {
			t.Errorf("%s: Get(%q) = %q, %v; want %q, %v", st.name, st.key, got, ok, st.want, st.wantOK)
		}
	}
}

func TestMemoryConversationsCopies(t *testing.T) {
	ctx := context.Background()
	c := newMemoryConversations(10, time.Hour, newClock().Now)
	v := []byte("abc")
	if err := c.Put(ctx, "k", v); err != nil {
		t.Fatal(err)
	}
	v[0] = 'X'
	got, _, _ := c.Get(ctx, "k")
	got[1] = 'Y'
	again, _, _ := c.Get(ctx, "k")
	if string(again) != "abc" {
		t.Errorf("stored value = %q after callers edited their slices, want %q", again, "abc")
	}
}
