package shelf

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/cite"
	"github.com/stepi-tools/reportbot/index/dialog"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
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
	x       *search.Index
	answers *answer.Engine
	dialog  *dialog.Engine
	// cites and sums are the citation and summary engines, made on first
	// use: building their tables is about a sixth of opening a report, and
	// on a shelf of many reports a claim or a name reaches few of them.
	cites func() *cite.Engine
	sums  func() *summary.Engine
	// words are what names the report and the words it holds: what a
	// shelf chooses reports by.
	words reportWords
}

// NewReport builds the engines of one report over its index, which the
// Report then owns (Close closes it).
func NewReport(x *search.Index) *Report { return NewReportWith(x, NewTables(x.Patterns())) }

// Tables are what the engines of a report read by that is not the
// report's: built once (NewTables), read-only, and shared by the reports
// of a shelf, as their indexes share a search.Language.
type Tables struct {
	Answers *answer.Tables
	Cites   *cite.Tables
	Dialog  *dialog.Tables
}

// NewTables builds the tables over p, the patterns of the indexes they
// serve (search.Language.Patterns).
func NewTables(p *question.Patterns) *Tables {
	return &Tables{Answers: answer.NewTables(p), Cites: cite.NewTables(), Dialog: dialog.NewTables()}
}

// NewReportWith is NewReport with the engines' tables, which the reports
// of a shelf may share.
func NewReportWith(x *search.Index, tables *Tables) *Report {
	answers := answer.NewWith(x, tables.Answers)
	return &Report{x: x, answers: answers, dialog: dialog.NewWith(x, answers, dialog.Defaults(), tables.Dialog),
		cites: sync.OnceValue(func() *cite.Engine { return cite.NewWith(x, tables.Cites) }),
		sums:  sync.OnceValue(func() *summary.Engine { return summary.New(x) }),
		words: wordsOfReport(x.Document(), x.General(), x.Params().ShelfEverydayRank)}
}

// Close closes the report's index.
func (r *Report) Close() error { return r.x.Close() }

// warm makes what the report otherwise makes on first use: the citation
// and summary engines and what its index makes (the English summary's
// pairing, the terms its fields hold).
func (r *Report) warm() {
	r.cites()
	r.sums()
	r.x.Warm()
}

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
// question or a claim that names reports (by series number, title, a word
// of its title that no other report's title has, or year: see naming) is
// put to them alone; any other to the reports whose words fit it best (see
// choose). The best answer leads. It is safe for concurrent use.
type Shelf struct {
	reports []*Report
	// borrowed is set on a shelf made by Only: its reports belong to the
	// shelf it was made from, which closes them.
	borrowed bool
	// translations are, for an English word or phrase in its base form,
	// the Korean terms reports write for it, and for a Korean spelling of a
	// name, the forms in Latin letters reports print: all lower-cased (see
	// fit).
	translations map[string][]string
	// words are the words of the reports of the shelf a shelf was made
	// from (itself, or the one Only was called on), made on first use, and
	// place is where each of its reports is on that shelf.
	words func() *shelfWords
	place []int
	// mu guards closed and the count of Warm calls running (warming), so
	// that Close waits for them before it closes the reports.
	mu      sync.Mutex
	closed  bool
	closing chan struct{} // closed by Close
	warming sync.WaitGroup
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
	translations, err := glossaries()
	if err != nil {
		return nil, err
	}
	s := &Shelf{reports: slices.Clone(reports), translations: translations, closing: make(chan struct{})}
	s.words = sync.OnceValue(func() *shelfWords { return newShelfWords(s.reports) })
	for i := range s.reports {
		s.place = append(s.place, i)
	}
	return s, nil
}

// glossaries reads the glossaries the product ships into translations.
func glossaries() (map[string][]string, error) {
	gloss, err := analysis.EmbeddedGlossary()
	if err != nil {
		return nil, fmt.Errorf("shelf: glossary: %w", err)
	}
	names, err := analysis.EmbeddedNames()
	if err != nil {
		return nil, fmt.Errorf("shelf: names: %w", err)
	}
	out := map[string][]string{}
	for _, e := range slices.Concat(gloss, names) {
		key := strings.ToLower(e.English)
		for _, k := range e.Korean {
			out[key] = append(out[key], strings.ToLower(k))
		}
	}
	return out, nil
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

// Warm makes, report by report on the calling goroutine, what each report
// otherwise makes on first use (its citation and summary engines and its
// English summary's pairing: about half of what opening a report used to
// cost), and first the shelf's list of the words its reports hold, so that
// the first English question or the first summary does not wait for it on
// a shelf of many reports: the commands run it in the background once the
// shelf is open. Answers are the same with or without it. It returns when
// every report is warm, ctx is done or the shelf is closed; Close waits for
// it.
func (s *Shelf) Warm(ctx context.Context) {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.warming.Add(1)
	s.mu.Unlock()
	defer s.warming.Done()
	if len(s.reports) > 1 {
		s.words()
	}
	for _, r := range s.reports {
		select {
		case <-ctx.Done():
			return
		case <-s.closing:
			return
		default:
		}
		r.warm()
	}
}

// Close closes every report's index, unless the shelf was made by Only,
// once any Warm running has stopped.
func (s *Shelf) Close() error {
	if s.borrowed {
		return nil
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	close(s.closing)
	s.mu.Unlock()
	s.warming.Wait()
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
	out := &Shelf{borrowed: true, translations: s.translations, words: s.words, closing: s.closing}
	for i, r := range s.reports {
		if want[r] {
			out.reports = append(out.reports, r)
			out.place = append(out.place, s.place[i])
		}
	}
	return out, nil
}

// Ask answers a question from the reports it names, or else from those
// whose words fit it best (see naming and choose), the best fitting asked
// first and the others only while fewer than ShelfSure answer surely (see
// askInWaves): the best answer leads (a sure answer before a hedge before
// a decline, then the higher score), and its results are merged with the
// other answers', each result naming its report (answer.Result.Report). A
// question that names two reports or more compares them: their results
// take turns. When no report answers, the reply is the best fitting
// report's decline. A shelf of one report answers as its engine does.
func (s *Shelf) Ask(ctx context.Context, q question.Asked, n int) (answer.Answer, error) {
	if len(s.reports) == 1 {
		return s.reports[0].answers.Ask(ctx, q, n)
	}
	pick, _, answers, err := s.put(ctx, q, n)
	if err != nil {
		return answer.Answer{}, err
	}
	compare := len(pick) > 1
	lead := 0
	for i, a := range answers {
		if better(a, answers[lead]) {
			lead = i
		}
	}
	best := answers[lead]
	best.Question = q.Text()
	switch {
	case !best.Answered:
	case compare:
		best.Results = takeTurns(answers, lead, n)
	default:
		best.Results = merge(answers, lead, n)
	}
	return best, nil
}

// put puts a question to the reports it names, all at once, or else to
// those whose words fit it best (see choose) in waves of ShelfSure
// (tuning.Params; see askInWaves). It returns the reports named (nil when
// none is), the question put to the reports, and the answers of the
// reports asked, in order.
func (s *Shelf) put(ctx context.Context, q question.Asked, n int) (named []int, rest question.Asked, answers []answer.Answer, err error) {
	named, rest = s.named(q)
	if len(named) > 0 {
		answers, err = s.askInWaves(ctx, named, len(named), rest, n)
		return named, rest, answers, err
	}
	wave := max(1, s.reports[0].x.Params().ShelfSure)
	answers, err = s.askInWaves(ctx, s.choose(q.Text()), wave, rest, n)
	return nil, rest, answers, err
}

// askInWaves asks the reports of pick, wave of them at a time and in
// order, until wave of them have answered surely (dialog.Grade) or every
// one has been asked, and returns the answers of those asked, in order.
// The reports of pick are chosen by how well their words fit the question,
// best first: once that many answer surely, the reply comes from several
// reports, and a report fitting no better would add passages only by
// outscoring theirs, at the cost of another round of answers.
//
// What the question's text alone says is read once, for every report
// asked (answer.Engine.Read): the engines' tables are alike.
func (s *Shelf) askInWaves(ctx context.Context, pick []int, wave int, q question.Asked, n int) ([]answer.Answer, error) {
	if len(pick) == 0 {
		return nil, nil
	}
	read := s.reports[pick[0]].answers.Read(q)
	var answers []answer.Answer
	for len(answers) < len(pick) {
		from, to := len(answers), min(len(answers)+wave, len(pick))
		answers = append(answers, make([]answer.Answer, to-from)...)
		errs := make([]error, to-from)
		var wg sync.WaitGroup
		for i := from; i < to; i++ {
			wg.Go(func() { answers[i], errs[i-from] = s.reports[pick[i]].answers.AskRead(ctx, read, n) })
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			return nil, err // a bad question is bad for every report
		}
		sure := 0
		for _, a := range answers {
			if dialog.Grade(a) == dialog.GradeSure {
				sure++
			}
		}
		if sure >= wave {
			break
		}
	}
	return answers, nil
}

// named is naming for a question as asked: the reports it names, and the
// question put to them, which is q itself when nothing names a report and
// otherwise q without the words that named them, in q's language.
func (s *Shelf) named(q question.Asked) (pick []int, rest question.Asked) {
	pick, text := s.naming(q.Text())
	if text == q.Text() {
		return pick, q
	}
	return pick, q.Rewrite(text)
}

// better orders the answers of several reports: a sure answer before a
// hedge before a decline (the grades of dialog.Grade), then the higher
// first score.
func better(a, than answer.Answer) bool {
	if ga, gb := dialog.Grade(a), dialog.Grade(than); ga != gb {
		return ga > gb
	}
	return topScore(a) > topScore(than)
}

// merge is the results of the reports' answers as one list, as Reply
// merges them: the leading answer's own when it is the only answer or does
// not rank passages (an answer from the report's structure, a
// comparison's sides); else its first result first, since its direct
// answer and hedge are about it, then the others of the answers as sure as
// it by score, then the rest's by score, so that a report's hedge or
// closest passages never push out another's answer.
func merge(answers []answer.Answer, lead, n int) []answer.Result {
	own := answers[lead].Results
	if len(answers) == 1 || answers[lead].Form != "" || len(own) == 0 {
		return own
	}
	type graded struct {
		r     answer.Result
		grade int
	}
	held := 0
	for _, a := range answers {
		if a.Answered && a.Form == "" {
			held += len(a.Results)
		}
	}
	rest := make([]graded, 0, held)
	for k, a := range answers {
		if !a.Answered || a.Form != "" {
			continue
		}
		for i, r := range a.Results {
			if k != lead || i > 0 {
				rest = append(rest, graded{r, dialog.Grade(a)})
			}
		}
	}
	slices.SortStableFunc(rest, func(a, b graded) int {
		return cmp.Or(cmp.Compare(b.grade, a.grade), cmp.Compare(b.r.Score, a.r.Score))
	})
	size := len(rest) + 1
	if n > 0 {
		size = min(size, max(n, 1))
	}
	out := make([]answer.Result, 1, size)
	out[0] = own[0]
	for _, g := range rest {
		if len(out) == n {
			break
		}
		out = append(out, g.r)
	}
	return out
}

// takeTurns is the results of the answers of reports a question compares:
// each report's next result in turn, the leading answer's first, then the
// others' in the order better gives, so that every report named is heard.
func takeTurns(answers []answer.Answer, lead, n int) []answer.Result {
	order := []answer.Answer{answers[lead]}
	others := slices.Delete(slices.Clone(answers), lead, lead+1)
	slices.SortStableFunc(others, func(a, b answer.Answer) int {
		switch {
		case better(a, b):
			return -1
		case better(b, a):
			return 1
		}
		return 0
	})
	order = append(order, others...)
	var out []answer.Result
	for i := 0; len(out) < n; i++ {
		added := false
		for _, a := range order {
			if a.Answered && i < len(a.Results) && len(out) < n {
				out = append(out, a.Results[i])
				added = true
			}
		}
		if !added {
			break
		}
	}
	return out
}

func topScore(a answer.Answer) float64 {
	if !a.Answered || len(a.Results) == 0 {
		return -1
	}
	return a.Results[0].Score
}

// Cite finds the quotation that supports a claim in the report that
// supports it best, among those the claim names or else those whose words
// fit it best (see Ask); its references are that report's.
func (s *Shelf) Cite(ctx context.Context, claim question.Asked, n int) (cite.Citation, error) {
	if len(s.reports) == 1 {
		return s.reports[0].cites().Cite(ctx, claim, n)
	}
	pick, rest := s.named(claim)
	if len(pick) == 0 {
		pick = s.choose(claim.Text())
	}
	var best cite.Citation
	bestScore := -1.0
	for i, r := range pick {
		c, err := s.reports[r].cites().Cite(ctx, rest, n)
		if err != nil {
			return c, err
		}
		c.Claim = claim.Raw()
		if i == 0 {
			best = c
		}
		if c.Answered && len(c.Results) > 0 && c.Results[0].Score > bestScore {
			best, bestScore = c, c.Results[0].Score
		}
	}
	return best, nil
}

// Explain says which reports a question was put to and why, then how each
// read and ranked it, under its series number.
func (s *Shelf) Explain(ctx context.Context, q question.Asked) string {
	if len(s.reports) == 1 {
		return s.reports[0].answers.Explain(ctx, q)
	}
	var b strings.Builder
	named, rest := s.named(q)
	pick := named
	if len(named) > 0 {
		fmt.Fprintf(&b, "the question names %s; put to it as %q\n", s.seriesOf(pick), rest.Text())
	} else {
		pick = s.choose(q.Text())
		fmt.Fprintf(&b, "the reports whose words fit it best: %s\n", s.seriesOf(pick))
		if _, _, answers, err := s.put(ctx, q, 0); err == nil && len(answers) < len(pick) {
			pick = pick[:len(answers)]
			fmt.Fprintf(&b, "put to %s: %d of them answer surely, and the others fit it no better\n", s.seriesOf(pick), s.reports[0].x.Params().ShelfSure)
		}
	}
	for _, r := range pick {
		fmt.Fprintf(&b, "== %s\n%s", s.reports[r].Series(), s.reports[r].answers.Explain(ctx, rest))
	}
	return b.String()
}

func (s *Shelf) seriesOf(pick []int) string {
	var names []string
	for _, r := range pick {
		names = append(names, s.reports[r].Series())
	}
	return strings.Join(names, ", ")
}

// Summaries asks every report what it says about a country or company
// (kind): the summaries of those that know the name, in shelf order, each
// naming its report (summary.Summary.Report). When none does, it returns
// the first report's reply alone with its name error (summary.IsNameError):
// that reply is complete, saying what the report covers. Any other error
// (the context's) comes with no summary.
func (s *Shelf) Summaries(ctx context.Context, kind entity.Kind, name question.Asked) ([]summary.Summary, error) {
	var answered []summary.Summary
	var first summary.Summary
	var firstErr error
	for i, r := range s.reports {
		var sm summary.Summary
		var err error
		if kind == entity.Country {
			sm, err = r.sums().Country(ctx, name)
		} else {
			sm, err = r.sums().Company(ctx, name)
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
