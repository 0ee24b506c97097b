package store

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"
	"golang.org/x/time/rate"
)

// The expirable LRUs below bound memory by count and, on the wall clock, by
// age. Their own expiry cannot follow an injected clock, so each entry also
// carries its deadline on the store's clock, which is what answers are
// decided by; the LRU's age limit is only a backstop that frees memory.

// memoryDeduper remembers keys in this process.
type memoryDeduper struct {
	mu     sync.Mutex // makes the look-up and the insert one step
	seen   *expirable.LRU[string, time.Time]
	maxTTL time.Duration
	now    func() time.Time
}

func newMemoryDeduper(size int, maxTTL time.Duration, now func() time.Time) *memoryDeduper {
	return &memoryDeduper{seen: expirable.NewLRU[string, time.Time](size, nil, maxTTL), maxTTL: maxTTL, now: now}
}

// FirstTime remembers key for ttl, or for maxTTL if ttl is longer: the LRU
// forgets everything by then anyway.
func (d *memoryDeduper) FirstTime(_ context.Context, key string, ttl time.Duration) (bool, error) {
	if ttl <= 0 {
		return false, fmt.Errorf("dedupe %q: %w", key, ErrBadTTL)
	}
	now := d.now()
	d.mu.Lock()
	defer d.mu.Unlock()
	if until, ok := d.seen.Get(key); ok && now.Before(until) {
		return false, nil
	}
	d.seen.Add(key, now.Add(min(ttl, d.maxTTL)))
	return true, nil
}

// memoryLimiter keeps one rate.Limiter per user. A bucket left alone for per
// is full again, exactly like a new one, so the LRU may drop it after that
// long without changing any answer; the size bound only matters when more
// users than that are mid-burst at once. The LRU's sweeper wakes every
// hundredth of its age limit, so that limit is kept to a minute or more.
type memoryLimiter struct {
	mu    sync.Mutex // makes get-or-create one step
	users *expirable.LRU[string, *rate.Limiter]
	limit rate.Limit
	burst int
	now   func() time.Time
}

func newMemoryLimiter(count int, per time.Duration, size int, now func() time.Time) *memoryLimiter {
	return &memoryLimiter{
		users: expirable.NewLRU[string, *rate.Limiter](size, nil, max(per, time.Minute)),
		limit: rate.Limit(float64(count) / per.Seconds()),
		burst: count,
		now:   now,
	}
}

func (l *memoryLimiter) Allow(_ context.Context, user string) (bool, error) {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.users.Get(user)
	if !ok {
		lim = rate.NewLimiter(l.limit, l.burst)
	}
	// Adding again restarts the entry's age, so it is dropped only once idle.
	l.users.Add(user, lim)
	return lim.AllowN(now, 1), nil
}

// memoryConversations keeps conversation state in this process.
type memoryConversations struct {
	mu    sync.Mutex
	items *expirable.LRU[string, conversation]
	idle  time.Duration
	now   func() time.Time
}

type conversation struct {
	value []byte
	until time.Time // on the store's clock
}

func newMemoryConversations(size int, idle time.Duration, now func() time.Time) *memoryConversations {
	return &memoryConversations{items: expirable.NewLRU[string, conversation](size, nil, idle), idle: idle, now: now}
}

// Get returns a copy, so a caller's edits cannot change what is stored.
func (c *memoryConversations) Get(_ context.Context, key string) ([]byte, bool, error) {
	now := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	conv, ok := c.items.Get(key)
	if !ok || !now.Before(conv.until) {
		c.items.Remove(key)
		return nil, false, nil
	}
	conv.until = now.Add(c.idle)
	c.items.Add(key, conv) // Get alone does not restart the LRU's age
	return bytes.Clone(conv.value), true, nil
}

func (c *memoryConversations) Put(_ context.Context, key string, value []byte) error {
	now := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items.Add(key, conversation{value: bytes.Clone(value), until: now.Add(c.idle)})
	return nil
}
