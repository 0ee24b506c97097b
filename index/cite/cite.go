package cite

import (
	"context"
	"errors"
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/excerpt"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// claimError is a bad claim. It unwraps to the matching question error, so a
// caller that already handles Ask's errors handles Cite's too.
type claimError struct {
	msg  string
	base error
}

func (e claimError) Error() string { return e.msg }
func (e claimError) Unwrap() error { return e.base }

// Errors Cite returns for claims it cannot search; callers branch on them with
// errors.Is.
var (
	ErrEmptyClaim   error = claimError{"the claim is empty", question.ErrEmpty}
	ErrClaimTooLong error = claimError{"the claim is too long", question.ErrTooLong}
	// ErrClaimNoWords is a claim with nothing to search for once markup and
	// punctuation are gone ("???", "<@U123>").
	ErrClaimNoWords error = claimError{"the claim has no words to search for", question.ErrEmpty}
)

// MaxCiteResults bounds how many quotes one claim returns.
const MaxCiteResults = 10

// Shown is how many quotes a citation returns unless asked for another
// number, and how many it is judged on: what a hedged citation lacks is
// read of its first Shown quotes however many are returned.
const Shown = 3

// Engine finds quotable passages for claims. It computes the report's own
// citation inconsistencies once and is safe for concurrent use.
type Engine struct {
	x       *search.Index
	issues  []corpus.Issue
	figures figures
}

// New returns an engine over x.
func New(x *search.Index) *Engine { return NewWith(x, NewTables()) }

// NewWith is New with the engine's tables, which the engines of several
// reports may share (NewTables).
func NewWith(x *search.Index, t *Tables) *Engine {
	return &Engine{x: x, issues: x.Document().Issues(), figures: t.figures}
}

// Tables are the compiled patterns a claim's and a quote's figures are
// read by: the same for every report, read-only once built, and safe to
// share between the engines of every report on a shelf, so that a shelf
// of many reports keeps one copy, which the garbage collector marks once.
type Tables struct{ figures figures }

// NewTables compiles the tables.
func NewTables() *Tables { return &Tables{figures: newFigures()} }

// Citation is what the report offers to cite for one claim.
type Citation struct {
	Claim string
	Lang  string // "ko" or "en": the language replies should use
	// Answered is false when no passage supports the claim: Results is then
	// empty, and Suggestions names sections to read instead.
	Answered    bool
	Results     []CiteResult
	Suggestions []search.SectionRef
	// Missing are the claim's own words no quote holds: what the report
	// does not say. A citation with Missing is hedged: the quotes are the
	// closest the report has, not support for the claim as written.
	Missing []string
}

// CiteResult is one quotation with everything needed to cite it.
type CiteResult struct {
	// Report is the series number of the report quoted ("수시연구 2024-08").
	Report       string
	PassageID    int
	Section      string   // section id, as corpus.Section.ID
	SectionTitle string   // the section's own title
	Path         []string // titles from the chapter down
	Pages        string   // "10–16", or "" when the contents give none
	// Quote is whole lines of the passage as the report prints them (markup
	// removed), at most two; a cut inside a long line is marked with "…".
	// Lines are joined with "\n".
	Quote string
	Text  string // the whole passage
	Score float64
	// Reference cites the report itself at this section's pages.
	Reference corpus.ReportReference
	// Sources are the originals the quote cites: the footnotes its markers
	// point to and the 참고문헌 entries of its in-text citations.
	Sources []Source
	// Mismatches are the claim's figures the quote gives otherwise ("the
	// report says 20%, not 30%"); a quote with any does not support the
	// claim's figure.
	Mismatches []Mismatch
	// Issues are the report's own inconsistencies that touch this quote:
	// a repeated marker, a citation with no entry, a variant spelling.
	Issues []corpus.Issue
}

// Source is an original the report cites.
type Source struct {
	// Marker is how the quote points to it: "⁴⁾" or "(장은현, 2024)".
	Marker   string
	Footnote int    // the footnote's number; 0 for a 참고문헌 entry
	Text     string // the footnote or the entry, as printed
	URL      string
	// Probable is set when the report does not match the citation to this
	// entry exactly (a name spelled differently); an Issue explains.
	Probable bool
	// Nearby is set for a footnote whose marker the report prints on
	// another line of the same paragraph, not on the quoted one, and whose
	// text matches the claim: the report often marks a paragraph's source
	// once, at its end.
	Nearby bool
	// Note is set for a footnote that explains rather than cites
	// (corpus.Footnote.Note): no original to cite.
	Note bool
}

// SourceTexts lists the sources' texts, as the JSON contract's "sources" wants.
func (r CiteResult) SourceTexts() []string {
	out := make([]string, 0, len(r.Sources))
	for _, s := range r.Sources {
		out = append(out, s.Text)
	}
	return out
}

func citeHasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// Cite finds up to n passages that support claim and returns each as a
// verbatim quote with its section, pages, a reference to the report in every
// style, the original sources the quote cites, and the report's own
// inconsistencies about those sources. A claim no passage supports well
// enough comes back with Answered false, never with the nearest weak match.
func (e *Engine) Cite(ctx context.Context, claim question.Asked, n int) (Citation, error) {
	out := Citation{Claim: claim.Raw(), Lang: claim.Lang()}
	switch err := claim.Err(); {
	case errors.Is(err, question.ErrEmpty):
		return out, ErrEmptyClaim
	case errors.Is(err, question.ErrTooLong):
		return out, ErrClaimTooLong
	}
	q := strings.Join(strings.Fields(claim.Text()), " ")
	if !citeHasWord(q) {
		return out, ErrClaimNoWords
	}
	if q != claim.Text() {
		claim = claim.Rewrite(q) // the same words, spaced once
	}
	if n <= 0 {
		n = Shown
	}
	n = min(n, MaxCiteResults)
	judged := max(n, Shown) // quotes found before the cut to n
	if err := ctx.Err(); err != nil {
		return out, err
	}
	query := e.x.Analyse(claim)
	if len(query.Concepts) == 0 {
		out.Suggestions = e.x.Suggest(nil, 0)
		return out, nil
	}
	// A claim to cite always wants its source, so words that only the cited
	// footnote holds count in full. Its figures rank passages but do not
	// exclude them: a passage on the same point with another figure is
	// shown with the report's figure against the claim's.
	query.WantsSource = true
	for i := range query.Concepts {
		if isFigure(query.Concepts[i].Surface) {
			query.Concepts[i].Must = false
		}
	}
	ranked, err := e.x.Rank(ctx, query)
	if err != nil {
		return out, err
	}
	p := e.x.Params()
	floor := math.Max(p.MinCoverage, p.CiteMinCoverage)
	kept := e.citeFilter(query.Concepts, ranked)
	hedged := false
	if len(kept) == 0 || kept[0].Cover < floor {
		// No passage holds the claim's names and numbers with enough of the
		// rest: the closest one is shown, hedged, unless the report has
		// nothing to do with the claim.
		if len(ranked) == 0 || ranked[0].Cover < p.DeclineCoverage {
			out.Suggestions = e.x.Suggest(ranked, floor)
			return out, nil
		}
		kept, hedged = ranked, true
	}
	ranked = kept
	for i, r := range ranked {
		// A second quote that shares only a word or two with the claim does
		// not support it.
		if i > 0 && r.Cover < math.Max(floor*p.CiteSecondShare, ranked[0].Cover*p.CiteSecondShare) {
			continue
		}
		res := e.citeResult(r.ID, r.Score, query)
		res.Mismatches = e.figures.mismatches(q, res.Quote)
		out.Results = append(out.Results, res)
		if len(out.Results) == judged {
			break
		}
	}
	out.Answered = len(out.Results) > 0
	if out.Answered {
		ids := make([]int, min(len(out.Results), Shown))
		for i, r := range out.Results[:len(ids)] {
			ids[i] = r.PassageID
		}
		out.Results = out.Results[:min(n, len(out.Results))]
		lacks := e.x.Missing
		if hedged {
			lacks = e.x.Doubted // a hedged citation always names what it lacks
		}
		out.Missing = query.Named(lacks(query, ids))
	}
	return out, nil
}

// citeFilter keeps the candidates that hold every number, year, code with
// digits (HBM3E) and named country or company of the claim, in their text or
// in the footnotes they cite. A passage about TSMC in 2023 does not support a claim about TSMC
// in 2025, however much else it shares; and when the report never mentions
// one of them at all, nothing in it can support the claim.
func (e *Engine) citeFilter(cs []question.Concept, ranked []search.Candidate) []search.Candidate {
	var must []question.Concept
	for _, c := range cs {
		if !c.Must || isFigure(c.Surface) {
			continue // figures are checked against the quote: see Mismatches
		}
		if c.DF == 0 {
			return nil // the report never says it: see Missing
		}
		// Codes without digits ("R&D") have Korean paraphrases the
		// passage may use instead ("연구개발"); numbers and names do not.
		if strings.IndexFunc(c.Surface, unicode.IsDigit) >= 0 || c.Entity {
			must = append(must, c)
		}
	}
	out := make([]search.Candidate, 0, len(ranked))
	for _, r := range ranked {
		ok := true
		for _, c := range must {
			if !e.x.Passages().MatchesNotes(c, r.ID) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, r)
		}
	}
	return out
}

func (e *Engine) citeResult(id int, score float64, q question.Query) CiteResult {
	doc := e.x.Document()
	p := doc.Passages[id]
	s, _ := doc.Section(p.Section)
	pages := e.x.Passages().Pages(id)
	cs := q.Concepts
	quote := e.quote(id, q)
	sources := e.quoteSources(quote)
	cited := quote // what the result cites, for picking its issues
	if !hasFootnote(sources) {
		for _, s := range e.nearbySources(id, quote, cs) {
			sources = append(sources, s)
			cited += "\n" + s.Marker
		}
	}
	return CiteResult{
		Report:       doc.Meta.Series,
		PassageID:    id,
		Section:      p.Section,
		SectionTitle: s.Title,
		Path:         p.Path,
		Pages:        pages,
		Quote:        quote,
		Text:         p.Text,
		Score:        math.Round(score*1000) / 1000,
		Reference:    corpus.CiteReport(doc.Meta, pages),
		Sources:      sources,
		Issues:       doc.IssuesFor(e.issues, cited),
	}
}

// quote picks the line of passage id that supports the claim best. It adds
// the next line when the best one is too short to stand alone (a heading, or
// half a sentence a page break cut), or a neighbouring line that carries the
// best line's source; never more than two lines.
func (e *Engine) quote(id int, q question.Query) string {
	lines := e.x.Passages().Lines(id)
	own := e.x.Excerpts().OwnWeights(id, q)
	score := func(i int) float64 {
		s := 0.0
		for k, c := range q.Concepts {
			s += own[k] * math.Max(e.x.Match(c, lines[i].Terms), e.x.Match(c, lines[i].Notes))
		}
		return s
	}
	best, bestScore := 0, -1.0
	for i := range lines {
		if s := score(i); s > bestScore {
			best, bestScore = i, s
		}
	}
	p := e.x.Params()
	pick := []int{best}
	runes := func(i int) int { return utf8.RuneCountInString(lines[i].Text) }
	switch {
	case !lines[best].Cites && best+1 < len(lines) && lines[best+1].Cites && score(best+1) >= p.CiteNeighbour*bestScore && runes(best)+runes(best+1) <= p.MaxQuoteRunes:
		pick = append(pick, best+1)
	case !lines[best].Cites && runes(best) < p.QuoteShortRunes && best+1 < len(lines) && runes(best)+runes(best+1) <= p.MaxQuoteRunes:
		pick = append(pick, best+1)
	}
	cut := e.cutter(q)
	var out []string
	for _, i := range pick {
		out = append(out, cut.Cut(lines[i].Text))
	}
	return strings.Join(out, "\n")
}

// cutter shortens a quoted line to the clauses that support the claim best.
// A quote keeps its source where it can, since that is what a writer cites;
// its words are never changed.
func (e *Engine) cutter(q question.Query) excerpt.Cutter {
	p := e.x.Params()
	return excerpt.Cutter{
		Max:       p.MaxQuoteRunes,
		Score:     e.x.Excerpts().ClauseScore(q),
		Cites:     e.cites,
		CiteBonus: p.QuoteCiteBonus,
		Verbatim:  true,
	}
}

// cites tells whether text carries a footnote marker or an in-text citation.
func (e *Engine) cites(text string) bool {
	return len(corpus.FootnoteMarkers(text, nil)) > 0 || len(e.x.Document().Citations(text)) > 0
}

// quoteSources lists the originals quote cites: footnotes for its markers,
// then 참고문헌 entries for its in-text citations and figure sources.
func (e *Engine) quoteSources(quote string) []Source {
	var out []Source
	seen := map[string]bool{}
	known := func(n int) bool { _, ok := e.x.Document().Footnote(n); return ok }
	for _, n := range corpus.FootnoteMarkers(quote, known) {
		f, ok := e.x.Document().Footnote(n)
		if !ok || seen[f.Text] {
			continue
		}
		seen[f.Text] = true
		out = append(out, Source{Marker: corpus.FootnoteMark(n), Footnote: n, Text: f.Text, URL: f.URL, Note: f.Note})
	}
	for _, c := range e.x.Document().Citations(quote) {
		r, near, ok := e.x.Document().MatchReference(c)
		if !ok || seen[r.Text] {
			continue
		}
		seen[r.Text] = true
		s := Source{Marker: c.Raw, Text: r.Text, Probable: near}
		if m := reCiteURL.FindStringSubmatch(r.Text); m != nil {
			s.URL = m[1]
		}
		out = append(out, s)
	}
	return out
}

var reCiteURL = regexp.MustCompile(`<?(https?://[^\s<>]+)>?`)

func hasFootnote(ss []Source) bool {
	for _, s := range ss {
		if s.Footnote > 0 {
			return true
		}
	}
	return false
}

// nearbySources offers the footnotes marked elsewhere in passage id whose
// text itself covers the claim: the report puts one marker at the end of a
// paragraph for the claim its first line makes.
func (e *Engine) nearbySources(id int, quote string, cs []question.Concept) []Source {
	// Words that ask for a source ("출처", "source") say nothing about
	// which source.
	var content []question.Concept
	total := 0.0
	for _, c := range cs {
		if !c.Source {
			content = append(content, c)
			total += c.Weight
		}
	}
	if total == 0 {
		return nil
	}
	known := func(n int) bool { _, ok := e.x.Document().Footnote(n); return ok }
	var out []Source
	p := e.x.Params()
	for _, line := range e.x.Passages().Lines(id) {
		if strings.Contains(quote, line.Text) {
			continue
		}
		for _, n := range corpus.FootnoteMarkers(line.Text, known) {
			f, _ := e.x.Document().Footnote(n)
			terms := e.x.TermSet(f.Text)
			got, number := 0.0, false
			for _, c := range content {
				m := e.x.Match(c, terms)
				got += c.Weight * m
				number = number || m == 1 && strings.IndexFunc(c.Surface, unicode.IsDigit) >= 0
			}
			// A shared year or figure is strong evidence on its own.
			if share := got / total; share >= p.CiteNoteShare || number && share >= p.CiteNoteShare*p.CiteNumberShare {
				out = append(out, Source{Marker: corpus.FootnoteMark(n), Footnote: n, Text: f.Text, URL: f.URL, Nearby: true, Note: f.Note})
			}
		}
	}
	return out
}
