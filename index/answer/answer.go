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
	q := strings.TrimSpace(question)
	ans := Answer{Question: question, Lang: analysis.Lang(q)}
	if q == "" {
		return ans, index.ErrEmptyQuestion
	}
	if utf8.RuneCountInString(q) > index.MaxQuestionRunes {
		return ans, index.ErrQuestionTooLong
	}
	if n <= 0 {
		n = 3
	}
	if err := ctx.Err(); err != nil {
		return ans, err
	}
	if ask, want := e.reportAsk(q); ask != askNone {
		if ans.Results = e.answerReport(ask, want, ans.Lang); len(ans.Results) > 0 {
			ans.Answered, ans.Form = true, FormReport
			return ans, nil
		}
	}
	query := e.x.Analyse(q)
	if names := e.comparing(q, query); names != nil {
		res, err := e.answerComparison(ctx, query, names, n)
		if err != nil {
			return ans, err
		}
		if len(res) >= 2 {
			ans.Results, ans.Answered, ans.Form = res, true, FormComparison
			return ans, nil
		}
	}
	if len(query.Concepts) == 0 {
		ans.Suggestions = e.x.Suggest(nil, 0)
		return ans, nil
	}
	ranked, err := e.x.Rank(ctx, query)
	if err != nil {
		return ans, err
	}
	floor := e.x.Params().MinCoverage
	if len(ranked) == 0 || ranked[0].Cover < floor || !e.x.SharesTopic(query, ranked[0].ID) || e.lacks(query) {
		ans.Suggestions = e.x.Suggest(ranked, floor)
		return ans, nil
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
			return ans, nil
		}
		ans.Results = append(fit, rest...)
	}
	ans.Answered = true
	return ans, nil
}

// lacks tells whether the question names something the report never
// mentions — a country it does not cover, a proper name, a code — which no
// passage can answer however much else it shares.
func (e *Engine) lacks(q index.Query) bool {
	if !e.x.Params().DeclineUnknownNames {
		return false
	}
	for _, c := range q.Concepts {
		if c.Must && c.DF == 0 && !c.Corrected {
			return true
		}
	}
	return false
}

func (e *Engine) result(c index.Candidate, q index.Query) Result {
	doc := e.x.Document()
	p := doc.Passages[c.ID]
	s, _ := doc.Section(p.Section)
	excerpt := e.x.Excerpt(c.ID, q)
	return Result{
		PassageID:    c.ID,
		Section:      p.Section,
		SectionTitle: s.Title,
		Path:         p.Path,
		Pages:        e.x.Pages(c.ID),
		Excerpt:      excerpt,
		Text:         p.Text,
		Score:        math.Round(c.Score*1000) / 1000,
		Sources:      doc.Sources(excerpt),
	}
}

// Explain describes how a question is read and ranked, for tuning and for
// "reportbot ask --explain".
func (e *Engine) Explain(ctx context.Context, question string) string {
	var b strings.Builder
	// The limits Ask applies: an over-long question is refused, not analysed.
	if n := utf8.RuneCountInString(strings.TrimSpace(question)); n > index.MaxQuestionRunes {
		return fmt.Sprintf("question refused: %d runes, at most %d\n", n, index.MaxQuestionRunes)
	}
	q := e.x.Analyse(strings.TrimSpace(question))
	for _, c := range q.Concepts {
		fmt.Fprintf(&b, "concept %q w=%.2f df=%d terms=%v grams=%v\n", c.Surface, c.Weight, c.DF, c.Terms, c.Grams)
	}
	fmt.Fprintf(&b, "wants source: %v\n", q.WantsSource)
	ranked, err := e.x.Rank(ctx, q)
	if err != nil {
		return b.String() + err.Error()
	}
	doc := e.x.Document()
	for _, r := range ranked[:min(8, len(ranked))] {
		p := doc.Passages[r.ID]
		fmt.Fprintf(&b, "  #%d %s score=%.3f cover=%.2f topic=%v %.60q\n", r.ID, p.Section, r.Score, r.Cover, e.x.SharesTopic(q, r.ID), p.Text)
	}
	return b.String()
}
