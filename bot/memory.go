package bot

import (
	"sync"
	"time"
)

// seenSet remembers keys for a while. It answers "have I handled this
// already?" for Slack's redeliveries and for replayed signatures. Memory is
// bounded twice: entries expire after ttl, and past capacity the oldest go
// first.
type seenSet struct {
	mu       sync.Mutex
	ttl      time.Duration
	capacity int
	expiry   map[string]time.Time
	order    []seenEntry // insertion order; expiry is monotone in it
}

type seenEntry struct {
	key string
	at  time.Time
}

func newSeenSet(ttl time.Duration, capacity int) *seenSet {
	return &seenSet{ttl: ttl, capacity: capacity, expiry: make(map[string]time.Time)}
}

// firstTime records key and reports whether it was new (not seen within ttl).
func (s *seenSet) firstTime(key string, now time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.evict(now)
	if exp, ok := s.expiry[key]; ok && now.Before(exp) {
		return false
	}
	exp := now.Add(s.ttl)
	s.expiry[key] = exp
	s.order = append(s.order, seenEntry{key, exp})
	for len(s.expiry) > s.capacity {
		s.dropOldest()
	}
	return true
}

func (s *seenSet) evict(now time.Time) {
	for len(s.order) > 0 && !now.Before(s.order[0].at) {
		s.dropOldest()
	}
	// Reclaim the slice's dead prefix now and then so it does not grow forever.
	if cap(s.order) > 2*s.capacity+64 && len(s.order) < cap(s.order)/4 {
		s.order = append([]seenEntry(nil), s.order...)
	}
}

func (s *seenSet) dropOldest() {
	e := s.order[0]
	s.order = s.order[1:]
	// A key re-added later has a later expiry; only delete the entry this
	// queue slot stands for.
	if exp, ok := s.expiry[e.key]; ok && exp.Equal(e.at) {
		delete(s.expiry, e.key)
	}
}

func (s *seenSet) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.expiry)
}

// limiter is a token bucket per user: Count questions per Per, refilled
// smoothly, so a burst of Count is allowed and then one every Per/Count.
type limiter struct {
	mu       sync.Mutex
	count    float64
	per      time.Duration
	capacity int
	buckets  map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

// newLimiter returns nil (no limit) when count is 0.
func newLimiter(count int, per time.Duration, capacity int) *limiter {
	if count <= 0 || per <= 0 {
		return nil
	}
	return &limiter{count: float64(count), per: per, capacity: capacity, buckets: make(map[string]*bucket)}
}

// allow takes one token from user's bucket if there is one.
func (l *limiter) allow(user string, now time.Time) bool {
	if l == nil {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[user]
	if !ok {
		if len(l.buckets) >= l.capacity {
			l.prune(now)
		}
		b = &bucket{tokens: l.count, last: now}
		l.buckets[user] = b
	}
	if elapsed := now.Sub(b.last); elapsed > 0 {
		b.tokens = min(l.count, b.tokens+elapsed.Seconds()*l.count/l.per.Seconds())
		b.last = now
	}
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// prune forgets users whose buckets have refilled: forgetting them changes
// nothing. If every user is mid-burst the map may exceed capacity briefly;
// that is bounded by how many people can type at once.
func (l *limiter) prune(now time.Time) {
	for u, b := range l.buckets {
		if now.Sub(b.last) >= l.per {
			delete(l.buckets, u)
		}
	}
}
