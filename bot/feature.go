package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/index/question"
)

// errEmptyReply marks a feature that returned no message: a bug, which the
// user sees as the usual apology.
var errEmptyReply = errors.New("feature made no reply")

// featureCall is one request to a feature, with what the Service knows and
// the feature does not, for its reply (present.Call): the configured
// command names, the report title, and how to name the reports when several
// are loaded.
type featureCall struct {
	req      CommandRequest
	commands commands.Names
	// Call is what the reply shows; shown fills in its command names.
	present.Call
}

// shown is what the reply of a feature of kind shows besides the engine's
// result: its own slash command, and the other kind of name's for the hint
// that a name is one (/company under /country, and the reverse).
func (c featureCall) shown(kind string) present.Call {
	p := c.Call
	p.Command, p.Other = c.commands[commands.ID(kind)], c.commands[commands.Company]
	if kind == present.KindCompany {
		p.Other = c.commands[commands.Country]
	}
	return p
}

// featureReply is a feature's reply and its outcome for the metrics.
type featureReply struct {
	msgs    []present.Message
	outcome string
}

// featureRunner is what the bot's own adapters (SummaryCommand, CiteCommand)
// offer beyond Command: every view of a reply, so that their buttons work.
// A Command from elsewhere keeps the plain Run contract and gets no buttons
// handled for it.
type featureRunner interface {
	Command
	kind() string
	reply(ctx context.Context, call featureCall) (featureReply, error)
}

// defaultCommands are the names Run assumes outside a Service: the
// command table's own.
func defaultCommands() commands.Names {
	return commands.New().Names(nil)
}

// runShort is Run for the adapters: the short reply, as if from a Service
// with the default command names and title.
func runShort(ctx context.Context, r featureRunner, req CommandRequest) (present.Message, error) {
	rep, err := r.reply(ctx, featureCall{req: req, commands: defaultCommands(), Call: present.Call{View: present.ViewShort}})
	if err != nil {
		return present.Message{}, err
	}
	if len(rep.msgs) == 0 {
		return present.Message{}, fmt.Errorf("%s: %w", r.kind(), errEmptyReply)
	}
	return rep.msgs[0], nil
}

// runFeature asks a feature for its reply. An error becomes the usual
// apology for the user and full detail in the log.
func (b slash) runFeature(ctx context.Context, log *slog.Logger, r featureRunner, call featureCall) ([]present.Message, string) {
	call.commands = b.commands
	call.Title = b.title
	call.Examples = b.examples
	call.Names = b.namingFor(call.req.ChannelID)
	var rep featureReply
	var err error
	if werr := b.inWorker(ctx, func() { rep, err = r.reply(ctx, call) }); werr != nil {
		err = werr
	}
	if err == nil && len(rep.msgs) == 0 {
		err = fmt.Errorf("%s: %w", r.kind(), errEmptyReply)
	}
	if err != nil {
		log.Error("command failed", "feature", r.kind(), "text", present.ClipPlain(call.req.Asked.Text(), 200), "error", err)
		return []present.Message{present.Notice(present.For(call.req.Asked.Lang()).Failed)}, outcomeError
	}
	return rep.msgs, rep.outcome
}

// featureClick redoes a feature's reply for one of its buttons.
func (b clicks) featureClick(ctx context.Context, log *slog.Logger, cb slack.InteractionCallback, v present.ButtonValue, view present.View) ([]present.Message, string) {
	runner, _ := b.enginesFor(cb.Channel.ID).features[commands.ID(v.Kind)].(featureRunner)
	if runner == nil || runner.kind() != v.Kind {
		// A button from a reply made before the feature was switched off.
		log.Warn("button for a feature that is not plugged in", "feature", v.Kind)
		return []present.Message{present.Bilingual(v.Lang, func(l present.Labels) string { return l.BadButton })}, outcomeError
	}
	// The button is where the name or claim enters again: it carries the
	// text the reply was about, without markup, and the reply's language,
	// which the text alone may not tell (a Korean name under an English
	// summary).
	asked := question.Plain(v.Question).ReplyIn(v.Lang)
	req := CommandRequest{Asked: asked, UserID: cb.User.ID, ChannelID: cb.Channel.ID}
	return (slash{b.svc()}).runFeature(ctx, log, runner, featureCall{req: req, Call: present.Call{View: view, Only: v.Report}})
}
