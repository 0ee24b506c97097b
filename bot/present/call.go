package present

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/summary"
)

// Features a button value can name, so that a click can redo the reply: the
// bot keeps no state between a reply and a click. They are the command
// table's ids, which buttons already posted in Slack carry.
const (
	KindCountry = string(commands.Country)
	KindCompany = string(commands.Company)
	KindCite    = string(commands.Cite)
)

// MaxResponses is how many times Slack lets one response_url be used (five
// replies within 30 minutes); Show all never needs more.
const MaxResponses = 5

// View says which reply of a feature (/country, /company, /cite) to make.
type View int

const (
	ViewShort  View = iota // the slash command's own reply, ephemeral
	ViewShared             // the same for everyone, through Share in channel
	ViewAll                // Show all: every item, over several messages if need be
	ViewBibTeX             // the BibTeX button: the entries alone
)

// Call is what a feature's Slack reply shows besides the engine's result:
// which view, the configured command names, the report title, and how to
// name the reports when several are loaded.
type Call struct {
	View View
	// Command is the slash command of the feature replying, for its usage
	// and examples; Other is that of the other kind of name (/company to
	// /country's reply, and the reverse), for the hint that a name is one.
	Command, Other string
	Title          string // the report title; ReportTitle if empty
	Names          *Naming
	Examples       corpus.Examples
	// Only is the series number of the one report a button's reply is
	// about (Show all under one report's summary); "" for all.
	Only string
}

// TitleFor names the report a reply quotes: by its short title and year
// when several reports are loaded, by the report title otherwise.
func (c Call) TitleFor(series string) string {
	if c.Names != nil {
		return c.Names.name(series)
	}
	return titleOr(c.Title)
}

// ScopeTitle names the reports the reply's channel searches.
func (c Call) ScopeTitle() string {
	if c.Names != nil {
		return c.Names.names(c.Names.scope)
	}
	return titleOr(c.Title)
}

// TitleFrom names the report for the answers' header from its front
// matter: "AI 초격차 전략 수립 연구 (과학기술정책연구원, 2024)". It is empty
// when the report has no title, which makes the bot use its built-in one.
func TitleFrom(m corpus.Meta) string {
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

// Summaries is the reply when several reports know the name: what each
// says, one message per report under its short title and year, at most as
// many as one response_url takes (the last then names the reports left
// out). Show all under a report's message shows that report's items.
func Summaries(k string, sums []summary.Summary, lang string, call Call) []Message {
	var msgs []Message
	shown := sums
	if len(sums) > MaxResponses {
		shown = sums[:MaxResponses-1]
	}
	for _, s := range shown {
		one := call
		one.Only = s.Report
		msgs = append(msgs, Summary(k, s, lang, one))
	}
	if rest := sums[len(shown):]; len(rest) > 0 {
		var series []string
		for _, s := range rest {
			series = append(series, s.Report)
		}
		msgs = append(msgs, Notice(fmt.Sprintf(For(lang).MoreReports, len(rest), call.Names.names(series))))
	}
	return msgs
}

// ClaimTooLong is the reply to a claim longer than a question may be.
func ClaimTooLong(lang, claim string) Message {
	return Notice(claimTooLong(For(lang), claim))
}

// featureButton is a button whose value lets the bot redo the reply.
// maxText bounds the name or claim it carries; report, when set, is the
// one report the reply is about.
func featureButton(actionID, label, kind, lang, text, report string, maxText int) *slack.ButtonBlockElement {
	return button(actionID, label, EncodeValue(ButtonValue{Question: text, Lang: lang, Kind: kind, Report: report}, maxText))
}

// codeBlock makes text copyable as it stands. Slack still decodes entities
// and reads <!channel> and <@U…> inside ``` blocks, so the text is escaped
// like any other; a backtick would end the block early, so none is left.
func codeBlock(text string, max int) string {
	return "```" + clip(strings.ReplaceAll(strings.TrimSpace(text), "`", "'"), max) + "```"
}

// displayName shows a name as both outputs do, with its other-language
// form: "일본 (Japan)" to a Korean reader; to an English one "Japan (일본)",
// keeping the Korean the report's text uses, so that the name can be found
// in it, but "European Union" for "EU", which the text spells in Latin
// letters.
func displayName(name, english, lang string) string {
	switch {
	case english == "" || english == name:
		return name
	case lang == langKO:
		return name + " (" + english + ")"
	case analysis.HasHangul(name):
		return english + " (" + name + ")"
	default:
		return english
	}
}

// messageSize is how many bytes a message takes as JSON, as CheckLimits
// measures it.
func messageSize(msg Message) int {
	b, err := json.Marshal(msg)
	if err != nil {
		return maxMessageBytes + 1
	}
	return len(b)
}
