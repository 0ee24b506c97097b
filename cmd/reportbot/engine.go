package main

import (
	"context"

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
