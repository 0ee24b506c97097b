package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/bot/markup"
	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/cite"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/prebuilt"
	"github.com/stepi-tools/reportbot/index/summary"
)

// engine wires the rooms a command uses over one index: answers, citations
// and summaries. Input from the terminal is cleaned of Slack markup as the
// bot cleans it, since people paste questions from Slack.
type engine struct {
	x       *index.Index
	answers *answer.Engine
	cites   *cite.Engine
	sums    *summary.Engine
	dialog  *dialog.Engine
	clean   *markup.Cleaner
}

// loadEngine parses the report and builds the index, or opens its prebuilt
// index, and builds the rooms over it. The outcome says whether a prebuilt
// index had to be written first, and why.
func loadEngine(src source) (*engine, prebuilt.Outcome, error) {
	x, out, err := loadIndex(src)
	if err != nil {
		return nil, out, err
	}
	answers := answer.New(x)
	return &engine{x: x, answers: answers, cites: cite.New(x), sums: summary.New(x), dialog: dialog.New(x, answers, dialog.Defaults()), clean: markup.New()}, out, nil
}

func (e *engine) Close() error { return e.x.Close() }

func (e *engine) Document() *corpus.Document { return e.x.Document() }

func (e *engine) Ask(ctx context.Context, q string, n int) (answer.Answer, error) {
	ans, err := e.answers.Ask(ctx, e.clean.Clean(q), n)
	ans.Question = q
	return ans, err
}

// Reply answers a message of a conversation: a follow-up in the light of st.
func (e *engine) Reply(ctx context.Context, st dialog.State, q string, n int) (dialog.Reply, error) {
	r, err := e.dialog.Reply(ctx, st, e.clean.Clean(q), n)
	r.Answer.Question = q
	return r, err
}

func (e *engine) Explain(ctx context.Context, q string) string {
	return e.answers.Explain(ctx, e.clean.Clean(q))
}

func (e *engine) Cite(ctx context.Context, claim string, n int) (cite.Citation, error) {
	c, err := e.cites.Cite(ctx, e.clean.Clean(claim), n)
	c.Claim = claim
	return c, err
}

func (e *engine) Country(ctx context.Context, name string) (summary.Summary, error) {
	return e.sums.Country(ctx, name)
}

func (e *engine) Company(ctx context.Context, name string) (summary.Summary, error) {
	return e.sums.Company(ctx, name)
}

// searcher is what ask and cite need of their engine: one report's, or a
// shelf of several.
type searcher interface {
	Ask(ctx context.Context, q string, n int) (answer.Answer, error)
	Explain(ctx context.Context, q string) string
	Cite(ctx context.Context, claim string, n int) (cite.Citation, error)
	Close() error
}

// shelf is the engines of several reports. A question or a claim is put to
// each, and the best answer leads: its results are merged with the others'
// by score, each result naming its report, so that what either report says
// is found and told apart.
type shelf []*engine

// openSearcher opens one report's engine, or a shelf of every report named.
func openSearcher(src source, stderr io.Writer) (searcher, error) {
	if len(src.more) == 0 {
		return openEngine(src, stderr)
	}
	engines, err := openEngines(src, stderr)
	return shelf(engines), err
}

func (s shelf) Close() error {
	var errs []error
	for _, e := range s {
		errs = append(errs, e.Close())
	}
	return errors.Join(errs...)
}

func (s shelf) Ask(ctx context.Context, q string, n int) (answer.Answer, error) {
	if e, ok := s.named(q); ok {
		return e.Ask(ctx, q, n)
	}
	var answers []answer.Answer
	for _, e := range s {
		a, err := e.Ask(ctx, q, n)
		if err != nil {
			return a, err // a bad question is bad for every report
		}
		answers = append(answers, a)
	}
	best := answers[0]
	for _, a := range answers[1:] {
		if topScore(a) > topScore(best) {
			best = a
		}
	}
	if !best.Answered {
		return best, nil
	}
	var all []answer.Result
	for _, a := range answers {
		if a.Answered {
			all = append(all, a.Results...)
		}
	}
	// The best answer's own top result stays first: its direct answer and
	// hedge are about it.
	slices.SortStableFunc(all, func(a, b answer.Result) int { return cmp.Compare(b.Score, a.Score) })
	best.Results = all[:min(n, len(all))]
	return best, nil
}

func topScore(a answer.Answer) float64 {
	if !a.Answered || len(a.Results) == 0 {
		return -1
	}
	return a.Results[0].Score
}

// named is the one report a question names, by its series number as its
// title page prints it ("2024-08", "수시연구 2024-08") or by its whole title.
func (s shelf) named(q string) (*engine, bool) {
	var hit *engine
	for _, e := range s {
		m := e.Document().Meta
		_, number, _ := strings.Cut(m.Series, " ")
		if number != "" && strings.Contains(q, number) || m.TitleKo != "" && strings.Contains(q, m.TitleKo) {
			if hit != nil {
				return nil, false // two named: the question compares them
			}
			hit = e
		}
	}
	return hit, hit != nil
}

func (s shelf) Cite(ctx context.Context, claim string, n int) (cite.Citation, error) {
	if e, ok := s.named(claim); ok {
		return e.Cite(ctx, claim, n)
	}
	var best cite.Citation
	bestScore := -1.0
	for i, e := range s {
		c, err := e.Cite(ctx, claim, n)
		if err != nil {
			return c, err
		}
		if i == 0 {
			best = c
		}
		if c.Answered && len(c.Results) > 0 && c.Results[0].Score > bestScore {
			best, bestScore = c, c.Results[0].Score
		}
	}
	return best, nil
}

func (s shelf) Explain(ctx context.Context, q string) string {
	var b strings.Builder
	for _, e := range s {
		fmt.Fprintf(&b, "== %s\n%s", e.Document().Meta.Series, e.Explain(ctx, q))
	}
	return b.String()
}
