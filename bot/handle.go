package bot

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

// Language codes of replies.
const (
	langKO = analysis.Korean
	langEN = analysis.English
)

// Reply outcomes, as counted in reportbot_replies_total.
const (
	outcomeAnswered     = "answered"
	outcomeDeclined     = "declined"
	outcomeUsage        = "usage"
	outcomeRateLimited  = "rate_limited"
	outcomeNotAllowed   = "not_allowed"
	outcomeNotAvailable = "not_available"
	outcomeTooLong      = "too_long"
	outcomeError        = "error"
	outcomeFeedback     = "feedback"
)

// incoming is a mention or a direct message, whichever event carried it.
type incoming struct {
	kind     string // "mention" or "dm"
	channel  string
	user     string
	botID    string
	subtype  string
	text     string
	ts       string
	threadTS string
}

// onEvent takes an Events API inner event after it has been acknowledged.
func (b *Service) onEvent(eventID string, data any) {
	var m incoming
	switch ev := data.(type) {
	case *slackevents.AppMentionEvent:
		m = incoming{kind: "mention", channel: ev.Channel, user: ev.User, botID: ev.BotID,
			text: ev.Text, ts: ev.TimeStamp, threadTS: ev.ThreadTimeStamp}
	case *slackevents.MessageEvent:
		m = incoming{kind: "dm", channel: ev.Channel, user: ev.User, botID: ev.BotID,
			subtype: ev.SubType, text: ev.Text, ts: ev.TimeStamp, threadTS: ev.ThreadTimeStamp}
		if ev.ChannelType != "im" {
			// Channel messages arrive here too when channels:history is
			// granted. The bot answers mentions, which come as app_mention,
			// and, when so set, replies in a thread it has answered.
			m.kind = "reply"
			if me := b.identity(); (me.userID != "" && strings.Contains(ev.Text, "<@"+me.userID+">")) || !(conversation{b.svc()}).threadFollowUp(b.workCtx, m) {
				b.metrics.requests.WithLabelValues("other").Inc()
				return
			}
		}
	default:
		b.metrics.requests.WithLabelValues("other").Inc()
		b.log.Debug("ignoring event", "event_id", eventID)
		return
	}
	b.metrics.requests.WithLabelValues(m.kind).Inc()
	now := b.now()
	if eventID != "" && !(shared{b.svc()}).firstTime(b.workCtx, keyEvent+eventID, eventTTL) {
		b.metrics.duplicates.WithLabelValues("event_id").Inc()
		b.log.Debug("dropping redelivered event", "event_id", eventID)
		return
	}
	me := b.identity()
	switch {
	case m.botID != "" || m.subtype == "bot_message":
		return
	case m.user == "" || (me.userID != "" && m.user == me.userID):
		return
	case m.subtype != "" && m.subtype != "thread_broadcast" && m.subtype != "file_share":
		// Edits, deletions, joins and the like are not questions.
		return
	case m.ts == "" || m.channel == "":
		b.log.Warn("message event without channel or ts", "event_id", eventID)
		return
	}
	// Only mark the message once we know we will answer it, so that an
	// ignored copy cannot hide the copy we should answer.
	if !(shared{b.svc()}).firstTime(b.workCtx, keyMessage+m.channel+"/"+m.ts, messageTTL) {
		b.metrics.duplicates.WithLabelValues("message").Inc()
		b.log.Debug("dropping second event for one message", "event_id", eventID, "channel", m.channel, "ts", m.ts)
		return
	}
	b.spawn(m.kind, func(ctx context.Context) { (answers{b.svc()}).answerMessage(ctx, m, now) })
}

func (b answers) answerMessage(ctx context.Context, m incoming, received time.Time) {
	asked, _ := question.Parse(m.text, b.clean)
	lang := asked.Lang()
	thread := m.threadTS
	if m.kind == "mention" && thread == "" {
		thread = m.ts
	}
	log := b.log.With("kind", m.kind, "channel", m.channel, "user", m.user, "ts", m.ts)

	var msg present.Message
	var outcome string
	stopWorking := func() {}
	switch {
	case !b.channelAllowed(m.channel):
		msg, outcome = present.Notice(present.For(lang).NotAllowed), outcomeNotAllowed
	case isHelp(asked.Text()):
		msg, outcome = b.usage(lang, m.channel), outcomeUsage
	case !(shared{b.svc()}).allow(ctx, m.user):
		msg, outcome = present.Notice(present.For(lang).RateLimited), outcomeRateLimited
	default:
		stopWorking = (replies{b.svc()}).working(ctx, m.channel, m.ts)
		if eng := b.enginesFor(m.channel); eng.dialog != nil {
			msg, outcome = (conversation{b.svc()}).converse(ctx, log, m, asked, eng)
			break
		}
		msg, outcome = b.ask(ctx, log, m.channel, asked, present.AnswerView{})
	}
	b.finish(ctx, log, outcome, received, lang, func(ctx context.Context, msg present.Message) error {
		return (replies{b.svc()}).post(ctx, m.channel, thread, msg)
	}, msg)
	// Only now, so the hourglass stays until the answer is visible.
	stopWorking()
}

// finish sends a reply, in one message or several (Show all), and records
// how it went.
func (b *Service) finish(ctx context.Context, log *slog.Logger, outcome string, received time.Time, lang string, send func(context.Context, present.Message) error, msgs ...present.Message) {
	if ctx.Err() != nil {
		// The answer ran out of time; the apology still deserves a chance to
		// go out, unless the whole bot is being stopped.
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(b.workCtx, 10*time.Second)
		defer cancel()
	}
	for i, msg := range msgs {
		if err := send(ctx, (replies{b.svc()}).guard(msg, lang)); err != nil {
			log.Error("could not deliver the reply", "outcome", outcome, "part", i+1, "parts", len(msgs), "error", err)
			outcome = outcomeError
			break
		}
	}
	b.metrics.outcomes.WithLabelValues(outcome).Inc()
	b.metrics.latency.Observe(b.now().Sub(received).Seconds())
	log.Info("replied", "outcome", outcome, "elapsed", b.now().Sub(received))
}

// ask runs the search over the reports of the channel it was asked in and
// renders what the user will see. Errors become a friendly reply here and
// full detail in the log.
func (b *Service) ask(ctx context.Context, log *slog.Logger, channel string, asked question.Asked, view present.AnswerView) (present.Message, string) {
	lang := asked.Lang()
	view.Title, view.Names = b.title, b.namingFor(channel)
	searcher := b.enginesFor(channel).searcher
	var ans answer.Answer
	var err error
	var msg present.Message
	if werr := b.inWorker(ctx, func() {
		ans, err = searcher.Ask(ctx, asked, present.ResultsPerPage*2)
		if err == nil {
			msg = (answers{b.svc()}).render(ans, asked.Text(), lang, view)
		}
	}); werr != nil {
		err = werr
	}
	if err != nil {
		return (answers{b.svc()}).askFailed(log, err, channel, asked.Text(), lang)
	}
	if !ans.Answered {
		return msg, outcomeDeclined
	}
	return msg, outcomeAnswered
}

// render is present.Answer with the question and language filled in when the
// engine left them out.
func (b answers) render(ans answer.Answer, question, lang string, view present.AnswerView) present.Message {
	if ans.Question == "" {
		ans.Question = question
	}
	if ans.Lang == "" {
		ans.Lang = lang
	}
	return present.Answer(ans, view)
}

// usage explains /report, naming the report by its title, or the reports
// a channel searches by theirs.
func (b *Service) usage(lang, channel string) present.Message {
	if n := b.namingFor(channel); n != nil {
		return present.UsageShelf(lang, n)
	}
	return present.Usage(lang, b.commands[commands.Ask], b.title, b.examples)
}

func isHelp(q string) bool {
	switch strings.ToLower(strings.Trim(q, " ?!.")) {
	case "", "help", "usage", "도움말", "도움", "사용법", "헬프":
		return true
	}
	return false
}

// channelAllowed applies the allow-list; direct messages are always allowed
// because the list is about which shared spaces the bot speaks in.
func (b *Service) channelAllowed(channel string) bool {
	if b.allowed == nil || strings.HasPrefix(channel, "D") {
		return true
	}
	return b.allowed[channel]
}

// onSlash takes a slash command after it has been acknowledged.
func (b *Service) onSlash(cmd slack.SlashCommand) {
	b.metrics.requests.WithLabelValues("command").Inc()
	received := b.now()
	b.spawn("command", func(ctx context.Context) { (slash{b.svc()}).answerSlash(ctx, cmd, received) })
}

func (b slash) answerSlash(ctx context.Context, cmd slack.SlashCommand, received time.Time) {
	name := strings.ToLower(strings.TrimSpace(cmd.Command))
	asked, _ := question.Parse(cmd.Text, b.clean)
	text, lang := asked.Text(), asked.Lang()
	log := b.log.With("kind", "command", "command", name, "channel", cmd.ChannelID, "user", cmd.UserID)
	send := func(ctx context.Context, msg present.Message) error {
		return (replies{b.svc()}).respond(ctx, cmd.ResponseURL, msg, ephemeral)
	}

	var msg present.Message
	var msgs []present.Message // set instead of msg by the engine's own features
	var outcome string
	// The command table's slash commands, under the names configured:
	// the question's is answered by the searcher, every other by its
	// feature.
	id, known := b.commands.Lookup(name)
	feature := b.enginesFor(cmd.ChannelID).features[id]
	runner, isRunner := feature.(featureRunner)
	req := CommandRequest{Asked: asked, UserID: cmd.UserID, ChannelID: cmd.ChannelID}
	switch {
	case !known:
		msg, outcome = present.UnknownCommand(lang, b.usage(lang, cmd.ChannelID)), outcomeUsage
	case !b.channelAllowed(cmd.ChannelID):
		msg, outcome = present.Notice(present.For(lang).NotAllowed), outcomeNotAllowed
	case id != commands.Ask && feature == nil:
		msg, outcome = present.Bilingual(lang, func(l present.Labels) string { return l.NotAvailable }), outcomeNotAvailable
	case isHelp(text) && isRunner:
		// The feature's own usage, with its examples and what it covers:
		// an empty name or claim, in the asker's language.
		req.Asked = question.Asked{}.ReplyIn(lang)
		msgs, outcome = (slash{b.svc()}).runFeature(ctx, log, runner, featureCall{req: req, Call: present.Call{View: present.ViewShort}})
	case isHelp(text):
		msg, outcome = b.usage(lang, cmd.ChannelID), outcomeUsage
	case !(shared{b.svc()}).allow(ctx, cmd.UserID):
		msg, outcome = present.Notice(present.For(lang).RateLimited), outcomeRateLimited
	case isRunner:
		msgs, outcome = (slash{b.svc()}).runFeature(ctx, log, runner, featureCall{req: req, Call: present.Call{View: present.ViewShort}})
	case feature != nil:
		var err error
		if werr := b.inWorker(ctx, func() { msg, err = feature.Run(ctx, req) }); werr != nil {
			err = werr
		}
		outcome = outcomeAnswered
		if err != nil {
			log.Error("command failed", "error", err)
			msg, outcome = present.Notice(present.For(lang).Failed), outcomeError
		}
	default:
		msg, outcome = b.ask(ctx, log, cmd.ChannelID, asked, present.AnswerView{Ephemeral: true})
	}
	if msgs == nil {
		msgs = []present.Message{msg}
	}
	b.finish(ctx, log, outcome, received, lang, send, msgs...)
}

// onInteraction takes a button click after it has been acknowledged.
func (b *Service) onInteraction(cb slack.InteractionCallback) {
	b.metrics.requests.WithLabelValues("interaction").Inc()
	if cb.Type != slack.InteractionTypeBlockActions {
		b.log.Debug("ignoring interaction", "type", cb.Type)
		return
	}
	received := b.now()
	for _, a := range cb.ActionCallback.BlockActions {
		if a == nil {
			continue
		}
		action := *a
		b.spawn("interaction", func(ctx context.Context) { (clicks{b.svc()}).answerClick(ctx, cb, action, received) })
	}
}

func (b clicks) answerClick(ctx context.Context, cb slack.InteractionCallback, a slack.BlockAction, received time.Time) {
	short := strings.TrimPrefix(a.ActionID, "reportbot_")
	log := b.log.With("kind", "interaction", "action", short, "user", cb.User.ID, "channel", cb.Channel.ID)
	v, err := present.DecodeValue(a.Value)
	lang := v.Lang
	if lang == "" {
		lang = langEN
	}
	send := func(ctx context.Context, msg present.Message) error {
		return (replies{b.svc()}).respond(ctx, cb.ResponseURL, msg, ephemeral)
	}
	if err != nil {
		log.Warn("button with an unusable value", "error", err)
		b.finish(ctx, log, outcomeError, received, lang, send, present.Bilingual(lang, func(l present.Labels) string { return l.BadButton }))
		return
	}
	b.metrics.clicks.WithLabelValues(short).Inc()
	log.Info("button clicked", "question", present.ClipPlain(v.Question, 200), "page", v.Page, "lang", v.Lang, "feature", v.Kind)

	var msg present.Message
	var msgs []present.Message // set instead of msg by the engine's own features
	var outcome string
	switch a.ActionID {
	case present.ActionUp, present.ActionDown:
		vote := "up"
		if a.ActionID == present.ActionDown {
			vote = "down"
		}
		b.metrics.feedback.WithLabelValues(vote).Inc()
		msg, outcome = present.Notice(present.For(lang).Thanks), outcomeFeedback
	case present.ActionShare:
		if v.Kind != "" {
			msgs, outcome = (clicks{b.svc()}).featureClick(ctx, log, cb, v, present.ViewShared)
			if outcome == outcomeAnswered {
				send = func(ctx context.Context, msg present.Message) error {
					return (replies{b.svc()}).respond(ctx, cb.ResponseURL, msg, inChannel)
				}
			}
			break
		}
		msg, outcome = b.ask(ctx, log, cb.Channel.ID, question.Plain(v.Question), present.AnswerView{Page: v.Page, Shared: true})
		if outcome == outcomeAnswered || outcome == outcomeDeclined {
			send = func(ctx context.Context, msg present.Message) error {
				return (replies{b.svc()}).respond(ctx, cb.ResponseURL, msg, inChannel)
			}
		}
	case present.ActionMore:
		if !(shared{b.svc()}).allow(ctx, cb.User.ID) {
			msg, outcome = present.Notice(present.For(lang).RateLimited), outcomeRateLimited
			break
		}
		msg, outcome = b.ask(ctx, log, cb.Channel.ID, question.Plain(v.Question), present.AnswerView{Page: 1, Ephemeral: true})
	case present.ActionAll, present.ActionBibTeX:
		if !(shared{b.svc()}).allow(ctx, cb.User.ID) {
			msg, outcome = present.Notice(present.For(lang).RateLimited), outcomeRateLimited
			break
		}
		view := present.ViewAll
		if a.ActionID == present.ActionBibTeX {
			view = present.ViewBibTeX
		}
		msgs, outcome = (clicks{b.svc()}).featureClick(ctx, log, cb, v, view)
	default:
		log.Warn("unknown button")
		msg, outcome = present.Bilingual(lang, func(l present.Labels) string { return l.BadButton }), outcomeError
	}
	if msgs == nil {
		msgs = []present.Message{msg}
	}
	b.finish(ctx, log, outcome, received, lang, send, msgs...)
}

// askFailed is the reply to a question the engine could not answer: usage
// for an empty one, a notice for one too long, an apology (and the detail
// in the log) for anything else.
func (b answers) askFailed(log *slog.Logger, err error, channel, text, lang string) (present.Message, string) {
	switch {
	case errors.Is(err, question.ErrEmpty):
		return b.usage(lang, channel), outcomeUsage
	case errors.Is(err, question.ErrTooLong):
		return present.Notice(present.For(lang).TooLong), outcomeTooLong
	}
	log.Error("search failed", "question", present.ClipPlain(text, 200), "error", err)
	return present.Notice(present.For(lang).Failed), outcomeError
}
