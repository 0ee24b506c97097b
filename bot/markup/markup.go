package markup

import (
	"regexp"
	"strings"
)

// Cleaner removes Slack markup. Its patterns are compiled once; it is safe
// for concurrent use.
type Cleaner struct {
	token  *regexp.Regexp // <@U1|name>, <#C1|chan>, <!here>, <https://x|label>, <mailto:a@b>
	style  *regexp.Regexp // *bold*, _italic_, ~strike~ around whole words
	emoji  *regexp.Regexp // :thinking_face:, :+1::skin-tone-2:
	entity *strings.Replacer
}

// New builds a Cleaner.
func New() *Cleaner {
	return &Cleaner{
		token: regexp.MustCompile(`<([^<>]*)>`),
		// Signs inside words ("70~80%", "snake_case") are left alone: a style
		// opens after a space or bracket and closes before one.
		style:  regexp.MustCompile(`(^|[\s(])([*_~]+)([^*_~\s](?:[^*_~]*[^*_~\s])?)([*_~]+)([\s).,!?]|$)`),
		emoji:  regexp.MustCompile(`:[a-z0-9_+\-']+:`),
		entity: strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&"),
	}
}

// Clean returns the text a person meant.
func (c *Cleaner) Clean(text string) string {
	text = c.token.ReplaceAllStringFunc(text, func(tok string) string {
		inner := tok[1 : len(tok)-1]
		target, label, hasLabel := strings.Cut(inner, "|")
		switch {
		case strings.HasPrefix(target, "@"), strings.HasPrefix(target, "!"):
			// Users, @here, @channel, user groups, dates: whom a message
			// addresses or a rendering hint. A date keeps its fallback text.
			if strings.HasPrefix(target, "!date^") && hasLabel {
				return " " + label + " "
			}
			return " "
		case strings.HasPrefix(target, "#"):
			if hasLabel && label != "" {
				return "#" + label
			}
			return " "
		default:
			if hasLabel && label != "" {
				return label
			}
			return strings.TrimPrefix(target, "mailto:")
		}
	})
	text = c.entity.Replace(text)
	text = c.emoji.ReplaceAllString(text, " ")
	for i := 0; i < 3; i++ { // nested styles: *_both_*
		text = c.style.ReplaceAllString(text, "$1$3$5")
	}
	text = strings.ReplaceAll(text, "`", "")
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		l = strings.TrimSpace(strings.TrimPrefix(l, ">")) // a quoted line
		if l != "" {
			lines = append(lines, l)
		}
	}
	text = strings.Join(lines, " ")
	text = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '\ufffd' {
			return ' '
		}
		return r
	}, text)
	return strings.Join(strings.Fields(text), " ")
}
