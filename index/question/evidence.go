package question

import "regexp"

// Evidence is what a date and a figure look like on a line, as the
// reader's expectations read them. A caller that looks for a date or a
// figure where the reader sets no expectation (the one-line answer's
// implied figures) reads them from here, so that the two never disagree.
type Evidence struct {
	// Date is a year, a month or a dated abbreviation ("'22", "3월",
	// "(24.2.)").
	Date *regexp.Regexp
	// Figure is a digit that is no part of a name or code (H100, GPT-4).
	Figure *regexp.Regexp
	// NotFigure finds the digits on a line that are no figure when a bare
	// one is asked for (Query.Bare): a year, which dates a figure, and the
	// version number of a name ("LLaMA 2").
	NotFigure *regexp.Regexp
	// AsksDate finds the words by which a question asks for a date
	// ("언제", "출시일", "when").
	AsksDate *regexp.Regexp
	// AsksAmount finds the words that ask an amount ("how much", "how
	// big", 얼마), where "how many" and 몇 ask a count; Amount is a figure
	// that states an amount (see expectation.amount).
	AsksAmount, Amount *regexp.Regexp
}

// Evidence returns the patterns' evidence of a date and a figure.
func (p *Patterns) Evidence() Evidence {
	return Evidence{Date: p.expect.date, Figure: p.expect.number, AsksDate: p.expect.asksDate, NotFigure: p.expect.notFigure,
		AsksAmount: p.expect.asksAmount, Amount: p.expect.amount}
}
