package answer

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/index"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// Answer is what the engine says about one question.
type Answer struct {
	Question string
	Lang     string // "ko" or "en": the language replies should use
	// Answered is false when the report does not cover the question; Results is
	// then empty and Suggestions names the nearest sections.
	Answered    bool
	Results     []Result
	Suggestions []index.SectionRef
	// Missing are the question's own words that no result holds: what the
	// report does not say. An answer with Missing is hedged: the results
	// are the closest passages, not the answer.
	Missing []string
	// Form is "" for passages ranked for the question, FormReport for an
	// answer from the report's structure, FormComparison for evidence on
	// each side of a comparison.
	Form string
}

// Result is one cited passage.
type Result struct {
	PassageID    int
	Section      string   // section id, e.g. "2.2.1.마"
	SectionTitle string   // the section's own title
	Path         []string // titles from the chapter down
	Pages        string   // "25–33", or "" when the contents give none
	Excerpt      string   // the sentence or two that answers, ≤ about 300 characters
	Text         string   // the whole passage
	Score        float64
	// Sources are the original sources the excerpt cites: footnote texts and
	// reference-list entries for in-text citations such as "(장은현, 2024)".
	Sources []string
	// Label names the side of a comparison the result is evidence for.
	Label string
}

// Engine answers questions from one index. It keeps no state between
// questions and is safe for concurrent use.
type Engine struct {
	x       *index.Index
	words   reportWords
	compare []string
}

// New returns an engine over x.
func New(x *index.Index) *Engine {
	return &Engine{x: x, words: newReportWords(), compare: compareWords()}
}

// Ask answers a question with up to n passages (3 when n ≤ 0). The question
// is plain text: markup is the caller's to remove.
func (e *Engine) Ask(ctx context.Context, question string, n int) (Answer, error) {
	ans, _, err := e.decide(ctx, question, n)
	return ans, err
}

// decision is why a question was answered or declined, for --explain.
type decision struct {
	query  index.Query
	ranked []index.Candidate
	reason string
	// stated says, for a "when" or "how much" question, which results state
	// the date or figure beside what it is of.
	stated []string
}

// decide answers or declines, and says why. Ask and Explain share it, so
// that what --explain prints is what Ask does.
func (e *Engine) decide(ctx context.Context, question string, n int) (Answer, decision, error) {
	var d decision
	q := strings.TrimSpace(question)
	ans := Answer{Question: question, Lang: analysis.Lang(q)}
	if q == "" {
		return ans, d, index.ErrEmptyQuestion
	}
	if utf8.RuneCountInString(q) > index.MaxQuestionRunes {
		return ans, d, index.ErrQuestionTooLong
	}
	if n <= 0 {
		n = 3
	}
	if err := ctx.Err(); err != nil {
		return ans, d, err
	}
	if ask, want := e.reportAsk(q); ask != askNone {
		if ans.Results = e.answerReport(ask, want, ans.Lang); len(ans.Results) > 0 {
			ans.Answered, ans.Form = true, FormReport
			d.reason = "answered from the report's structure: a question about the whole report"
			return ans, d, nil
		}
	}
	d.query = e.x.Analyse(q)
	query := d.query
	if len(query.Concepts) == 0 {
		ans.Suggestions = e.x.Suggest(nil, 0)
		d.reason = "declined: the question has no word the report could answer (only frame words or none)"
		return ans, d, nil
	}
	ranked, err := e.x.Rank(ctx, query)
	if err != nil {
		return ans, d, err
	}
	d.ranked = ranked
	if names := e.comparing(q, query); names != nil {
		res, err := e.answerComparison(ctx, query, ranked, names, n)
		if err != nil {
			return ans, d, err
		}
		if len(res) >= 2 {
			ans.Results, ans.Answered, ans.Form = res, true, FormComparison
			// A side with no evidence of its own, or a word no side holds, is
			// what the report does not say.
			for _, name := range names {
				if !slices.ContainsFunc(res, func(r Result) bool { return r.Label == name || r.Label == "" && e.x.Passages().About(r.PassageID, name) }) {
					ans.Missing = appendNew(ans.Missing, surfaceOf(query, e, name))
				}
			}
			for _, m := range e.missing(query, res) {
				ans.Missing = appendNew(ans.Missing, m)
			}
			d.reason = "answered with the evidence for each side of a comparison: " + strings.Join(names, ", ")
			if len(ans.Missing) > 0 {
				d.reason = "hedged: a comparison of " + strings.Join(names, ", ") + " where no result holds " + strings.Join(ans.Missing, ", ")
			}
			return ans, d, nil
		}
	}
	p := e.x.Params()
	switch {
	case len(ranked) == 0:
		d.reason = "declined: no passage shares a word with the question"
	case ranked[0].Cover < p.DeclineCoverage:
		d.reason = fmt.Sprintf("declined: the best passage covers %.2f of the question's weight, below %.2f", ranked[0].Cover, p.DeclineCoverage)
	case !e.x.SharesTopic(query, ranked[0].ID):
		d.reason = "declined: the best passage shares only the names of countries or companies with the question"
	}
	if d.reason != "" {
		ans.Suggestions = e.x.Suggest(ranked, p.MinCoverage)
		return ans, d, nil
	}
	for _, r := range ranked {
		ans.Results = append(ans.Results, e.result(r, query))
		if len(ans.Results) == n {
			break
		}
	}
	ans.Answered = true
	ans.Missing = e.missing(query, ans.Results)
	why := "a word that matters"
	if len(ans.Missing) == 0 && ranked[0].Cover < p.MinCoverage {
		why = "the heaviest word the best passage lacks, which covers too little"
		// The best passage holds too little of the question to answer it
		// surely: what weighs most of what it lacks is what the report does
		// not say together with the rest.
		ans.Missing = e.heaviestMissing(query, ans.Results[:1])
	}
	// "When …?" wants a date and "how much …?" a figure, stated beside what
	// it is the date or figure of: evidence that states one goes first; when
	// none does, the report does not say, and the reply names what it lacks
	// in the question's own words.
	if want := query.Expect; want != nil {
		bind := e.binding(query)
		var fit, rest []Result
		var gap []string
		found := false
		for _, r := range ans.Results {
			if r.Section == "refs" { // a reference entry's year dates the source, not the fact
				rest = append(rest, r)
				continue
			}
			miss, ok := e.unstated(want, bind, r.PassageID)
			d.stated = append(d.stated, fmt.Sprintf("#%d %s: value on a line %v, binding words left out %v", r.PassageID, r.Section, ok, miss))
			switch {
			case ok && len(miss) == 0:
				fit = append(fit, r)
			default:
				if ok && (!found || len(miss) < len(gap)) {
					gap, found = miss, true
				}
				rest = append(rest, r)
			}
		}
		ans.Results = append(fit, rest...)
		if len(fit) == 0 {
			if len(gap) == 0 {
				gap = []string{e.x.AskedFor(query)}
			}
			for _, g := range gap {
				ans.Missing = appendNew(ans.Missing, g)
			}
			why = "no result states the date or figure beside what it is of"
		}
	}
	if len(ans.Missing) > 0 {
		d.reason = fmt.Sprintf("hedged: no result holds %s (%s; the best passage covers %.2f of the question's weight)", strings.Join(ans.Missing, ", "), why, ranked[0].Cover)
	} else {
		d.reason = fmt.Sprintf("answered: the results hold every specific word; the best passage covers %.2f of the question's weight", ranked[0].Cover)
	}
	return ans, d, nil
}

// missing lists the words of the question that matter and that no result
// holds, in its text or in a footnote it cites: a constraint (a name, a
// year, a code), what is asked about, and any word specific enough to name
// something (not an everyday word, which is a paraphrase or the asker's
// chatter) that carries a real share of the question's weight.
func (e *Engine) missing(q index.Query, results []Result) []string {
	p := e.x.Params()
	total := q.Weight()
	var out []string
	for _, c := range q.Concepts {
		if c.Verbal || c.Source {
			continue
		}
		// What is asked about matters when it names something (a price, a
		// head count), not when it is the kind of answer wanted (a name, a
		// date, an example), which the answer holds without saying so; and
		// for "when" or "how much" the date or figure is the answer, which
		// the check of what states it covers.
		// A Korean word asked about that the report never uses is a detail
		// it never gives ("가격", "벌금"), however everyday the word; an
		// English one the report never uses may only be a word the glossary
		// cannot carry over, so only one the report uses elsewhere counts.
		korean := analysis.HasHangul(c.Surface)
		asked := c.Ask && q.Expect == nil && (korean && (c.DF == 0 || c.Spec >= p.AskSpec) || !korean && c.DF > 0 && c.Spec >= p.AskSpec)
		matters := asked || c.Must || c.Spec >= p.MissingSpec && total > 0 && c.Weight/total >= p.MissingShare
		if !matters {
			continue
		}
		if !e.held(c, results) {
			out = appendNew(out, c.Surface)
		}
	}
	return out
}

// heaviestMissing names the question's word of most weight that no result
// holds, leaving aside verbs and words that ask for sources.
func (e *Engine) heaviestMissing(q index.Query, results []Result) []string {
	best, name := 0.0, ""
	for _, c := range q.Concepts {
		if c.Verbal || c.Source || c.Weight <= best {
			continue
		}
		if !e.held(c, results) {
			best, name = c.Weight, c.Surface
		}
	}
	if name == "" {
		return nil
	}
	return []string{name}
}

// surfaceOf is how the question names a country or company.
func surfaceOf(q index.Query, e *Engine, name string) string {
	for _, c := range q.Concepts {
		if n, ok := e.x.EntityOf(c); ok && n == name {
			return c.Surface
		}
	}
	return name
}

// held tells whether a result states c, in its text or a footnote it cites,
// or, for a country or company, is about it (filed under it, its profile).
func (e *Engine) held(c index.Concept, results []Result) bool {
	name, isEntity := e.x.EntityOf(c)
	for _, r := range results {
		if e.x.Passages().States(c, r.PassageID) || isEntity && e.x.Passages().About(r.PassageID, name) {
			return true
		}
	}
	return false
}

func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func (e *Engine) result(c index.Candidate, q index.Query) Result {
	doc := e.x.Document()
	p := doc.Passages[c.ID]
	s, _ := doc.Section(p.Section)
	excerpt := e.x.Excerpts().Pick(c.ID, q)
	return Result{
		PassageID:    c.ID,
		Section:      p.Section,
		SectionTitle: s.Title,
		Path:         p.Path,
		Pages:        e.x.Passages().Pages(c.ID),
		Excerpt:      excerpt,
		Text:         p.Text,
		Score:        math.Round(c.Score*1000) / 1000,
		Sources:      doc.Sources(excerpt),
	}
}

// Explain describes how a question is read and ranked and why it was
// answered or declined, for tuning and for "reportbot ask --explain".
func (e *Engine) Explain(ctx context.Context, question string) string {
	var b strings.Builder
	if utf8.RuneCountInString(question) > index.MaxQuestionRunes {
		return fmt.Sprintf("refused: the question is longer than %d characters\n", index.MaxQuestionRunes)
	}
	_, d, err := e.decide(ctx, question, 5)
	if err != nil {
		return "not explained: " + err.Error() + "\n"
	}
	for _, c := range d.query.Concepts {
		var flags []string
		for _, f := range []struct {
			on   bool
			name string
		}{{c.Must, "must"}, {c.Ask, "asked-about"}, {c.Corrected, "corrected"}, {c.Entity, "entity"}, {c.Name, "name"}, {c.Source, "source-word"}, {c.DF == 0, "unknown-to-report"}} {
			if f.on {
				flags = append(flags, f.name)
			}
		}
		fmt.Fprintf(&b, "concept %q w=%.2f df=%d terms=%v grams=%v %s\n", c.Surface, c.Weight, c.DF, c.Terms, c.Grams, strings.Join(flags, " "))
	}
	fmt.Fprintf(&b, "wants source: %v\n", d.query.WantsSource)
	doc := e.x.Document()
	for _, r := range d.ranked[:min(8, len(d.ranked))] {
		p := doc.Passages[r.ID]
		fmt.Fprintf(&b, "  #%d %s score=%.3f cover=%.2f topic=%v %.60q\n", r.ID, p.Section, r.Score, r.Cover, e.x.SharesTopic(d.query, r.ID), p.Text)
	}
	for _, st := range d.stated {
		fmt.Fprintf(&b, "stated: %s\n", st)
	}
	fmt.Fprintf(&b, "decision: %s\n", d.reason)
	return b.String()
}
