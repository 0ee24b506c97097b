package shelf

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/cite"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/summary"
)

// Errors callers branch on.
var (
	// ErrUnknownReport is returned for a report a caller names that is not
	// on the shelf.
	ErrUnknownReport = errors.New("no report of that series number is loaded")
	// ErrDuplicateReport is returned when two reports share a series
	// number: replies, scopes and conversations tell reports apart by it.
	ErrDuplicateReport = errors.New("two reports have the same series number")
	// ErrEmpty is returned for a shelf of no report.
	ErrEmpty = errors.New("a shelf needs at least one report")
)

// Report is one report's engines over its index. Build it once per report
// with NewReport; it is safe for concurrent use.
type Report struct {
	x       *index.Index
	answers *answer.Engine
	cites   *cite.Engine
	sums    *summary.Engine
	dialog  *dialog.Engine
}

// NewReport builds the engines of one report over its index, which the
// Report then owns (Close closes it).
func NewReport(x *index.Index) *Report {
	answers := answer.New(x)
	return &Report{x: x, answers: answers, cites: cite.New(x), sums: summary.New(x), dialog: dialog.New(x, answers, dialog.Defaults())}
}

// Close closes the report's index.
func (r *Report) Close() error { return r.x.Close() }

// Document is the parsed report.
func (r *Report) Document() *corpus.Document { return r.x.Document() }

// Series is the report's series number as its title page prints it
// ("수시연구 2024-08"): what results, replies and scopes name it by.
func (r *Report) Series() string { return r.x.Document().Meta.Series }

// Answers is the report's answer engine.
func (r *Report) Answers() *answer.Engine { return r.answers }

// Dialog is the report's dialog engine.
func (r *Report) Dialog() *dialog.Engine { return r.dialog }

// number is the series number without its series name ("2024-08").
func (r *Report) number() string {
	_, number, _ := strings.Cut(r.Series(), " ")
	return number
}

// Shelf is several reports' engines, in the order they were loaded. A
// question or a claim is put to each, and the best answer leads. It is safe
// for concurrent use.
type Shelf struct {
	reports []*Report
	// borrowed is set on a shelf made by Only: its reports belong to the
	// shelf it was made from, which closes them.
	borrowed bool
}

// New puts reports on a shelf, in order. It refuses none, and two reports
// of one series number.
func New(reports ...*Report) (*Shelf, error) {
	if len(reports) == 0 {
		return nil, ErrEmpty
	}
	seen := map[string]bool{}
	for _, r := range reports {
		if seen[r.Series()] {
			return nil, fmt.Errorf("%q: %w", r.Series(), ErrDuplicateReport)
		}
		seen[r.Series()] = true
	}
	return &Shelf{reports: slices.Clone(reports)}, nil
}

// Reports lists the shelf's reports, in order. The slice is the caller's.
func (s *Shelf) Reports() []*Report { return slices.Clone(s.reports) }

// Series lists the reports' series numbers, in order.
func (s *Shelf) Series() []string {
	out := make([]string, len(s.reports))
	for i, r := range s.reports {
		out[i] = r.Series()
	}
	return out
}

// Close closes every report's index, unless the shelf was made by Only.
func (s *Shelf) Close() error {
	if s.borrowed {
		return nil
	}
	var errs []error
	for _, r := range s.reports {
		errs = append(errs, r.Close())
	}
	return errors.Join(errs...)
}

// Find is the report a name means: its whole series number as the title
// page prints it ("수시연구 2024-08") or the number alone ("2024-08").
func (s *Shelf) Find(name string) (*Report, bool) {
	name = strings.TrimSpace(name)
	for _, r := range s.reports {
		if name != "" && (name == r.Series() || name == r.number()) {
			return r, true
		}
	}
	return nil, false
}

// Only is the shelf of the named reports alone (see Find), in the shelf's
// order: what a scope searches. It shares the reports; closing it closes
// nothing. A name no report has is an error wrapping ErrUnknownReport that
// lists the reports loaded.
func (s *Shelf) Only(names ...string) (*Shelf, error) {
	want := map[*Report]bool{}
	for _, n := range names {
		r, ok := s.Find(n)
		if !ok {
			return nil, fmt.Errorf("%q (loaded: %s): %w", n, strings.Join(s.Series(), ", "), ErrUnknownReport)
		}
		want[r] = true
	}
	if len(want) == 0 {
		return nil, ErrEmpty
	}
	out := &Shelf{borrowed: true}
	for _, r := range s.reports {
		if want[r] {
			out.reports = append(out.reports, r)
		}
	}
	return out, nil
}

// named is the one report a question names, by its series number as its
// title page prints it ("2024-08", "수시연구 2024-08") or by its whole title.
func (s *Shelf) named(q string) (*Report, bool) {
	var hit *Report
	for _, r := range s.reports {
		m := r.Document().Meta
		if n := r.number(); n != "" && strings.Contains(q, n) || m.TitleKo != "" && strings.Contains(q, m.TitleKo) {
			if hit != nil {
				return nil, false // two named: the question compares them
			}
			hit = r
		}
	}
	return hit, hit != nil
}

// Ask answers a question from every report: the best answer leads, and its
// results are merged with the other answers' by score, each result naming
// its report (answer.Result.Report). A question that names one report is
// put to it alone. When no report answers, the reply is the first report's
// decline. A shelf of one report answers as its engine does.
func (s *Shelf) Ask(ctx context.Context, q string, n int) (answer.Answer, error) {
	if len(s.reports) == 1 {
		return s.reports[0].answers.Ask(ctx, q, n)
	}
	if r, ok := s.named(q); ok {
		return r.answers.Ask(ctx, q, n)
	}
	var answers []answer.Answer
	for _, r := range s.reports {
		a, err := r.answers.Ask(ctx, q, n)
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

// Cite finds the quotation that supports a claim in the report that
// supports it best; its references are that report's. A claim that names
// one report is put to it alone.
func (s *Shelf) Cite(ctx context.Context, claim string, n int) (cite.Citation, error) {
	if len(s.reports) == 1 {
		return s.reports[0].cites.Cite(ctx, claim, n)
	}
	if r, ok := s.named(claim); ok {
		return r.cites.Cite(ctx, claim, n)
	}
	var best cite.Citation
	bestScore := -1.0
	for i, r := range s.reports {
		c, err := r.cites.Cite(ctx, claim, n)
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

// Explain says how each report read and ranked a question, under its
// series number when there are several.
func (s *Shelf) Explain(ctx context.Context, q string) string {
	if len(s.reports) == 1 {
		return s.reports[0].answers.Explain(ctx, q)
	}
	var b strings.Builder
	for _, r := range s.reports {
		fmt.Fprintf(&b, "== %s\n%s", r.Series(), r.answers.Explain(ctx, q))
	}
	return b.String()
}

// Summaries asks every report what it says about a country or company
// (kind): the summaries of those that know the name, in shelf order, each
// naming its report (summary.Summary.Report). When none does, it returns
// the first report's reply alone with its name error (summary.IsNameError):
// that reply is complete, saying what the report covers. Any other error
// (the context's) comes with no summary.
func (s *Shelf) Summaries(ctx context.Context, kind entity.Kind, name string) ([]summary.Summary, error) {
	var answered []summary.Summary
	var first summary.Summary
	var firstErr error
	for i, r := range s.reports {
		var sm summary.Summary
		var err error
		if kind == entity.Country {
			sm, err = r.sums.Country(ctx, name)
		} else {
			sm, err = r.sums.Company(ctx, name)
		}
		if err != nil && !summary.IsNameError(err) {
			return nil, err
		}
		if i == 0 {
			first, firstErr = sm, err
		}
		if sm.Answered {
			answered = append(answered, sm)
		}
	}
	if len(answered) == 0 {
		return []summary.Summary{first}, firstErr
	}
	return answered, nil
}

// IsReset tells whether a message asks to start the conversation over.
func (s *Shelf) IsReset(msg string) bool { return s.reports[0].dialog.IsReset(msg) }
