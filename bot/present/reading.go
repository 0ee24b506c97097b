package present

import (
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/dialog"
)

// maxReadingRunes bounds the reading line on Slack: a long follow-up is
// still one line.
const maxReadingRunes = 300

// readingLines is how a follow-up was understood, the same in both outputs:
// the one line of the reading, and under it why nothing (or nothing new)
// follows, or what a declined one asked for.
func readingLines(r dialog.Reply) string {
	d := DialogFor(r.Reading.Lang)
	line := UnderstoodLine(r.Reading.Lang, string(r.Reading.Kind), r.Reading.Topic, r.Reading.Ask)
	switch {
	case r.NoSources:
		line += "\n" + d.NoSources
	case r.Reading.Kind == dialog.Sources && onlyNotes(r.Answer.Results):
		line += "\n" + d.OnlyNotes
	case r.NoMore:
		line += "\n" + d.NoMore
	case !r.Answer.Answered:
		line += "\n" + fmt.Sprintf(d.NotCovered, ReadingText(r.Reading.Topic, r.Reading.Ask))
	}
	return line
}

// onlyNotes tells whether the results carry footnotes and every one of them
// explains rather than cites: asked for sources, the asker is told so, not
// left to take a note for one.
func onlyNotes(rs []answer.Result) bool {
	n := 0
	for _, r := range rs {
		for _, s := range r.Sources {
			if !corpus.IsNote(s) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// WithReading puts the reading of a follow-up above its Slack reply.
func WithReading(msg Message, r dialog.Reply) Message {
	line := ClipPlain(readingLines(r), maxReadingRunes)
	with := Message{Text: line + "\n" + msg.Text, Blocks: append([]slack.Block{contextText(Safe(line))}, msg.Blocks...)}
	if CheckLimits(with) != nil {
		return msg // the answer matters more than the reading line
	}
	return with
}

// ReplyText renders a dialog reply for the terminal: the reading of a
// follow-up, then the answer as AnswerText prints it; a "more" with
// nothing more stops at the reading.
func ReplyText(r dialog.Reply, err error, covers string, names *Naming) string {
	var b strings.Builder
	if r.FollowUp && err == nil {
		b.WriteString(readingLines(r) + "\n")
		if r.NoMore && !r.NoSources {
			return b.String()
		}
	}
	b.WriteString(AnswerText(r.Answer, err, covers, names))
	return b.String()
}
