package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stepi-tools/reportbot/bot/store"
)

// brokenStore fails every call, as a custom store might.
type brokenStore struct{}

var errBroken = errors.New("store is broken")

func (brokenStore) FirstTime(context.Context, string, time.Duration) (bool, error) {
	return false, errBroken
}

func (brokenStore) Allow(context.Context, string) (bool, error) { return false, errBroken }

func TestStoreErrorsDoNotStopAnswers(t *testing.T) {
	broken := brokenStore{}
	h := newHarness(t, func(o *Options) {
		o.Store = &store.Bundle{Dedupe: broken, Limiter: broken}
	})
	h.postCommand(t, "/report", "chips?", "U1", "C1", "r1")
	h.bot.Wait()
	if r := h.slack.snapshotResponses("r1"); len(r) != 1 || strings.Contains(shownText(r[0].Blocks), "too fast") {
		t.Errorf("responses = %d (want 1, not rate limited) when the store fails", len(r))
	}
	if n := len(h.searcher.asked()); n != 1 {
		t.Errorf("searched %d times, want 1", n)
	}
	if logs := h.logs.String(); !strings.Contains(logs, errBroken.Error()) {
		t.Errorf("the store's failure is not logged:\n%s", logs)
	}
}

// A Limiter in the given Store is what limits, whatever RateLimit says.
func TestStoreLimiterIsUsed(t *testing.T) {
	shared := store.NewMemory(store.Options{RateLimit: 1, RatePer: time.Hour})
	h := newHarness(t, func(o *Options) {
		o.Store = shared
		o.RateLimit, o.RatePer = 100, time.Hour
	})
	for i := range 2 {
		h.postCommand(t, "/report", "chips?", "U1", "C1", fmt.Sprint("r", i))
	}
	h.bot.Wait()
	if n := len(h.searcher.asked()); n != 1 {
		t.Errorf("searched %d times with a 1/h shared limit, want 1", n)
	}
}
