package answer

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/stepi-tools/reportbot/index/question"
)

// Question is a question as the engine of any report reads it: the
// question as asked, with what its text alone says read once: by the
// question's patterns (question.Patterns.Read) and by the engine's own
// (wording). None of that depends on a report, so a shelf makes the value
// once per question (Engine.Read) and passes it to the engine of every
// report it asks (AskRead), instead of each engine running the same
// patterns on the same text. It is safe to share between goroutines.
type Question struct {
	asked question.Asked
	words *wording
}

// Asked is the question as asked.
func (q Question) Asked() question.Asked { return q.asked }

// wording is what a question's text alone tells the engine: whether it
// may ask about the whole report and whether it says it compares, read at
// once, and the facts the one-line answer reads (fact), each read on first
// need, as the engine asked needed them one by one: most questions need
// few of them, and a declined one none.
type wording struct {
	tab  *Tables
	text string
	// mention is set when the text may ask about the whole report
	// (reportWords.mention); compare when it says it compares.
	mention, compare bool
	// known has a fact's bit set once it is read, yes once it is read
	// true. A fact is pure, so engines that race to read one read the
	// same, and whichever sets it sets what the other would.
	known, yes atomic.Uint32
	// parts are the questions the text asks at once (parts.of), read on
	// first need.
	parts func() []string
}

// fact is a yes-or-no fact of a question's text (see wording.is).
type fact uint

const (
	// compareStrong: it says it compares in words that also set names and
	// codes side by side (Tables.compareStrong).
	compareStrong fact = iota
	// origin: it asks for a source in the words of Tables.origin.
	origin
	// relative: it asks for one thing relative to another
	// (implied.relative); asksName: it asks for a name (naming.asks).
	relative
	asksName
	// What implied reads (see implied.of): a count, a rate, a volume,
	// another quantity, an event.
	impliedCounts
	impliedRates
	impliedVolumes
	impliedFigures
	impliedEvent
	// impliedShares: it names a share of a whole (implied.shares).
	impliedShares
)

// is tells fact f of the text, reading it on first need.
func (w *wording) is(f fact) bool {
	bit := uint32(1) << f
	if w.known.Load()&bit != 0 {
		return w.yes.Load()&bit != 0
	}
	v := w.read(f)
	if v {
		w.yes.Or(bit) // before known, so that whoever sees it known sees it
	}
	w.known.Or(bit)
	return v
}

// read reads fact f of the text.
func (w *wording) read(f fact) bool {
	t, text := w.tab, w.text
	switch f {
	case compareStrong:
		low := strings.ToLower(text)
		for _, c := range t.compareStrong {
			if strings.Contains(low, c) {
				return true
			}
		}
		return false
	case origin:
		return t.origin.MatchString(text)
	case relative:
		return t.implied.relative.MatchString(text)
	case asksName:
		return t.naming.asks.MatchString(text)
	case impliedCounts:
		return t.implied.counts.MatchString(text)
	case impliedRates:
		return t.implied.rates.MatchString(text)
	case impliedVolumes:
		return t.implied.volumes.MatchString(text)
	case impliedFigures:
		return t.implied.figures.MatchString(text)
	case impliedEvent:
		return t.implied.namesEvent(text)
	case impliedShares:
		return t.implied.shares.MatchString(text)
	}
	return false
}

// Read reads what q's text alone says, for this engine or the engine of
// any other report: the engines' tables and the question readers'
// patterns are built alike, so what one reads any other reads the same.
func (e *Engine) Read(q question.Asked) Question { return e.tab.read(e.x.ReadShape(q)) }

// read reads q, its shape read already (question.Reader.ReadShape).
func (t *Tables) read(q question.Asked) Question {
	if q.Err() != nil {
		return Question{asked: q, words: t.wording("")} // never analysed
	}
	w := t.wording(q.Text())
	w.mention = q.NamesReport() || t.words.mention.MatchString(w.text)
	low := strings.ToLower(w.text)
	for _, c := range t.compare {
		if strings.Contains(low, c) {
			w.compare = true
			break
		}
	}
	return Question{asked: q, words: w}
}

// wording is the wording of text with none of its facts read yet.
func (t *Tables) wording(text string) *wording {
	return &wording{tab: t, text: text, parts: sync.OnceValue(func() []string { return t.parts.of(text) })}
}
