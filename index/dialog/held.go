package dialog

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// shownLine is a line of a passage that an answer's excerpt shows.
type shownLine struct {
	id, i int
	ln    search.Line
}

// linesShown returns the passage lines an answer's results show in their
// excerpts: what the asker reads, not the whole passages.
func (e *Engine) linesShown(res []answer.Result) []shownLine {
	ps := e.x.Passages()
	var out []shownLine
	for _, r := range res {
		pieces := excerptPieces(r.Excerpt)
		for i, ln := range ps.Lines(r.PassageID) {
			if showsLine(pieces, ln.Text) {
				out = append(out, shownLine{id: r.PassageID, i: i, ln: ln})
			}
		}
	}
	return out
}

// showsLine tells whether the pieces of an excerpt (excerptPieces) show
// line, whole or cut short.
func showsLine(pieces []string, line string) bool { return search.QuotesLine(pieces, line) }

// excerptPieces splits an excerpt into the runs of text it quotes: its
// lines, and the parts an ellipsis joins, without the ellipses.
func excerptPieces(ex string) []string { return search.QuotePieces(ex) }

// unheld returns what a follow-up newly asks that the lines its answer
// shows do not hold. The carried topic is what makes a follow-up find the
// topic's passages, and they match it well whatever the follow-up adds;
// what the follow-up itself names, and the kind of answer it wants, is
// what they must hold: each name, code, year or figure of its own on a line
// shown, and, where it wants a date or figure (expect), a line shown that
// states one beside them. Else the report does not say what was asked, and
// the names of what it lacks come back, in the message's words. (Its plain
// words are left to the answer engine: on the fitted conversations, asking
// them of the lines shown hedged three answers for each near miss it
// flagged, for a follow-up's plain words are often the report's words in
// other forms.)
func (e *Engine) unheld(m message, expect *regexp.Regexp, res []answer.Result) []string {
	return e.unstated(m, expect, res, named)
}

// named tells whether a concept names a thing: a name, code, year or
// figure, a country or company, or a word of the report's own that no
// general list holds ("Spyre", a programme's name).
func named(c question.Concept) bool {
	return c.Must || c.Entity || c.Name || c.Number || !c.Listed
}

// statesOn tells whether line l states c: the line itself, or what every
// line of its passage shares (the section's titles and country, the head
// of the block the passage was cut from).
func (e *Engine) statesOn(c question.Concept, l shownLine) bool {
	ps := e.x.Passages()
	return ps.LineStates(c, l.ln) || e.x.Holds(c, ps.Context(l.id))
}

// unstated is what of a follow-up's own words that own accepts (words the
// report uses, not how it asks) the lines shown leave out, as unheld says.
func (e *Engine) unstated(m message, expect *regexp.Regexp, res []answer.Result, own func(question.Concept) bool) []string {
	// the words that say how it asks ("몇 대", "how many") name no thing
	how := e.wants(m.pieces)
	var names []question.Concept
	for _, c := range m.own {
		// A word of one letter or syllable that is no code or figure
		// ("때", the "d" of "they'd") is a remnant or a light word that
		// the lines may say in other words.
		light := !c.Must && !c.Number && utf8.RuneCountInString(c.Surface) <= 1
		if own(c) && c.DF > 0 && !c.Verbal && !c.Source && !c.Part && !light && !e.talk(c) && !slices.Contains(how, strings.ToLower(c.Surface)) {
			names = append(names, c)
		}
	}
	lines := e.linesShown(res)
	if len(lines) == 0 {
		return nil
	}
	ps := e.x.Passages()
	holds := func(c question.Concept, l shownLine) bool {
		return e.statesOn(c, l) || e.x.Holds(c, l.ln.Notes)
	}
	var missing []string
	for _, c := range names {
		if !slices.ContainsFunc(lines, func(l shownLine) bool { return holds(c, l) }) {
			missing = append(missing, c.Named())
		}
	}
	if len(missing) > 0 || expect == nil {
		return missing
	}
	var best []string
	found := false
	for _, l := range lines {
		// A line states the figure its cited note states, as it holds
		// the note's words (holds).
		if !ps.LineHolds(expect, l.id, l.i) && !ps.NotesHold(expect, l.id, l.i) {
			continue
		}
		var miss []string
		for _, c := range names {
			if !holds(c, l) {
				miss = append(miss, c.Named())
			}
		}
		if len(miss) == 0 {
			return nil
		}
		if !found || len(miss) < len(best) {
			best, found = miss, true
		}
	}
	if found {
		return best
	}
	// No line shown states a date or figure at all: what is missing is
	// what the message asked it of, or how it asked.
	return e.askedOf(m)
}

// talk tells whether c is an English word the general list ranks among its
// most common ("fine", "close"): the asker's talk, whatever passing use the
// report makes of it elsewhere, unless it is what is asked about.
func (e *Engine) talk(c question.Concept) bool {
	return !c.Ask && c.Listed && !c.Name && !analysis.HasHangul(c.Surface) && c.Spec <= e.x.Params().ChatSpec
}

// statesUnit tells whether a line shown states a figure in the unit the
// question names ("몇 대" and 9대): the unit says which figure is asked, as
// the word asked about would.
func (e *Engine) statesUnit(q question.Query, res []answer.Result) bool {
	if q.Unit == "" || q.Expect == nil {
		return false
	}
	ps := e.x.Passages()
	return slices.ContainsFunc(e.linesShown(res), func(l shownLine) bool { return ps.LineHolds(q.Expect, l.id, l.i) })
}

// counts tells whether a question that counts things ("몇 개", "how many")
// finds, on a line shown, a count of the very word it asks how many of: a
// count that one phrase binds to that word, a few modifiers ahead of it
// ("9대 기술혁신 과제"). That figure is of the thing asked, not of another,
// as a figure in the unit asked is (statesUnit).
func (e *Engine) counts(q question.Query, m message, res []answer.Result) bool {
	if !q.Counts {
		return false
	}
	i := slices.IndexFunc(m.own, func(c question.Concept) bool { return c.Ask && !c.Verbal })
	if i < 0 {
		return false
	}
	asked, span := m.own[i], e.x.Params().CountSpan
	holds := func(w string) bool { return e.x.Holds(asked, e.x.TermSet(w)) }
	return slices.ContainsFunc(e.linesShown(res), func(l shownLine) bool { return len(e.frame.counts.Bound(l.ln.Text, span, holds)) > 0 })
}

// askedOf names what a message asks, in its own words: the word its
// question word asks about, else how it asks ("몇 명", "how much").
func (e *Engine) askedOf(m message) []string {
	if a := e.askedWord(m); len(a) > 0 {
		return a
	}
	if w := e.wants(m.pieces); len(w) > 0 {
		return []string{strings.Join(w, " ")}
	}
	return nil
}

// askedWord names the word of its own that a message's question word asks
// about ("예산 얼마"), if any.
func (e *Engine) askedWord(m message) []string {
	for _, c := range m.own {
		if c.Ask && !c.Verbal {
			return []string{c.Named()}
		}
	}
	return nil
}

// repeated returns what a message asks in words of its own that no result
// of its sure reply holds, where every line its first result shows the
// thread has shown already. The asker has read that passage and asks on:
// what the report says of the topic there is what they were given, and a
// detail on none of the lines offered is one the report does not give,
// which the hedge names rather than offering the same lines as its answer.
// A message asking for more of the thread, for its sources or for a
// comparison asks nothing new of the lines. Only words the asker typed as
// words of their own count (ownDetail), and a word of the report's that the
// analyser cuts from a run typed without spaces is one: unstated names only
// words the report uses, which the cut places by the report's own
// vocabulary. (On the Korean conversations typed without spaces and never
// fitted, this flagged 341 -> 349 of 458 out-of-scope follow-ups and
// hedged 182 -> 199 of 1,348 answerable ones, hits held; the spaced
// conversations were unchanged.)
func (e *Engine) repeated(st State, m message, r Reply) []string {
	res := r.Answer.Results
	if !sure(r.Answer) || m.more || m.source || len(res) == 0 {
		return nil
	}
	switch r.Reading.Kind {
	case Sources, More, Comparison:
		return nil
	}
	lines := e.linesShown(res[:1])
	if len(lines) == 0 {
		return nil
	}
	shown := st.shown()
	if slices.ContainsFunc(lines, func(l shownLine) bool { return fresh(l.ln.Text, shown) }) {
		return nil
	}
	typed := append(words(m.text), m.pieces...) // as typed apart
	gap := e.unstated(m, m.query.Expect, res, func(c question.Concept) bool { return e.ownDetail(m, typed, c) })
	// The English word it ends on, what it asks about, is on none of
	// those lines either where the report never uses it: a detail it
	// lacks (lacks), asked anew.
	asked := slices.DeleteFunc(m.content(), func(s Slot) bool { return !m.endsOnAsked(s) })
	return append(gap, e.lacking(m, asked, res)...)
}

// ownDetail tells whether c is a detail the asker typed as a word of their
// own, as a hedge names it: typed as a word of its own (typedAsWord), no
// aside, and no modifier of the noun after it ("작동하는 방식"), which
// describes the thing asked about in the asker's words (modifies). typed
// are m's words (for repeated, with the pieces its runs are cut into).
func (e *Engine) ownDetail(m message, typed []string, c question.Concept) bool {
	return !c.Aside && !e.modifies(m, Slot{Text: c.Named()}) && typedAsWord(typed, c.Surface)
}
