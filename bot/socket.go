package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// RunSocket runs Socket Mode until ctx is cancelled, then drains: /readyz
// (see ServeOps) turns 503, the connection to Slack closes at once, and the
// answers in flight get the shutdown timeout to finish; it returns an error
// wrapping ErrShutdownTimeout if some had to be cut off. slack-go
// reconnects by itself after a dropped connection or a disconnect request;
// RunSocket returns early only when Slack refuses the tokens.
func (b *Service) RunSocket(ctx context.Context) error {
	b.socket.Store(true)
	if err := b.Identify(ctx); err != nil {
		return err
	}
	opts := append([]socketmode.Option{
		socketmode.OptionLog(slog.NewLogLogger(b.log.Handler(), slog.LevelDebug)),
	}, b.socketOptions...)
	client := socketmode.New(b.api, opts...)

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 1)
	go func() { errc <- client.RunContext(runCtx) }()

	for {
		select {
		case <-ctx.Done():
			b.beginDrain("socket", 0)
			cancel()
			<-errc
			b.connected.Store(false)
			return b.Drain()
		case err := <-errc:
			b.connected.Store(false)
			b.beginDrain("socket", 0)
			drainErr := b.Drain()
			if ctx.Err() != nil {
				return drainErr
			}
			return errors.Join(fmt.Errorf("socket mode: %w", err), drainErr)
		case evt := <-client.Events:
			(socketMode{b.svc()}).onSocketEvent(ctx, client, evt)
		}
	}
}

// onSocketEvent acknowledges first, then hands the request on; the answer
// itself runs in the background.
func (b socketMode) onSocketEvent(ctx context.Context, client *socketmode.Client, evt socketmode.Event) {
	start := time.Now()
	ack := func() {
		if evt.Request == nil || evt.Request.EnvelopeID == "" {
			return
		}
		if err := client.AckCtx(ctx, evt.Request.EnvelopeID, nil); err != nil {
			b.log.Error("could not acknowledge envelope", "envelope_id", evt.Request.EnvelopeID, "error", err)
			return
		}
		b.metrics.ack.Observe(time.Since(start).Seconds())
	}
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		b.connected.Store(false)
		b.log.Debug("socket mode connecting")
	case socketmode.EventTypeConnected:
		b.connected.Store(true)
		b.log.Info("socket mode connected")
	case socketmode.EventTypeHello:
		b.log.Debug("socket mode hello")
	case socketmode.EventTypeConnectionError:
		b.log.Warn("socket mode connection error", "detail", fmt.Sprint(evt.Data))
		b.metrics.slackErrors.WithLabelValues("apps.connections.open").Inc()
	case socketmode.EventTypeInvalidAuth:
		b.log.Error("Slack refused the app-level token (SLACK_APP_TOKEN)")
	case socketmode.EventTypeDisconnect:
		b.log.Info("Slack asked to reconnect")
	case socketmode.EventTypeIncomingError:
		b.log.Warn("unreadable socket mode frame", "detail", fmt.Sprint(evt.Data))
	case socketmode.EventTypeErrorWriteFailed:
		b.log.Error("socket mode write failed", "detail", fmt.Sprint(evt.Data))
	case socketmode.EventTypeErrorBadMessage:
		(socketMode{b.svc()}).ackBadMessage(ctx, client, evt.Data)
	case socketmode.EventTypeEventsAPI:
		ack()
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok {
			b.log.Warn("events_api envelope without an event")
			return
		}
		if ev.Type != slackevents.CallbackEvent {
			b.metrics.requests.WithLabelValues("other").Inc()
			return
		}
		var eventID string
		if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
			eventID = cb.EventID
		}
		if evt.Request.RetryAttempt > 0 {
			b.log.Info("Slack redelivery", "event_id", eventID, "retry", evt.Request.RetryAttempt, "reason", evt.Request.RetryReason)
		}
		b.onEvent(eventID, ev.InnerEvent.Data)
	case socketmode.EventTypeSlashCommand:
		ack()
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok {
			b.log.Warn("slash_commands envelope without a command")
			return
		}
		b.onSlash(cmd)
	case socketmode.EventTypeInteractive:
		ack()
		cb, ok := evt.Data.(slack.InteractionCallback)
		if !ok {
			b.log.Warn("interactive envelope without a payload")
			return
		}
		b.onInteraction(cb)
	default:
		ack()
		b.log.Debug("ignoring socket mode event", "type", string(evt.Type))
	}
}

// ackBadMessage acknowledges an envelope slack-go could not parse, if it
// carries an envelope id at all; otherwise Slack would redeliver it forever.
func (b socketMode) ackBadMessage(ctx context.Context, client *socketmode.Client, data any) {
	bad, ok := data.(*socketmode.ErrorBadMessage)
	if !ok {
		b.log.Warn("bad socket mode message", "detail", fmt.Sprint(data))
		return
	}
	var env struct {
		EnvelopeID string `json:"envelope_id"`
	}
	_ = json.Unmarshal(bad.Message, &env)
	b.log.Warn("unparseable socket mode envelope", "envelope_id", env.EnvelopeID, "error", bad.Cause)
	if env.EnvelopeID == "" {
		return
	}
	if err := client.AckCtx(ctx, env.EnvelopeID, nil); err != nil {
		b.log.Error("could not acknowledge envelope", "envelope_id", env.EnvelopeID, "error", err)
	}
}
