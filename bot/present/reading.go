package present

import (
	"fmt"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/index/dialog"
)

// maxReadingRunes bounds the reading line: a long follow-up is still one line.
const maxReadingRunes = 300

// WithReading puts the one line of how a follow-up was understood above the
// reply, and says what a declined one asked for.
func WithReading(msg Message, r dialog.Reply) Message {
	lang := r.Reading.Lang
	if lang != langKO {
		lang = langEN
	}
	d := DialogFor(lang)
	line := UnderstoodLine(lang, string(r.Reading.Kind), r.Reading.Topic, r.Reading.Ask)
	switch {
	case r.NoSources:
		line += "\n" + d.NoSources
	case r.NoMore:
		line += "\n" + d.NoMore
	case !r.Answer.Answered:
		line += "\n" + fmt.Sprintf(d.NotCovered, ReadingText(r.Reading.Topic, r.Reading.Ask))
	}
	line = ClipPlain(line, maxReadingRunes)
	with := Message{Text: line + "\n" + msg.Text, Blocks: append([]slack.Block{contextText(Safe(line))}, msg.Blocks...)}
	if CheckLimits(with) != nil {
		return msg // the answer matters more than the reading line
	}
	return with
}
