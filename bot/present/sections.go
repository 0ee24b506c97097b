package present

import (
	"fmt"
	"strings"
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
	return id + " " + title + pagesText(l, pages)
}

// missingText is what a hedge says the report does not say, the question's
// own words joined, in both outputs.
func missingText(words []string) string { return strings.Join(words, ", ") }
