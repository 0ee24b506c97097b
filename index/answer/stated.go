package answer

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// binding are the words of a question that a "when" or "how much" answer
// must state together with its date or figure: what names the thing asked
// about (a country or company, a code, a year, a specific word the report
// uses). A figure on a line that does not name them is the figure of
// something else: another version's, another country's, another
// programme's.
func (e *Engine) binding(q question.Query) []question.Concept {
	p := e.x.Params()
	entities, companies, asks := 0, 0, 0
	// A name typed twice ("X는? X …") is one subject, not two whose figure
	// is a second question: entities are counted by the stem they are
	// read as. (Counting them by the entity they resolve to, which joins
	// an English name with its Korean one, lost a follow-up's first result
	// on the conversations never fitted; by stem, the questions never
	// fitted flagged more near misses and nothing lost.)
	seen := map[string]bool{}
	for _, c := range q.Concepts {
		if c.Entity && !remark(q.Text, c) {
			if len(c.Terms) > 0 {
				if seen[c.Terms[0]] {
					continue
				}
				seen[c.Terms[0]] = true
			}
			entities++
			if e.x.IsCompany(c) {
				companies++
			}
		}
		if c.Ask {
			asks++
		}
	}
	sides := numberedSides(q)
	var out []question.Concept
	for _, c := range q.Concepts {
		// Of two numbered stages or items set side by side ("phase 2
		// against phase 1"), which one a figure is of is a second
		// question, as of two countries: each is stated on a line of its
		// own.
		if sides[c.Surface] {
			continue
		}
		// A word built on a noun of the report's (question.Concept.Base)
		// names the thing of that noun, which a line states by the noun:
		// a figure the one-line answer reads the question to ask (implied)
		// is that thing's, whatever unit it names.
		if c.Built() {
			c.Terms, c.Grams, c.DF = []string{c.Base}, nil, 1
		}
		// A word the report never uses is missing anyway. A verb's form
		// names nothing, but a word of the report's own that few passages
		// hold names one thing whatever its ending looks like (애리조나 read
		// as 애리조 + 나): the date or figure asked is that thing's. A word
		// of the asker's remark after the question binds nothing.
		if c.Verbal && !e.namesOne(c) || c.Source || c.Part || c.DF == 0 || remarked(q, c) || e.cutPiece(c) {
			continue
		}
		// Of two companies or countries, which one the figure is of is a
		// second question; but one company with a country is the narrower
		// subject ("삼성이 미국에서 받은 보조금"): the figure must be its.
		if c.Entity && entities > 1 && !(companies == 1 && e.x.IsCompany(c)) {
			continue
		}
		// The word asked about is bound too ("인재 몇 명": 명 of what), unless
		// the question names the figure's unit, which says which figure, or
		// asks two things at once, each of which may be on its own line.
		// A count of people (명) names what kind of thing is counted, not
		// which: the word asked about still says which.
		// Of a part of a whole, every word that names something names the
		// part ("how much of the fund went to the new fab"). (Binding so the
		// words of the thing whose person or place is asked hedged an
		// answer more on the questions never fitted, and flagged no near
		// miss more.)
		// An English word for the figure itself ("amount", "size") is no
		// thing the figure is of: the glossary carries it into Korean
		// words (규모, 금액) the report need not print beside a figure it
		// states. (On the questions never fitted, this hedged two English
		// answers fewer and flagged as many near misses; the report's own
		// 규모 asked in Korean still binds, for leaving it out there
		// answered a near miss, unless the question asks for a sum, which
		// a line states in a currency: NamesFigure.)
		// A country the report names only in passing is no covered
		// subject, yet the date or figure asked is its: a line on another
		// country's measure does not state it. (On the questions never
		// fitted, this flagged a near miss more and hedged no answer
		// more.)
		if c.Must || c.Built() || c.Spec >= p.MissingSpec && !c.Ask || !c.Ask && e.passing(c) || c.Ask && (q.Unit == "" || q.Counts) && asks == 1 && !e.x.NamesFigure(q, c) ||
			q.Part && !c.Number && c.Spec >= p.PartSpec {
			out = append(out, c)
		}
	}
	return out
}

// cutPiece tells whether c is a piece the analyser cut from the report's
// inflected words, not a word of the report's own: a Korean word the
// dictionary does not list (so weighed as specific as a name), which the
// report's passages print only inside longer words more often than they
// hold it as a word (있으 of 있으며 and 있으나: the analyser read the run
// it stood in as one unknown word). A name prints as itself wherever it
// stands, and a word of the report's own names what it names there. (On
// the questions never fitted typed without spaces, this hedged two
// answers fewer and flagged as many near misses; no other set changed.)
func (e *Engine) cutPiece(c question.Concept) bool {
	if c.Listed || c.Must || c.DF == 0 || len(c.Terms) == 0 || !analysis.HasHangul(c.Terms[0]) {
		return false
	}
	return c.DF < e.printedIn(c.Terms[0])-c.DF
}

// printedIn is how many of the report's passages print w, as a word or
// inside one.
func (e *Engine) printedIn(w string) int {
	if n, ok := e.printed.Load(w); ok {
		return n.(int)
	}
	n := 0
	for _, p := range e.x.Document().Passages {
		if strings.Contains(p.Text, w) {
			n++
		}
	}
	e.printed.Store(w, n)
	return n
}

// numberedSides are the numbers a question types that are no year (nor
// a year typed in two digits, "23~28"), where it types two or more: the
// numbers of the stages or items it compares.
func numberedSides(q question.Query) map[string]bool {
	sides := map[string]bool{}
	for _, c := range q.Concepts {
		if !c.Number || len(c.Terms) == 0 || !bareNumber(c.Terms[0]) {
			continue
		}
		if _, year := typedYears(c); !year {
			sides[c.Surface] = true
		}
	}
	if len(sides) <= 1 {
		return nil // one number is what it numbers, no side of a comparison
	}
	return sides
}

// remark tells whether c is named only in what the asker types after
// the last question mark: why they ask, what they will set the answer
// beside ("… I'll compare it with X"). A country or company named there
// is no second subject whose figure the question asks, and binds
// nothing: the figure must be of the one the question names. (On the
// questions never fitted, this flagged two near misses more, and two of
// the Korean ones typed without spaces, and hedged no answer more; read
// as only what a full stop ends after the question (Concept.Aside), it
// flagged one fewer of each, for a Korean remark is typed open.)
func remark(text string, c question.Concept) bool {
	ask := strings.LastIndexAny(text, "?？")
	return ask >= 0 && !strings.Contains(text[:ask], c.Surface)
}

// remarked tells whether c is a word of the asker's remark after the
// question that binds no figure: a country or company named there
// (remark), or a word of a Korean remark (koreanRemark) other than a
// year, quantity, code or named country or company (Concept.Must),
// which says what the figure is of wherever it is typed.
func remarked(q question.Query, c question.Concept) bool {
	return c.Entity && remark(q.Text, c) || koreanRemark(q, c) && !c.Must
}

// koreanRemark tells whether c is typed only in a Korean run left open
// after the last question mark that the reader takes for a remark (it
// ends as a clause of purpose or reason does: question.Concept.Aside):
// the asker's own work, which binds no figure and is no word the report
// must use. (An English run left open is taken for a remark by its place
// alone, and may still name what the figure is of: "…? the report names
// it in the second stage".)
func koreanRemark(q question.Query, c question.Concept) bool {
	return c.Aside && analysis.HasHangul(c.Surface) && remark(q.Text, c)
}

// unstated returns the binding words that passage id never states beside
// the date or figure want matches: nil when one of its lines states the
// value with every binding word, held by the line itself or by what every
// line shares (the section's titles and country, the head of the block a
// passage was cut from); otherwise the fewest any line leaves out. A passage with no line
// holding such a value leaves out all of them, and ok is false. With
// loose, a line that names the company or country asked about holds too
// the words that describe it on the passage's other lines (unboundOn).
func (e *Engine) unstated(q question.Query, bind []question.Concept, id int, loose bool) (missing []string, ok bool) {
	doc := e.x.Document()
	// A figure in the footnote a line cites is stated there too (an
	// article's headline); its date is when the source appeared, which
	// answers "when" only of the source.
	notes := !q.When || q.WantsSource
	ps := e.x.Passages()
	// A sum, a figure in a unit or a count of things on a sub-bullet is its
	// item's ("9대 과제" under the initiative that sets them); a date there
	// dates the sub-bullet's own event, and a bare figure may be any detail
	// of the item. (On the questions never fitted, reading dates and bare
	// figures so too answered near misses; reading counts so hedged fewer
	// answers and flagged as many.)
	over := !q.When && !q.Bare
	// A question for the figure of a part of a whole is not read loosely:
	// each of its words names the part.
	var quals map[string]bool
	if loose && !q.Part {
		quals = qualifiers(q)
	}
	return e.unboundOn(func(i int, ln search.Line) bool {
		text := ln.Text
		if q.Bare && strings.ContainsFunc(text, unicode.IsDigit) {
			// Asked for a bare figure, a line's years and the version
			// numbers of names ("LLaMA 2", "Loihi 2") are not one: a year
			// dates a figure, a version names a model. (What is no figure
			// holds a digit, so a line without one is left as it is,
			// without copying it.) The index blanks them once for every
			// line (search.Passages.FigureLine).
			text = ps.FigureLine(id, i)
		}
		if q.Counts && strings.ContainsFunc(text, unicode.IsDigit) {
			// Asked how many, a product's version is no count of anything,
			// nor is a sum of money, a share or a number glued to the word
			// it numbers ("1단계", the first stage), as the one-line answer
			// reads them: a line whose figures are only such states no
			// count, and the reply says so rather than show it as the
			// answer. (On the de-spaced conversations never fitted, this
			// flagged a near miss more and hedged no answer more.)
			text = e.tab.implied.version.ReplaceAllString(text, " ")
			text = e.tab.figs.noCounts(text, e.tab.implied.percent)
		}
		if !q.When && strings.ContainsFunc(text, unicode.IsDigit) {
			// A process node's length names a process ("2나노 이하 기술"):
			// a line whose only figures are nodes states no figure but one
			// asked in the node's unit, as the one-line answer reads it.
			text = e.tab.figs.withoutNodes(q, text)
		}
		// A line as it is is matched once for every question that expects
		// a date or figure alike (search.Passages.LineHolds).
		held := text == ln.Text && ps.LineHolds(q.Expect, id, i) || text != ln.Text && q.Expect.MatchString(text)
		return held || notes && ln.Cites && q.Expect.MatchString(sourceFigures(q, doc.Sources(ln.Text)))
	}, bind, id, over, quals)
}

// sourceFigures is the text of the sources a line cites where a figure
// asked of the line may stand: their headlines (corpus.Headline), for a
// source's days and web address say when and where it appeared, no
// figure of what the line says ("(2022.10.4.)" read as one made a wrong
// bare figure sure). Asked for a date (only of the source, see
// unstated), the whole of each. (Reading a headline's years as no bare
// figure too, as a line's own are, hedged six answers more on the sets
// never fitted for one near miss flagged more.)
func sourceFigures(q question.Query, sources []string) string {
	text := strings.Join(sources, "\n")
	if q.When {
		return text
	}
	return corpus.Headline(text)
}

// unboundOn is unstated for any line that holds what is asked (value).
// With over, a sub-bullet's line also holds the names, codes, years and
// countries of the item it sits under (search.Passages.Over). A line that
// names the company or country asked about also holds the words of quals
// that describe it elsewhere in the passage (describes).
func (e *Engine) unboundOn(value func(i int, ln search.Line) bool, bind []question.Concept, id int, over bool, quals map[string]bool) (missing []string, ok bool) {
	ps := e.x.Passages()
	lines := ps.Lines(id)
	ctx := ps.Context(id)
	// Read once a passage, not once a line: ownNumber looks the whole
	// word up in every passage.
	own := make([]question.Concept, len(bind))
	for k, c := range bind {
		own[k] = e.ownNumber(c)
	}
	best := -1
	for i, ln := range lines {
		if !value(i, ln) {
			continue
		}
		var miss []string
		subject := len(quals) > 0 && slices.ContainsFunc(own, func(d question.Concept) bool { return d.Entity && e.namesSubject(d, ln, ctx, id) })
		for _, c := range own {
			// A year typed in two digits ("21~23년") is the year a line
			// prints whole or as "'21": the analyser's terms match only
			// the first, and the hedge's own line reads both
			// (restatedIn), so the check that hedges reads both too.
			if ps.LineStates(c, ln) || e.x.Holds(c, ln.Notes) || e.x.Holds(c, ctx) || numberYears(c) && printsYears(c, ln.Text) {
				continue
			}
			// A sub-bullet is a detail of the item it sits under, whose
			// name, code, year or country says whose it is ("‘대만형
			// CHIPS’법 … 통과" over the rates it gives). An everyday word
			// there says what the item is about, not whose the sub-bullet
			// is; a word of the report's own that few passages hold names
			// the item as a name does (namesOne). (On the questions never
			// fitted, taking everyday words too, or the words asked
			// about, answered near misses, and so did specific words that
			// a tenth of the passages hold.)
			if above, ok := ps.Over(id, i); over && ok && e.namesItemOn(c, above) {
				continue
			}
			if e.filedUnder(c, id) {
				continue
			}
			if e.statedInside(own, c, ln) {
				continue
			}
			// Loosely, a line that names the company or country asked
			// about speaks of that subject, and a word typed right after
			// its name, of the report's common stock, that the passage
			// uses on another line (the subject's business or arm:
			// "파운드리" of the company) describes the same subject: the
			// figure on the line is the subject's. A name, code, number or the word asked
			// about still says which figure it is, and so does a word few
			// passages hold, which names one thing as a name does. (On
			// the questions never fitted, this hedged half a point fewer
			// answers and flagged as many near misses; taking rare words
			// too, or reading so without the subject named beside the
			// figure, flagged fewer, and taking any word of the question,
			// not only the one after the name, answered near misses of a
			// part the line does not state.)
			if subject && quals[c.Surface] && e.describes(c) && ps.States(c, id) {
				continue
			}
			miss = appendNew(miss, c.Surface)
		}
		if best < 0 || len(miss) < best {
			best, missing = len(miss), miss
		}
		if best == 0 {
			return nil, true
		}
	}
	return missing, best >= 0
}

// kindOn tells whether a line of a passage holds a thing of the kind q
// asks for (question.Kind): for a person, a title of office
// (q.Holder), as before a name ("연구책임자 윤정섭", "Project Leader:");
// for a place, a country or bloc the report names, or a company (whose
// site it may be), that the question does not name itself.
func (e *Engine) kindOn(q question.Query, own map[string]bool, text string) bool {
	if q.Holder != nil && q.Holder.MatchString(text) {
		return true
	}
	if q.Kind != question.KindPlace {
		return false
	}
	ents := e.x.Document().Entities
	for _, m := range []map[string]int{ents.PlaceMentions(text), ents.CompanyMentions(text)} {
		for name := range m {
			if !own[name] {
				return true
			}
		}
	}
	return false
}

// ownNames are the countries and companies the question names itself:
// the place asked for is not one of them.
func (e *Engine) ownNames(q question.Query) map[string]bool {
	own := map[string]bool{}
	for _, c := range q.Concepts {
		if name, ok := e.x.EntityOf(c); ok {
			own[name] = true
		}
	}
	return own
}

// unkinded is unstated for a thing of the kind q asks for.
func (e *Engine) unkinded(q question.Query, bind []question.Concept, own map[string]bool, id int) (missing []string, ok bool) {
	return e.unboundOn(func(_ int, ln search.Line) bool { return e.kindOn(q, own, ln.Text) }, bind, id, false, nil)
}

// describes tells whether c, held anywhere in a passage, describes the
// subject a line of it names: a word the report uses in more passages than
// a name (namesOne, ItemNameShare), that is no name, code, number,
// country or company, nor the word asked about.
func (e *Engine) describes(c question.Concept) bool {
	return !c.Must && !c.Number && !c.Entity && !c.Ask && !c.Name && float64(c.DF) > e.passages(e.x.Params().ItemNameShare)
}

// qualifiers are the words of q typed right after the name of a country
// or company: what they say of it (its business, its arm) qualifies that
// subject, where a word further on names a thing of its own.
func qualifiers(q question.Query) map[string]bool {
	var out map[string]bool // most questions have none: no map to make
	for i := 1; i < len(q.Concepts); i++ {
		if q.Concepts[i-1].Entity {
			if out == nil {
				out = map[string]bool{}
			}
			out[q.Concepts[i].Surface] = true
		}
	}
	return out
}

// namesSubject tells whether a line of passage id names d, a country or
// company: the line states it, or the passage's section or the block it
// was cut from does, or the passage is filed under it.
func (e *Engine) namesSubject(d question.Concept, ln search.Line, ctx search.Terms, id int) bool {
	if e.x.Passages().LineStates(d, ln) || e.x.Holds(d, ctx) {
		return true
	}
	return e.filedUnder(d, id)
}

// filedUnder tells whether c names a country or company that passage id
// is filed under ("(일본) …"): every line of the passage is about it,
// whether or not the line names it.
func (e *Engine) filedUnder(c question.Concept, id int) bool {
	name, isEntity := e.x.EntityOf(c)
	return isEntity && e.x.Passages().FiledUnder(id, name)
}

// allFiledUnder tells whether cs holds words and every one is a country or
// company passage id is filed under (filedUnder): they then tie every line
// of the passage alike, and pick none of its figures.
func (e *Engine) allFiledUnder(cs []question.Concept, id int) bool {
	for _, c := range cs {
		if !e.filedUnder(c, id) {
			return false
		}
	}
	return len(cs) > 0
}

// namesOne tells whether c, a word of the report's own, names one thing as
// a name does: as specific as a word that matters, and held by few of the
// report's passages (ItemNameShare).
func (e *Engine) namesOne(c question.Concept) bool {
	p := e.x.Params()
	return c.Spec >= p.MissingSpec && c.DF > 0 && float64(c.DF) <= e.passages(p.ItemNameShare)
}

// namesItem tells whether c, on the item a sub-bullet sits under, says
// whose the sub-bullet is: a name, code, year, country or a word of the
// report's own that few passages hold, not the word asked about.
func (e *Engine) namesItem(c question.Concept) bool {
	return !c.Ask && (c.Must || c.Entity || c.Number || c.Name || e.namesOne(c))
}

// namesItemOn tells whether c, held by the item line above a sub-bullet,
// says whose the sub-bullet is: a word that names the item (namesItem), or
// any word of the title the item prints in brackets or quotes (「AI-반도체
// 이니셔티브」), for a title names one thing, however many passages use its
// words elsewhere.
func (e *Engine) namesItemOn(c question.Concept, above search.Line) bool {
	if !e.x.Passages().LineStates(c, above) {
		return false
	}
	return e.namesItem(c) || !c.Ask && slices.ContainsFunc(titles(above.Text), func(t string) bool {
		return printsForm(c, t, strings.Contains)
	})
}

// titles are the stretches of text a report prints inside title brackets
// or quotes: 「…」, ‘…’ and “…”, each opener matched to its own closer.
func titles(text string) []string {
	opens, closes := []rune("「‘“"), []rune("」’”")
	var out []string
	for rest := text; ; {
		i := strings.IndexFunc(rest, func(r rune) bool { return slices.Contains(opens, r) })
		if i < 0 {
			return out
		}
		open, size := utf8.DecodeRuneInString(rest[i:])
		rest = rest[i+size:]
		j := strings.IndexRune(rest, closes[slices.Index(opens, open)])
		if j < 0 {
			return out
		}
		out = append(out, rest[:j])
		rest = rest[j:]
	}
}

// passages is share of the report's passages, as a count: a word held by
// fewer is rare in the report.
func (e *Engine) passages(share float64) float64 {
	return share * float64(len(e.x.Document().Passages))
}

// numberedTerm tells whether c joins a number to the word it numbers
// ("1단계", "2등급"): its terms are the whole word and its bare number. It
// returns c as the whole word alone.
func numberedTerm(c question.Concept) (question.Concept, bool) {
	whole, bare := "", false
	for _, t := range c.Terms {
		first, _ := utf8.DecodeRuneInString(t)
		if bareNumber(t) {
			bare = true
		} else if unicode.IsDigit(first) && !strings.ContainsFunc(t, isLatin) {
			whole = t
		}
	}
	c.Terms = []string{whole}
	return c, bare && whole != ""
}

// bareNumber tells whether t is a number strconv.Atoi reads. Most terms
// are words: they are told apart without the error Atoi makes of each.
func bareNumber(t string) bool {
	digits := t
	if len(digits) > 1 {
		digits = digits[1:] // the first may be a sign, which Atoi reads
	}
	if len(digits) == 0 || strings.ContainsFunc(digits, func(r rune) bool { return r < '0' || r > '9' }) {
		return false
	}
	_, err := strconv.Atoi(t) // a number too long for an int is none
	return err == nil
}

// isLatin tells whether r is a Latin letter: a number with one is a code
// or a unit ("2nm", "HBM3"), not a word numbered.
func isLatin(r rune) bool { return r < unicode.MaxASCII && unicode.IsLetter(r) }

// ownNumber is c as a line must state it to name what c names: a
// numbered word the report prints whole ("(1단계)"), a stage or grade of
// its own, by the whole word, for its bare number on a line is any other
// figure's ("1억 달러"). One the report never prints whole ("7곳" where it
// says "7개") is the asker's count, a figure a line states by its number.
func (e *Engine) ownNumber(c question.Concept) question.Concept {
	whole, ok := numberedTerm(c)
	if !ok {
		return c
	}
	for id := range e.x.Document().Passages {
		if e.x.Passages().Matches(whole, id) {
			return whole
		}
	}
	return c
}

// statedInside tells whether a word of bind other than c that ln states
// holds c inside it: a word the question types again inside a longer word
// of its own ("기관" of "연방기관별") is stated where the longer one is.
func (e *Engine) statedInside(bind []question.Concept, c question.Concept, ln search.Line) bool {
	return slices.ContainsFunc(bind, func(d question.Concept) bool {
		return d.Surface != c.Surface && inside(c, d) && e.x.Passages().LineStates(d, ln)
	})
}

// inside tells whether a term of c is part of a longer term of d.
func inside(c, d question.Concept) bool {
	return slices.ContainsFunc(d.Terms, func(t string) bool {
		return slices.ContainsFunc(c.Terms, func(ct string) bool { return len(ct) > 0 && len(ct) < len(t) && strings.Contains(t, ct) })
	})
}

// passing tells whether c names a country the report names only in
// passing (entity.Set.PassingCountry): no covered subject, but still the
// one a date or figure asked is of.
func (e *Engine) passing(c question.Concept) bool {
	ents := e.x.Document().Entities
	return slices.ContainsFunc(c.Terms, func(t string) bool {
		_, ok := ents.PassingCountry(t)
		return ok
	})
}

// whichOf is bind, the words the date q asks must be stated beside, with
// q's heaviest other word where bind holds only the countries or companies
// q names: a subject has many dates, and a line that states one of them
// beside its name states the one asked only if it holds what the question
// says it is the date of (a product's launch, not the company's
// partnership of another year), of those that can say so (saysWhatOf).
// (A question for a figure is left as binding reads it.)
func (e *Engine) whichOf(q question.Query, bind []question.Concept) []question.Concept {
	p := e.x.Params()
	if !q.When || len(bind) == 0 || p.OfSpec > 1 || slices.ContainsFunc(bind, func(c question.Concept) bool { return !c.Entity }) {
		return bind
	}
	best := -1
	for i, c := range q.Concepts {
		if !saysWhatOf(q, c, p.OfSpec) {
			continue
		}
		if best < 0 || c.Weight > q.Concepts[best].Weight {
			best = i
		}
	}
	if best < 0 {
		return bind
	}
	return append(slices.Clone(bind), q.Concepts[best])
}

// saysWhatOf tells whether c, a word of q, can say what the date q asks
// is of (whichOf): a Korean word the report uses, of at least spec (an
// English word reaches the report only through the glossary, which may
// miss the word a line uses). A name, a verb, a number, the word asked
// about, a word asking for sources or naming a part of the report, and a
// word of the asker's remark say no such thing.
func saysWhatOf(q question.Query, c question.Concept, spec float64) bool {
	if c.Entity || c.Must || c.Number || c.Verbal || c.Source || c.Part || c.Ask || c.DF == 0 || c.Spec < spec {
		return false
	}
	return analysis.HasHangul(c.Surface) && !remarked(q, c)
}
