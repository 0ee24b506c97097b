package main

import (
	"context"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/corpus"

	"github.com/stepi-tools/reportbot/bot/markup"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/cite"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/prebuilt"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/shelf"
)

// engine is the reports a terminal command answers from: a shelf of one
// report or several (index/shelf, which the bot uses too). Input from the
// terminal is cleaned of Slack markup as the bot cleans it, since people
// paste questions from Slack; replies echo it as typed.
type engine struct {
	*shelf.Shelf
	clean *markup.Cleaner
	// naming names the reports in replies, by short title and year, as
	// Slack's replies do; nil with one report, whose replies need not.
	naming *present.Naming
}

func newEngine(s *shelf.Shelf) *engine {
	e := &engine{Shelf: s, clean: markup.New()}
	if reports := s.Reports(); len(reports) > 1 {
		var names []present.ReportName
		for _, r := range reports {
			names = append(names, present.NameReport(r.Document().Meta))
		}
		e.naming = present.NewNaming(names, nil)
	}
	return e
}

// loadReport parses the report and builds the index, or opens its prebuilt
// index, and builds the report's engines over it. The outcome says whether
// a prebuilt index had to be written first, and why. The engines read by
// tables, which the reports of a shelf share, or by tables of their own
// when tables is nil.
func loadReport(src source, opt search.Options, tables *shelf.Tables) (*shelf.Report, prebuilt.Outcome, error) {
	x, out, err := loadIndex(src, opt)
	if err != nil {
		return nil, out, err
	}
	if tables == nil {
		return shelf.NewReport(x), out, nil
	}
	return shelf.NewReportWith(x, tables), out, nil
}

// loadEngine is loadReport on a shelf of its own.
func loadEngine(src source) (*engine, prebuilt.Outcome, error) {
	r, out, err := loadReport(src, search.Options{}, nil)
	if err != nil {
		return nil, out, err
	}
	s, err := shelf.New(r)
	if err != nil {
		r.Close()
		return nil, out, err
	}
	return newEngine(s), out, nil
}

// parse reads a line as typed into the question the engines take: the
// one place a terminal command removes markup and tells the language.
func (e *engine) parse(raw string) question.Asked {
	q, _ := question.Parse(raw, e.clean)
	return q
}

// name reads a country's or company's name as typed: names are not cleaned
// of markup, and entity resolution normalises them itself.
func (e *engine) name(raw string) question.Asked {
	q, _ := question.Parse(raw, nil)
	return q
}

func (e *engine) Ask(ctx context.Context, q question.Asked, n int) (answer.Answer, error) {
	ans, err := e.Shelf.Ask(ctx, q, n)
	ans.Question = q.Raw()
	return ans, err
}

// reply answers a message of a conversation: a follow-up in the light of st.
func (e *engine) reply(ctx context.Context, st shelf.State, q question.Asked, n int) (dialog.Reply, shelf.State, error) {
	r, next, err := e.Shelf.Reply(ctx, st, q, n, shelf.Stamp{})
	r.Answer.Question = q.Raw()
	return r, next, err
}

func (e *engine) Cite(ctx context.Context, claim question.Asked, n int) (cite.Citation, error) {
	c, err := e.Shelf.Cite(ctx, claim, n)
	c.Claim = claim.Raw()
	return c, err
}

// covers says what the loaded reports cover (present.Covers), in lang: the
// line a terminal reply adds when no report answers.
func (e *engine) covers(lang string) string {
	var docs []*corpus.Document
	for _, r := range e.Reports() {
		docs = append(docs, r.Document())
	}
	return present.Covers(lang, docs)
}
