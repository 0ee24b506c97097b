package answer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// closest is the one line of a hedged answer: what the top result's
// passage states of the question's other words, where the report does not
// state the date or figure asked for beside all of them. It is marked as
// the closest the report has, and the hedge above it still names what is
// missing; the subject leaves the missing words out, so that the line
// claims only what the passage says. There is none when the word the
// question asks about is one the report never uses: then the report states
// no figure of it at all, and any figure on the line is another thing's;
// unless the word is part of the phrase that asks for a date ("which
// year": datePhrase), or a measure built on a noun the passage states
// (목표치 of 목표: statesHead), which the line reads as that noun.
// Nor is there one when the hedge names what the figure would belong to
// (a country or company, or a year, version or figure the question
// types: lacksOwner): the passage is then about another owner, and its
// figure is that owner's. A name, code or specific word the hedge names
// only qualifies what is asked; the subject leaves it out. Nor is there
// one for a question whose parts each ask a figure: each part is stated
// on its own (partsLine), or none.
//
// A line labelled by the word asked about ("ISBN 978-…") gives its value as
// it does in an answer, where that value is what the question expects.
func (e *Engine) closest(q question.Query, a Answer, w *wording, parts questionParts) string {
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
		if line, ok := e.sourceLine(q, a, w, parts); ok {
			return closestMark(a.Lang) + " — " + line
		}
	}
	for _, c := range q.Concepts {
		if c.Ask && c.DF == 0 && !e.tab.implied.kind(c) && !e.tab.implied.datePhrase(q.Text, c) && !e.statesHead(c, a.Results[0].PassageID) {
			return ""
		}
	}
	top := a.Results[0]
	q = e.headed(q, top)
	// What the shown passage says in another form than the question's
	// (see restated) is no constraint it lacks.
	lacking := slices.DeleteFunc(e.unrestated(q, top, a.Missing, w), func(m string) bool {
		return slices.ContainsFunc(q.Concepts, func(c question.Concept) bool { return c.Surface == m && c.Built() })
	})
	if e.lacksOwner(q, e.owners(q, lacking, parts)) || asksEach(parts) {
		return ""
	}
	// What ties the line's figure to the question is a binding word the
	// passage holds, other than the word asked about: where the hedge
	// names every one, the figure is tied to nothing the question says.
	if !slices.ContainsFunc(e.binding(q), func(c question.Concept) bool { return !c.Ask && !slices.Contains(lacking, c.Surface) }) {
		return ""
	}
	if label, value, ok := e.labelled(q, top); ok && !q.Define && (q.Expect == nil || q.Expect.MatchString(value)) {
		return fmt.Sprintf("%s — %s: %s (%s)", closestMark(a.Lang), label, value, whereFrom(top, a.Lang))
	}
	if q.Expect == nil {
		return ""
	}
	// The words the hedge names that the passage lacks bind no line; those
	// it says otherwise bind the line as any word does, in the form the
	// line, or the line the excerpt shows above it, prints ("‘대만형
	// CHIPS’법 …" above the line that gives its rates). The line itself
	// is one the reply shows.
	value, ok := e.statedBy(q, top, a.Lang, stating{lacking: lacking, hedged: true})
	if !ok {
		return ""
	}
	subject := e.heldSubject(q, top, append(slices.Clip(lacking), e.tab.leftOut(q)...))
	if subject == "" {
		return ""
	}
	return fmt.Sprintf("%s — %s: %s (%s)", closestMark(a.Lang), subject, value, whereFrom(top, a.Lang))
}

// Unhedged is a without its hedge: no words missing, and its one-line
// answer no longer headed as the closest the report has, for the reply
// now states it as the answer. A caller that finds the hedge's words were
// never the asker's (a follow-up's carried words) takes the hedge off so.
// A hedge that stands in for a decline (the passages shown hold the
// question only together) is that decline without it.
func (a Answer) Unhedged() Answer {
	if a.declined != nil {
		return *a.declined
	}
	a.Missing = nil
	a.Direct = strings.TrimPrefix(a.Direct, closestMark(a.Lang)+" — ")
	return a
}

// StandsIn tells whether a is a hedge that stands in for a decline: the
// passages shown hold the question only together, and without its hedge
// the reply is declined (Unhedged).
func (a Answer) StandsIn() bool { return a.declined != nil }

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
	spec := e.x.Params().MissingSpec
	return lacksOf(q, missing, func(c question.Concept) bool {
		return c.Must || c.Name || c.Entity || c.Number || c.Strict || c.Spec >= spec
	})
}

// lacksOf tells whether a hedge names a word of q of the class of, other
// than the word asked about (that the report lacks it is what the hedge
// says).
func lacksOf(q question.Query, missing []string, of func(question.Concept) bool) bool {
	return slices.ContainsFunc(q.Concepts, func(c question.Concept) bool {
		return !c.Ask && of(c) && slices.Contains(missing, c.Surface)
	})
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

// unrestated are the words of missing that r's excerpt does not state in
// another form (restated): what the shown passage lacks indeed.
//
// A word of a part that asks its own question for no date or figure
// ("…, and which GPUs use it?") is that question's subject, which a
// figure does not answer: the passage shown may name it, but the hedge
// that it lacks is about the second question, and partsLine states the
// first.
func (e *Engine) unrestated(q question.Query, r Result, missing []string, w *wording) []string {
	var asking []question.Query
	for _, text := range w.parts() {
		if pq := e.tab.implied.of(e.x.Analyse(question.Plain(text)), e.tab.wording(text)); e.tab.parts.asks.MatchString(text) && pq.Expect == nil {
			asking = append(asking, pq)
		}
	}
	var out []string
	for _, m := range missing {
		i := slices.IndexFunc(q.Concepts, func(c question.Concept) bool { return c.Surface == m })
		ownQuestion := slices.ContainsFunc(asking, func(pq question.Query) bool {
			return slices.ContainsFunc(pq.Concepts, func(c question.Concept) bool { return c.Surface == m })
		})
		if i >= 0 && !ownQuestion && e.restated(q.Concepts[i], r) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// restated tells whether r's excerpt states c in another form than the
// analyser's terms match: a hedge names c, but the passage shown is about
// it. The forms are the report's own way of printing what was typed: the
// word with quotes, brackets or spaces inside it ("‘대만형 CHIPS’법" for
// 대만형 CHIPS법), a year in two digits ("'21~'23년" for FY21-23, "('24년)"
// for 2024), a currency by its Korean name beside a figure (원 for KRW),
// and a country or company as the paragraph the passage is filed under
// (일본's paragraph for 日).
func (e *Engine) restated(c question.Concept, r Result) bool {
	return e.restatedIn(c, r.PassageID, r.Excerpt)
}

// restatedIn tells whether text, of passage id, states c in another form
// (see restated).
func (e *Engine) restatedIn(c question.Concept, id int, text string) bool {
	if e.filedUnder(c, id) {
		return true
	}
	if printsForm(c, text, func(flat, t string) bool {
		if strings.IndexFunc(t, unicode.IsDigit) >= 0 {
			return false // a figure or code is restated only as a year, below
		}
		i := strings.Index(flat, t)
		return i >= 0 && !latinInside(flat, i, i+len(t))
	}) {
		return true
	}
	return printsYears(c, text)
}

// numberYears tells whether c types only years that the analyser read as
// numbers ("21" of "21~23"): a year typed whole or with 년 it reads as the
// year, as it reads a line's, and that reading stands.
func numberYears(c question.Concept) bool {
	_, ok := typedYears(c)
	return ok && !slices.ContainsFunc(c.Terms, func(t string) bool {
		y, err := strconv.Atoi(t)
		return err == nil && isYear(y)
	})
}

// printsYears tells whether c types only years ("21~23", "FY21-23",
// "24년") and text prints every one of them, whole or in two digits
// (yearOn): the years are what the word names, however either side
// writes them.
func printsYears(c question.Concept, text string) bool {
	years, ok := typedYears(c)
	return ok && !slices.ContainsFunc(years, func(y int) bool { return !yearOn(text, y) })
}

// printsForm tells whether text prints one of c's forms (the word as
// typed, or one of its terms) where found says so of the text and the
// form, both squashed (squashQuoted): the one reading of a word printed
// with quotes, spaces or inside a longer word that restatedIn and
// inCompound each narrow.
func printsForm(c question.Concept, text string, found func(flat, form string) bool) bool {
	flat := squashQuoted(text)
	for _, t := range append([]string{c.Surface}, c.Terms...) {
		if t = squashQuoted(t); utf8.RuneCountInString(t) >= minWord && found(flat, t) {
			return true
		}
	}
	return false
}

// squashQuoted is s in lower case without the spaces and the punctuation
// (quotes, brackets, hyphens) a report prints inside a name.
func squashQuoted(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// minWord is the fewest letters of a word that another form of it may
// print: one letter is part of too many words.
const minWord = 2

// typedYears reads a word that types only years, with the letters of a
// unit or an era around them: a year ("2024", "24년"), or two years of a
// range ("21~23", "FY21-23"). ok is false for a word with letters between
// its digits or a number of any other length: a version or a code ("GPT-5",
// "H100") is no year.
func typedYears(c question.Concept) (years []int, ok bool) {
	s := strings.TrimFunc(c.Surface, unicode.IsLetter)
	if strings.IndexFunc(s, unicode.IsLetter) >= 0 {
		return nil, false
	}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) {
		y, err := strconv.Atoi(f)
		if y = analysis.FullYear(y); err != nil || !isYear(y) || len(f) < yearDigits {
			return nil, false
		}
		years = append(years, y)
	}
	return years, len(years) > 0
}

// yearDigits are the fewest digits a year is typed in ("'24"): one digit
// is a version or a count ("GPT-5").
const yearDigits = 2

// yearOn tells whether text prints year y: whole, or in two digits after
// an apostrophe ("'23", "‘23") or before 년 ("23년").
func yearOn(text string, y int) bool {
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		n, err := strconv.Atoi(text[i:j])
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[j:])
		short := analysis.FullYear(n) != n && (before == '\'' || unicode.In(before, unicode.Pi, unicode.Pf) || after == '년')
		if err == nil && analysis.FullYear(n) == y && (n == y || short) {
			return true
		}
		i = j
	}
	return false
}

// lacksOwner tells whether a hedge names what a figure belongs to: a
// country or company, or a year, version or figure the question types.
// The passage's figure is then another owner's or another year's, and no
// line is the closest. A name, code or specific word the passage does not
// print beside its figure ("CoWoS" of a foundry's packaging capacity,
// "KRW" of a sum it gives in dollars) qualifies what is asked: the line
// leaves it out of its subject, claims only what the passage says, and
// the hedge above it still names it.
func (e *Engine) lacksOwner(q question.Query, missing []string) bool {
	return lacksOf(q, missing, func(c question.Concept) bool {
		return c.Entity || c.Number || figureWord(c.Surface)
	})
}

// owners are the words of lacking that may own the figure asked: not a
// date typed in a question for a date (a launch "in March, wasn't it?
// when does the report say?"). That one is the date as the asker
// remembers it: the hedge that the report lacks it says the report gives
// another, which the line states. (A sum typed in a question for a sum
// may be of a thing the report never covers, whose passage then states
// another thing's.) Where another part asks a date of a thing of its own
// ("… in 2026, right? and when does the 2nm line start?"), one line of
// the whole would head that part's thing with the remembered one's date:
// the date typed is then an owner still.
func (e *Engine) owners(q question.Query, lacking []string, parts questionParts) []string {
	if q.Expect == nil || !asksDate(q) {
		return lacking
	}
	return slices.DeleteFunc(slices.Clone(lacking), func(w string) bool {
		remembered := slices.ContainsFunc(q.Concepts, func(c question.Concept) bool {
			return c.Surface == w && c.Number && q.Expect.MatchString(c.Surface)
		})
		return remembered && !slices.ContainsFunc(parts.queries, func(pq question.Query) bool {
			return !strings.Contains(pq.Text, w) && pq.Expect != nil && slices.ContainsFunc(pq.Concepts, func(c question.Concept) bool { return constraint(c) && !c.Number })
		})
	})
}

// asksDate tells whether q's expectation is a date's.
func asksDate(q question.Query) bool {
	return q.Expect.MatchString("2024년") && !q.Expect.MatchString("30")
}

// figureWord tells whether a word is a figure however the reader files it:
// digits with no letter among them ("70-80", a range typed with a hyphen).
func figureWord(w string) bool {
	return strings.IndexFunc(w, unicode.IsDigit) >= 0 && strings.IndexFunc(w, unicode.IsLetter) < 0
}

// statesHead tells whether passage id states the noun of the report's
// that c, a word the report never uses, is built on (question.Concept.Head):
// the asker's measure of a thing the passage states ("목표치" of 목표), so
// that the figure the passage gives of that thing is the closest it has.
func (e *Engine) statesHead(c question.Concept, id int) bool {
	if c.Head == "" {
		return false
	}
	h := c
	h.Terms, h.Grams, h.Parts = []string{c.Head}, nil, nil
	return e.x.Passages().States(h, id)
}

// headed is q with each word the report never uses whose head r's passage
// states (statesHead) read as that head (question.Concept.Base): the
// asker's measure of the thing the passage states, which binds the line's
// figure by the head as any word binds it, and which the passage does not
// lack.
func (e *Engine) headed(q question.Query, r Result) question.Query {
	cs := slices.Clone(q.Concepts)
	for i, c := range cs {
		if c.Base == "" && e.statesHead(c, r.PassageID) {
			cs[i].Base = c.Head
		}
	}
	q.Concepts = cs
	return q
}

// nearReading is what a declined question was read and ranked by: all
// that building the hedge it would be (Engine.Near) needs, kept as the
// decline found it.
type nearReading struct {
	question, lang string
	// query is the question as ranked; named is as the reply's finish
	// names the words it lacks (decision.query).
	query, named question.Query
	ranked       []search.Candidate
	n            int
	// page, where the decline was paged (AskRead asked for other than
	// Shown results), is how many results its hedge shows: its first
	// ones, or its own followed by the pool of more, the question
	// decided on page results (Engine.paged).
	page int
	more *Answer
}

// Near is the hedge the declined answer a would be: its closest passages,
// headed by the words of the question none of them holds (or, where each
// word is held somewhere, the heaviest the best one lacks), paged and
// finished as every reply is (AskRead). ok is false where a was answered,
// or where its decline has nothing to hedge on. a must be this engine's
// answer. Each call builds the hedge afresh: a caller may cut what it
// names or shows.
func (e *Engine) Near(a Answer) (near Answer, ok bool) {
	r := a.near
	if a.Answered || r == nil {
		return Answer{}, false
	}
	if near, ok = e.hedge(r); !ok {
		return Answer{}, false
	}
	if r.page > 0 {
		near.Results = e.page(near.Results, r.more, r.ranked, r.named, r.page)
	}
	e.finish(r.named, &near)
	return near, true
}

// hedge is the hedge the decline read as r would be, on its own n
// results, as decided: neither paged nor finished.
func (e *Engine) hedge(r *nearReading) (near Answer, ok bool) {
	near = Answer{Question: r.question, Lang: r.lang}
	if near.Results = e.results(r.ranked, r.query, r.n); len(near.Results) == 0 {
		return Answer{}, false
	}
	// Where every word is held somewhere, yet the question was declined,
	// the best passage does not hold it together.
	if near.Missing = e.x.Doubted(r.query, ids(near.Results)); len(near.Missing) == 0 {
		return Answer{}, false
	}
	near.Answered = true
	return near, true
}
