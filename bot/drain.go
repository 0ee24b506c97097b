package bot

import (
	"fmt"
	"io"
	"net/http"
	"time"
)

// Readiness and the drain.
//
// A Service is ready once it knows who it is in Slack (Identify) and, in
// Socket Mode, while its connection to Slack is open: the engine it answers
// from was loaded before New was called, so a ready Service can answer.
//
// When the context given to Serve or RunSocket is cancelled (SIGTERM), the
// Service drains: /readyz answers 503 from that moment on and the drain is
// logged. HTTP mode goes on serving for DrainGrace, so that a load balancer
// polling /readyz takes the replica out of rotation before its listener
// closes; Socket Mode closes its connection at once, since Slack sends
// events only to open connections. Then the answers in flight get the
// shutdown timeout to finish, and Serve or RunSocket returns an error
// wrapping ErrShutdownTimeout if any had to be cut off.

// Readiness states, as /readyz writes them.
const (
	stateReady      = "ready"
	stateStarting   = "starting"
	stateConnecting = "connecting to Slack"
	stateDraining   = "draining"
)

// Ready reports whether the bot can take new requests and, either way, its
// state: "ready", "starting", "connecting to Slack" or "draining".
func (b *Service) Ready() (bool, string) {
	switch {
	case b.stopping.Load():
		return false, stateDraining
	case b.self.Load() == nil:
		return false, stateStarting
	case b.socket.Load() && !b.connected.Load():
		return false, stateConnecting
	}
	return true, stateReady
}

// serveReady is GET /readyz: 200 when Ready, 503 otherwise.
func (b *Service) serveReady(w http.ResponseWriter, _ *http.Request) {
	ok, state := b.Ready()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if !ok {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_, _ = io.WriteString(w, state+"\n")
}

// beginDrain turns readiness off and says so in the log. grace is how long
// requests are still served; 0 in Socket Mode.
func (b *Service) beginDrain(mode string, grace time.Duration) {
	if b.stopping.Swap(true) {
		return
	}
	b.log.Info("draining: /readyz answers 503 from now on",
		"mode", mode, "grace", grace, "shutdown_timeout", b.shutdownTimeout, "in_flight", b.active.Load())
}

// drainUntil stops taking new work and waits for answers in flight until
// deadline; then it cancels what is left. It logs how the drain ended and
// returns an error unless every answer taken on was delivered or given up
// for reasons of its own.
func (b *Service) drainUntil(deadline time.Time) error {
	b.mu.Lock()
	b.draining = true
	b.mu.Unlock()
	done := make(chan struct{})
	go func() {
		b.inflight.Wait()
		close(done)
	}()
	timer := time.NewTimer(time.Until(deadline))
	defer timer.Stop()
	select {
	case <-done:
		b.stopWork()
	case <-timer.C:
		cut := b.active.Load()
		b.stopWork()
		<-done // every job watches workCtx, so this is quick
		b.log.Error("drained: answers in flight were cut off at the shutdown timeout",
			"cut_off", cut, "shutdown_timeout", b.shutdownTimeout)
		return fmt.Errorf("after %s, %d cut off: %w", b.shutdownTimeout, cut, ErrShutdownTimeout)
	}
	if n := b.dropped.Load(); n > 0 {
		b.log.Error("drained: requests acknowledged during shutdown were not answered", "dropped", n)
		return fmt.Errorf("%d requests: %w", n, ErrDropped)
	}
	b.log.Info("drained: every answer in flight was delivered")
	return nil
}
