package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
)

// health decides, for all three stores of one Redis, whether a call goes to
// Redis or to local memory. It switches to local on the first failure and
// back once a PING answers; while Redis is down callers send at most one
// PING every probeEvery, so a dead Redis costs them nothing but that.
//
// watch also PINGs every probeEvery in the background, whatever the
// traffic, so that the fallback gauge and its log lines follow Redis on an
// idle replica too: down when it stops answering, up when it is back.
type health struct {
	client     *redis.Client
	url        string // redacted
	timeout    time.Duration
	probeEvery time.Duration
	now        func() time.Time
	log        *slog.Logger
	fallback   prometheus.Gauge
	errors     *prometheus.CounterVec

	mu        sync.Mutex
	down      bool
	nextProbe time.Time
}

// useRedis reports whether this call should try Redis.
func (h *health) useRedis(ctx context.Context) bool {
	h.mu.Lock()
	if !h.down {
		h.mu.Unlock()
		return true
	}
	now := h.now()
	if now.Before(h.nextProbe) {
		h.mu.Unlock()
		return false
	}
	// Claim this probe, so concurrent callers stay local instead of piling
	// PINGs onto a Redis that may be dead.
	h.nextProbe = now.Add(h.probeEvery)
	h.mu.Unlock()

	return h.ping(ctx)
}

// ping sends one PING and switches to Redis or away from it by its answer.
func (h *health) ping(ctx context.Context) bool {
	pctx, cancel := context.WithTimeout(ctx, h.timeout)
	defer cancel()
	if err := h.client.Ping(pctx).Err(); err != nil {
		h.failed(ctx, "ping", err)
		return false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.down {
		h.down = false
		h.fallback.Set(0)
		h.log.Info("store: Redis is back; using it again", "url", h.url)
	}
	return true
}

// watch pings Redis every probeEvery until ctx is cancelled (Close).
func (h *health) watch(ctx context.Context, ticks <-chan time.Time) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticks:
			h.ping(ctx)
		}
	}
}

// failed records that a Redis call failed, and switches to local memory.
func (h *health) failed(ctx context.Context, op string, err error) {
	if ctx.Err() != nil {
		// The caller gave up (shutdown, deadline): that says nothing about Redis.
		return
	}
	h.errors.WithLabelValues(op).Inc()
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.down {
		h.down = true
		h.nextProbe = h.now().Add(h.probeEvery)
		h.fallback.Set(1)
		h.log.Warn("store: Redis failed; using local memory until it answers again", "url", h.url, "op", op, "error", err)
	}
}

// The fallback types below answer from Redis while it works and from local
// memory otherwise. Local memory also follows along while Redis works, so
// that an outage starts with what this replica has recently seen rather than
// with nothing: a redelivery of an event handled just before Redis died is
// still recognised.

type fallbackDeduper struct {
	h      *health
	remote *redisDeduper
	local  Deduper
}

func (d *fallbackDeduper) FirstTime(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if d.h.useRedis(ctx) {
		first, err := d.remote.FirstTime(ctx, key, ttl)
		if err == nil {
			if first {
				_, _ = d.local.FirstTime(ctx, key, ttl)
			}
			return first, nil
		}
		if errors.Is(err, ErrBadTTL) {
			return false, err
		}
		d.h.failed(ctx, "dedupe", err)
	}
	return d.local.FirstTime(ctx, key, ttl)
}

type fallbackLimiter struct {
	h      *health
	remote *redisLimiter
	local  Limiter
}

func (l *fallbackLimiter) Allow(ctx context.Context, user string) (bool, error) {
	// The local bucket is drawn on every time, so that during an outage a
	// user who has just used up the shared bucket is not handed a full one.
	localOK, _ := l.local.Allow(ctx, user)
	if l.h.useRedis(ctx) {
		ok, err := l.remote.Allow(ctx, user)
		if err == nil {
			return ok, nil
		}
		l.h.failed(ctx, "rate", err)
	}
	return localOK, nil
}

type fallbackConversations struct {
	h      *health
	remote *redisConversations
	local  Conversations
}

func (c *fallbackConversations) Get(ctx context.Context, key string) ([]byte, bool, error) {
	if c.h.useRedis(ctx) {
		value, ok, err := c.remote.Get(ctx, key)
		if err == nil && ok {
			_ = c.local.Put(ctx, key, value)
			return value, true, nil
		}
		if err != nil {
			c.h.failed(ctx, "conversations", err)
		}
		// A miss in Redis may be a conversation written here while Redis
		// was down; local memory expires it on the same idle time.
	}
	return c.local.Get(ctx, key)
}

func (c *fallbackConversations) Put(ctx context.Context, key string, value []byte) error {
	_ = c.local.Put(ctx, key, value)
	if c.h.useRedis(ctx) {
		if err := c.remote.Put(ctx, key, value); err != nil {
			c.h.failed(ctx, "conversations", err)
		}
	}
	return nil
}

// openRedis connects to Redis and wraps it with local fallbacks.
func openRedis(ctx context.Context, rawURL string, opts Options) (*Bundle, error) {
	client, err := newRedisClient(rawURL, opts.CallTimeout)
	if err != nil {
		return nil, err
	}
	h := &health{
		client:     client,
		url:        Redact(rawURL),
		timeout:    opts.CallTimeout,
		probeEvery: opts.ProbeEvery,
		now:        opts.Now,
		log:        opts.Logger,
		fallback: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "reportbot_store_fallback",
			Help: "1 while Redis is unreachable and the bot runs on local memory state, else 0.",
		}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_store_errors_total",
			Help: "Failed Redis calls, by operation (dedupe, rate, conversations, ping).",
		}, []string{"op"}),
	}
	// Every operation's series exists from the start, at zero.
	for _, op := range []string{"dedupe", "rate", "conversations", "ping"} {
		h.errors.WithLabelValues(op)
	}
	if opts.Registry != nil {
		for _, c := range []prometheus.Collector{h.fallback, h.errors} {
			if err := opts.Registry.Register(c); err != nil {
				client.Close()
				return nil, fmt.Errorf("registering store metrics: %w", err)
			}
		}
	}
	local := NewMemory(opts)
	b := &Bundle{
		Dedupe: &fallbackDeduper{h: h, local: local.Dedupe,
			remote: &redisDeduper{client: client, timeout: opts.CallTimeout}},
		Conversations: &fallbackConversations{h: h, local: local.Conversations,
			remote: &redisConversations{client: client, idle: opts.ConversationIdle, timeout: opts.CallTimeout}},
		close: client.Close,
	}
	if local.Limiter != nil {
		b.Limiter = &fallbackLimiter{h: h, local: local.Limiter,
			remote: &redisLimiter{client: client, burst: opts.RateLimit, period: opts.RatePer, timeout: opts.CallTimeout}}
	}
	// The background probe lives as long as the stores: Close stops it
	// and waits for it before closing the connection it uses.
	ticks, stopTicks := opts.Ticker(opts.ProbeEvery)
	probeCtx, stopProbe := context.WithCancel(context.WithoutCancel(ctx))
	probed := make(chan struct{})
	b.close = func() error {
		stopProbe()
		<-probed
		stopTicks()
		return client.Close()
	}

	pctx, cancel := context.WithTimeout(ctx, opts.CallTimeout)
	defer cancel()
	if err := client.Ping(pctx).Err(); err != nil {
		// Starting on memory beats not starting: the probe moves to Redis
		// as soon as it answers.
		h.failed(ctx, "ping", err)
	} else {
		opts.Logger.Info("store: using Redis", "url", h.url)
	}
	go func() {
		defer close(probed)
		h.watch(probeCtx, ticks)
	}()
	return b, nil
}
