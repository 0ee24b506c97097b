package answer

import (
	"context"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/tuning"
)

// Answer is what the engine says about one question.
type Answer struct {
	Question string
	Lang     string // "ko" or "en": the language replies should use
	// Answered is false when the report does not cover the question; Results is
	// then empty and Suggestions names the nearest sections.
	Answered    bool
	Results     []Result
	Suggestions []search.SectionRef
	// Missing are the question's own words that no result holds: what the
	// report does not say. An answer with Missing is hedged: the results
	// are the closest passages, not the answer.
	Missing []string
	// Direct states the answer in one line, when the question asks for a
	// date or figure and the top result states it beside what it is of:
	// "일본 반도체 보조금: 약 4조 엔 (3.1, 25–33쪽)". "" otherwise.
	Direct string
	// Form is "" for passages ranked for the question, FormReport for an
	// answer from the report's structure, FormComparison for evidence on
	// each side of a comparison.
	Form string
	// AskWhat is set, with Answered false, for a bare request for a
	// source ("출처는?", "source?") that says nothing of whose: the reply
	// asks what it is about rather than quoting whichever passage holds
	// the word "source".
	AskWhat bool
	// declined is the decline a hedge stands in for, when no passage alone
	// covers enough of the question and the passages shown do only taken
	// together: the reply stands only as a hedge, and without it
	// (Unhedged) it is that decline.
	declined *Answer
	// near is what a decline was read and ranked by, from which the hedge
	// it would be is built: its closest passages, headed by the question's
	// words they lack. A caller that knows more of what the asker reads (a
	// thread whose answers showed those sections) may reply with that
	// hedge rather than with a "not covered" (Engine.Near); most never do,
	// and are spared building it.
	near *nearReading
}

// Result is one cited passage.
type Result struct {
	PassageID    int
	Section      string   // section id, e.g. "2.2.1.마"
	SectionTitle string   // the section's own title
	Path         []string // titles from the chapter down
	Pages        string   // "25–33", or "" when the contents give none
	Excerpt      string   // the sentence or two that answers, ≤ about 300 characters
	Text         string   // the whole passage
	Score        float64
	// Sources are the original sources the excerpt cites: footnote texts and
	// reference-list entries for in-text citations such as "(장은현, 2024)".
	Sources []string
	// Label names the side of a comparison the result is evidence for.
	Label string
	// Report is the series number of the report quoted, as its title page
	// prints it ("수시연구 2024-08").
	Report string
	// English is, in an answer to an English question, the sentence of the
	// report's own English summary that says what the excerpt says; ""
	// when none clearly does. The Korean excerpt stays: it is what a
	// writer cites.
	English string
}

// Engine answers questions from one index. It keeps no state between
// questions and is safe for concurrent use.
type Engine struct {
	x   *search.Index
	tab *Tables
	// homes is, by section, the countries its passages name: read of
	// the whole report once, when a question first needs it
	// (homeLeftOut), not per passage of every reply.
	homes func() map[string]map[string]bool
	// roles are the front matter's own words for the research team's
	// roles (frontRoles), read once, when a question first needs them.
	roles func() map[string]string
	// printed is, by a word of the report's, how many passages print it
	// anywhere, inside longer words too (cutPiece): counted on first
	// need, as every reply asks it of the same few words many times. Its
	// keys are words the report uses, so it is bounded by the report.
	printed sync.Map
}

// Shown is how many results a reply shows unless asked for more: what the
// commands show by default, and what the evaluator scores.
const Shown = 3

// New returns an engine over x with tables of its own, read by x's
// patterns.
func New(x *search.Index) *Engine { return NewWith(x, NewTables(x.Patterns())) }

// NewWith returns an engine over x that reads by t, which it shares and
// never changes.
func NewWith(x *search.Index, t *Tables) *Engine {
	e := &Engine{x: x, tab: t, homes: sync.OnceValue(func() map[string]map[string]bool { return sectionCountries(x.Document()) })}
	e.roles = sync.OnceValue(e.frontRoles)
	return e
}

// Tables are the engine's word lists and compiled patterns: they come from
// this package, not from a report, and are read-only once built, so that
// the engines of every report on a shelf can share one (NewWith).
type Tables struct {
	words         reportWords
	compare       []string
	compareStrong []string
	figs          figures
	implied       implied
	naming        naming
	parts         parts
	members       members
	counts        Counts
	// origin asks for a source in words the question's reader does not
	// take for one: who wrote or published a thing, the journal or
	// outlet it appeared in, where a figure or chart comes from.
	origin *regexp.Regexp
	// excludes finds what a text names only to leave it out ("excluding
	// defense", "국방 제외"), as the question's reader finds it.
	excludes *regexp.Regexp
	// sources name a source's words in English for an English reader.
	sources sourceNames
}

// NewTables builds the tables over p, the patterns the indexes they serve
// read questions by (search.Language.Patterns): an expectation the tables
// set is then the reader's own pattern, which search knows by its pointer
// (question.Reader.SharedExpect).
func NewTables(p *question.Patterns) *Tables {
	words := newReportWords()
	return &Tables{words: words, compare: compareWords(), compareStrong: strongCompareWords(), figs: newFigures(), implied: newImplied(p.Evidence()), naming: newNaming(p), parts: newParts(), members: newMembers(words.count), counts: NewCounts(), origin: newOrigin(), excludes: p.Marks().Excludes, sources: newSourceNames()}
}

// Ask answers a question with up to n passages (3 when n ≤ 0), in the
// language q says replies use (a follow-up the dialog rewrote is answered
// in the language its asker typed: question.Asked.Rewrite). The error is
// q's own (question.ErrEmpty, ErrTooLong) or the context's.
func (e *Engine) Ask(ctx context.Context, q question.Asked, n int) (Answer, error) {
	return e.AskRead(ctx, e.Read(q), n)
}

// AskRead is Ask for a question read once for every report (Read).
//
// Whether a question is answered, hedged or declined, and what the reply
// says it lacks, is decided on the Shown results whatever n is (paged):
// asking for more results, or fewer, shows more or fewer passages of the
// same reply, never another verdict.
func (e *Engine) AskRead(ctx context.Context, q Question, n int) (Answer, error) {
	ans, d, err := e.decide(ctx, q, Shown)
	if err == nil && n > 0 && n != Shown {
		ans, err = e.paged(ctx, q, ans, d, n)
	}
	e.finish(d.query, &ans)
	return ans, err
}

// finish gives a decided answer what every reply shows: the words it lacks
// as a hedge names them, the English of its lines for an English asker, and
// the report its passages are from. It says no line twice (Distinct):
// results gathered otherwise than one by one (a comparison's sides, a
// source's citing lines, a page) may quote what another result does.
func (e *Engine) finish(q question.Query, a *Answer) {
	if len(a.Results) > 1 {
		a.Results = Distinct(a.Results, e.x.Document().Sources)
	}
	a.Missing = q.Named(a.Missing)
	e.addEnglish(a)
	series := e.x.Document().Meta.Series
	for i := range a.Results {
		a.Results[i].Report = series
	}
}

// decision is why a question was answered or declined, for --explain.
type decision struct {
	query  question.Query
	ranked []search.Candidate
	reason string
	// stated says, for a "when" or "how much" question, which results state
	// the date or figure beside what it is of.
	stated []string
}

// decide answers or declines, and says why. Ask and Explain share it, so
// that what --explain prints is what Ask does.
func (e *Engine) decide(ctx context.Context, read Question, n int) (Answer, decision, error) {
	var d decision
	asked, words := read.asked, read.words
	q := asked.Text()
	ans := Answer{Question: q, Lang: asked.Lang()}
	if err := asked.Err(); err != nil {
		return ans, d, err
	}
	if n <= 0 {
		n = Shown
	}
	if err := ctx.Err(); err != nil {
		return ans, d, err
	}
	p := e.x.Params()
	d.query = e.x.Analyse(asked)
	query := d.query
	role := e.namesRole(q)
	toks := e.reportTokens(q, words.mention || role)
	if words.mention || role {
		// Who made the report or when it came out is asked in words that
		// would otherwise read as a question about the whole report. In a
		// thread already on the report itself, the report's everyday words
		// ("나온") say how the asker asks, not what of the text, too.
		var everyday float64 // any word the report uses makes it a question about that
		if asked.NamesReport() {
			everyday = p.DeclineTopicSpec
		}
		if front, ok := e.fromFront(ans, e.metaAsk(toks, asked.NamesReport(), query, everyday)); ok {
			d.reason = "answered from the report's front matter: a question about the report itself (who made it, when it came out)"
			return front, d, nil
		}
	}
	if ask, want := e.reportAsk(toks); ask != askNone {
		if ans.Results = e.answerReport(ask, want, ans.Lang); len(ans.Results) > 0 {
			ans.Answered, ans.Form = true, FormReport
			d.reason = "answered from the report's structure: a question about the whole report"
			return ans, d, nil
		}
	}
	if len(query.Concepts) == 0 {
		ans.Suggestions = e.x.Suggest(nil, 0)
		d.reason = "declined: the question has no word the report could answer (only frame words or none)"
		return ans, d, nil
	}
	if e.bareSource(query) {
		ans.AskWhat = true
		d.reason = "asked what it is about: a request for a source that names nothing whose"
		return ans, d, nil
	}
	ranked, err := e.x.Rank(ctx, query)
	if err != nil {
		return ans, d, err
	}
	query = e.publisherAsPart(query)
	d.ranked = ranked
	if sides := e.comparing(words, query); sides != nil {
		res, err := e.answerComparison(ctx, query, ranked, sides, n)
		if err != nil {
			return ans, d, err
		}
		if len(res) >= 2 {
			ans.Results, ans.Answered, ans.Form = res, true, FormComparison
			// A side with no evidence of its own, or a word no side holds, is
			// what the report does not say.
			var names []string
			// One line that names every side with the figure a question
			// for one relative to the other asks states each side.
			implied := e.tab.implied.of(query, words)
			relative := e.statesRelative(implied, res[0], sides)
			for _, sd := range sides {
				names = append(names, sd.name)
				if !relative && !e.sideStated(query, res, sd, sides) {
					ans.Missing = appendNew(ans.Missing, sd.concept.Surface)
				}
			}
			for _, m := range e.x.Missing(query, ids(res)) {
				ans.Missing = appendNew(ans.Missing, m)
			}
			ans.Direct = e.direct(query, implied, ans, sides, words)
			ans = e.showingStated(implied, ans)
			d.reason = "answered with the evidence for each side of a comparison: " + strings.Join(names, ", ")
			if len(ans.Missing) > 0 {
				d.reason = "hedged: a comparison of " + strings.Join(names, ", ") + " where no result holds " + strings.Join(ans.Missing, ", ")
			}
			return ans, d, nil
		}
	}
	known, cover := e.knownCover(query, ranked)
	// The line that says what a term means answers a question for its
	// meaning, however little it holds of what else the asker typed
	// (why they ask, how plainly to say it).
	if len(ranked) > 0 && ranked[0].Defines() {
		cover = max(cover, p.DeclineCoverage)
	}
	// No passage alone may cover enough of the question while the passages
	// shown do together: the question is about what the report discusses
	// (a country in one passage, the measure asked in the next). Such a
	// reply is never a sure answer: it stands as a hedge where the results
	// lack a word it can name, and is the decline where they lack none
	// (loose, below).
	alone, loose := cover, false
	if cover < p.DeclineCoverage {
		if together := e.togetherCover(query, ranked); together >= p.DeclineCoverage {
			cover, loose = together, true
		}
	}
	var shared, foreign float64
	if len(ranked) > 0 {
		shared, foreign = e.everydayOnly(query, ranked[0].ID)
	}
	used, least := usedWords(query), declineWords(p, asked.Lang())
	switch {
	case len(ranked) == 0:
		d.reason = "declined: no passage shares a word with the question"
	case known < p.DeclineKnown && !namesTerm(query, p.MissingSpec) && shared < p.DeclineTopicSpec:
		d.reason = fmt.Sprintf("declined: the words the report uses carry %.2f of the question's weight, below %.2f", known, p.DeclineKnown)
	case used < least && !namesTerm(query, p.MissingSpec) && !namesHeld(query) && !e.namesSection(query):
		d.reason = fmt.Sprintf("declined: the report uses %.2f of the question's words, below %.2f, and none of them is a term of its own", used, least)
	case cover < p.DeclineCoverage:
		d.reason = fmt.Sprintf("declined: the best passage covers %.2f of the weight of the words the report uses, below %.2f", cover, p.DeclineCoverage)
	case !e.x.SharesTopic(query, ranked[0].ID):
		d.reason = "declined: the best passage shares only the names of countries or companies with the question"
	case foreign >= p.DeclineForeign && shared < p.DeclineTopicSpec:
		d.reason = fmt.Sprintf("declined: the best passage shares only everyday words with the question (specificity at most %.2f, below %.2f), and words the report never uses carry %.2f of its weight", shared, p.DeclineTopicSpec, foreign)
	}
	if d.reason != "" && (words.mention || role) && shared < p.DeclineTopicSpec {
		// Declined on the text, the report's words it uses being everyday
		// ones, a question naming the report that asks who or when asks
		// about the report itself: such words ("나온") say how the
		// asker asks, not what of the text.
		if front, ok := e.fromFront(ans, e.metaAsk(toks, asked.NamesReport(), query, p.DeclineTopicSpec)); ok {
			d.reason = "answered from the report's front matter: a question about the report itself (who made it, when it came out), declined on its text (" + d.reason + ")"
			return front, d, nil
		}
	}
	if d.reason != "" {
		ans.Suggestions = e.x.Suggest(ranked, p.MinCoverage)
		ans.near = &nearReading{question: ans.Question, lang: ans.Lang, query: query, named: d.query, ranked: ranked, n: n}
		return ans, d, nil
	}
	ans.Results = e.results(ranked, query, n)
	ans.Answered = true
	if query.WantsSource {
		// A question for a source wants the lines that cite one, where the
		// line that answers cites nothing itself.
		for i, r := range ans.Results {
			if len(r.Sources) > 0 {
				continue
			}
			if lines, sources := e.x.CitingLines(r.PassageID, p.SourceLines); len(sources) > 0 {
				ans.Results[i].Excerpt, ans.Results[i].Sources = lines, sources
			}
		}
	}
	ans.Missing = e.x.Missing(query, ids(ans.Results))
	ans.Missing = e.yearsHeld(query, ans.Results, ans.Missing)
	why := "a word that matters"
	if len(ans.Missing) == 0 {
		if w, ok := e.untoldOfOnce(query, ans.Results); ok {
			ans.Missing = []string{w}
			why = "the one passage on the thing the question names does not hold the word it asks about"
		}
	}
	if len(ans.Missing) == 0 && ranked[0].Topical < p.MinCoverage {
		why = "the heaviest word the best passage lacks, which covers too little"
		// The best passage holds too little of the question to answer it
		// surely: what weighs most of what it lacks is what the report does
		// not say together with the rest. In a follow-up the passage that
		// goes on with the passages just shown holds the words the rewrite
		// carried (Candidate.Topical): the carried topic and the passage
		// together say what was asked, and a word the asker typed is not
		// doubted for the carried words the passage does not repeat. (On
		// the conversations never fitted, this hedged one answer fewer, and
		// the de-spaced ones 0.163 → 0.157 of the answers, flagging as many
		// near misses; the fitted ones 0.076 → 0.070, flagged 0.841 → 0.846.)
		// A Korean word of the language at large that the report never
		// uses ("파트", "한장에") is the asker's own wording, of the reply
		// wanted or of the passage's subject, not a detail the report
		// lacks: the report writes Korean, and says what it discusses in
		// its own words. (On the questions never fitted, passing over such
		// words hedged two answers fewer and flagged as many near misses;
		// passing over English ones too flagged one fewer and hedged no
		// answer fewer, for the report's English is only its summary.)
		lacking := query
		// A year the best passage prints (yearsHeld) is no more lacking
		// here than among the words that matter.
		top := e.x.Document().Passages[ans.Results[0].PassageID].Text
		lacking.Concepts = slices.DeleteFunc(slices.Clone(query.Concepts), func(c question.Concept) bool {
			return c.DF == 0 && c.Listed && analysis.HasHangul(c.Surface) || numberYears(c) && printsYears(c, top)
		})
		ans.Missing = e.x.HeaviestMissing(lacking, ids(ans.Results[:1]), p.HedgeSpec)
	}
	// "When …?" wants a date and "how much …?" a figure, stated beside what
	// it is the date or figure of: evidence that states one goes first; when
	// none does, the report does not say, and the reply names what it lacks
	// in the question's own words.
	// The figure asked for is of the kind the one-line answer reads it to
	// be (implied.of): a question that asks a figure and names a rate or a
	// share of what it asks ("점유율 수치", "what share") wants a
	// percentage, and a line that states only a sum or a count of the
	// thing does not answer it, for the hedge as for the line. A question
	// that asks two things at once may name a share for one and a sum for
	// the other; each part is read on its own (partsStated). (On the
	// questions never fitted, this flagged three near misses more and
	// hedged one answer more.)
	if query.Expect != nil && len(words.parts()) == 0 {
		query = e.tab.implied.of(query, words)
	}
	// The words a date, figure, person or word asked about must be stated
	// beside (see binding), read once for the checks below.
	bind := e.whichOf(query, e.binding(query))
	if query.Expect != nil || query.Kind != question.KindNone {
		var bw []string
		for _, c := range bind {
			bw = append(bw, c.Surface)
		}
		d.stated = append(d.stated, fmt.Sprintf("asks a date or figure %v, a %q; bound words %v", query.Expect != nil, query.KindWord, bw))
		if query.DateTo != nil {
			d.stated = append(d.stated, fmt.Sprintf("asks the date to its part %q: a line must print it", query.DateWord))
		}
	}
	if want := query.Expect; want != nil {
		// A date asked to its month or day is stated only by a line
		// that prints that part: the year alone does not say which.
		// (On the questions never fitted, this flagged two near misses
		// more and hedged no answer more.)
		dated := query
		if query.DateTo != nil {
			dated.Expect = query.DateTo
		}
		var fit, rest []Result
		var gap []string
		found, described, sure := false, false, false
		// A thing the report names in one passage alone is told of there:
		// a line of another passage that states a date or figure beside
		// the rest of the question's words states another thing's (the
		// market a product sells in, not the product's). (On the questions
		// never fitted, this flagged three near misses more and hedged no
		// answer more; on the conversations, one more.)
		once, holdsOnce, named := e.namedOnce(query, ans.Results)
		// A passage that holds under half of what the best one holds of
		// the question is about another thing: a date or figure it states
		// beside the bound words puts it first, but does not make the
		// reply sure (a thread's aside read as a question of its own,
		// answered by another company's date). (On the questions never
		// fitted, this flagged two near misses more and hedged one answer
		// more; on the conversations, one and one; de-spaced questions one
		// flagged more; hit and one-line totals unchanged.)
		weak := weakCover(ranked, p.StatedCover)
		if named {
			d.stated = append(d.stated, fmt.Sprintf("names %q, which the report names in one passage: a value must be stated there", once.Surface))
		}
		for i, r := range ans.Results {
			if reference(r) { // a reference entry's year dates the source, not the fact
				rest = append(rest, r)
				continue
			}
			// r does not hold the thing named once: a value it states is another thing's
			elsewhere := named && !holdsOnce[i]
			held := bind
			if labels, rest := e.askedLabels(query, r); len(labels) > 0 {
				held = e.binding(rest) // a label asked beside is stated on its own line
			}
			miss, ok := e.unstated(dated, held, r.PassageID, false)
			if ok && elsewhere {
				miss = appendNew(miss, once.Surface)
			}
			d.stated = append(d.stated, fmt.Sprintf("#%d %s: value on a line %v, binding words left out %v", r.PassageID, r.Section, ok, miss))
			switch {
			case ok && len(miss) == 0:
				fit = append(fit, r)
				sure = sure || !weak[r.PassageID]
			default:
				if loose, ok := e.unstated(dated, held, r.PassageID, true); ok && len(loose) == 0 && !elsewhere && !weak[r.PassageID] {
					described = true
					d.stated = append(d.stated, fmt.Sprintf("#%d %s: value on a line that names the subject, the rest of the passage describing it", r.PassageID, r.Section))
				}
				if ok && (!found || len(miss) < len(gap)) {
					gap, found = miss, true
				}
				rest = append(rest, r)
			}
		}
		ans.Results = append(fit, rest...)
		if !sure && e.partsStated(dated, ans.Results, words) {
			// Each part of a question that asks two things at once is
			// stated on its own line: no line need state both.
			sure = true
			d.stated = append(d.stated, "each part that asks a date or figure is stated with its own words")
		}
		// A line that states the value beside the subject it names, in a
		// passage whose other lines describe that subject in the rest of
		// the question's words, answers it; it does not go before a result
		// whose line states them all.
		if !sure && !described {
			if len(gap) == 0 {
				gap = e.unstatedGap(query, ans.Results)
			}
			// A line that dates the thing by its year alone states every
			// other word: what the report does not say is the part asked.
			if query.DateTo != nil && e.yearOnly(query, bind, ans.Results) {
				gap = []string{dated.DateWord}
			}
			for _, g := range gap {
				ans.Missing = appendNew(ans.Missing, g)
			}
			why = "no result states the date or figure beside what it is of"
		}
	}
	// "Who chairs …?" wants a person, "which city …?" a place, named
	// beside what it is the person or place of: a passage on the
	// committee that names nobody in an office does not answer who
	// chairs it, and the reply says so in the question's own word.
	if query.Kind != question.KindNone && p.KindBinding {
		own := e.ownNames(query)
		named := false
		for _, r := range ans.Results {
			miss, ok := e.unkinded(query, bind, own, r.PassageID)
			d.stated = append(d.stated, fmt.Sprintf("#%d %s: %s on a line %v, binding words left out %v", r.PassageID, r.Section, query.KindWord, ok, miss))
			if ok && len(miss) == 0 {
				named = true
				break
			}
		}
		// The word may be named already, as a word the report never uses
		// ("위원장은").
		if !named {
			why = "no result names the person or place asked for beside what it is of"
		}
		if !named && !slices.ContainsFunc(ans.Missing, func(m string) bool { return strings.Contains(m, query.KindWord) }) {
			ans.Missing = appendNew(ans.Missing, query.KindWord)
		}
	}
	// A question that names a set by its count asks what the set holds:
	// a line that only counts it says how many, not which.
	if len(ans.Missing) == 0 {
		if gap, ok := e.unlisted(query, ans.Results); ok {
			ans.Missing = []string{gap}
			why = "no result lists the members of the counted set asked about"
		}
	}
	ans.Missing = sourceKinds(query, ans.Results, ans.Missing)
	if loose {
		decline := Answer{Question: q, Lang: ans.Lang, Suggestions: e.x.Suggest(ranked, p.MinCoverage)}
		if len(ans.Missing) == 0 {
			d.reason = fmt.Sprintf("declined: the best passage covers %.2f of the weight of the words the report uses, below %.2f, and the passages shown, which cover %.2f together, lack no word a hedge could name", alone, p.DeclineCoverage, cover)
			return decline, d, nil
		}
		ans.declined = &decline
		why = fmt.Sprintf("the best passage covers %.2f of the words the report uses, the passages shown %.2f only together", alone, cover)
	}
	if len(ans.Missing) == 0 {
		// The results hold only what the asker's words are about (the
		// carried topic of a follow-up), none of what they ask.
		if ask, ok := e.x.UnknownAsk(query, ids(ans.Results)); ok {
			ans.Missing = []string{ask}
			why = "the report prints none of the words the asker typed"
		}
	}
	if len(ans.Missing) == 0 {
		if y, ok := e.yearOffTopic(query, ans.Results); ok {
			ans.Missing = []string{y}
			why = "no result prints the year asked in a passage on the carried topic"
		}
	}
	implied := e.tab.implied.of(query, words)
	ans.Direct = e.direct(query, implied, ans, nil, words)
	ans = e.showingStated(implied, ans)
	if len(ans.Missing) > 0 {
		d.reason = fmt.Sprintf("hedged: no result holds %s (%s; the best passage covers %.2f of the question's weight)", strings.Join(ans.Missing, ", "), why, ranked[0].Cover)
	} else {
		d.reason = fmt.Sprintf("answered: the results hold every specific word; the best passage covers %.2f of the question's weight", ranked[0].Cover)
	}
	return ans, d, nil
}

// namedOnce returns the word of q that names a thing the report names in
// one passage alone (onePassageName), where a result of the report's
// body holds it: a summary, the front matter or a reference names things
// without telling of them; holds tells, for each of res, whether it
// holds that word, which the caller reads again. False when q names no
// such thing, or two, each of which may be a subject of its own ("X's
// figure, and Y's?").
func (e *Engine) namedOnce(q question.Query, res []Result) (once question.Concept, holds []bool, ok bool) {
	n := 0
	for _, c := range q.Concepts {
		if !onePassageName(c) {
			continue
		}
		in, body := make([]bool, len(res)), false
		for i, r := range res {
			in[i] = e.x.HeldIn(c, r.PassageID)
			body = body || in[i] && corpus.NumberedID(r.Section)
		}
		if body {
			once, holds, n = c, in, n+1
		}
	}
	return once, holds, n == 1
}

// untoldOfOnce returns the word q asks about (Concept.Ask) that the
// passage telling of the thing q names once (namedOnce) does not hold,
// where the report uses that word elsewhere: what the report says of a
// thing it names in one passage alone it says there, and a detail it
// words so in other passages but not there is one it does not give of
// that thing (the foundry of one chip, told of another's). A question for
// a date or figure is read so by the value's lines (stated), and one for
// a source asks what a footnote's title says, not the passage. A thing a
// follow-up carried from earlier turns need not be what it asks of. An
// everyday word asked about (below AskSpec) is as often the asker's
// paraphrase of what the passage says, and is left to coverage. (On the
// fitted questions, below AskSpec flagged two near misses more and hedged
// three answers more.)
func (e *Engine) untoldOfOnce(q question.Query, res []Result) (string, bool) {
	if q.Expect != nil || q.WantsSource {
		return "", false
	}
	once, holds, ok := e.namedOnce(q, res)
	if !ok || once.Carried {
		return "", false
	}
	spec := e.x.Params().AskSpec
	for _, c := range q.Concepts {
		if !c.Ask || c.DF == 0 || c.Surface == once.Surface || c.Spec < spec || constraint(c) || c.Verbal || c.Source || c.Part || c.Function || c.Aside {
			continue
		}
		told := false
		for i, r := range res {
			told = told || holds[i] && e.tells(c, r.PassageID)
		}
		if !told {
			return c.Surface, true
		}
	}
	return "", false
}

// tells tells whether passage id holds c, as the analyser matches it or
// in another form it prints (restatedIn: inside a longer word, with
// quotes or spaces inside).
func (e *Engine) tells(c question.Concept, id int) bool {
	return e.x.HeldIn(c, id) || e.restatedIn(c, id, e.x.Document().Passages[id].Text)
}

// yearOnly tells whether one of res states q's date beside every word
// of bind, read as any date and not only one to the part q asks (DateTo).
func (e *Engine) yearOnly(q question.Query, bind []question.Concept, res []Result) bool {
	return slices.ContainsFunc(res, func(r Result) bool {
		miss, ok := e.unstated(q, bind, r.PassageID, false)
		return !reference(r) && ok && len(miss) == 0
	})
}

// onePassageName tells whether c names a thing one passage alone of the
// report holds: a name, a constraint or a word no general list holds,
// not a verb or a number.
func onePassageName(c question.Concept) bool {
	return c.DF == 1 && !c.Verbal && !c.Number && (c.Name || c.Must || !c.Listed)
}

// weakCover are the passages ranked that cover less than share of what
// the best one covers of the question: they are about another thing.
func weakCover(ranked []search.Candidate, share float64) map[int]bool {
	weak := map[int]bool{}
	if len(ranked) == 0 {
		return weak
	}
	for _, r := range ranked {
		if r.Cover < share*ranked[0].Cover {
			weak[r.ID] = true
		}
	}
	return weak
}

// knownCover is the share of the question's weight its words the report
// uses carry, and the share of that the best passage holds.
func (e *Engine) knownCover(q question.Query, ranked []search.Candidate) (known, cover float64) {
	if len(ranked) == 0 {
		return 0, 0
	}
	all, kw := knownWeight(q)
	if all == 0 || kw == 0 {
		return 0, 0
	}
	// The best passage's coverage, less its penalties, is held by words the
	// report uses: a word it never uses is in no passage.
	return kw / all, math.Min(1, ranked[0].Cover*all/kw)
}

// knownWeight is the question's weight (all), and that of its words the
// report uses (kw).
func knownWeight(q question.Query) (all, kw float64) {
	for _, c := range q.Concepts {
		all += c.Weight
		// A word naming a part of the report ("the English summary") is
		// where to look: the report has its parts whether or not it names
		// them in its text.
		if c.DF > 0 || c.Part {
			kw += c.Weight
		}
	}
	return all, kw
}

// togetherCover is knownCover's cover for the passages shown (Shown of
// ranked) taken together (search.Index.HeldTogether).
func (e *Engine) togetherCover(q question.Query, ranked []search.Candidate) float64 {
	all, kw := knownWeight(q)
	if kw == 0 {
		return 0
	}
	ids := make([]int, 0, Shown)
	for _, r := range ranked[:min(Shown, len(ranked))] {
		ids = append(ids, r.ID)
	}
	return math.Min(1, e.x.HeldTogether(q, ids)*all/kw)
}

// everydayOnly measures how a question that is about something else looks:
// shared is the highest specificity in language at large of the words the
// passage id holds of it (a figure aside, which a passage on anything may
// hold), a word a tenth of the report's passages use (TopicShare) counting
// as fully specific, for that is the report's subject however everyday it
// is elsewhere ("반도체", "talent"); and foreign is the share of the
// question's weight carried by words of the language at large that the
// report never uses. A question on office life or the news meets the
// report only on an everyday word it happens to use once or twice ("계산",
// "기간"), while its own subject is words the report never uses. A word no
// general list holds (a name, a typo, chat shorthand, words run together)
// may be the report's subject misspelt, so it is not counted.
func (e *Engine) everydayOnly(q question.Query, id int) (shared, foreign float64) {
	topic := e.passages(e.x.Params().TopicShare)
	var all, unknown float64
	for _, c := range q.Concepts {
		all += c.Weight
		switch {
		case c.DF == 0:
			if c.Listed && !c.Part && !c.Function {
				unknown += c.Weight
			}
		case !c.Number && e.x.Passages().Matches(c, id):
			spec := c.Spec
			if float64(c.DF) >= topic {
				spec = 1
			}
			shared = math.Max(shared, spec)
		}
	}
	if all == 0 {
		return shared, 0
	}
	return shared, unknown / all
}

// bareSource tells whether the question asks for a source and says nothing
// of whose: each of its words is a word for a source, and so is each term
// it stands for ("출처는?", "source?"). A word that stands for what the
// report names ("저자" for its authors) says whose.
func (e *Engine) bareSource(q question.Query) bool {
	if !q.WantsSource {
		return false
	}
	for _, c := range q.Concepts {
		if !c.Source {
			return false
		}
		for _, term := range c.Terms {
			if slices.ContainsFunc(e.x.Tokens(term), func(t analysis.Token) bool { return !t.Source }) {
				return false
			}
		}
	}
	return true
}

// usedWords is the share of the question's words that the report uses,
// each word counted once whatever it weighs: a question most of whose
// nouns the report never uses ("회식 장소 추천", "passport renewal") is
// about something else, however everyday those nouns are, where the
// weights, which discount everyday words the report never uses, would
// leave only the one word it happens to share. A year is no word of a
// subject (a report of its time prints every recent year), so it is not
// counted, unless the question asks for a source, which it names by
// author and year. Another number may version a name typed against it
// (라마3), and counts. (On the questions never fitted, out-of-scope
// questions declined rather than hedged went .287 → .289, .277 → .282 of
// the de-spaced ones; answer rates kept. Leaving out every number as well
// declined an answerable question whose version number the de-spaced
// reading had cut off its name.)
func usedWords(q question.Query) float64 {
	n, used := 0, 0
	for _, c := range q.Concepts {
		if c.Verbal || c.Function && c.DF == 0 || c.Source || c.Part || koreanRemark(q, c) || englishAside(c) || namesYear(c) && !q.WantsSource {
			continue
		}
		n++
		if c.DF > 0 {
			used++
		}
	}
	if n == 0 {
		return 1 // only words of how it asks ("저자", "출처"): nothing says it is about something else
	}
	return float64(used) / float64(n)
}

// englishAside tells whether c is an English word the report never uses,
// typed only in a sentence a full stop ends while another sentence asks
// (question.Concept.Aside): the asker's greeting or reason ("Hi, I'm
// writing a thesis."), which says nothing of what is asked, so it is no
// sign of another subject. A word of such a sentence that the report uses
// still counts: an English aside may say what the question is about
// ("Footnote 2 names some models. Which ones?").
func englishAside(c question.Concept) bool {
	return c.Aside && c.DF == 0 && !analysis.HasHangul(c.Surface)
}

// namesYear tells whether c is a year, however typed (2024, 2024년, '24년).
func namesYear(c question.Concept) bool {
	return c.Number && slices.ContainsFunc(c.Terms, func(t string) bool {
		y, err := strconv.Atoi(t)
		return err == nil && isYear(y)
	})
}

// declineWords is the least share of its words the report must use for a
// question in lang that names no term of its own: lower for English, which
// the report writes only in its summary, so that an English word is found
// less often however close the question is.
func declineWords(p tuning.Params, lang string) float64 {
	if lang == analysis.Korean {
		return p.DeclineWords
	}
	return p.DeclineWordsEnglish
}

// namesSection tells whether the question uses a word of the titles of a
// section of the report ("제언" of its recommendations): it asks for a part
// of the report, whatever else it says. (Only asked of a question the
// other tests would decline, so the walk over the passages is rare.)
func (e *Engine) namesSection(q question.Query) bool {
	ps, spec := e.x.Passages(), e.x.Params().DeclineTopicSpec
	for id := range e.x.Document().Passages {
		titles := ps.Context(id)
		if slices.ContainsFunc(q.Concepts, func(c question.Concept) bool {
			return c.DF > 0 && !c.Number && c.Spec >= spec && e.x.Holds(c, titles)
		}) {
			return true
		}
	}
	return false
}

// namesHeld tells whether the question names a code, name, country or
// company the report uses: it is about the report's subject, whatever else
// it says.
func namesHeld(q question.Query) bool {
	return slices.ContainsFunc(q.Concepts, func(c question.Concept) bool {
		return c.DF > 0 && (c.Must || c.Entity) && !c.Number
	})
}

// namesTerm tells whether the question names a term of the report's own
// subject: a word the report uses that is specific in language at large
// (not everyday), and no mere country, company or figure. Such a word ties
// the question to the report however common it is in the report, and so
// however little it weighs ("초격차" in a third of the passages).
func namesTerm(q question.Query, spec float64) bool {
	return slices.ContainsFunc(q.Concepts, func(c question.Concept) bool {
		return c.DF > 0 && c.Spec >= spec && !c.Number && !c.Entity && !c.Must
	})
}

// sideStated tells whether a comparison's results give evidence for one
// side: a result about it, and, for a "when" or "how much" question, one
// whose passage states the date or figure beside what it is of.
func (e *Engine) sideStated(q question.Query, res []Result, s side, sides []side) bool {
	var bind []question.Concept
	if q.Expect != nil {
		for _, c := range e.binding(q) {
			if e.sideOf(c, sides) < 0 {
				bind = append(bind, c) // the sides are checked by about
			}
		}
	}
	for _, r := range res {
		if r.Label != s.name && !(r.Label == "" && e.about(r.PassageID, s)) {
			continue
		}
		if q.Expect == nil {
			return true
		}
		if miss, ok := e.unstated(q, bind, r.PassageID, false); ok && len(miss) == 0 {
			return true
		}
	}
	return false
}

// askedWord is the word the question asks about, when it is one the report
// uses.
func askedWord(q question.Query) (question.Concept, bool) {
	for _, c := range q.Concepts {
		if c.Ask && !c.Verbal && c.DF > 0 {
			return c, true
		}
	}
	return question.Concept{}, false
}

func ids(rs []Result) []int {
	out := make([]int, len(rs))
	for i, r := range rs {
		out[i] = r.PassageID
	}
	return out
}

func appendNew(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// results are the first n distinct results of ranked, an answer's or the
// hedge a decline would be (Engine.hedge), as q picks their quotes. A
// candidate past the first that holds nothing of the question ends them:
// bleve found it by a bigram or a part of a word, which the re-ranking
// discounts to nothing.
func (e *Engine) results(ranked []search.Candidate, q question.Query, n int) []Result {
	var g gathered
	for i, r := range ranked {
		if i > 0 && r.Cover == 0 {
			break
		}
		if g.add(e.result(r, q), e.x.Document().Sources); len(g.rs) == n {
			break
		}
	}
	return g.rs
}

// paged is ans, decided on the Shown results (d), with n results: its
// first n where n is fewer, else its own followed by the further ones of
// the same question asked for n (pool). A decline stays without results;
// the hedge it would be is paged alike when it is built (Engine.Near).
func (e *Engine) paged(ctx context.Context, q Question, ans Answer, d decision, n int) (Answer, error) {
	var more *Answer // the question decided on n, where n is more
	if n > Shown {
		m, _, err := e.decide(ctx, q, n)
		if err != nil {
			return ans, err
		}
		more = &m
	}
	if len(ans.Results) > 0 {
		ans.Results = e.page(ans.Results, more, d.ranked, d.query, n)
	}
	if ans.near != nil {
		near := *ans.near // ans's own reading stays as decided
		near.page, near.more = n, more
		ans.near = &near
	}
	return ans, nil
}

// page is rs, results decided on Shown, with n: their first n where
// more is nil (n is fewer), else rs followed by the pool of more, the
// question decided on n. A reply and the hedge a decline would be are
// paged alike (Engine.paged, Engine.Near).
func (e *Engine) page(rs []Result, more *Answer, ranked []search.Candidate, q question.Query, n int) []Result {
	if more == nil {
		return rs[:min(n, len(rs))]
	}
	return Extended(rs, e.pool(*more, ranked, q, n), n, nil)
}

// pool is what a reply asked for n results is paged with past its own:
// the results of more, the same question decided on n, else those of the
// hedge more would be when it is a decline, else the first n of the
// ranking (ranked as q picks their quotes).
func (e *Engine) pool(more Answer, ranked []search.Candidate, q question.Query, n int) []Result {
	if len(more.Results) > 0 {
		return more.Results
	}
	if more.near != nil && !more.Answered {
		if near, ok := e.hedge(more.near); ok {
			return near.Results
		}
	}
	return e.results(ranked, q, n)
}

// Extended is rs followed by the results of more that show another
// passage, none of seen, and another quote, up to n in all: a reply
// paged past what it was decided on, or past what a thread has seen. rs
// is not changed.
func Extended(rs, more []Result, n int, seen []int) []Result {
	out := slices.Clone(rs)
	for _, r := range more {
		if len(out) >= n {
			break
		}
		if slices.Contains(seen, r.PassageID) || slices.ContainsFunc(out, func(s Result) bool { return s.PassageID == r.PassageID || s.Excerpt == r.Excerpt }) {
			continue
		}
		out = append(out, r)
	}
	return out
}

func (e *Engine) result(c search.Candidate, q question.Query) Result {
	doc := e.x.Document()
	p := doc.Passages[c.ID]
	s, _ := doc.Section(p.Section)
	excerpt := e.x.Excerpts().Pick(c.ID, q)
	return Result{
		PassageID:    c.ID,
		Section:      p.Section,
		SectionTitle: s.Title,
		Path:         p.Path,
		Pages:        e.x.Passages().Pages(c.ID),
		Excerpt:      excerpt,
		Text:         p.Text,
		Score:        math.Round(c.Score*1000) / 1000,
		Sources:      doc.Sources(excerpt),
	}
}

// Explain describes how a question is read and ranked and why it was
// answered or declined, for tuning and for "reportbot ask --explain".
func (e *Engine) Explain(ctx context.Context, q question.Asked) string {
	var b strings.Builder
	if errors.Is(q.Err(), question.ErrTooLong) {
		return fmt.Sprintf("refused: the question is longer than %d characters\n", question.MaxRunes)
	}
	_, d, err := e.decide(ctx, e.Read(q), Shown)
	if err != nil {
		return "not explained: " + err.Error() + "\n"
	}
	for _, c := range d.query.Concepts {
		var flags []string
		for _, f := range []struct {
			on   bool
			name string
		}{{c.Must, "must"}, {c.Ask, "asked-about"}, {c.Corrected, "corrected"}, {c.Entity, "entity"}, {c.Name, "name"}, {c.Source, "source-word"}, {c.Part, "part-of-report"}, {c.DF == 0, "unknown-to-report"}} {
			if f.on {
				flags = append(flags, f.name)
			}
		}
		fmt.Fprintf(&b, "concept %q w=%.2f spec=%.2f df=%d terms=%v grams=%v %s\n", c.Surface, c.Weight, c.Spec, c.DF, c.Terms, c.Grams, strings.Join(flags, " "))
	}
	fmt.Fprintf(&b, "wants source: %v\n", d.query.WantsSource)
	doc := e.x.Document()
	for _, r := range d.ranked[:min(8, len(d.ranked))] {
		p := doc.Passages[r.ID]
		fmt.Fprintf(&b, "  #%d %s score=%.3f cover=%.2f topic=%v %.60q\n", r.ID, p.Section, r.Score, r.Cover, e.x.SharesTopic(d.query, r.ID), p.Text)
	}
	for _, st := range d.stated {
		fmt.Fprintf(&b, "stated: %s\n", st)
	}
	fmt.Fprintf(&b, "decision: %s\n", d.reason)
	return b.String()
}

// yearsHeld is missing without the words that type only years ("21~23")
// which a result's passage prints, whole or in two digits (printsYears):
// the analyser reads "21" as a number, and "'21" or "2021" on the line as
// the year, so the index finds no such term, though the passage states the
// year asked.
func (e *Engine) yearsHeld(q question.Query, res []Result, missing []string) []string {
	doc := e.x.Document()
	return slices.DeleteFunc(missing, func(m string) bool {
		i := slices.IndexFunc(q.Concepts, func(c question.Concept) bool { return c.Surface == m })
		return i >= 0 && numberYears(q.Concepts[i]) && slices.ContainsFunc(res, func(r Result) bool { return printsYears(q.Concepts[i], doc.Passages[r.PassageID].Text) })
	})
}

// yearOffTopic returns the year a follow-up typed when no result prints
// it in a passage that also holds the thread's topic, the heaviest word
// carried from earlier turns: a year is held only where it is the year of
// what is asked, and a passage on another plan that prints it ("'30년")
// says nothing of the carried topic's year.
func (e *Engine) yearOffTopic(q question.Query, res []Result) (string, bool) {
	topic, ok := carriedTopic(q)
	if !ok {
		return "", false
	}
	for _, c := range q.Concepts {
		if c.Carried || !namesYear(c) {
			continue
		}
		if !slices.ContainsFunc(res, func(r Result) bool {
			return !reference(r) && e.tells(c, r.PassageID) && e.tells(topic, r.PassageID)
		}) {
			return c.Surface, true
		}
	}
	return "", false
}

// carriedTopic is the heaviest word a follow-up's rewrite carried that is
// no year or figure and that the report uses: what the thread is about
// (a word no passage holds is the asker's, and binds no year).
func carriedTopic(q question.Query) (question.Concept, bool) {
	var topic question.Concept
	found := false
	for _, c := range q.Concepts {
		if c.Carried && !c.Number && !c.Part && c.DF > 0 && (!found || c.Weight > topic.Weight) {
			topic, found = c, true
		}
	}
	return topic, found
}

// sourceKinds leaves out of missing the words asked about that the report
// never uses in a question for a source, where a result shows one (a cited
// footnote, a reference entry): such a word says what kind of source is
// wanted (a journal, a press, the original), and the source shown is of
// some kind, named in its own words, not the asker's.
func sourceKinds(q question.Query, res []Result, missing []string) []string {
	if !q.WantsSource || !slices.ContainsFunc(res, func(r Result) bool { return len(r.Sources) > 0 || reference(r) }) {
		return missing
	}
	return slices.DeleteFunc(missing, func(m string) bool {
		return slices.ContainsFunc(q.Concepts, func(c question.Concept) bool { return c.Surface == m && c.Ask && c.DF == 0 })
	})
}

// publisherAsPart marks a word naming the report's own publisher ("according
// to <publisher>", "이 <publisher> 보고서") as naming the report, as "the
// report" does: the publisher is who says everything in it, so no passage
// need print its name beside what it answers, and the report does not lack
// it. It still helps find passages, having been ranked with.
func (e *Engine) publisherAsPart(q question.Query) question.Query {
	pub := e.x.Document().Meta.Publisher
	names := func(c question.Concept) bool { return c.HasTerm(pub) }
	if !slices.ContainsFunc(q.Concepts, names) {
		return q
	}
	q.Concepts = slices.Clone(q.Concepts)
	for i, c := range q.Concepts {
		if names(c) {
			q.Concepts[i].Part = true
		}
	}
	return q
}

// unstatedGap is what a hedge names when no result states the date or
// figure asked and no binding word is left out: the question's own words
// for what it asks (AskedFor: "가격", "budget", "how large"). But where the
// reading of the question took none of those words for a thing (asksOnly:
// "몇", "얼마", "how much"; a Korean noun of a figure, "수치", names the
// measure asked, and is no question word), they only ask, and name
// nothing a report could lack; the heaviest word of the asker's language
// that the first result does not hold is named instead, a thing it does
// not speak of ("cost" of a chip whose passage gives no price). A name, a
// number, a
// word carried from earlier turns (which the asker did not type) or a
// word as plain as a function word (tuning FunctionSpec: "정확히", an
// interjection) is none: a name the first result lacks is another thing,
// not a detail of this one. The asking words are named only when the
// first result holds every other word.
func (e *Engine) unstatedGap(q question.Query, res []Result) []string {
	asked := e.x.AskedFor(q)
	total := q.Weight()
	if len(res) == 0 || total <= 0 || !asksOnly(q, asked) || analysis.HasHangul(asked) && !e.x.AsksKorean(asked) {
		return []string{asked}
	}
	p := e.x.Params()
	plain := q
	plain.Concepts = slices.DeleteFunc(slices.Clone(q.Concepts), func(c question.Concept) bool {
		return !c.Listed || c.Function || c.Must || c.Name || c.Entity || c.Number || c.Carried || c.Remark || c.Aside ||
			c.DF == 0 || c.Spec <= p.FunctionSpec || c.Weight/total < p.MissingShare ||
			!slices.ContainsFunc(c.Terms, analysis.HasHangul)
	})
	if m := e.x.HeaviestMissing(plain, ids(res[:1]), 0); len(m) > 0 {
		return m
	}
	return []string{asked}
}

// asksOnly tells whether asked, the words a question asks with, holds no
// word the question's reading took for a concept, nor is held by one: the
// reader leaves question words out of what it searches for ("how much",
// "몇"), and keeps a word that names a measure ("규모", "price").
func asksOnly(q question.Query, asked string) bool {
	a := strings.ToLower(strings.TrimSpace(asked))
	return a != "" && !slices.ContainsFunc(q.Concepts, func(c question.Concept) bool {
		s := strings.ToLower(c.Surface)
		return s != "" && (strings.Contains(a, s) || strings.Contains(s, a))
	})
}
