package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptrace"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/slack-go/slack"
)

// errRetryBudget marks a Slack call given up because its next wait would
// pass MaxRetryTotal.
var errRetryBudget = errors.New("retry budget spent")

// call runs one Slack call (Web API method or response_url post): each
// attempt with its own CallTimeout deadline and in one of the MaxSlackCalls
// slots, retried as retryAfter decides, every failed attempt counted by
// method.
//
// The retries are this loop rather than slack-go's OptionRetryConfig: that
// option wraps the client's HTTP transport, so it cannot count each failed
// attempt in the metrics, it does not cover response_url posts (which go
// through PostWebhookCustomHTTPContext and a plain *http.Client), its waits
// cannot be replaced in tests, and it retries an EOF on chat.postMessage
// without knowing whether Slack had the request.
func (b *Service) call(ctx context.Context, method string, fn func(context.Context) error) error {
	var waited time.Duration
	for attempt := 1; ; attempt++ {
		res, err := (slackCall{b.svc()}).attempt(ctx, fn)
		if err == nil {
			return nil
		}
		b.metrics.slackErrors.WithLabelValues(method).Inc()
		if ctx.Err() != nil {
			// The answer's own deadline or shutdown: no attempt can help.
			return fmt.Errorf("%s: attempt %d: %w", method, attempt, err)
		}
		wait, reason, ok := (slackCall{b.svc()}).retryAfter(method, attempt, res, err)
		if !ok || attempt >= b.retryAttempts {
			return fmt.Errorf("%s: attempt %d of %d: %w", method, attempt, b.retryAttempts, err)
		}
		if waited+wait > b.maxRetryTotal {
			return fmt.Errorf("%s: attempt %d, next wait %s: %w: %w", method, attempt, wait, errRetryBudget, err)
		}
		waited += wait
		b.log.Warn("Slack call failed; retrying", "method", method, "reason", reason,
			"attempt", attempt, "wait", wait, "error", err)
		if err := b.sleep(ctx, wait); err != nil {
			return fmt.Errorf("%s: waiting to retry (%s): %w", method, reason, err)
		}
	}
}

// attemptResult is what one attempt learnt about how far its request got.
type attemptResult struct {
	wrote     bool // the whole request was written to the connection
	responded bool // Slack began a response
	timedOut  bool // the attempt's own deadline passed (not the answer's)
}

func (b slackCall) attempt(ctx context.Context, fn func(context.Context) error) (attemptResult, error) {
	select {
	case b.calls <- struct{}{}:
	case <-ctx.Done():
		return attemptResult{}, fmt.Errorf("waiting for a Slack call slot: %w", ctx.Err())
	}
	defer func() { <-b.calls }()
	actx, cancel := context.WithTimeout(ctx, b.callTimeout)
	defer cancel()
	var wrote, responded atomic.Bool
	actx = httptrace.WithClientTrace(actx, &httptrace.ClientTrace{
		WroteRequest: func(info httptrace.WroteRequestInfo) {
			if info.Err == nil {
				wrote.Store(true)
			}
		},
		GotFirstResponseByte: func() { responded.Store(true) },
	})
	err := fn(actx)
	return attemptResult{
		wrote:     wrote.Load(),
		responded: responded.Load(),
		timedOut:  err != nil && errors.Is(actx.Err(), context.DeadlineExceeded) && ctx.Err() == nil,
	}, err
}

// retryAfter decides whether a failed attempt is worth another and how long
// to wait first:
//
//   - 429: after Retry-After (1 s if Slack gave none), at most MaxRetryWait.
//   - 5xx: exponential backoff with jitter.
//   - No response (refused, reset, EOF, the attempt's deadline): backoff,
//     with one exception below.
//   - Anything else (4xx, ok:false, a response we could not read): no retry;
//     Slack said no, or it did the work and only the reply was lost.
//
// A request that was fully written and then timed out has most likely
// reached Slack, which is merely slow. Repeating chat.postMessage or a
// response_url post then risks a second copy of the answer, so those two
// are not retried after a timeout; the calls that are safe to repeat
// (auth.test, reactions) are. A reset or EOF before any response is
// retried for every method: it is what a dropped keep-alive connection or a
// restarting load balancer looks like, and there the request was almost
// never processed. That leaves a small chance of a duplicate answer, which
// we take over losing the answer. A 5xx on a post is retried for the same
// reason.
func (b slackCall) retryAfter(method string, attempt int, res attemptResult, err error) (time.Duration, string, bool) {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return min(max(rl.RetryAfter, 0), b.maxRetryWait), "rate_limited", true
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) {
		switch {
		case sc.Code == http.StatusTooManyRequests:
			return min(time.Second, b.maxRetryWait), "rate_limited", true
		case sc.Code >= 500:
			return (slackCall{b.svc()}).backoff(attempt), "server_error", true
		}
		return 0, "", false
	}
	switch {
	case res.responded || !isConnError(err):
		return 0, "", false
	case res.timedOut && res.wrote && !repeatable(method):
		return 0, "", false
	case res.timedOut:
		return (slackCall{b.svc()}).backoff(attempt), "timeout", true
	}
	return (slackCall{b.svc()}).backoff(attempt), "connection", true
}

// backoff is RetryBackoff doubled for each attempt so far, capped by
// MaxRetryWait, less a random part of up to half so that answers failing
// together do not retry together.
func (b slackCall) backoff(attempt int) time.Duration {
	d := b.retryBackoff << min(attempt-1, 20)
	d = min(d, b.maxRetryWait)
	if half := int64(d / 2); half > 0 {
		d -= time.Duration(rand.Int64N(half + 1))
	}
	return d
}

// repeatable lists the Slack calls whose repetition does no harm.
func repeatable(method string) bool {
	switch method {
	case "auth.test", "reactions.add", "reactions.remove":
		return true
	}
	return false
}

// isConnError is a failure of the connection rather than an answer from Slack.
func isConnError(err error) bool {
	var op *net.OpError
	var dns *net.DNSError
	return errors.As(err, &op) || errors.As(err, &dns) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.EPIPE) || errors.Is(err, context.DeadlineExceeded)
}

func sleepTimer(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
