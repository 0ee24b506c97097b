package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Deduper answers "has this already been handled?" for keys that are
// forgotten after a while.
type Deduper interface {
	// FirstTime records key for ttl and reports whether it was new.
	FirstTime(ctx context.Context, key string, ttl time.Duration) (bool, error)
}

// Limiter is a per-user token bucket whose rate was fixed when it was made.
type Limiter interface {
	// Allow takes one token from user's bucket and reports whether there was one.
	Allow(ctx context.Context, user string) (bool, error)
}

// Conversations is a small key/value store whose entries expire when left
// alone: every Get and Put restarts the entry's idle time.
type Conversations interface {
	Get(ctx context.Context, key string) (value []byte, ok bool, err error)
	Put(ctx context.Context, key string, value []byte) error
}

// Errors callers branch on.
var (
	ErrBadURL = errors.New("store URL is malformed")
	ErrBadTTL = errors.New("ttl must be positive")
)

// Memory is the store setting that keeps every piece of state in this process.
const Memory = "memory"

// Bundle is one of each store, as the bot uses them. A nil Limiter means no
// rate limit.
type Bundle struct {
	Dedupe        Deduper
	Limiter       Limiter
	Conversations Conversations

	close func() error
}

// Close releases the connection to Redis, if any.
func (b *Bundle) Close() error {
	if b == nil || b.close == nil {
		return nil
	}
	return b.close()
}

// Options tune Open and NewMemory. Zero values take the defaults noted.
type Options struct {
	// RateLimit questions per user per RatePer, in a burst or spread out;
	// 0 means no Limiter.
	RateLimit int
	RatePer   time.Duration

	ConversationIdle time.Duration // idle expiry of a conversation; default 1 h
	MaxConversations int           // conversations kept in memory; default 10,000
	MaxDedupeKeys    int           // keys kept in memory; default 200,000
	MaxDedupeTTL     time.Duration // longest ttl remembered in memory; default 1 h
	MaxRateUsers     int           // users' buckets kept in memory; default 10,000

	CallTimeout time.Duration // per Redis call; default 250 ms
	ProbeEvery  time.Duration // how often to PING Redis, in the background and while it is down; default 3 s

	Logger   *slog.Logger
	Registry prometheus.Registerer // store metrics go here (Redis only); none if nil
	Now      func() time.Time      // clock for memory state and probes; time.Now if nil
	// Ticker drives the background probe: a channel that ticks every d and
	// a function that stops it; a time.Ticker if nil.
	Ticker func(d time.Duration) (ticks <-chan time.Time, stop func())
}

func (o Options) withDefaults() Options {
	o.ConversationIdle = orDuration(o.ConversationIdle, time.Hour)
	o.MaxConversations = orInt(o.MaxConversations, 10_000)
	o.MaxDedupeKeys = orInt(o.MaxDedupeKeys, 200_000)
	o.MaxDedupeTTL = orDuration(o.MaxDedupeTTL, time.Hour)
	o.MaxRateUsers = orInt(o.MaxRateUsers, 10_000)
	o.CallTimeout = orDuration(o.CallTimeout, 250*time.Millisecond)
	o.ProbeEvery = orDuration(o.ProbeEvery, 3*time.Second)
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Ticker == nil {
		o.Ticker = func(d time.Duration) (<-chan time.Time, func()) {
			t := time.NewTicker(d)
			return t.C, t.Stop
		}
	}
	return o
}

func orDuration(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

func orInt(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// NewMemory returns stores that live in this process only.
func NewMemory(opts Options) *Bundle {
	opts = opts.withDefaults()
	b := &Bundle{
		Dedupe:        newMemoryDeduper(opts.MaxDedupeKeys, opts.MaxDedupeTTL, opts.Now),
		Conversations: newMemoryConversations(opts.MaxConversations, opts.ConversationIdle, opts.Now),
	}
	if opts.RateLimit > 0 && opts.RatePer > 0 {
		b.Limiter = newMemoryLimiter(opts.RateLimit, opts.RatePer, opts.MaxRateUsers, opts.Now)
	}
	return b
}

// Open returns the stores rawURL names: "memory" or "" for NewMemory, or a
// redis:// or rediss:// URL (redis://[:password@]host:port/db) for stores
// shared through Redis that fall back to memory while Redis is unreachable.
// An unreachable Redis is not an error: Open logs it and starts on memory.
func Open(ctx context.Context, rawURL string, opts Options) (*Bundle, error) {
	rawURL = strings.TrimSpace(rawURL)
	if rawURL == "" || strings.EqualFold(rawURL, Memory) {
		return NewMemory(opts), nil
	}
	return openRedis(ctx, rawURL, opts.withDefaults())
}

// Redact returns rawURL with any password replaced, fit for logs. A URL that
// does not parse is not shown at all, since it may hold a password still.
func Redact(rawURL string) string {
	rawURL = strings.TrimSpace(rawURL)
	if rawURL == "" || strings.EqualFold(rawURL, Memory) {
		return Memory
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return "(malformed URL)"
	}
	return u.Redacted()
}

// parseURL checks rawURL without letting a password into the error: url.Parse
// quotes the whole URL in its message, so only the reason is kept.
func parseURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	if u.Scheme != "redis" && u.Scheme != "rediss" {
		return nil, fmt.Errorf("%s: scheme must be redis or rediss: %w", u.Redacted(), ErrBadURL)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%s: no host: %w", u.Redacted(), ErrBadURL)
	}
	return u, nil
}
