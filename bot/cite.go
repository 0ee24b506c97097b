package bot

import (
	"context"
	"errors"
	"fmt"

	"github.com/stepi-tools/reportbot/bot/present"
	"github.com/stepi-tools/reportbot/index/cite"
	"github.com/stepi-tools/reportbot/index/question"
)

// Citer finds quotable passages for a claim (*cite.Engine implements it).
type Citer interface {
	Cite(ctx context.Context, claim question.Asked, n int) (cite.Citation, error)
}

// CiteCommand is /cite: the passage of the report that supports a claim,
// with where it is, its original sources and a reference to paste.
type CiteCommand struct {
	c Citer
}

// NewCiteCommand answers /cite from c.
func NewCiteCommand(c Citer) *CiteCommand {
	return &CiteCommand{c: c}
}

// citeResults is how many quotations a reply offers: the best one and, when
// the engine finds it nearly as good, a second.
const citeResults = 2

// Run gives the reply to /cite.
func (c *CiteCommand) Run(ctx context.Context, req CommandRequest) (present.Message, error) {
	return runShort(ctx, c, req)
}

func (c *CiteCommand) kind() string { return present.KindCite }

func (c *CiteCommand) reply(ctx context.Context, call featureCall) (featureReply, error) {
	asked := call.req.Asked
	claim, lang := asked.Text(), asked.Lang()
	cit, err := c.c.Cite(ctx, asked, citeResults)
	// Slack shows the claim as meant, without the markup it came in.
	cit.Claim = claim
	switch {
	case errors.Is(err, cite.ErrClaimTooLong):
		return featureReply{[]present.Message{present.ClaimTooLong(lang, claim)}, outcomeTooLong}, nil
	case errors.Is(err, cite.ErrClaimNoWords):
		return featureReply{[]present.Message{present.CiteUsage(lang, call.shown(present.KindCite), present.For(lang).ClaimNoWords)}, outcomeUsage}, nil
	case errors.Is(err, cite.ErrEmptyClaim):
		return featureReply{[]present.Message{present.CiteUsage(lang, call.shown(present.KindCite), "")}, outcomeUsage}, nil
	case err != nil:
		return featureReply{}, fmt.Errorf("citing %q: %w", present.ClipPlain(claim, 100), err)
	case !cit.Answered || len(cit.Results) == 0:
		return featureReply{[]present.Message{present.CiteDecline(cit, lang, call.shown(present.KindCite))}, outcomeDeclined}, nil
	}
	switch call.View {
	case present.ViewBibTeX:
		return featureReply{[]present.Message{present.BibTeX(cit, lang, call.shown(present.KindCite))}, outcomeAnswered}, nil
	case present.ViewAll:
		// Citations have no Show all button; a forged click gets the usual refusal.
		return featureReply{[]present.Message{present.Bilingual(lang, func(l present.Labels) string { return l.BadButton })}, outcomeError}, nil
	}
	return featureReply{[]present.Message{present.Citation(cit, lang, call.shown(present.KindCite))}, outcomeAnswered}, nil
}
