package bot

import (
	"fmt"
	"testing"
	"time"
)

func TestSeenSet(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	s := newSeenSet(time.Minute, 3)
	steps := []struct {
		name string
		key  string
		at   time.Duration
		want bool
	}{
		{"new key", "a", 0, true},
		{"repeat within ttl", "a", 30 * time.Second, false},
		{"other key", "b", 31 * time.Second, true},
		{"expired key is new again", "a", 61 * time.Second, true},
		{"c", "c", 62 * time.Second, true},
		{"d pushes past capacity", "d", 63 * time.Second, true},
		{"oldest (b) was dropped", "b", 64 * time.Second, true},
		{"d still remembered", "d", 65 * time.Second, false},
	}
	for _, st := range steps {
		if got := s.firstTime(st.key, t0.Add(st.at)); got != st.want {
			t.Errorf("%s: firstTime(%q) = %v, want %v", st.name, st.key, got, st.want)
		}
	}
	if n := s.len(); n > 3 {
		t.Errorf("set holds %d keys, capacity 3", n)
	}
}

func TestSeenSetBoundedUnderLoad(t *testing.T) {
	s := newSeenSet(time.Hour, 1000)
	t0 := time.Unix(0, 0)
	for i := range 100_000 {
		s.firstTime(fmt.Sprint(i), t0.Add(time.Duration(i)*time.Millisecond))
	}
	if n := s.len(); n > 1000 {
		t.Fatalf("set holds %d keys, capacity 1000", n)
	}
	if cap(s.order) > 4*1000+256 {
		t.Errorf("order slice capacity %d grew without bound", cap(s.order))
	}
}

func TestLimiter(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	l := newLimiter(2, time.Minute, 100)
	steps := []struct {
		name string
		user string
		at   time.Duration
		want bool
	}{
		{"first", "U1", 0, true},
		{"second within burst", "U1", time.Second, true},
		{"third refused", "U1", 2 * time.Second, false},
		{"other user unaffected", "U2", 2 * time.Second, true},
		{"refilled after half the period", "U1", 32 * time.Second, true},
		{"and empty again", "U1", 33 * time.Second, false},
	}
	for _, st := range steps {
		if got := l.allow(st.user, t0.Add(st.at)); got != st.want {
			t.Errorf("%s: allow(%s) = %v, want %v", st.name, st.user, got, st.want)
		}
	}
	var off *limiter = newLimiter(0, time.Minute, 10)
	for range 100 {
		if !off.allow("U1", t0) {
			t.Fatal("a zero limit must allow everything")
		}
	}
}
