package answer

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// figures finds, on a line, the phrases that state a date or a quantity,
// with what qualifies them ("약 4조 엔", "최대 5.5만 장", "2024년 3월",
// "'22.08.", "30%"): what a direct answer quotes. They are read once.
type figures struct {
	quantity, date *regexp.Regexp
	// year is a bare year, which answers only a question for a date.
	year *regexp.Regexp
	// yearMark is a year a line names as the time of what follows it
	// ("2024년에는", "'23년"), its digits in a group.
	yearMark *regexp.Regexp
	// units are the Korean units the English line says in English;
	// currencies the currency signs that go before the amount.
	units, currencies map[string]string
	// qualifiers are the words before an amount that the quantity pattern
	// takes with it, and how English says each.
	qualifiers []qualifier
	// decimal is a number with a fractional part: an index or a measure
	// without a unit ("93.3"), never a page or a rank. One whose fraction
	// is nought is how a version is printed ("계획 1.0", "Greengrass
	// 2.0"), not a measure.
	decimal *regexp.Regexp
	// version is a decimal printed after a word, with no unit after it:
	// how a version is named ("계획 2.0", "Plan 2.0"), in its group.
	version *regexp.Regexp
	// shortYear is a year in its short form ("'32년"), its digits in a
	// group.
	shortYear *regexp.Regexp
	// typed is a number as a question types it, whole: "2030", "1.0",
	// "5,400".
	typed *regexp.Regexp
	// span is a span of years as a whole figure (statedSpan), its start's
	// digits in group 1 or 2 and its end's, if it is closed, in 3 or 4.
	span *regexp.Regexp
	// node is a process node's length ("1.4nm", "2나노"), in one of
	// nodeUnits (analysis.NodeUnits).
	node      *regexp.Regexp
	nodeUnits []string
}

type qualifier struct{ ko, en string }

func newFigures() figures {
	units := map[string]string{
		"%": "%", "nm": "nm", "나노": "nm", "GB": "GB", "제타바이트": "ZB", "B": "B",
		"명": "people", "개": "", "곳": "sites", "건": "cases", "배": "times", "장": "wafers", "개년": "years", "년간": "years", "단": "layers", "개국": "countries",
		// a count of the kinds of a thing ("9대 과제", "3대 목표": nine
		// tasks, three goals) counts them
		"대": "",
	}
	currencies := map[string]string{"대만달러": "NT$", "대만 달러": "NT$", "달러": "$", "원": "₩", "유로": "€", "엔": "¥", "파운드": "£"}
	var alt []string
	for u := range units {
		alt = append(alt, regexp.QuoteMeta(u))
	}
	for c := range currencies {
		alt = append(alt, regexp.QuoteMeta(c))
	}
	// longest first, so that 대만달러 wins over 달러 and 개국 over 개
	slices.SortFunc(alt, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	qualifiers := []qualifier{{"약", "about "}, {"최대", "up to "}, {"최소", "at least "}, {"총", ""}, {"연평균", ""}, {"월", "a month "}}
	var quals []string
	for _, q := range qualifiers {
		quals = append(quals, regexp.QuoteMeta(q.ko))
	}
	// A span of years, closed ("‘21~’23년", "2021-2023", "2021년~2023년")
	// or open by a tilde ("'08~", "2008년~"): each year four digits or
	// two after an apostrophe, its digits in a group of its own. Its end
	// may be two bare digits where a tilde and 년 leave them no other
	// reading ("2021~23년": 2023, not a span open from 2021).
	year := `(?:['‘’](\d\d)|((?:19|20)\d\d))`
	span := year + `년?\s*(?:[~∼～–-]\s*` + year + `년?|[~∼～]\s*(\d\d)년|[~∼～])`
	return figures{
		qualifiers: qualifiers,
		decimal:    regexp.MustCompile(`^\d+\.\d*[1-9]\d*$`),
		version:    regexp.MustCompile(`\p{L}\s+(\d+\.\d+)(?:[^\d.%\p{L}]|[은는이가을를의]|$)`),
		// a figure goes on past a magnitude word only ("3만 3,000명", "1억
		// 4,000만 달러"): digits after a bare number are another figure
		// ("HBM3 24GB" is no 324 GB)
		quantity: regexp.MustCompile(`(?:(?:` + strings.Join(quals, "|") + `)\s*)?\d[\d,.]*\s*(?:(?:[만천백억조]\s*)+(?:\d[\d,.]*\s*(?:[만천백억조]\s*)*)?)?(?:여\s*)?(?:` + strings.Join(alt, "|") + `)?`),
		// a span of years is one date, tried first: its start alone would
		// say the span runs on, its end alone that it is one year
		date:       regexp.MustCompile(span + `|(?:19|20)\d\d년\s*\d{1,2}월(?:\s*\d{1,2}일)?|(?:19|20)\d\d년|['‘’]\d\d\.\s*\d{1,2}\.?|['‘’]\d\d년|\(\d\d\.\s*\d{1,2}\.?\)`),
		span:       regexp.MustCompile(`^` + span + `$`),
		year:       regexp.MustCompile(`^20\d\d$`),
		shortYear:  regexp.MustCompile(`['‘’](\d\d)년`),
		typed:      regexp.MustCompile(`\d+(?:[.,]\d+)*`),
		yearMark:   regexp.MustCompile(`((?:19|20)\d\d)년`),
		units:      units,
		currencies: currencies,
		node:       regexp.MustCompile(`\d[\d,.]*\s*(?i:` + strings.Join(analysis.NodeUnits(), "|") + `)`),
		nodeUnits:  analysis.NodeUnits(),
	}
}

// direct states the answer to a "when", "how much" or "how many" question
// in one line, when the top result states it beside what it is of: the
// subject in the question's own words, the date or figure as the report
// gives it (in English for an English question), and where it is from.
// Otherwise it is "": a direct answer is never a guess.
//
// words is what q's text alone says (see Read), implied q as
// implied.of(q, words) reads it (read once by the caller, for
// showingStated too).
func (e *Engine) direct(q, implied question.Query, a Answer, sides []side, words *wording) string {
	if !a.Answered || len(a.Results) == 0 {
		return ""
	}
	parts := e.partsOf(words)
	// read once for the whole line (oneThing) and, failing it, its parts
	one := a.Form == FormComparison && e.oneQuestion(a, sides)
	if line := e.whole(q, implied, a, sides, words, parts, one); line != "" {
		return line
	}
	if one {
		// each part of one question is stated as a plain question's is
		a.Form = ""
	}
	return e.partsLine(q, a, parts)
}

// questionParts are the parts of a question that asks several things at
// once (wording.parts), each read as a question of its own: whether the
// question asks a figure of each (asksEach) and what the top passage
// states of each (partsLine) read the same queries. Both are empty for a
// question of one part.
type questionParts struct {
	texts   []string
	queries []question.Query
}

// partsOf reads w's parts once for the engine's report.
func (e *Engine) partsOf(w *wording) questionParts {
	texts := w.parts()
	ps := questionParts{texts: texts, queries: make([]question.Query, len(texts))}
	for i, text := range texts {
		ps.queries[i] = e.tab.implied.ofPart(e.x.Analyse(question.Plain(text)), e.tab.wording(text))
	}
	return ps
}

// asksEach tells whether a question of parts asks a date or figure in
// more than one of them ("when was it announced, and how much faster is
// it?"): one figure then answers one part, and headed by the whole
// question's words it would read as the answer to all of it. Each part is
// stated on its own (partsLine) or not at all. A part that types a figure
// other than a year tells rather than asks ("기준은 100"), as partsLine
// reads it.
func asksEach(parts questionParts) bool {
	n := 0
	for _, pq := range parts.queries {
		if pq.Expect != nil && !typesFigure(pq) {
			n++
		}
	}
	return n > 1
}

// typesFigure tells whether q types a figure of its own other than a
// year or a version ("계획 1.0"): it tells what it is about rather than
// asks it.
func typesFigure(q question.Query) bool {
	return slices.ContainsFunc(q.Concepts, func(c question.Concept) bool {
		version := strings.HasSuffix(c.Surface, ".0") || len(c.Terms) > 0 && strings.HasSuffix(c.Terms[0], ".0")
		return c.Number && !version && !isConceptYear(c)
	})
}

// whole is the line that answers the question as one; w is its text's
// wording, implied q as implied.of reads it, and one tells whether a
// comparison is one question (oneQuestion).
func (e *Engine) whole(q, implied question.Query, a Answer, sides []side, w *wording, parts questionParts, one bool) string {
	if len(a.Missing) > 0 {
		return e.closest(implied, a, w, parts)
	}
	if (q.WantsSource || q.Expect == nil && w.is(origin)) && a.Form == "" {
		// A question for a source is answered by the source the top
		// result cites, named as a reference list names it. A note that
		// explains names no source, but may state the figure asked for.
		if line, ok := e.sourceLine(q, a, w, parts); ok {
			return line
		}
	}
	if asksEach(parts) {
		// One line that names every side of a comparison with the one
		// figure a question for one relative to the other asks answers
		// each part that asks it ("level relative to the US? the figure
		// only").
		if a.Form == FormComparison && e.statesRelative(implied, a.Results[0], sides) {
			return e.relative(implied, a, w, sides)
		}
		return "" // each part is stated on its own (partsLine)
	}
	if q.Expect == nil {
		if a.Form == "" && !q.Define {
			if label, value, ok := e.labelled(q, a.Results[0]); ok {
				return fmt.Sprintf("%s: %s (%s)", label, value, whereFrom(a.Results[0], a.Lang))
			}
		}
		if line := e.namesLine(q, a, w); line != "" {
			return line
		}
	}
	if q = implied; q.Expect == nil {
		return ""
	}
	switch a.Form {
	case "":
		if labels, rest := e.askedLabels(q, a.Results[0]); len(labels) > 0 {
			return e.labelledLine(rest, labels, a)
		}
		value, ok, out := e.statedByYearLeaving(q, a.Results[0], a.Lang, stating{})
		if ok && out > 0 {
			if line, each := e.eachTied(q, a.Results[0], a.Lang); each {
				return line
			}
		}
		if !ok {
			// a line labelled by the word asked about gives its value
			// whatever the question word, where that value is what the
			// question expects ("ISBN 번호 몇 번": a code of digits)
			if label, value, ok := e.labelled(q, a.Results[0]); ok && !q.Define && q.Expect.MatchString(value) {
				return fmt.Sprintf("%s: %s (%s)", label, value, whereFrom(a.Results[0], a.Lang))
			}
			return ""
		}
		// what the question leaves out is no subject of the figure
		return fmt.Sprintf("%s: %s (%s)", e.answeredSubject(q, a.Results[0], e.tab.leftOut(q)), value, whereFrom(a.Results[0], a.Lang))
	case FormComparison:
		if line, settled := e.sidesLine(q, a, sides, w); settled {
			return line
		}
		if one {
			return e.oneThing(q, a)
		}
	}
	return ""
}

// sidesLine is the line of a comparison: each side's figure from its
// first result, or, where those do not answer, the relative line. settled
// is set where it answers, or where the sides' figures answer two
// questions (a share and an amount): no other line may answer then.
func (e *Engine) sidesLine(q question.Query, a Answer, sides []side, w *wording) (line string, settled bool) {
	// A line that names every side with the one figure a question for one
	// relative to the other asks answers it as a whole.
	if e.statesRelative(q, a.Results[0], sides) {
		if line, ok := settle(e.relative(q, a, w, sides)); ok {
			return line, true
		}
	}
	// Each side's first result states that side's figure, or there
	// is no line: half a comparison reads as the whole of it. A
	// result with no label is evidence for the one side it is about.
	var parts []string
	var shares []bool // whether each side's figure is a percentage
	seen := map[string]bool{}
	for _, r := range a.Results {
		label := r.Label
		if label == "" {
			label = e.onlySide(r, sides)
		}
		if label == "" || seen[label] {
			continue
		}
		seen[label] = true
		r.Label = label
		value, ok := e.statedBy(q, r, a.Lang, stating{sides: true})
		if !ok {
			return settle(e.relative(q, a, w, sides))
		}
		// A comparison sets like beside like: a share of one side and
		// an amount of the other answer two questions, and which one
		// was asked is not sure.
		if shares = append(shares, e.tab.implied.percent.MatchString(value)); shares[0] != shares[len(shares)-1] {
			return "", true
		}
		// each side as the question names it: "US", not 미국
		name := r.Label
		for _, sd := range sides {
			if sd.name == r.Label {
				name = sd.concept.Surface
				if analysis.HasHangul(name) && len(sd.concept.Terms) > 0 && strings.HasPrefix(name, sd.concept.Terms[0]) {
					name = sd.concept.Terms[0]
				}
			}
		}
		parts = append(parts, fmt.Sprintf("%s %s (%s)", name, value, whereFrom(r, a.Lang)))
	}
	if len(parts) < 2 {
		return settle(e.relative(q, a, w, sides))
	}
	return strings.Join(parts, " · "), true
}

// settled says of a relative line whether it answers: a comparison with
// none may still be one question (oneThing).
func settle(line string) (string, bool) { return line, len(line) > 0 }

// oneThing is the line of a question read as a comparison whose sides are
// not two of a kind: at most one is a country or company, the others names
// or words of what belongs to it ("the US … CHIPS and Science Act", "China
// … AI"). The top passage, which treats every side together, then answers
// it as one question, its figure bound to every side as a plain answer's
// is. Of two countries or companies, one figure is never both sides'; nor
// is one of the several figures a line gives. The caller has found it one
// question (oneQuestion).
func (e *Engine) oneThing(q question.Query, a Answer) string {
	top := a.Results[0]
	// A line that states several figures may give each side's: one of
	// them is half the answer.
	value, ok := e.statedBy(q, top, a.Lang, stating{single: true})
	if !ok {
		return ""
	}
	return fmt.Sprintf("%s: %s (%s)", e.answeredSubject(q, top, nil), value, whereFrom(top, a.Lang))
}

// oneQuestion tells whether a comparison's sides are not two of a kind
// (at most one is a country or company) and a's top passage, with no
// word missing, treats every side: the question is then one question,
// answered as a plain one is (oneThing, partsLine).
func (e *Engine) oneQuestion(a Answer, sides []side) bool {
	entities := map[string]bool{}
	for _, sd := range sides {
		if name, ok := e.x.EntityOf(sd.concept); ok {
			entities[name] = true // "Taiwan" and "Taiwanese" are one side
		}
	}
	if len(entities) > 1 || len(a.Missing) > 0 {
		return false
	}
	return !slices.ContainsFunc(sides, func(sd side) bool { return !e.about(a.Results[0].PassageID, sd) })
}

// relative is the line of a comparison that asks for one side relative
// to the other ("미국 대비", "relative to the US"), where the sides' own
// figures do not answer: a passage that treats them together states one
// figure on a line that names each ("중국의 … 수준은 미국을 100이라고 했을
// 때 93.3"). A comparison that asks for each side's figure is never
// answered by one of them: a top result filed as one side's evidence
// answers only where its line names every side (statesRelative).
func (e *Engine) relative(q question.Query, a Answer, w *wording, sides []side) string {
	top := a.Results[0]
	if !w.is(relative) || top.Label != "" && !e.statesRelative(q, top, sides) {
		return ""
	}
	value, ok := e.statedBy(q, top, a.Lang, stating{single: true})
	if !ok {
		return ""
	}
	return fmt.Sprintf("%s: %s (%s)", e.heldSubject(q, top, nil), value, whereFrom(top, a.Lang))
}

// statesRelative tells whether a question asks for one side relative to
// another (relativeToSide) and r's passage states the one figure it asks
// on a line that names every side ("중국의 … 수준은 미국을 100이라고 했을
// 때 93.3"): that line answers for the sides at once, whichever side r is
// filed under.
func (e *Engine) statesRelative(q question.Query, r Result, sides []side) bool {
	if q.Expect == nil || len(sides) <= 1 || !e.relativeToSide(q.Text, sides) {
		return false
	}
	if _, ok := e.statedBy(q, r, analysis.Korean, stating{single: true}); !ok {
		return false
	}
	lines := e.statingLines(q, r, stating{single: true})
	for _, ln := range e.x.Passages().Lines(r.PassageID) {
		if slices.Contains(lines, ln.Text) && !slices.ContainsFunc(sides, func(sd side) bool { return !e.x.Holds(sd.concept, ln.Terms) }) {
			return true
		}
	}
	return false
}

// relativeToSide tells whether text asks for one side relative to
// another: the word next to the one that asks so is a country's or
// company's side, before it in Korean ("미국 대비", "미국이랑 비교"), after
// it in English ("relative to the US"). Relative to anything else ("매출
// 대비 비중", "relative to last year"), each side is asked its own figure.
// A Korean side is the start of its word (its particle follows), an
// English one the whole word: "us" is no side of "business".
func (e *Engine) relativeToSide(text string, sides []side) bool {
	for _, loc := range e.tab.implied.relative.FindAllStringIndex(text, -1) {
		var next []string
		korean := analysis.HasHangul(text[loc[0]:loc[1]])
		if korean {
			if before := strings.Fields(text[:loc[0]]); len(before) > 0 {
				next = before[len(before)-1:] // typed against it too
			}
		} else {
			clause, _, _ := strings.Cut(strings.TrimRight(text[loc[1]:], "?？"), ",")
			next = strings.Fields(clause)
		}
		for _, w := range next {
			w = strings.ToLower(strings.TrimFunc(w, unicode.IsPunct))
			if slices.ContainsFunc(sides, func(sd side) bool {
				if !sd.entity {
					return false
				}
				name := strings.ToLower(strings.TrimFunc(sd.concept.Surface, unicode.IsPunct))
				if korean {
					return strings.HasPrefix(w, name)
				}
				return w == name
			}) {
				return true
			}
		}
	}
	return false
}

// excerptLead is the first line an excerpt quotes: an excerpt of two
// lines of a passage joins them with a line break, or with " … " where it
// leaves lines out between them: its first piece (NextPiece).
func excerptLead(r Result) string {
	lead, _, _ := NextPiece(r.Excerpt)
	return strings.TrimSpace(lead)
}

// codeOn tells whether a line prints a code of the question (a term with
// letters and digits, "GDDR6-AiM") with its parts joined otherwise: by a
// space, a hyphen or nothing ("GDDR6 AiM"). It is the same code.
func codeOn(c question.Concept, line string) bool {
	if !c.Must && !c.Strict && !c.Name {
		return false
	}
	squash := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '-' {
				return -1
			}
			return unicode.ToLower(r)
		}, s)
	}
	flat := squash(line)
	for _, t := range c.Terms {
		code := squash(t)
		if strings.IndexFunc(code, unicode.IsDigit) >= 0 && strings.IndexFunc(code, unicode.IsLetter) >= 0 && len(code) >= 4 && strings.Contains(flat, code) {
			return true
		}
	}
	return false
}

// leftOut are the words of q that its text names only to leave them out
// ("excluding defense", "국방 제외"): the question asks about the rest.
func (t *Tables) leftOut(q question.Query) []string {
	var out []string
	for _, m := range t.excludes.FindAllStringSubmatch(q.Text, -1) {
		phrase := strings.ToLower(m[0]) // the word that leaves out too
		for _, c := range q.Concepts {
			if strings.Contains(phrase, strings.ToLower(c.Surface)) {
				out = append(out, c.Surface)
			}
		}
	}
	return out
}

// lineAbove is the line of a passage that an excerpt shows just above ln,
// joined to it as the next line of the passage; ok is false where the
// excerpt shows none (ln opens it, or follows a gap).
func lineAbove(excerpt string, lines []search.Line, ln search.Line) (search.Line, bool) {
	for i := 1; i < len(lines); i++ {
		if lines[i].Text == ln.Text && strings.Contains(excerpt, lines[i-1].Text+"\n"+ln.Text) {
			return lines[i-1], true
		}
	}
	return search.Line{}, false
}

// inCompound tells whether a line prints a Korean word of the question
// inside a longer word the analyser reads as one ("기관" in "연방기관별"):
// the line holds it, as a passage the hedge says lacks a word may print it
// so.
func inCompound(c question.Concept, line string) bool {
	return printsForm(c, line, func(flat, t string) bool { return analysis.HasHangul(t) && strings.Contains(flat, t) })
}

// onlySide is the one side of a comparison a result's passage is filed
// under (a country's paragraph, a company's profile), else the one it is
// about; "" when none or several. A passage filed under one side may name
// the other in passing ("중국 다음으로"): its figures are still its own
// side's.
func (e *Engine) onlySide(r Result, sides []side) string {
	for _, by := range []func(side) bool{
		func(sd side) bool { return sd.entity && e.x.Passages().FiledUnder(r.PassageID, sd.name) },
		func(sd side) bool { return e.about(r.PassageID, sd) },
	} {
		name, n := "", 0
		for _, sd := range sides {
			if by(sd) {
				name, n = sd.name, n+1
			}
		}
		switch n {
		case 1:
			return name
		case 0:
			continue
		}
		return ""
	}
	return ""
}

// labelled finds, in the top result's passage, a line that opens with the
// word the question asks about and gives its value after it, as a title
// page, a colophon or a table row does ("ISBN 978-…", "연구책임자 윤정섭 |
// …"): the value is the rest of the line up to its first column mark. The
// word asked about is the one a question word asks about, or else the one
// of the question's names and codes that labels a line of the passage
// ("ISBN 뭐야?", or ISBN where the question also names the institute); a
// question with no name or code is asked of its one word the report uses
// (a series label of the title page). Where two label lines, which one is
// asked is not sure. A long line is prose, not a label and its value.
func (e *Engine) labelled(q question.Query, r Result) (label, value string, ok bool) {
	if c, ok := askedWord(q); ok {
		return e.labelledBy(c, r)
	}
	var musts, words []question.Concept
	for _, k := range q.Concepts {
		if k.Number || k.Entity || k.Verbal || k.DF == 0 {
			continue
		}
		words = append(words, k)
		if k.Must {
			musts = append(musts, k)
		}
	}
	if len(musts) == 0 && len(words) == 1 {
		musts = words
	}
	for _, c := range musts {
		l, v, found := e.labelledBy(c, r)
		if found && ok {
			return "", "", false
		}
		if found {
			label, value, ok = l, v, true
		}
	}
	return label, value, ok
}

// labelledBy finds, in r's passage, a short line that opens with c and
// gives its value after it (see labelled).
func (e *Engine) labelledBy(c question.Concept, r Result) (label, value string, ok bool) {
	for _, ln := range e.x.Passages().Lines(r.PassageID) {
		text := strings.TrimSpace(ln.Text)
		if utf8.RuneCountInString(text) > maxLabelLine {
			continue
		}
		head, rest, found := strings.Cut(text, " ")
		if !found || !c.HasTerm(head) {
			continue
		}
		// "연구책임자 윤정섭 | 과학기술정책연구원 부연구위원": the cells
		// after the label are its value, read as one phrase.
		rest = strings.Join(strings.Fields(strings.ReplaceAll(rest, "|", ",")), " ")
		// (joined fields carry no outer space to trim)
		if rest = strings.ReplaceAll(rest, " ,", ","); rest != "" {
			return head, rest, true
		}
	}
	return "", "", false
}

// maxLabelLine bounds a line read as a label and its value.
const maxLabelLine = 60

// askedLabels are the codes of q (not a country, company or figure) that
// label a line of r's passage with a value of their own that is not the
// date or figure q asks ("ISBN 978-…" of a question for the date of
// issue and the ISBN): each is a second thing asked, whose value is its
// label line's, not a word the date or figure must be stated beside.
// rest is q less those codes.
func (e *Engine) askedLabels(q question.Query, r Result) (labels []string, rest question.Query) {
	if q.Expect == nil {
		return nil, q
	}
	// Most questions have no such code: the concepts left are copied only
	// once one is found, not on every reply.
	var coded []int
	for i, c := range q.Concepts {
		if c.Must && !c.Entity && !c.Number && !c.Ask {
			if label, value, ok := e.labelledBy(c, r); ok && !q.Expect.MatchString(value) {
				labels = append(labels, label+": "+value)
				coded = append(coded, i)
			}
		}
	}
	if len(coded) == 0 || len(coded) == len(q.Concepts) {
		return nil, q
	}
	keep := make([]question.Concept, 0, len(q.Concepts)-len(coded))
	for i, c := range q.Concepts {
		if !slices.Contains(coded, i) {
			keep = append(keep, c)
		}
	}
	rest = q
	rest.Concepts = keep
	return labels, rest
}

// labelledLine is the line of a question that asks a date or figure and
// a label beside it (askedLabels): the date or figure, then each label's
// value; "" where the top result does not state the date or figure.
func (e *Engine) labelledLine(rest question.Query, labels []string, a Answer) string {
	top := a.Results[0]
	value, ok := e.statedByYear(rest, top, a.Lang, stating{})
	if _, asked := askedWord(rest); !ok && !asked {
		// The question word asks of both things together ("발행일과 ISBN
		// 알려줘"): the date or figure is of one of the other words the
		// report uses, which its line must state.
		for i, c := range rest.Concepts {
			if c.DF == 0 || c.Verbal || c.Source || c.Part || c.Number || c.Entity {
				continue
			}
			one := rest
			one.Concepts = slices.Clone(rest.Concepts)
			one.Concepts[i].Ask = true
			if value, ok = e.statedByYear(one, top, a.Lang, stating{}); ok {
				rest = one
				break
			}
		}
	}
	if !ok {
		return ""
	}
	return fmt.Sprintf("%s: %s · %s (%s)", e.answeredSubject(rest, top, e.tab.leftOut(rest)), value, strings.Join(labels, " · "), whereFrom(top, a.Lang))
}

// sourceLine names the source the top result cites, for a question that
// asks for one; ok is false when the top result cites none that a
// reference list or a caption would name. A question that asks a date or
// figure by the source it is cited from ("the association's figure for
// 2024") gets that figure first, unless it types the figure itself, which
// it then asks the source of.
func (e *Engine) sourceLine(q question.Query, a Answer, w *wording, parts questionParts) (string, bool) {
	top := a.Results[0]
	name, ok := "", false
	switch {
	case reference(top):
		// A reference entry is its own source: the whole of it is what a
		// citation needs (where it was published, its volume and pages),
		// where its author and year are what the question typed.
		name = strings.TrimSuffix(strings.TrimSpace(top.Text), ".")
		ok = name != ""
	case len(top.Sources) > 0:
		name, ok = sourceName(top.Sources[0])
	}
	if !ok {
		// A reference entry with no date in brackets ("Stanford
		// University, AI Index 2024."), or none found: the source as the
		// quoted caption's 자료 line cites it, author and year.
		if cs := e.x.Document().Citations(top.Excerpt); len(cs) > 0 && strings.HasPrefix(cs[0].Raw, cs[0].Author) {
			name, ok = cs[0].Raw, true
		}
	}
	if !ok {
		return "", false
	}
	if a.Lang != analysis.Korean && !reference(top) {
		// the English reader reads the source's name and date in English;
		// a reference entry is quoted whole, as a citation copies it
		name = e.tab.sources.english(name, e.printsCapitals)
	}
	// A part of the question that asks for a date or figure of its own
	// ("when …? + what's the source") is stated first, and the source is
	// then that of the same passage.
	stated := e.partsLine(q, a, parts)
	if stated == "" && len(parts.texts) == 0 && q.Expect != nil && !typesFigure(q) {
		// A question of one part that asks a date or figure and names
		// the source it is cited from asks both: the figure first.
		if value, ok := e.statedByYear(q, top, a.Lang, stating{}); ok {
			stated = fmt.Sprintf("%s: %s (%s)", e.answeredSubject(q, top, e.tab.leftOut(q)), value, whereFrom(top, a.Lang))
		}
	}
	if stated != "" {
		if a.Lang == "ko" {
			return fmt.Sprintf("%s · 출처: %s", stated, name), true
		}
		return fmt.Sprintf("%s · source: %s", stated, name), true
	}
	if a.Lang == "ko" {
		return fmt.Sprintf("%s 출처: %s (%s)", subjectOf(q, nil), name, whereFrom(top, a.Lang)), true
	}
	return fmt.Sprintf("Source for %s: %s (%s)", subjectOf(q, nil), name, whereFrom(top, a.Lang)), true
}

// statedBy is the date or figure q asks for as r's passage states it beside
// what it is of, in English for an English question.
func (e *Engine) statedBy(q question.Query, r Result, lang string, how stating) (string, bool) {
	value, _, ok := e.statedLeaving(q, r, lang, how)
	return value, ok
}

// statedLeaving is statedBy with the weight of the words that say which
// thing is asked (tying) that the stated figure's clause leaves out.
func (e *Engine) statedLeaving(q question.Query, r Result, lang string, how stating) (string, float64, bool) {
	if reference(r) {
		return "", 0, false // a reference entry's year dates the source, not the fact
	}
	// Of the lines that state a figure, the first whose figure's clause
	// leaves out the least weight of the words that say which thing is
	// asked answers ("HBM3의 … 양산 이후, … 2023년 … 개발" leaves out 양산,
	// which "HBM3를 2022년에 양산 시작" holds).
	var value string
	var isDate bool
	least := float64(-1)
	// Where the word asked about is the kind of answer, a line of several
	// figures of that form ("연평균 61% … 95%") does not say which is the
	// rate asked.
	bound := e.binding(q)
	how.single = how.single || slices.ContainsFunc(bound, func(c question.Concept) bool { return c.Ask && e.tab.implied.kind(c) })
	asked := e.figuresAsked(q)
	asked.taken = how.taken
	for _, line := range e.statingLinesBound(q, bound, r, how) {
		v, d, n, out := e.figureOn(q, asked, line)
		if v == "" || least >= 0 && out >= least {
			continue
		}
		if how.single && n > 1 {
			v = "" // of several figures, which one compares is not sure
		}
		value, isDate, least = v, d, out
	}
	if value == "" {
		return "", 0, false
	}
	ko := lang == "ko"
	if isDate {
		if d, ok := e.tab.figs.statedSpan(value, ko); ok {
			return d, least, true
		}
	}
	if ko {
		return value, least, true
	}
	if isDate {
		if d, ok := englishDate(value); ok {
			return d, least, true
		}
	}
	return e.tab.figs.english(value), least, true
}

// eachTied is the line of a question that names several things by name
// or code ("1.4나노 양산 목표연도와 2nm 도입 목표연도") where the top
// passage states a figure of each in a clause of its own: each figure
// with its own thing's words. One figure headed by all of them would read
// as the figure of each. ok is false unless every such thing's figure is
// stated in a clause that leaves out none of its words, and they differ.
func (e *Engine) eachTied(q question.Query, r Result, lang string) (string, bool) {
	var named []int
	for i, c := range q.Concepts {
		if tying(c) && !c.Ask && (c.Must || c.Name || c.Strict) {
			named = append(named, i)
		}
	}
	// One named thing's figure is the whole question's, which leaves out
	// what it leaves out: the loop below finds none for it.
	var parts, values []string
	for _, i := range named {
		one := q
		one.Concepts = slices.DeleteFunc(slices.Clone(q.Concepts), func(c question.Concept) bool {
			return c.Surface != q.Concepts[i].Surface && slices.ContainsFunc(named, func(k int) bool { return q.Concepts[k].Surface == c.Surface })
		})
		value, out, ok := e.statedLeaving(one, r, lang, stating{})
		if !ok || out > 0 || slices.Contains(values, value) {
			return "", false
		}
		values = append(values, value)
		thing := q
		thing.Concepts = []question.Concept{q.Concepts[i]}
		parts = append(parts, subjectOf(thing, nil)+" "+value)
	}
	if len(parts) == 0 {
		return "", false
	}
	// what the things share heads them once ("삼성전자 로드맵 양산 목표:
	// 1.4나노 2027년 · 2nm 2025년")
	shared := q
	shared.Concepts = slices.DeleteFunc(slices.Clone(q.Concepts), func(c question.Concept) bool {
		return slices.ContainsFunc(named, func(k int) bool { return q.Concepts[k].Surface == c.Surface })
	})
	return fmt.Sprintf("%s: %s (%s)", e.answeredSubject(shared, r, e.tab.leftOut(shared)), strings.Join(parts, " · "), whereFrom(r, lang)), true
}

// statedByYear is statedBy for a question that names several years and
// asks a figure, not a date ("the fleet's size in 2019 and 2023"): each year's
// figure, as the line ties it to that year, or none. One figure headed by
// every year would read as each year's. A figure the line ties to no year
// is the same for each, and is stated once: it is of the span.
func (e *Engine) statedByYear(q question.Query, r Result, lang string, how stating) (string, bool) {
	value, ok, _ := e.statedByYearLeaving(q, r, lang, how)
	return value, ok
}

// statedByYearLeaving is statedByYear with the weight the whole question's
// stated figure leaves out (statedLeaving), read from the same reading of
// the passage where the question asks one year: the one-line answer needs
// both, and reading the passage twice costs a question its time. out is
// zero where no figure is stated.
func (e *Engine) statedByYearLeaving(q question.Query, r Result, lang string, how stating) (value string, ok bool, out float64) {
	years := questionYears(q)
	if len(years) < 2 || asksDate(q) {
		value, out, ok = e.statedLeaving(q, r, lang, how)
		return value, ok, out
	}
	if value, ok = e.statedByYears(q, r, lang, how, years); !ok {
		return "", false, 0
	}
	if _, left, whole := e.statedLeaving(q, r, lang, how); whole {
		out = left
	}
	return value, true, out
}

// statedByYears is statedByYear for a question that names the several
// years given.
func (e *Engine) statedByYears(q question.Query, r Result, lang string, how stating, years []int) (string, bool) {
	var parts, values []string
	for _, y := range years {
		one := q
		one.Concepts = slices.DeleteFunc(slices.Clone(q.Concepts), func(c question.Concept) bool {
			cy, ok := conceptYear(c)
			return ok && cy != y
		})
		v, ok := e.statedBy(one, r, lang, how)
		if !ok {
			return "", false
		}
		values = append(values, v)
		parts = append(parts, fmt.Sprintf("%d %s", y, v))
	}
	if len(slices.Compact(slices.Clone(values))) == 1 {
		return values[0], true
	}
	return strings.Join(parts, ", "), true
}

// reference tells whether a result is an entry of the reference list.
func reference(r Result) bool { return r.Section == "refs" }

// whereFrom is a result's section and pages, in the asker's language: the
// report's own number, or the title of an unnumbered part (its cover, its
// summaries, its references), whose id is the engine's name, not the
// report's.
func whereFrom(r Result, lang string) string {
	where := r.Section
	if !corpus.NumberedID(where) {
		where = r.SectionTitle
		if t := corpus.EnglishPartTitle(r.Section); t != "" && lang != analysis.Korean {
			where = t
		}
	}
	switch {
	case r.Pages == "":
	case lang == "ko":
		where += ", " + r.Pages + "쪽"
	default:
		where += ", pp. " + r.Pages
	}
	return where
}

// stating is how a line must tie the value it states to the question.
type stating struct {
	// sides is set for the evidence of one side of a comparison; single
	// for a line that must state one figure only.
	sides, single bool
	// lacking are the words a hedge names: the report does not state them
	// beside the value, so that the closest line is bound by the other
	// words alone, and one of them must be on the line itself.
	lacking []string
	// hedged is set for a hedged answer's line: it is one the reply
	// shows, and a word of the question holds where the line prints it
	// in another form (restatedIn).
	hedged bool
	// whole is the text of the whole question a part is of: the version
	// it names is the part's too.
	whole string
	// taken is a figure, as the passage prints it, that another part of
	// the question takes as its answer: it is no answer to this one.
	taken string
}

// statingLines are the lines of the result's passage that state the value q
// wants beside every binding word, as unstated checks it: the lines of the
// excerpt first, which answer best.
func (e *Engine) statingLines(q question.Query, r Result, how stating) []string {
	return e.statingLinesBound(q, e.binding(q), r, how)
}

// statingLinesBound is statingLines with the question's binding words
// (binding) read already by its caller.
func (e *Engine) statingLinesBound(q question.Query, bound []question.Concept, r Result, how stating) []string {
	var out []string
	sides := how.sides
	var bind []question.Concept
	for _, c := range bound {
		if !slices.Contains(how.lacking, c.Surface) {
			bind = append(bind, c)
		}
	}
	ps := e.x.Passages()
	id := r.PassageID
	ctx := ps.Context(id)
	lines := slices.Clone(ps.Lines(id)) // the index's own lines keep their order
	slices.SortStableFunc(lines, func(a, b search.Line) int {
		ia, ib := strings.Contains(r.Excerpt, a.Text), strings.Contains(r.Excerpt, b.Text)
		switch {
		case ia && !ib:
			return -1
		case ib && !ia:
			return 1
		}
		return 0
	})
	// The line itself must hold one of those words, and, where the question
	// names several countries or companies but compares none, each of them:
	// a figure that only its section or its neighbours tie to the question
	// is a guess.
	var entities []question.Concept
	if !sides {
		for _, c := range q.Concepts {
			if _, isEntity := e.x.EntityOf(c); isEntity {
				entities = append(entities, c)
			}
		}
		entities = e.homeLeftOut(entities, id)
		if len(entities) < 2 {
			entities = nil
		}
	}
	// A passage that leaves out a word of the question ("국방 분야를 제외한
	// … 예산", and its breakdown on the next lines) gives no figure of it,
	// unless the question leaves it out too ("excluding defense").
	leftOut := e.tab.leftOut(q)
	if slices.ContainsFunc(q.Concepts, func(c question.Concept) bool { return !slices.Contains(leftOut, c.Surface) && ps.LeavesOut(c, id) }) {
		return nil
	}
	filedOnly := e.allFiledUnder(bind, id)
	// The excerpt's first line is the one the search found nearest the
	// question: it ties the figure to the question as a word on the line
	// does, when the question's words are in another language.
	lead := excerptLead(r)
	// A line that names the company or country asked about holds too the
	// words typed right after its name that the passage states elsewhere
	// (its business, its arm), as the hedge's check reads it (unboundOn):
	// the figure on the line is that subject's.
	var quals map[string]bool
	if !q.Part {
		quals = qualifiers(q)
	}
	for _, ln := range lines {
		if !q.Expect.MatchString(ln.Text) {
			continue
		}
		if e.tab.figs.otherVersion(q.Text+" "+how.whole, ln.Text) {
			continue // "계획 1.0은 …" states nothing of 계획 2.0
		}
		if how.hedged && !strings.Contains(r.Excerpt, ln.Text) {
			continue // a hedged answer's line is one the reply shows
		}
		ok, onLine := true, false
		above, under := lineAbove(r.Excerpt, ps.Lines(id), ln)
		for _, c := range bind {
			// Years the analyser read as numbers are the years a line
			// prints (numberYears), as the hedge reads them: an answer's
			// line reads them so as a hedge's does.
			here := ps.LineStates(c, ln) || e.x.Holds(c, ln.Notes) || codeOn(c, ln.Text) || numberYears(c) && printsYears(c, ln.Text) || e.statedInside(bind, c, ln) ||
				how.hedged && (inCompound(c, ln.Text) || e.restatedIn(c, id, ln.Text))
			onLine = onLine || here
			// The line the excerpt shows just above says what the line
			// under it is about, as a bullet's head does for the items
			// under it ("‘대만형 CHIPS’법 … 통과" above the rates it gives).
			held := here || e.x.Holds(c, ctx) || under && (ps.LineStates(c, above) || codeOn(c, above.Text) || how.hedged && e.restatedIn(c, id, above.Text))
			held = held || e.heldOver(q, c, id, ln)
			held = held || quals[c.Surface] && e.describes(c) && ps.States(c, id) && slices.ContainsFunc(bind, func(d question.Concept) bool { return d.Entity && e.namesSubject(d, ln, ctx, id) })
			// The word asked about that names the kind of answer ("rates",
			// "기한") is stated by the figure's own form, a percentage the
			// rate, a date the deadline, where the line states one figure
			// of that form (statedBy).
			held = held || c.Ask && e.tab.implied.kind(c)
			held = held || e.filedUnder(c, id)
			if !held {
				ok = false
				break
			}
		}
		for _, c := range entities {
			ok = ok && (e.x.Holds(c, ln.Terms) || e.x.Holds(c, ln.Notes) || e.filedUnder(c, id))
		}
		for _, c := range q.Concepts {
			// a name or code of the question on the line ties it too
			onLine = onLine || (c.Must || c.Name) && !c.Number && e.x.Holds(c, ln.Terms)
			// where no word binds the figure (the question's words are
			// too common to, "발행됐어"), any word of it the report uses,
			// on the line, says which of the passage's figures it asks;
			// so too where every binding word is a country or company the
			// passage is filed under, which ties every line of it alike
			onLine = onLine || (len(bind) == 0 || filedOnly) && c.DF > 0 && !c.Number && e.x.Holds(c, ln.Terms)
			// a word the report uses in one passage alone says a thing
			// that passage alone says: on the line, it says which of the
			// passage's figures is asked as a name does ("가드레일", on
			// the line of the ban's term, not the line of the sum above)
			onLine = onLine || c.DF == 1 && !c.Number && e.x.Holds(c, ln.Terms)
		}
		if sides && !onLine {
			// a side's line names the side it is evidence for, or sits in a
			// passage the report files under that side ("(일본) …")
			for _, c := range q.Concepts {
				if name, isEntity := e.x.EntityOf(c); isEntity && name == r.Label && (e.x.Holds(c, ln.Terms) || ps.About(id, name)) {
					onLine = true
				}
			}
		}
		onLine = onLine || !sides && lead != "" && strings.Contains(ln.Text, lead)
		if ok && onLine {
			out = append(out, ln.Text)
		}
	}
	return out
}

// homeLeftOut drops from entities, the countries and companies a question
// names, a country that the profile passage id is in names, where the
// question names that profile's company too ("대만 TSMC"): the country
// says where the company is, and the company's lines need not name it.
func (e *Engine) homeLeftOut(entities []question.Concept, id int) []question.Concept {
	nameOf := func(c question.Concept) string { name, _ := e.x.EntityOf(c); return name }
	company := e.x.Passages().Profile(id)
	if company == "" || !slices.ContainsFunc(entities, func(c question.Concept) bool { return nameOf(c) == company }) {
		return entities
	}
	home := e.homes()[e.x.Document().Passages[id].Section] // the countries the profile names
	return slices.DeleteFunc(slices.Clone(entities), func(c question.Concept) bool {
		name := nameOf(c)
		return name != company && home[name]
	})
}

// sectionCountries is, by section of doc, the countries its passages
// name (homeLeftOut).
func sectionCountries(doc *corpus.Document) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, p := range doc.Passages {
		for name, n := range doc.Entities.CountryMentions(p.Text) {
			if n == 0 {
				continue
			}
			if out[p.Section] == nil {
				out[p.Section] = map[string]bool{}
			}
			out[p.Section][name] = true
		}
	}
	return out
}

// heldOver tells whether the item line ln sits under names c as the
// hedge's check reads it (unboundOn, namesItem): the sub-bullet is a detail
// of that item, whose name, code, year or country says whose its sum,
// count or figure in a unit is, whether or not the excerpt shows the item.
// (ln is found by its text: statingLines puts the excerpt's lines first.)
func (e *Engine) heldOver(q question.Query, c question.Concept, id int, ln search.Line) bool {
	if q.When || q.Bare {
		return false
	}
	ps := e.x.Passages()
	i := slices.IndexFunc(ps.Lines(id), func(l search.Line) bool { return l.Text == ln.Text })
	above, ok := ps.Over(id, i)
	return ok && e.namesItemOn(c, above)
}

// otherVersion tells whether a line names versions (see figures.version)
// where the question names one, and none of them the question's: the line
// is about another version of the thing ("AI 실행 계획 1.0은 …" of a
// question about 2.0).
func (f figures) otherVersion(question, line string) bool {
	var typed []string
	for _, m := range f.version.FindAllStringSubmatch(question, -1) {
		typed = append(typed, m[1])
	}
	found := f.version.FindAllStringSubmatch(line, -1)
	if len(typed) == 0 || len(found) == 0 {
		return false
	}
	return !slices.ContainsFunc(found, func(m []string) bool { return slices.Contains(typed, m[1]) })
}

// figureOn picks the phrase of line that states what q wants: a date for
// "when", else a quantity the expectation matches; of several, the one
// nearest the question's own words on the line ("'25년 최대 5.5만 장",
// not the 1.5만 장 of '23 before it).
// figuresAsked is what figureOn reads of the question itself, read once
// for all the lines of a passage.
type figuresAsked struct {
	// years are the years the question names (questionYears); typed
	// the figures it types itself (figures.typed).
	years []int
	typed []string
	// taken is a figure another part of the question takes (stating.taken).
	taken string
}

func (e *Engine) figuresAsked(q question.Query) figuresAsked {
	return figuresAsked{years: questionYears(q), typed: e.tab.figs.typed.FindAllString(q.Text, -1)}
}

func (e *Engine) figureOn(q question.Query, asked figuresAsked, line string) (value string, isDate bool, n int, out float64) {
	far := e.x.Params().ClauseFar
	re := e.tab.figs.quantity
	// A question in years ("몇 년") expects a span as well as a date: it
	// counts, where its figure is one ("3개년").
	if q.Unit != "년" && asksDate(q) {
		re, isDate = e.tab.figs.date, true
	}
	// Each of the question's words on the line pulls the figures near it,
	// the more the more the word weighs: the figure beside "2nm" answers a
	// question about 2nm, not the one beside "양산" before it.
	// The figure nearest the question's words on the line answers it, a
	// heavier word pulling harder. A figure in brackets is an aside on the
	// word before it (the date of a law, "CHIPS법」('22.08.)"): it answers
	// only where nothing else does. With none of the question's words on
	// the line, one figure may answer, but of several none is sure.
	type anchor struct {
		start, end int
		weight     float64
		// concept is the index of the question's word; tying is set for
		// a word that says which thing the figure is of (see tying).
		concept int
		tying   bool
	}
	var anchors []anchor
	low := strings.ToLower(line)
	for ci, c := range q.Concepts {
		ties := tying(c)
		if c.Weight <= 0 {
			continue
		}
		for k := -1; k < len(c.Terms); k++ {
			t := c.Surface // the word as typed, then its terms
			if k >= 0 {
				t = c.Terms[k]
			}
			if t == "" {
				continue
			}
			// every place the word stands pulls: the second "데이터" of a
			// line may be the one its figure is about
			// a compound typed as one word stands on the line with its
			// parts spaced too ("핵심과제", "핵심 과제")
			t = strings.ToLower(t)
			for from := 0; from < len(low); {
				i, j := indexSpaced(low[from:], t)
				if i < 0 {
					break
				}
				// a code stands on the line as a word of its own: "HBM3"
				// is not in "HBM3E", another version
				if !latinInside(low, from+i, from+j) {
					anchors = append(anchors, anchor{from + i, from + j, c.Weight, ci, ties})
				}
				from += j
			}
		}
		// A Korean compound typed as one word that the line prints in
		// another order or apart ("위원회출범", "출범한 … 위원회") stands on
		// it by its syllable pairs, each pulling with its share of the
		// word's weight.
		if found := len(anchors) > 0 && anchors[len(anchors)-1].concept == ci; !found && len(c.Grams) > 1 {
			for _, g := range c.Grams {
				for from := 0; from < len(low); {
					i := strings.Index(low[from:], g)
					if i < 0 {
						break
					}
					anchors = append(anchors, anchor{from + i, from + i + len(g), c.Weight / float64(len(c.Grams)), ci, ties})
					from += i + len(g)
				}
			}
		}
	}
	// The country or company asked about may be the subject of every
	// figure on the line ("우리나라는 2019년 …, 2024년 9월 출범한
	// 국가AI위원회"): where another word of the question stands on it,
	// that word says which figure is asked, not the subject's name.
	if slices.ContainsFunc(anchors, func(a anchor) bool { return !q.Concepts[a.concept].Entity }) {
		anchors = slices.DeleteFunc(anchors, func(a anchor) bool { return q.Concepts[a.concept].Entity })
	}
	// A line of several clauses may state the figures of several things
	// ("1.4nm 공정을 2027년까지 양산할 계획이며, 2nm 공정은 2025년 도입을
	// 목표"): a figure is of the thing its own clause names. The weight of
	// the words that say which thing is asked (tying) that a figure's
	// clause leaves out ranks it before its distance to them does, and
	// ranks the lines that state a figure (statedBy).
	var clauseEnds []int
	for i := range len(line) {
		if clauseBreak(line, i, i+1) {
			clauseEnds = append(clauseEnds, i)
		}
	}
	clauseOf := func(i int) int {
		n, _ := slices.BinarySearch(clauseEnds, i)
		return n
	}
	// leftOut is the weight the clauses from the one of position from to
	// the one of position to leave out (a list of figures spans several).
	here := make([]bool, len(q.Concepts)) // reused by each call of leftOut
	leftOut := func(from, to int) float64 {
		clear(here)
		for _, a := range anchors {
			if k := clauseOf(a.start); a.tying && k >= clauseOf(from) && k <= clauseOf(to) {
				here[a.concept] = true
			}
		}
		var out float64
		for ci, c := range q.Concepts {
			if !here[ci] && tying(c) {
				out += c.Weight
			}
		}
		return out
	}
	locs := re.FindAllStringIndex(line, -1)
	years, typed := asked.years, asked.typed
	// a span of years answers only a question asked in years (implied.of
	// sets the tables' own span pattern where a question asks how long)
	spans := q.Unit != "년" && q.Expect != e.tab.implied.span
	best := -1
	var bestOut float64
	for _, aside := range []bool{false, true} {
		bestDist, bestTied := -1.0, false
		bestOut = 0
		n = 0
		for k, loc := range locs {
			m := strings.TrimSpace(line[loc[0]:loc[1]])
			// the unit the question names may follow the figure as a word
			// of its own ("93.3 수준"): the figure is then in that unit
			w := q.Expect.FindStringIndex(line[loc[0]:])
			// (an amount asked is stated so too: "93.3 수준")
			inUnit := !isDate && (q.Unit != "" || q.Expect == e.tab.implied.quantity) && w != nil && w[0] == 0
			if !inUnit && !e.tab.figs.expected(q.Expect, m) || typedNumber(typed, strings.TrimFunc(m, func(r rune) bool { return r < '0' || r > '9' })) {
				continue // the question's own figure ("1.0" of "실행계획 1.0") is no answer
			}
			if bracketed(line, loc[0]) != aside {
				continue
			}
			if e.tab.figs.nodeNotAsked(q, m) {
				continue // "2나노 이하 기술" names a process, no figure of anything asked
			}
			if asked.taken != "" && m == asked.taken {
				continue // another part's answer
			}
			if glued(line, loc[1]) {
				continue // "1단계" is the first stage, not one layer (단)
			}
			if spans && e.tab.implied.span.MatchString(m) {
				continue // "4년간" says over how long a sum or count is, no figure of it
			}
			if q.Counts && e.tab.figs.countsNothing(line, loc, e.tab.implied.percent) {
				continue // "how many" counts things: a sum or a share is no count
			}
			y, dated := e.tab.figs.yearBefore(line, loc[0])
			tied := !isDate && dated && slices.Contains(years, y)
			// A year in its short form just before the figure, in its
			// clause ("'32년에는 약 30%"), ties it to the year asked too; it
			// drops no figure as another year's, for a short form often
			// opens a span ("'21~'23년").
			tied = tied || !isDate && e.tab.figs.shortYearTied(line, loc[0], years)
			if !isDate && dated && len(years) > 0 && !tied {
				continue // the figure of a year the question does not ask about
			}
			if strings.HasSuffix(m, "여") && !q.Counts && !countedAsked(q, line[loc[1]:]) {
				continue // "2,500여 기업" counts what follows it: no figure of anything else
			}
			if !isDate && e.tab.figs.bare(q, line, m, loc[0]) {
				continue // a bare number says no unit
			}
			n++
			dist := 0.0
			for i, a := range anchors {
				d := 0.0
				switch {
				case loc[0] >= a.end:
					d = float64(loc[0] - a.end)
				case loc[1] <= a.start:
					d = float64(a.start - loc[1])
				}
				// a word across a comma is of another clause: the figure
				// of a Korean clause follows what it is of, and the next
				// item of a list is another thing
				if clauseBreak(line, min(loc[0], a.start), max(loc[1], a.end)) {
					d *= far
				}
				if d /= a.weight; i == 0 || d < dist {
					dist = d
				}
			}
			// a figure the line ties to the year asked answers before
			// one it ties to no year ("연평균 61%로 성장하여 2025년까지
			// 175제타바이트": the 2025 figure is the second)
			out := leftOut(loc[0], loc[0])
			if bestDist < 0 || tied && !bestTied || tied == bestTied && (out < bestOut || out == bestOut && dist < bestDist) {
				best, bestDist, bestTied, bestOut = k, dist, tied, out
			}
		}
		if len(anchors) == 0 && n > 1 {
			return "", isDate, n, 0
		}
		if best >= 0 {
			break
		}
	}
	if best < 0 {
		return "", isDate, n, 0
	}
	// Figures listed together are one answer: "8B, 70B, 400B". An aside in
	// brackets after an item ("7B(70억 개의 …), 13B(…), 70B") leaves the
	// list whole; its figures are no items of it.
	aside := bracketed(line, locs[best][0])
	items := []int{best}
	skipped := false
	for k := best - 1; k >= 0; k-- {
		if !aside && bracketed(line, locs[k][0]) {
			continue
		}
		between := line[locs[k][1]:locs[items[0]][0]]
		if !listed(unbracketed(between)) || !e.tab.figs.sameUnit(line, locs[k], locs[items[0]]) {
			break
		}
		skipped = skipped || between != unbracketed(between)
		items = append([]int{k}, items...)
	}
	for k := best + 1; k < len(locs); k++ {
		if !aside && bracketed(line, locs[k][0]) {
			continue
		}
		last := items[len(items)-1]
		between := line[locs[last][1]:locs[k][0]]
		if !listed(unbracketed(between)) || !e.tab.figs.sameUnit(line, locs[last], locs[k]) {
			break
		}
		skipped = skipped || between != unbracketed(between)
		items = append(items, k)
	}
	n -= len(items) - 1 // a list is one answer
	out = leftOut(locs[items[0]][0], locs[items[len(items)-1]][0])
	if !skipped {
		return strings.TrimSpace(line[locs[items[0]][0]:locs[items[len(items)-1]][1]]), isDate, n, out
	}
	var parts []string
	for _, k := range items {
		parts = append(parts, strings.TrimSpace(line[locs[k][0]:locs[k][1]]))
	}
	return strings.Join(parts, ", "), isDate, n, out
}

// bare tells whether the figure m, at i of line, is a number without a
// unit, which measures nothing: a page, a rank (a year only where q asks
// a date). A decimal is a measure, but for a name's version ("LLaMA 3.1").
func (f figures) bare(q question.Query, line, m string, i int) bool {
	if last, _ := utf8.DecodeLastRuneInString(m); !strings.ContainsRune("0123456789.,", last) || f.year.MatchString(m) && asksDate(q) {
		return false
	}
	return !f.decimal.MatchString(m) || namesVersion(line, i)
}

// namesVersion tells whether the number at position i of line follows a
// Latin word and a space: it is that name's version ("LLaMA 3.1"), which
// measures nothing, as a decimal without a unit otherwise does ("93.3").
func namesVersion(line string, i int) bool {
	before := strings.TrimRight(line[:i], " ")
	if len(before) == i {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r < utf8.RuneSelf && unicode.IsLetter(r)
}

// countedAsked tells whether the word that opens rest, the thing a
// number with 여 and no unit counts ("2,500여 기업이"), is a word of q.
func countedAsked(q question.Query, rest string) bool {
	word, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	word = strings.ToLower(word)
	for _, c := range q.Concepts {
		if c.Weight <= 0 || !c.Ask {
			continue
		}
		for _, t := range append([]string{c.Surface}, c.Terms...) {
			if t != "" && strings.HasPrefix(word, strings.ToLower(t)) {
				return true
			}
		}
	}
	return false
}

// shortYearTied tells whether the last year line marks in its short form
// before position i ("'32년") is one of years, with no clause break
// between it and i.
func (f figures) shortYearTied(line string, i int, years []int) bool {
	if len(years) == 0 {
		return false
	}
	locs := f.shortYear.FindAllStringIndex(line[:i], -1)
	if len(locs) == 0 {
		return false
	}
	last := locs[len(locs)-1]
	y := f.shortYear.FindStringSubmatch(line[last[0]:last[1]])[1]
	return !clauseBreak(line, last[1], i) && slices.Contains(years, analysis.FullYear(atoi(y)))
}

// typedNumber tells whether the number digits (a figure's, its unit and
// qualifiers trimmed) is one of the numbers the question typed: the 20 of
// 20% is no number of a question that types 2030, but the '30 of '30년
// is its year.
func typedNumber(typed []string, digits string) bool {
	for _, t := range typed {
		if t == digits || len(digits) < len(t) && isYear(atoi(t)) && analysis.FullYear(atoi(digits)) == atoi(t) {
			return true
		}
	}
	return false
}

// atoi is the value of a run of digits, 0 for anything else.
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// glued tells whether the figure that ends at position end of line ends in
// a Hangul unit that goes on into a longer word: "1단계" (a stage), "6개월"
// (months) read as 1단 and 6개 count no layers and no things. What may
// follow a unit in the same word is a particle or a suffix of counting
// (particles).
func glued(line string, end int) bool {
	last, _ := utf8.DecodeLastRuneInString(line[:end])
	next, _ := utf8.DecodeRuneInString(line[end:])
	return end < len(line) && analysis.HasHangul(string(last)) && analysis.HasHangul(string(next)) && !strings.ContainsRune(particles, next)
}

// particles are the syllables that may follow a Korean unit in one word: a
// particle's first ("을", "으로", "에서") or a suffix of counting ("당",
// "씩", "째", "급").
const particles = "의을를이가은는으로에와과도만까부씩당째급"

// tying tells whether c says which thing a figure is of: a name, a code
// or the word asked about, not a country or company (which a passage's
// filing ties) nor a figure of the question's own.
func tying(c question.Concept) bool {
	return !c.Entity && !c.Number && (c.Must || c.Name || c.Strict || c.Ask)
}

// latinInside tells whether s[i:j] is part of a longer run of Latin
// letters and digits: a letter or digit goes on before or after it where
// it begins or ends with one.
func latinInside(s string, i, j int) bool {
	alnum := func(b byte) bool { return b < utf8.RuneSelf && (unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b))) }
	// a version's point goes on with its digits: "LLaMA 3" is not in
	// "LLaMA 3.1"
	point := j+1 < len(s) && s[j] == '.' && isDigit(s[j-1]) && isDigit(s[j+1])
	return i > 0 && alnum(s[i]) && alnum(s[i-1]) || j < len(s) && alnum(s[j-1]) && alnum(s[j]) || point
}

// unbracketed is s less what it holds in brackets.
func unbracketed(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// clauseBreak tells whether line[from:to] holds a comma that parts two
// clauses or two items of a list: one between digits is a thousands
// separator, and one inside brackets is an aside's.
func clauseBreak(line string, from, to int) bool {
	for i := from; i < to; i++ {
		if line[i] != ',' {
			continue
		}
		if i > 0 && i+1 < len(line) && isDigit(line[i-1]) && isDigit(line[i+1]) {
			continue
		}
		if bracketed(line, i) {
			continue
		}
		return true
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// indexSpaced finds term in s where s may print it with spaces between
// its letters ("핵심 과제" for "핵심과제"): the start and end of the first
// place, or -1, -1.
func indexSpaced(s, term string) (int, int) {
	if term == "" {
		return -1, -1
	}
	for start := 0; start < len(s); {
		if strings.HasPrefix(s[start:], term) {
			return start, start + len(term)
		}
		i, j := start, 0
		for j < len(term) && i < len(s) {
			switch {
			case s[i] == term[j]:
				i, j = i+1, j+1
			case s[i] == ' ' && j > 0 && term[j] != ' ':
				i++
			default:
				j = -1
			}
			if j < 0 {
				break
			}
		}
		if j == len(term) {
			return start, i
		}
		_, size := utf8.DecodeRuneInString(s[start:])
		start += size
	}
	return -1, -1
}

// isYear tells whether n is a year of the times a report of today speaks
// of, not any other four digits.
func isYear(n int) bool { return n >= 1900 && n < 2100 }

// questionYears are the years a question names, as four digits.
func questionYears(q question.Query) []int {
	var out []int
	for _, c := range q.Concepts {
		if y, ok := conceptYear(c); ok {
			out = append(out, y)
		}
	}
	return out
}

// isConceptYear tells whether a word of a question names a year.
func isConceptYear(c question.Concept) bool {
	_, ok := conceptYear(c)
	return ok
}

// conceptYear is the year a word of a question names, as four digits.
func conceptYear(c question.Concept) (int, bool) {
	if !c.Number || len(c.Terms) == 0 || len(c.Terms[0]) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(c.Terms[0])
	return y, err == nil && isYear(y)
}

// yearBefore is the year a line names last before position i ("2020년 약
// 153억 달러에서 2024년에는 약 428억 달러": 2024 for the second figure),
// where it names one: the figure that follows is that year's.
func (f figures) yearBefore(line string, i int) (int, bool) {
	locs := f.yearMark.FindAllStringSubmatchIndex(line[:i], -1)
	if len(locs) == 0 {
		return 0, false
	}
	m := locs[len(locs)-1]
	for g := 2; g < len(m); g += 2 {
		if m[g] < 0 {
			continue
		}
		y, err := strconv.Atoi(line[m[g]:m[g+1]])
		if err != nil {
			return 0, false
		}
		return analysis.FullYear(y), true
	}
	return 0, false
}

// sourceName is a source up to its date, "테크월드뉴스(2024.10.7.)" of the
// footnote that goes on with the title and the address. A footnote with no
// dated author in its opening words explains rather than cites: it names
// no source.
func sourceName(src string) (string, bool) {
	src = strings.TrimSpace(src)
	i := strings.Index(src, ")")
	if i <= 0 {
		return "", false
	}
	open := strings.LastIndex(src[:i], "(")
	if open <= 0 || strings.IndexFunc(src[open:i], func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
		return "", false
	}
	authors := strings.TrimSpace(src[:open])
	if utf8.RuneCountInString(authors) > maxSourceName {
		// a reference list's authors: the first, and "et al."
		first, _, ok := strings.Cut(authors, ",")
		if !ok || utf8.RuneCountInString(first) > maxSourceName {
			return "", false
		}
		authors = first + " et al."
	}
	return authors + src[open:i+1], true
}

// maxSourceName bounds the author and date of a source.
const maxSourceName = 60

// bracketed tells whether position i of line is inside brackets.
func bracketed(line string, i int) bool {
	return strings.Count(line[:i], "(") > strings.Count(line[:i], ")")
}

// sameUnit tells whether the figures of line at a and b are in one unit:
// the items of a list are ("8B, 70B, 400B"), while a span before a sum
// ("4년간 약 1,526억 원") says over what time the sum is, no item of it.
func (f figures) sameUnit(line string, a, b []int) bool {
	_, ua := f.splitUnit(strings.TrimSpace(line[a[0]:a[1]]))
	_, ub := f.splitUnit(strings.TrimSpace(line[b[0]:b[1]]))
	return ua == ub
}

// listed tells whether what stands between two figures only lists them.
func listed(between string) bool {
	return strings.Trim(between, " ,·및과와") == "" && between != ""
}

// answeredSubject is the subject of a line that states r's figure: the
// question's words, less those the report never uses that r's passage
// does not hold either, and less the words of the asker's aside (a
// sentence a full stop ends beside the one that asks, a remark after it:
// question.Concept.Aside), which the report may well use ("발표",
// "작성"), other than a name, code, figure, country or company, which an
// aside names as the thing the question goes on to ask about ("Taiwan
// passed a law. What rates does it set?"). What the asker put around the
// question (why they ask, for whom, how politely, a chat ending) so does
// not head the answer. The word asked about stays: the line says what the
// figure is. Where nothing is left, the question's own words are the
// subject.
func (e *Engine) answeredSubject(q question.Query, r Result, leaveOut []string) string {
	said := slices.Clip(leaveOut)
	for _, c := range q.Concepts {
		if !c.Ask && (asideOnly(c) || c.DF == 0 && !e.x.Passages().States(c, r.PassageID)) {
			said = append(said, c.Surface)
		}
	}
	if s := subjectOf(q, said); s != "" {
		return s
	}
	return subjectOf(q, leaveOut)
}

// asideOnly tells whether c is a word of the asker's aside
// (question.Concept.Aside) that names no thing the question goes on to
// ask about: not a name, code, figure, country or company.
func asideOnly(c question.Concept) bool { return c.Aside && !c.Must && !c.Name }

// subjectOf is what the question asks about, in its own words: the names,
// codes, specific words and the word asked about, as typed less their
// particles.
func subjectOf(q question.Query, leaveOut []string) string {
	var ws []string
	for _, c := range q.Concepts {
		if c.Verbal || c.Source || slices.Contains(leaveOut, c.Surface) {
			continue
		}
		// the word without its particle, in the case it was typed
		// ("국가AI위원회는" → "국가AI위원회")
		w := c.Surface
		if low := strings.ToLower(w); analysis.HasHangul(w) && len(c.Terms) > 0 && len(low) == len(w) && strings.HasPrefix(low, c.Terms[0]) {
			w = w[:len(c.Terms[0])]
		}
		if !slices.ContainsFunc(ws, func(s string) bool { return strings.EqualFold(s, w) }) {
			ws = append(ws, w) // a word typed twice is one subject
		}
	}
	return strings.Join(ws, " ")
}

// english renders a quantity as English prints it: magnitudes in words and
// currency signs ("520억 달러" → "$52 billion"), "약" as "about".
func (f figures) english(v string) string {
	prefix := ""
	for _, q := range f.qualifiers {
		if rest, ok := strings.CutPrefix(v, q.ko); ok {
			prefix, v = q.en, strings.TrimSpace(rest)
			break
		}
	}
	// 여 after a number says "more than" it ("2,500여 기업", "20여 개국");
	// the quantity pattern takes it nowhere else
	if strings.Contains(v, "여") {
		v, prefix = strings.Replace(v, "여", "", 1), "over "
	}
	num, unit := f.splitUnit(v)
	amount, _, ok := analysis.KoreanNumber(num)
	if !ok {
		return prefix + v
	}
	s := magnitude(amount)
	if sign, ok := f.currencies[unit]; ok {
		return prefix + sign + s
	}
	en, known := f.units[unit]
	if !known {
		en = unit
	}
	switch {
	case en == "%":
		s += "%"
	case en != "":
		s += " " + en
	}
	return prefix + s
}

// expected tells whether a figure is what want expects: as it stands, or,
// for a currency named with its country ("400억 대만 달러"), as an amount
// in the currency's own name (달러), which a question for a sum expects.
func (f figures) expected(want *regexp.Regexp, m string) bool {
	if want.MatchString(m) {
		return true
	}
	num, unit := f.splitUnit(m)
	if _, ok := f.currencies[unit]; !ok {
		return false
	}
	for c := range f.currencies {
		if c != unit && strings.HasSuffix(unit, c) && want.MatchString(num+" "+c) {
			return true
		}
	}
	return false
}

// splitUnit parts "520억 달러" into its number words and its unit: the
// longest known unit or currency it ends with, else what follows the last
// digit or magnitude.
func (f figures) splitUnit(v string) (num, unit string) {
	for _, m := range []map[string]string{f.currencies, f.units} {
		for u := range m {
			if rest, ok := strings.CutSuffix(v, u); ok && len(u) > len(unit) && rest != "" {
				num, unit = strings.TrimSpace(rest), u
			}
		}
	}
	if unit != "" {
		return num, unit
	}
	i := strings.LastIndexFunc(v, func(r rune) bool {
		return r >= '0' && r <= '9' || strings.ContainsRune("만천백억조,. ", r)
	})
	if i < 0 {
		return v, ""
	}
	_, size := utf8.DecodeRuneInString(v[i:])
	return strings.TrimSpace(v[:i+size]), strings.TrimSpace(v[i+size:])
}

// noCounts blanks the figures of text that count nothing, as the one-line
// answer reads a line for a count: sums of money, shares (what percent
// matches) and numbers glued to the word they number ("1단계").
func (f figures) noCounts(text string, percent *regexp.Regexp) string {
	var b strings.Builder
	last := 0
	for _, loc := range f.quantity.FindAllStringIndex(text, -1) {
		if !f.countsNothing(text, loc, percent) {
			continue
		}
		b.WriteString(text[last:loc[0]])
		b.WriteByte(' ')
		last = loc[1]
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// countsNothing tells whether the figure at loc of text counts no things:
// a sum, a share (percent), or a number glued to the word it numbers
// ("1단계" is the first stage). The one-line answer and the hedge read
// "how many" by it alike.
func (f figures) countsNothing(text string, loc []int, percent *regexp.Regexp) bool {
	m := strings.TrimSpace(text[loc[0]:loc[1]])
	_, unit := f.splitUnit(m)
	return f.currencies[unit] != "" || percent.MatchString(m) || glued(text, loc[1])
}

// magnitude writes a number as English does: 52 billion, 1.5 trillion,
// 15,000.
func magnitude(n float64) string {
	for _, m := range []struct {
		div  float64
		name string
	}{{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}} {
		if n >= m.div {
			return strconv.FormatFloat(math.Round(n/m.div*100)/100, 'f', -1, 64) + m.name
		}
	}
	if n == math.Trunc(n) {
		return groupThousands(int64(n))
	}
	return strconv.FormatFloat(n, 'f', -1, 64)
}

func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// englishDate writes "2024년 3월", "'22.08.", "(24.2.)" as "March 2024",
// "August 2022", "February 2024", "2022.10.4." as "4 October 2022", and
// "2024년" as "2024".
func englishDate(v string) (string, bool) {
	digits := strings.FieldsFunc(v, func(r rune) bool { return r < '0' || r > '9' })
	if len(digits) == 0 || len(digits) > 3 {
		return "", false
	}
	year, err := strconv.Atoi(digits[0])
	if err != nil {
		return "", false
	}
	year = analysis.FullYear(year)
	if !isYear(year) {
		return "", false
	}
	rest := digits[1:]
	if len(rest) == 0 {
		return strconv.Itoa(year), strings.Contains(v, "년") || len(digits[0]) == 4
	}
	// The calendar says which months and days there are: a month or day
	// it carries over into the next is no date.
	month, err := strconv.Atoi(rest[0])
	if err != nil {
		return "", false
	}
	day, layout := 1, "January 2006"
	if len(rest) > 1 {
		// the day, where one is given, is part of the date ("2022.10.4."
		// of a news item): leaving it out would date it less exactly
		if day, err = strconv.Atoi(rest[1]); err != nil {
			return "", false
		}
		layout = "2 January 2006"
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if int(t.Month()) != month || t.Day() != day {
		return "", false
	}
	return t.Format(layout), true
}

// nodeNotAsked tells whether m is a process node's length (1.4nm, 2나노),
// which names a process, and q does not ask in its unit: a node answers
// only "몇 나노" or "which nm", not how much, how many or how big.
func (f figures) nodeNotAsked(q question.Query, m string) bool {
	return f.node.MatchString(m) && !f.asksNode(q)
}

// asksNode tells whether q asks a figure in the process node's unit.
func (f figures) asksNode(q question.Query) bool {
	return slices.ContainsFunc(f.nodeUnits, func(u string) bool { return strings.EqualFold(q.Unit, u) })
}

// withoutNodes is text with its process nodes blanked, unless q asks in
// their unit (nodeNotAsked).
func (f figures) withoutNodes(q question.Query, text string) string {
	if f.asksNode(q) {
		return text
	}
	return f.node.ReplaceAllString(text, " ")
}
