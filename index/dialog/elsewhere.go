package dialog

import (
	"slices"

	"github.com/stepi-tools/reportbot/index/question"
)

// elsewhere returns the lines a reply to a message of a conversation shows
// its date or figure on, when they state it only of another subject than
// the conversation's; else nil. The message, read alone, asks a date or
// figure, and every line of the first result that states one is a
// passage's filed under a country or company (search.Passages.FiledUnder:
// its figures are that one's) that the conversation has not named, nor
// been shown first in an answer, and states no name, code or year the
// message typed. A conversation goes on with its own subject: a figure the
// report gives of a sibling (another country's budget) is no answer to
// it, as the answer engine holds of a question that names its subject
// (answer's binding). (On the conversations never fitted, this flagged
// out-of-scope follow-ups 0.782 → 0.800 and hedged no answer more; typed
// without spaces, 0.730 → 0.743 for one answer hedged more.)
func (e *Engine) elsewhere(st State, asked question.Asked, m message, r Reply) []shownLine {
	a := r.Answer
	if !a.Answered || len(a.Missing) > 0 || len(a.Results) == 0 || !m.asksValue() {
		return nil
	}
	q := e.x.Analyse(asked.Rewrite(r.Turn.Asked))
	if q.Expect == nil {
		return nil
	}
	ps := e.x.Passages()
	thread := e.threadNames(st, asked.Text(), r.Turn.Slots)
	evidence := e.firstShown(st)
	ours := func(name string) bool {
		return thread[name] || slices.ContainsFunc(evidence, func(id int) bool { return ps.FiledUnder(id, name) })
	}
	var found []shownLine
	for _, l := range e.linesShown(a.Results[:1]) {
		if !ps.LineHolds(q.Expect, l.id, l.i) {
			continue
		}
		subject := ps.Subject(l.id)
		if subject == "" || ours(subject) || e.namedOn(m, l) {
			return nil
		}
		found = append(found, l)
	}
	return found
}

// namedOn tells whether a line states a name, code or year the message
// typed itself: the message names what the line is about, whatever the
// conversation named before.
func (e *Engine) namedOn(m message, l shownLine) bool {
	return slices.ContainsFunc(m.own, func(c question.Concept) bool {
		return named(c) && c.DF > 0 && e.statesOn(c, l)
	})
}

// threadNames are the countries and companies a conversation has named:
// in its messages and their rewrites, its slots, and the message now.
func (e *Engine) threadNames(st State, msg string, slots []Slot) map[string]bool {
	out := map[string]bool{}
	add := func(text string) { // the countries and companies text names
		for _, m := range []map[string]int{e.ents.PlaceMentions(text), e.ents.CompanyMentions(text)} {
			for name := range m {
				out[name] = true
			}
		}
	}
	addSlots := func(ss []Slot) {
		for _, s := range ss {
			if s.Kind == SlotCountry || s.Kind == SlotCompany || s.Kind == SlotPassing || s.Kind == SlotElsewhere {
				out[s.Text] = true
				add(s.Text)
			}
		}
	}
	for _, t := range st.Turns {
		add(t.Question)
		add(t.Asked)
		addSlots(t.Slots)
	}
	add(msg)
	addSlots(slots)
	return out
}

// firstShown returns the passages a conversation's answers showed first:
// what each answered turn was about (its other results are neighbours,
// often of other subjects). A stored state may come from an index built
// of another document: a passage this one lacks is left out.
func (e *Engine) firstShown(st State) []int {
	var out []int
	for _, t := range st.Turns {
		if len(t.Evidence) > 0 && e.inReport(t.Evidence[0].PassageID) {
			out = append(out, t.Evidence[0].PassageID)
		}
	}
	return out
}

// hedgeElsewhere makes a reply whose lines state its figure only of
// another subject (elsewhere) a hedge naming what the message asks: the
// word its question word asks about, else how it asks, else its own
// words the lines leave out. A message with none of them keeps its reply.
func (e *Engine) hedgeElsewhere(r Reply, m message, lines []shownLine) Reply {
	miss := e.askedOf(m)
	if len(miss) == 0 {
		ps := e.x.Passages()
		for _, c := range m.own {
			if !c.Verbal && !e.talk(c) && !slices.ContainsFunc(lines, func(l shownLine) bool { return ps.LineStates(c, l.ln) }) {
				miss = append(miss, c.Named())
			}
		}
	}
	if len(miss) > 0 {
		r.Answer.Missing, r.Answer.Direct = miss, ""
	}
	return r
}
