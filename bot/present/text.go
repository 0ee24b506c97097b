package present

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

// Safe makes text from a user or the report fit for a mrkdwn text object.
// Escaping the angle brackets means <!channel>, <@U…> and <!subteam^…> arrive
// as plain characters, and the word joiner after a bare @ stops @here-style
// broadcasts from being recognised while still reading the same.
func Safe(s string) string {
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

// clip returns Safe(s) in at most max runes. When s has to be cut, the cut
// falls between words (see wordCut) and "…" marks it. The cut is made on the
// raw text so that an escape sequence such as &amp; is never split.
func clip(s string, max int) string {
	if max <= 0 {
		return ""
	}
	out := Safe(s)
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
		if utf8.RuneCountInString(Safe(string(runes[:mid]))) <= max-1 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return Safe(trimCut(runes[:wordCut(runes, lo)])) + ellipsis
}

// ClipPlain shortens text for plain_text objects (headers, buttons), which
// Slack shows verbatim: no escaping, the same cut between words as clip.
func ClipPlain(s string, max int) string {
	if max <= 0 {
		return ""
	}
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	if max <= 1 {
		return ellipsis
	}
	return trimCut(r[:wordCut(r, max-1)]) + ellipsis
}

// wordCut says where to end text r when at most its first n runes fit
// (n < len(r)). Korean separates words (eojeol) by spaces as English does,
// so the cut falls after the last sentence end in the second half of those n
// runes, else at the last word or clause boundary there, else at the last
// one anywhere. Only a single word longer than n is cut inside.
func wordCut(r []rune, n int) int {
	half := n / 2
	for i := n; i > half && i > 0; i-- {
		if sentenceEnd(r, i) {
			return i
		}
	}
	last := 0
	for i := n; i > 0; i-- {
		if wordEnd(r, i) {
			last = i
			break
		}
	}
	if last > 0 {
		return last
	}
	return n
}

// sentenceEnd tells whether a sentence ends just before r[i]: a full stop
// followed by a space or the end ("3.5" is not a sentence end), other final
// marks, or a line break.
func sentenceEnd(r []rune, i int) bool {
	switch r[i-1] {
	case '.':
		return i == len(r) || unicode.IsSpace(r[i])
	case '!', '?', '。', '！', '？', '\n':
		return true
	}
	return false
}

// wordEnd tells whether cutting r before r[i] keeps whole words: a space
// comes next or went before, a sentence ends, or a clause mark or closing
// bracket ends the word ("1,000" and "3:1" go on).
func wordEnd(r []rune, i int) bool {
	if i == len(r) || unicode.IsSpace(r[i]) || unicode.IsSpace(r[i-1]) || sentenceEnd(r, i) {
		return true
	}
	switch r[i-1] {
	case ',', ';', ':', '，', '、':
		return !unicode.IsDigit(r[i])
	case ')', ']', '」', '』', '”', '’', '》', '〉':
		return true
	}
	return false
}

// trimCut drops what should not stand before the "…" of a cut: spaces,
// clause marks and opening brackets.
func trimCut(r []rune) string {
	return strings.TrimRightFunc(string(r), func(c rune) bool {
		return unicode.IsSpace(c) || strings.ContainsRune(",;:·，、([「『“‘《〈", c)
	})
}

// jointRunes is how much of a line's end and the next line's start
// lineBreaks compares with the words either side of a space.
const jointRunes = 12

// lineBreaks puts back the line breaks of text, a whole passage, where an
// excerpt of it joined two lines with a space. Each line of a passage is a
// bullet of its own, and two bullets must not read as one sentence.
func lineBreaks(excerpt, text string) string {
	if !strings.Contains(text, "\n") || !strings.Contains(excerpt, " ") {
		return excerpt
	}
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	joint := func(before, after string) bool {
		// The words either side, within their own lines; either may be cut
		// short with "…".
		if i := strings.LastIndex(before, "\n"); i >= 0 {
			before = before[i+1:]
		}
		if i := strings.Index(after, "\n"); i >= 0 {
			after = after[:i]
		}
		b := lastRunes(strings.TrimPrefix(before, ellipsis), jointRunes)
		a := strings.TrimSuffix(firstRunes(after, jointRunes), ellipsis)
		if utf8.RuneCountInString(b) < 2 || utf8.RuneCountInString(a) < 2 {
			return false
		}
		for i := 0; i+1 < len(lines); i++ {
			if strings.HasSuffix(lines[i], b) && strings.HasPrefix(lines[i+1], a) {
				return true
			}
		}
		return false
	}
	out := []byte(excerpt)
	for i := range len(out) {
		if out[i] == ' ' && joint(string(out[:i]), string(out[i+1:])) {
			out[i] = '\n'
		}
	}
	return string(out)
}

// tidyLines collapses the spaces within each line of s and drops empty
// lines, keeping the line breaks.
func tidyLines(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func lastRunes(s string, n int) string {
	r := []rune(s)
	return string(r[max(0, len(r)-n):])
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

// otherLang is the language shown second in bilingual replies.
func otherLang(lang string) string {
	if lang == langKO {
		return langEN
	}
	return langKO
}
