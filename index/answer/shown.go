package answer

import (
	"strings"

	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// showingStated is a's results with the first one's quote showing the
// line its one-line answer reads its figure off, where the quote leaves
// that line out: the one-line answer is the quote's claim in short, and a
// figure the reader cannot find in the quote under it is one they cannot
// check (the line statingLines reads lies a few lines from the one the
// question's words picked: the rates under the law they are of). The line
// is the first of the passage's lines stating the value q asks for
// (statingLines, the quote's own first, read as a side's evidence in a
// comparison) whose figure is the answer's; the quote keeps what it showed
// and adds it (search.Excerpts.With). a is as it is for a hedge (whose
// line is one the quote shows already), a reply with no one-line answer,
// or one whose figure a shown line states. q is the question as
// implied.of reads the figure it asks. On the conversations never
// fitted: follow-ups hit@3 2,556 -> 2,558 and hit@1 2,128 -> 2,130, hedges
// and flags held; questions unchanged.
func (e *Engine) showingStated(q question.Query, a Answer) Answer {
	if len(a.Direct) == 0 || len(a.Missing) > 0 || len(a.Results) == 0 || q.Expect == nil {
		return a
	}
	top := a.Results[0]
	value := directValue(a.Direct)
	if len(value) == 0 {
		return a
	}
	asked := e.figuresAsked(q)
	for _, line := range e.statingLines(q, top, stating{sides: a.Form == FormComparison}) {
		v, _, _, _ := e.figureOn(q, asked, line)
		if len(v) == 0 || !holdsFigure(value, v) && !holdsFigure(value, e.tab.figs.english(v)) {
			continue
		}
		if search.ShowsLine(top.Excerpt, line) {
			return a
		}
		ex := e.x.Excerpts().With(top.PassageID, top.Excerpt, line)
		if ex == top.Excerpt {
			return a
		}
		res := append([]Result(nil), a.Results...)
		res[0].Excerpt, res[0].Sources = ex, e.x.Document().Sources(ex)
		a.Results = res
		return a
	}
	return a
}

// directValue is the value a one-line answer states, between its
// subject's colon and the place it is from ("…: 25%, 5% (3.1, …)"); "" for
// a line of another form.
func directValue(direct string) string {
	_, rest, ok := strings.Cut(direct, ": ")
	if !ok {
		return ""
	}
	if i := strings.LastIndex(rest, " ("); i >= 0 {
		rest = rest[:i]
	}
	return strings.TrimSpace(rest)
}

// holdsFigure reports whether value states fig as a whole figure, not as
// the tail or head of a longer one: "25%, 5%" holds "25%" and "5%", but
// "25%" does not hold "5%", and "1,500" holds neither "500" nor "1,50".
func holdsFigure(value, fig string) bool {
	if len(fig) == 0 {
		return false
	}
	for from := 0; ; {
		i := strings.Index(value[from:], fig)
		if i < 0 {
			return false
		}
		i += from
		if !goesOnBefore(value[:i]) && !goesOnAfter(value[i+len(fig):]) {
			return true
		}
		from = i + 1
	}
}

// goesOnBefore reports whether the text before a match ends in a figure's
// digits: a digit, or a comma or point with a digit before it. Bytes do:
// a multi-byte rune's bytes are never ASCII digits or marks.
func goesOnBefore(s string) bool {
	n := len(s)
	if n > 1 && (s[n-1] == ',' || s[n-1] == '.') {
		n--
	}
	return n > 0 && isDigit(s[n-1])
}

// goesOnAfter reports whether the text after a match goes on with a
// figure's digits: a digit, or a comma or point with a digit after it.
func goesOnAfter(s string) bool {
	i := 0
	if len(s) > 1 && (s[0] == ',' || s[0] == '.') {
		i++
	}
	return i < len(s) && isDigit(s[i])
}
