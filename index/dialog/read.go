package dialog

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"

	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

// message is a message as the dialog reads it.
type message struct {
	text string // as typed
	// pieces are text's words as typed apart (Index.Pieces), cut once
	// here: frame words are looked for in them, and a detail a hedge
	// names is one typed as a word of its own (repeated).
	pieces                    []string
	slots                     []Slot // content words, frame words left out
	pronoun, possessive, cont bool
	// ofReport is set for a determiner before a word for the report
	// itself ("이 연구", "this report"), pointer for one before anything
	// else: only that one points at the last answer's thing.
	ofReport, pointer bool
	more, source      bool
	// compare is set for a message that sets things side by side ("둘 중
	// 어디가 더 커?").
	compare bool
	// choose is set for a message that asks which of some things
	// (frame.choose).
	choose bool
	// own are the message's concepts as the index read them, frame words
	// left out: what a follow-up itself asks, as against what it carries.
	own []question.Concept
	// part is set for a message that asks an amount of a part of a
	// whole ("how much of that went to …"), partWord its words for it.
	part     bool
	partWord string
	// near are the passages the turn it follows showed: a rewrite asks
	// beside them (question.Asked.Beside).
	near []int
	// query is the message read alone, as the index analysed it: read
	// once here, for what the message asks and for its own lines.
	query question.Query
	// alone holds the answer to the message asked as typed, once asked:
	// several readings of a follow-up weigh it (plain, the fused second
	// reading), and each ask is a search.
	alone *aloneAnswer
}

// aloneAnswer is the answer engine's reply to a message asked as typed,
// with up to n results.
type aloneAnswer struct {
	n   int
	ans answer.Answer
}

// asksValue tells whether the message, read alone, asks a date or figure
// (question.Query.Expect).
func (m message) asksValue() bool { return m.query.Expect != nil }

// ownQuery is the message's query with its own concepts only, frame words
// left out: what scores a line by what the message itself asks.
func (m message) ownQuery() question.Query { return m.queryOf(m.own...) }

// ownNamed is the message's own concept that slot s names, false when s
// names none of them (a carried word): what aside and shownHold weigh s by.
func (m message) ownNamed(s Slot) (question.Concept, bool) {
	i := slices.IndexFunc(m.own, func(c question.Concept) bool { return c.Named() == s.Text })
	if i < 0 {
		return question.Concept{}, false
	}
	return m.own[i], true
}

// queryOf is the message's query asking for concepts cs only (some of its
// own: ownQuery, ownWordScores), with how it asks (the date or figure it
// expects) kept.
func (m message) queryOf(cs ...question.Concept) question.Query {
	q := m.query
	q.Concepts = cs
	return q
}

// content returns the slots that say something of their own: not source
// words.
func (m message) content() []Slot {
	var out []Slot
	for _, s := range m.slots {
		if s.Kind != SlotSource {
			out = append(out, s)
		}
	}
	return out
}

// bare tells whether the message is only names, codes or years: an
// ellipsis that keeps the rest of the previous ask. In a message typed in
// English, a plain word the report never uses that no question word asks
// about ("and the China tally?", "Korea's ballpark?") names nothing the report
// could answer of its own: the report is Korean, and such a word is one
// the glossary cannot carry into it, how the asker put the switch or a
// detail the previous ask's passages do not give, which the rewrite's
// hedge names as in any follow-up. Either way the new name takes the old
// one's place in the whole previous ask, not in its topic alone. A Korean
// message's word the report never uses is no glossary gap ("정확히" beside
// a name asks of the name itself), nor is a piece of a message typed
// without spaces, which the analyser's cut guessed.
func (m message) bare() bool {
	c := m.content()
	if len(c) == 0 || m.source || len(topicOf(c)) == 0 {
		return false
	}
	english := !analysis.HasHangul(m.text) && strings.ContainsRune(strings.TrimSpace(m.text), ' ')
	for _, s := range c {
		if !s.Kind.topical() && !(english && unasked(s)) {
			return false
		}
	}
	return true
}

// pointsBack tells whether the message points back with a word of its
// own, a pronoun ("그거", "it") or a possessive ("걔네", "their"), at what
// the thread showed.
func (m message) pointsBack() bool { return m.pronoun || m.possessive }

// findsNothing tells whether the message's own words are all words the
// report never uses, each typed as a word of its own: no passage holds
// them, so a rewrite finds its passages by the carried words alone. A
// piece the analyser cut from a run typed without spaces is its guess at
// a word, not the asker's: another cut might be one the report uses.
func (m message) findsNothing() bool {
	c := m.content()
	if len(c) == 0 || len(known(c)) > 0 {
		return false
	}
	typed := words(m.text)
	for _, s := range c {
		if !typedAsWord(typed, s.Text) {
			return false
		}
	}
	return true
}

// typedAsWord tells whether w is typed as a word of its own: one of typed,
// the message's words, opens with it (a piece the analyser cut from inside
// a run typed without spaces is not).
func typedAsWord(typed []string, w string) bool {
	w = strings.ToLower(w)
	return slices.ContainsFunc(typed, func(t string) bool { return strings.HasPrefix(t, w) })
}

// unasked tells whether s is a plain word the report never uses that no
// question word asks about.
func unasked(s Slot) bool {
	return s.Kind == SlotWord && s.Unknown && !s.Asked && !s.Verbal
}

// ownTopic tells whether the message names a topic of its own, one the
// previous turn did not have.
func (m message) ownTopic(prev []Slot) bool {
	for _, s := range m.content() {
		if s.Kind.topical() && !hasSlot(prev, s) {
			return true
		}
	}
	return false
}

// renames tells whether the message names again the thread's topic and
// asks something of its own of it: it has a topical slot, none of its own
// beside carried (ownTopic), and a word it asks besides. Not a pronoun
// message, which points at the last answer's subject, nor one asking for
// more, which reads the thread's frame.
func (m message) renames(carried []Slot) bool {
	return !m.pronoun && !m.more && len(topicOf(m.content())) > 0 && len(asks(m.content())) > 0 && !m.ownTopic(carried)
}

// moreOf tells whether the message asks for more of what the turn last was
// about ("다른 규제도 있어?", "any other measures?"): a word
// asking for more, no comparison, no topic of its own, and a word of its own
// that the last turn had or showed. A message that brings a new thing with
// its "other" ("다른 얘긴데 …", "anything on their chips?") asks about that.
func (m message) moreOf(last Turn) bool {
	c := m.content()
	if !m.more || m.compare || len(c) == 0 || m.ownTopic(last.Slots) {
		return false
	}
	shown := last.excerpts()
	forms := wordForms(shown)
	for _, s := range c {
		if hasSlot(last.Slots, s) || forms[formOf(s.Text)] || slices.ContainsFunc(shown, func(ex string) bool {
			return strings.Contains(strings.ToLower(ex), strings.ToLower(s.Text))
		}) {
			return true
		}
	}
	return false
}

// asksOther tells whether the message asks for other things of what the
// thread has been reading, in words of its own ("any other measures?",
// "다른 사례도 있어?"): a word asking for more, words
// beside it, and neither a comparison nor a choice among what was shown.
func (m message) asksOther() bool {
	return m.more && !m.compare && !m.choose && len(m.content()) > 0
}

// typedHolds tells whether text holds a term of a word the message typed
// that the report uses: a line stating what the asker names.
func (m message) typedHolds(text string) bool {
	low := strings.ToLower(text)
	return slices.ContainsFunc(m.own, func(c question.Concept) bool {
		return !c.Verbal && c.DF > 0 && !c.Carried && slices.ContainsFunc(c.Terms, func(t string) bool {
			return t != "" && strings.Contains(low, strings.ToLower(t))
		})
	})
}

// wordForms returns the forms of the words of texts (formOf), read once
// for all the words a message checks against them.
func wordForms(texts []string) map[string]bool {
	out := map[string]bool{}
	for _, text := range texts {
		for _, t := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			out[formOf(t)] = true
		}
	}
	return out
}

// formOf is the English stem of w, lower-cased: a text holds another form
// of w ("invests" where the lines say "investments") where its
// wordForms hold formOf(w). The index matches English words by their
// stem, and so does the asker, who names the thing the lines were about
// in a form of their own. (A Korean word has no English ending to take
// off: it is compared whole.)
func formOf(w string) string { return english.Stem(strings.ToLower(w), false) }

// foreign tells whether every content word of the message is a plain word
// the report never uses, and nothing in it refers back. A verb's form
// ("들었어", "나왔대") says how things stand, not what about: the report
// never printing the asker's inflection of it says nothing of the topic,
// so a message of verbs alone brings no word of its own.
func (m message) foreign() bool {
	if !m.standsAlone() {
		return false
	}
	c := m.content()
	nouns := 0
	for _, s := range c {
		if s.Verbal && s.Unknown {
			continue
		}
		if !s.Unknown {
			return false
		}
		nouns++
	}
	return nouns > 0
}

func hasSlot(ss []Slot, s Slot) bool {
	for _, t := range ss {
		if strings.EqualFold(t.Text, s.Text) {
			return true
		}
	}
	return false
}

// shorthand tells whether c is typed shorthand for a word ("pls", "thx"):
// a word in small Latin letters with no vowel, which the general list does
// not hold and the report never prints. No English word is spelt without
// one, and a code or name the asker means is typed in capitals or found in
// the report: what is left is how the asker types, nothing they ask.
func shorthand(c question.Concept) bool {
	if c.Listed || c.Name || c.DF > 0 || c.Surface == "" {
		return false
	}
	for _, r := range c.Surface {
		if r < 'a' || r > 'z' || strings.ContainsRune("aeiouy", r) {
			return false
		}
	}
	return true
}

// read turns a message into slots and flags.
func (e *Engine) read(asked question.Asked) message {
	msg := asked.Text()
	pieces := e.x.Pieces(msg)
	m := message{text: msg, pieces: pieces, alone: &aloneAnswer{}}
	for i, w := range pieces {
		switch {
		case (in(e.frame.pronoun, w) || in(e.frame.possessive, w)) && i+1 < len(pieces) && e.namesReport(pieces[i+1]):
			// "이 연구", "this report": the report itself, not the last
			// answer's thing (beyond); the flags stay as before, which the
			// rewrite reads
			m.ofReport = true
			m.pronoun = m.pronoun || in(e.frame.pronoun, w)
			m.possessive = m.possessive || !in(e.frame.pronoun, w)
		case in(e.frame.pronoun, w):
			m.pointer = true
			m.pronoun = true
		case in(e.frame.possessive, w):
			m.pointer = true
			m.possessive = true
		case in(e.frame.continuer, w):
			m.cont = true
		case in(e.frame.more, w):
			m.more = true // "more", "anything else to see?": stop words to the index
		}
		if in(e.frame.choose, w) {
			m.choose = true
		}
	}
	m.compare = e.frame.compares(pieces)
	m.query = e.x.Analyse(asked)
	q := m.query
	m.source = q.WantsSource && !remarkSource(q)
	m.part, m.partWord = q.Part, q.PartWord
	hasWhere, hasFrom := false, false
	whenceVerb := ""
	for i, w := range pieces {
		hasWhere = hasWhere || in(e.frame.whence, w)
		hasFrom = hasFrom || w == "from"
		// A Korean where-from ("어디서") holds its "from" in its particle,
		// and the word after it is its verb ("어디서 나온"): that it came
		// from somewhere, no topic of the message.
		if in(e.frame.whenceFrom, w) && i+1 < len(pieces) {
			hasWhere, hasFrom = true, true
			whenceVerb = pieces[i+1]
		}
	}
	subjectEnd := -1
	// Shorthand beside a word the report uses is how the asker types
	// around what they ask; typed with none, it is all the message says,
	// and is read as typed.
	worded := slices.ContainsFunc(q.Concepts, func(c question.Concept) bool { return c.DF > 0 })
	for _, c := range q.Concepts {
		// A common English word the report never uses ("good", "make") is
		// the asker's talk, no topic of the message: as one, it would
		// keep "good, and China?" from being read as the last question
		// of China, or be named as what the report lacks. Nor is the
		// report's own publisher a topic (publisher).
		if e.frameConcept(c, &m) || c.DF == 0 && (e.talk(c) || worded && shorthand(c)) || e.publisher(c) {
			continue
		}
		s := e.slot(c)
		// A detail the message asks whether the report gives is asked
		// about, as one its question word asks about is: the rewrite
		// drops the words that asked whether. (On the conversations
		// never fitted, this flagged two near misses more and hedged no
		// answer more.)
		s.Verbal, s.Spec, s.Asked = c.Verbal, c.Spec, c.Ask || c.Detail
		s.Part = c.Part || in(e.frame.caption, strings.ToLower(s.Text))
		s.Remark, s.Aside = c.Remark, c.Aside
		if subjectEnd < 0 && marksSubject(c) {
			subjectEnd = len(m.slots)
		}
		m.slots = append(m.slots, s)
		m.own = append(m.own, c)
	}
	for i := 0; i <= subjectEnd; i++ {
		m.slots[i].Subject = true
	}
	if !asksOwnTopic(m.slots) {
		for i := range m.slots {
			m.slots[i].Aside = false
		}
	}
	if hasWhere && hasFrom && onlyWord(m.content(), whenceVerb) {
		m.source = true
	}
	return m
}

// asksOwnTopic tells whether the sentences of a message that ask name a
// word the report uses, beside its asides and remarks: then the asides
// set the asker's scene (Slot.Aside).
func asksOwnTopic(ss []Slot) bool {
	return slices.ContainsFunc(ss, func(s Slot) bool { return !s.Remark && !s.Aside && !s.Unknown })
}

// onlyWord tells whether ss holds no slot but one of the word w (none, if
// w is empty).
func onlyWord(ss []Slot, w string) bool {
	for _, s := range ss {
		if w == "" || !strings.EqualFold(s.Text, w) {
			return false
		}
	}
	return true
}

// remarkSource tells whether every source word of q is in the remark a
// Korean question leaves open after its last "?" ("…? 발표 자료에 넣으려고":
// Concept.Aside): the asker's own material, as in a clause that sets the
// scene (question's toldFirst), no request for the sources of what the
// thread showed. A sentence a full stop ends may still ask ("출처도
// 알려주세요."), as may a run left open that is no remark.
func remarkSource(q question.Query) bool {
	ask := strings.LastIndexAny(q.Text, "?？")
	if ask < 0 || !analysis.HasHangul(q.Text) || strings.ContainsAny(q.Text[ask:], ".!") {
		return false // no run left open after the question
	}
	n := 0
	for _, c := range q.Concepts {
		if !c.Source {
			continue
		}
		if !c.Aside || strings.Contains(q.Text[:ask], c.Surface) {
			return false
		}
		n++
	}
	return n > 0
}

// latinName tells whether a term is a word in Latin letters.
func latinName(t string) bool {
	return t != "" && !analysis.HasHangul(t) && strings.IndexFunc(t, unicode.IsLetter) >= 0
}

// marksSubject tells whether a Korean word carries a topic or subject
// particle: "전략은", "IBM이".
func marksSubject(c question.Concept) bool {
	if len(c.Terms) == 0 {
		return false
	}
	rest, ok := strings.CutPrefix(strings.ToLower(c.Surface), c.Terms[0])
	if !ok {
		return false
	}
	switch rest {
	case "은", "는", "이", "가":
		return true
	}
	return false
}

// subjectOf returns what a turn's question was about: the words its
// particle marks, else its names and codes, else all its words.
func subjectOf(ss []Slot) []Slot {
	var out []Slot
	for _, s := range ss {
		if s.Subject {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		out = topicOf(ss)
	}
	if len(out) == 0 {
		out = ss
	}
	return out
}

// askedAnswer tells whether turn last asked for a thing its answer gives:
// what something is, or, where no particle marked what the question is
// about (Slot.Subject), a date or a figure (question.Query.Expect). A
// pronoun after it ("그건 어디에 쓰여?", "what is it for?") stands for that
// answer, which only the whole question found, rather than for the
// question's names; a subject the question marked ("X는 얼마야?") is what
// a pronoun after a date or a figure names.
func (e *Engine) askedAnswer(last Turn) bool {
	if e.askedWhat(e.x.Pieces(last.Question)) {
		return true
	}
	return !slices.ContainsFunc(last.Slots, func(s Slot) bool { return s.Subject }) &&
		e.x.Analyse(question.Plain(last.Asked)).Expect != nil
}

// askedWhat tells whether a question, its pieces ws as typed apart
// (Index.Pieces), asked what something is.
func (e *Engine) askedWhat(ws []string) bool {
	for _, w := range ws {
		if in(e.frame.what, w) {
			return true
		}
	}
	return false
}

// frameConcept tells whether a concept is a dialog frame word, and notes
// what it says about the message.
func (e *Engine) frameConcept(c question.Concept, m *message) bool {
	keys := append([]string{strings.ToLower(c.Surface)}, c.Terms...)
	for _, k := range keys {
		switch {
		case in(e.frame.pronoun, k):
			m.pronoun = true
		case in(e.frame.possessive, k):
			m.possessive = true
		case in(e.frame.continuer, k):
			m.cont = true
		case in(e.frame.more, k):
			m.more = true
		case in(e.frame.compare, k):
			m.compare = true
		default:
			continue
		}
		return true
	}
	return false
}

// slot types one concept: a country or company of the entity table, a
// country the report names only in passing or not at all, an unknown proper
// noun, a year, a code, a source word or a plain word.
func (e *Engine) slot(c question.Concept) Slot {
	text := c.Surface
	if analysis.HasHangul(c.Surface) && len(c.Terms) > 0 && !strings.Contains(c.Surface, " ") {
		text = c.Terms[0] // the stem, particles removed
	}
	if c.Entity || c.DF == 0 {
		names := []string{c.Surface, text}
		if c.Entity {
			// The index reads a country's or company's other forms as its
			// names ("Chinese" holds 중국): the slot is that country.
			names = append(names, c.Terms...)
		}
		for _, name := range names {
			if r, err := e.ents.Country(name); err == nil && (c.Entity || !r.Typo) {
				return Slot{Kind: SlotCountry, Text: r.Name, English: r.English}
			}
			if r, err := e.ents.Company(name); err == nil && (c.Entity || !r.Typo) {
				return Slot{Kind: SlotCompany, Text: r.Name, English: r.English}
			}
		}
	}
	if p, ok := e.ents.PassingCountry(text); ok {
		return Slot{Kind: SlotPassing, Text: p.Name, English: p.English}
	}
	for _, k := range append([]string{c.Surface}, c.Terms...) {
		if el, ok := e.ents.ElsewhereCountry(k); ok {
			return Slot{Kind: SlotElsewhere, Text: el.Name, English: el.English}
		}
	}
	switch {
	case c.Source:
		return Slot{Kind: SlotSource, Text: text}
	case c.DF == 0 && !c.Must && !c.Name && !c.Built():
		return Slot{Kind: SlotWord, Text: text, Unknown: true}
	case c.Name && c.DF == 0:
		return Slot{Kind: SlotName, Text: text, English: text}
	case c.Must || c.Strict || c.Name || c.Built():
		// a name the report uses (Gemini, Bedrock) is a topic as a code
		// is, and so is a word built on a noun of the report's ("기관별"),
		// which no unknown word's slot swaps for another
		return Slot{Kind: SlotCode, Text: text}
	case analysis.HasHangul(c.Surface) && slices.ContainsFunc(c.Terms[1:], latinName):
		// A name the report prints in Latin letters, typed in Hangul
		// ("제미나이" for Gemini): a name, that an ellipsis swaps for another.
		return Slot{Kind: SlotCode, Text: text}
	}
	return Slot{Kind: SlotWord, Text: text}
}

// standsAlone tells whether the message could be a question of its own: it
// says something of its own and nothing in it points back (a pronoun, a
// possessive, a continuer, a request for more or for sources) or sets
// things side by side.
func (m message) standsAlone() bool {
	return len(m.content()) > 0 && !m.pointsBack() && !m.cont && !m.more && !m.source && !m.compare
}

// publisher tells whether c names the report's own publisher (發行處):
// a message calling the report by its publisher's name names the report,
// not a topic in it. Carried into a follow-up's rewrite as a topic, it
// finds the title pages, the only passages that print it, and it is no
// detail a hedge should name.
func (e *Engine) publisher(c question.Concept) bool {
	return c.HasTerm(e.x.Document().Meta.Publisher)
}

// namesReport tells whether a typed word is a word for the report itself,
// read as the index reads it ("연구에선" is 연구; "연구원" is a word of its
// own): its one term is that of a report word.
func (e *Engine) namesReport(w string) bool {
	terms := e.x.TermSet(w)
	if terms.Len() != 1 {
		return false
	}
	for t := range terms.All() {
		return e.reportTerms[t]
	}
	return false
}

// reportTermsOf is the terms of the frame's report words as x reads them.
func reportTermsOf(x Analyser, words []string) map[string]bool {
	out := make(map[string]bool, len(words))
	for _, w := range words {
		for t := range x.TermSet(w).All() {
			out[t] = true
		}
	}
	return out
}
