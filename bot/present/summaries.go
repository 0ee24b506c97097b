package present

import (
	"fmt"
	"slices"
	"strings"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/config/commands"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/summary"
)

// summaryBudgets step down from the roomiest layout; the name in the buttons
// is at most entity.MaxNameRunes, so it never needs shortening.
func summaryBudgets() []budget {
	name := entity.MaxNameRunes
	return []budget{
		{excerpt: 600, title: 200, source: 300, sources: 5, value: name},
		{excerpt: 400, title: 150, source: 200, sources: 3, value: name},
		{excerpt: 300, title: 100, source: 120, sources: 2, value: name},
		{excerpt: 200, title: 80, source: 80, sources: 1, value: name},
		{excerpt: 120, title: 60, source: 60, sources: 1, value: name},
		{excerpt: 80, title: 40, source: 40, sources: 1, value: name},
	}
}

// summaryName is what the buttons carry: the canonical name resolves to the
// same entity again, without the typo the asker may have made.
func summaryName(s summary.Summary) string {
	if s.Name != "" {
		return s.Name
	}
	return strings.TrimSpace(s.Query)
}

// readAs says which name a typo was read as, in both outputs; fit makes
// the name typed and the name read fit the medium (see relatedLines).
func readAs(l Labels, s summary.Summary, lang string, fit func(string, int) string) string {
	return fmt.Sprintf(l.ReadAs, fit(strings.TrimSpace(s.Query), 60), fit(displayName(s.Name, s.English, lang), 200))
}

func summaryHeader(s summary.Summary, lang string) string {
	return displayName(s.Name, s.English, lang) + " — " + For(lang).SummaryHeading
}

// isLong tells whether a summary is shown by its key items first: more items
// than one per topic could show.
func isLong(s summary.Summary) bool {
	return s.Total() > summary.MaxKeyItems && len(s.Key) > 0
}

// Summary is the short reply (or, for a summary that is not long,
// every item), within Slack's limits.
func Summary(k string, s summary.Summary, lang string, call Call) Message {
	var msg Message
	for _, bud := range summaryBudgets() {
		msg = summaryBlocks(k, s, lang, call, bud)
		if CheckLimits(msg) == nil {
			return msg
		}
	}
	return msg
}

// shownItem is an item a summary's reply shows, with the number it has
// under Show all (and --all), so that the two replies can be read side by
// side.
type shownItem struct {
	n  int
	it summary.SummaryItem
}

// shownGroup is a topic as a reply shows it: the items shown, and how
// many more it has.
type shownGroup struct {
	g     summary.SummaryGroup
	items []shownItem
	more  int
}

// shortSummary is what a summary's short reply shows, in both outputs:
// for a long summary (isLong) its key items, the first of each topic, and
// otherwise every item; with all, every item. Topics with nothing shown
// are left out. hidden is how many items are not shown, and count says
// how many are, of how many.
func shortSummary(s summary.Summary, lang string, all bool) (groups []shownGroup, hidden int, count string) {
	l := For(lang)
	long := !all && isLong(s)
	key := map[int]bool{}
	for _, it := range s.Key {
		key[it.PassageID] = true
	}
	n, shown := 0, 0
	for _, g := range s.Groups {
		sg := shownGroup{g: g}
		for _, it := range g.Items {
			n++
			if !long || key[it.PassageID] {
				sg.items = append(sg.items, shownItem{n, it})
			}
		}
		sg.more = len(g.Items) - len(sg.items)
		hidden += sg.more
		shown += len(sg.items)
		if len(sg.items) > 0 {
			groups = append(groups, sg)
		}
	}
	count = fmt.Sprintf(l.SummaryAllCount, s.Total())
	if long {
		count = fmt.Sprintf(l.SummaryKeyCount, s.Total(), shown)
	}
	return groups, hidden, count
}

func summaryBlocks(k string, s summary.Summary, lang string, call Call, bud budget) Message {
	l := For(lang)
	total := s.Total()
	groups, hidden, count := shortSummary(s, lang, false)
	var body []slack.Block
	for _, sg := range groups {
		body = append(body, slack.NewDividerBlock(), groupTitle(sg.g, lang, sg.more, 0, false))
		var runs placeRuns
		for _, x := range sg.items {
			body = append(body, summaryItemBlocks(x.n, x.it, s, lang, bud, runs.opens(itemPlace(x.it)))...)
		}
	}
	about := []string{Safe(call.TitleFor(s.Report)) + " · " + count}
	if s.Typo {
		about = append(about, readAs(l, s, lang, clip))
	}
	if call.View == ViewShared {
		// No <@user> naming the sharer: a reply must never ping.
		about = append(about, Safe(l.SharedBy))
	}
	blocks := []slack.Block{header(summaryHeader(s, lang)), contextText(strings.Join(about, "\n"))}
	blocks = append(blocks, body...)
	if total == 0 {
		blocks = append(blocks, section(Safe(l.NotFound)))
	}
	if hidden > 0 {
		blocks = append(blocks, contextText(hiddenText(l, hidden)+" "+l.SummaryShowAll))
	}
	var buttons []slack.BlockElement
	if call.View == ViewShort && total > 0 {
		buttons = append(buttons, featureButton(ActionShare, l.Share, k, lang, summaryName(s), "", bud.value))
	}
	if hidden > 0 {
		buttons = append(buttons, featureButton(ActionAll, l.ShowAll, k, lang, summaryName(s), call.Only, bud.value))
	}
	if len(buttons) > 0 {
		blocks = append(blocks, slack.NewActionBlock("", buttons...))
	}
	return Message{Text: clip(summaryHeader(s, lang), maxFallbackText), Blocks: blocks}
}

// groupTitle heads a topic: its title, how many of its items the reply
// leaves for Show all, how many weaker passages the engine left out, and
// whether it goes on from the previous message.
func groupTitle(g summary.SummaryGroup, lang string, more, omitted int, continued bool) slack.Block {
	l := For(lang)
	title := GroupTitle(g, lang)
	text := "*" + clip(title, 200) + "*"
	if continued {
		text += " " + l.Continued
	}
	if notes := groupNotes(l, more, omitted); notes != "" {
		text += "  _(" + notes + ")_"
	}
	return section(text)
}

// groupNotes is what both outputs say beside a topic's title: how many of
// its items the reply leaves out, and how many weaker passages the engine
// did; "" for neither.
func groupNotes(l Labels, more, omitted int) string {
	var notes []string
	if more > 0 {
		notes = append(notes, fmt.Sprintf(l.TopicMore, more))
	}
	if omitted > 0 {
		notes = append(notes, fmt.Sprintf(l.TopicOmitted, omitted))
	}
	return strings.Join(notes, "; ")
}

// hiddenText says how many items a short summary does not show, in both
// outputs; each adds how to see them.
func hiddenText(l Labels, n int) string {
	if n == 1 {
		return l.SummaryHiddenOne
	}
	return fmt.Sprintf(l.SummaryHidden, n)
}

// labelMismatch warns, in both outputs, that the report labels an item's
// block with another country than its text is about: the summary's own,
// when the item was found by its block; fit as for relatedLines.
func labelMismatch(l Labels, it summary.SummaryItem, s summary.Summary, lang string, fit func(string, int) string) string {
	label := strings.Trim(it.Label, "() ")
	lab := fit(label, 40)
	if it.Match == summary.MatchBlock && s.Name != "" {
		return fmt.Sprintf(l.MismatchOwn, lab, QuoteParticle(label), fit(displayName(s.Name, s.English, lang), 200))
	}
	return fmt.Sprintf(l.MismatchOther, lab, QuoteParticle(label))
}

func itemPlace(it summary.SummaryItem) place {
	return place{section: it.Section, title: it.SectionTitle, pages: it.Pages}
}

// summaryItemBlocks is one cited item: under its section, title and pages
// when it opens a run of items from there (heading), its number, the excerpt
// as a quote, a warning when the report's label is wrong, and the sources.
func summaryItemBlocks(n int, it summary.SummaryItem, s summary.Summary, lang string, bud budget, heading bool) []slack.Block {
	l := For(lang)
	body := numbered(n, "", lineBreaks(it.Excerpt, it.Text), bud.excerpt)
	if heading {
		body = withHeading(l, itemPlace(it), bud.title, body)
	}
	if it.LabelMismatch {
		body += "\n" + labelMismatch(l, it, s, lang, clip)
	}
	blocks := []slack.Block{section(body)}
	if src := sourcesText(l, it.Sources, bud); src != "" {
		blocks = append(blocks, contextText(src))
	}
	return blocks
}

// SummaryAll is Show all: every item, packed into as few messages as
// Slack's limits allow, never more than one response_url takes. Should even
// the tightest layout need more, the last message says how many items are
// missing rather than dropping them silently.
func SummaryAll(s summary.Summary, lang string, call Call) []Message {
	var msgs []Message
	for _, bud := range summaryBudgets() {
		var ok bool
		if msgs, ok = packSummary(s, lang, call, bud); ok {
			return msgs
		}
	}
	return msgs
}

// packSummary lays every item out at one budget; ok is false when that took
// more than MaxResponses messages (msgs is then cut, and says so) or broke a
// limit.
func packSummary(s summary.Summary, lang string, call Call, bud budget) (msgs []Message, ok bool) {
	l := For(lang)
	total := s.Total()
	type unit struct {
		blocks []slack.Block
		// headed is the item under its section's heading, for when it
		// opens a message in the middle of a run.
		headed []slack.Block
		group  int
		first  bool // opens its group
	}
	var units []unit
	n := 0
	for gi, g := range s.Groups {
		var runs placeRuns
		for j, it := range g.Items {
			n++
			headed := summaryItemBlocks(n, it, s, lang, bud, true)
			bl := headed
			if !runs.opens(itemPlace(it)) {
				bl = summaryItemBlocks(n, it, s, lang, bud, false)
			}
			if j == 0 {
				// The title travels with the group's first item, so it can
				// never end a message on its own.
				bl = append([]slack.Block{slack.NewDividerBlock(), groupTitle(g, lang, 0, g.Omitted, false)}, bl...)
			}
			units = append(units, unit{bl, headed, gi, j == 0})
		}
	}
	head := func(part, parts int) []slack.Block {
		about := Safe(call.TitleFor(s.Report)) + " · " + fmt.Sprintf(l.SummaryAllCount, total)
		if parts > 1 {
			about += fmt.Sprintf(" (%d/%d)", part, parts)
		}
		return []slack.Block{header(summaryHeader(s, lang)), contextText(about)}
	}
	fallback := clip(summaryHeader(s, lang), maxFallbackText)
	// The widest tail and part numbers a message may yet receive.
	reserve := contextText(fmt.Sprintf(l.AllCut, 999))
	fits := func(body []slack.Block) bool {
		blocks := append(append(head(99, 99), body...), reserve)
		msg := Message{Text: fallback, Blocks: blocks}
		return CheckLimits(msg) == nil && messageSize(msg) <= maxMessageBytes-64
	}
	var parts [][]slack.Block
	var counts []int // items per part
	var cur []slack.Block
	items := 0
	for _, u := range units {
		next := append(slices.Clone(cur), u.blocks...)
		if len(cur) > 0 && !fits(next) {
			parts, counts = append(parts, cur), append(counts, items)
			cur, items = nil, 0
			blocks := u.blocks
			if !u.first {
				// A topic continued from the previous message keeps its
				// title, and the item its section's heading.
				g := s.Groups[u.group]
				cur = append(cur, slack.NewDividerBlock(), groupTitle(g, lang, 0, 0, true))
				blocks = u.headed
			}
			next = append(slices.Clone(cur), blocks...)
		}
		cur = next
		items++
	}
	parts, counts = append(parts, cur), append(counts, items)

	ok = len(parts) <= MaxResponses
	if !ok {
		parts, counts = parts[:MaxResponses], counts[:MaxResponses]
	}
	shown := 0
	for _, c := range counts {
		shown += c
	}
	for i, p := range parts {
		blocks := append(head(i+1, len(parts)), p...)
		if i == len(parts)-1 {
			if shown < total {
				blocks = append(blocks, contextText(fmt.Sprintf(l.AllCut, total-shown)))
			} else {
				blocks = append(blocks, contextText(fmt.Sprintf(l.AllDone, total)))
			}
		}
		msg := Message{Text: fallback, Blocks: blocks}
		if CheckLimits(msg) != nil {
			ok = false
		}
		msgs = append(msgs, msg)
	}
	return msgs, ok
}

// summaryExamples are the names the usage and the refusals suggest: two
// the report covers, one as Korean names it and one in English, so that
// the examples are the report's own whatever the report; a placeholder
// where it covers too few.
func summaryExamples(k string, covered []summary.EntityName) (ko, en string) {
	if len(covered) >= 2 {
		en = covered[1].English
		if en == "" {
			en = covered[1].Name
		}
		return covered[0].Name, en
	}
	if k == KindCompany {
		return "회사명", "company name"
	}
	return "국가명", "country name"
}

// coveredList names what the report covers, in the reader's language;
// esc makes each name fit the medium (Safe on Slack).
func coveredList(names []summary.EntityName, lang string, esc func(string) string) string {
	var out []string
	for _, n := range names {
		if lang == langEN && n.English != "" {
			out = append(out, esc(n.English))
		} else {
			out = append(out, esc(n.Name))
		}
	}
	return strings.Join(out, ", ")
}

// coveredLine says what the report covers, in both outputs; em stresses
// its label as the medium does (see hedgeLine), esc as for coveredList.
func coveredLine(k string, l Labels, covered []summary.EntityName, lang string, esc, em func(string) string) string {
	return em(coveredLabel(k, l)+":") + " " + coveredList(covered, lang, esc)
}

// alsoHint says, in both outputs, that a name asked of one command is a
// name of the other kind, and which command to use: other, as the
// command table (or the configuration) names it. esc as for coveredList.
func alsoHint(k string, l Labels, r summary.EntityName, lang, other string, esc func(string) string) string {
	f := l.IsCountry
	if k == KindCountry {
		f = l.IsCompany
	}
	return fmt.Sprintf(f, esc(displayName(r.Name, r.English, lang)), esc(other+" "+r.Name))
}

// summaryTipLine is how to ask, with two of the names the report covers,
// in both outputs; esc as for coveredList.
func summaryTipLine(k string, l Labels, cmd string, covered []summary.EntityName, esc func(string) string) string {
	exKo, exEn := summaryExamples(k, covered)
	return fmt.Sprintf("%s `%s %s`, `%s %s`", esc(summaryTip(k, l)), esc(cmd), esc(exKo), esc(cmd), esc(exEn))
}

// kindOf is the feature a summary answers: /country or /company.
func kindOf(s summary.Summary) string {
	if s.Kind == entity.Country {
		return KindCountry
	}
	return KindCompany
}

func summaryTip(k string, l Labels) string {
	if k == KindCompany {
		return l.CompanyTip
	}
	return l.CountryTip
}

func coveredLabel(k string, l Labels) string {
	if k == KindCompany {
		return l.CoveredCompanies
	}
	return l.CoveredCountries
}

// SummaryUsage explains /country or /company in both languages, the asker's
// first, with examples and what the report covers.
func SummaryUsage(k, lang string, call Call, covered []summary.EntityName) Message {
	cmd := call.Command
	exKo, exEn := summaryExamples(k, covered)
	intro := func(l Labels) string {
		if k == KindCompany {
			return l.CompanyIntro
		}
		return l.CountryIntro
	}
	part := func(lang string) string {
		l := For(lang)
		text := fmt.Sprintf("*%s*\n%s\n*%s*\n• `%s %s`\n• `%s %s`", Safe(call.ScopeTitle()), Safe(intro(l)), l.UsageExamples,
			Safe(cmd), Safe(exKo), Safe(cmd), Safe(exEn))
		if len(covered) > 0 {
			text += "\n" + coveredLine(k, l, covered, lang, Safe, bold)
		}
		return text
	}
	return Message{
		Text:   clip(intro(For(lang)), maxFallbackText),
		Blocks: []slack.Block{section(part(lang)), slack.NewDividerBlock(), section(part(otherLang(lang)))},
	}
}

// SummaryDecline says plainly that the report does not cover the name (or
// that the name is too long), with what it covers, the nearest names, and
// where the report names a country only in passing.
func SummaryDecline(k string, s summary.Summary, lang string, call Call, tooLong bool) Message {
	l := For(lang)
	cmd := call.Command
	q := strings.TrimSpace(s.Query)
	first := fmt.Sprintf(l.NotCovered, clip(q, 60))
	if tooLong {
		first = fmt.Sprintf(l.NameTooLong, entity.MaxNameRunes)
	}
	if len(s.Passing) > 0 {
		first += " " + fmt.Sprintf(l.Passing, len(s.Passing))
		var runs placeRuns
		for i, it := range s.Passing {
			if i == 3 {
				first += "\n• …"
				break
			}
			// Each section once, over the report's bullets that name the
			// country, one to a line.
			if runs.opens(itemPlace(it)) {
				first += "\n• " + sectionLine(l, clip(it.Section, 40), clip(it.SectionTitle, 80), clip(it.Pages, 20))
			}
			if ex := strings.TrimSpace(it.Excerpt); ex != "" {
				for _, line := range strings.Split(clip(tidyLines(lineBreaks(ex, it.Text)), 160), "\n") {
					first += "\n    ◦ " + line
				}
			}
		}
	}
	blocks := []slack.Block{header(l.NotCoveredTitle), section(first)}
	if n := call.Names; n != nil {
		// What the report covers, below, is the first report's.
		blocks = append(blocks, contextText(n.searched(lang)))
	}

	var hints []string
	if len(s.DidYouMean) > 0 {
		var names []string
		for _, n := range s.DidYouMean {
			name := n.Name
			if lang == langEN && n.English != "" {
				name = n.English
			}
			names = append(names, "`"+Safe(cmd+" "+name)+"`")
		}
		hints = append(hints, fmt.Sprintf("*%s* %s", l.DidYouMean, strings.Join(names, ", ")))
	}
	if !tooLong && q != "" {
		// A company asked of /country (or the reverse) is a slip worth
		// pointing out; the engine's tables know both kinds.
		if r := s.Also; r != nil {
			hints = append(hints, alsoHint(k, l, *r, lang, call.Other, Safe))
		}
	}
	if len(s.Covered) > 0 {
		hints = append(hints, coveredLine(k, l, s.Covered, lang, Safe, bold))
	}
	if len(hints) > 0 {
		// Every part is already escaped and short: at most three guesses
		// and the dozen names the report covers.
		blocks = append(blocks, section(strings.Join(hints, "\n")))
	}
	blocks = append(blocks, contextText(summaryTipLine(k, l, cmd, s.Covered, Safe)))
	fallback := fmt.Sprintf(l.NotCovered, q)
	if tooLong {
		fallback = fmt.Sprintf(l.NameTooLong, entity.MaxNameRunes)
	}
	return Message{Text: clip(fallback, maxFallbackText), Blocks: blocks}
}

// SummaryText renders a summary for the terminal, laid out as the Slack
// reply is: a header and how many items it shows, then each topic with
// numbered, cited items. Without all, it shows what Slack's short reply
// does (shortSummary), with a count of the rest.
// names are the command table's, which a refusal suggests.
func SummaryText(s summary.Summary, all bool, names commands.Names) string {
	var b strings.Builder
	l, t := For(s.Lang), TerminalFor(s.Lang)
	if !s.Answered {
		writeRefusal(&b, s, names)
		return b.String()
	}
	groups, hidden, count := shortSummary(s, s.Lang, all)
	b.WriteString(summaryHeader(s, s.Lang) + "\n" + count + "\n")
	if s.Typo {
		b.WriteString(readAs(l, s, s.Lang, asIs) + "\n")
	}
	for _, sg := range groups {
		omitted := 0
		if all {
			omitted = sg.g.Omitted // as Show all says
		}
		fmt.Fprintf(&b, "\n■ %s\n", GroupTitle(sg.g, s.Lang))
		for _, x := range sg.items {
			writeSummaryItem(&b, x.n, x.it, s)
		}
		if notes := groupNotes(l, sg.more, omitted); notes != "" {
			b.WriteString("   (" + notes + ")\n")
		}
	}
	if hidden > 0 {
		b.WriteString("\n" + hiddenText(l, hidden) + " " + t.SummaryAll + "\n")
	}
	return b.String()
}

// writeRefusal says on the terminal what Slack's SummaryDecline (or, for
// no name, its usage) says, in the same words: that the report does not
// cover the name, where it names it in passing, the nearest names, which
// command fits a name of the other kind, what it covers, and how to ask.
func writeRefusal(b *strings.Builder, s summary.Summary, names commands.Names) {
	l, k := For(s.Lang), kindOf(s)
	cmd, other := names[commands.ID(k)], names[commands.Company]
	if k == KindCompany {
		other = names[commands.Country]
	}
	q := strings.TrimSpace(s.Query)
	switch s.Refusal {
	case summary.RefusalEmpty:
	case summary.RefusalTooLong:
		b.WriteString(fmt.Sprintf(l.NameTooLong, entity.MaxNameRunes) + "\n")
	default:
		line := fmt.Sprintf(l.NotCovered, ClipPlain(q, 60))
		if len(s.Passing) > 0 {
			line += " " + fmt.Sprintf(l.Passing, len(s.Passing))
		}
		b.WriteString(line + "\n")
		for i, it := range s.Passing {
			writeSummaryItem(b, i+1, it, s)
		}
		if len(s.DidYouMean) > 0 {
			var guesses []string
			for _, n := range s.DidYouMean {
				guesses = append(guesses, displayName(n.Name, n.English, s.Lang))
			}
			b.WriteString(l.DidYouMean + " " + strings.Join(guesses, ", ") + "\n")
		}
		if r := s.Also; r != nil && q != "" {
			b.WriteString(alsoHint(k, l, *r, s.Lang, other, plain) + "\n")
		}
	}
	if len(s.Covered) > 0 {
		b.WriteString(coveredLine(k, l, s.Covered, s.Lang, plain, plain) + "\n")
	}
	b.WriteString(summaryTipLine(k, l, cmd, s.Covered, plain) + "\n")
}

func writeSummaryItem(b *strings.Builder, n int, it summary.SummaryItem, s summary.Summary) {
	lang := s.Lang
	fmt.Fprintf(b, "%d. %s\n", n, sectionLine(For(lang), it.Section, it.SectionTitle, it.Pages))
	for _, ln := range strings.Split(it.Excerpt, "\n") {
		b.WriteString("   > " + ln + "\n")
	}
	t := TerminalFor(lang)
	writeSources(b, t, it.Sources)
	if it.LabelMismatch {
		b.WriteString("   " + labelMismatch(For(lang), it, s, lang, asIs) + "\n")
	}
}

// SummariesText renders what each report says for the terminal, one after
// the other; with several reports loaded (reports not nil), each answered
// summary under its report's short title and year, as Slack heads it.
func SummariesText(sums []summary.Summary, reports *Naming, all bool, names commands.Names) string {
	var b strings.Builder
	for _, s := range sums {
		if s.Answered && reports != nil {
			b.WriteString("== " + reports.name(s.Report) + "\n")
		}
		b.WriteString(SummaryText(s, all, names))
	}
	return b.String()
}
