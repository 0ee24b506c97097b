package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/cite"
	"github.com/stepi-tools/reportbot/index/question"
)

// Citer finds quotable passages for a claim (*cite.Engine implements it).
type Citer interface {
	Cite(ctx context.Context, claim string, n int) (cite.Citation, error)
}

// CiteCommand is /cite: the passage of the report that supports a claim,
// with where it is, its original sources and a reference to paste.
type CiteCommand struct {
	c Citer
}

// NewCiteCommand answers /cite from c.
func NewCiteCommand(c Citer) *CiteCommand {
	return &CiteCommand{c: c}
}

// citeResults is how many quotations a reply offers: the best one and, when
// the engine finds it nearly as good, a second.
const citeResults = 2

// Run gives the reply to /cite.
func (c *CiteCommand) Run(ctx context.Context, req CommandRequest) (Message, error) {
	return runShort(ctx, c, req)
}

func (c *CiteCommand) kind() string { return kindCite }

func (c *CiteCommand) reply(ctx context.Context, call featureCall) (featureReply, error) {
	claim := strings.TrimSpace(call.req.Text)
	lang := call.req.Lang
	l := present.For(lang)
	cit, err := c.c.Cite(ctx, claim, citeResults)
	if cit.Claim == "" {
		cit.Claim = claim
	}
	switch {
	case errors.Is(err, cite.ErrClaimTooLong):
		return featureReply{[]Message{notice(fmt.Sprintf(l.ClaimTooLong, question.MaxRunes))}, outcomeTooLong}, nil
	case errors.Is(err, cite.ErrClaimNoWords):
		return featureReply{[]Message{citeUsage(lang, call, l.ClaimNoWords)}, outcomeUsage}, nil
	case errors.Is(err, cite.ErrEmptyClaim):
		return featureReply{[]Message{citeUsage(lang, call, "")}, outcomeUsage}, nil
	case err != nil:
		return featureReply{}, fmt.Errorf("citing %q: %w", clipPlain(claim, 100), err)
	case !cit.Answered || len(cit.Results) == 0:
		return featureReply{[]Message{citeDecline(cit, lang, call)}, outcomeDeclined}, nil
	}
	switch call.view {
	case viewBibTeX:
		return featureReply{[]Message{renderBibTeX(cit, lang, call)}, outcomeAnswered}, nil
	case viewAll:
		// Citations have no Show all button; a forged click gets the usual refusal.
		return featureReply{[]Message{bilingual(lang, func(l present.Labels) string { return l.BadButton })}, outcomeError}, nil
	}
	return featureReply{[]Message{renderCitation(cit, lang, call)}, outcomeAnswered}, nil
}

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

// renderCitation is the reply to /cite (and its shared copy) within Slack's
// limits.
func renderCitation(c cite.Citation, lang string, call featureCall) Message {
	var msg Message
	for _, bud := range citeBudgets() {
		msg = citationBlocks(c, lang, call, bud)
		if checkLimits(msg) == nil {
			return msg
		}
	}
	return msg
}

func claimBlock(l present.Labels, claim string, max int) slack.Block {
	return section(fmt.Sprintf("*%s:* %s", l.Claim, clip(claim, max)))
}

func citePlace(r cite.CiteResult) place {
	return place{section: r.Section, title: r.SectionTitle, pages: r.Pages}
}

func citationBlocks(c cite.Citation, lang string, call featureCall, bud citeBudget) Message {
	l := present.For(lang)
	about := safe(call.titleFor(citedReport(c)))
	if call.view == viewShared {
		// No <@user> naming the sharer: a reply must never ping.
		about += "\n" + safe(l.SharedBy)
	}
	blocks := []slack.Block{header(l.CiteHeading), contextText(about), claimBlock(l, c.Claim, bud.claim)}
	if len(c.Missing) > 0 {
		blocks = append(blocks, section(fmt.Sprintf(l.Hedge, clip(strings.Join(c.Missing, ", "), bud.claim))))
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
			blocks = append(blocks, contextText(fmt.Sprintf(l.Mismatch, safe(m.Report), safe(m.Claim))))
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
	if call.view == viewShort {
		buttons = append(buttons, featureButton(actionShare, l.Share, kindCite, lang, c.Claim, "", bud.value))
	}
	if !bud.bibtex && hasBibTeX(c.Results) {
		buttons = append(buttons, featureButton(actionBibTeX, "BibTeX", kindCite, lang, c.Claim, "", bud.value))
	}
	if len(buttons) > 0 {
		blocks = append(blocks, slack.NewActionBlock("", buttons...))
	}
	return Message{Text: fmt.Sprintf("%s: %s", l.FallbackCite, clip(c.Claim, maxFallbackText)), Blocks: blocks}
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
func referenceText(l present.Labels, ref corpus.ReportReference) string {
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
// says which ones the engine matched only approximately.
func citeSourcesText(l present.Labels, ss []cite.Source, bud citeBudget) string {
	var items []string
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
		switch {
		case s.Nearby:
			item += " _" + safe(l.Nearby) + "_"
		case s.Probable:
			item += " _" + safe(l.Probable) + "_"
		}
		items = append(items, item)
	}
	return listText(l.Originals, items)
}

// citeIssuesText explains the report's own inconsistencies that touch the
// quote of r, in the reply's language, with what the report prints when room
// allows.
func citeIssuesText(l present.Labels, lang string, r cite.CiteResult, bud citeBudget) string {
	var items []string
	for _, is := range r.Issues {
		detail := is.Detail
		if lang == langKO && is.DetailKo != "" {
			detail = is.DetailKo
		}
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
	return listText(l.Issue, items)
}

// renderBibTeX is the BibTeX button's reply: each result's entry to copy.
func renderBibTeX(c cite.Citation, lang string, call featureCall) Message {
	l := present.For(lang)
	var msg Message
	for _, max := range []int{2500, 1200, 600} {
		blocks := []slack.Block{header(l.BibtexHeading), contextText(safe(call.titleFor(citedReport(c)))), claimBlock(l, c.Claim, 300)}
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
		if checkLimits(msg) == nil {
			break
		}
	}
	return msg
}

// citeDecline says no passage supports the claim, with sections that may
// be related and a tip on how to phrase a claim.
func citeDecline(c cite.Citation, lang string, call featureCall) Message {
	l := present.For(lang)
	blocks := []slack.Block{header(l.CiteHeading), claimBlock(l, c.Claim, 1000), section(safe(l.NoSupport))}
	if n := call.names; n != nil {
		blocks = append(blocks, contextText(n.searched(lang)))
	}
	var items []string
	for i, s := range c.Suggestions {
		if i == 5 {
			break
		}
		items = append(items, fmt.Sprintf("• %s %s%s", clip(s.ID, 40), clip(s.Title, 100), pagesText(l, s.Pages)))
	}
	if len(items) > 0 {
		blocks = append(blocks, section(safe(l.Related)+"\n"+strings.Join(items, "\n")))
	}
	blocks = append(blocks, contextText(safe(l.CiteTip)))
	msg := Message{Text: fmt.Sprintf("%s: %s", l.FallbackNone, clip(c.Claim, maxFallbackText)), Blocks: blocks}
	if checkLimits(msg) != nil {
		// Only a claim of nearly 1,000 runes that are mostly escapes gets
		// here: show less of it.
		msg.Blocks[1] = claimBlock(l, c.Claim, 300)
	}
	return msg
}

// citeUsage explains /cite in both languages, the asker's first; lead, when
// set, says first what was wrong with the claim.
func citeUsage(lang string, call featureCall, lead string) Message {
	cmd := safe(call.commands.commandFor(kindCite))
	part := func(lang string) string {
		l := present.For(lang)
		if len(call.examples.Claims) == 0 {
			return fmt.Sprintf("*%s*\n%s", safe(call.scopeTitle()), safe(l.CiteIntro))
		}
		return strings.TrimSuffix(fmt.Sprintf("*%s*\n%s\n*%s*\n%s", safe(call.scopeTitle()), safe(l.CiteIntro), l.UsageExamples, exampleLines(cmd, call.examples.Claims)), "\n")
	}
	var blocks []slack.Block
	text := present.For(lang).CiteIntro
	if lead != "" {
		blocks = append(blocks, section(safe(lead)))
		text = lead
	}
	blocks = append(blocks, section(part(lang)), slack.NewDividerBlock(), section(part(otherLang(lang))))
	return Message{Text: clip(text, maxFallbackText), Blocks: blocks}
}
