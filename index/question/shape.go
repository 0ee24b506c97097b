package question

import "strings"

// Shape is what a question's text alone says of the evidence it asks
// for: a date, a sum, a figure or none by its question words, the unit an
// English question names, what is typed after 몇, whether it counts things
// and whether it asks what a term means. None of it depends on a report,
// so a shelf reads it once per question (Patterns.Read) and the reader of
// every report it asks takes it from the question instead of running the
// same patterns again.
type Shape struct {
	// text is the text read, so that a shape is never used for another.
	text string
	want wanted
	// englishUnit are the submatches of a unit of measure an English
	// question asks "how many", "what" or "which" of (a percent, a
	// nanometre, zettabytes); afterHow those of what
	// is typed after 몇. Either is nil when the question has none.
	englishUnit, afterHow []string
	counts, define        bool
	// datePart is the part of a date finer than its year that the
	// question asks for (월, 일), dateWord its own words for it
	// (expectation.finest).
	datePart, dateWord string
	// kind is the kind of thing the question asks for beyond a date or
	// figure (a person, a place), and kindWord the question's own word
	// for it, which a hedge names; part is set when the question asks for
	// a part of a whole ("how much … went to").
	kind     Kind
	kindWord string
	part     bool
	// whether is set when the question asks whether the report gives
	// something.
	whether bool
	// partWord is the question's own words for asking a part ("went
	// to", "how much of that", "그중"), which a rewrite of it carries.
	partWord string
}

// Kind is the kind of thing a question asks for that is no date or
// figure: a "who" of an office wants a person, a "where" of a site a
// place. A line that holds no such thing does not answer, whatever else
// of the question it holds.
type Kind int

// The kinds a question's words can ask for.
const (
	KindNone Kind = iota
	// KindPerson is asked by a question word for a person with a word of
	// office ("who chairs", "who is the CEO").
	KindPerson
	// KindPlace is asked by a question word for a place with a verb of
	// siting ("어디에 지어").
	KindPlace
)

// wanted is the kind of evidence the question words ask for (see
// expectation.of).
type wanted int

const (
	wantsNothing wanted = iota
	wantsDate
	wantsMoney
	wantsFigure
)

// Read returns a with its shape read: the readers of every report then
// read it from a (Reader.Analyse). Patterns compiled apart read alike, so
// a shape read by one serves the readers of any.
func (p *Patterns) Read(a Asked) Asked { return p.expect.read(a) }

// ReadShape is Patterns.Read by the reader's own patterns.
func (x *Reader) ReadShape(a Asked) Asked { return x.expect.read(a) }

func (e expectation) read(a Asked) Asked {
	if a.Err() != nil {
		return a // never analysed
	}
	s := e.shape(a.text)
	a.shape = &s
	return a
}

// shapeOf is the shape of a's text: the one a carries when it was read,
// else read now.
func (e expectation) shapeOf(a Asked) *Shape {
	if a.shape != nil && a.shape.text == a.text {
		return a.shape
	}
	s := e.shape(a.text)
	return &s
}

// shape reads q's shape.
func (e expectation) shape(q string) Shape {
	s := Shape{text: q, want: e.of(q), define: e.asksMeaning.MatchString(q),
		afterHow: e.afterHow.FindStringSubmatch(q)}
	// A date asked by its parts ("몇 년 몇 월") is asked to the finest of
	// them: the year alone does not answer. (A question with one 몇 at
	// most asks none so, and is not searched again.)
	if strings.Count(q, "몇") > 1 {
		if all := e.afterHow.FindAllStringSubmatch(q, -1); len(all) > 1 && strings.HasPrefix(all[0][1], "년") {
			for _, m := range all[1:] {
				if _, ok := opensDatePart(m[1]); ok {
					s.afterHow = m
				}
			}
		}
	}
	for _, m := range e.englishUnit.FindAllStringSubmatch(q, -1) {
		if e.englishUnits[strings.ToLower(m[1])] != "" { // not "what share", "which companies"
			s.englishUnit = m
			break
		}
	}
	// A date asked to its month or day ("며칠", "what month") is asked
	// for whether or not a word that asks for a date is typed; a line
	// that prints its year alone does not state it (Query.DateTo).
	var finer bool
	s.datePart, s.dateWord, finer = e.finest(q, s.afterHow)
	if finer && s.want == wantsNothing {
		s.want = wantsDate
	}
	// "how many zettabytes" asks a measure in a unit, not a count of things
	s.counts = e.countsThings(q, s.afterHow) && s.englishUnit == nil
	s.kind, s.kindWord = e.kindOf(q)
	s.whether = e.asksWhether.MatchString(q) && !e.whWord(q)
	// A part of a whole is a share of an amount: a date is no part of
	// one.
	if s.asksFigure() {
		s.partWord = e.asksPart.FindString(q)
		s.part = s.partWord != ""
	}
	return s
}

// asksFigure tells whether the question words ask a sum or a figure: a
// date asked by its parts alone (finest) makes neither.
func (s *Shape) asksFigure() bool { return s.want == wantsMoney || s.want == wantsFigure }

// kindOf reads the kind of thing q asks for, and q's own word for it:
// a person when "who" meets a word of office ("chairs", "CEO"), the
// office being what is missing when no line names its holder; a place
// when a question word for a place meets a verb of siting ("어디에 짓"),
// the question word being what is missing, or when "which" asks a noun
// of place ("which city"), the two words being what is missing.
func (e expectation) kindOf(q string) (Kind, string) {
	if e.asksWho.MatchString(q) {
		if m := e.office.FindString(q); m != "" {
			return KindPerson, m
		}
	}
	if m := e.asksWhere.FindString(q); m != "" {
		if f := strings.Fields(m); strings.EqualFold(f[0], "which") {
			// "which cities": the hedge names the kind of place asked
			return KindPlace, f[0] + " " + f[1]
		}
		return KindPlace, "어디"
	}
	return KindNone, ""
}

// countsThings tells whether a question asks how many things there are: a
// counter after 몇 (the submatches of afterHow), or "how many", and no word
// of money.
func (e expectation) countsThings(q string, afterHow []string) bool {
	if e.asksMoney.MatchString(q) {
		return false
	}
	if m := afterHow; m != nil && e.counts(m[1]) {
		return true
	}
	return strings.Contains(strings.ToLower(q), "how many")
}
