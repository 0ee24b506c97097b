package answer

import (
	"fmt"
	"slices"

	"github.com/stepi-tools/reportbot/index/question"
)

// closest is the one line of a hedged answer: what the top result's
// passage states of the question's other words, where the report does not
// state the date or figure asked for beside all of them. It is marked as
// the closest the report has, and the hedge above it still names what is
// missing; the subject leaves the missing words out, so that the line
// claims only what the passage says. There is none when the word the
// question asks about is one the report never uses: then the report states
// no figure of it at all, and any figure on the line is another thing's.
// Nor is there one when the hedge names a constraint (a name, a code, a
// version, a year or figure, a country or company, or any word as specific
// as the hedge's own MissingSpec makes a name of): the passage is then
// about another thing, and its figure is that thing's. Only words that
// qualify or phrase what is asked ("규모", "전망치") may be left out.
//
// A line labelled by the word asked about ("ISBN 978-…") gives its value as
// it does in an answer, where that value is what the question expects.
func (e *Engine) closest(q question.Query, a Answer, w *wording) string {
	if a.Form != "" {
		return ""
	}
	if q.WantsSource && q.Expect == nil && lacksAsked(q, a.Missing) {
		// Where the hedge names only the word the question asks about
		// (the kind of publisher, in a word the report never uses), the
		// report does not call the source so, but the shown passage is
		// what the question is about, and its source is the one asked
		// for. A word that says what the source is about (an author's
		// name in letters the report never prints) names another
		// passage's.
		if line, ok := e.sourceLine(q, a, w); ok {
			return closestMark(a.Lang) + " — " + line
		}
	}
	for _, c := range q.Concepts {
		if c.Ask && c.DF == 0 && !e.tab.implied.kind(c) {
			return ""
		}
	}
	if e.lacksConstraint(q, a.Missing) {
		return ""
	}
	top := a.Results[0]
	if label, value, ok := e.labelled(q, top); ok && !q.Define && (q.Expect == nil || q.Expect.MatchString(value)) {
		return fmt.Sprintf("%s — %s: %s (%s)", closestMark(a.Lang), label, value, whereFrom(top, a.Lang))
	}
	if q.Expect == nil {
		return ""
	}
	value, ok := e.statedBy(q, top, a.Lang, stating{lacking: a.Missing})
	if !ok {
		return ""
	}
	subject := e.heldSubject(q, top, a.Missing)
	if subject == "" {
		return ""
	}
	return fmt.Sprintf("%s — %s: %s (%s)", closestMark(a.Lang), subject, value, whereFrom(top, a.Lang))
}

// closestMark heads a hedged answer's line in the language of the reply.
func closestMark(lang string) string {
	if lang == "ko" {
		return "가장 가까운 내용"
	}
	return "Closest the report has"
}

// heldSubject is the subject of a line that claims only what r's passage
// says: of the question's words, those the passage holds, less those left
// out.
func (e *Engine) heldSubject(q question.Query, r Result, leaveOut []string) string {
	for _, c := range q.Concepts {
		if !e.x.Passages().States(c, r.PassageID) {
			leaveOut = append(slices.Clip(leaveOut), c.Surface)
		}
	}
	return subjectOf(q, leaveOut)
}

// lacksConstraint tells whether a hedge names one of q's constraints: a
// name, a code, a version, a year or figure, a country or company, or a
// word as specific as MissingSpec makes a name of. The passages shown are
// then about another thing. The word asked about is no such constraint:
// that the report lacks it is what the hedge says.
func (e *Engine) lacksConstraint(q question.Query, missing []string) bool {
	for _, c := range q.Concepts {
		if c.Ask {
			continue
		}
		constraint := c.Must || c.Name || c.Entity || c.Number || c.Strict || c.Spec >= e.x.Params().MissingSpec
		if constraint && slices.Contains(missing, c.Surface) {
			return true
		}
	}
	return false
}

// lacksAsked tells whether every word a hedge names is one the question
// asks about, not one that says what it is about.
func lacksAsked(q question.Query, missing []string) bool {
	for _, m := range missing {
		if !slices.ContainsFunc(q.Concepts, func(c question.Concept) bool { return c.Ask && c.Surface == m }) {
			return false
		}
	}
	return len(missing) > 0
}
