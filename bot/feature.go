package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/config"
	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// Features a button value can name, so that a click can redo the reply: the
// bot keeps no state between a reply and a click.
const (
	kindCountry = "country"
	kindCompany = "company"
	kindCite    = "cite"
)

// errEmptyReply marks a feature that returned no message: a bug, which the
// user sees as the usual apology.
var errEmptyReply = errors.New("feature made no reply")

// maxResponses is how many times Slack lets one response_url be used (five
// replies within 30 minutes); Show all never needs more.
const maxResponses = 5

// featureView says which reply a feature should make.
type featureView int

const (
	viewShort  featureView = iota // the slash command's own reply, ephemeral
	viewShared                    // the same for everyone, through Share in channel
	viewAll                       // Show all: every item, over several messages if need be
	viewBibTeX                    // the BibTeX button: the entries alone
)

// featureCall is one request to a feature, with what the Service knows and
// the feature does not: the configured command names, the report title,
// and how to name the reports when several are loaded.
type featureCall struct {
	req      CommandRequest
	view     featureView
	commands Commands
	title    string
	names    *naming // nil with one report
	examples corpus.Examples
	// only is the series number of the one report a button's reply is
	// about (Show all under one report's summary); "" for all.
	only string
}

// featureReply is a feature's reply and its outcome for the metrics.
type featureReply struct {
	msgs    []Message
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

// titleFor names the report a reply quotes: by its short title and year
// when several reports are loaded, by the report title otherwise.
func (c featureCall) titleFor(series string) string {
	if c.names != nil {
		return c.names.name(series)
	}
	return titleOr(c.title)
}

// scopeTitle names the reports the reply's channel searches.
func (c featureCall) scopeTitle() string {
	if c.names != nil {
		return c.names.names(c.names.scope)
	}
	return titleOr(c.title)
}

// defaultCommands are the names a Service falls back to, and that Run
// assumes outside a Service: the configuration's defaults.
func defaultCommands() Commands {
	d := config.DefaultCommands()
	return Commands{Report: d.Report, Country: d.Country, Company: d.Company, Cite: d.Cite}
}

// commandFor is the configured slash command of a feature kind.
func (c Commands) commandFor(kind string) string {
	switch kind {
	case kindCountry:
		return c.Country
	case kindCompany:
		return c.Company
	case kindCite:
		return c.Cite
	}
	return c.Report
}

// runShort is Run for the adapters: the short reply, as if from a Service
// with the default command names and title.
func runShort(ctx context.Context, r featureRunner, req CommandRequest) (Message, error) {
	if req.Lang != langKO && req.Lang != langEN {
		req.Lang = analysis.Lang(req.Text)
	}
	rep, err := r.reply(ctx, featureCall{req: req, view: viewShort, commands: defaultCommands()})
	if err != nil {
		return Message{}, err
	}
	if len(rep.msgs) == 0 {
		return Message{}, fmt.Errorf("%s: %w", r.kind(), errEmptyReply)
	}
	return rep.msgs[0], nil
}

// runFeature asks a feature for its reply. An error becomes the usual
// apology for the user and full detail in the log.
func (b slash) runFeature(ctx context.Context, log *slog.Logger, r featureRunner, call featureCall) ([]Message, string) {
	call.commands = b.commands
	call.title = b.title
	call.examples = b.examples
	call.names = b.namingFor(call.req.ChannelID)
	if call.req.Lang != langKO && call.req.Lang != langEN {
		call.req.Lang = analysis.Lang(call.req.Text)
	}
	var rep featureReply
	var err error
	if werr := b.inWorker(ctx, func() { rep, err = r.reply(ctx, call) }); werr != nil {
		err = werr
	}
	if err == nil && len(rep.msgs) == 0 {
		err = fmt.Errorf("%s: %w", r.kind(), errEmptyReply)
	}
	if err != nil {
		log.Error("command failed", "feature", r.kind(), "text", clipPlain(call.req.Text, 200), "error", err)
		return []Message{notice(present.For(call.req.Lang).Failed)}, outcomeError
	}
	return rep.msgs, rep.outcome
}

// featureClick redoes a feature's reply for one of its buttons.
func (b clicks) featureClick(ctx context.Context, log *slog.Logger, cb slack.InteractionCallback, v buttonValue, view featureView) ([]Message, string) {
	var runner featureRunner
	for _, f := range b.enginesFor(cb.Channel.ID).features {
		if r, ok := f.(featureRunner); ok && r.kind() == v.Kind {
			runner = r
			break
		}
	}
	if runner == nil || v.Kind == "" {
		// A button from a reply made before the feature was switched off.
		log.Warn("button for a feature that is not plugged in", "feature", v.Kind)
		return []Message{bilingual(v.Lang, func(l present.Labels) string { return l.BadButton })}, outcomeError
	}
	req := CommandRequest{Text: v.Question, UserID: cb.User.ID, ChannelID: cb.Channel.ID, Lang: v.Lang}
	return (slash{b.svc()}).runFeature(ctx, log, runner, featureCall{req: req, view: view, only: v.Report})
}

// ReportTitle names the report for the answers' header from its front
// matter: "AI 초격차 전략 수립 연구 (과학기술정책연구원, 2024)". It is empty
// when the report has no title, which makes the bot use its built-in one.
func ReportTitle(m corpus.Meta) string {
	title := strings.TrimSpace(m.TitleKo)
	if title == "" {
		title = strings.TrimSpace(m.TitleEn)
	}
	if title == "" {
		return ""
	}
	var about []string
	if p := strings.TrimSpace(m.Publisher); p != "" {
		about = append(about, p)
	}
	if y := m.Year(); y != "" {
		about = append(about, y)
	}
	if len(about) == 0 {
		return title
	}
	return title + " (" + strings.Join(about, ", ") + ")"
}

// featureButton is a button whose value lets featureClick redo the reply.
// maxText bounds the name or claim it carries; report, when set, is the
// one report the reply is about.
func featureButton(actionID, label, kind, lang, text, report string, maxText int) *slack.ButtonBlockElement {
	return button(actionID, label, encodeValue(buttonValue{Question: text, Lang: lang, Kind: kind, Report: report}, maxText))
}

// codeBlock makes text copyable as it stands. Slack still decodes entities
// and reads <!channel> and <@U…> inside ``` blocks, so the text is escaped
// like any other; a backtick would end the block early, so none is left.
func codeBlock(text string, max int) string {
	return "```" + clip(strings.ReplaceAll(strings.TrimSpace(text), "`", "'"), max) + "```"
}

// displayName shows a name with its other-language form: "일본 (Japan)" to a
// Korean reader, "Japan" to an English one.
func displayName(name, english, lang string) string {
	switch {
	case english == "" || english == name:
		return name
	case lang == langKO:
		return name + " (" + english + ")"
	default:
		return english
	}
}

// messageSize is how many bytes a message takes as JSON, as checkLimits
// measures it.
func messageSize(msg Message) int {
	b, err := json.Marshal(msg)
	if err != nil {
		return maxMessageBytes + 1
	}
	return len(b)
}
