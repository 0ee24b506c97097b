package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// Handler returns the HTTP-mode endpoints: /slack/events, /slack/commands,
// /slack/interactions (all signed by Slack), /healthz, /readyz and /metrics.
func (b *Service) Handler(signingSecret string) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST /slack/events", (httpMode{b.svc()}).verified(signingSecret, (httpMode{b}).serveEvents))
	mux.Handle("POST /slack/commands", (httpMode{b.svc()}).verified(signingSecret, (httpMode{b}).serveCommands))
	mux.Handle("POST /slack/interactions", (httpMode{b.svc()}).verified(signingSecret, (httpMode{b}).serveInteractions))
	(httpMode{b.svc()}).opsRoutes(mux)
	return mux
}

func (b httpMode) opsRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /readyz", b.serveReady)
	mux.Handle("GET /metrics", b.metrics.handler())
}

// ServeOps serves only /healthz, /readyz and /metrics on ln until ctx is
// cancelled. Socket Mode needs no public endpoint, but operators still want
// them; cancel ctx only once RunSocket has returned, so that /readyz shows
// the drain.
func (b *Service) ServeOps(ctx context.Context, ln net.Listener) error {
	mux := http.NewServeMux()
	(httpMode{b.svc()}).opsRoutes(mux)
	return (httpMode{b.svc()}).serveUntil(ctx, ln, mux, "health and metrics", false)
}

// serveUntil runs an HTTP server on ln until ctx is cancelled or it fails.
// With drain (Slack's requests), a cancelled ctx starts the drain: readiness
// turns off, requests are still served for the drain grace, then the server
// stops accepting and the answers in flight get what is left of the
// shutdown timeout (see drainUntil).
func (b httpMode) serveUntil(ctx context.Context, ln net.Listener, h http.Handler, what string, drain bool) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	b.log.Info("serving "+what+" over HTTP", "addr", ln.Addr().String())
	var serveErr error
	select {
	case <-ctx.Done():
	case serveErr = <-errc:
	}
	if drain {
		b.beginDrain("http", b.drainGrace)
		if serveErr == nil && b.drainGrace > 0 {
			// Each response now closes its connection, so that a load
			// balancer's next request opens one to another replica.
			srv.SetKeepAlivesEnabled(false)
			select {
			case <-b.after(b.drainGrace):
			case serveErr = <-errc:
			}
		}
		b.log.Info("draining: no longer accepting requests; finishing answers in flight",
			"in_flight", b.active.Load(), "shutdown_timeout", b.shutdownTimeout)
	}
	// New requests stop here; answers already spawned are drainUntil's
	// business, within the same deadline.
	deadline := time.Now().Add(b.shutdownTimeout)
	shutCtx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		b.log.Warn("HTTP shutdown", "error", err)
	}
	var errs []error
	if serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) {
		errs = append(errs, fmt.Errorf("%s server: %w", what, serveErr))
	}
	if drain {
		errs = append(errs, b.drainUntil(deadline))
	}
	return errors.Join(errs...)
}

// verified checks Slack's v0 signature before anything else happens: no
// parsing, no logging of content, no work for a request Slack did not send.
func (b httpMode) verified(secret string, next func(http.ResponseWriter, *http.Request, []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		reject := func(status int, reason, msg string) {
			b.metrics.rejected.WithLabelValues(reason).Inc()
			b.log.Warn("rejected Slack request", "reason", reason, "path", r.URL.Path, "remote", r.RemoteAddr)
			http.Error(w, msg, status)
		}
		sv, err := slack.NewSecretsVerifier(r.Header, secret)
		switch {
		case errors.Is(err, slack.ErrMissingHeaders):
			reject(http.StatusUnauthorized, "unsigned", "missing Slack signature")
			return
		case errors.Is(err, slack.ErrExpiredTimestamp):
			reject(http.StatusUnauthorized, "stale", "request timestamp outside the 5-minute window")
			return
		case err != nil:
			reject(http.StatusUnauthorized, "bad_signature", "malformed Slack signature")
			return
		}
		if r.ContentLength > b.maxBody {
			reject(http.StatusBadRequest, "too_large", "request body too large")
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, b.maxBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				reject(http.StatusBadRequest, "too_large", "request body too large")
				return
			}
			reject(http.StatusBadRequest, "unreadable", "could not read request body")
			return
		}
		_, _ = sv.Write(body)
		if err := sv.Ensure(); err != nil {
			reject(http.StatusUnauthorized, "forged", "invalid Slack signature")
			return
		}
		// Only genuine signatures are remembered, so forgeries cannot fill the set.
		if !(shared{b.svc()}).firstTime(r.Context(), keySignature+r.Header.Get("X-Slack-Signature"), signatureTTL) {
			reject(http.StatusUnauthorized, "replay", "request already received")
			return
		}
		next(w, r, body)
		// The handlers answer before they return and leave the work to
		// spawn, so this is the acknowledgement Slack waits for.
		b.metrics.ack.Observe(time.Since(start).Seconds())
	})
}

func (b httpMode) serveEvents(w http.ResponseWriter, r *http.Request, body []byte) {
	var outer struct {
		Type      string `json:"type"`
		Challenge string `json:"challenge"`
		EventID   string `json:"event_id"`
	}
	if err := json.Unmarshal(body, &outer); err != nil || outer.Type == "" {
		b.metrics.rejected.WithLabelValues("malformed").Inc()
		http.Error(w, "malformed event JSON", http.StatusBadRequest)
		return
	}
	switch outer.Type {
	case slackevents.URLVerification:
		b.metrics.requests.WithLabelValues("url_verification").Inc()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, outer.Challenge)
		return
	case slackevents.CallbackEvent:
	default:
		b.metrics.requests.WithLabelValues("other").Inc()
		w.WriteHeader(http.StatusOK)
		return
	}
	// An inner event we cannot read is still acknowledged: a 4xx would only
	// make Slack send it again.
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	w.WriteHeader(http.StatusOK)
	if err != nil {
		b.log.Warn("unreadable event", "event_id", outer.EventID, "error", err)
		return
	}
	if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
		b.log.Info("Slack redelivery", "event_id", outer.EventID, "retry", n, "reason", r.Header.Get("X-Slack-Retry-Reason"))
	}
	b.onEvent(outer.EventID, ev.InnerEvent.Data)
}

func (b httpMode) serveCommands(w http.ResponseWriter, r *http.Request, body []byte) {
	form, err := url.ParseQuery(string(body))
	if err != nil || form.Get("command") == "" {
		b.metrics.rejected.WithLabelValues("malformed").Inc()
		http.Error(w, "malformed slash command form", http.StatusBadRequest)
		return
	}
	cmd := slack.SlashCommand{
		TeamID:      form.Get("team_id"),
		ChannelID:   form.Get("channel_id"),
		ChannelName: form.Get("channel_name"),
		UserID:      form.Get("user_id"),
		UserName:    form.Get("user_name"),
		Command:     form.Get("command"),
		Text:        form.Get("text"),
		ResponseURL: form.Get("response_url"),
		TriggerID:   form.Get("trigger_id"),
		APIAppID:    form.Get("api_app_id"),
	}
	// Empty 200 at once; the answer follows through response_url.
	w.WriteHeader(http.StatusOK)
	b.onSlash(cmd)
}

func (b httpMode) serveInteractions(w http.ResponseWriter, r *http.Request, body []byte) {
	form, err := url.ParseQuery(string(body))
	if err != nil || form.Get("payload") == "" {
		b.metrics.rejected.WithLabelValues("malformed").Inc()
		http.Error(w, "malformed interaction form", http.StatusBadRequest)
		return
	}
	var cb slack.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &cb); err != nil {
		b.metrics.rejected.WithLabelValues("malformed").Inc()
		http.Error(w, "malformed interaction payload", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	b.onInteraction(cb)
}

// Serve runs HTTP mode on ln until ctx is cancelled, then drains: /readyz
// turns 503, requests are served for the drain grace, then the listener
// closes and answers in flight get the shutdown timeout to finish. It
// returns an error wrapping ErrShutdownTimeout if some had to be cut off.
func (b *Service) Serve(ctx context.Context, ln net.Listener, signingSecret string) error {
	if signingSecret == "" {
		ln.Close()
		return fmt.Errorf("http mode without a signing secret: %w", ErrConfig)
	}
	if err := b.Identify(ctx); err != nil {
		ln.Close()
		return err
	}
	return (httpMode{b.svc()}).serveUntil(ctx, ln, b.Handler(signingSecret), "Slack requests", true)
}
