// Package presenttest reads rendered Slack messages back as text for the
// tests of the packages that render them (present) and send them (bot),
// which test files of two packages cannot share. It is meant for _test.go
// files only.
package presenttest

import (
	"strings"

	"github.com/slack-go/slack"
)

// Blocks is the text of blocks as Slack shows it, in block order: a
// header's plain text and the mrkdwn of sections and contexts, one to a
// line. Buttons and dividers show no text of their own.
func Blocks(blocks []slack.Block) string {
	var out []string
	for _, b := range blocks {
		switch b := b.(type) {
		case *slack.HeaderBlock:
			out = append(out, b.Text.Text)
		case *slack.SectionBlock:
			out = append(out, b.Text.Text)
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if t, ok := e.(*slack.TextBlockObject); ok {
					out = append(out, t.Text)
				}
			}
		}
	}
	return strings.Join(out, "\n")
}
