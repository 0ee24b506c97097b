package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/maintnotifications"
)

// Key prefixes, so that the bot's keys are easy to find and cannot collide
// with another application's in a shared Redis.
const (
	dedupePrefix = "reportbot:dedupe:"
	ratePrefix   = "reportbot:rate:"
	convPrefix   = "reportbot:conv:"
)

// newRedisClient turns a redis:// URL into a client tuned to fail fast: the
// fallback, not go-redis's retries, is what keeps the bot answering.
func newRedisClient(rawURL string, timeout time.Duration) (*redis.Client, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	o, err := redis.ParseURL(rawURL)
	if err != nil {
		// ParseURL's own messages name the bad part (db number, query
		// parameter), never the password.
		return nil, fmt.Errorf("%s: %w: %w", u.Redacted(), ErrBadURL, err)
	}
	// Settings given in the URL's query win over these.
	if o.DialTimeout == 0 {
		o.DialTimeout = timeout
	}
	if o.ReadTimeout == 0 {
		o.ReadTimeout = timeout
	}
	if o.WriteTimeout == 0 {
		o.WriteTimeout = timeout
	}
	if o.MaxRetries == 0 {
		o.MaxRetries = -1
	}
	if o.DialerRetries == 0 {
		o.DialerRetries = 1
	}
	o.ContextTimeoutEnabled = true
	// Neither is needed, and on servers without them each new connection
	// would cost an extra failed round trip.
	o.DisableIdentity = true
	o.MaintNotificationsConfig = &maintnotifications.Config{Mode: maintnotifications.ModeDisabled}
	return redis.NewClient(o), nil
}

// redisDeduper is a Deduper that every replica shares.
type redisDeduper struct {
	client  redis.Cmdable
	timeout time.Duration
}

func (d *redisDeduper) FirstTime(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if ttl <= 0 {
		return false, fmt.Errorf("dedupe %q: %w", key, ErrBadTTL)
	}
	ctx, cancel := context.WithTimeout(ctx, d.timeout)
	defer cancel()
	// SET key 1 NX with an expiry: one atomic step, so of two replicas
	// asking at once exactly one is told "first".
	first, err := d.client.SetNX(ctx, dedupePrefix+key, 1, ttl).Result()
	if err != nil {
		return false, fmt.Errorf("redis dedupe: %w", err)
	}
	return first, nil
}

// tokenBucket is the rate limit as one atomic step in Redis. It keeps the
// bucket's tokens and the time they were counted in a hash, refills at
// burst per period, and uses Redis's clock so that replicas whose clocks
// disagree still share one bucket. A bucket idle for a whole period is full,
// the same as a missing one, so the key expires then.
//
// KEYS[1] bucket key; ARGV[1] burst; ARGV[2] period in milliseconds.
// Returns 1 if a token was taken, 0 if the bucket was empty.
var tokenBucket = redis.NewScript(`
local burst = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = burst
  at = now
end
if now > at then
  tokens = math.min(burst, tokens + (now - at) * burst / period)
  at = now
end
local taken = 0
if tokens >= 1 then
  tokens = tokens - 1
  taken = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
redis.call('PEXPIRE', KEYS[1], period)
return taken
`)

// redisLimiter is a Limiter that every replica shares.
type redisLimiter struct {
	client  redis.Scripter
	burst   int
	period  time.Duration
	timeout time.Duration
}

func (l *redisLimiter) Allow(ctx context.Context, user string) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, l.timeout)
	defer cancel()
	n, err := tokenBucket.Run(ctx, l.client, []string{ratePrefix + user},
		l.burst, strconv.FormatInt(max(l.period.Milliseconds(), 1), 10)).Int()
	if err != nil {
		return false, fmt.Errorf("redis rate limit: %w", err)
	}
	return n == 1, nil
}

// redisConversations is Conversations that every replica shares.
type redisConversations struct {
	client  redis.Cmdable
	idle    time.Duration
	timeout time.Duration
}

func (c *redisConversations) Get(ctx context.Context, key string) ([]byte, bool, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	var get *redis.StringCmd
	// GET and PEXPIRE in one MULTI, so a read always restarts the idle time
	// of exactly what it read.
	_, err := c.client.TxPipelined(ctx, func(p redis.Pipeliner) error {
		get = p.Get(ctx, convPrefix+key)
		p.PExpire(ctx, convPrefix+key, c.idle)
		return nil
	})
	if errors.Is(err, redis.Nil) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("redis conversation get: %w", err)
	}
	value, err := get.Bytes()
	if err != nil {
		return nil, false, fmt.Errorf("redis conversation get: %w", err)
	}
	return value, true, nil
}

func (c *redisConversations) Put(ctx context.Context, key string, value []byte) error {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	if err := c.client.Set(ctx, convPrefix+key, value, c.idle).Err(); err != nil {
		return fmt.Errorf("redis conversation put: %w", err)
	}
	return nil
}
