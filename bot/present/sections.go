package present

import (
	"fmt"
	"strings"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/search"
)

// pagesText is the pages after a section's title, " (25–33쪽)" or
// " (pp. 25–33)", in both outputs; "" without pages. Slack passes them
// clipped and made safe.
func pagesText(l Labels, pages string) string {
	if pages == "" {
		return ""
	}
	return fmt.Sprintf(l.Pages, pages)
}

// sectionLine is a section as both outputs list it, "3.1 AI 반도체 분야 …
// (25–33쪽)": under a decline, a refused claim, a passing mention, and
// over each result on the terminal. Slack passes the parts clipped and made
// safe.
func sectionLine(l Labels, id, title, pages string) string {
	title = partTitle(l, id, title)
	if id = reportNumber(id); id == "" {
		return title + pagesText(l, pages)
	}
	return id + " " + title + pagesText(l, pages)
}

// partTitle is the title a section is shown by: the report's own, or for
// an English reader the English name of an unnumbered part
// (corpus.EnglishPartTitle), whose title is the report's Korean one.
func partTitle(l Labels, id, title string) string {
	if l.English {
		if t := corpus.EnglishPartTitle(strings.TrimSpace(id)); t != "" {
			return t
		}
	}
	return title
}

// reportNumber is a section id as the report numbers it, or "" for an
// unnumbered part (corpus.NumberedID): its id is the engine's name, not the
// report's, and the part's title says which it is.
func reportNumber(id string) string {
	if id = strings.TrimSpace(id); corpus.NumberedID(id) {
		return id
	}
	return ""
}

// missingText is what a hedge says the report does not say, the question's
// own words joined, in both outputs.
func missingText(words []string) string { return strings.Join(words, ", ") }

// hedgeLine heads a hedged answer or citation in both outputs; missing is
// missingText as the medium shows it, and em stresses what the report
// does not say as the medium does (bold on Slack).
func hedgeLine(l Labels, missing string, em func(string) string) string {
	return fmt.Sprintf(l.Hedge, em(fmt.Sprintf(l.Missing, missing)))
}

// bold is Slack's em for hedgeLine.
func bold(s string) string { return "*" + s + "*" }

// plain is the terminal's.
func plain(s string) string { return s }

// maxRelated is how many sections a decline points to, in both outputs.
const maxRelated = 5

// relatedLines are the sections a declined question or claim may find its
// answer in, as both outputs list them: the heading, then a line for each
// section (at most maxRelated), which each output bullets and indents as
// it lays lists out; nil when there are none. fit makes a part fit the
// medium: Slack clips it to at most max runes and makes it safe, the
// terminal keeps it as it is. title bounds a section's title.
func relatedLines(l Labels, sugg []search.SectionRef, fit func(s string, max int) string, title int) (heading string, lines []string) {
	for i, s := range sugg {
		if i == maxRelated {
			break
		}
		lines = append(lines, sectionLine(l, fit(s.ID, 40), fit(s.Title, title), fit(s.Pages, 20)))
	}
	if len(lines) == 0 {
		return "", nil
	}
	return l.Related, lines
}

// asIs is the terminal's fit for relatedLines: the text as it is.
func asIs(s string, _ int) string { return s }
