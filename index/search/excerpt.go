package search

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/excerpt"
	"github.com/stepi-tools/reportbot/index/question"
)

// Excerpts cuts what an answer shows of a passage.
type Excerpts struct{ x *Index }

// Excerpts returns the excerpt cutter of x.
func (x *Index) Excerpts() Excerpts { return Excerpts{x} }

// Pick picks the line of passage id that answers q best, with its partner
// (a line that answers as well, or one that holds the rest of the
// question) or else a neighbour when the line is short and the neighbour
// helps, and cuts long text at a sentence or clause boundary.
func (e Excerpts) Pick(id int, q question.Query) string {
	ex := e.pick(id, q, true)
	if e.x.p.IntroLines <= 0 {
		return ex
	}
	lines := e.x.info[id].lines
	run, ok := endsOnHead(lines, e.x.doc.Passages[id].Sub, ex)
	if !ok {
		return ex // nothing to introduce: no need of the question's scores
	}
	return introduce(lines, run, ex, e.x.p.IntroLines, e.x.p.MaxExcerptRunes, e.clauseScore(e.x.matcher(q.Concepts)))
}

// endsOnHead is the run of sub-bullets (sub: which of a passage's lines
// are sub-bullets) under the last line quote ex shows, where that line
// introduces some (a plan "in stages", a list "as follows") and ex is not
// cut short at its end.
func endsOnHead(lines []Line, sub []bool, ex string) (SubRun, bool) {
	if sub == nil || strings.HasSuffix(ex, excerpt.Ellipsis) {
		return SubRun{}, false
	}
	last := -1
	for i, ln := range lines {
		if ShowsLine(ex, ln.Text) {
			last = i
		}
	}
	runs := SubRuns(sub, len(lines))
	k := slices.IndexFunc(runs, func(r SubRun) bool { return r.Head == last })
	if last < 0 || k < 0 {
		return SubRun{}, false
	}
	return runs[k], true
}

// introduce is ex, a quote of a passage's lines that ends on the line
// heading run (endsOnHead), with n of the sub-bullets under it: those
// holding most of the question's words by score, else the first, in the
// passage's order, as many as fit in limit runes. The introducing line
// shares the question's words, so the quote cut to them stops there, while
// what it introduces is what it says; a quote cut short at its end has no
// room. (A thread does this for every quote, without the limit: dialog's
// introduced; n is the same count, Params.IntroLines.) On the
// conversations never fitted: first turns and follow-ups hit@1 and hit@3
// one more each; de-spaced first turns hit@3 0.871 -> 0.877.
func introduce(lines []Line, run SubRun, ex string, n, limit int, score func(string) float64) string {
	// only the texts of the sub-bullets the quote may take are read out
	under := make([]string, run.End-run.Head-1)
	for i := range under {
		under[i] = lines[run.Head+1+i].Text
	}
	prev := run.Head
	for _, i := range FirstBest(under, max(n, 0), score) {
		pick := run.Head + 1 + i
		sep := "\n"
		if pick > prev+1 {
			sep = excerpt.Gap
		}
		// the gap counted as the wider separator, as joinLines counts it
		if utf8.RuneCountInString(ex)+utf8.RuneCountInString(excerpt.Gap)+utf8.RuneCountInString(under[i]) > limit {
			break
		}
		ex, prev = ex+sep+under[i], pick
	}
	return ex
}

// QuotePieces splits a quote into the runs of text it shows: its lines,
// and the parts an ellipsis joins, without the ellipses.
func QuotePieces(ex string) []string {
	if ex == "" {
		return nil
	}
	// Each piece ends at a line's end or an ellipsis (nextQuotePiece), so
	// their count bounds the pieces: the list is made once, not grown.
	out := make([]string, 0, strings.Count(ex, "\n")+strings.Count(ex, excerpt.Ellipsis)+1)
	for rest, more := ex, true; more; {
		var p string
		if p, rest, more = nextQuotePiece(rest); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// QuotesLine tells whether a quote (its pieces, QuotePieces) shows line,
// whole or in part.
func QuotesLine(pieces []string, line string) bool {
	text := strings.TrimSpace(line)
	return slices.ContainsFunc(pieces, func(p string) bool { return quotes(p, line, text) })
}

// quotes tells whether piece p of a quote shows line, text being line
// trimmed (QuotesLine).
func quotes(p, line, text string) bool {
	return strings.Contains(line, p) || text != "" && strings.Contains(p, text)
}

// ShowsLine is QuotesLine of the pieces of quote ex, read one by one
// without making a list of them: the dialog asks it of each line of a
// passage for each quote shown.
func ShowsLine(ex, line string) bool {
	text := strings.TrimSpace(line)
	for rest, more := ex, true; more; {
		var p string
		p, rest, more = nextQuotePiece(rest)
		if p != "" && quotes(p, line, text) {
			return true
		}
	}
	return false
}

// nextQuotePiece is the first run of text quote ex shows, trimmed, as
// QuotePieces cuts them ("" for a run of spaces), what follows it, and
// whether anything does (excerpt.NextPiece at every mark of a cut).
func nextQuotePiece(ex string) (p, rest string, more bool) {
	p, rest, more = excerpt.NextPiece(ex, excerpt.Ellipsis)
	return strings.TrimSpace(p), rest, more
}

// PickOne is Pick that never pairs two lines: a summary lists one mention
// a passage, and the lines of a passage that names a country all tie on
// its name.
func (e Excerpts) PickOne(id int, q question.Query) string { return e.pick(id, q, false) }

func (e Excerpts) pick(id int, q question.Query, pair bool) string {
	x := e.x
	info := x.info[id]
	limit := x.p.MaxExcerptRunes
	if p := x.doc.Passages[id]; shownWhole(p, q, pair, limit) {
		return p.Text
	}
	m := x.matcher(q.Concepts)
	own := e.ownWeights(m, id)
	noteWeight := x.noteWeight(q)
	// A passage that prints a word as the question typed it ("NSF") and
	// also names it by an equivalent (국립과학재단) on another line: the
	// line that prints it as typed is the one meant, so an equivalent
	// counts there as an alternative spelling counts in the search. A
	// country's or company's names are not that: the report's own names
	// for it (우리나라 for 한국) say it as fully as the one typed.
	printed := make([]bool, len(q.Concepts))
	for k, c := range q.Concepts {
		if c.Entity {
			continue
		}
		for i := range info.lines {
			if m.typed(k, info.lines[i].Terms) {
				printed[k] = true
				break
			}
		}
	}
	// A company or country the passage's own section is titled by is
	// what the whole passage is about: a line that prints its name again
	// says no more of it than the lines that do not. At weight 1 it is
	// weighed as any word, and none is marked.
	var implied []bool
	if x.p.ImpliedEntity < 1 {
		implied = titledBy(q.Concepts, x.doc.Passages[id].Path)
	} else {
		implied = make([]bool, len(q.Concepts))
	}
	score := func(i int, holdsExpected bool) float64 {
		s := 0.0
		for k := range q.Concepts {
			got := math.Max(m.match(k, info.lines[i].Terms), noteWeight*m.match(k, info.lines[i].Notes))
			if printed[k] && got > 0 && !m.typed(k, info.lines[i].Terms) {
				got *= x.p.AltBoost
			}
			if got > 0 && m.match(k, info.lines[i].Head) > 0 {
				// A bullet that opens with its topic ("Whisper는 …") beats a
				// line that merely lists it.
				got *= x.p.HeadBonus
			}
			if got > 0 && e.listsAmong(m, k, info.lines[i].Text) {
				// A table's row names the thing asked as one cell beside
				// its siblings ("CPU · GPU · PIM"): it tells what kinds
				// there are, not what that one is; a line that says more
				// of it (its column) answers first.
				got *= x.p.SiblingLine
			}
			if implied[k] {
				got *= x.p.ImpliedEntity
			}
			s += own[k] * got
		}
		// The line that answers holds what was asked for: a date for
		// "when", a figure for "how much".
		if holdsExpected {
			s *= 1 + x.p.ExpectBonus
		}
		if q.Define && info.lines[i].Defines {
			s *= 1 + x.p.DefineBonus
		}
		return s
	}
	// A line without the date or figure asked for cannot answer "when" or
	// "how much": the best line that holds one is shown, if the passage has
	// one that shares anything with the question.
	scores := make([]float64, len(info.lines))
	// holds marks the lines that hold what was asked for, for the short
	// line's neighbour below.
	holds := make([]bool, len(info.lines))
	// best is the line that answers best, fit the best that holds what
	// was asked for (-1 when none does); set by rate below.
	var best, fit int
	var bestScore, fitScore float64
	// A pattern every such question shares is matched once a line and
	// remembered (see lineExpects).
	var memo *expectBits
	first := 0
	if x.SharedExpect(q.Expect) {
		memo, first = x.expects.of(q.Expect), int(x.expects.first()[id])
	}
	// The question's text is lower-cased once a pick, not once a line, and
	// the lines' once for the index (see lowLines).
	var typed string
	asksName := q.AsksName && q.Expect == nil
	if asksName {
		typed = strings.ToLower(q.Text)
	}
	low := x.lowLines()[id]
	numbered := x.numberedNames(m)
	var figures []string
	if q.Bare {
		figures = x.figureLines()[id]
	}
	for i := range info.lines {
		// Matched once a line, for the score and for the fit below.
		switch {
		case memo != nil:
			holds[i] = memo.holds(q.Expect, first+i, info.lines[i].Text)
		case q.Expect != nil:
			holds[i] = q.Expect.MatchString(info.lines[i].Text)
		}
		if holds[i] && q.Bare {
			// Asked for a bare figure, a line's years and the version
			// numbers of names are none: a year dates a figure, a version
			// names a model (as the one-line answer reads a line).
			holds[i] = q.Expect.MatchString(figures[i])
		}
		if asksName && namesKindAsked(info.lines[i].Text, low[i], typed, q.NameKinds) {
			// Asked for a name, the line that gives one of the kind asked
			// ("Loihi 2칩") answers, as a date answers "when".
			holds[i] = true
		}
	}
	// rate scores the lines and finds best and fit; what a line holds
	// does not change with the weights, so it is matched once above.
	rate := func() {
		best, bestScore, fit, fitScore = 0, -1.0, -1, 0.0
		for i := range info.lines {
			s := score(i, holds[i])
			if namesSibling(m, numbered, info.lines[i].Terms, low[i]) {
				s *= x.p.SiblingLine
			}
			scores[i] = s
			if s > bestScore {
				best, bestScore = i, s
			}
			if holds[i] && s > fitScore {
				fit, fitScore = i, s
			}
		}
	}
	rate()
	if bestScore <= 0 && slices.Contains(implied, true) {
		// No line holds any other of the question's words: the lines
		// that print the name are the ones that speak of it.
		clear(implied)
		rate()
	}
	if fit >= 0 {
		best, bestScore = fit, fitScore
	}
	if q.WantsSource && !info.lines[best].Cites {
		// Asked for a source: show the claim with the nearest line that cites
		// one, or that line alone when both do not fit.
		alt, altScore := -1, 0.0
		for i, s := range scores {
			if info.lines[i].Cites && s > altScore {
				alt, altScore = i, s
			}
		}
		if alt >= 0 && altScore >= x.p.CiteNeighbour*bestScore {
			if both, ok := joinLines(info.lines, best, alt, limit); ok {
				return both
			}
			best = alt
		}
	}
	text := info.lines[best].Text
	// A short line is shown with another: which one is settled below.
	short := utf8.RuneCountInString(text) < limit/2
	// The complement of the best line is found once: the partner and the
	// short line's company below both read it.
	comp, compGain := -1, 0.0
	if pair {
		comp, compGain = e.complement(m, id, own, scores, best)
		if other := e.partner(scores, best, comp, compGain); other >= 0 {
			if both, ok := joinLines(info.lines, best, other, limit); ok {
				return excerpt.Cutter{Max: limit, Score: e.clauseScore(m)}.Cut(both)
			}
		}
	}
	// The next line that adds less of the question's words the short line
	// lacks than the complement does gives way to it.
	nextLess := best+1 < len(info.lines) && comp >= 0 && e.adds(m, id, own, best, best+1) < compGain
	if pair && short && best+1 < len(info.lines) && (scores[best+1] == 0 || listsSiblings(m, info.lines, low, best, best+1) || nextLess) {
		// The next line shares nothing with the question, or names what
		// is asked only beside its siblings (a table's head row under its
		// caption): the line of the passage that adds most of the
		// question's words the short line lacks is shown too, the next
		// line still with them when all fit (it may be the list the short
		// line opens).
		if alt := comp; alt >= 0 && alt != best+1 {
			if all, ok := joinAll(info.lines, []int{best, best + 1, alt}, limit); ok {
				return excerpt.Cutter{Max: limit, Score: e.clauseScore(m)}.Cut(all)
			}
			// Where all three do not fit, the line that adds what the
			// question asks beyond the short line's words goes before the
			// next line that adds less of it: a lead line repeats the
			// question's topic, and the item asked stands lines below it.
			if both, ok := joinLines(info.lines, best, alt, limit); ok && nextLess {
				return excerpt.Cutter{Max: limit, Score: e.clauseScore(m)}.Cut(both)
			}
		}
	}
	if short && best > 0 && best+1 < len(info.lines) && scores[best-1] > 0 && (holds[best-1] && !holds[best+1] || !x.labelled(id, best) && (scores[best+1] == 0 || continuesBefore(info.lines, scores, holds, best))) {
		// A short line whose previous line, and not the next one, holds
		// the date or figure asked for too and shares the question's
		// words: the previous line states the figure the short one
		// restates or sums up (the target a later line cites), and the
		// next has gone on to another matter. So too where the next line
		// shares none of the question's words and the previous one does:
		// a short line that heads no item of its own ("(label) …") goes
		// on from the line before it, which the question's words tie to
		// it, not into the next item; and where the question's words
		// cannot tell the two neighbours apart, the one that says more of
		// the short line's own words is the sentence it goes on from
		// (continuesBefore). A labelled line heads what follows it, and
		// keeps the next line below. A passage's last line keeps to
		// itself, as before.
		if prev := info.lines[best-1].Text; utf8.RuneCountInString(prev)+utf8.RuneCountInString(text)+1 <= limit {
			text = prev + "\n" + text
		}
	} else if short && best+1 < len(info.lines) {
		// A short line is often half a sentence that a page break cut, or a
		// heading whose substance is the next line: add it when it fits.
		if next := info.lines[best+1].Text; utf8.RuneCountInString(text)+utf8.RuneCountInString(next)+1 <= limit {
			text += "\n" + next
		}
	}
	return excerpt.Cutter{Max: limit, Score: e.clauseScore(m)}.Cut(text)
}

// continuesBefore tells whether line best, a short line between two
// that the question's words score alike (each holding what was asked for
// or neither), shares more of its own words with the line before it than
// with the line after: it restates or goes on from the one before ("TSMC
// … 생산 능력을 …" after a line on TSMC's 생산 능력), while the next has
// moved to another matter that merely shares the question's words.
func continuesBefore(lines []Line, scores []float64, holds []bool, best int) bool {
	prev, next := best-1, best+1
	if scores[prev] != scores[next] || holds[prev] != holds[next] {
		return false
	}
	own := lines[best].Terms
	return lines[prev].Terms.shared(own) > lines[next].Terms.shared(own)
}

// titledBy marks the concepts of cs that are a company or country the
// last title of path (a passage's own section) names.
func titledBy(cs []question.Concept, path []string) []bool {
	titled := make([]bool, len(cs))
	if len(path) == 0 {
		return titled
	}
	title := strings.ToLower(path[len(path)-1])
	for k, c := range cs {
		titled[k] = c.Entity && slices.ContainsFunc(c.Terms, func(t string) bool { return strings.Contains(title, t) })
	}
	return titled
}

// shownWhole tells whether passage p, which fits in limit runes, is
// shown whole rather than cut to its best lines: a block of front matter
// (the authors, the imprint) reads best whole, and a question for no
// date, figure, name or source that may be paired asks what the passage
// says (what it recommends, how it puts a thing), whose point is often
// on a line that repeats none of the question's words (the heading names
// the topic, the lines under it say it).
func shownWhole(p corpus.Passage, q question.Query, pair bool, limit int) bool {
	return (p.Kind == corpus.KindMeta || pair && asksWhatItSays(q)) && utf8.RuneCountInString(p.Text) <= limit
}

// asksWhatItSays tells whether q asks for no date or figure, no name and
// no source: what a passage says, not one thing a line of it states.
func asksWhatItSays(q question.Query) bool {
	return q.Expect == nil && !q.AsksName && !q.WantsSource
}

// numbered is a numbered name of the question (LLaMA 2): its concept, the
// pattern of any member of its series, and its own number.
type numbered struct {
	k   int
	re  *regexp.Regexp
	num string
}

// numberedNames are the question's names made of letters and a number
// ("llama2", "hbm4"), each with the pattern of any member of the series and
// the space a line may print before the number; made once a pick, each
// pattern compiled once for the index (pattern).
func (x *Index) numberedNames(m matcher) []numbered {
	var out []numbered
	for k, c := range m.cs {
		for _, t := range c.Terms {
			i := strings.IndexFunc(t, unicode.IsDigit)
			if i <= 0 || !strings.ContainsFunc(t[:i], unicode.IsLetter) || strings.TrimFunc(t[i:], func(r rune) bool { return unicode.IsDigit(r) || r == '.' }) != "" {
				continue
			}
			// A one-letter name (B200) is printed joined: "a 5" is no name.
			space := `\s?`
			if utf8.RuneCountInString(t[:i]) == 1 {
				space = ""
			}
			if re := x.pattern(`(?:^|[^\p{L}])` + regexp.QuoteMeta(t[:i]) + space + `(\d+(?:\.\d+)*)`); re != nil {
				out = append(out, numbered{k: k, re: re, num: t[i:]})
			}
		}
	}
	return out
}

// namesSibling tells whether a line names another member of a numbered
// name the question asks about and not the one asked: "LLaMA 3" where it
// asks about LLaMA 2. Such a line says what holds of the other one,
// however many of the question's other words it shares. low is the line
// lower-cased.
func namesSibling(m matcher, ns []numbered, terms Terms, low string) bool {
	for _, n := range ns {
		if m.match(n.k, terms) == 1 {
			continue // the name asked, as the report spells it
		}
		seen := n.re.FindAllStringSubmatch(low, -1)
		if slices.ContainsFunc(seen, func(g []string) bool { return g[1] != n.num }) && !slices.ContainsFunc(seen, func(g []string) bool { return g[1] == n.num }) {
			return true
		}
	}
	return false
}

// namesKindAsked tells whether line gives a name of a kind q asks for:
// the line says the kind ("칩", "model") and holds a name in Latin letters
// the question does not type, with a capital (Loihi, Gaudi), other than a
// short all-capital word (AI, GPU), which is a common term.
//
// low is line lower-cased and typed the question's text lower-cased, each
// made once, not here for every line.
func namesKindAsked(line, low, typed string, kinds []question.NameKind) bool {
	if !slices.ContainsFunc(kinds, func(k question.NameKind) bool {
		return strings.Contains(low, k.Ko) || strings.Contains(low, k.En)
	}) {
		return false
	}
	for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !isLatinName(r) }) {
		if w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w && len(w) <= 4 {
			continue
		}
		if !strings.Contains(typed, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// isLatinName tells whether r may stand in a name printed in Latin
// letters and digits.
func isLatinName(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '+' || r == '-')
}

// joinLines joins lines i and j in the report's order, " … " marking the
// lines left out between them; ok is false when both do not fit in limit
// runes.
func joinLines(lines []Line, i, j, limit int) (string, bool) {
	a, b := lines[min(i, j)].Text, lines[max(i, j)].Text
	if utf8.RuneCountInString(a)+utf8.RuneCountInString(b)+utf8.RuneCountInString(excerpt.Gap) > limit {
		return "", false
	}
	if max(i, j)-min(i, j) > 1 {
		return a + excerpt.Gap + b, true
	}
	return a + "\n" + b, true
}

// joinAll joins lines ids in the report's order as joinLines does; ok is
// false when they do not fit in limit runes.
func joinAll(lines []Line, ids []int, limit int) (string, bool) {
	ids = slices.Sorted(slices.Values(ids))
	var b strings.Builder
	n := 0
	for k, i := range ids {
		if k > 0 {
			if i-ids[k-1] > 1 {
				b.WriteString(excerpt.Gap)
				n += utf8.RuneCountInString(excerpt.Gap)
			} else {
				b.WriteString("\n")
				n++
			}
		}
		b.WriteString(lines[i].Text)
		n += utf8.RuneCountInString(lines[i].Text)
	}
	return b.String(), n <= limit
}

// adds is the weight of the question's words line best lacks that line i
// holds, by own weights (as complement counts it).
func (e Excerpts) adds(m matcher, id int, own []float64, best, i int) float64 {
	lines := e.x.info[id].lines
	var g float64
	for k := range m.cs {
		if m.match(k, lines[best].Terms) == 0 {
			g += own[k] * m.match(k, lines[i].Terms)
		}
	}
	return g
}

// complement is the line of passage id that adds most of the question's
// words line best lacks, by own weights, with what it adds; -1 when none
// adds any. Of lines that add the same, the one that shares more of the
// question besides answers it better: a table's row that names the column
// asked about, not the head row that lists every one.
func (e Excerpts) complement(m matcher, id int, own, scores []float64, best int) (int, float64) {
	lines, low := e.x.info[id].lines, e.x.lowLines()[id]
	other, otherGain := -1, 0.0
	for i := range lines {
		if i == best {
			continue
		}
		g := e.adds(m, id, own, best, i)
		// Of lines that add alike, one that names the numbered word asked
		// alone beats one that lists it among its siblings.
		if g > otherGain || g > 0 && g == otherGain && (scores[i] > scores[other] ||
			scores[i] == scores[other] && listsSiblings(m, lines, low, best, other) && !listsSiblings(m, lines, low, best, i)) {
			other, otherGain = i, g
		}
	}
	return other, otherGain
}

// listsSiblings tells whether line i of lines names a numbered word the
// question asks for and line best lacks beside its siblings (3세대 in "1세대 ·
// 2세대 · 3세대"): a line that lists every generation or stage is a table's
// head row or a list's lead, and says nothing of the one asked about that a
// line naming it alone says.
//
// low are the lines lower-cased (see lowLines).
func listsSiblings(m matcher, lines []Line, low []string, best, i int) bool {
	text := low[i]
	for k, c := range m.cs {
		if m.match(k, lines[best].Terms) > 0 || m.match(k, lines[i].Terms) == 0 {
			continue
		}
		for _, t := range c.Terms {
			// A bare number is no numbered word: with any number in its
			// place it would match every figure of the line.
			if !strings.ContainsFunc(t, unicode.IsDigit) || !strings.ContainsFunc(t, unicode.IsLetter) {
				continue
			}
			re := m.x.siblingPattern(t)
			if re == nil {
				continue
			}
			if seen := re.FindAllString(text, -1); slices.ContainsFunc(seen, func(s string) bool { return s != seen[0] }) {
				return true
			}
		}
	}
	return false
}

// anyNumber is the pattern of term with any number in place of each of its
// numbers.
func anyNumber(term string) string {
	var b strings.Builder
	digits := false
	for _, r := range term {
		if unicode.IsDigit(r) {
			if !digits {
				b.WriteString(`\d+`)
			}
			digits = true
			continue
		}
		digits = false
		b.WriteString(regexp.QuoteMeta(string(r)))
	}
	return b.String()
}

// partner is the line of passage id an answer shows beside the best one,
// or -1: the line that adds most of the question's words the best line
// lacks (the lock-in on one line, CUDA on another), when it adds
// ComplementShare of the best line's score; else a line that answers
// alike (a table's head row and the column that names the same thing),
// since which one the asker wants cannot be told.
//
// other and otherGain are the best line's complement (see complement).
func (e Excerpts) partner(scores []float64, best, other int, otherGain float64) int {
	x := e.x
	if other >= 0 && otherGain >= x.p.ComplementShare*scores[best] {
		return other
	}
	for i, s := range scores {
		if i != best && s > 0 && s >= scores[best]*(1-1e-9) {
			return i
		}
	}
	return -1
}

// OwnWeights are the weights of q's concepts for telling passage id's lines
// apart: a concept the passage holds through its section title or country is
// shared by every line, and so counts less.
func (e Excerpts) OwnWeights(id int, q question.Query) []float64 {
	return e.ownWeights(e.x.matcher(q.Concepts), id)
}

// ownWeights is OwnWeights with the question's matcher.
func (e Excerpts) ownWeights(m matcher, id int) []float64 {
	x := e.x
	own := make([]float64, len(m.cs))
	for i, c := range m.cs {
		own[i] = c.Weight
		if m.match(i, x.info[id].ctx) > 0 {
			own[i] *= x.p.SharedContext
		}
	}
	return own
}

// ClauseScore rates a piece of text by the weight of q's concepts it holds.
func (e Excerpts) ClauseScore(q question.Query) func(string) float64 {
	return e.clauseScore(e.x.matcher(q.Concepts))
}

// clauseScore is ClauseScore with the question's matcher.
func (e Excerpts) clauseScore(m matcher) func(string) float64 {
	x := e.x
	return func(text string) float64 {
		set := x.keptTerms(text)
		s := 0.0
		for k, c := range m.cs {
			s += c.Weight * m.match(k, set)
		}
		return s
	}
}

// siblingPattern is the compiled pattern of term with any number in place
// of each of its numbers (see anyNumber), nil when it does not compile.
func (x *Index) siblingPattern(term string) *regexp.Regexp {
	return x.pattern(anyNumber(term))
}

// pattern is src compiled, nil when it does not compile: compiled once for
// the index, not once a call, since the same terms of questions come back
// line after line and question after question.
func (x *Index) pattern(src string) *regexp.Regexp {
	if v, ok := x.patterns.Load(src); ok {
		return v.(*regexp.Regexp)
	}
	re, err := regexp.Compile(src)
	if err != nil {
		re = nil
	}
	if x.patternsKept.Add(1) <= maxPatterns {
		x.patterns.Store(src, re)
	}
	return re
}

// maxPatterns bounds the patterns an index keeps (see pattern);
// past it a pattern is compiled and not kept, and reads alike.
const maxPatterns = 4096

// listsAmong tells whether line is a table's row (at least RowCells cells
// the report joined with corpus.CellSep) that names concept k only as a
// cell of one word: the thing beside its siblings, with nothing said of it.
func (e Excerpts) listsAmong(m matcher, k int, line string) bool {
	// Counted before it is cut: most lines are no row, and this runs for
	// every line and word asked.
	if strings.Count(line, corpus.CellSep)+1 < e.x.p.RowCells {
		return false
	}
	named := false
	for _, c := range strings.Split(line, corpus.CellSep) {
		if m.match(k, e.x.keptTerms(c)) == 0 {
			continue
		}
		if len(strings.Fields(c)) > 1 {
			return false
		}
		named = true
	}
	return named
}

// keptTerms is TermSet of a clause or a table's cell, analysed once and
// kept: excerpts are cut from the report's lines, so the same pieces come
// back question after question, and a set is never changed once made.
func (x *Index) keptTerms(text string) Terms {
	if v, ok := x.clauses.Load(text); ok {
		return v.(Terms)
	}
	set := x.TermSet(text)
	x.clauses.Store(text, set)
	return set
}

// With is quote ex of passage id showing line too, one of the passage's
// lines it leaves out: the lines ex shows and line, in the passage's
// order, joined as a quote joins them. What the quote showed stays, and
// stays whole: the line is added, not put in another's place. ex as it is
// when line is none of the passage's, or ex shows none of its lines.
func (e Excerpts) With(id int, ex, line string) string {
	lines := e.x.info[id].lines
	at := slices.IndexFunc(lines, func(ln Line) bool { return ln.Text == line })
	if at < 0 {
		return ex
	}
	ids := []int{at}
	for i, ln := range lines {
		if i != at && ShowsLine(ex, ln.Text) {
			ids = append(ids, i)
		}
	}
	if len(ids) == 1 {
		return ex
	}
	all, _ := joinAll(lines, ids, 0)
	return all
}
