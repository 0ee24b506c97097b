package answer

import (
	"context"
	"fmt"
	"math"
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
			d.reason = "answered with the evidence for each side of a comparison: " + strings.Join(names, ", ")
			return ans, d, nil
		}
	}
	floor := e.x.Params().MinCoverage
	switch missing := e.lacks(query); {
	case len(ranked) == 0:
		d.reason = "declined: no passage shares a word with the question"
	case missing != "":
		d.reason = "declined: the report never mentions " + missing
	case ranked[0].Cover < floor:
		d.reason = fmt.Sprintf("declined: the best passage covers %.2f of the question's weight, below %.2f", ranked[0].Cover, floor)
	case !e.x.SharesTopic(query, ranked[0].ID):
		d.reason = "declined: the best passage shares only the names of countries or companies with the question"
	}
	if d.reason != "" {
		ans.Suggestions = e.x.Suggest(ranked, floor)
		return ans, d, nil
	}
	for _, r := range ranked {
		ans.Results = append(ans.Results, e.result(r, query))
		if len(ans.Results) == n {
			break
		}
	}
	// "When …?" wants a date and "how much …?" a number: an answer whose
	// evidence has none is not an answer. Those that have one go first; when
	// no answerable passage has one, the report does not say.
	if want := query.Expect; want != nil {
		var fit, rest []Result
		for _, r := range ans.Results {
			if r.Section == "refs" || !want.MatchString(r.Excerpt) { // a reference entry's year dates the source, not the fact
				rest = append(rest, r)
			} else {
				fit = append(fit, r)
			}
		}
		if len(fit) == 0 {
			ans.Results = nil
			ans.Suggestions = e.x.Suggest(ranked, floor)
			d.reason = "declined: the question asks when or how much, and no answering excerpt holds a date or figure"
			return ans, d, nil
		}
		ans.Results = append(fit, rest...)
	}
	ans.Answered = true
	d.reason = fmt.Sprintf("answered: the best passage covers %.2f of the question's weight (at least %.2f)", ranked[0].Cover, floor)
	return ans, d, nil
}

// lacks names what the question asks about that the report never mentions
// — a country it does not cover, a proper name, a code — which no passage
// can answer however much else it shares; "" when there is none.
func (e *Engine) lacks(q index.Query) string {
	if !e.x.Params().DeclineUnknownNames {
		return ""
	}
	var names []string
	for _, c := range q.Concepts {
		if c.Must && c.DF == 0 && !c.Corrected {
			names = append(names, c.Surface)
		}
	}
	return strings.Join(names, ", ")
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
	fmt.Fprintf(&b, "decision: %s\n", d.reason)
	return b.String()
}
