package answer

import (
	"strings"
	"sync"

	"github.com/stepi-tools/reportbot/index/question"
)

// Question is a question as the engine of any report reads it: the
// question as asked, with what its text alone says read once: by the
// question's patterns (question.Patterns.Read) and by the engine's own
// (wording). None of that depends on a report, so a shelf makes the value
// once per question (Engine.Read) and passes it to the engine of every
// report it asks (AskRead), instead of each engine running the same
// patterns on the same text. It is read-only once made and safe to share
// between goroutines.
type Question struct {
	asked question.Asked
	words *wording
}

// Asked is the question as asked.
func (q Question) Asked() question.Asked { return q.asked }

// wording is what a question's text alone tells the engine.
type wording struct {
	// mention is set when the text may ask about the whole report
	// (reportWords.mention).
	mention bool
	// compare is set when it says it compares; compareStrong when it says
	// so in words that also set names and codes side by side.
	compare, compareStrong bool
	// line is what the one-line answer reads of the text, read on first
	// need: a question that is declined or answered from the report's
	// structure has no such line.
	line func() lineWording
}

// lineWording is what the one-line answer (direct) reads of a question's
// text.
type lineWording struct {
	implied impliedText
	// footnote is set when the text names a footnote, footnoteSource when
	// it asks for a source (footnotes.names, footnotes.source); origin
	// when it asks for one in the words footnotes.origin reads.
	footnote, footnoteSource, origin bool
	// relative is set when it asks for one thing relative to another;
	// asksName when it asks for a name (naming.asks).
	relative, asksName bool
	// parts are the questions it asks at once (parts.of).
	parts []string
}

// Read reads what q's text alone says, for this engine or the engine of
// any other report: the engines' tables are built alike, so what one
// reads any other reads the same.
func (e *Engine) Read(q question.Asked) Question { return e.tab.read(q) }

func (t *Tables) read(q question.Asked) Question {
	if q.Err() != nil {
		return Question{asked: q, words: &wording{line: func() lineWording { return lineWording{} }}}
	}
	q = t.patterns.Read(q)
	text := q.Text()
	w := &wording{mention: t.words.mention.MatchString(text)}
	low := strings.ToLower(text)
	for _, c := range t.compare {
		w.compare = w.compare || strings.Contains(low, c)
	}
	for _, c := range t.compareStrong {
		w.compareStrong = w.compareStrong || strings.Contains(low, c)
	}
	w.line = sync.OnceValue(func() lineWording {
		return lineWording{
			implied:        t.implied.read(text),
			footnote:       t.footnotes.names.MatchString(text),
			footnoteSource: t.footnotes.source.MatchString(text),
			origin:         t.footnotes.origin.MatchString(text),
			relative:       t.implied.relative.MatchString(text),
			asksName:       t.naming.asks.MatchString(text),
			parts:          t.parts.of(text),
		}
	})
	return Question{asked: q, words: w}
}
