package answer

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/index/question"
)

// parts splits a question that asks two things at once: two sentences
// ("몇년 발표임? 삼성이 파트너였음?"), two indirect asks a comma parts
// ("얼마인지, 언제인지"), or two asks joined by 랑/이고/and,
// where what follows the join asks on its own ("규모랑 … 기간 몇년",
// "launch and which model"). The whole question's binding words hold
// the figure of one part to the words of the other, and no line states
// both; each part read alone may be stated by the top passage.
type parts struct {
	split *regexp.Regexp
	// asks marks a part that asks outright rather than tells: it ends
	// with a question mark.
	asks *regexp.Regexp
	// the groups of split: a question mark that ends the first part, the
	// syllable a Korean join follows, the question word that opens an
	// English second part (or the preposition before it: "and for how
	// long"), and a Korean clause that asks indirectly, its -지 before a
	// comma ("얼마인지, 언제부터인지")
	mark, syllable, asked, opens int
}

func newParts() parts {
	re := regexp.MustCompile(`(?i)(?P<mark>[?？])\s+|(?P<syllable>[가-힣])(?:이랑|랑|이고|하고)\s+|(?P<asked>[가-힣]지),\s+` +
		`|,?\s+(?:and|\+)\s+(?P<opens>(?:(?:for|in|by)\s+)?(?:which|what|when|where|who|how|since))\b|\s+\+\s+`)
	asks := regexp.MustCompile(`(?i)[?？]\s*$`)
	return parts{split: re, asks: asks, mark: re.SubexpIndex("mark"), syllable: re.SubexpIndex("syllable"), asked: re.SubexpIndex("asked"), opens: re.SubexpIndex("opens")}
}

// of returns the parts of text, or nil when it is one question.
func (p parts) of(text string) []string {
	var out []string
	from := 0
	for _, m := range p.split.FindAllStringSubmatchIndex(text, -1) {
		cut, next := m[0], m[1]
		switch {
		case m[2*p.mark] >= 0:
			cut = m[2*p.mark+1]
		case m[2*p.syllable] >= 0:
			cut = m[2*p.syllable+1]
		case m[2*p.asked] >= 0:
			cut = m[2*p.asked+1]
		case m[2*p.opens] >= 0:
			next = m[2*p.opens]
		}
		if s := strings.TrimSpace(text[from:cut]); s != "" {
			out = append(out, s)
		}
		from = next
	}
	if s := strings.TrimSpace(text[from:]); s != "" {
		out = append(out, s)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// partsLine states, for a question of two parts, what the top passage
// states of each part read alone: "IBM Telum 발표: 2021년 (…)". A part that
// holds a word the hedge names as missing is not stated; nor is a part
// with no date or figure asked. Where no part is stated there is no line.
//
// A part must name one of the whole question's constraints (its country,
// company, name or code: "like % of global turnover" names what of
// nothing), unless it is the first part of a question that names none,
// or a later part that asks outright and names nothing of its own, which
// asks of the constraints named before it; and it must not type a figure
// of its own ("400억 달러였던데" tells rather than asks). One figure that
// two parts both read as their answer answers neither for sure. Where the hedge names a constraint
// of the whole question, its passages are about another thing, and no
// part is stated, unless the constraint is in a part that asks its own
// question ("…, and which GPUs …?"): that part alone is then not stated.
func (e *Engine) partsLine(q question.Query, a Answer, parts questionParts) string {
	if a.Form != "" {
		return ""
	}
	texts, queries := parts.texts, parts.queries
	for i, text := range texts {
		if !e.tab.parts.asks.MatchString(text) && queries[i].Expect == nil && e.lacksConstraint(queries[i], a.Missing) {
			return "" // a part that tells what the question is about lacks it
		}
	}
	var subjects []question.Concept
	for _, c := range q.Concepts {
		if constraint(c) && !c.Number {
			subjects = append(subjects, c)
		}
	}
	top := a.Results[0]
	var stated, values []string
	var reads []partRead
	for i, pq := range queries {
		text, how := texts[i], stating{whole: q.Text}
		if pq.Expect == nil || i == 0 && len(pq.Concepts) == 0 {
			continue
		}
		if slices.ContainsFunc(pq.Concepts, func(c question.Concept) bool { return slices.Contains(a.Missing, c.Surface) }) {
			continue
		}
		if (i > 0 || len(subjects) > 0) && !slices.ContainsFunc(pq.Concepts, func(c question.Concept) bool {
			return slices.ContainsFunc(subjects, func(s question.Concept) bool { return s.Surface == c.Surface })
		}) {
			if i == 0 || !e.tab.parts.asks.MatchString(text) || pq.WantsSource || len(subjects) == 0 {
				continue
			}
			// A later part that asks outright and names nothing of its
			// own asks of what the question named before it ("…, and what
			// growth rate?"): the whole question's names and codes say
			// which thing its figure is of, where the line states one
			// figure of the form asked, not several of which one is sure.
			pq.Concepts = append(slices.Clip(subjects), pq.Concepts...)
			how.single = true
		}
		if typesFigure(pq) {
			continue
		}
		value, ok := e.statedByYear(pq, top, a.Lang, how)
		if !ok {
			continue
		}
		if j := slices.Index(values, value); j >= 0 {
			// One figure of the passage read as the answer to two parts
			// answers the one that reads no other figure without it (a
			// share, where the other asks how much): the other is read
			// again without it. Where both or neither read another, it
			// answers neither for sure.
			this, other := partRead{pq, how}, reads[j]
			thisAgain, thisOK := e.readWithout(this, top, value, a.Lang)
			otherAgain, otherOK := e.readWithout(other, top, value, a.Lang)
			if thisOK == otherOK {
				return ""
			}
			thisValue, otherValue := value, otherAgain
			if thisOK {
				thisValue, otherValue = thisAgain, value
			}
			if slices.Contains(values, thisValue) && thisValue != value || slices.Contains(values, otherValue) && otherValue != value {
				return ""
			}
			values[j], stated[j] = otherValue, fmt.Sprintf("%s: %s", subjectOf(other.q, nil), otherValue)
			reads, values = append(reads, this), append(values, thisValue)
			stated = append(stated, fmt.Sprintf("%s: %s", subjectOf(pq, nil), thisValue))
			continue
		}
		reads, values = append(reads, partRead{pq, how}), append(values, value)
		stated = append(stated, fmt.Sprintf("%s: %s", subjectOf(pq, nil), value))
	}
	if len(stated) == 0 {
		return ""
	}
	return fmt.Sprintf("%s (%s)", strings.Join(stated, " · "), whereFrom(top, a.Lang))
}

// partsStated tells, for a question of two parts (parts.of), whether each
// part that asks a date or figure of its own is stated by one of res: a
// line states its value beside the question's binding words that part
// names or that no other part names. The words of the other part say
// what that part asks, not what this part's value is of ("since when …
// CoWoS, and which GPUs …": the GPUs are no word of the date's line).
// False when no part asks a value of its own.
func (e *Engine) partsStated(q question.Query, res []Result, w *wording) bool {
	texts := w.parts()
	if len(texts) < 2 {
		return false
	}
	bind := e.binding(q)
	queries := make([]question.Query, len(texts))
	for i, text := range texts {
		queries[i] = e.x.Analyse(question.Plain(text))
	}
	asked := 0
	for i, text := range texts {
		pq := queries[i]
		if pq.Expect == nil {
			continue
		}
		// A part that names none of the question's constraints (its
		// country, company, name or code) leaves what its value is of to
		// the other part.
		if !slices.ContainsFunc(pq.Concepts, func(c question.Concept) bool { return constraint(c) && !c.Number }) {
			return false
		}
		if pq.When != q.When {
			return false // the parts ask values of different kinds
		}
		// The part's value is of the kind the whole question asks (a sum
		// where it names a currency), read as the whole reads it.
		pq.Expect, pq.Bare, pq.Unit, pq.Counts, pq.Part = q.Expect, q.Bare, q.Unit, q.Counts, q.Part
		asked++
		var own []question.Concept
		for _, c := range bind {
			// Only a part that asks a question of its own takes its words
			// from this part's value: one that tells ("the report mentions
			// … in the 2nd stage") says what the value is of.
			other := slices.ContainsFunc(queries, func(o question.Query) bool {
				return o.Text != text && strings.Contains(o.Text, c.Surface) && e.partAsks(o)
			})
			if strings.Contains(text, c.Surface) || !other {
				own = append(own, c)
			}
		}
		if !slices.ContainsFunc(res, func(r Result) bool {
			miss, ok := e.unstated(pq, own, r.PassageID, false)
			return !reference(r) && ok && len(miss) == 0
		}) {
			return false
		}
	}
	return asked > 0
}

// partAsks tells whether a part of a question asks a question of its own:
// it ends with a question mark, asks for a date or figure, or asks about a
// word.
func (e *Engine) partAsks(q question.Query) bool {
	return e.tab.parts.asks.MatchString(q.Text) || q.Expect != nil || slices.ContainsFunc(q.Concepts, func(c question.Concept) bool { return c.Ask })
}

// constraint tells whether c says which thing a part asks of: its
// country, company, name or code.
func constraint(c question.Concept) bool { return c.Must || c.Entity || c.Name || c.Strict }

// partRead is a part of a question as partsLine reads its figure.
type partRead struct {
	q   question.Query
	how stating
}

// readWithout is p's figure in r other than value, which another part
// takes (stating.taken). A reading that still gives value is none: taken
// sets aside a figure matched alone, and a listed or per-year value can
// come back whole, which would state both parts with one figure.
func (e *Engine) readWithout(p partRead, r Result, value, lang string) (string, bool) {
	how := p.how
	how.taken = e.koreanValue(p.q, r, p.how, value, lang)
	v, ok := e.statedByYear(p.q, r, lang, how)
	return v, ok && v != value
}

// koreanValue is value, read by q from r in lang, as the passage prints
// it: the figure a part takes (stating.taken).
func (e *Engine) koreanValue(q question.Query, r Result, how stating, value, lang string) string {
	if lang == "ko" {
		return value
	}
	if v, ok := e.statedByYear(q, r, "ko", how); ok {
		return v
	}
	return value
}
