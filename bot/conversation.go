package bot

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/bot/catalog"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/dialog"
)

// maxReadingRunes bounds the reading line: a long follow-up is still one line.
const maxReadingRunes = 300

// keyConversation prefixes conversation keys in the Conversations store.
const keyConversation = "conv:"

// conversationKey names the conversation a message belongs to, and how long
// it lasts between messages (0: as long as the store keeps it). A thread is
// one conversation, keyed by channel and the thread's root ts; a top-level
// mention starts the thread the reply opens. A top-level direct message
// continues the DM's conversation of the last dmContext.
func (b conversation) conversationKey(m incoming) (string, time.Duration) {
	switch {
	case m.threadTS != "":
		return keyConversation + m.channel + "/" + m.threadTS, 0
	case m.kind == "dm":
		return keyConversation + m.channel, b.dmContext
	}
	return keyConversation + m.channel + "/" + m.ts, 0
}

// loadConversation reads a conversation's state. A store that fails or
// bytes that do not decode start the conversation over: answering without
// context beats not answering.
func (b conversation) loadConversation(ctx context.Context, log *slog.Logger, key string, window time.Duration) (dialog.State, bool) {
	raw, ok, err := b.convs.Get(ctx, key)
	if err != nil {
		log.Error("conversation store failed; answering without context", "error", err)
		return dialog.State{}, false
	}
	if !ok {
		return dialog.State{}, false
	}
	st, err := dialog.Unmarshal(raw)
	if err != nil {
		log.Warn("stored conversation does not decode; starting over", "error", err)
		return dialog.State{}, false
	}
	if last, ok := st.Last(); ok && window > 0 && b.now().Sub(time.Unix(last.At, 0)) > window {
		return dialog.State{}, false
	}
	return st, len(st.Turns) > 0
}

func (b conversation) saveConversation(ctx context.Context, log *slog.Logger, key string, st dialog.State) {
	raw, err := st.Marshal()
	if err == nil {
		err = b.convs.Put(ctx, key, raw)
	}
	if err != nil {
		log.Error("could not record the conversation", "error", err)
	}
}

// converse answers a message in the light of its conversation and records
// the turn, once per message ts however often the event is delivered.
func (b conversation) converse(ctx context.Context, log *slog.Logger, m incoming, question string) (Message, string) {
	lang := analysis.Lang(question)
	key, window := (conversation{b.svc()}).conversationKey(m)
	if b.dialog.IsReset(question) {
		(conversation{b.svc()}).saveConversation(ctx, log, key, dialog.State{})
		return notice(catalog.DialogFor(lang).Started), outcomeUsage
	}
	st, _ := (conversation{b.svc()}).loadConversation(ctx, log, key, window)
	recorded := st.Has(m.ts)
	ctxState := st.Before(m.ts) // a redelivery is answered as it was the first time

	var r dialog.Reply
	var err error
	var msg Message
	if werr := b.inWorker(ctx, func() {
		r, err = b.dialog.Reply(ctx, ctxState, question, resultsPerPage*2)
		if err == nil {
			shown := r.Answer
			if r.FollowUp && r.Turn.Asked != "" {
				// The header and the More and Share buttons carry the
				// question as understood, so that a click redoes the same
				// search without the conversation.
				shown.Question = r.Turn.Asked
			}
			msg = (answers{b.svc()}).render(shown, question, lang, answerView{Title: b.title})
			if r.FollowUp {
				msg = withReading(msg, r)
			}
		}
	}); werr != nil {
		err = werr
	}
	if err != nil {
		return (answers{b.svc()}).askFailed(log, err, question, lang)
	}
	if !recorded {
		r.Turn.ID, r.Turn.At = m.ts, b.now().Unix()
		st.Add(r.Turn, b.dialog.Params().MaxTurns)
		(conversation{b.svc()}).saveConversation(ctx, log, key, st)
	}
	log.Info("conversation turn", "kind", r.Reading.Kind, "follow_up", r.FollowUp, "turns", len(st.Turns))
	if !r.Answer.Answered {
		return msg, outcomeDeclined
	}
	return msg, outcomeAnswered
}

// withReading puts the one line of how a follow-up was understood above the
// reply, and says what a declined one asked for.
func withReading(msg Message, r dialog.Reply) Message {
	lang := r.Reading.Lang
	if lang != langKO {
		lang = langEN
	}
	d := catalog.DialogFor(lang)
	line := catalog.UnderstoodLine(lang, string(r.Reading.Kind), r.Reading.Topic, r.Reading.Ask)
	switch {
	case r.NoSources:
		line += "\n" + d.NoSources
	case r.NoMore:
		line += "\n" + d.NoMore
	case !r.Answer.Answered:
		line += "\n" + fmt.Sprintf(d.NotCovered, catalog.ReadingText(r.Reading.Topic, r.Reading.Ask))
	}
	line = clipPlain(line, maxReadingRunes)
	with := Message{Text: line + "\n" + msg.Text, Blocks: append([]slack.Block{contextText(safe(line))}, msg.Blocks...)}
	if checkLimits(with) != nil {
		return msg // the answer matters more than the reading line
	}
	return with
}

// threadFollowUp tells whether a channel message is a reply in a thread
// whose conversation the bot holds, so that it is a follow-up even without
// a mention (Options.FollowupsWithoutMention).
func (b conversation) threadFollowUp(ctx context.Context, m incoming) bool {
	if !b.followups || b.dialog == nil || m.threadTS == "" || m.threadTS == m.ts {
		return false
	}
	key, window := (conversation{b.svc()}).conversationKey(m)
	_, ok := (conversation{b.svc()}).loadConversation(ctx, b.log, key, window)
	return ok
}
