package answer

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index/question"
)

// footnotes answers a question that says its answer is in a footnote
// ("각주에 있던거", "it's in a footnote") from the footnote the top
// result's excerpt marks right after a word of the question ("만인계획³⁴⁾":
// footnote 34 is about 만인계획). The figure is chosen in the footnote's
// text as on a line. Where no such footnote states one there is no line:
// the asker said where the answer is, and a figure from the quoted text
// is another thing's.
type footnotes struct {
	names, marker *regexp.Regexp
	// source marks a question for the source a footnote names, which the
	// source line answers ("각주 출처는?"): a footnote word alone also
	// makes the question's reader look in footnotes.
	source *regexp.Regexp
	// clauses splits a footnote's text where one listed thing ends.
	clauses *regexp.Regexp
	// origin asks for a source in words the question's reader does not
	// take for one: who wrote or published a thing, the journal or
	// outlet it appeared in, where a figure or chart comes from.
	origin *regexp.Regexp
}

func newFootnotes() footnotes {
	return footnotes{
		clauses: regexp.MustCompile(`[,;]\s|\.\s|·`),
		names:   regexp.MustCompile(`(?i)각주|\bfoot\s?notes?\b`),
		marker:  regexp.MustCompile(`([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾`),
		source:  regexp.MustCompile(`(?i)출처|인용|\bsources?\b|\bcited?\b|where .*\bfrom\b`),
		origin: regexp.MustCompile(`(?i)\b(?:journal|publish(?:ed|er|es)?|publication|outlet|newspaper|authors?|who wrote|written by)\b` +
			`|\bwhere\b.*\b(?:come|comes|came|taken|drawn|sourced)\s+from\b` +
			`|매체|언론사|발행처|게재|실린|실렸|저널|학술지|어디서\s*나온|어디에서\s*나온`),
	}
}

// footnoteLine is the line for a question that names a footnote, and
// whether it names one (then no other line answers it). A question for a
// source is answered by the source line instead.
func (e *Engine) footnoteLine(q question.Query, a Answer, w *wording) (string, bool) {
	if w.is(footnoteSource) || a.Form != "" || !w.is(footnoteNamed) {
		return "", false
	}
	if q.WantsSource && (len(a.Missing) == 0 || e.tab.implied.of(q, w).Expect == nil) {
		if _, ok := e.sourceLine(q, a, w); ok {
			return "", false // the footnote's source is what the source line names
		}
	}
	if q = e.tab.implied.of(q, w); q.Expect == nil || e.lacksConstraint(q, a.Missing) {
		return "", true
	}
	return e.fromFootnote(q, a), true
}

// fromFootnote is the line stated by the footnote the top result's excerpt
// marks right after a word of the question, or "". A question that does
// not name a footnote is answered from one too where its passage states
// no figure of it: the marker ties the footnote to the word as the line
// would ("만인계획³⁴⁾" and the tiers footnote 34 lists).
func (e *Engine) fromFootnote(q question.Query, a Answer) string {
	top := a.Results[0]
	doc := e.x.Document()
	for _, line := range strings.Split(top.Excerpt, "\n") {
		for _, m := range e.tab.footnotes.marker.FindAllStringSubmatchIndex(line, -1) {
			n := superNumber(line[m[2]:m[3]])
			f, ok := doc.Footnote(n)
			if !ok || !e.tab.footnotes.about(q, line[:m[0]]) {
				continue
			}
			value, isDate := e.footnoteFigure(q, f.Text)
			if value == "" {
				continue
			}
			if a.Lang != "ko" {
				if d, ok := englishDate(value); isDate && ok {
					value = d
				} else {
					value = e.tab.figs.english(value)
				}
			}
			var leaveOut []string
			for _, c := range q.Concepts {
				if e.tab.footnotes.names.MatchString(c.Surface) {
					leaveOut = append(leaveOut, c.Surface)
				}
			}
			where := fmt.Sprintf("%s, 각주 %d", whereFrom(top, a.Lang), n)
			if a.Lang != "ko" {
				where = fmt.Sprintf("%s, footnote %d", whereFrom(top, a.Lang), n)
			}
			line := fmt.Sprintf("%s: %s (%s)", subjectOf(q, leaveOut), value, where)
			if len(a.Missing) > 0 {
				line = closestMark(a.Lang) + " — " + line
			}
			return line
		}
	}
	return ""
}

// about tells whether the word just before a footnote marker (the last
// word of before) is one of the question's: the footnote is then about
// what the question asks.
func (f footnotes) about(q question.Query, before string) bool {
	fields := strings.Fields(before)
	if len(fields) == 0 {
		return false
	}
	word := strings.ToLower(strings.Trim(fields[len(fields)-1], "「」'‘’\"“”(),"))
	for _, c := range q.Concepts {
		if c.Number || c.Verbal || f.names.MatchString(c.Surface) {
			continue
		}
		for _, t := range c.Terms {
			// the word is the term, with a particle at most: 만인계획³⁴⁾
			// is about 만인계획, 백인계획³²⁾ not about 계획
			if len(t) > 3 && strings.HasPrefix(word, strings.ToLower(t)) {
				return true
			}
		}
	}
	return false
}

// footnoteFigure is the figure of the clause of a footnote's text that
// the question's words single out, of the clauses that state one: a
// footnote lists several things with a figure each ("1등급은 …(100명),
// 2등급은 …(8,000명)"), and the figure asked is the one of the thing
// asked about. A word of the question that several clauses hold (인재 of
// every tier), with a figure or not, singles none out; where no clause is
// singled out there is no figure.
func (e *Engine) footnoteFigure(q question.Query, text string) (value string, isDate bool) {
	type clause struct {
		value  string
		isDate bool
		holds  []int // the question's concepts it holds
	}
	var cls []clause
	held := make([]int, len(q.Concepts))
	for _, cl := range e.tab.footnotes.clauses.Split(text, -1) {
		v, d, _ := e.figureOn(q, cl)
		c := clause{value: v, isDate: d}
		// a word of the question opens a word of the clause ("천인계획"
		// holds no "계획" of the question); a bare digit is in too many
		// words to count
		low := " " + strings.ToLower(cl)
		for i, k := range q.Concepts {
			for _, t := range append([]string{k.Surface}, k.Terms...) {
				if strings.Trim(t, "0123456789.,") != "" && (strings.Contains(low, " "+strings.ToLower(t)) || strings.Contains(low, "("+strings.ToLower(t))) {
					c.holds = append(c.holds, i)
					held[i]++
					break
				}
			}
		}
		if v != "" {
			cls = append(cls, c)
		}
	}
	best := 0.0
	for _, c := range cls {
		w := 0.0
		for _, i := range c.holds {
			if held[i] == 1 {
				w += q.Concepts[i].Weight
			}
		}
		if w > best {
			value, isDate, best = c.value, c.isDate, w
		}
	}
	return value, isDate
}

// superNumber reads superscript digits ("³⁴") as a number.
func superNumber(s string) int {
	const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	n := 0
	for _, r := range s {
		d := strings.IndexRune(digits, r)
		if d < 0 {
			return 0
		}
		n = n*10 + utf8.RuneCountInString(digits[:d])
	}
	return n
}
