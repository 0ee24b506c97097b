package answer

import (
	"regexp"
	"strings"

	"github.com/stepi-tools/reportbot/index/question"
)

// implied reads, in a question no question word makes one for a date or a
// figure, a word that names a quantity: a count ("인재 수는?", "head
// count"), a rate or a share ("자립화율은", "what share"), a level ("기술
// 수준"), a size ("모델 크기", "사이즈"), a capacity, or an outlook or
// target for a year ("2025년 전망", "target for 2025"). The top passage's
// figure beside the question's words then answers it in one line. Where
// the question asks no figure, it is read for that line alone: what ranks
// and hedges an answer is the question's own expectation, which stays
// nil. Where it asks one, the same reading says of what kind
// (a percentage for a rate or share, a span for how long), for the hedge
// as for the line (Engine.decide).
type implied struct {
	// counts names a count of things, which a sum of money does not
	// answer; rates a rate or share, which a percentage answers; figures
	// any other quantity.
	counts, rates, figures *regexp.Regexp
	// shares names a share of a whole ("비중", "what share"): where the
	// question asks for a figure, a percentage states it, as it does a
	// rate. ("percentage" names the unit, which the reader reads.)
	shares *regexp.Regexp
	// volumes names a volume or total, which is an amount: quantity
	// answers it, as it does "how much".
	volumes *regexp.Regexp
	// events names a thing that happens once (a launch, a release, an
	// unveiling). A question that names an event as a noun phrase
	// ("Falcon launch", "Gaudi 발표") asks when it happened.
	events *regexp.Regexp
	// date is what a date looks like on a line, as the question's reader
	// reads one.
	date *regexp.Regexp
	// relative asks for one thing relative to another ("미국 대비", "미국과
	// 비교하면", "relative to the US"): one figure answers it, not each
	// side's.
	relative *regexp.Regexp
	// lasting asks how long something lasts ("how long", "얼마나 오래",
	// "몇 년간"); span is what answers it, a figure in a unit of time.
	lasting, span *regexp.Regexp
	// figure is a digit that is no part of a name or code (H100, GPT-4),
	// as the question's reader reads one; percent a percentage.
	figure, percent *regexp.Regexp
	// asksDate finds a word that asks for a date, as the question's
	// reader finds one.
	asksDate *regexp.Regexp
	// asksAmount finds the words that ask an amount ("how much", 얼마),
	// which quantity states: a figure of the kind of an amount (a sum, a
	// share, a multiple, a level, a measure, a large magnitude), as the
	// question's reader reads one (question.Evidence). It is not amount
	// above, any figure but a percentage, which a volume or total asks.
	asksAmount, quantity *regexp.Regexp
	// lineup names the set of the things asked ("라인업"): a
	// list of figures states it.
	lineup *regexp.Regexp
	// version is the number a name of a product carries ("Loihi 2칩"),
	// which counts nothing: a capitalised word, not an acronym, as a
	// company's (TSMC 5개) counts what follows it.
	version *regexp.Regexp
}

// after is what may follow a Korean word that names a quantity: a
// particle, the end of the word, or a figure typed against it (a year
// the quantity is of, "건수2023년"), which ends the word as a space does.
const after = `(?:[은는이가을를도]|\s|[?？]|\d|$)`

// newImplied reads by the reader's evidence p.
func newImplied(p question.Evidence) implied {
	return implied{
		// a counter glued to 수 ("출원건수", "개수") counts as 수 alone does
		counts: regexp.MustCompile(`(?i)(?:^|\s|[건개])수` + after + `|\bnumber of\b|\bcount\b`),
		rates:  regexp.MustCompile(`(?i)[가-힣][율률]` + after + `|\brates?\b`),
		shares: regexp.MustCompile(`(?i)비중|\bshares?\b`),
		// a volume or total is an amount, which no percentage states (a
		// line's growth rate is not the volume it grows to), nor a
		// process node's length (1.4nm). (The Korean words for one,
		// 생산량 or 유통량, changed no reply on the never-fitted and
		// shared sets, and went.)
		volumes: regexp.MustCompile(`(?i)\b(?:volume|total)\b`),
		figures: regexp.MustCompile(`(?i)(?:^|\s)정도` + after + `|(?:수준|규모|사이즈|크기)` + after + `|어느\s*정도` +
			`|\b(?:scale|score|figures|numbers)\b` +
			`|(?:19|20)?\d\d년\S*\s*(?:전망|목표)` +
			`|\b(?:level|capacity)\b|\b(?:target|forecast)s?\s+for\s+(?:19|20)\d\d\b`),
		events:     regexp.MustCompile(`(?i)출시|발표|공개|양산|\b(?:launch|releas(?:e[sd]?)|unveil(?:ed)?)\b`),
		date:       p.Date,
		asksDate:   p.AsksDate,
		asksAmount: p.AsksAmount,
		quantity:   p.Amount,
		lasting:    regexp.MustCompile(`(?i)\bhow (?:long|many years)\b|얼마나\s*오래|몇\s*년\s*(?:간|동안)`),
		span:       regexp.MustCompile(`(?i)\d[\d,.]*\s*(?:개년|년간)`),
		relative:   regexp.MustCompile(`(?i)대비|비교|\bcompared with\b`),
		figure:     p.Figure,
		percent:    regexp.MustCompile(`\d[\d,.]*\s*%`),
		version:    regexp.MustCompile(`\b[A-Z][a-z]+\s+\d(?:\.\d)?`),
		lineup:     regexp.MustCompile(`(?i)라인업`),
	}
}

// of returns q as the one-line answer reads it, w being the wording of
// q's text (its facts impliedCounts to impliedEvent): with the expectation of a figure where q names a quantity
// but asks for no date or figure. The
// words the question's reader already takes to ask for one ("비율",
// "share", "수치", "출시일", "by when") never reach it, so the patterns
// above hold only the others.
// A question that names a count ("what number of …") is counting things
// whatever its question word, and a sum of money is no answer to it.
func (m implied) of(q question.Query, w *wording) question.Query {
	return m.read(q, w, false)
}

// ofPart is of for one part of a question that asks several things
// (wording.parts), w being the part's wording: a part's "how much" is
// read as any figure, not an amount, as which of two parts a figure
// answers is told by what the other part reads (partsLine), and a share
// answers "how much" of a part.
func (m implied) ofPart(q question.Query, w *wording) question.Query { return m.read(q, w, true) }

// read is of, for a part of a question of several where part is set.
func (m implied) read(q question.Query, w *wording, part bool) question.Query {
	if q.Define {
		return q
	}
	counts := w.is(impliedCounts)
	if q.Expect != nil {
		q.Counts = q.Counts || counts && q.Unit == ""
		// A question for any figure that names a rate or a share of what
		// it asks ("what share of the total did the state put in")
		// is answered by a percentage: the sum beside it on the line is
		// what it is a share of. (A question that names a unit expects a
		// figure in it, not any figure.)
		if sameSource(q.Expect, m.figure) && (w.is(impliedRates) || w.is(impliedShares)) {
			q.Expect = m.percent
		}
		// "How much" or "how big" asks an amount, which any figure does
		// not state: a year, a count of sites or a process node beside
		// the question's words is the figure of another thing. (A count
		// asked, or a unit named, says its kind already; the parts of a
		// question of several are read by one another: ofPart.)
		if !part && sameSource(q.Expect, m.figure) && q.Unit == "" && !q.Counts && len(w.parts()) == 0 && m.asksAmount.MatchString(q.Text) {
			q.Expect = m.quantity
		}
		// A question for how long something lasts asks a span of time:
		// a sum, a count or a date on the line is no answer to it, though
		// it names the money the span is of (how long a subsidy's terms
		// bind its recipients: the subsidy is not what is asked) or
		// counts the years ("how many years").
		if m.lasting.MatchString(q.Text) && q.Unit == "" && !sameSource(q.Expect, m.date) {
			q.Expect, q.Counts = m.span, false
		}
		return q
	}
	switch {
	case w.is(impliedRates):
		q.Expect = m.percent
	case counts:
		q.Expect, q.Counts = m.figure, true
	case w.is(impliedVolumes):
		q.Expect = m.quantity
	case w.is(impliedFigures):
		q.Expect = m.figure
	case w.is(impliedEvent):
		q.Expect = m.date
	}
	return q
}

// namesEvent tells whether text is a noun phrase whose head is an event:
// its last word is an event word ("GH200 생산 발표", "the watsonx release"),
// or, in English, the phrase opens with the event of what follows
// ("release of …"). An event word that qualifies another noun ("발표 전략
// 방향") names no event asked. (A word for the start, plan or time of an
// event after it, "양산 시작" or "launch year", changed no never-fitted
// figure, and went.)
func (m implied) namesEvent(text string) bool {
	words := strings.Fields(strings.TrimRight(text, "?？!. "))
	if len(words) > 0 && m.events.MatchString(words[len(words)-1]) {
		return true
	}
	first := 0
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		first = 1
	}
	return len(words) > first+1 && m.events.MatchString(words[first]) && strings.EqualFold(words[first+1], "of")
}

// sameSource tells whether re, a question's expectation, is the reader's
// pattern want (m.figure, m.date: question.Evidence). These tables share
// the reader's question.Patterns where NewTables is given them, but may
// be built over Patterns of their own, so a pattern the reader chose is
// want by its source, not only by its address. (A pattern of m's own,
// m.span, is set by of alone and is m's by address.)
func sameSource(re, want *regexp.Regexp) bool { return re == want || re.String() == want.String() }

// kind tells whether c is a word that names the kind of answer rather
// than what it is of: a word the question's reader takes alone to ask
// for a date (a date answers it), a rate and nothing else ("rates": a
// percentage answers it), a quantity's kind and nothing else ("score",
// "수준": the figure is it), or the set of the things asked ("라인업": the
// figures listed are it).
// That the report never uses such a word says nothing of whether it
// states the answer. A rate of something ("가동률") names what it is
// of: that the report never uses it is that it states no such figure.
func (m implied) kind(c question.Concept) bool {
	if m.asksDate.MatchString(c.Surface) || m.lineup.MatchString(c.Surface) {
		return true
	}
	// the word is a rate or a quantity's kind as a whole ("score",
	// "수준"), not a rate or level of something
	for _, whole := range []*regexp.Regexp{m.rates, m.figures} {
		if len(whole.ReplaceAllString(c.Surface, "")) == 0 {
			return true
		}
	}
	return false
}

// datePhrase tells whether c is a word of a phrase of text that asks for a
// date ("which year"): the phrase, not the word alone, asks, and a date
// answers it, as kind reads a word that asks so alone.
func (m implied) datePhrase(text string, c question.Concept) bool {
	for _, span := range m.asksDate.FindAllString(text, -1) {
		if strings.Contains(strings.ToLower(span), strings.ToLower(c.Surface)) {
			return true
		}
	}
	return false
}
