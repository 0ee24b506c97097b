package bot

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Language codes used for replies.
const (
	langKO = "ko"
	langEN = "en"
)

// detectLang picks Korean as soon as the text holds any Hangul: mixed questions
// such as "AI 반도체 policy?" come from Korean speakers far more often than not.
func detectLang(s string) string {
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) {
			return langKO
		}
	}
	return langEN
}

var (
	// slackToken matches Slack's angle-bracket markup: <@U1|name>, <#C1|chan>,
	// <!here>, <https://x|label>, <mailto:a@b>.
	slackToken = regexp.MustCompile(`<([^<>]*)>`)
	// broadcast finds bare @channel/@here/@everyone that some clients and
	// link_names settings would still turn into pings.
	broadcast = regexp.MustCompile(`(?i)@(channel|here|everyone)`)
)

var unescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// cleanIncoming turns the text of a Slack message into the question a person
// meant: markup becomes its visible label and the bot's own mention goes away.
func cleanIncoming(text, botUserID string) string {
	text = slackToken.ReplaceAllStringFunc(text, func(tok string) string {
		inner := tok[1 : len(tok)-1]
		target, label, hasLabel := strings.Cut(inner, "|")
		switch {
		case strings.HasPrefix(target, "@"):
			if botUserID != "" && target[1:] == botUserID {
				return ""
			}
			if hasLabel && label != "" {
				return "@" + label
			}
			return target
		case strings.HasPrefix(target, "#"):
			if hasLabel && label != "" {
				return "#" + label
			}
			return target
		case strings.HasPrefix(target, "!"):
			// <!here>, <!subteam^S1|@team>, <!date^...|fallback>
			if hasLabel && label != "" {
				return label
			}
			name, _, _ := strings.Cut(target[1:], "^")
			return "@" + name
		default:
			if hasLabel && label != "" {
				return label
			}
			return strings.TrimPrefix(target, "mailto:")
		}
	})
	text = unescaper.Replace(text)
	return strings.Join(strings.Fields(text), " ")
}

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
