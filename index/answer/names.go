package answer

import (
	"fmt"
	"regexp"
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
	kinds []nameKind
}

type nameKind struct {
	ko, en string
	asked  *regexp.Regexp // the English word in a question, as a word
}

func newNaming() naming {
	nouns := `(?:제품군|제품|모델|버전|칩|이름|명칭|코드명|시리즈)명?`
	var kinds []nameKind
	for _, k := range [][2]string{{"제품", "product"}, {"모델", "model"}, {"버전", "version"}, {"칩", "chip"}, {"프로젝트", "project"},
		{"패키지", "package"}, {"시리즈", "series"}, {"가속기", "accelerator"}, {"프로세서", "processor"}} {
		kinds = append(kinds, nameKind{ko: k[0], en: k[1], asked: regexp.MustCompile(`\b` + k[1])})
	}
	return naming{
		kinds: kinds,
		asks: regexp.MustCompile(`(?i)` + nouns + `[은는이가을를으로]*\s*(?:뭐(?:야|였|지|임|냐|라고)|무엇|뭘|어떤|어느|\?|$)` +
			`|(?:어떤|어느|무슨|최신)\s*` + nouns +
			`|\b(?:which|what)\s+(?:\w+\s+){0,2}(?:models?|products?|chips?|versions?|names?|codenames?|series|packages?)\b` +
			`|\bcalled\b|\bnamed?\b|\bproducts\s*\??\s*$`),
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
	// The names are those of a line the reply quotes, where it states the
	// question's words: the line the search found nearest the question,
	// the excerpt's first, else another the excerpt shows beside it (an
	// excerpt may open on the passage's first line and quote the line that
	// names the thing asked after " … "). On that other line only a name
	// that extends a name the question types ("TPU v5e" of TPU) is tied
	// to the question: the kind of thing asked standing on it may be said
	// of another thing the passage goes on to. A name of a line the reply
	// does not show may be of anything.
	lead := excerptLead(top)
	if lead == "" {
		return ""
	}
	q.Expect = e.tab.naming.latin
	lines := e.statingLines(q, top, stating{})
	for i, shown := range []func(string) bool{
		func(line string) bool { return strings.Contains(line, lead) },
		func(line string) bool { return strings.Contains(top.Excerpt, line) },
	} {
		for _, line := range lines {
			if !shown(line) {
				continue
			}
			if names := e.namesOn(q, line, i > 0); len(names) > 0 {
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
// With extending set, only a name that extends a name the question types
// is one.
func (e *Engine) namesOn(q question.Query, line string, extending bool) []string {
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
	// A version printed onto a name the question types extends it as a
	// word after it does ("HBM2" of HBM, as "TPU v5e" of TPU).
	extends := func(w string) bool {
		low := strings.ToLower(w)
		for _, c := range q.Concepts {
			for _, t := range c.Terms {
				if rest, ok := strings.CutPrefix(low, t); ok && !c.Number && len(t) > 0 && len(rest) > 0 && unicode.IsDigit([]rune(rest)[0]) {
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
		if strings.Contains(ql, k.ko) || k.asked.MatchString(ql) {
			askedHere = askedHere || strings.Contains(low, k.ko) || strings.Contains(low, k.en)
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
			some = some || typed(w) || extends(w)
			marked = marked || strings.IndexFunc(w, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) >= 0
		}
		if all {
			prevTyped = loc[1]
			continue
		}
		if (extending || !askedHere) && !some {
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
