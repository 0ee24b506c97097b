package bot

import (
	"context"
	"time"
)

// How long each kind of key is remembered. Slack retries for up to about an
// hour and event ids are unique, so those are kept long. A message arrives as
// both an app_mention and a message event within seconds, but redeliveries of
// either come later. Signatures are only valid for the 5-minute window.
const (
	eventTTL     = time.Hour
	messageTTL   = time.Hour
	signatureTTL = 6 * time.Minute
)

// Key prefixes keep the three kinds apart in one Deduper.
const (
	keyEvent     = "event:"
	keyMessage   = "message:"
	keySignature = "signature:"
)

// firstTime asks the Deduper whether key is new. A store that fails is
// logged and treated as "new": answering twice beats not answering. The
// stores from store.Open do not fail that way; they fall back to memory.
func (b shared) firstTime(ctx context.Context, key string, ttl time.Duration) bool {
	first, err := b.dedupe.FirstTime(ctx, key, ttl)
	if err != nil {
		b.log.Error("de-duplication store failed; handling the request anyway", "error", err)
		return true
	}
	return first
}

// allow applies the per-user rate limit. A failing store lets the question
// through, for the same reason as in firstTime.
func (b shared) allow(ctx context.Context, user string) bool {
	if b.limiter == nil {
		return true
	}
	ok, err := b.limiter.Allow(ctx, user)
	if err != nil {
		b.log.Error("rate-limit store failed; allowing the question", "user", user, "error", err)
		return true
	}
	return ok
}
