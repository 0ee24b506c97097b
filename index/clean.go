package index

import (
	"regexp"
	"strings"
)

var reSlackTag = regexp.MustCompile(`<([@#!][^<>|]*|https?://[^<>|]*|mailto:[^<>|]*)(?:\|([^<>]*))?>`)

// CleanQuestion removes what Slack wraps around a message so that it is not
// read as words: mentions and broadcasts (<@U…>, <!here>) vanish, links and
// channels keep their label, HTML escapes are undone, control characters go.
func CleanQuestion(q string) string {
	q = reSlackTag.ReplaceAllStringFunc(q, func(m string) string {
		sub := reSlackTag.FindStringSubmatch(m)
		switch {
		case sub[2] != "":
			return sub[2]
		case strings.HasPrefix(sub[1], "http"), strings.HasPrefix(sub[1], "mailto:"):
			return sub[1]
		}
		return " "
	})
	q = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(q)
	q = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || r == '\ufffd' {
			return ' '
		}
		return r
	}, q)
	return strings.TrimSpace(q)
}
