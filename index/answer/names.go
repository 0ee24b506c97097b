package answer

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/stepi-tools/reportbot/index/question"
)

// naming answers a question for the name of a product, a model, a chip or
// a version ("which model", "what is it called", "제품군으로 뭘", "최신
// 버전은", or the kind's name: "모델명은") with the names the top passage gives on the line that states
// the question's words: the runs of Latin letters and digits the question
// does not type itself ("Hala Point, Loihi 2"). A question for what a
// thing is or does is no question for a name.
type naming struct {
	asks *regexp.Regexp
	// run is a name as the report prints it in Latin letters and digits,
	// its words separated by single spaces ("AWS IoT Greengrass 2.0").
	run *regexp.Regexp
	// latin is what a line must hold to give a name.
	latin *regexp.Regexp
	// kinds are the kinds of thing a name is asked for, in both
	// languages: the line that names one says which kind it is.
	kinds []question.NameKind
}

// newNaming reads a question for a name as the question's reader does
// (question.Query.AsksName), so that the excerpt and the answer agree.
func newNaming(p *question.Patterns) naming {
	asks, kinds := p.Naming()
	return naming{
		kinds: kinds,
		asks:  asks,
		run:   regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9.+\-]*(?: [A-Za-z0-9][A-Za-z0-9.+\-]*)*`),
		latin: regexp.MustCompile(`[A-Za-z]`),
	}
}

// namesLine is the one line for a question that asks for a name, or "".
func (e *Engine) namesLine(q question.Query, a Answer, w *wording) string {
	if a.Form != "" || q.Expect != nil || q.Define || !w.is(asksName) {
		return ""
	}
	top := a.Results[0]
	if reference(top) {
		return "" // a reference entry's capitals are a title's, not the names asked
	}
	// The names are those of the line the search found nearest the
	// question, the excerpt's first, where it states the question's words;
	// else of another line the excerpt shows, where that line itself
	// holds a name or code the question types: a name elsewhere in the passage may be of anything it
	// goes on to, and the lead may have been found by a word of the
	// question's that says nothing of which thing ("최신" of "최신 정보").
	lead := excerptLead(top)
	q.Expect = e.tab.naming.latin
	// The word a name is asked by ("which chips", "제품 뭐") is the kind of
	// thing the names are: the names state it, as a date states "when".
	q.Concepts = slices.Clone(q.Concepts)
	for i := range q.Concepts {
		q.Concepts[i].Ask = false
	}
	lines := e.statingLines(q, top, stating{})
	for _, first := range []bool{true, false} {
		for _, line := range lines {
			isLead := lead != "" && strings.Contains(line, lead)
			if isLead != first || !first && (!strings.Contains(top.Excerpt, line) || !e.namesOnLine(q, top.PassageID, line)) {
				continue
			}
			if names := e.namesOn(q, line); len(names) > 0 {
				return fmt.Sprintf("%s: %s (%s)", subjectOf(q, nil), strings.Join(names, ", "), whereFrom(top, a.Lang))
			}
		}
	}
	return ""
}

// namesOn are the names a line gives that the question does not type: a
// run of Latin letters and digits with a capital or a digit, less a bare
// number, a short all-capital word (AI, GPU) and the spelled-out form in
// brackets after a word the question types ("TPU(Tensor Processing
// Unit)"). None when there are more than the parameters' DirectNames.
func (e *Engine) namesOn(q question.Query, line string) []string {
	typed := func(w string) bool {
		w = strings.ToLower(strings.Trim(w, ".-+"))
		for _, c := range q.Concepts {
			if strings.EqualFold(c.Surface, w) || strings.Contains(strings.ToLower(c.Surface), w) && len(w) > 2 {
				return true
			}
			for _, t := range c.Terms {
				if t == w {
					return true
				}
			}
		}
		return false
	}
	// A name answers when the line ties it to what is asked: the word
	// asked about stands on the line ("Loihi 2칩", "Snow Family 제품군"), or
	// the name extends a name the question types ("TPU v5e" of TPU).
	low, ql := strings.ToLower(line), strings.ToLower(q.Text)
	askedHere := false
	for _, k := range e.tab.naming.kinds {
		if k.In(ql) {
			askedHere = askedHere || strings.Contains(low, k.Ko) || strings.Contains(low, k.En)
		}
	}
	var out []string
	prevTyped := -1 // where the last run of only typed words ended
	for _, loc := range e.tab.naming.run.FindAllStringIndex(line, -1) {
		run := strings.Trim(line[loc[0]:loc[1]], ".-+ ")
		words := strings.Fields(run)
		all, some, marked := true, false, false
		for _, w := range words {
			all = all && typed(w)
			some = some || typed(w)
			marked = marked || strings.IndexFunc(w, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) >= 0
		}
		if all {
			prevTyped = loc[1]
			continue
		}
		if !askedHere && !some {
			continue
		}
		if prevTyped >= 0 && loc[0] == prevTyped+1 && line[prevTyped] == '(' {
			continue // a typed word spelled out
		}
		if !marked || strings.Trim(run, "0123456789.,") == "" || len(words) == 1 && len(run) <= 3 && strings.ToUpper(run) == run && strings.IndexFunc(run, unicode.IsDigit) < 0 {
			continue
		}
		if !containsFold(out, run) {
			out = append(out, run)
		}
	}
	if len(out) > e.x.Params().DirectNames {
		return nil
	}
	return out
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// namesOnLine tells whether the line of passage id whose text is text
// itself holds a name or code the question types (not a country or
// company, which a passage's filing may tie, nor a figure): a line found
// by no other word of the question is then still about the thing named.
func (e *Engine) namesOnLine(q question.Query, id int, text string) bool {
	ps := e.x.Passages()
	for _, ln := range ps.Lines(id) {
		if ln.Text != text {
			continue
		}
		for _, c := range q.Concepts {
			if c.Must && !c.Entity && !c.Number && (ps.LineStates(c, ln) || codeOn(c, ln.Text)) {
				return true
			}
		}
	}
	return false
}
