package index

import (
	"context"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
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
	ErrEmptyClaim   error = claimError{"the claim is empty", ErrEmptyQuestion}
	ErrClaimTooLong error = claimError{"the claim is too long", ErrQuestionTooLong}
	// ErrClaimNoWords is a claim with nothing to search for once markup and
	// punctuation are gone ("???", "<@U123>").
	ErrClaimNoWords error = claimError{"the claim has no words to search for", ErrEmptyQuestion}
)

// CiteMinCoverage is the share of a claim's weight the best passage must hold
// for Cite to quote it; the engine's own MinCoverage applies when higher.
// Cite is stricter than Ask in what it lets reach that test: see citeFilter
// and citeSecondShare. A quotation put in someone's document must say what
// the claim says, not only share its topic.
const CiteMinCoverage = 0.45

// citeSecondShare is how much of the first result's coverage a further result
// must have: a second quote that shares only a word or two with the claim
// does not support it.
const citeSecondShare = 0.6

// MaxQuoteRunes bounds one quoted line; a longer line is cut at a sentence or
// clause boundary and the cut marked with "…".
const MaxQuoteRunes = 320

// MaxCiteResults bounds how many quotes one claim returns.
const MaxCiteResults = 10

// Citation is what the report offers to cite for one claim.
type Citation struct {
	Claim string
	Lang  string // "ko" or "en": the language replies should use
	// Answered is false when no passage supports the claim: Results is then
	// empty, and Suggestions names sections to read instead.
	Answered    bool
	Results     []CiteResult
	Suggestions []SectionRef
}

// CiteResult is one quotation with everything needed to cite it.
type CiteResult struct {
	PassageID    int
	Section      string   // section id, e.g. "2.2.1.다"
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
}

// SourceTexts lists the sources' texts, as the JSON contract's "sources" wants.
func (r CiteResult) SourceTexts() []string {
	out := make([]string, 0, len(r.Sources))
	for _, s := range r.Sources {
		out = append(out, s.Text)
	}
	return out
}

var reSlackStyle = regexp.MustCompile(`(^|[\s(])([*_~]+)([^*_~\s](?:[^*_~]*[^*_~\s])?)([*_~]+)([\s).,!?]|$)`)

// citeClean removes what Slack adds around a message: CleanQuestion's
// mentions, links and entities, and also *bold*, _italic_, ~strike~, code
// ticks and "> " quoting, which a claim pasted from a conversation often
// carries. Signs inside words ("70~80%") are left alone.
func citeClean(s string) string {
	s = CleanQuestion(s)
	for i := 0; i < 3; i++ { // nested styles: *_both_*
		s = reSlackStyle.ReplaceAllString(s, "$1$3$5")
	}
	s = strings.ReplaceAll(s, "`", "")
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), ">"))
		if l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(strings.Fields(strings.Join(lines, " ")), " ")
}

func citeHasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// Cite finds up to n passages that support claim and returns each as a
// verbatim quote with its section, pages, a reference to the report in every
// style, the original sources the quote cites, and the report's own
// inconsistencies about those sources. A claim no passage supports well
// enough comes back with Answered false, never with the nearest weak match.
func (e *Engine) Cite(ctx context.Context, claim string, n int) (Citation, error) {
	out := Citation{Claim: claim, Lang: "en"}
	if strings.TrimSpace(claim) == "" {
		return out, ErrEmptyClaim
	}
	if utf8.RuneCountInString(claim) > MaxQuestionRunes {
		// Enough of it to tell the language the refusal should use.
		out.Lang = Lang(string([]rune(claim)[:MaxQuestionRunes]))
		return out, ErrClaimTooLong
	}
	out.Lang = Lang(claim)
	q := citeClean(claim)
	if !citeHasWord(q) {
		return out, ErrClaimNoWords
	}
	out.Lang = Lang(q)
	if n <= 0 {
		n = 3
	}
	n = min(n, MaxCiteResults)
	if err := ctx.Err(); err != nil {
		return out, err
	}
	concepts, _ := e.analyse(q)
	if len(concepts) == 0 {
		out.Suggestions = e.suggest(nil)
		return out, nil
	}
	// A claim to cite always wants its source, so words that only the cited
	// footnote holds count in full.
	ranked, err := e.rank(ctx, concepts, true)
	if err != nil {
		return out, err
	}
	ranked = e.citeFilter(concepts, ranked)
	floor := math.Max(e.minCover, CiteMinCoverage)
	if len(ranked) == 0 || ranked[0].cover < floor {
		out.Suggestions = e.nearest(ranked, floor)
		return out, nil
	}
	issues := e.issues
	for i, r := range ranked {
		if i > 0 && r.cover < math.Max(floor*citeSecondShare, ranked[0].cover*citeSecondShare) {
			continue
		}
		out.Results = append(out.Results, e.citeResult(r.id, r.score, concepts, issues))
		if len(out.Results) == n {
			break
		}
	}
	out.Answered = len(out.Results) > 0
	return out, nil
}

// citeFilter keeps the candidates that hold every number, year, code with
// digits (HBM3E) and named country or company of the claim, in their text or
// in the footnotes they cite. A passage about TSMC in 2023 does not support a claim about TSMC
// in 2025, however much else it shares; and when the report never mentions
// one of them at all, nothing in it can support the claim.
func (e *Engine) citeFilter(cs []concept, ranked []scored) []scored {
	var must []concept
	for _, c := range cs {
		if !c.must {
			continue
		}
		if c.df == 0 {
			return nil
		}
		// Codes without digits ("R&D") have Korean paraphrases the
		// passage may use instead ("연구개발"); numbers and names do not.
		if strings.IndexFunc(c.surface, unicode.IsDigit) >= 0 || anyIn(e.entities, c.terms) {
			must = append(must, c)
		}
	}
	out := make([]scored, 0, len(ranked))
	for _, r := range ranked {
		ok := true
		for _, c := range must {
			if matchConcept(c, e.info[r.id].terms) == 0 && matchConcept(c, e.info[r.id].notes) == 0 {
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

func (e *Engine) citeResult(id int, score float64, cs []concept, issues []corpus.Issue) CiteResult {
	p := e.doc.Passages[id]
	s, _ := e.doc.Section(p.Section)
	pages := s.Pages()
	if p.Page > 0 {
		pages = strconv.Itoa(p.Page)
	}
	quote := e.quote(id, cs)
	sources := e.quoteSources(quote)
	cited := quote // what the result cites, for picking its issues
	if !hasFootnote(sources) {
		for _, s := range e.nearbySources(id, quote, cs) {
			sources = append(sources, s)
			cited += "\n" + s.Marker
		}
	}
	return CiteResult{
		PassageID:    id,
		Section:      p.Section,
		SectionTitle: s.Title,
		Path:         p.Path,
		Pages:        pages,
		Quote:        quote,
		Text:         p.Text,
		Score:        math.Round(score*1000) / 1000,
		Reference:    corpus.CiteReport(e.doc.Meta, pages),
		Sources:      sources,
		Issues:       e.doc.IssuesFor(issues, cited),
	}
}

// quote picks the line of passage id that supports the claim best. It adds
// the next line when the best one is too short to stand alone (a heading, or
// half a sentence a page break cut), or a neighbouring line that carries the
// best line's source; never more than two lines.
func (e *Engine) quote(id int, cs []concept) string {
	info := e.info[id]
	own := make([]float64, len(cs))
	for i, c := range cs {
		own[i] = c.weight
		if matchConcept(c, e.ctxTerms[id]) > 0 {
			own[i] *= 0.3 // shared by every line through the section title
		}
	}
	score := func(i int) float64 {
		s := 0.0
		for k, c := range cs {
			s += own[k] * math.Max(matchConcept(c, info.lterm[i]), matchConcept(c, info.lnote[i]))
		}
		return s
	}
	best, bestScore := 0, -1.0
	for i := range info.lines {
		if s := score(i); s > bestScore {
			best, bestScore = i, s
		}
	}
	pick := []int{best}
	runes := func(i int) int { return utf8.RuneCountInString(info.lines[i]) }
	switch {
	case !info.cites[best] && best+1 < len(info.lines) && info.cites[best+1] && score(best+1) >= 0.3*bestScore && runes(best)+runes(best+1) <= MaxQuoteRunes:
		pick = append(pick, best+1)
	case !info.cites[best] && runes(best) < 40 && best+1 < len(info.lines) && runes(best)+runes(best+1) <= MaxQuoteRunes:
		pick = append(pick, best+1)
	}
	var lines []string
	for _, i := range pick {
		lines = append(lines, e.cutQuote(info.lines[i], cs))
	}
	return strings.Join(lines, "\n")
}

// cutQuote shortens a line longer than MaxQuoteRunes to the run of whole
// sentences or clauses that matches the claim best, preferring a run that
// keeps the line's footnote marker or citation, since that is what a writer
// cites. Words are never changed; each cut is marked with "…".
func (e *Engine) cutQuote(line string, cs []concept) string {
	if utf8.RuneCountInString(line) <= MaxQuoteRunes {
		return line
	}
	parts := clauses(line)
	scores := make([]float64, len(parts))
	cites := make([]bool, len(parts))
	top := 0.0
	for i, p := range parts {
		set := e.termSet(p)
		for _, c := range cs {
			scores[i] += c.weight * matchConcept(c, set)
		}
		cites[i] = len(corpus.FootnoteMarkers(p, nil)) > 0 || len(e.doc.Citations(p)) > 0
		top = math.Max(top, scores[i])
	}
	bestI, bestJ, bestS := -1, -1, -1.0
	for i := range parts {
		s, n, cited := 0.0, 0, false
		for j := i; j < len(parts); j++ {
			n += utf8.RuneCountInString(parts[j])
			if n > MaxQuoteRunes-2 {
				break
			}
			s += scores[j]
			cited = cited || cites[j]
			v := s
			if cited {
				v += 0.5*top + 1e-9
			}
			if v > bestS {
				bestI, bestJ, bestS = i, j, v
			}
		}
	}
	if bestI < 0 {
		// One clause longer than the limit: keep its start, cut at a space.
		r := []rune(parts[0])
		at := MaxQuoteRunes - 1
		for at > MaxQuoteRunes/2 && r[at] != ' ' {
			at--
		}
		return strings.TrimSpace(string(r[:at])) + "…"
	}
	q := strings.TrimSpace(strings.Join(parts[bestI:bestJ+1], ""))
	if bestI > 0 {
		q = "…" + q
	}
	if bestJ < len(parts)-1 {
		q += "…"
	}
	return q
}

// quoteSources lists the originals quote cites: footnotes for its markers,
// then 참고문헌 entries for its in-text citations and figure sources.
func (e *Engine) quoteSources(quote string) []Source {
	var out []Source
	seen := map[string]bool{}
	known := func(n int) bool { _, ok := e.doc.Footnote(n); return ok }
	for _, n := range corpus.FootnoteMarkers(quote, known) {
		f, ok := e.doc.Footnote(n)
		if !ok || seen[f.Text] {
			continue
		}
		seen[f.Text] = true
		out = append(out, Source{Marker: corpus.FootnoteMark(n), Footnote: n, Text: f.Text, URL: f.URL})
	}
	for _, c := range e.doc.Citations(quote) {
		r, near, ok := e.doc.MatchReference(c)
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

// citeNoteShare is how much of the claim's weight a footnote's own text must
// hold for nearbySources to offer it.
const citeNoteShare = 0.5

// nearbySources offers the footnotes marked elsewhere in passage id whose
// text itself covers the claim: the report puts one marker at the end of a
// paragraph for the claim its first line makes.
func (e *Engine) nearbySources(id int, quote string, cs []concept) []Source {
	// Words that ask for a source ("출처", "source") say nothing about
	// which source.
	var content []concept
	total := 0.0
	for _, c := range cs {
		if !anyIn(citeWords, c.terms) {
			content = append(content, c)
			total += c.weight
		}
	}
	if total == 0 {
		return nil
	}
	known := func(n int) bool { _, ok := e.doc.Footnote(n); return ok }
	var out []Source
	for _, line := range e.info[id].lines {
		if strings.Contains(quote, line) {
			continue
		}
		for _, n := range corpus.FootnoteMarkers(line, known) {
			f, _ := e.doc.Footnote(n)
			terms := e.termSet(f.Text)
			got, number := 0.0, false
			for _, c := range content {
				m := matchConcept(c, terms)
				got += c.weight * m
				number = number || m == 1 && strings.IndexFunc(c.surface, unicode.IsDigit) >= 0
			}
			// A shared year or figure is strong evidence on its own.
			if share := got / total; share >= citeNoteShare || number && share >= citeNoteShare*0.6 {
				out = append(out, Source{Marker: corpus.FootnoteMark(n), Footnote: n, Text: f.Text, URL: f.URL, Nearby: true})
			}
		}
	}
	return out
}
