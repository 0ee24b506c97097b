package present

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// AnswerView says how an answer is being shown.
type AnswerView struct {
	Page      int    // 0: results 1–3, 1: results 4–6
	Ephemeral bool   // only the asker sees it, so offer "Share in channel"
	Shared    bool   // posted for everyone through "Share in channel"
	Title     string // the report's title for the header; ReportTitle if empty
	// Names names the reports when several are loaded; nil with one.
	Names *Naming
}

// Answer lays out an engine answer, or a decline when the report does
// not cover the question.
func Answer(a answer.Answer, view AnswerView) Message {
	lang := a.Lang
	if lang != langKO && lang != langEN {
		lang = analysis.Lang(a.Question)
	}
	// Display text gives way before the question in the buttons does, so
	// that More and Share redo exactly the same search whenever possible.
	full := question.MaxRunes
	budgets := [...]budget{
		{excerpt: 1200, title: 200, source: 300, sources: 5, value: full},
		{excerpt: 600, title: 150, source: 200, sources: 5, value: full},
		{excerpt: 300, title: 100, source: 120, sources: 3, value: full},
		{excerpt: 200, title: 80, source: 80, sources: 2, value: full},
		{excerpt: 120, title: 60, source: 60, sources: 1, value: full},
		{excerpt: 120, title: 60, source: 60, sources: 1, value: 500},
		{excerpt: 80, title: 40, source: 40, sources: 1, value: 250},
	}
	var msg Message
	for _, bud := range budgets {
		if a.Answered {
			msg = answerBlocks(a, lang, view, bud)
		} else {
			msg = declineBlocks(a, lang, view, bud)
		}
		if CheckLimits(msg) == nil {
			return msg
		}
	}
	return msg
}

func questionBlock(l Labels, q string, bud budget) slack.Block {
	return section(fmt.Sprintf("*%s:* %s", l.Question, clip(q, bud.excerpt)))
}

func answerBlocks(a answer.Answer, lang string, view AnswerView, bud budget) Message {
	l := For(lang)
	first := view.Page * ResultsPerPage
	var shown []answer.Result
	if first < len(a.Results) {
		shown = a.Results[first:min(first+ResultsPerPage, len(a.Results))]
	}

	title := titleOr(view.Title)
	// The reports this message quotes: a page names its own.
	reports := ReportsIn(shown, ResultReport)
	if view.Names != nil {
		title = view.Names.title(lang, reports)
	}
	blocks := []slack.Block{header(title)}
	if line := view.Names.several(lang, reports); line != "" {
		blocks = append(blocks, contextText(line))
	}
	if view.Shared {
		// Deliberately no <@user> naming the sharer: a reply must never ping.
		blocks = append(blocks, contextText(Safe(l.SharedBy)))
	}
	if view.Page > 0 {
		blocks = append(blocks, contextText(Safe(l.MoreHeading)))
	}
	blocks = append(blocks, questionBlock(l, a.Question, bud))
	if len(a.Missing) > 0 {
		// A hedged answer says first what the report does not say.
		blocks = append(blocks, section(hedgeLine(l, clip(missingText(a.Missing), bud.title), bold)))
	}
	if a.Direct != "" && view.Page == 0 {
		// The answer in one line comes before the quotes that bear it out.
		blocks = append(blocks, section(fmt.Sprintf(l.Direct, clip(a.Direct, bud.excerpt))))
	}
	if len(shown) == 0 {
		blocks = append(blocks, section(Safe(l.NoMore)))
	}
	var runs placeRuns
	for i, r := range shown {
		// The side of a comparison this is evidence for goes with its number.
		body := numbered(first+i+1, r.Label, lineBreaks(r.Excerpt, r.Text), bud.excerpt)
		p := place{section: r.Section, title: r.SectionTitle, pages: r.Pages}
		if len(reports) > 1 {
			// Several reports answer: each quote names its own.
			p.report = view.Names.name(r.Report)
		}
		if runs.opens(p) {
			blocks = append(blocks, slack.NewDividerBlock())
			body = withHeading(l, p, bud.title, body)
		}
		blocks = append(blocks, section(body))
		if r.English != "" {
			// The report's own English for the quote above it, which stays
			// the thing to cite.
			blocks = append(blocks, contextText(fmt.Sprintf("*%s:* %s", l.EnglishSummary, clip(r.English, bud.excerpt))))
		}
		if src := sourcesText(l, r.Sources, bud); src != "" {
			blocks = append(blocks, contextText(src))
		}
	}

	var buttons []slack.BlockElement
	val := ButtonValue{Question: a.Question, Page: view.Page, Lang: lang}
	if view.Ephemeral && len(shown) > 0 {
		buttons = append(buttons, button(ActionShare, l.Share, EncodeValue(val, bud.value)))
	}
	if view.Page == 0 && len(a.Results) > ResultsPerPage {
		more := val
		more.Page = 1
		buttons = append(buttons, button(ActionMore, l.More, EncodeValue(more, bud.value)))
	}
	// Feedback only needs enough of the question to read in the logs.
	fb := EncodeValue(val, maxFeedbackQuestion)
	buttons = append(buttons, button(ActionUp, l.Helpful, fb), button(ActionDown, l.NotHelpful, fb))
	blocks = append(blocks, slack.NewActionBlock("", buttons...))

	return Message{
		Text:   fmt.Sprintf("%s: %s", l.FallbackAnswer, clip(a.Question, maxFallbackText)),
		Blocks: blocks,
	}
}

func sourcesText(l Labels, sources []string, bud budget) string {
	type item struct {
		text string
		note bool
	}
	var items []item
	for _, s := range sources {
		if s = strings.TrimSpace(s); s != "" {
			items = append(items, item{"• " + clip(s, bud.source), corpus.IsNote(s)})
		}
		if len(items) == bud.sources {
			break
		}
	}
	render := func(items []item) string {
		var src, notes []string
		for _, it := range items {
			if it.note {
				notes = append(notes, it.text)
			} else {
				src = append(src, it.text)
			}
		}
		var parts []string
		if len(src) > 0 {
			parts = append(parts, fmt.Sprintf("*%s*\n%s", l.Sources, strings.Join(src, "\n")))
		}
		if len(notes) > 0 {
			parts = append(parts, fmt.Sprintf("*%s*\n%s", l.Notes, strings.Join(notes, "\n")))
		}
		return strings.Join(parts, "\n")
	}
	if len(items) == 0 {
		return ""
	}
	text := render(items)
	// Each item is already safe; cut whole items rather than mid-escape.
	for len(items) > 1 && utf8.RuneCountInString(text) > maxTextRunes {
		items = items[:len(items)-1]
		text = render(items)
	}
	return text
}

func declineBlocks(a answer.Answer, lang string, view AnswerView, bud budget) Message {
	l := For(lang)
	title := titleOr(view.Title)
	var blocks []slack.Block
	if n := view.Names; n != nil {
		title = n.title(lang, nil)
		if len(n.scope) > 1 {
			blocks = append(blocks, contextText(n.searched(lang)))
		}
	}
	blocks = append([]slack.Block{header(title)}, blocks...)
	if a.AskWhat {
		blocks = append(blocks, questionBlock(l, a.Question, bud), section(Safe(l.SourceOfWhat)))
	} else {
		blocks = append(blocks,
			questionBlock(l, a.Question, bud),
			section(Safe(l.NotFound)),
		)
		if heading, lines := relatedLines(l, a.Suggestions, clip, bud.title); len(lines) > 0 {
			blocks = append(blocks, section(Safe(heading)+"\n• "+strings.Join(lines, "\n• ")))
		}
		blocks = append(blocks, contextText(Safe(l.AskTip)))
	}
	val := EncodeValue(ButtonValue{Question: a.Question, Lang: lang}, maxFeedbackQuestion)
	blocks = append(blocks, slack.NewActionBlock("",
		button(ActionUp, l.Helpful, val),
		button(ActionDown, l.NotHelpful, val)))
	return Message{
		Text:   fmt.Sprintf("%s: %s", l.FallbackNone, clip(a.Question, maxFallbackText)),
		Blocks: blocks,
	}
}

// ResultReport is the report a result quotes.
func ResultReport(r answer.Result) string { return r.Report }

// QuestionProblem explains a question the engine refused, in lang, as
// the JSON's error; the outputs say questionRefused.
func QuestionProblem(lang string, err error) string {
	t := TerminalFor(lang)
	switch {
	case errors.Is(err, question.ErrEmpty):
		return t.QuestionEmpty
	case errors.Is(err, question.ErrTooLong):
		return fmt.Sprintf(t.QuestionTooLong, question.MaxRunes)
	case err != nil:
		return err.Error()
	}
	return ""
}

// questionRefused explains a question the engine refused, as both outputs
// do: a question too long as Slack's notice says it (Labels.TooLong); an
// empty one, which Slack answers with its usage, plainly.
func questionRefused(lang string, err error) string {
	if errors.Is(err, question.ErrTooLong) {
		return For(lang).TooLong
	}
	return QuestionProblem(lang, err)
}

// AnswerText renders an answer for the terminal, laid out as the Slack
// reply is: the hedge or the direct answer, then each result numbered under
// its section line, quoted, with its English summary and sources. covers is
// what a decline with no related sections says the reports cover; names
// names the reports when several are loaded (nil with one), by short title
// and year as Slack does.
func AnswerText(a answer.Answer, err error, covers string, names *Naming) string {
	var b strings.Builder
	if err != nil {
		b.WriteString(questionRefused(a.Lang, err) + "\n")
		return b.String()
	}
	l, t := For(a.Lang), TerminalFor(a.Lang)
	if !a.Answered && a.AskWhat {
		b.WriteString(l.SourceOfWhat + "\n")
		return b.String()
	}
	if !a.Answered {
		b.WriteString(l.NotFound + "\n")
		if len(a.Suggestions) == 0 {
			b.WriteString(covers) // the related sections say it otherwise
		}
		writeSuggestions(&b, a.Suggestions, a.Lang)
		b.WriteString(l.AskTip + "\n") // as Slack's decline ends
		return b.String()
	}
	writeHedge(&b, l, a.Missing)
	if a.Direct != "" {
		fmt.Fprintf(&b, t.Direct+"\n\n", a.Direct)
	}
	reports := ReportsIn(a.Results, ResultReport)
	if len(reports) > 1 {
		// several reports answer: the reply says so, and names each
		// result's report
		fmt.Fprintf(&b, l.SeveralReports+"\n\n", names.names(reports))
	}
	for i, r := range a.Results {
		label := ""
		if r.Label != "" {
			label = "[" + r.Label + "] "
		}
		if len(reports) > 1 {
			label = "[" + names.name(r.Report) + "] " + label
		}
		fmt.Fprintf(&b, "%d. %s%s\n", i+1, label, sectionLine(l, r.Section, r.SectionTitle, r.Pages))
		for _, ln := range strings.Split(r.Excerpt, "\n") {
			b.WriteString("   > " + ln + "\n")
		}
		if r.English != "" {
			b.WriteString("   " + l.EnglishSummary + ": " + r.English + "\n")
		}
		writeSources(&b, t, r.Sources)
		b.WriteString("\n")
	}
	return b.String()
}

// writeSuggestions lists the sections a declined question or claim may find
// its answer in.
func writeSuggestions(b *strings.Builder, sugg []search.SectionRef, lang string) {
	heading, lines := relatedLines(For(lang), sugg, asIs, 0)
	if len(lines) == 0 {
		return
	}
	b.WriteString(heading + "\n")
	for _, line := range lines {
		b.WriteString("  • " + line + "\n")
	}
}

// writeHedge heads a hedged answer or citation on the terminal with what
// the report does not say.
func writeHedge(b *strings.Builder, l Labels, missing []string) {
	if len(missing) > 0 {
		b.WriteString(hedgeLine(l, missingText(missing), plain) + "\n\n")
	}
}

// Covers says what the reports of docs cover, by their chapters' titles,
// in lang: the line a terminal reply adds when no report answers. It is read
// from each report, so that it never describes another report.
func Covers(lang string, docs []*corpus.Document) string {
	t := TerminalFor(lang)
	var b strings.Builder
	for _, doc := range docs {
		m := doc.Meta
		title := m.TitleKo
		if lang == "en" && m.TitleEn != "" {
			title = m.TitleEn
		}
		var chapters []string
		for _, c := range doc.Chapters() {
			name := c.Title
			if lang == "en" && c.TitleEn != "" {
				name = c.TitleEn
			}
			chapters = append(chapters, c.ID+" "+name)
		}
		if len(chapters) == 0 {
			continue
		}
		fmt.Fprintf(&b, t.Covers+"\n", "«"+title+"»", strings.Join(chapters, " · "))
	}
	return b.String()
}
