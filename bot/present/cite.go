package present

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/cite"
	"github.com/stepi-tools/reportbot/index/question"
)

// citeBudget is how much room each part of a citation may take.
type citeBudget struct {
	budget       // excerpt bounds the quote; value the claim in the buttons
	claim   int  // the claim as shown
	issue   int  // one inconsistency's explanation
	printed int  // how many of the report's printed texts each one quotes
	bibtex  bool // BibTeX in the reply; otherwise behind a button
}

// citeBudgets step down from the roomiest layout. The quote goes last: a
// shortened quote is no longer what the report says, word for word. The claim
// in the buttons shortens only at the end, as a shortened claim may find
// other passages.
func citeBudgets() []citeBudget {
	full := question.MaxRunes
	return []citeBudget{
		{budget{excerpt: 700, title: 200, source: 400, sources: 5, value: full}, 1000, 600, 2, true},
		{budget{excerpt: 700, title: 200, source: 400, sources: 5, value: full}, 1000, 600, 2, false},
		{budget{excerpt: 700, title: 150, source: 250, sources: 5, value: full}, 500, 400, 1, false},
		{budget{excerpt: 700, title: 100, source: 200, sources: 3, value: full}, 300, 300, 0, false},
		{budget{excerpt: 400, title: 80, source: 150, sources: 2, value: full}, 200, 200, 0, false},
		{budget{excerpt: 400, title: 80, source: 150, sources: 2, value: 500}, 200, 200, 0, false},
		{budget{excerpt: 250, title: 60, source: 100, sources: 1, value: 250}, 150, 150, 0, false},
	}
}

// Citation is the reply to /cite (and its shared copy) within Slack's
// limits.
func Citation(c cite.Citation, lang string, call Call) Message {
	var msg Message
	for _, bud := range citeBudgets() {
		msg = citationBlocks(c, lang, call, bud)
		if CheckLimits(msg) == nil {
			return msg
		}
	}
	return msg
}

func claimBlock(l Labels, claim string, max int) slack.Block {
	return section(fmt.Sprintf("*%s:* %s", l.Claim, clip(claim, max)))
}

func citePlace(r cite.CiteResult) place {
	return place{section: r.Section, title: r.SectionTitle, pages: r.Pages}
}

func citationBlocks(c cite.Citation, lang string, call Call, bud citeBudget) Message {
	l := For(lang)
	about := Safe(call.TitleFor(citedReport(c)))
	if call.View == ViewShared {
		// No <@user> naming the sharer: a reply must never ping.
		about += "\n" + Safe(l.SharedBy)
	}
	blocks := []slack.Block{header(l.CiteHeading), contextText(about), claimBlock(l, c.Claim, bud.claim)}
	if len(c.Missing) > 0 {
		blocks = append(blocks, section(hedgeLine(l, clip(missingText(c.Missing), bud.claim), bold)))
	}
	var runs placeRuns
	for i, r := range c.Results {
		body := numbered(i+1, "", r.Quote, bud.excerpt)
		if p := citePlace(r); runs.opens(p) {
			blocks = append(blocks, slack.NewDividerBlock())
			body = withHeading(l, p, bud.title, body)
		}
		blocks = append(blocks, section(body))
		for _, m := range r.Mismatches {
			blocks = append(blocks, contextText(mismatchLine(l, "*"+Safe(m.Report)+"*", Safe(m.Claim))))
		}
		if src := citeSourcesText(l, r.Sources, bud); src != "" {
			blocks = append(blocks, contextText(src))
		}
		if is := citeIssuesText(l, lang, r, bud); is != "" {
			blocks = append(blocks, contextText(is))
		}
		if same := sameReference(c.Results, i); same >= 0 {
			blocks = append(blocks, contextText(fmt.Sprintf(l.SameRef, same+1)))
			continue
		}
		if ref := referenceText(l, r.Reference); ref != "" {
			blocks = append(blocks, section(ref))
		}
		if bud.bibtex && strings.TrimSpace(r.Reference.BibTeX) != "" {
			blocks = append(blocks, section("*BibTeX*\n"+codeBlock(r.Reference.BibTeX, 2500)))
		}
	}
	var buttons []slack.BlockElement
	if call.View == ViewShort {
		buttons = append(buttons, featureButton(ActionShare, l.Share, KindCite, lang, c.Claim, "", bud.value))
	}
	if !bud.bibtex && hasBibTeX(c.Results) {
		buttons = append(buttons, featureButton(ActionBibTeX, "BibTeX", KindCite, lang, c.Claim, "", bud.value))
	}
	if len(buttons) > 0 {
		blocks = append(blocks, slack.NewActionBlock("", buttons...))
	}
	return Message{Text: fmt.Sprintf("%s: %s", l.FallbackCite, clip(c.Claim, maxFallbackText)), Blocks: blocks}
}

// mismatchLine says, in both outputs, that the quote gives a figure of the
// claim otherwise: report is the report's figure, claim the claim's, each
// as the medium shows it (on Slack the report's in bold).
func mismatchLine(l Labels, report, claim string) string {
	return fmt.Sprintf(l.Mismatch, report, claim)
}

// citedReport is the series number of the report a citation quotes: one
// report's, whose references the results carry.
func citedReport(c cite.Citation) string {
	if len(c.Results) == 0 {
		return ""
	}
	return c.Results[0].Report
}

// sameReference is the earlier result whose reference is the same as result
// i's (two quotes from one section), or -1.
func sameReference(rs []cite.CiteResult, i int) int {
	for j := range i {
		if rs[j].Reference == rs[i].Reference {
			return j
		}
	}
	return -1
}

func hasBibTeX(rs []cite.CiteResult) bool {
	for _, r := range rs {
		if strings.TrimSpace(r.Reference.BibTeX) != "" {
			return true
		}
	}
	return false
}

// referenceText is the reference in Korean style and APA, each in a code
// block of its own so that either copies cleanly.
func referenceText(l Labels, ref corpus.ReportReference) string {
	var parts []string
	if ko := strings.TrimSpace(ref.Ko); ko != "" {
		parts = append(parts, "*"+l.RefKo+"*\n"+codeBlock(ko, 1000))
	}
	if apa := strings.TrimSpace(ref.APA); apa != "" {
		parts = append(parts, "*APA*\n"+codeBlock(apa, 1000))
	}
	return strings.Join(parts, "\n")
}

// listText is a bold heading over bullet items, each already made safe,
// cutting whole items (and saying so) to stay within one text object.
func listText(heading string, items []string) string {
	if len(items) == 0 {
		return ""
	}
	text := "*" + heading + "*\n" + strings.Join(items, "\n")
	for n := len(items) - 1; n >= 1 && utf8.RuneCountInString(text) > maxTextRunes; n-- {
		text = "*" + heading + "*\n" + strings.Join(items[:n], "\n") + fmt.Sprintf("\n• … (+%d)", len(items)-n)
	}
	return text
}

// citeSourcesText lists the originals the quote cites, marker first, and
// says which ones the engine matched only approximately; a footnote that
// explains rather than cites is listed apart, under its own label.
func citeSourcesText(l Labels, ss []cite.Source, bud citeBudget) string {
	var items, notes []string
	for _, s := range ss {
		text := strings.TrimSpace(s.Text)
		if text == "" {
			continue
		}
		if len(items) == bud.sources {
			items = append(items, fmt.Sprintf("• … (+%d)", len(ss)-bud.sources))
			break
		}
		item := "• "
		if m := strings.TrimSpace(s.Marker); m != "" {
			item += clip(m, 40) + " "
		}
		item += clip(text, bud.source)
		if s.Note {
			// A note explains; it is no original to cite.
			notes = append(notes, item)
			continue
		}
		switch {
		case s.Nearby:
			item += " _" + Safe(l.Nearby) + "_"
		case s.Probable:
			item += " _" + Safe(l.Probable) + "_"
		}
		items = append(items, item)
	}
	src, note := listText(l.Originals, items), listText(l.Notes, notes)
	switch {
	case src == "":
		return note
	case note == "" || utf8.RuneCountInString(src)+1+utf8.RuneCountInString(note) > maxTextRunes:
		// The originals are what a writer came for; a note that does not
		// fit beside them gives way.
		return src
	}
	return src + "\n" + note
}

// citeIssuesText explains the report's own inconsistencies that touch the
// quote of r, in the reply's language, with what the report prints when room
// allows.
func citeIssuesText(l Labels, lang string, r cite.CiteResult, bud citeBudget) string {
	var items []string
	for _, is := range r.Issues {
		detail := IssueDetail(is, lang)
		if strings.TrimSpace(detail) == "" {
			detail = string(is.Kind)
		}
		item := "• " + clip(detail, bud.issue)
		for i, p := range is.Printed {
			if i == bud.printed {
				break
			}
			item += fmt.Sprintf("\n    %s: %s", l.Printed, clip(p, bud.source))
		}
		items = append(items, item)
	}
	return listText("⚠ "+l.Issue, items)
}

// BibTeX is the BibTeX button's reply: each result's entry to copy.
func BibTeX(c cite.Citation, lang string, call Call) Message {
	l := For(lang)
	var msg Message
	for _, max := range []int{2500, 1200, 600} {
		blocks := []slack.Block{header(l.BibtexHeading), contextText(Safe(call.TitleFor(citedReport(c)))), claimBlock(l, c.Claim, 300)}
		var runs placeRuns
		for i, r := range c.Results {
			var entry string
			switch same := sameReference(c.Results, i); {
			case same >= 0:
				entry = fmt.Sprintf(l.SameRef, same+1)
			case strings.TrimSpace(r.Reference.BibTeX) != "":
				entry = codeBlock(r.Reference.BibTeX, max)
			default:
				continue
			}
			body := numbered(i+1, "", "", 0)
			if p := citePlace(r); runs.opens(p) {
				body = withHeading(l, p, 150, body)
			}
			blocks = append(blocks, section(body+"\n"+entry))
		}
		msg = Message{Text: fmt.Sprintf("BibTeX: %s", clip(c.Claim, maxFallbackText)), Blocks: blocks}
		if CheckLimits(msg) == nil {
			break
		}
	}
	return msg
}

// CiteDecline says no passage supports the claim, with sections that may
// be related and a tip on how to phrase a claim.
func CiteDecline(c cite.Citation, lang string, call Call) Message {
	l := For(lang)
	blocks := []slack.Block{header(l.CiteHeading), claimBlock(l, c.Claim, 1000), section(Safe(l.NoSupport))}
	if n := call.Names; n != nil {
		blocks = append(blocks, contextText(n.searched(lang)))
	}
	if heading, lines := relatedLines(l, c.Suggestions, clip, 100); len(lines) > 0 {
		blocks = append(blocks, section(Safe(heading)+"\n• "+strings.Join(lines, "\n• ")))
	}
	blocks = append(blocks, contextText(Safe(l.CiteTip)))
	msg := Message{Text: fmt.Sprintf("%s: %s", l.FallbackNone, clip(c.Claim, maxFallbackText)), Blocks: blocks}
	if CheckLimits(msg) != nil {
		// Only a claim of nearly 1,000 runes that are mostly escapes gets
		// here: show less of it.
		msg.Blocks[1] = claimBlock(l, c.Claim, 300)
	}
	return msg
}

// CiteUsage explains /cite in both languages, the asker's first; lead, when
// set, says first what was wrong with the claim.
func CiteUsage(lang string, call Call, lead string) Message {
	cmd := Safe(call.Command)
	part := func(lang string) string {
		l := For(lang)
		if len(call.Examples.Claims) == 0 {
			return fmt.Sprintf("*%s*\n%s", Safe(call.ScopeTitle()), Safe(l.CiteIntro))
		}
		return strings.TrimSuffix(fmt.Sprintf("*%s*\n%s\n*%s*\n%s", Safe(call.ScopeTitle()), Safe(l.CiteIntro), l.UsageExamples, exampleLines(cmd, call.Examples.Claims)), "\n")
	}
	var blocks []slack.Block
	text := For(lang).CiteIntro
	if lead != "" {
		blocks = append(blocks, section(Safe(lead)))
		text = lead
	}
	blocks = append(blocks, section(part(lang)), slack.NewDividerBlock(), section(part(otherLang(lang))))
	return Message{Text: clip(text, maxFallbackText), Blocks: blocks}
}

// ClaimProblem explains a claim Cite refused, in the reply language.
func ClaimProblem(lang, claim string, err error) string {
	t := TerminalFor(lang)
	switch {
	case errors.Is(err, cite.ErrClaimTooLong):
		return claimTooLong(For(lang), claim)
	case errors.Is(err, cite.ErrClaimNoWords):
		return For(lang).ClaimNoWords
	case errors.Is(err, cite.ErrEmptyClaim):
		return t.ClaimEmpty
	case err != nil:
		return err.Error()
	}
	return ""
}

// IssueDetail explains one of the report's own inconsistencies in lang,
// in both outputs and the JSON.
func IssueDetail(is corpus.Issue, lang string) string {
	if lang == "ko" && is.DetailKo != "" {
		return is.DetailKo
	}
	return is.Detail
}

// claimTooLong says, in both outputs and the JSON, that a claim is longer
// than a question may be, and how long it is.
func claimTooLong(l Labels, claim string) string {
	return fmt.Sprintf(l.ClaimTooLong, utf8.RuneCountInString(claim), question.MaxRunes)
}

// NoSupport is the JSON's message for a claim nothing supports; the
// outputs say Labels.NoSupport.
func NoSupport(lang string) string { return TerminalFor(lang).NoSupport }

// CitationText renders a citation for the terminal: for each quote, where
// it is, the reference to paste, the original sources and the report's own
// inconsistencies about them.
func CitationText(c cite.Citation, err error, styles map[string]bool) string {
	var b strings.Builder
	if err != nil {
		b.WriteString(ClaimProblem(c.Lang, c.Claim, err) + "\n")
		return b.String()
	}
	l, t := For(c.Lang), TerminalFor(c.Lang)
	if !c.Answered {
		b.WriteString(l.NoSupport + "\n")
		writeSuggestions(&b, c.Suggestions, c.Lang)
		b.WriteString(l.CiteTip + "\n") // as Slack's refusal ends
		return b.String()
	}
	writeHedge(&b, l, c.Missing)
	for i, r := range c.Results {
		fmt.Fprintf(&b, "%d. %s\n", i+1, sectionLine(l, r.Section, r.SectionTitle, r.Pages))
		for _, ln := range strings.Split(r.Quote, "\n") {
			b.WriteString("   > " + ln + "\n")
		}
		for _, m := range r.Mismatches {
			b.WriteString("   " + mismatchLine(l, m.Report, m.Claim) + "\n")
		}
		if same := sameReference(c.Results, i); same >= 0 {
			// Two quotes from one section: the reference once, as on Slack.
			b.WriteString("   " + fmt.Sprintf(l.SameRef, same+1) + "\n")
		} else {
			writeReference(&b, l, r.Reference, styles)
		}
		for _, s := range r.Sources {
			label := t.OriginalSource
			if s.Note {
				label = t.Note
			}
			b.WriteString("   " + label + " " + s.Marker + ": " + s.Text + "\n")
			switch {
			case s.Nearby:
				b.WriteString("     " + l.Nearby + "\n")
			case s.Probable:
				b.WriteString("     " + l.Probable + "\n")
			}
		}
		for _, is := range r.Issues {
			b.WriteString("   ⚠ " + l.Issue + ": " + IssueDetail(is, c.Lang) + "\n")
			for _, p := range is.Printed {
				b.WriteString("     " + l.Printed + ": " + p + "\n")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// writeReference prints a quote's reference in the styles asked for.
func writeReference(b *strings.Builder, l Labels, ref corpus.ReportReference, styles map[string]bool) {
	if styles["ko"] {
		b.WriteString("   " + l.RefKo + ": " + ref.Ko + "\n")
	}
	if styles["apa"] {
		b.WriteString("   APA: " + ref.APA + "\n")
	}
	if styles["bibtex"] {
		b.WriteString("   BibTeX:\n")
		for _, ln := range strings.Split(ref.BibTeX, "\n") {
			b.WriteString("     " + ln + "\n")
		}
	}
}

// MismatchText is the JSON's note that the quote gives a figure of the
// claim otherwise; the outputs say mismatchLine.
func MismatchText(lang string, m cite.Mismatch) string {
	return fmt.Sprintf(TerminalFor(lang).Mismatch, m.Report, m.Claim)
}
