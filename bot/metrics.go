package bot

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/stepi-tools/reportbot/bot/present"
)

// metrics are the bot's Prometheus series, on a registry of its own so that
// tests and embedding programs never collide on the global one.
type metrics struct {
	registry    *prometheus.Registry
	requests    *prometheus.CounterVec
	outcomes    *prometheus.CounterVec
	latency     prometheus.Histogram
	ack         prometheus.Histogram
	slackErrors *prometheus.CounterVec
	clicks      *prometheus.CounterVec
	feedback    *prometheus.CounterVec
	rejected    *prometheus.CounterVec
	duplicates  *prometheus.CounterVec
}

// The label values each counter is known to take. Every series is created
// at zero when the bot starts, so that it exists, and an alert on it can be
// written, before its first event. TestMetricsLabelValuesInCode checks these
// lists against the values the code passes.

func requestKinds() []string {
	return []string{"mention", "dm", "reply", "command", "interaction", "url_verification", "other"}
}

func replyOutcomes() []string {
	return []string{outcomeAnswered, outcomeDeclined, outcomeUsage, outcomeRateLimited, outcomeNotAllowed,
		outcomeNotAvailable, outcomeTooLong, outcomeFeedback, outcomeError}
}

func slackMethods() []string {
	return []string{"auth.test", "chat.postMessage", "reactions.add", "reactions.remove", "response_url", "apps.connections.open"}
}

func clickActions() []string {
	var out []string
	for _, id := range []string{present.ActionShare, present.ActionMore, present.ActionAll, present.ActionBibTeX, present.ActionUp, present.ActionDown} {
		out = append(out, strings.TrimPrefix(id, "reportbot_"))
	}
	return out
}

func feedbackVotes() []string { return []string{"up", "down"} }

func rejectReasons() []string {
	return []string{"unsigned", "bad_signature", "forged", "stale", "replay", "too_large", "malformed", "unreadable"}
}

func duplicateKinds() []string { return []string{"event_id", "message"} }

// Bucket bounds in seconds. Slack wants every request acknowledged within
// 3 s, and people in a chat start to notice a wait at about the same point,
// so 3 is a bound of both histograms; an answer has AnswerTimeout (30 s by
// default) and its apology 10 s more, so the answer buckets end at 30 and 40.
func ackBuckets() []float64 { return []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3} }
func answerBuckets() []float64 {
	return []float64{0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 20, 30, 40}
}

func newMetrics(reg *prometheus.Registry) (*metrics, error) {
	m := &metrics{
		registry: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_requests_total",
			Help: "Slack requests received, by kind (mention, dm, reply, command, interaction, url_verification, other).",
		}, []string{"kind"}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_replies_total",
			Help: "Replies sent, by outcome (answered, declined, usage, rate_limited, not_allowed, not_available, too_long, feedback, error).",
		}, []string{"outcome"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "reportbot_answer_seconds",
			Help:    "Time from receiving a request to posting its reply (answers, declines and notices alike).",
			Buckets: answerBuckets(),
		}),
		ack: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "reportbot_ack_seconds",
			Help:    "Time to acknowledge a signed HTTP request or a Socket Mode envelope; Slack gives up after 3 s.",
			Buckets: ackBuckets(),
		}),
		slackErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_slack_api_errors_total",
			Help: "Failed Slack calls (including rate-limited attempts), by method.",
		}, []string{"method"}),
		clicks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_button_clicks_total",
			Help: "Button clicks, by action (share, more, all, bibtex, feedback_up, feedback_down).",
		}, []string{"action"}),
		feedback: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_feedback_total",
			Help: "Feedback votes on answers, by vote (up, down).",
		}, []string{"vote"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_http_rejected_total",
			Help: "HTTP requests refused before any work, by reason.",
		}, []string{"reason"}),
		duplicates: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_duplicate_events_total",
			Help: "Redelivered events dropped, by what matched (event_id, message).",
		}, []string{"by"}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.outcomes, m.latency, m.ack, m.slackErrors, m.clicks, m.feedback, m.rejected, m.duplicates} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("registering the bot's metrics: %w", err)
		}
	}
	for _, c := range []struct {
		vec    *prometheus.CounterVec
		values []string
	}{
		{m.requests, requestKinds()},
		{m.outcomes, replyOutcomes()},
		{m.slackErrors, slackMethods()},
		{m.clicks, clickActions()},
		{m.feedback, feedbackVotes()},
		{m.rejected, rejectReasons()},
		{m.duplicates, duplicateKinds()},
	} {
		for _, v := range c.values {
			c.vec.WithLabelValues(v)
		}
	}
	// The Go runtime's and the process's own series (go_goroutines,
	// process_resident_memory_bytes, …). A registry the caller gave may
	// have them already; that is fine.
	for _, c := range []prometheus.Collector{
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	} {
		var dup prometheus.AlreadyRegisteredError
		if err := reg.Register(c); err != nil && !errors.As(err, &dup) {
			return nil, fmt.Errorf("registering the runtime metrics: %w", err)
		}
	}
	return m, nil
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{Registry: m.registry})
}
