package bot

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/analysis"
)

// Language codes used for replies.
const (
	langKO = analysis.Korean
	langEN = analysis.English
)

// broadcast finds bare @channel/@here/@everyone that some clients and
// link_names settings would still turn into pings.
var broadcast = regexp.MustCompile(`(?i)@(channel|here|everyone)`)

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// safe makes text from a user or the report fit for a mrkdwn text object.
// Escaping the angle brackets means <!channel>, <@U…> and <!subteam^…> arrive
// as plain characters, and the word joiner after a bare @ stops @here-style
// broadcasts from being recognised while still reading the same.
func safe(s string) string {
	s = escaper.Replace(s)
	return broadcast.ReplaceAllString(s, "@\u2060$1")
}

// quoteLines makes a mrkdwn block quote; each line needs its own "> " or the
// quote would stop at the first line break.
func quoteLines(s string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		out = append(out, "> "+l)
	}
	return strings.Join(out, "\n")
}

const ellipsis = "…"

// clip returns safe(s) in at most max runes. When s has to be cut it is cut at
// the last sentence end that keeps most of the text, else at a space, and "…"
// marks the cut. The cut is made on the raw text so that an escape sequence
// such as &amp; is never split.
func clip(s string, max int) string {
	if max <= 0 {
		return ""
	}
	out := safe(s)
	if utf8.RuneCountInString(out) <= max {
		return out
	}
	if max <= 1 {
		return ellipsis
	}
	runes := []rune(s)
	// safe only ever lengthens text, and does so locally, so its length grows
	// with the prefix: binary-search the longest prefix that fits with room for
	// the ellipsis.
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if utf8.RuneCountInString(safe(string(runes[:mid]))) <= max-1 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	prefix := runes[:lo]
	cut := sentenceCut(prefix)
	return strings.TrimRightFunc(safe(string(prefix[:cut])), unicode.IsSpace) + ellipsis
}

// sentenceCut finds where to end a shortened text: after the last sentence
// end in its second half, else at the last space there, else where it stands.
func sentenceCut(r []rune) int {
	half := len(r) / 2
	for i := len(r) - 1; i >= half && i > 0; i-- {
		switch r[i] {
		case '.', '!', '?', '。', '！', '？', '\n':
			// "3.5" is not a sentence end; a full stop followed by space or the
			// end of the prefix is.
			if r[i] == '.' && i+1 < len(r) && !unicode.IsSpace(r[i+1]) {
				continue
			}
			return i + 1
		}
	}
	for i := len(r) - 1; i >= half && i > 0; i-- {
		if unicode.IsSpace(r[i]) {
			return i
		}
	}
	return len(r)
}

// clipPlain shortens text for plain_text objects (headers, buttons), which
// Slack shows verbatim: no escaping, just a length cut.
func clipPlain(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max-1]) + ellipsis
}

// otherLang is the language shown second in bilingual replies.
func otherLang(lang string) string {
	if lang == langKO {
		return langEN
	}
	return langKO
}
