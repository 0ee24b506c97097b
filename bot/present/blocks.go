package present

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// Slack's documented limits, and our own cap on one message's size.
const (
	maxBlocks       = 50
	maxTextRunes    = 3000
	maxHeaderRunes  = 150
	maxButtonRunes  = 75
	maxValueRunes   = 2000
	maxMessageBytes = 12 * 1024
	maxFallbackText = 300
	ResultsPerPage  = 3

	maxFeedbackQuestion = 100
)

// Action IDs of the buttons under an answer.
const (
	ActionShare = "reportbot_share"
	ActionMore  = "reportbot_more"
	ActionUp    = "reportbot_feedback_up"
	ActionDown  = "reportbot_feedback_down"
	// Under /country, /company and /cite replies (see feature.go).
	ActionAll    = "reportbot_all"
	ActionBibTeX = "reportbot_bibtex"
)

// Message is one reply: Block Kit blocks and the plain notification text.
type Message struct {
	Text   string
	Blocks []slack.Block
}

// MarshalJSON gives the shape Slack accepts for response_url and the golden
// files: {"text": ..., "blocks": [...]}.
func (m Message) MarshalJSON() ([]byte, error) {
	return marshalPlain(struct {
		Text   string        `json:"text"`
		Blocks []slack.Block `json:"blocks"`
	}{m.Text, m.Blocks})
}

// marshalPlain encodes without turning <, > and & into \u003c and friends:
// the text is already escaped for Slack, and this keeps messages smaller.
func marshalPlain(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// ButtonValue is what a button carries back: enough to redo the search,
// since the bot keeps no state between a reply and a click.
type ButtonValue struct {
	Question string `json:"q"` // for a feature: the name or the claim
	Page     int    `json:"p,omitempty"`
	Lang     string `json:"l,omitempty"`
	// Kind names the feature that made the reply (KindCountry, KindCompany,
	// KindCite); empty for an answer to a question.
	Kind string `json:"k,omitempty"`
	// Report is the series number of the one report a feature's reply is
	// about, when several answered: Show all redoes that report's alone.
	Report string `json:"r,omitempty"`
}

// EncodeValue keeps the value within Slack's 2000-character limit, and the
// question within maxQuestion runes, by shortening the question; a shortened
// question still finds its neighbourhood.
func EncodeValue(v ButtonValue, maxQuestion int) string {
	if r := []rune(v.Question); len(r) > maxQuestion {
		v.Question = string(r[:maxQuestion])
	}
	enc := func(q string) (string, bool) {
		v.Question = q
		b, err := json.Marshal(v)
		return string(b), err == nil && utf8.RuneCount(b) <= maxValueRunes
	}
	if s, ok := enc(v.Question); ok {
		return s
	}
	// JSON escaping makes some runes cost up to six characters, so search for
	// the longest prefix that fits rather than guessing.
	r := []rune(v.Question)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if _, ok := enc(string(r[:mid])); ok {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	s, _ := enc(string(r[:lo]))
	return s
}

// DecodeValue reads back a button's value, refusing (ErrBadButton) one the
// bot did not make.
func DecodeValue(s string) (ButtonValue, error) {
	var v ButtonValue
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return v, fmt.Errorf("decoding button value: %w", err)
	}
	if strings.TrimSpace(v.Question) == "" || v.Page < 0 || v.Page > 1 {
		return v, fmt.Errorf("button value %q: %w", s, ErrBadButton)
	}
	switch v.Kind {
	case "", KindCountry, KindCompany, KindCite:
	default:
		return v, fmt.Errorf("button value %q: feature %q: %w", s, v.Kind, ErrBadButton)
	}
	if v.Lang != langKO && v.Lang != langEN {
		v.Lang = analysis.Lang(v.Question)
	}
	return v, nil
}

// titleOr is the report title to show: the parsed report's, else the
// built-in one, so a report file without a cover page still gets a header.
func titleOr(title string) string {
	if strings.TrimSpace(title) == "" {
		return ReportTitle
	}
	return title
}

// budget is how much room each part of a result may take. render tries the
// roomiest first and steps down until the message fits Slack's limits.
type budget struct {
	excerpt, title, source int
	sources                int // how many sources each result lists
	value                  int // question runes carried by Share and More
}

func header(text string) *slack.HeaderBlock {
	return slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, ClipPlain(text, maxHeaderRunes), true, false))
}

// mrkdwn builds a text object whose content is already made safe; verbatim
// stops Slack from linkifying names on its own.
func mrkdwn(text string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, text, false, true)
}

func section(text string) *slack.SectionBlock {
	return slack.NewSectionBlock(mrkdwn(text), nil, nil)
}

func contextText(text string) *slack.ContextBlock {
	return slack.NewContextBlock("", mrkdwn(text))
}

func button(actionID, label, value string) *slack.ButtonBlockElement {
	return slack.NewButtonBlockElement(actionID, value,
		slack.NewTextBlockObject(slack.PlainTextType, ClipPlain(label, maxButtonRunes), true, false))
}

// place is where a result sits in the report. Results in a row from one
// place share one heading, so that a long section title is shown once.
// report is the report's short title and year, when the heading names it.
type place struct {
	section, title, pages string
	report                string
}

// placeRuns follows the places of results in the order they are shown.
type placeRuns struct {
	last    place
	started bool
}

// opens tells whether a result from p starts a new run, one that needs its
// heading, and moves on to p.
func (r *placeRuns) opens(p place) bool {
	opens := !r.started || p != r.last
	r.last, r.started = p, true
	return opens
}

// placeHeading is a place in bold with its pages, "*N.M 제목* (25–33쪽)",
// or "" when the result has no section.
func placeHeading(l Labels, p place, max int) string {
	var name []string
	// Only the report's own numbering is shown: the ids of unnumbered
	// parts ("summary-en", "refs") are the engine's names, not the report's.
	if id := reportNumber(p.section); id != "" {
		name = append(name, clip(id, 40))
	}
	if t := strings.TrimSpace(partTitle(l, p.section, p.title)); t != "" {
		name = append(name, clip(t, max))
	}
	report := ""
	if r := strings.TrimSpace(p.report); r != "" {
		report = "_" + clip(r, max) + "_"
	}
	switch {
	case len(name) == 0:
		return report
	case report != "":
		report += " · "
	}
	return report + "*" + strings.Join(name, " ") + "*" + pagesText(l, clip(p.pages, 20))
}

// withHeading puts p's heading over body, the first result of its run.
func withHeading(l Labels, p place, max int, body string) string {
	if h := placeHeading(l, p, max); h != "" {
		return h + "\n" + body
	}
	return body
}

// numbered is one result under its place's heading: its number in bold
// (with the side of a comparison it is evidence for, if any) on a line of
// its own, then the excerpt as a quote. The number stays out of the quote,
// which a writer may copy.
func numbered(n int, label, excerpt string, max int) string {
	text := fmt.Sprintf("*%d.*", n)
	if label = strings.TrimSpace(label); label != "" {
		text = fmt.Sprintf("*%d. [%s]*", n, clip(label, 40))
	}
	if ex := strings.TrimSpace(excerpt); ex != "" {
		text += "\n" + quoteLines(clip(ex, max))
	}
	return text
}

// Notice is a one-paragraph reply: errors, limits, thanks.
func Notice(text string) Message {
	return Message{Text: clip(text, maxFallbackText), Blocks: []slack.Block{section(clip(text, maxTextRunes))}}
}

// Bilingual shows a fixed message in both languages, the asker's first, for
// replies given before we know which language the person prefers.
func Bilingual(lang string, pick func(Labels) string) Message {
	first, second := pick(For(lang)), pick(For(otherLang(lang)))
	return Message{
		Text:   clip(first, maxFallbackText),
		Blocks: []slack.Block{section(Safe(first)), contextText(Safe(second))},
	}
}

// UnknownCommand is the reply to a slash command the bot does not know:
// so, in both languages, over the usage.
func UnknownCommand(lang string, usage Message) Message {
	usage.Blocks = append(Bilingual(lang, func(l Labels) string { return l.UnknownCommand }).Blocks, usage.Blocks...)
	return usage
}

// Usage explains the bot with examples in both languages, naming the
// report by title (ReportTitle if empty).
func Usage(lang, command, title string, ex corpus.Examples) Message {
	cmd := Safe(command)
	name := Safe(titleOr(title))
	ko, en := For(langKO), For(langEN)
	part := func(l Labels, examples []string) string {
		s := fmt.Sprintf("*%s*\n%s\n", name, Safe(l.UsageIntro))
		if len(examples) > 0 {
			s += fmt.Sprintf("*%s*\n%s", l.UsageExamples, exampleLines(cmd, examples))
		}
		return s + Safe(l.UsageMention)
	}
	koPart, enPart := part(ko, ex.AskKo), part(en, ex.AskEn)
	parts := []string{koPart, enPart}
	if lang == langEN {
		parts[0], parts[1] = parts[1], parts[0]
	}
	return Message{
		Text:   clip(For(lang).UsageIntro, maxFallbackText),
		Blocks: []slack.Block{section(parts[0]), slack.NewDividerBlock(), section(parts[1])},
	}
}

// exampleLines lists examples as commands to type, one bullet each; the
// examples are the report's own (corpus.Document.Examples), none where the
// bot was given none.
func exampleLines(cmd string, examples []string) string {
	var b strings.Builder
	for _, e := range examples {
		fmt.Fprintf(&b, "• `%s %s`\n", cmd, Safe(e))
	}
	return b.String()
}

// UsageShelf explains the bot with examples in both languages, naming the
// reports the channel searches by their short titles and years.
func UsageShelf(lang string, n *Naming) Message {
	names := Safe(n.names(n.scope))
	ko, en := For(langKO), For(langEN)
	koPart := fmt.Sprintf("*%s*\n%s\n%s", names, Safe(ko.UsageIntroShelf), Safe(ko.UsageMention))
	enPart := fmt.Sprintf("*%s*\n%s\n%s", names, Safe(en.UsageIntroShelf), Safe(en.UsageMention))
	parts := []string{koPart, enPart}
	if lang == langEN {
		parts[0], parts[1] = parts[1], parts[0]
	}
	return Message{
		Text:   clip(For(lang).UsageIntroShelf, maxFallbackText),
		Blocks: []slack.Block{section(clip(parts[0], maxTextRunes)), slack.NewDividerBlock(), section(clip(parts[1], maxTextRunes))},
	}
}
