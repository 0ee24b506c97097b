package bot

import (
	"context"
	"log/slog"
	"time"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/shelf"
)

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

// loadConversation reads a conversation's state and fits it to the
// reports dlg answers from (see shelf.Shelf.Settle), saying in the log
// what that changed. A store that fails or bytes that do not decode start
// the conversation over: answering without context beats not answering.
// ok tells whether the conversation has turns.
func (b conversation) loadConversation(ctx context.Context, log *slog.Logger, key string, window time.Duration, dlg Dialog) (shelf.State, bool) {
	st, ok := (conversation{b.svc()}).readConversation(ctx, log, key, window)
	if !ok {
		return shelf.State{}, false
	}
	st, did := dlg.Settle(st)
	switch {
	case did.Legacy && did.Into != "":
		log.Info("conversation stored by the single-report bot; it goes on in its report", "report", did.Into)
	case did.Legacy:
		log.Warn("conversation stored by the single-report bot fits none of the reports loaded; starting over")
	}
	if len(did.Dropped) > 0 {
		log.Warn("stored turns no longer fit the report loaded under their series number; dropped", "reports", did.Dropped)
	}
	return st, !st.Empty()
}

// readConversation reads a conversation's state as stored, and whether it
// has turns within window.
func (b conversation) readConversation(ctx context.Context, log *slog.Logger, key string, window time.Duration) (shelf.State, bool) {
	raw, ok, err := b.convs.Get(ctx, key)
	if err != nil {
		log.Error("conversation store failed; answering without context", "error", err)
		return shelf.State{}, false
	}
	if !ok {
		return shelf.State{}, false
	}
	st, err := shelf.Unmarshal(raw)
	if err != nil {
		log.Warn("stored conversation does not decode; starting over", "error", err)
		return shelf.State{}, false
	}
	if at, ok := st.LastAt(); ok && window > 0 && b.now().Sub(time.Unix(at, 0)) > window {
		return shelf.State{}, false
	}
	return st, !st.Empty()
}

func (b conversation) saveConversation(ctx context.Context, log *slog.Logger, key string, st shelf.State) {
	raw, err := st.Marshal()
	if err == nil {
		err = b.convs.Put(ctx, key, raw)
	}
	if err != nil {
		log.Error("could not record the conversation", "error", err)
	}
}

// converse answers a message in the light of its conversation and records
// the turn, once per message ts however often the event is delivered. eng
// is the channel's engines, whose dialog is not nil.
func (b conversation) converse(ctx context.Context, log *slog.Logger, m incoming, asked question.Asked, eng *engines) (present.Message, string) {
	lang := asked.Lang()
	key, window := (conversation{b.svc()}).conversationKey(m)
	if eng.dialog.IsReset(asked.Text()) {
		(conversation{b.svc()}).saveConversation(ctx, log, key, shelf.State{})
		return present.Notice(present.DialogFor(lang).Started), outcomeUsage
	}
	st, _ := (conversation{b.svc()}).loadConversation(ctx, log, key, window, eng.dialog)
	recorded := st.Has(m.ts)
	ctxState := st.Before(m.ts) // a redelivery is answered as it was the first time

	var r dialog.Reply
	var next shelf.State
	var err error
	var msg present.Message
	if werr := b.inWorker(ctx, func() {
		r, next, err = eng.dialog.Reply(ctx, ctxState, asked, present.ResultsPerPage*2, shelf.Stamp{ID: m.ts, At: b.now().Unix()})
		if err == nil {
			shown := r.Answer
			if r.FollowUp && r.Turn.Asked != "" {
				// The header and the More and Share buttons carry the
				// question as understood, so that a click redoes the same
				// search without the conversation.
				shown.Question = r.Turn.Asked
			}
			msg = (answers{b.svc()}).render(shown, asked.Text(), lang, present.AnswerView{Title: b.title, Names: b.namingFor(m.channel)})
			if r.FollowUp {
				msg = present.WithReading(msg, r)
			}
		}
	}); werr != nil {
		err = werr
	}
	if err != nil {
		return (answers{b.svc()}).askFailed(log, err, m.channel, asked.Text(), lang)
	}
	if !recorded {
		(conversation{b.svc()}).saveConversation(ctx, log, key, next)
	}
	log.Info("conversation turn", "kind", r.Reading.Kind, "follow_up", r.FollowUp, "reports", present.ReportsIn(r.Answer.Results, present.ResultReport))
	if !r.Answer.Answered {
		return msg, outcomeDeclined
	}
	return msg, outcomeAnswered
}

// threadFollowUp tells whether a channel message is a reply in a thread
// whose conversation the bot holds, so that it is a follow-up even without
// a mention (Options.FollowupsWithoutMention).
func (b conversation) threadFollowUp(ctx context.Context, m incoming) bool {
	if !b.followups || b.enginesFor(m.channel).dialog == nil || m.threadTS == "" || m.threadTS == m.ts {
		return false
	}
	key, window := (conversation{b.svc()}).conversationKey(m)
	_, ok := (conversation{b.svc()}).readConversation(ctx, b.log, key, window)
	return ok
}
