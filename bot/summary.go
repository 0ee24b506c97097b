package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/summary"
)

// Summarizer gives what each report says about a country or company
// (index/shelf's Shelf implements it): the summaries of the reports that
// know the name, each naming its report, or, when none does, the first
// report's complete refusal with its name error (summary.IsNameError).
type Summarizer interface {
	Summaries(ctx context.Context, kind entity.Kind, name question.Asked) ([]summary.Summary, error)
}

// SummaryCommand is /country or /company: what the report says about one
// country or company, grouped by topic, each item cited.
type SummaryCommand struct {
	k string // present.KindCountry or present.KindCompany
	s Summarizer
}

// NewCountryCommand answers /country from s.
func NewCountryCommand(s Summarizer) *SummaryCommand {
	return &SummaryCommand{k: present.KindCountry, s: s}
}

// NewCompanyCommand answers /company from s.
func NewCompanyCommand(s Summarizer) *SummaryCommand {
	return &SummaryCommand{k: present.KindCompany, s: s}
}

// Run gives the short reply: the key item of each topic.
func (c *SummaryCommand) Run(ctx context.Context, req CommandRequest) (present.Message, error) {
	return runShort(ctx, c, req)
}

func (c *SummaryCommand) kind() string { return c.k }

func (c *SummaryCommand) reply(ctx context.Context, call featureCall) (featureReply, error) {
	asked := call.req.Asked
	name, lang := asked.Text(), asked.Lang()
	kind := entity.Company
	if c.k == present.KindCountry {
		kind = entity.Country
	}
	sums, err := c.s.Summaries(ctx, kind, asked)
	if err != nil && !summary.IsNameError(err) {
		return featureReply{}, fmt.Errorf("%s summary of %q: %w", c.k, present.ClipPlain(name, 100), err)
	}
	if len(sums) == 0 {
		return featureReply{}, fmt.Errorf("%s summary of %q: %w", c.k, present.ClipPlain(name, 100), errEmptyReply)
	}
	if one := slices.IndexFunc(sums, func(s summary.Summary) bool { return s.Report == call.Only }); call.Only != "" && one >= 0 {
		// A button under one report's summary redoes that report's alone.
		sums = sums[one : one+1]
	}
	for i := range sums {
		// Slack shows the name as meant, without the markup it came in.
		sums[i].Query = name
	}
	if len(sums) > 1 {
		return c.several(sums, lang, call), nil
	}
	s := sums[0]
	switch {
	case errors.Is(err, entity.ErrEmptyName):
		return featureReply{[]present.Message{present.SummaryUsage(c.k, lang, call.shown(c.k), s.Covered)}, outcomeUsage}, nil
	case errors.Is(err, entity.ErrNameTooLong):
		return featureReply{[]present.Message{present.SummaryDecline(c.k, s, lang, call.shown(c.k), true)}, outcomeTooLong}, nil
	case summary.IsNameError(err), err == nil && !s.Answered:
		return featureReply{[]present.Message{present.SummaryDecline(c.k, s, lang, call.shown(c.k), false)}, outcomeDeclined}, nil
	case err != nil:
		return featureReply{}, fmt.Errorf("%s summary of %q: %w", c.k, present.ClipPlain(name, 100), err)
	}
	switch call.View {
	case present.ViewAll:
		return featureReply{present.SummaryAll(s, lang, call.shown(c.k)), outcomeAnswered}, nil
	case present.ViewBibTeX:
		// Summaries have no BibTeX button; a forged click gets the usual refusal.
		return featureReply{[]present.Message{present.Bilingual(lang, func(l present.Labels) string { return l.BadButton })}, outcomeError}, nil
	}
	return featureReply{[]present.Message{present.Summary(c.k, s, lang, call.shown(c.k))}, outcomeAnswered}, nil
}

// several is the reply when several reports know the name: what each
// says, one message per report (present.Summaries). Show all under a
// report's message names its report; only a button made before the reply
// named its report gets here, and gets the first report's items, which fit.
func (c *SummaryCommand) several(sums []summary.Summary, lang string, call featureCall) featureReply {
	switch call.View {
	case present.ViewBibTeX:
		return featureReply{[]present.Message{present.Bilingual(lang, func(l present.Labels) string { return l.BadButton })}, outcomeError}
	case present.ViewAll:
		return featureReply{present.SummaryAll(sums[0], lang, call.shown(c.k)), outcomeAnswered}
	}
	return featureReply{present.Summaries(c.k, sums, lang, call.shown(c.k)), outcomeAnswered}
}
