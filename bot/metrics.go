package bot

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the bot's Prometheus series, on a registry of its own so that
// tests and embedding programs never collide on the global one.
type metrics struct {
	registry    *prometheus.Registry
	requests    *prometheus.CounterVec
	outcomes    *prometheus.CounterVec
	latency     prometheus.Histogram
	slackErrors *prometheus.CounterVec
	clicks      *prometheus.CounterVec
	feedback    *prometheus.CounterVec
	rejected    *prometheus.CounterVec
	duplicates  *prometheus.CounterVec
}

func newMetrics(reg *prometheus.Registry) *metrics {
	m := &metrics{
		registry: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_requests_total",
			Help: "Slack requests received, by kind (mention, dm, command, interaction, url_verification, other).",
		}, []string{"kind"}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "reportbot_replies_total",
			Help: "Replies sent, by outcome (answered, declined, usage, rate_limited, not_allowed, not_available, too_long, error).",
		}, []string{"outcome"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "reportbot_answer_seconds",
			Help:    "Time from receiving a request to posting its reply (answers, declines and notices alike).",
			Buckets: []float64{0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30},
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
	reg.MustRegister(m.requests, m.outcomes, m.latency, m.slackErrors, m.clicks, m.feedback, m.rejected, m.duplicates)
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{Registry: m.registry})
}
