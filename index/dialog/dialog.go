package dialog

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/excerpt"
	"github.com/stepi-tools/reportbot/index/pairing"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/tuning"
)

// Asker answers one question on its own: the stateless answer engine. A
// rewrite mixes the words of earlier turns, but is answered in the
// language its asker typed (question.Asked.Rewrite).
type Asker interface {
	Ask(ctx context.Context, q question.Asked, n int) (answer.Answer, error)
	// Near is the hedge a declined answer of Ask would be
	// (answer.Engine.Near): a thread may reply with it.
	Near(a answer.Answer) (answer.Answer, bool)
}

// Analyser reads a question into the index's concepts.
type Analyser interface {
	Analyse(q question.Asked) question.Query
	Document() *corpus.Document
	CitingLines(id, max int) (string, []string)
	Params() tuning.Params
	// Passages and Holds tell which lines of a passage state a word: what
	// a follow-up newly asks is checked against the lines shown (held.go).
	Passages() search.Passages
	// Excerpts picks a passage's line for a question: the line a
	// follow-up's own words ask for is shown beside its quote (ownLine).
	Excerpts() search.Excerpts
	Holds(c question.Concept, terms search.Terms) bool
	// HeldIn tells whether a passage states a word, also inside one
	// longer word of its own where the report never uses the word alone:
	// what a follow-up's unknown word is checked against (shownHold).
	HeldIn(c question.Concept, id int) bool
	// TermSet reads a word of a line as the index does: whether a count
	// on a line counts the word asked (held.go).
	TermSet(text string) search.Terms
	// Pieces returns a message's words, and inside a run typed without
	// spaces the words it is cut into: a frame word found there ("거기",
	// "얼마") says what it says typed apart.
	Pieces(text string) []string
	// AskingWords returns the words of a text that ask for a date or a
	// figure: what a rewrite keeps of how its message asks (rewrite).
	AskingWords(text string) string
	// AsksSum tells whether a question asks for a sum of money, not any
	// figure: what a rewrite's lines must state of what its message asks.
	AsksSum(q question.Query) bool
	// QuestionWords is the table of the Korean question words: which of
	// them ask for a detail a line states (wants).
	QuestionWords() *analysis.QuestionWords
	// Pairing pairs a Korean line with the English summary's sentence that
	// says it: which body lines a summary passage condenses (body.go).
	Pairing() *pairing.Pairer
}

// Engine answers messages in the light of a conversation. It keeps no state
// of its own: the caller passes the conversation's State in and records the
// returned Turn. It is safe for concurrent use.
type Engine struct {
	x     Analyser
	ask   Asker
	ents  *entity.Set
	frame frame
	p     Params
	// condensed is condensedBy's table, read once, when a reply in a
	// thread first quotes the English summary (withKorean) or goes on
	// from such a quote (bodyGoesOn).
	condensed func() condensedTable
	// reportTerms are the terms of the words that name the report itself
	// (frame.report), read once (namesReport).
	reportTerms map[string]bool
}

// New returns an engine reading messages with x and answering with ask,
// with tables of its own.
func New(x Analyser, ask Asker, p Params) *Engine { return NewWith(x, ask, p, NewTables()) }

// NewWith is New with the engine's tables, which the engines of several
// reports may share (NewTables).
func NewWith(x Analyser, ask Asker, p Params, t *Tables) *Engine {
	f := t.frame
	return &Engine{x: x, ask: ask, ents: x.Document().Entities, frame: f, p: p.withDefaults(),
		reportTerms: reportTermsOf(x, f.report),
		condensed:   sync.OnceValue(func() condensedTable { return condensedBy(x) })}
}

// Params returns the engine's parameters.
func (e *Engine) Params() Params { return e.p }

// Reading is how a message was understood, for the one line a reply shows:
// the topic (names, codes, years) and the rest of the ask.
type Reading struct {
	Kind  Kind
	Topic []string
	Ask   []string
	// Lang is the message's language, which the line is written in.
	Lang string
}

// Reply is the answer to one message.
type Reply struct {
	Answer answer.Answer
	// FollowUp is set when earlier turns shaped the answer: the reply then
	// shows Reading.
	FollowUp bool
	Reading  Reading
	// NoSources is set for a request for sources when the previous answer's
	// lines cite none; NoMore when "more" has nothing further.
	NoSources, NoMore bool
	// Turn is what to record in the State for this message.
	Turn Turn
	// worded are the words a hedge names only as the asker's wording
	// (wording), and direct the one-line answer that hedge set aside:
	// once the reading is chosen, Reply takes such a hedge off.
	worded []string
	direct string
	// rewritten is the rewrite's text and the analyser's reading of it,
	// where rewrite read it (Rewrite of the message asked): kept weighs
	// lines by that question, read once a reply: again only where
	// Turn.Asked is another text (analysed).
	// The text alone keys it: the typed words (Asked.typed) are the same
	// message's.
	rewritten *rewriteRead
}

// rewriteRead is a rewrite's text and the query the analyser read it as.
type rewriteRead struct {
	text  string
	query question.Query
}

// analysed is r's question, the text Turn.Asked of message asked, as the
// analyser reads it: read once a reply, by rewrite or here.
func (r Reply) analysed(x Analyser, asked question.Asked) question.Query {
	if r.rewritten != nil && r.rewritten.text == r.Turn.Asked {
		return r.rewritten.query
	}
	return x.Analyse(asked.Rewrite(r.Turn.Asked))
}

// pointsBack tells whether r answers a follow-up read as pointing back at
// the thread's topic (Anaphora, Ellipsis): its results were found by words
// the rewrite carried, which the message did not type.
func (r Reply) pointsBack() bool {
	return r.FollowUp && r.Answer.Answered && (r.Reading.Kind == Anaphora || r.Reading.Kind == Ellipsis)
}

// answersAnew tells whether r answers with quotes read for the message: a
// reply that shows the thread's lines again (Sources) or goes on past them
// (More) already holds what a message asking for more or other things
// would be given in their place (unshown, nextInSection).
func (r Reply) answersAnew() bool {
	return r.Answer.Answered && r.Reading.Kind != Sources && r.Reading.Kind != More
}

// showsSources tells whether r shows the thread's own lines again, as
// they were quoted: a source reply, read as one (Reading) or decided as
// one (Turn). Nothing is paged past, added under or taken from its
// quotes.
func (r Reply) showsSources() bool { return r.Reading.Kind == Sources || r.Turn.Kind == Sources }

// doubtedOnWording tells whether r's hedge names only words of the
// asker's wording (worded), and there is such wording: the doubt is
// about how they put it, not about what the lines say.
func (r Reply) doubtedOnWording() bool {
	return len(r.worded) > 0 && !slices.ContainsFunc(r.Answer.Missing, func(w string) bool {
		return !slices.Contains(r.worded, strings.ToLower(w))
	})
}

// declinedOwnTopic tells whether r declines a follow-up m that names a
// topic of its own, neither asking the asker what they mean nor asking a
// source: one that may stand on its own where the thread's words sank it.
func declinedOwnTopic(r Reply, m message) bool {
	return !r.Answer.Answered && r.FollowUp && !r.Answer.AskWhat && !m.source && len(topicOf(m.content())) > 0
}

// Reply answers a message given the conversation so far, with up to n
// results. A message that cannot be asked (empty, too long) gets the
// answer engine's error.
//
// The reply is read, answered or declined on answer.Shown results
// whatever n is, and then shows n (paged): a user who asks for more
// results, or a page of them, sees more of the same reply, not another
// verdict, and the turn the thread keeps for later messages is the same.
func (e *Engine) Reply(ctx context.Context, st State, asked question.Asked, n int) (Reply, error) {
	r, err := e.decided(ctx, st, asked)
	if err != nil || n <= 0 || n == answer.Shown {
		return r, err
	}
	return e.paged(ctx, r, asked, n)
}

// paged is r, decided on answer.Shown results, showing n: its first n
// where n is fewer, else its own followed by further results of the
// question it asked, past those the thread has seen ("more" goes on as
// far as n more). The turn's evidence, what later messages are read
// against, stays the decided reply's; what it has shown counts the page.
// A reply that shows the thread's own lines again (Sources), or none,
// is what it is.
func (e *Engine) paged(ctx context.Context, r Reply, asked question.Asked, n int) (Reply, error) {
	res := r.Answer.Results
	if len(res) == 0 || r.showsSources() {
		return r, nil
	}
	before := r.Turn.Shown - len(res) // shown by earlier pages of the same question
	if n < len(res) {
		r.Answer.Results = res[:n]
	} else {
		ans, err := e.ask.Ask(ctx, asked.Rewrite(r.Turn.Asked), min(before+n, max(e.p.MaxMore, n)))
		if err != nil {
			return r, err
		}
		pool := ans.Results
		if len(pool) == 0 {
			// a decline of the longer list: the hedge it would be pages on
			if near, ok := e.ask.Near(ans); ok {
				pool = near.Results
			}
		}
		// the pool's quotes may repeat lines of the reply's own: all of
		// it is made distinct before the page is cut, so that a result
		// that says nothing new leaves its place to the next
		page := answer.Distinct(answer.Extended(res, pool, len(res)+len(pool), r.Turn.Seen), e.x.Document().Sources)
		r.Answer.Results = page[:min(n, len(page))]
	}
	r.Turn.Seen = slices.DeleteFunc(slices.Clone(r.Turn.Seen), func(id int) bool {
		return slices.ContainsFunc(res, func(x answer.Result) bool { return x.PassageID == id })
	})
	for _, x := range r.Answer.Results {
		r.Turn.Seen = append(r.Turn.Seen, x.PassageID)
	}
	r.Turn.Shown = before + len(r.Answer.Results)
	return r, nil
}

// decided is Reply on answer.Shown results.
func (e *Engine) decided(ctx context.Context, st State, asked question.Asked) (Reply, error) {
	n := answer.Shown
	last, ok := st.Last()
	if !ok || asked.Err() != nil {
		return e.plain(ctx, asked, e.read(asked), n)
	}
	m := e.read(asked)
	var r Reply
	var err error
	if prev := st.lastAnswered(); !last.Answered && prev.Answered {
		// A question the report could not answer was an aside: a
		// follow-up goes on with the topic of the last one it answered,
		// where that answers it; else it may be about the aside itself.
		// A message that stands on its own is read alike against either
		// turn, and is not asked twice.
		switch r, err = e.reply(ctx, st, prev, asked, m, n); {
		case err == nil && sure(r.Answer):
			last = prev
		case err != nil:
			r, err = e.reply(ctx, st, last, asked, m, n)
		case r.FollowUp && r.Answer.Answered && e.showedIn(m, prev):
			// A word of its own that a passage the last answered turn
			// quoted holds ties the message to that turn, not to the
			// aside: its answer stands, hedged as it is.
			last = prev
		case r.FollowUp:
			r, err = e.reply(ctx, st, last, asked, m, n)
		}
	} else {
		r, err = e.reply(ctx, st, last, asked, m, n)
	}
	if err == nil && m.moreOf(last) && r.answersAnew() {
		r = e.unshown(r, st)
	} else if err == nil && r.pointsBack() {
		r = e.ownLine(e.goOn(e.beyond(r, st, m), st, m), m)
		if r.Reading.Kind == Ellipsis && len(topicOf(m.content())) > 0 {
			r = e.alike(r, last)
		}
	}
	if err == nil && m.asksOther() && r.FollowUp && r.answersAnew() {
		r, err = e.nextInSection(ctx, r, st, last, asked, m)
	}
	if err == nil && !m.more && r.pointsBack() {
		// A message asking for more of the thread names no topic of its
		// own: read alone, it finds whatever its words match.
		r, err = e.fused(ctx, r, asked, m, n)
	}
	if err == nil && !r.showsSources() {
		// A source reply shows the lines the thread quoted, as quoted.
		r = e.withKorean(r)
	}
	if err == nil && r.FollowUp && !(r.Reading.Kind == More && r.Answer.StandsIn()) {
		// A hedge says what the report does not say of what the asker
		// asked, in their words. A word the follow-up carried from an
		// earlier turn is the bot's reading, not the asker's, and the
		// turn that brought it was answered on it: naming it would tell
		// the asker to doubt something they never asked.
		// Where the message has no word the report uses, the answer
		// engine names one of its own words as what the report lacks
		// (search.Index.UnknownAsk), but not the noun a one-syllable
		// demonstrative takes ("그 말"): it stands for the thing pointed
		// back at (ownTyped), and the lines on that thing answer.
		// Except on a page of a hedge that stood in for a decline: a
		// request for more types no word of the hedge, and taking it off
		// would decline the page, another verdict than the reply it goes
		// on with. (Keeping every hedge on "more" alike changes no figure,
		// but names words "more" never typed on pages that were sure.)
		r.Answer.Missing = typedOnly(asked.Text(), r.Answer.Missing)
		if c := m.content(); len(c) > 0 && len(known(c)) == 0 {
			typed := words(asked.Text())
			r.Answer.Missing = slices.DeleteFunc(r.Answer.Missing, func(w string) bool { return e.pointedAt(typed, w) })
		}
		r.Answer.Missing = slices.DeleteFunc(r.Answer.Missing, func(w string) bool { return e.pointsBackGlued(asked, w) })
		if len(r.Answer.Missing) == 0 {
			r.Answer = r.Answer.Unhedged()
		}
	}
	if err == nil && r.FollowUp && r.doubtedOnWording() {
		// Doubted only on the asker's wording: the reading was chosen as
		// a hedged one would be (a plain reading that answers surely
		// still wins), and the lines it shows answer.
		r.Answer = r.Answer.Unhedged()
		r.Answer.Direct = r.direct
	}
	if err == nil && declinedOwnTopic(r, m) {
		// A follow-up naming a topic of its own, declined as read with
		// the thread's words, stands on its own where the report answers
		// it so: the carried words were the bot's reading, and they
		// asked what no passage holds together with the new topic.
		if p, perr := e.plain(ctx, asked, m, n); perr == nil && p.Answer.Answered {
			r = p
		}
	}
	if err == nil && !r.Answer.Answered {
		r = e.nearThread(ctx, r, st, asked, m, n)
	}
	if err == nil && !r.Answer.Answered && e.showedFront(last) && len(topicOf(m.content())) == 0 {
		// Still declined right after the front matter, and about nothing
		// else: the message asks of what the front matter named. (After
		// nearThread, whose closest lines may be the front passage that
		// holds the message's words.)
		r = e.frontAgain(r, last, asked, m)
	}
	if err == nil {
		// Offered again the lines the thread has read, a message asking
		// what is on none of its results is told the report lacks it.
		if gap := e.repeated(st, m, r); len(gap) > 0 {
			r.Answer.Missing, r.Answer.Direct = gap, ""
		}
		if lines := e.elsewhere(st, asked, m, r); len(lines) > 0 {
			r = e.hedgeElsewhere(r, m, lines)
		}
		r = e.slid(r, m)
		// the message's own words, read once for the steps that weigh
		// lines by them
		own := e.ownScore(m)
		r = e.renewed(r, st, m, own)
		if r.pointsBack() && m.pointsBack() {
			r = e.recalled(r, last)
		}
		r = e.kept(r, st, m, asked)
		r = e.introduced(r, own)
		r = e.equalled(r, st, m, own)
		if !r.showsSources() {
			// The steps above may bring a sentence of the English
			// summary into a quote (a clause holding the message's own
			// words): its body line goes under it as under those the
			// answer showed. The steps read the lines added before them
			// as shown; this adds only what they brought.
			r = e.withKorean(r)
		}
		// The lines a follow-up goes on with are picked after the answer
		// engine dropped repeated lines, so two results can come to
		// quote the same words; a reader sees a repeat as a fault.
		if d := answer.Distinct(r.Answer.Results, e.x.Document().Sources); !sameQuotes(d, r.Answer.Results) {
			r = e.withResults(r, d)
		}
	}
	return r, err
}

// sameQuotes tells whether a and b show the same passages with the same
// quotes, in the same order.
func sameQuotes(a, b []answer.Result) bool {
	return slices.EqualFunc(a, b, func(x, y answer.Result) bool { return x.PassageID == y.PassageID && x.Excerpt == y.Excerpt })
}

// ownLine adds to a follow-up's first quote the line of its passage that
// best answers the message's own words, where the quote lacks that line.
// The rewrite finds the passage by the carried topic, and its quote is cut
// by the topic's words as much as by what the message asks; the line that
// answers the message often stands a few lines away in the same passage.
// It is added even where an earlier answer showed it: a message that names
// what that line states asks about it, so the earlier showing did not
// answer it (quoted for another ask, the asker read past it).
func (e *Engine) ownLine(r Reply, m message) Reply {
	if len(m.own) == 0 || len(r.Answer.Results) == 0 {
		return r
	}
	q := m.ownQuery()
	x := r.Answer.Results[0]
	// the picked line may come with its neighbour: only what the quote
	// does not show is added
	var add []string
	for _, ln := range strings.Split(e.x.Excerpts().PickOne(x.PassageID, q), "\n") {
		if slices.ContainsFunc(excerptPieces(ln), func(p string) bool { return !strings.Contains(x.Excerpt, p) }) {
			add = append(add, ln)
		}
	}
	if len(add) == 0 {
		return r
	}
	line := strings.Join(add, "\n")
	res := slices.Clone(r.Answer.Results)
	res[0] = e.extend(x, line)
	return e.withResults(r, res)
}

// recalled adds to each quote of a follow-up that points back with a word
// ("그거", "its") the lines of its passage that the last answer quoted,
// where the quote lacks them. The word points at what that quote said, and
// what the asker asks of it is often stated there in words other than
// theirs (what a chip is built for, on the line that said what it suits):
// a quote cut to the message's words drops the line it points at. It comes
// after the reply's grade is settled: the lines were shown, and say
// nothing new of what the report holds.
func (e *Engine) recalled(r Reply, last Turn) Reply {
	return e.eachQuote(r, func(x answer.Result) (answer.Result, bool) {
		lines := e.x.Passages().Lines(x.PassageID)
		changed := false
		for _, ev := range last.Evidence {
			if ev.PassageID == x.PassageID {
				var added bool
				x, added = e.recall(x, lines, excerptPieces(ev.Excerpt))
				changed = changed || added
			}
		}
		return x, changed
	})
}

// recall extends x by each of its passage's lines that an earlier quote
// of the passage showed (its pieces, shown) and x does not, and tells
// whether it added any. The earlier quote is cut into pieces once, not
// once per line.
func (e *Engine) recall(x answer.Result, lines []search.Line, shown []string) (answer.Result, bool) {
	added := false
	for _, ln := range lines {
		if showsLine(shown, ln.Text) && fresh(ln.Text, []string{x.Excerpt}) {
			x = e.extend(x, ln.Text)
			added = true
		}
	}
	return x, added
}

// beyond answers a follow-up that points back ("거기서 낸 …", "their …")
// and whose first quote the conversation has shown whole. The last answer
// named what the message points at, and the asker asks what that quote did
// not say. The words of the message the shown quote states are how the
// message names its referent; a line of the same section that nothing has
// shown and that names it alike (all of those words, or ReferentWords of
// them) says more of it: the one whose referent words weigh most, then the
// message's other words, comes first, and the shown quote follows, saying
// what the line is about. A pronoun ("it", "그거") names the referent by
// itself: where the message's words name it in fewer words, the line that
// states most of the words the quote does not comes first. (The quote's
// section and pages stand for the line's: the line is of the same
// section.)
func (e *Engine) beyond(r Reply, st State, m message) Reply {
	res := r.Answer.Results
	if !m.pointsBack() || m.ofReport && !m.pointer || m.more || m.compare || len(res) == 0 || !e.inReport(res[0].PassageID) {
		return r
	}
	shown := st.shown()
	ps := e.x.Passages()
	top := res[0]
	if slices.ContainsFunc(ps.Lines(top.PassageID), func(ln search.Line) bool { return fresh(ln.Text, shown) }) {
		return r
	}
	// states holds a word whole (or every piece of a compound): a line
	// that shares one piece of it names something else.
	states := func(c question.Concept, ln search.Line) bool {
		if slices.ContainsFunc(c.Terms, ln.Terms.Has) {
			return true
		}
		return len(c.Parts) > 1 && !slices.ContainsFunc(c.Parts, func(p string) bool { return !ln.Terms.Has(p) })
	}
	var named, rest []question.Concept
	pieces := 0
	for _, c := range m.own {
		switch {
		case c.DF == 0 || c.Verbal || c.Source || c.Part || e.talk(c):
		case slices.ContainsFunc(ps.Lines(top.PassageID), func(ln search.Line) bool { return states(c, ln) }):
			named = append(named, c)
			pieces += max(len(c.Parts), 1)
		default:
			rest = append(rest, c)
		}
	}
	// a referent is named in ReferentWords words at least (a compound's
	// pieces count): one word the quote shares with the message names no
	// one thing
	need := min(len(named), e.p.ReferentWords)
	if pieces < e.p.ReferentWords {
		if !m.pronoun || len(rest) == 0 {
			return r
		}
		// A pronoun ("it", "그거") names the referent itself: the shown
		// quote is what it points at, and a line saying more of it
		// states what the message asks that the quote did not.
		need = 0
	}
	// a line is ranked by the referent's words it states, then by their
	// weight, then by the weight of the message's other words
	type rank struct {
		n       int
		w, rest float64
	}
	score := func(ln search.Line) rank {
		var k rank
		for _, c := range named {
			if states(c, ln) {
				k.n++
				k.w += c.Weight
			}
		}
		for _, c := range rest {
			if states(c, ln) {
				k.rest += c.Weight
			}
		}
		return k
	}
	better := func(a, b rank) bool {
		return a.w > b.w || a.w == b.w && a.rest > b.rest
	}
	doc := e.x.Document()
	section := doc.Passages[top.PassageID].Section
	bestID, bestLine, best := -1, "", rank{}
	for id, p := range doc.Passages {
		if p.Section != section || id == top.PassageID {
			continue
		}
		for _, ln := range ps.Lines(id) {
			if k := score(ln); k.n >= need && (need > 0 || k.rest > 0) && better(k, best) && fresh(ln.Text, shown) {
				bestID, bestLine, best = id, ln.Text, k
			}
		}
	}
	if bestID < 0 {
		return r
	}
	x := e.result(Evidence{PassageID: bestID, Section: top.Section, SectionTitle: top.SectionTitle, Path: top.Path, Pages: top.Pages, Excerpt: bestLine})
	x.Sources = doc.Sources(bestLine)
	out := append([]answer.Result{x}, slices.DeleteFunc(slices.Clone(res), func(o answer.Result) bool { return o.PassageID == bestID })...)
	out = out[:min(len(out), len(res))]
	r.Answer.Direct = "" // the one-line answer was read off the shown quote
	return e.withResults(r, out)
}

// goOn extends a follow-up's quotes that only repeat what the conversation
// has shown. A follow-up asks something the last answers did not show, and
// the passage that held the topic often holds the answer further on: the
// quote stays (what it asks may be on it) and goes on with the unshown
// line that holds the message's own words (answeringLine), or else with
// the line next to it that nothing has shown (GoOnLines).
func (e *Engine) goOn(r Reply, st State, m message) Reply {
	shown := st.shown()
	score := e.ownScore(m)
	return e.eachQuote(r, func(x answer.Result) (answer.Result, bool) {
		if slices.ContainsFunc(excerptPieces(x.Excerpt), func(p string) bool { return fresh(p, shown) }) {
			return x, false
		}
		if ln, s := e.answeringLine(x, shown, score); s > 0 {
			return e.extend(x, ln), true
		}
		c, ok := e.continuation(Evidence{PassageID: x.PassageID, Excerpt: x.Excerpt}, shown, quoteGoesOn)
		if !ok || c.PassageID != x.PassageID {
			return x, false
		}
		return e.extend(x, c.Excerpt), true
	})
}

// ownScore rates a line by the message's own words it holds, raised where
// it holds the date or figure the message asks for; nil for a message
// with no words of its own.
func (e *Engine) ownScore(m message) func(string) float64 {
	if len(m.own) == 0 {
		return nil
	}
	q := m.ownQuery()
	words := e.x.Excerpts().ClauseScore(q)
	bonus := e.x.Params().ExpectBonus
	return func(line string) float64 {
		// the bonus is a share of the words' score: a line holding none
		// of them gains nothing, and the pattern, slow on a long line,
		// need not be run on it
		s := words(line)
		if s != 0 && q.Expect != nil && q.Expect.MatchString(line) {
			s += s * bonus
		}
		return s
	}
}

// ownWordScores rates a line by each of the message's own words apart, in
// m.own's order: slid weighs a line by which words it holds that no other
// line does, so it needs them one at a time. Their sum is ownScore without
// its bonus; ownScore reads a line's terms once for all the words rather
// than once a word, as the lines it rates are many.
func (e *Engine) ownWordScores(m message) []func(string) float64 {
	words := make([]func(string) float64, len(m.own))
	for k, c := range m.own {
		words[k] = e.x.Excerpts().ClauseScore(m.queryOf(c))
	}
	return words
}

// answeringLine is the line of x's passage that nothing has shown and that
// holds most of the message's own words (score), the nearest on from the
// quote on a tie (see unshownLines), and its score, which renewed weighs
// against the quote's own; 0 when none holds any. A follow-up asks what
// the shown lines did not say: of the lines left, the one that answers it
// goes on from the quote, wherever it stands in the passage, rather than
// merely the next one.
func (e *Engine) answeringLine(x answer.Result, shown []string, score func(string) float64) (string, float64) {
	if score == nil || !e.inReport(x.PassageID) {
		return "", 0
	}
	lines := e.lineTexts(x.PassageID)
	var best string
	var bestScore float64
	// in the order the report reads on; whether something shown shows a
	// line is asked only of a line that would be taken (see equalLine)
	for _, i := range unshownLines(lines, shownSpan(lines, x.Excerpt), nil) {
		if s := score(lines[i]); s > bestScore && fresh(lines[i], shown) {
			best, bestScore = lines[i], s
		}
	}
	return best, bestScore
}

// extend adds to result x's quote more of its passage, add, in the report's
// order (extended), and the sources the longer quote cites.
func (e *Engine) extend(x answer.Result, add string) answer.Result {
	x.Excerpt = e.extended(x, add)
	x.Sources = e.x.Document().Sources(x.Excerpt)
	return x
}

// extended is result x's quote with add, more of its passage, in the
// report's order: extend's quote, without the sources it cites, for a
// step that may find it too long to keep. A few lines left out
// between them are shown (bridged); more are marked " … ", as the
// search's own excerpts mark them: read as one run, two lines apart would
// seem to follow each other. No line is said twice (grown): a line of add
// the quote shows already is left out, and a longer cut of one the quote
// cut short takes its place.
func (e *Engine) extended(x answer.Result, add string) string {
	if x.Excerpt, add = grown(x.Excerpt, add); len(add) == 0 || len(x.Excerpt) == 0 {
		return cmp.Or(x.Excerpt, add)
	}
	lines := e.lineTexts(x.PassageID)
	q, a := shownSpan(lines, x.Excerpt), shownSpan(lines, add)
	qa, qb, aa, ab := q.first, q.last, a.first, a.last
	if qa >= 0 && aa >= 0 {
		add, aa, ab = bridged(lines, add, qa, qb, aa, ab, e.x.Params().BridgeLines)
	}
	gap := func(i, j int) string {
		if i >= 0 && j-i > 1 {
			return excerpt.Gap
		}
		return "\n"
	}
	if aa >= 0 && qa >= 0 && aa < qa {
		return add + gap(ab, qa) + x.Excerpt
	}
	return x.Excerpt + gap(qb, aa) + add
}

// grown is quote and add, what extend adds to it, such that the longer
// quote says no line twice: a piece of quote cut short ("…") that a piece
// of add shows more of (holds its words) gives that piece its place, and
// add keeps only the pieces quote does not show (answer.Unrepeated). A
// line of the report is shown once, at its place, as long as either shows
// it; what add picked is often a line the quote cut, cut at other words.
// Both are cut into pieces as the answer engine cuts a quote.
func grown(quote, add string) (string, string) {
	cuts := answer.CutPieces(add)
	// Most quotes have no piece add shows more of: those stay as they are,
	// not copied; one that has is written out from its first such piece.
	var b strings.Builder
	longer := false
	for rest, more := quote, true; more; {
		from := rest
		var p string
		p, rest, more = answer.NextPiece(rest)
		c := longerCut(p, cuts)
		if c != p && !longer {
			longer = true
			b.WriteString(quote[:len(quote)-len(from)])
		}
		if longer {
			// the piece, then the line break or gap after it
			b.WriteString(c)
			b.WriteString(from[len(p) : len(from)-len(rest)])
		}
	}
	if longer {
		quote = b.String()
	}
	add, _ = answer.Unrepeated(add, []string{quote})
	return quote, add
}

// longerCut is the piece of more that shows more of piece p, where p is
// cut short ("…") and one holds its words, else p.
func longerCut(p string, more []string) string {
	core := answer.PieceCore(p)
	if len(core) == 0 || !strings.Contains(p, excerpt.Ellipsis) {
		return p
	}
	for _, m := range more {
		if c := answer.PieceCore(m); len(c) > len(core) && strings.Contains(c, core) {
			return m
		}
	}
	return p
}

// bridged is add, the lines aa to ab of a passage that a quote showing
// its lines qa to qb goes on with, with the lines the two leave out between
// them where those are at most n, and the span it then covers. A line left
// out alone between the quote and the line it goes on with is most often
// what joins them, the point the later line goes on from or the detail of
// the quoted one under it, and the asker, shown both sides of the gap,
// takes the two for one run. (What that bought, and why n is what it is:
// tuning.Params.BridgeLines.)
func bridged(lines []string, add string, qa, qb, aa, ab, n int) (string, int, int) {
	ls, after := bridge(lines, qa, qb, aa, ab, n)
	switch {
	case len(ls) == 0:
		return add, aa, ab
	case after:
		return strings.Join(ls, "\n") + "\n" + add, qb + 1, ab
	default:
		return add + "\n" + strings.Join(ls, "\n"), aa, qa - 1
	}
}

// bridge is the lines bridged shows between a quote of lines qa to qb
// and the lines aa to ab it goes on with: those the two leave out between
// them, where they are at most n and one of them says something, after
// the quote (after) or before it; none where there are no such lines.
func bridge(lines []string, qa, qb, aa, ab, n int) (ls []string, after bool) {
	between := func(from, to int) []string {
		if to-from < 1 || to-from > n {
			return nil
		}
		var out []string
		for _, ln := range lines[from:to] {
			if len(strings.TrimSpace(ln)) > 0 {
				out = append(out, ln)
			}
		}
		return out
	}
	if ls := between(qb+1, aa); len(ls) > 0 {
		return ls, true
	}
	return between(ab+1, qa), false
}

// inReport tells whether id is a passage of the report the index holds: a
// stored state may come from an index built of another document, and a
// result rebuilt from its turns may name a passage this one lacks.
func (e *Engine) inReport(id int) bool {
	return id >= 0 && id < len(e.x.Document().Passages)
}

// withResults is r with results res, and the turn rebuilt to show them.
func (e *Engine) withResults(r Reply, res []answer.Result) Reply {
	r.Answer.Results = res
	r.Turn = e.turn(r.Turn.Question, r.Turn.Asked, r.Turn.Kind, r.Answer, r.Turn.Slots, r.Turn.Shown)
	return r
}

// eachQuote is r with each quote of a passage of the report as f makes
// it, f telling whether it changed it (a quote f leaves stays as it was),
// and r itself where f changed none: the steps that add to a thread's
// quotes or move them one at a time (goOn, recalled, slid, kept,
// introduced, withKorean). r's results are copied only where f changes one.
func (e *Engine) eachQuote(r Reply, f func(answer.Result) (answer.Result, bool)) Reply {
	var res []answer.Result
	for i, x := range r.Answer.Results {
		if !e.inReport(x.PassageID) {
			continue
		}
		if y, ok := f(x); ok {
			if res == nil {
				res = slices.Clone(r.Answer.Results)
			}
			res[i] = y
		}
	}
	if res == nil {
		return r
	}
	return e.withResults(r, res)
}

// reply is Reply for a message m that follows the turn last.
func (e *Engine) reply(ctx context.Context, st State, last Turn, asked question.Asked, m message, n int) (Reply, error) {
	msg, lang := asked.Text(), asked.Lang()
	m.near = shownPassages(last)
	if m.source && last.Answered {
		// "그 수치 출처?", "그 표 출처?", "their source?": a word
		// pointing back with a source word asks the source of what was
		// just shown. "유럽 쪽 출처?": so does a source word beside words
		// that the lines just shown state, the source of the claim they
		// make there, not a new search for the words.
		claim := claimOf(m)
		if m.pointsBack() && len(m.content()) > 0 || quotes(last, claim) {
			return e.sources(msg, lang, last, e.namesCaption(m), claim), nil
		}
	}
	if !m.source && !m.more && e.showedFront(last) {
		// The last reply was the report's front matter: the thread is on
		// the report itself, and who or when the message asks is asked of
		// the report, as "this report" would say; the words of the last
		// question carried onto it would read it as a question about the
		// text ("그건 언제 세상에 나왔고?" after who wrote it).
		if r, ok, err := e.ofReport(ctx, asked, m, n); err != nil || ok {
			return r, err
		}
	} else if !m.source && !m.more && m.ofReport {
		// "this report", "이 보고서": a message naming the report itself
		// that, read on its own, asks who made it or when it came out is
		// about the report whatever the thread was on: the words the
		// thread would carry onto it are of the text, which it did not
		// ask about.
		if r, ok, err := e.namedReport(ctx, asked, m, n); err != nil || ok {
			return r, err
		}
	}
	switch {
	case m.source && len(known(m.content())) == 0 && st.lastAnswered().Answered:
		// "출처는?": the source of what was last shown; a question the
		// report could not answer showed nothing, and does not end what
		// the asker is going through. A word the report never uses
		// ("plz") names nothing else whose source is asked; a name it
		// does not know is no such word (SlotName).
		return e.sources(msg, lang, st.lastAnswered(), e.namesCaption(m), nil), nil
	case m.more && len(m.content()) == 0 && st.lastAnswered().Answered:
		// An aside the report could not answer does not end the list the
		// asker is going through: "more" goes on with the last answer.
		return e.next(ctx, asked, st, n)
	case len(m.slots) == 0 && !m.pointsBack() && !m.cont && len(e.wants(m.pieces)) == 0,
		strings.EqualFold(msg, last.Question):
		// Nothing to carry, or the same question asked again.
		return e.plain(ctx, asked, m, n)
	}
	if m.compare && len(topicOf(m.content())) == 0 && len(st.Turns) >= 2 {
		// "둘 중 뭐가 더 커?": the two things of the last turns, each with
		// the ask they were asked with.
		if sides := e.sides(st); len(sides) >= 2 {
			prev := st.lastAsked()
			slots := e.trim(sides, append(known(asks(prev.Slots)), asks(m.slots)...))
			// the engine sets the sides apart when the question says it
			// compares them
			slots = append(slots, Slot{Kind: SlotWord, Text: "vs"})
			return e.rewrite(ctx, asked, m, Comparison, slots, n, prev.Question, prev.Asked)
		}
	}
	if p, ok := e.parallelInFrame(st, m, last, asked); ok {
		// "1세대는?" after a question about the 3rd generation: the same
		// ask of the word the new one stands beside.
		return e.rewrite(ctx, asked, m, Ellipsis, p, n, last.Question, last.Asked)
	}
	if v, k, ok := e.versionSwitch(m, last); ok && k == 1 {
		// "v3는?" after a question about LLaMA 2: the same ask of LLaMA 3.
		return e.rewrite(ctx, asked, m, Ellipsis, v, n, last.Question, last.Asked)
	} else if ok {
		// "v2 vs v3?": both versions of the last name, side by side, as a
		// comparison of the last topics is.
		return e.rewrite(ctx, asked, m, Comparison, append(v, Slot{Kind: SlotWord, Text: "vs"}), n, last.Question, last.Asked)
	}
	if m.part {
		if whole, ok := e.whole(st, last); ok {
			// "how much of that went to …": a part of the amount an
			// earlier turn asked, whatever the turns between were about;
			// what the message names is the part, no counterpart of the
			// whole's topic.
			return e.rewrite(ctx, asked, m, Anaphora, e.trim(whole.Slots, m.content()), n)
		}
	}
	switch {
	case m.bare():
		// "싱가포르는?": the new name takes the old one's place in the old ask.
		slots := e.switched(asked, last.Slots, m.content())
		r, err := e.rewrite(ctx, asked, m, Ellipsis, slots, n, last.Question, last.Asked)
		if err != nil || sure(r.Answer) || !allCovered(m.content()) {
			return r, err
		}
		if answeredOnCarried(msg, r.Answer) || onlyNumbers(m.content()) {
			// Hedged only on what the last question carried: the lines
			// answer the last ask of the new name, and the carried words
			// were never the asker's (Reply takes that hedge off). The
			// name alone, read plainly, would answer whatever mentions
			// it. A number alone ("2030년은?") names no topic at all:
			// read plainly it finds any plan dated to it, so the
			// thread's topic, hedged on the year, is the reading.
			return r, nil
		}
		return e.preferAnswered(ctx, r, asked, m, n)
	case m.ownTopic(last.Slots) && !m.pronoun:
		// A question with a topic of its own stands on its own; only when
		// the report has no answer to it so read does the previous
		// question's subject help (a country and "when was it revised?"
		// after a question about another country's strategy).
		p, err := e.plain(ctx, asked, m, n)
		if err != nil || sure(p.Answer) || !allCovered(m.content()) {
			return p, err
		}
		own := topicOf(m.content())
		r, err := e.rewrite(ctx, asked, m, Ellipsis, e.trim(e.switched(asked, subjectOf(last.Slots), own), asks(m.slots)), n)
		if err != nil || sure(r.Answer) {
			return r, err
		}
		// A new name of the same kind may be the old one's counterpart
		// ("… 랑은 언제부터 손잡았어?"): the two together, with the words of
		// the message the report uses.
		if kept := withCounterpart(own, last.Slots); len(kept) > len(own) {
			r, err := e.rewrite(ctx, asked, m, Anaphora, e.trim(kept, nounsOrKnown(asks(m.slots))), n)
			if err != nil || sure(r.Answer) {
				return r, err
			}
		}
		if !p.Answer.Answered && answeredOnCarried(msg, r.Answer) {
			// Read alone the message finds nothing; its new name in the
			// last question's frame finds lines doubted only on words the
			// message carried, never typed (Reply takes that doubt off):
			// the switch keeps the frame of the last question.
			return r, nil
		}
		if !p.Answer.Answered && !r.Answer.Answered && sameKind(own, last.Slots) {
			// Declined read alone and with only the last question's
			// subject: a country or company in the place of the last
			// one asks the last question of it, whatever the message's
			// other words (a word the report never uses, "굴러가", finds
			// nothing of its own). The new name in the whole last ask,
			// with the message's words the report uses, is answered,
			// hedged on the words it never uses that are details it
			// lacks (lacking): the asker's verbs and adverbs are how
			// they ask, and naming them tells the reader the report
			// lacks a word no report would hold.
			whole, err := e.rewrite(ctx, asked, m, Ellipsis, e.trim(e.switched(asked, last.Slots, own), known(asks(m.slots))), n, last.Question, last.Asked)
			if err == nil && whole.Answer.Answered {
				if miss := e.lacking(m, m.content(), whole.Answer.Results); len(miss) > 0 {
					whole.Answer.Missing, whole.Answer.Direct = miss, ""
				}
				return whole, nil
			}
		}
		return p, nil
	default:
		if m.standsAlone() {
			// A question about the report as a whole (its recommendations,
			// conclusion, summary) needs no topic: it has one, the report.
			// Read alone, the answer engine answers it from the report's
			// structure; a topic carried onto it would narrow it to
			// whatever passages name both.
			p, err := e.plain(ctx, asked, m, n)
			if err != nil || p.Answer.Form == answer.FormReport {
				return p, err
			}
		}
		// No topic of its own, or a pronoun for the previous one: the
		// previous topic carries over; a pronoun carries its ask too.
		carried := topicOf(last.Slots)
		switch {
		case len(m.content()) == 0:
			// Nothing of its own but how it asks ("얼마야?", "언제?"): the
			// last question asked again that way.
			carried = last.Slots
		case !m.pointsBack() && m.findsNothing():
			// Only words the report never uses, which find no passage, and
			// nothing pointing at a part of the last question ("부처마다
			// 쪼개 보면?"): the last question asked again that way, its
			// topic alone being a name any of many passages holds.
			carried = last.Slots
		case m.pronoun && e.askedAnswer(last):
			carried = nouns(last.Slots)
		case m.pronoun:
			carried = nouns(subjectOf(last.Slots))
		case len(carried) == 0 && last.Kind == Ellipsis && len(topicOf(m.content())) == 0:
			// The last turn named an item of the thread's frame by
			// ellipsis ("설계 쪽은?"), and the message names another in
			// plain words: the items of one frame take turns, as a
			// thread with a name carries only its name above. The
			// frame goes on (frameOf), the last item does not.
			if carried = frameOf(st, last); len(carried) == 0 {
				carried = last.Slots
			}
		case len(carried) == 0:
			carried = last.Slots
		}
		if m.renames(carried) {
			// The message names again what the thread is about and asks
			// a word of its own of it ("인텔은 전력 효율은?" after a question
			// about one of Intel's chips): the
			// last question's other words were its own detail, which the
			// new ask replaces. What the thread showed still orders what
			// the message finds (relevance feedback).
			carried = topicOf(m.content())
		}
		switch {
		case m.asksOther():
			// "any other …?" asks for something other than what the
			// thread just gave: its frame, without the items named. The
			// frame is carried as any follow-up's words are, weighing no
			// more than the message's own (tuning.Params.CarriedShare):
			// what the asker names is what they want more of, and the
			// frame at full weight pulls back the passages it already
			// found.
			if f := frameOf(st, last); len(f) > 0 {
				carried = f
			}
		case m.more && m.choose && !m.compare:
			// A choice among what was shown ("which one … more") asks of
			// the items named, in the frame they were asked in: the whole
			// last question, not past its items as asksOther reads. Its
			// subject alone would leave the choosing words ("one") as
			// all it asks, a detail no passage states.
			carried = last.Slots
		}
		if numbersOnly(carried) {
			// A year or a figure's number says when or which, not what:
			// carried alone, it lets the rewrite answer with any figure
			// of that year, and the detail asked is bound to nothing. The
			// words the last question named with it go along.
			carried = namedWith(last.Slots)
		}
		// The message's own names narrow or replace those of their kind.
		own := topicOf(m.content())
		r, err := e.rewrite(ctx, asked, m, Anaphora, e.trim(e.switched(asked, carried, own), asks(m.slots)), n)
		if err == nil && !r.Answer.Answered && len(carried) < len(last.Slots) {
			// A follow-up points back, with a pronoun or without, and
			// what it points at may be the whole of the last question
			// ("그건 어느 해 수치야?" after a figure), not only its
			// subject or names.
			if w, werr := e.rewrite(ctx, asked, m, Anaphora, e.trim(e.switched(asked, last.Slots, own), asks(m.slots)), n); werr == nil && w.Answer.Answered {
				if !m.pronoun && sure(w.Answer) {
					// Without a pronoun, the whole of the last question
					// is the bot's guess at what the message points at,
					// made after its topic gave nothing: the lines are
					// offered with a hedge on what the message asks, in
					// its own words, not as its answer.
					if miss := e.ownWords(m); len(miss) > 0 {
						w.Answer.Missing, w.Answer.Direct = miss, ""
					}
				}
				r = w
			}
		}
		switch {
		case err != nil:
			return r, err
		case m.foreign() && r.Answer.Answered && onlyUnknown(r.Answer.Missing, m.content()):
			// The message's own words are all words the report never uses
			// and nothing points back: the last topic's passages cannot
			// vouch for them, so the reply says they are not there (the
			// rewrite may have said so of some of them already). Only
			// the details among them (lacking) are named: a verb, an
			// adverb or a word of everyday talk is how the asker asks,
			// and where the message has nothing else, the last topic's
			// lines answer it unhedged.
			if r.Answer.Missing = e.lacking(m, m.content(), r.Answer.Results); len(r.Answer.Missing) == 0 {
				r.Answer = r.Answer.Unhedged()
			}
			return r, nil
		case m.foreign():
			// Nor does the last topic answer them: a question about
			// something else, read on its own.
			return e.plain(ctx, asked, m, n)
		case sure(r.Answer):
			return r, nil
		case len(own) == 0:
			// A message with no topic of its own cannot stand alone: read
			// alone it finds whatever its words match ("예산 얼마야?"
			// answers with some budget). What the last topic's passages
			// lack, or do not hold at all, is what the report does not say.
			return r, nil
		}
		return e.preferAnswered(ctx, r, asked, m, n)
	}
}

// shownPassages are the passages turn t showed, for the rewrite of the
// message that follows it to read as relevance feedback.
func shownPassages(t Turn) []int {
	var ids []int
	for _, ev := range t.Evidence {
		ids = append(ids, ev.PassageID)
	}
	return ids
}

// frameOf is what a message asking for something other than what the
// thread ending at last gave carries: the words of last that no follow-up
// of the thread typed. A follow-up of a thread ("패키징은?", "and
// Intel?") names an item of the frame its opening question set (the
// recommendations, the in-house chips); the asker who wants another one
// wants the frame, and the items already given would only pull their own
// passages back. A thread is last and the follow-ups before it, back to
// the question that opened it; a thread of one question has named no item
// apart from its frame, and nil is returned.
func frameOf(st State, last Turn) []Slot {
	end := -1
	for i, t := range st.Turns {
		if t.Question == last.Question && t.Asked == last.Asked {
			end = i
		}
	}
	if end < 0 {
		return nil
	}
	var typed []string
	for i := end; i >= 0; i-- {
		t := st.Turns[i]
		if t.Kind != Ellipsis && t.Kind != Anaphora {
			break
		}
		typed = append(typed, t.Question)
	}
	if len(typed) == 0 {
		return nil
	}
	var out []Slot
	for _, s := range last.Slots {
		if !slices.ContainsFunc(typed, func(q string) bool { return typedSlot(q, s) }) {
			out = append(out, s)
		}
	}
	return out
}

// ownWords are the words a hedge on message m names: what it asks in its
// own words, else its own words the report uses.
func (e *Engine) ownWords(m message) []string {
	if a := e.askedOf(m); len(a) > 0 {
		return a
	}
	var out []string
	for _, c := range m.own {
		if !c.Verbal && c.DF > 0 {
			out = append(out, c.Named())
		}
	}
	if len(out) == 0 {
		for _, c := range m.own {
			out = append(out, c.Named())
		}
	}
	return out
}

// claimOf is the words by which a request for a source names the claim
// whose source it asks: its content words the report uses, each in the
// forms a quote may state it in (as typed, its canonical and English names,
// its index terms: "3나노" is stated as 3nm, "각주 1" by the marker ¹⁾),
// lower-cased.
func claimOf(m message) [][]string {
	var out [][]string
	for i, s := range m.slots {
		if s.Kind == SlotSource || s.Unknown || i >= len(m.own) {
			continue
		}
		var forms []string
		for _, f := range append([]string{s.Text, s.English}, m.own[i].Terms...) {
			if f = strings.ToLower(f); len(f) > 0 && !slices.Contains(forms, f) {
				forms = append(forms, f)
			}
		}
		out = append(out, forms)
	}
	return out
}

// quotes tells whether claim, a message's words the report uses
// (claimOf), has words and one quote turn t showed states every one of.
func quotes(t Turn, claim [][]string) bool {
	return len(claim) > 0 && slices.ContainsFunc(t.Evidence, func(ev Evidence) bool { return states(ev.Excerpt, claim) == len(claim) })
}

// states is how many words of claim the quote ex states, in any of their
// forms.
func states(ex string, claim [][]string) int {
	low := strings.ToLower(ex)
	n := 0
	for _, forms := range claim {
		if slices.ContainsFunc(forms, func(f string) bool { return strings.Contains(low, f) }) {
			n++
		}
	}
	return n
}

// showedIn tells whether a content word of message m, one the report uses,
// is in a passage turn t quoted.
func (e *Engine) showedIn(m message, t Turn) bool {
	for _, s := range m.content() {
		if s.Unknown || s.Verbal {
			continue
		}
		w := strings.ToLower(s.Text)
		for _, ev := range t.Evidence {
			if slices.ContainsFunc(e.x.Passages().Lines(ev.PassageID), func(ln search.Line) bool {
				return strings.Contains(strings.ToLower(ln.Text), w)
			}) {
				return true
			}
		}
	}
	return false
}

// whole is the turn up to last that asked for an amount, latest first:
// what a message asking a part of a whole ("how much of that …") takes a
// part of. A turn between may have asked something else of the topic
// (where its sites are) without giving a new whole.
func (e *Engine) whole(st State, last Turn) (Turn, bool) {
	end := len(st.Turns)
	for i, t := range st.Turns {
		if t.Question == last.Question && t.Asked == last.Asked {
			end = i + 1
		}
	}
	for i := end - 1; i >= 0; i-- {
		t := st.Turns[i]
		if !t.Answered || t.Kind == Sources || t.Kind == More {
			continue
		}
		text := t.Asked
		if text == "" {
			text = t.Question
		}
		a, err := question.Parse(text, nil)
		if err != nil {
			continue
		}
		if q := e.x.Analyse(a); q.Expect != nil && !q.When {
			return t, true
		}
	}
	return Turn{}, false
}

// unshown answers a message that asks for more of something ("다른 규제도
// 있어?", "any other measures?") with what the conversation
// has not shown: a result whose quote was shown goes on with the lines of
// its passage next to that quote (a quote of the English summary, with the
// body it condenses: bodyGoesOn), and one with nothing new left goes. The
// shown quote stays before its lines: what the asker wants more of is the
// list it began, and a list shown whole is one they can read on from (the
// rest alone, cut from its opening, loses what its items are items of).
// When nothing is new, r stays as it is.
func (e *Engine) unshown(r Reply, st State) Reply {
	shown := st.shown()
	// what a summary quote's body may not say again: the turns' quotes
	// and this reply's own
	said := append(slices.Clone(shown), quotesOf(r.Answer.Results)...)
	var out []answer.Result
	changed := false
	for _, res := range r.Answer.Results {
		if showsNew(res.Excerpt, shown) {
			out = append(out, res)
			continue
		}
		changed = true
		if b, ok := e.bodyGoesOn(res, said, e.p.MoreLines); ok {
			out = append(out, b)
			continue
		}
		ev := Evidence{PassageID: res.PassageID, Section: res.Section, SectionTitle: res.SectionTitle, Path: res.Path, Pages: res.Pages, Excerpt: res.Excerpt}
		if c, ok := e.continuation(ev, shown, moreAsked); ok && !slices.ContainsFunc(out, func(o answer.Result) bool { return o.Excerpt == c.Excerpt }) {
			if c.PassageID == res.PassageID {
				c = e.extend(res, c.Excerpt)
			}
			out = append(out, c)
		}
	}
	if !changed || len(out) == 0 {
		return r
	}
	if out[0].PassageID != r.Answer.Results[0].PassageID || out[0].Excerpt != r.Answer.Results[0].Excerpt {
		r.Answer.Direct = "" // the one-line answer was read off the first quote
	}
	r.Answer.Results = out
	t := e.turn(r.Turn.Question, r.Turn.Asked, r.Turn.Kind, r.Answer, r.Turn.Slots, len(out))
	r.Turn = t
	return r
}

// nextInSection answers a message asking for other things of what the
// thread has been reading ("any other measures?") with the next passages
// of the list it reads: the section of the quote that answered the last
// question (answering), whose other passages are the list's other items.
// Each result that holds no word the message typed and either shows the
// asker nothing new or stands outside that list gives its place (offList),
// lowest first, to the next passage of the list no turn has shown, among
// the rewrite's results read deeper (to MaxMore; withNext). A result of the
// list that goes on past what was shown stays: it is the list going on. A
// repeated quote holding a word the message typed stays: the asker names
// what it states, so the earlier showing did not answer them (as in
// ownLine). A reply with no such result, or no such passage, stays as it
// is.
func (e *Engine) nextInSection(ctx context.Context, r Reply, st State, last Turn, asked question.Asked, m message) (Reply, error) {
	if !last.Answered {
		last = st.lastAnswered()
	}
	if len(last.Evidence) == 0 {
		return r, nil
	}
	list := last.Evidence[e.answering(last)].Section
	shown := st.shown()
	res := r.Answer.Results
	at := offList(res, list, shown, m)
	if len(at) == 0 {
		return r, nil
	}
	ans, err := e.ask.Ask(ctx, asked.Rewrite(r.Turn.Asked), e.p.MaxMore)
	if err != nil {
		return r, err
	}
	out := withNext(res, at, ans.Results, list, st.shownPassages(), shown)
	if sameQuotes(out, res) {
		return r, nil
	}
	if out[0].PassageID != res[0].PassageID {
		r.Answer.Direct = "" // the one-line answer was read off the first quote
	}
	return e.withResults(r, out), nil
}

// offList are the places of the results of res that leave the list a
// message asking for other things reads (the section list) to its next
// passages, lowest first: those holding no word the message typed that
// show nothing the thread has not (shown) or stand outside the list.
func offList(res []answer.Result, list string, shown []string, m message) []int {
	var at []int
	for i := len(res) - 1; i >= 0; i-- {
		if x := res[i]; (!showsNew(x.Excerpt, shown) || x.Section != list) && !m.typedHolds(x.Excerpt) {
			at = append(at, i)
		}
	}
	return at
}

// withNext is res with the places at taken, in their order, by the first
// passages of pool in section list that no turn has shown (seen, shown)
// and res does not hold; a place left over when pool has no more keeps its
// result.
func withNext(res []answer.Result, at []int, pool []answer.Result, list string, seen map[int]bool, shown []string) []answer.Result {
	out := slices.Clone(res)
	for _, c := range pool {
		if len(at) == 0 {
			break
		}
		if c.Section != list || seen[c.PassageID] || !showsNew(c.Excerpt, shown) ||
			slices.ContainsFunc(out, func(x answer.Result) bool { return x.PassageID == c.PassageID }) {
			continue
		}
		out[at[0]] = c
		at = at[1:]
	}
	return out
}

// preferAnswered returns the plain reading of msg when it answers better
// than the rewrite r: surely where r hedges or declines, or with a hedge
// where r declines.
func (e *Engine) preferAnswered(ctx context.Context, r Reply, asked question.Asked, m message, n int) (Reply, error) {
	p, err := e.plain(ctx, asked, m, n)
	if err != nil || Grade(p.Answer) <= Grade(r.Answer) {
		return r, nil
	}
	return p, nil
}

// Grade orders replies: a decline, a hedged answer, a sure one
// (GradeDeclined < GradeHedged < GradeSure). A caller choosing among
// readings or reports prefers the higher.
func Grade(a answer.Answer) int {
	switch {
	case !a.Answered:
		return GradeDeclined
	case len(a.Missing) > 0:
		return GradeHedged
	}
	return GradeSure
}

// The grades of Grade, in order.
const (
	GradeDeclined = iota
	GradeHedged
	GradeSure
)

// sure tells whether a reply answers without a hedge.
func sure(a answer.Answer) bool { return Grade(a) == GradeSure }

func allCovered(ss []Slot) bool {
	for _, s := range ss {
		if !s.Kind.covered() {
			return false
		}
	}
	return true
}

// onlyNumbers tells whether every slot of ss is a code in digits (a
// year, a figure's number): a date or a place of something, never a
// topic of its own.
func onlyNumbers(ss []Slot) bool {
	return len(ss) > 0 && !slices.ContainsFunc(ss, func(s Slot) bool { return !s.number() })
}

// topicOf returns the slots that name the topic.
func topicOf(ss []Slot) []Slot {
	var out []Slot
	for _, s := range ss {
		if s.Kind.topical() {
			out = append(out, s)
		}
	}
	return out
}

// asks returns the slots that are not the topic: what is asked of it.
func asks(ss []Slot) []Slot {
	var out []Slot
	for _, s := range ss {
		if !s.Kind.topical() {
			out = append(out, s)
		}
	}
	return out
}

// numbersOnly tells whether slots are all numbers: years, a figure's or a
// section's number.
func numbersOnly(ss []Slot) bool {
	return len(ss) > 0 && !slices.ContainsFunc(ss, func(s Slot) bool { return !s.number() })
}

// namedWith returns what a question was about besides its numbers: the
// words its particle marks, else the words the report uses that it did not
// ask about, with the numbers they went with.
func namedWith(ss []Slot) []Slot {
	if subj := subjectOf(ss); !numbersOnly(subj) {
		return subj
	}
	var out []Slot
	for _, s := range ss {
		if !s.Unknown && !s.Asked {
			out = append(out, s)
		}
	}
	if numbersOnly(out) {
		return ss
	}
	return out
}

// nouns leaves out the verbs of a pronoun's referent: a pronoun stands for
// a thing, and the last question's verbs were how it asked of it, which the
// message's own verb replaces. Verbs alone are kept.
func nouns(ss []Slot) []Slot {
	out := slices.DeleteFunc(slices.Clone(ss), func(s Slot) bool { return s.Verbal })
	if len(out) == 0 {
		return ss
	}
	return out
}

// nounsOrKnown leaves out the verbs the report never uses: a verb says how
// two things relate ("손잡았어"), which the report may put in other words,
// while a noun it never uses ("단가") is a detail it does not give.
func nounsOrKnown(ss []Slot) []Slot {
	var out []Slot
	for _, s := range ss {
		if !s.Unknown || !s.Verbal {
			out = append(out, s)
		}
	}
	return out
}

// known leaves out the words the report never uses.
func known(ss []Slot) []Slot {
	var out []Slot
	for _, s := range ss {
		if !s.Unknown {
			out = append(out, s)
		}
	}
	return out
}

// withCounterpart returns the new names followed by the old names of the
// same kinds.
func withCounterpart(own, old []Slot) []Slot {
	out := append([]Slot(nil), own...)
	for _, o := range old {
		for _, n := range own {
			if o.Kind.topical() && o.Kind.class() == n.Kind.class() && !hasSlot(out, o) {
				out = append(out, o)
			}
		}
	}
	return out
}

// swap puts each new topical slot in the place of the old slots of its class
// (a country for a country, a code for a code); one with no counterpart
// goes first, as the new topic.
func swap(old, news []Slot) []Slot {
	out := append([]Slot(nil), old...)
	fresh := make([]bool, len(out)) // put there by the message: not replaced again
	var front []Slot
	for _, n := range news {
		placed := false
		for i := 0; i < len(out); i++ {
			if fresh[i] || !out[i].Kind.topical() || out[i].class() != n.class() {
				continue
			}
			if !placed {
				out[i], fresh[i] = n, true
				placed = true
			} else {
				out = append(out[:i], out[i+1:]...)
				fresh = append(fresh[:i], fresh[i+1:]...)
				i--
			}
		}
		if !placed {
			front = append(front, n)
		}
	}
	return append(front, out...)
}

// switched is swap with the names that were the old subject's own left
// behind. A follow-up keeps the frame of the last question and replaces
// what it names: where it moves the question to a country, a name of the
// last question that the report writes only in what it says of other
// countries (one country's own act or research centre) belonged to the
// old subject, not to what is asked, and carried along it finds the old
// country's passages again; so, where it moves to a company, does a name
// the report writes only in other companies' profiles (a product). A name
// the report also writes under the new one's label (another country's act
// of the same name), or under no label of that kind at all (a technology;
// a country's act, asked of a company), is kept; so are numbers, which
// say when or which.
func (e *Engine) switched(q question.Asked, old, news []Slot) []Slot {
	kept := old
	for _, kind := range []SlotKind{SlotCountry, SlotCompany} {
		var to []string
		for _, n := range news {
			if n.Kind == kind && !hasSlot(old, n) {
				to = append(to, n.Text)
			}
		}
		if len(to) > 0 {
			kept = slices.DeleteFunc(slices.Clone(kept), func(s Slot) bool {
				return s.Kind == SlotCode && !s.number() && e.ownedElsewhere(q, s.Text, kind, to)
			})
		}
	}
	return swap(kept, news)
}

// ownedElsewhere tells whether the report writes name only under the
// labels of kind (a country's paragraph, a company's profile) other than
// those of to: of the passages holding it, one at least is filed under
// such a label, and none under one of to's.
func (e *Engine) ownedElsewhere(q question.Asked, name string, kind SlotKind, to []string) bool {
	cs := e.x.Analyse(q.Rewrite(name)).Concepts
	if len(cs) == 0 {
		return false
	}
	ps := e.x.Passages()
	labelled := false
	for id, p := range e.x.Document().Passages {
		label := p.Country
		if kind == SlotCompany {
			label = ps.Profile(id)
		}
		if label == "" || !holdsAll(ps, cs, id) {
			continue
		}
		if slices.Contains(to, label) {
			return false
		}
		labelled = true
	}
	return labelled
}

// holdsAll tells whether passage id holds every concept of cs: a name the
// analyser reads as several concepts is in a passage only where all are.
func holdsAll(ps search.Passages, cs []question.Concept, id int) bool {
	return !slices.ContainsFunc(cs, func(c question.Concept) bool { return !ps.Matches(c, id) })
}

// trim joins the carried words and the message's own, drops repeats and
// bounds the carried ones: the message's own words are always kept, and
// carried names before carried plain words.
func (e *Engine) trim(carried, own []Slot) []Slot {
	var mine []Slot
	for _, s := range own {
		if !hasSlot(mine, s) {
			mine = append(mine, s)
		}
	}
	room := max(e.p.MaxCarry-len(mine), 0)
	var names, plain []Slot
	for _, s := range carried {
		switch {
		case hasSlot(mine, s) || hasSlot(names, s) || hasSlot(plain, s):
		case s.Kind.topical():
			names = append(names, s)
		default:
			plain = append(plain, s)
		}
	}
	keep := append(names, plain...)
	if len(keep) > room {
		// Without its topic a follow-up means nothing: one name stays.
		keep = keep[:max(room, min(len(names), 1))]
	}
	// Carried words first, as the previous question had them.
	var out []Slot
	for _, s := range carried {
		if hasSlot(keep, s) && !hasSlot(out, s) {
			out = append(out, s)
		}
	}
	return append(out, mine...)
}

// lacks tells whether s, a word the follow-up m typed as its own, is a
// detail the rewrite's results res do not give: a word the report never
// uses that is no verb or adjective, no part of the report, no modifier
// of the noun after it, no word standing where an English verb does (acts,
// englishVerbs) and no aside, and that is specific enough to matter
// (FollowUpSpec) or, Korean, is what a question word asks about; or a
// Korean noun the report uses in few passages that no result holds
// (rareUnheld).
func (e *Engine) lacks(m message, s Slot, acts map[string]bool, res []answer.Result) bool {
	if s.Verbal || s.Part || e.modifies(m, s) || acts[strings.ToLower(s.Text)] {
		return false
	}
	if !s.Unknown {
		return e.rareUnheld(m, s, res) && !e.aside(m, s, res)
	}
	return (s.Spec >= e.x.Params().FollowUpSpec || s.Asked && analysis.HasHangul(s.Text)) && !e.aside(m, s, res) && !e.shownHold(m, s, res)
}

// rareUnheld tells whether s, a Korean noun of the follow-up's own that the
// report uses, is a detail the results res do not give: the report uses it
// in one passage or few (FollowUpRareDF), where it says a thing of its own,
// and no result holds it, so the carried topic's passages do not say it, as
// of a word the report never uses. A word the report uses widely is more
// often the asker's wording of what a passage says in other words. Only a
// noun typed as one (typedAsNoun) counts: a word's stem typed with an
// ending ("구체적으로", "만드는") is how the asker asks.
func (e *Engine) rareUnheld(m message, s Slot, res []answer.Result) bool {
	c, ok := m.ownNamed(s)
	if !ok || c.DF == 0 || c.DF > e.x.Params().FollowUpRareDF || !c.Listed || c.Function || c.Source || c.Aside || c.Remark {
		return false
	}
	if len(res) == 0 || !analysis.HasHangul(s.Text) || !typedAsNoun(words(m.text), s.Text) {
		return false
	}
	return !slices.ContainsFunc(res, func(r answer.Result) bool { return e.x.HeldIn(c, r.PassageID) })
}

// typedAsNoun tells whether w, a word of two syllables or more, opens a
// word of typed, the message's words, with at most one syllable after it
// (a particle: "벌금은"), punctuation aside. A single syllable ("시", "두")
// is as often a bound noun or a numeral as a word of its own.
func typedAsNoun(typed []string, w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	return slices.ContainsFunc(typed, func(t string) bool {
		rest, ok := strings.CutPrefix(t, w)
		rest = strings.TrimRightFunc(rest, func(r rune) bool { return !analysis.IsHangulSyllable(r) })
		return ok && utf8.RuneCountInString(rest) <= 1
	})
}

// shownHold tells whether a passage of res holds the message's word s,
// though the report never uses it alone: it prints it only as the head
// that ends a longer word of its own (세대 of 차세대), which the index
// reads as holding it. A Korean compound names a kind of what its last
// word names, so the passage states what the word names; it is no detail
// it lacks. Inside a word but not ending it (가격 of 가격경쟁력), it names
// another thing.
func (e *Engine) shownHold(m message, s Slot, res []answer.Result) bool {
	c, ok := m.ownNamed(s)
	if !ok {
		return false
	}
	return slices.ContainsFunc(res, func(r answer.Result) bool {
		return endsWord(r.Text, s.Text) && e.x.HeldIn(c, r.PassageID)
	})
}

// endsWord tells whether text prints w at the end of a longer Hangul word:
// after a syllable, and before anything but one (a particle typed on is
// not told from a longer word, so such a match does not count).
func endsWord(text, w string) bool {
	for rest := text; ; {
		k := strings.Index(rest, w)
		if k < 0 {
			return false
		}
		before, _ := utf8.DecodeLastRuneInString(rest[:k])
		after, _ := utf8.DecodeRuneInString(rest[k+len(w):])
		if analysis.IsHangulSyllable(before) && !analysis.IsHangulSyllable(after) {
			return true
		}
		rest = rest[k+len(w):]
	}
}

// lacking names the slots of ss that are details the report lacks (lacks),
// in the order typed: a word's being unknown to the report is no evidence
// by itself, for the asker's own verbs and adverbs are unknown to it too.
func (e *Engine) lacking(m message, ss []Slot, res []answer.Result) []string {
	acts := e.frame.englishVerbs(m.text)
	var out []string
	for _, s := range ss {
		if e.lacks(m, s, acts, res) {
			out = append(out, s.Text)
		}
	}
	return out
}

// askAlone asks the message as typed, asked being what m was read from,
// once per message (m.alone). Each caller gets slices of its own, for a
// reply trims its results and what it lacks as it goes.
func (e *Engine) askAlone(ctx context.Context, asked question.Asked, m message, n int) (answer.Answer, error) {
	a := m.alone
	if a == nil || a.n != n {
		ans, err := e.ask.Ask(ctx, asked, n)
		if err == nil && ans.Answered && len(m.near) > 0 && e.x.Params().AloneFeedback > 0 {
			// The thread's place orders what the message finds, read as
			// typed; whether it finds anything, and how surely, is the
			// message's own reading: the feedback would pull passages of
			// the shown sections into a reply that has none of its own.
			if fb, ferr := e.ask.Ask(ctx, asked.BesideAlone(m.near), n); ferr == nil && Grade(fb) == Grade(ans) {
				ans = fb
			}
		}
		if a == nil || err != nil {
			return ans, err
		}
		*a = aloneAnswer{n: n, ans: ans}
	}
	ans := a.ans
	ans.Results, ans.Missing = slices.Clone(ans.Results), slices.Clone(ans.Missing)
	return ans, nil
}

// showedFront tells whether t's reply showed first a passage of the
// report's front matter.
func (e *Engine) showedFront(t Turn) bool {
	return t.Answered && len(t.Evidence) > 0 && e.front(t.Evidence[0].PassageID)
}

// front tells whether id is a passage of the report's front matter (who
// made it, when it came out).
func (e *Engine) front(id int) bool {
	return e.inReport(id) && e.x.Document().Passages[id].Kind == corpus.KindMeta
}

// frontAgain answers with the front matter the last reply showed a
// follow-up that the report declined, that names no topic of its own:
// the thread is on the report itself, and what the message asks of it
// (the rank or the office of an author the front matter named, where it
// is) is on the lines just shown, in words of the front matter's, not
// the asker's. The reply is hedged on the message's own words the front
// matter does not hold, else, where it holds them all, on the message's
// own words (ownWords), as typed: the lines are the closest the report
// has, not an answer the bot vouches for, and a message asking what the
// front matter does not give is told so. Where the message has no word
// of its own to name, the decline stands. last showed the front matter
// first (showedFront), so the results hold at least that passage.
func (e *Engine) frontAgain(r Reply, last Turn, asked question.Asked, m message) Reply {
	var res []answer.Result
	for _, ev := range last.Evidence {
		if e.front(ev.PassageID) {
			res = append(res, e.result(ev))
		}
	}
	miss := typedOnly(asked.Text(), e.lacking(m, m.content(), res))
	if len(miss) == 0 {
		miss = typedOnly(asked.Text(), e.ownWords(m))
	}
	if len(miss) == 0 {
		return r
	}
	r.Answer.Answered, r.Answer.Results, r.Answer.Missing, r.Answer.Direct = true, res, miss, ""
	r.Answer.Suggestions = nil
	// The turn goes on with the last one's topic: the message named
	// nothing the lines hold, and the thread is still on the front matter.
	// What it asked is its own reading, which the reply's header shows:
	// the last turn's question there would be one the asker did not ask.
	r.Turn = e.turn(r.Turn.Question, r.Turn.Asked, r.Turn.Kind, r.Answer, last.Slots, len(res))
	return r
}

// ofReport answers a message asked in a thread on the report itself
// (question.Asked.OfReport); ok is false where the answer engine does not
// answer it from the front matter, and the message is read as any other.
func (e *Engine) ofReport(ctx context.Context, asked question.Asked, m message, n int) (Reply, bool, error) {
	ans, err := e.ask.Ask(ctx, asked.OfReport(), n)
	if err != nil {
		return Reply{}, false, err
	}
	r, ok := e.fromFront(asked, m, ans, ans.Form == answer.FormReport)
	return r, ok, nil
}

// namedReport answers a message that names the report itself on its own,
// where the answer engine answers it so from the front matter (a question
// about the report itself); ok is false otherwise, and the message is read
// as any other.
func (e *Engine) namedReport(ctx context.Context, asked question.Asked, m message, n int) (Reply, bool, error) {
	ans, err := e.askAlone(ctx, asked, m, n)
	if err != nil {
		return Reply{}, false, err
	}
	r, ok := e.fromFront(asked, m, ans, ans.Answered)
	return r, ok, nil
}

// fromFront is ofReport's and namedReport's reply: standalone's with ans,
// where it is an answer of the kind asked (of) that shows first a passage
// of the front matter; ok is false otherwise.
func (e *Engine) fromFront(asked question.Asked, m message, ans answer.Answer, of bool) (Reply, bool) {
	if !of || len(ans.Results) == 0 || !e.front(ans.Results[0].PassageID) {
		return Reply{}, false
	}
	return e.standalone(asked, m, ans), true
}

// plain answers a message on its own; m is the message as read.
func (e *Engine) plain(ctx context.Context, asked question.Asked, m message, n int) (Reply, error) {
	ans, err := e.askAlone(ctx, asked, m, n)
	return e.standalone(asked, m, ans), err
}

// standalone is the reply that answers message m (asked, as read) on its
// own with ans: plain's, and fromFront's (ofReport, namedReport).
func (e *Engine) standalone(asked question.Asked, m message, ans answer.Answer) Reply {
	msg := asked.Text()
	r := Reply{Answer: ans, Reading: Reading{Kind: Standalone, Lang: ans.Lang}}
	r.Reading.Topic, r.Reading.Ask = e.labels(m.slots, ans.Lang)
	r.Turn = e.turn(msg, msg, Standalone, ans, m.slots, len(ans.Results))
	return r
}

// wants returns the words of ws, a message's pieces as typed apart
// (message.pieces, Index.Pieces), that say what kind of answer is asked
// for.
func (e *Engine) wants(ws []string) []string {
	var out []string
	for i, w := range ws {
		switch {
		case (w == "much" || w == "many" || w == "long") && i > 0 && ws[i-1] == "how":
			// "how long" asks a span as "how much" asks an amount: how
			// the message asks, never a thing the report lacks.
			out = append(out, "how", w)
		case in(e.frame.wants, w) && utf8.RuneCountInString(w) == 1 && i+1 < len(ws):
			// A question word of one syllable typed apart from its counter
			// ("몇 건이었어"): the counter says what is counted, as "몇건"
			// does typed together, and an ellipsis asks for the same.
			out = append(out, w, ws[i+1])
		case in(e.frame.wants, w) || e.asksDetail(w):
			out = append(out, w) // "몇명임": the unit asked for comes along
		}
	}
	return out
}

// asksDetail tells whether w opens with a Korean question word that asks
// for a detail a line states (analysis.Word.AsksDetail): the engine wants
// it in the evidence, so a rewrite keeps it. The forms with a particle or
// the copula fused on stay out: kept in the rewrite after the carried
// words, they lost flags of the conversations never fitted (a hedge named
// them with the words they were typed apart from).
func (e *Engine) asksDetail(w string) bool {
	return e.x.QuestionWords().Opening(w).AsksDetail()
}

// rewrite answers the question the slots make, with the message's words for
// the kind of answer wanted (the previous question's for an ellipsis); m is
// the message q as read.
func (e *Engine) rewrite(ctx context.Context, q question.Asked, m message, kind Kind, slots []Slot, n int, from ...string) (Reply, error) {
	msg, lang := q.Text(), q.Lang()
	// The carried words and the message as typed: what the message says
	// of how it asks (몇 명, how much, 은?) is read by the engine as it
	// would be in a question of its own.
	own := map[string]bool{}
	for _, s := range m.slots {
		own[s.Text] = true
	}
	var carried []Slot
	for _, s := range slots {
		if !own[s.Text] {
			carried = append(carried, s)
		}
	}
	mine := ownSlots(slots, own)
	// The message's own slots as the analyser reads them, before the
	// particle below comes along: what a hedge may name.
	stems := slices.Clone(mine)
	if n := len(mine); n > 0 {
		// A message that ends on its topic ("후속 과제 예산은?") asks about
		// that word: the particle that says so comes along.
		if endsOnTopic(msg, mine[n-1].Text) {
			last := mine[n-1]
			end := topicEnd(msg)
			last.Text = end[strings.LastIndex(end, last.Text):]
			mine = append(mine[:n-1:n-1], last)
		}
	}
	want := e.wants(m.pieces)
	typedWant := len(want) > 0
	for _, f := range from {
		if len(want) == 0 {
			want = e.wants(e.x.Pieces(f)) // an ellipsis keeps how the previous question asked ("얼마야?")
		}
	}
	asked := strings.TrimSpace(questionOf(carried) + " " + m.framed(mine, want))
	// Outside a counted span (framed), the rewrite puts how the message
	// asks after all its words, where the engine reads no word of the
	// message as the one its question word asks about ("예산은 얼마
	// 들어갔대" read as "… 예산 들어갔대 얼마"), so the check that a line
	// states the figure beside the thing it is of (answer's binding) never
	// holds the property asked to it. The probe is the rewrite as the
	// message typed it, the question word after the word it asks about,
	// read below for that check alone (askedStated).
	probe, prop, probing := e.askedProbe(m, carried, mine, want, typedWant)
	var worded []string // the hedge's words that are only the asker's wording
	direct := ""
	if m.partWord != "" && !typedIn(asked, m.partWord) {
		// The words that ask for a part of a whole: the rewrite asks for
		// the part, not for the whole its carried words name.
		asked += " " + m.partWord
	}
	if w := e.askingWords(q, m, asked); w != "" {
		asked += " " + w
	}
	rewritten := q.Rewrite(asked)
	ans, err := e.ask.Ask(ctx, rewritten.Beside(m.near), n)
	// A hedge on words the asker did not type is taken off (Reply): the
	// lines are then as sure as an unhedged answer's, and the message's own
	// words are held to them alike.
	if err == nil && kind != Comparison && answeredOnCarried(msg, ans) {
		// What a follow-up adds to the carried topic is what it asks; a
		// word of its own that the report never uses is a detail the
		// topic's passages do not give, however plain the word. A Korean
		// word its question word asks about ("참여 인원 몇 명") is such a
		// detail whatever its specificity, as the answer engine holds of
		// a question of its own; an English one may be a word the
		// glossary cannot carry over.
		var absent []string
		acts := e.frame.englishVerbs(msg)
		// A piece the analyser cut from inside a typed word, not its
		// start ("…드립니다" gives 니다), is an ending, not a word of the
		// asker's: the report never uses it, but lacks nothing by it;
		// unless it is a word of the language that a message asking
		// whether the report gives something ran into the next
		// (gluedWord).
		// Nor does the noun a one-syllable demonstrative takes ("그 말",
		// "이 얘기"): it stands for the thing pointed back at, which the
		// carried topic names, not a detail of it (a possessive's noun,
		// "걔네 매출", "their revenue", is one). A word that names a part of
		// the report ("영문 요약에선?", "the English annex", "표") says where
		// to look, never a detail the report lacks, as unstated holds.
		typed := words(msg)
		how := e.wants(m.pieces)
		for _, s := range asks(stems) {
			if slices.Contains(how, strings.ToLower(s.Text)) {
				// How it asks ("몇 퍼", a counter typed apart from 몇) names
				// no thing the lines must hold, as unstated holds.
				continue
			}
			own := e.ownTyped(typed, s.Text) || e.gluedWord(m, s, typed)
			if own && e.lacks(m, s, acts, ans.Results) {
				absent = append(absent, s.Text)
				if e.wording(m, s) && !m.asksValue() {
					worded = append(worded, strings.ToLower(s.Text))
				}
			}
		}
		if len(absent) > 0 {
			if len(worded) == len(absent) {
				direct = ans.Direct
			} else {
				worded = nil
			}
			ans.Missing, ans.Direct = absent, ""
		}
	}
	ans.Missing = inWordsOf(msg, ans.Missing, slots)
	if err == nil && ans.StandsIn() && !hedgesTyped(msg, ans) {
		// The rewrite's passages hold it only together, and the hedge
		// that lets them answer names only words the message carried:
		// of what the asker typed, the report says nothing it could
		// name, and the rewrite is declined, as a reading that finds
		// nothing (the other readings are tried).
		ans = ans.Unhedged()
	}
	var read *rewriteRead
	if err == nil && kind != Comparison && answeredOnCarried(msg, ans) {
		// Sure, or hedged only on words the asker did not type: what the
		// message itself asks must be on the lines shown (held.go).
		rq := e.x.Analyse(rewritten)
		// kept weighs lines by the rewrite as read, so read is taken
		// before rq is made to ask the message's sum below.
		read = &rewriteRead{asked, rq}
		if e.x.AsksSum(m.query) && !e.x.AsksSum(rq) {
			// A message that asks a sum ("and in $, how much?", "돈
			// 얼마 드는지") asks the lines for one, whatever its rewrite
			// reads: the words that ask may not be carried into it (a
			// sign, a word typed into a run), and a carried word may
			// read it as asking any figure (a share the last turn asked).
			// A count or a share of the topic is no answer to it.
			rq.Expect = m.query.Expect
		}
		if gap := e.unheld(m, rq.Expect, ans.Results); len(gap) > 0 {
			ans.Missing, ans.Direct = gap, ""
		} else if len(ans.Missing) > 0 {
			// The engine doubts the lines for a word the message carried,
			// not one it typed. Where the lines do not state what the
			// message asks in its own words either, what they lack is
			// the answer to it, and the hedge says so in those words;
			// where they do, the doubt is the carried topic's, which the
			// reply does not name (Reply: the asker never typed it).
			if gap := e.unstated(m, rq.Expect, ans.Results, func(question.Concept) bool { return true }); len(gap) > 0 {
				ans.Missing = gap
			} else if len(e.wants(m.pieces)) > 0 && !e.statesUnit(rq, ans.Results) && !e.counts(rq, m, ans.Results) {
				// The engine doubts only the carried topic, and the lines
				// state what the message names: where the message asks
				// for a date or figure, a figure the lines give of another
				// thing is no answer to it, and the hedge names what it
				// asks in its own words (몇 년, 예산 얼마) rather than a word
				// it never typed. A figure in the unit it names says which
				// figure it asks for, and is the answer (statesUnit), as is
				// a count of the very word it asks how many of (counts).
				// Where the message asks no word of its own, only how
				// (얼마나, when), that is never what the report lacks:
				// the hedge names it only where the doubted carried word
				// is a name (a country, a company) or a code (a product,
				// a process node: "HBM4", "2nm"), which names one thing as
				// a name does and whose figure the lines may give of
				// another; a doubted plain word is the carried topic's
				// wording, the dialog's own reading, and the lines that
				// state the message's words answer it, and so is a
				// doubted year or count, which dates or counts the topic
				// rather than naming it. (Taking codes too, on the
				// conversations never fitted: flags 827 -> 830 of 1,009,
				// hedges 444 -> 445, hits held; de-spaced flags
				// 426 -> 427, hedges held.)
				doubt := slices.ContainsFunc(rq.Concepts, func(c question.Concept) bool {
					return (slices.Contains(ans.Missing, c.Surface) || slices.Contains(ans.Missing, c.Named())) && (c.Entity || c.Name || c.Must && !c.Number)
				})
				if len(e.askedWord(m)) > 0 || doubt {
					ans.Missing = e.askedOf(m)
				}
			}
		}
	}
	if probing && err == nil && kind != Comparison && ans.Answered && len(ans.Missing) == 0 {
		// A sure follow-up whose property asked, read as the message
		// typed it, is stated beside no figure of the topic: the figure
		// the reply shows is of something else, and the hedge names the
		// property. The reply keeps the rewrite's results, for the probe
		// weighs the property as a first turn would and would rank the
		// carried topic's passages otherwise.
		if pa, perr := e.ask.Ask(ctx, q.Rewrite(probe).Beside(m.near), n); perr == nil && len(pa.Missing) > 0 {
			ans.Missing, ans.Direct = inWordsOf(msg, []string{prop}, slots), ""
		}
	}
	ans.Question, ans.Lang = msg, lang
	r := Reply{Answer: ans, FollowUp: true, Reading: Reading{Kind: kind, Lang: lang}, worded: worded, direct: direct, rewritten: read}
	r.Reading.Topic, r.Reading.Ask = e.labels(slots, lang)
	r.Turn = e.turn(msg, asked, kind, ans, slots, len(ans.Results))
	return r, err
}

// framed types the message's own slots and how it asks (want) as the end
// of a rewrite. Where an English message asks "how many" of a word it
// typed (question.Concept.Ask), that frame closes the rewrite as the
// message typed it, from the question word through the word counted
// ("… how many years export curbs", "… how many engineers"), the
// message's other words before it: the rewrite's reader then counts what
// the message counts, as it does the message read alone, where the
// message's words between (its verb, "so far") would otherwise stand
// between "how many" and what it counts, and the unit it counts in
// ("years") would be lost. Otherwise how it asks follows all its words.
func (m message) framed(mine []Slot, want []string) string {
	span, rest, ok := m.countedSpan(mine)
	if !ok {
		return strings.TrimSpace(questionOf(mine) + " " + strings.Join(want, " "))
	}
	typed := strings.Fields(strings.ToLower(span))
	more := slices.DeleteFunc(slices.Clone(want), func(w string) bool { return slices.Contains(typed, w) })
	return strings.Join(strings.Fields(questionOf(rest)+" "+span+" "+strings.Join(more, " ")), " ")
}

// countedSpan returns the words of an English message from its "how many"
// through the first word after it that it asks about, as typed, and mine
// without the slots typed in it; ok is false where the message typed no
// such span. Which word that is, and how far it may stand from "how
// many", is the question reader's to say (question.Concept.Ask).
func (m message) countedSpan(mine []Slot) (span string, rest []Slot, ok bool) {
	if analysis.HasHangul(m.text) {
		return "", nil, false
	}
	ws := strings.FieldsFunc(m.text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	for i := 0; i+1 < len(ws); i++ {
		if !strings.EqualFold(ws[i], "how") || !strings.EqualFold(ws[i+1], "many") {
			continue
		}
		for j := i + 1; j < len(ws); j++ {
			if slices.ContainsFunc(mine, func(s Slot) bool { return m.asksAbout(s) && strings.EqualFold(ws[j], s.Text) }) {
				span = strings.Join(ws[i:j+1], " ")
				rest = slices.DeleteFunc(slices.Clone(mine), func(s Slot) bool { return wordsIn(span, s.Text) })
				return span, rest, true
			}
		}
	}
	return "", nil, false
}

// wordsIn tells whether the words of w stand in span as words of its own,
// side by side, case apart: a slot typed in the counted span goes with it,
// while one whose letters only stand inside a longer word of the span
// ("AI" in "trainings") was typed elsewhere and keeps its place.
func wordsIn(span, w string) bool {
	ws, sub := words(span), words(w)
	for i := 0; len(sub) > 0 && i+len(sub) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// asksAbout tells whether slot s is a word a question word of message m
// asks about (question.Concept.Ask), not only a detail it asks whether the
// report gives. (asks, apart, is the slots that are not a topic.)
func (m message) asksAbout(s Slot) bool {
	return s.Asked && slices.ContainsFunc(m.own, func(c question.Concept) bool { return c.Ask && c.Named() == s.Text })
}

// askedProbe returns the rewrite of a follow-up with the carried words
// first and the message's own words in its order, its Korean question word
// typed right after the word it asks about, as a question of its own reads
// it; prop is that word, and probing tells whether the probe is worth
// asking. It is where the message typed how it asks in Korean (a Korean
// question word follows what it asks about; the rewrite of an English
// one is no sentence whose order tells it), asks a bare figure (no date,
// no unit, no count: for those the unit or count says which figure is
// asked, as binding holds), and the word asked about is one few of the
// report's passages hold (rare): a property the report gives seldom
// (a budget, a research fund), which, where it gives it, the line states
// beside its figure. A word the report uses widely (규모, 투자) is its
// everyday wording of many figures, which a line may state in other
// words. The message must type the word asked about and its question word
// apart, one right after the other ("예산은 얼마"): text typed without
// spaces is cut by the analyser, whose pieces may put another word before
// the question word than the one asked about. (On the de-spaced
// conversations never fitted, probing glued text too flagged four near
// misses more but hedged four answers more; the spaced ones lost nothing
// by it.) (On the conversations never fitted, probing for counts, dates,
// persons and places too flagged two near misses more and hedged two
// answers more; probing words of any share, or English "how much" with
// the word after it, hedged more answers for no near miss more.)
func (e *Engine) askedProbe(m message, carried, mine []Slot, want []string, typed bool) (probe, prop string, probing bool) {
	i := slices.IndexFunc(mine, func(s Slot) bool { return s.Asked })
	if !typed || i < 0 || !analysis.HasHangul(want[0]) || !e.rare(m, mine[i]) || !typedBefore(m.text, mine[i].Text, want[0]) {
		return "", "", false
	}
	probe = strings.TrimSpace(questionOf(carried) + " " + questionOf(mine[:i+1]) + " " + strings.Join(want, " ") + " " + questionOf(mine[i+1:]))
	pq := e.x.Analyse(question.Plain(probe))
	return probe, mine[i].Text, pq.Expect != nil && !pq.When && pq.Unit == "" && !pq.Counts
}

// typedBefore tells whether text types word, with or without its
// particle, as the word right before one that starts with next: the two
// typed apart, in that order.
func typedBefore(text, word, next string) bool {
	ws := strings.Fields(strings.ToLower(text))
	for i := 1; i < len(ws); i++ {
		if strings.HasPrefix(ws[i-1], strings.ToLower(word)) && strings.HasPrefix(ws[i], strings.ToLower(next)) {
			return true
		}
	}
	return false
}

// rare tells whether slot s of message m is a word few of the report's
// passages hold (ItemNameShare), as the message was read.
func (e *Engine) rare(m message, s Slot) bool {
	share := e.x.Params().ItemNameShare * float64(len(e.x.Document().Passages))
	return slices.ContainsFunc(m.own, func(c question.Concept) bool { return c.Named() == s.Text && float64(c.DF) <= share })
}

// wording tells whether slot s, a word of message m the report never
// uses, is the asker's wording rather than a detail the report lacks: an
// English word of the language at large (a general list holds it, as
// typed), not the one asked about, in a message that asks no date or
// figure. The report's English is its summary, and the glossary carries
// over its terms, not every everyday word ("differ", "credited"): such a
// word in an open question is how the asker puts what the lines describe.
// A word no list holds (a term, a currency, a code) or a corrected typo is
// still a detail, and in a question for a figure an everyday word says
// whose figure ("turnover") it is.
func (e *Engine) wording(m message, s Slot) bool {
	if s.Asked || analysis.HasHangul(s.Text) {
		return false
	}
	return slices.ContainsFunc(m.own, func(c question.Concept) bool { return c.Named() == s.Text && c.Listed && !c.Corrected })
}

// modifies tells whether a Korean slot of message m was typed as a
// modifier of the noun after it, a root or noun with 하다's adnominal
// ending ("비슷한 기구", "누구 겨냥한 거래", "보고서가 말하는 전략"): it
// describes the thing asked about, which the report may describe in other
// words, and is no detail of it that the report lacks.
func (e *Engine) modifies(m message, s Slot) bool {
	// the root of a 하다 verb whose stem the analyser gave ("말하" of 말하는)
	root := strings.TrimSuffix(s.Text, "하")
	for _, c := range m.own {
		if c.Named() != s.Text || !analysis.HasHangul(c.Surface) {
			continue
		}
		if rest, ok := strings.CutPrefix(c.Surface, root); ok && (rest == "한" || rest == "하는") {
			return true
		}
	}
	return false
}

// inWordsOf names what the report lacks in the words the user typed: the
// rewritten question says 인도 where the message said India, and a hedge
// must name the question's own words.
func inWordsOf(msg string, missing []string, slots []Slot) []string {
	low := strings.ToLower(msg)
	out := make([]string, 0, len(missing))
	for _, m := range missing {
		if i := strings.Index(low, strings.ToLower(m)); i >= 0 && len(low) == len(msg) && i+len(m) <= len(msg) && strings.EqualFold(msg[i:i+len(m)], m) {
			// As typed: a rewrite lower-cases a plain word's capital
			// (Slot.written).
			m = msg[i : i+len(m)]
		} else if i < 0 {
			// An entity typed by its English name, a version typed as its
			// changed part ("3.1?" after LLaMA 3): named as typed.
			for _, s := range slots {
				if s.Text != m {
					continue
				}
				for _, as := range []string{s.English, s.Typed} {
					if i := strings.Index(low, strings.ToLower(as)); as != "" && i >= 0 {
						m = msg[i : i+len(as)]
						break
					}
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// sides are the topics of the last two answered turns that brought one of
// their own, most recent first. A declined turn was an aside the report
// has nothing on, and a turn that only carried a topic adds no side.
func (e *Engine) sides(st State) []Slot {
	var out []Slot
	for i, seen := len(st.Turns)-1, 0; i >= 0 && seen < 2; i-- {
		if !st.Turns[i].Answered {
			continue
		}
		added := false
		for _, s := range topicOf(st.Turns[i].Slots) {
			if !hasSlot(out, s) {
				out = append(out, s)
				added = true
			}
		}
		if added {
			seen++
		}
	}
	return out
}

// sameKind tells whether own are countries or companies, each of a kind
// old names one of: a switch from one to another, as against a year, a
// code or a word the last question did not have.
func sameKind(own, old []Slot) bool {
	for _, n := range own {
		named := n.Kind == SlotCountry || n.Kind == SlotCompany
		if !named || !slices.ContainsFunc(old, func(o Slot) bool { return o.Kind == n.Kind }) {
			return false
		}
	}
	return len(own) > 0
}

// onlyUnknown tells whether every word of missing is one of ss the report
// never uses (true for none).
func onlyUnknown(missing []string, ss []Slot) bool {
	unknown := unknownWords(ss)
	return !slices.ContainsFunc(missing, func(w string) bool { return !slices.Contains(unknown, w) })
}

// unknownWords names the words the report never uses.
func unknownWords(ss []Slot) []string {
	var out []string
	for _, s := range ss {
		if s.Unknown {
			out = append(out, s.Text)
		}
	}
	return out
}

// parallel reads a message that is only a plain word or code or two,
// asking nothing of its own ("1세대는?", "그럼 소프트웨어는?", "and for
// logic chips?"), as the
// last question with the word it stands beside replaced: a word of the
// last question that ends as the new one does (3세대 and 2세대, 메모리 and
// 비메모리), else one the report heads a passage with beside the new
// word's passage, in one section (siblings), else the word the last
// message itself brought in a thread of such swaps (비메모리, then
// 소프트웨어). A name or country swaps by its kind
// (swap), not here.
func (e *Engine) parallel(m message, last Turn, q question.Asked) ([]Slot, bool) {
	c, p := m.content(), e.x.Params()
	if len(c) == 0 || len(c) > p.FollowUpParallel || m.pointsBack() || m.more || m.compare || m.source ||
		len(e.wants(m.pieces)) > 0 || e.askedWhat(m.pieces) {
		return nil, false
	}
	plain := func(s Slot) bool { return (s.Kind == SlotWord || s.Kind == SlotCode) && !s.Verbal }
	for _, s := range c {
		if !plain(s) || s.Unknown || hasSlot(last.Slots, s) {
			return nil, false
		}
	}
	at, word := -1, ""
	for i, s := range last.Slots {
		ws := strings.Fields(s.Text)
		if plain(s) && len(ws) > 0 && sharesEnding(ws[len(ws)-1], c[0].Text, p.FollowUpSharedEnding) {
			at, word = i, ws[len(ws)-1]
			break
		}
	}
	if at < 0 {
		// Two items of one list the report heads each with its own
		// label ("(메모리 …)", "(AI 소프트웨어 …)"): the new one takes
		// the old one's place, whatever their spelling. Of several such
		// words, the one the fewest passages hold: a word the list's
		// labels share ("AI") is in far more passages than the item.
		fewest := 0
		news := e.concepts(q, c[0].Text)
		for i, s := range last.Slots {
			if !plain(s) {
				continue
			}
			olds := e.concepts(q, s.Text)
			if !e.siblings(news, olds) {
				continue
			}
			if df := spread(olds); at < 0 || df < fewest {
				at, word, fewest = i, s.Text, df
			}
		}
	}
	if at < 0 && last.Kind == Ellipsis {
		for i, s := range last.Slots {
			if plain(s) && typedIn(last.Question, s.Text) {
				at, word = i, s.Text
			}
		}
	}
	if at < 0 {
		return nil, false
	}
	out := append([]Slot(nil), last.Slots...)
	if old := out[at].Text; old != word {
		// One word of a phrase ("AI반도체 3세대"): the phrase keeps the rest.
		c[0].Text = strings.TrimSuffix(old, word) + c[0].Text
	}
	out = append(out[:at], append(append([]Slot(nil), c...), out[at+1:]...)...)
	return out, true
}

// concepts is how the index reads w, asked in q's language: what
// siblings and spread weigh a word by, read once for both.
func (e *Engine) concepts(q question.Asked, w string) []question.Concept {
	return e.x.Analyse(q.Rewrite(w)).Concepts
}

// spread is how many passages hold a word read as cs, by its commonest
// concept.
func spread(cs []question.Concept) int {
	n := 0
	for _, c := range cs {
		n = max(n, c.DF)
	}
	return n
}

// parallelInFrame is parallel read against the frame of the thread ending
// at last (frameOf), where the word the message stands beside is in it: the
// details the thread's follow-ups asked of the old item ("with which
// firms?", "그 중 어느 나라?") were asked of it, not of the new one, which
// takes its place in the question that opened the thread. Else it is
// parallel against last whole.
func (e *Engine) parallelInFrame(st State, m message, last Turn, q question.Asked) ([]Slot, bool) {
	if f := frameOf(st, last); len(f) > 0 && len(f) < len(last.Slots) {
		framed := last
		framed.Slots = f
		if p, ok := e.parallel(m, framed, q); ok {
			return p, true
		}
	}
	return e.parallel(m, last, q)
}

// siblings tells whether the report heads two passages of one section with
// two words (read as ca and cb: concepts) apart: each passage's opening
// label names one and not the other, as the items of one list do.
func (e *Engine) siblings(ca, cb []question.Concept) bool {
	if len(ca) == 0 || len(cb) == 0 {
		return false
	}
	holds := func(cs []question.Concept, t search.Terms) bool {
		return !slices.ContainsFunc(cs, func(c question.Concept) bool { return !e.x.Holds(c, t) })
	}
	// the sections with a passage headed by a and not b, and those with
	// one headed by b and not a
	byA, byB := map[string]bool{}, map[string]bool{}
	for id, p := range e.x.Document().Passages {
		lines := e.x.Passages().Lines(id)
		if len(lines) == 0 {
			continue
		}
		ha, hb := holds(ca, lines[0].Head), holds(cb, lines[0].Head)
		byA[p.Section] = byA[p.Section] || ha && !hb
		byB[p.Section] = byB[p.Section] || hb && !ha
		if byA[p.Section] && byB[p.Section] {
			return true
		}
	}
	return false
}

// sharesEnding tells whether two different words end alike in at least n
// letters: two of a kind ("3세대", "2세대"; "메모리", "비메모리").
func sharesEnding(a, b string, n int) bool {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	k := 0
	for k < len(ra) && k < len(rb) && ra[len(ra)-1-k] == rb[len(rb)-1-k] {
		k++
	}
	return a != b && k >= n
}

// askingWords returns the words of message q that ask for a date or a
// figure where rewrite asked, built for m, needs them: m asks for a value
// in words no question word list keeps ("출시일은?", "숫자도 나와?", "how
// big"), and without them the engine reads asked as asking neither and
// any line holding the topic answers it surely. "" where asked already
// holds them or reads as asking a value, or where they are typed only
// inside a run without spaces, where the pattern finds pieces of other
// words ("돈" in a longer word). The pattern scan goes first: reading the
// rewrite costs far more, and most messages type no such words.
func (e *Engine) askingWords(q question.Asked, m message, asked string) string {
	if !m.asksValue() {
		return ""
	}
	msg := q.Text()
	w := e.x.AskingWords(msg)
	first := strings.Fields(w)
	if len(first) == 0 || typedIn(asked, w) || !typedAsWord(words(msg), first[0]) {
		return ""
	}
	if e.x.Analyse(q.Rewrite(asked)).Expect != nil {
		return ""
	}
	return w
}

// typedOnly is ws without the words msg does not hold (typedIn), as a new
// slice: ws may be an answer's, shared with the reply it came from. A
// hedge names only what the asker typed.
func typedOnly(msg string, ws []string) []string {
	return slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return !typedIn(msg, w) })
}

// ownTyped tells whether w begins a word of typed, a message's words,
// that no one-syllable demonstrative or possessive stands before ("그
// 말", "이 얘기"): such a noun stands for the thing pointed back at, not
// a detail of it.
func (e *Engine) ownTyped(typed []string, w string) bool {
	w = strings.ToLower(w)
	for i, t := range typed {
		if strings.HasPrefix(t, w) && !(i > 0 && in(e.frame.possessive, typed[i-1]) && utf8.RuneCountInString(typed[i-1]) == 1) {
			return true
		}
	}
	return false
}

// pointsBackGlued tells whether w, a word a hedge would name, is a
// one-syllable demonstrative typed together with the noun it takes (그중,
// 그다음, 그때, 그것): Korean writes these as one word, and like "그 말"
// typed apart (ownTyped) it stands for the thing the thread pointed at,
// not a detail of it. The noun is known as one by the report's own use of
// it, or by the analyser's reading it as a function word (것): a
// demonstrative's syllable that opens a word the report never uses
// otherwise (그래픽, 이메일) is the first syllable of another word. Only 그,
// the demonstrative a chat points back with, takes a noun of the report
// this way: 이 and 저 open too many Sino-Korean words whose rest the report
// uses (이자, 이사회, 저자), which are details a hedge must name.
func (e *Engine) pointsBackGlued(q question.Asked, w string) bool {
	head, size := utf8.DecodeRuneInString(w)
	if size == len(w) || !in(e.frame.possessive, string(head)) {
		return false
	}
	if cs := e.concepts(q, w); len(cs) != 1 || cs[0].DF > 0 {
		return false // the report's own word, or not one word
	}
	rest := e.concepts(q, w[size:])
	return len(rest) == 0 || head == '그' && len(rest) == 1 && rest[0].DF > 0
}

// pointedAt tells whether w is typed in typed only as the noun a
// one-syllable demonstrative takes (see ownTyped).
func (e *Engine) pointedAt(typed []string, w string) bool {
	lw := strings.ToLower(w)
	return slices.ContainsFunc(typed, func(t string) bool { return strings.HasPrefix(t, lw) }) && !e.ownTyped(typed, w)
}

// hedgesTyped tells whether a's hedge names a word msg typed (typedIn).
func hedgesTyped(msg string, a answer.Answer) bool {
	return slices.ContainsFunc(a.Missing, func(w string) bool { return typedIn(msg, w) })
}

// answeredOnCarried tells whether a answers msg sure or hedged only on
// words msg did not type: Reply takes such a hedge off, so the reply is as
// sure as an unhedged one.
func answeredOnCarried(msg string, a answer.Answer) bool {
	return a.Answered && !hedgesTyped(msg, a)
}

// typedIn tells whether msg holds w, spaces and case aside.
func typedIn(msg, w string) bool {
	squash := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), "")) }
	return w != "" && strings.Contains(squash(msg), squash(w))
}

// typedSlot tells whether msg typed slot s: its word, or, for a name the
// rewrite holds by its canonical form (a Korean company name), the English
// name or the form the asker typed instead. A switch typed in English named
// an item all the same, and frameOf must not keep it as the frame.
func typedSlot(msg string, s Slot) bool {
	return typedIn(msg, s.Text) || typedIn(msg, s.English) || typedIn(msg, s.Typed)
}

// versionSwitch reads a message that is only a version ("v3", "3.1은?",
// "버전 3") after a question about a named version ("LLaMA 2"): the previous
// question's slots with the version replaced.
func (e *Engine) versionSwitch(m message, last Turn) ([]Slot, int, bool) {
	// Bare versions ("v3는?", "and 3.1? in which sizes?", "v2 vs v3?"): the
	// rest of the message, if any, is what it asks of them. Two or more
	// are versions of the same name set side by side.
	var nums, typed []string
	var rest []Slot
	for _, s := range m.content() {
		if v := strings.TrimPrefix(strings.ToLower(s.Text), "v"); isVersion(v) {
			nums, typed = append(nums, v), append(typed, s.Text)
		} else {
			rest = append(rest, s)
		}
	}
	if len(nums) == 0 {
		return nil, 0, false
	}
	for i, s := range last.Slots {
		name, old, ok := strings.Cut(s.Text, " ")
		if !ok || !isVersion(old) {
			continue
		}
		out := append([]Slot(nil), last.Slots[:i]...)
		for k, num := range nums {
			v := s
			v.Text, v.Typed = name+" "+num, typed[k]
			out = append(out, v)
		}
		out = append(out, last.Slots[i+1:]...)
		for _, r := range rest {
			if !hasSlot(out, r) {
				out = append(out, r)
			}
		}
		return out, len(nums), true
	}
	return nil, 0, false
}

// isVersion tells whether v is a version number: digits and dots.
func isVersion(v string) bool {
	return v != "" && strings.Trim(v, "0123456789.") == ""
}

// ownSlots are the slots the message itself names.
func ownSlots(slots []Slot, own map[string]bool) []Slot {
	var out []Slot
	for _, s := range slots {
		if own[s.Text] {
			out = append(out, s)
		}
	}
	return out
}

// questionOf types slots as the words of a rewritten question.
func questionOf(slots []Slot) string {
	ws := make([]string, 0, len(slots))
	for _, s := range slots {
		ws = append(ws, s.written())
	}
	return strings.Join(ws, " ")
}

// written is the slot as a rewrite types it. A plain word (SlotWord) that
// its message typed with a capital and did not read as a name had the
// capital only because it opened the asker's sentence ("Honestly, …"); a
// rewrite puts it after the carried words, where a capital says "name",
// and a name the report never uses is what a hedge says it lacks. It goes
// in lower-cased, read as its message read it. An acronym (every letter a
// capital) or a word with a capital inside ("NeMo") stays as typed.
func (s Slot) written() string {
	first, n := utf8.DecodeRuneInString(s.Text)
	if s.Kind != SlotWord || !unicode.IsUpper(first) || strings.IndexFunc(s.Text[n:], unicode.IsUpper) >= 0 {
		return s.Text
	}
	return string(unicode.ToLower(first)) + s.Text[n:]
}

// labels splits slots into the topic and the ask for a reading, entities
// named in lang.
func (e *Engine) labels(slots []Slot, lang string) (topic, ask []string) {
	for _, s := range slots {
		l := s.Text
		if lang != "ko" && s.English != "" {
			l = s.English
		}
		if s.Kind.topical() {
			topic = append(topic, l)
		} else {
			ask = append(ask, l)
		}
	}
	return topic, ask
}

// turn is what a State records of one answered message. It keeps no word
// of the asker's remark after the ask (Slot.Remark): what later messages
// carry is the thread's topic, and the remark was the message's context.
// The words of an aside before the ask (Slot.Aside) it keeps after the
// words that ask: a follow-up carries a turn's words up to a bound (trim),
// and the scene the asker set had come first and filled it.
func (e *Engine) turn(msg, asked string, kind Kind, ans answer.Answer, slots []Slot, shown int) Turn {
	kept := slices.DeleteFunc(slices.Clone(slots), func(s Slot) bool { return s.Remark })
	slices.SortStableFunc(kept, func(a, b Slot) int { return cmpBool(a.Aside, b.Aside) })
	t := Turn{Question: msg, Asked: asked, Kind: kind, Lang: ans.Lang, Slots: kept, Answered: ans.Answered, Shown: shown}
	for _, r := range ans.Results {
		t.Seen = append(t.Seen, r.PassageID)
	}
	for i, r := range ans.Results {
		if i == e.p.MaxEvidence {
			break
		}
		t.Evidence = append(t.Evidence, Evidence{
			PassageID: r.PassageID, Section: r.Section, SectionTitle: r.SectionTitle, Path: r.Path, Pages: r.Pages,
			Excerpt: clip(r.Excerpt, e.p.MaxStoredRunes), Sources: r.Sources,
		})
	}
	return t
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// namesCaption tells whether a message names a figure or a table, as typed
// or as the analysis reads it, its particle off ("그림의").
func (e *Engine) namesCaption(m message) bool {
	return slices.ContainsFunc(m.pieces, func(w string) bool { return in(e.frame.caption, w) }) ||
		slices.ContainsFunc(m.slots, func(s Slot) bool { return in(e.frame.caption, strings.ToLower(s.Text)) })
}

// sources answers "출처는?": the previous answer's results again, those whose
// lines cite a source first, with the sources shown. Asked for the source
// of a figure or table (caption), the caption nearest the first lines
// shown, in their section, comes first: a figure's source is printed under
// it, not beside the lines that discuss it.
//
// A source asked of a claim (claim, the words naming it, each in its
// forms) puts the results whose quotes state more of those words first: the
// asker pointed at that line.
func (e *Engine) sources(msg, lang string, last Turn, caption bool, claim [][]string) Reply {
	ans := answer.Answer{Question: msg, Lang: lang, Answered: true}
	var cited, bare []answer.Result
	if caption && len(last.Evidence) > 0 {
		// The figure asked about stands by the lines the answer led with;
		// one by a lesser result's lines is no figure the asker saw.
		if r, ok := e.nearestCaption(last.Evidence[0]); ok {
			cited = append(cited, r)
		}
	}
	for _, ev := range last.Evidence {
		r := e.result(ev)
		if len(ev.Sources) == 0 {
			// The line shown cites nothing, but its passage may: the
			// source of what was shown is the source its passage names,
			// shown with the lines that cite it.
			r = e.citingLines(r)
			if c, ok := e.nearestCaption(ev); ok && len(r.Sources) == 0 && abs(c.PassageID-ev.PassageID) == 1 {
				// Nor does its passage: text that cites nothing beside a
				// figure or table discusses it, and the source is printed
				// under the caption.
				r = c
			}
		} else {
			// The sources of a passage shown are those of all its
			// lines: a quote cut for the ask may have left out the line
			// whose source the asker wants, its claim's own line.
			r = e.unshownCiting(r, claim)
		}
		if len(r.Sources) > 0 {
			cited = append(cited, r)
		} else {
			bare = append(bare, r)
		}
	}
	if len(claim) > 0 {
		slices.SortStableFunc(cited, func(a, b answer.Result) int {
			return states(b.Excerpt, claim) - states(a.Excerpt, claim)
		})
	}
	ans.Results = cited
	r := Reply{Answer: ans, FollowUp: true, NoSources: len(cited) == 0, Reading: Reading{Kind: Sources, Lang: lang}}
	if len(cited) == 0 {
		r.Answer.Results = bare
	}
	r.Reading.Topic, r.Reading.Ask = e.labels(last.Slots, lang)
	r.Turn = last
	r.Turn.ID, r.Turn.Question, r.Turn.Kind, r.Turn.Lang = "", msg, Sources, lang
	return r
}

// nearestCaption is the figure or table caption of ev's section nearest to
// ev's passage, the one after it first at equal distance (a figure follows
// the text that discusses it), with its source line; false when the
// section has none that names a source.
func (e *Engine) nearestCaption(ev Evidence) (answer.Result, bool) {
	doc := e.x.Document()
	if !e.inReport(ev.PassageID) {
		return answer.Result{}, false
	}
	section := doc.Passages[ev.PassageID].Section
	best := -1
	for _, p := range doc.Passages {
		if p.Section != section || p.Kind != corpus.KindCaption || len(doc.Sources(p.Text)) == 0 {
			continue
		}
		d, bd := abs(p.ID-ev.PassageID), abs(best-ev.PassageID)
		if best < 0 || d < bd || d == bd && p.ID > best {
			best = p.ID
		}
	}
	if best < 0 {
		return answer.Result{}, false
	}
	p := doc.Passages[best]
	c := ev
	c.PassageID, c.Path, c.Pages = best, p.Path, e.x.Passages().Pages(best)
	c.Excerpt, c.Sources = p.Text, doc.Sources(p.Text)
	return e.result(c), true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// citingLines turns a result whose excerpt cites nothing into the lines of
// its passage that do, with their sources; r as it is when none does, or
// when the passage is not this report's (a stored state of another
// document).
func (e *Engine) citingLines(r answer.Result) answer.Result {
	if !e.inReport(r.PassageID) {
		return r
	}
	if lines, sources := e.x.CitingLines(r.PassageID, e.p.MaxCitingLines); len(lines) > 0 {
		r.Excerpt, r.Sources = lines, sources
	}
	return r
}

// unshownCiting adds to a shown result the lines of its passage its quote
// left out that cite a source the quote does not, up to MaxCitingLines
// (those stating more of a claim asked about first), each in its place in
// the passage, with the sources of all. r is as it is
// when there are none, or when its quote cannot be laid line by line over
// the passage (a quote rebuilt from another reading).
func (e *Engine) unshownCiting(r answer.Result, claim [][]string) answer.Result {
	if !e.inReport(r.PassageID) {
		return r
	}
	doc := e.x.Document()
	lines := e.x.Passages().Lines(r.PassageID)
	// quoted holds the quote's pieces of each passage line
	quoted := make([][]string, len(lines))
	for _, p := range excerptPieces(r.Excerpt) {
		i := slices.IndexFunc(lines, func(ln search.Line) bool { return showsLine([]string{p}, ln.Text) })
		if i < 0 {
			return r
		}
		quoted[i] = append(quoted[i], p)
	}
	// the lines stating more of the claim first, else in the passage's order
	order := make([]int, len(lines))
	for i := range order {
		order[i] = i
	}
	if len(claim) > 0 {
		slices.SortStableFunc(order, func(a, b int) int { return states(lines[b].Text, claim) - states(lines[a].Text, claim) })
	}
	added := 0
	have := slices.Clone(r.Sources)
	for _, i := range order {
		if added == e.p.MaxCitingLines {
			break
		}
		ln := lines[i]
		if len(quoted[i]) > 0 || !ln.Cites {
			continue
		}
		src := doc.Sources(ln.Text)
		if !slices.ContainsFunc(src, func(s string) bool { return !slices.Contains(have, s) }) {
			continue
		}
		quoted[i] = []string{strings.TrimSpace(ln.Text)}
		have = append(have, src...)
		added++
	}
	if added == 0 {
		return r
	}
	r.Excerpt = joinQuoted(quoted)
	r.Sources = doc.Sources(r.Excerpt)
	return r
}

// joinQuoted is the quote that shows, of each line of a passage, the
// pieces quoted holds for it, in the passage's order: lines next to each
// other are joined by a line break, lines apart and pieces of one line by
// " … ", as the search's own excerpts mark what they leave out.
func joinQuoted(quoted [][]string) string {
	var b strings.Builder
	prev := -1
	for i, q := range quoted {
		if len(q) == 0 {
			continue
		}
		switch {
		case prev < 0:
		case i == prev+1:
			b.WriteString("\n")
		default:
			b.WriteString(excerpt.Gap)
		}
		b.WriteString(strings.Join(q, excerpt.Gap))
		prev = i
	}
	return b.String()
}

// result rebuilds a shown result from a turn's evidence.
func (e *Engine) result(ev Evidence) answer.Result {
	r := answer.Result{
		Report:    e.x.Document().Meta.Series,
		PassageID: ev.PassageID, Section: ev.Section, SectionTitle: ev.SectionTitle, Path: ev.Path,
		Pages: ev.Pages, Excerpt: ev.Excerpt, Sources: ev.Sources,
	}
	if e.inReport(ev.PassageID) {
		r.Text = e.x.Document().Passages[ev.PassageID].Text
	}
	return r
}

// continuation is what the report says after ev's quote that the
// conversation has not shown (shown holds every excerpt of its turns), up
// to the lines its use allows (goingOn): the rest of the list or the argument
// the quote belongs to, the lines the quote passed over first, then those
// after it. Where its passage has nothing left unshown, the report goes on
// in the next passages of the same section.
func (e *Engine) continuation(ev Evidence, shown []string, use goingOn) (answer.Result, bool) {
	if !e.inReport(ev.PassageID) {
		return answer.Result{}, false
	}
	n := e.x.Params().GoOnLines
	if use == moreAsked {
		n = e.p.MoreLines
	}
	doc := e.x.Document()
	lines := e.lineTexts(ev.PassageID)
	quoted := shownSpan(lines, ev.Excerpt)
	if quoted.last < 0 {
		return answer.Result{}, false // the quote is not this passage's
	}
	// The lines the quote passed over (" … ") stand inside what it said:
	// more of it goes on with them before what follows it.
	order := append(passedOver(lines, quoted, shown), unshownLines(lines, quoted, shown)...)
	if use == moreAsked && !slices.ContainsFunc(order, func(i int) bool { return i > quoted.first }) && e.blockGoesOn(ev.PassageID, shown) {
		// Nothing unshown follows the quote or stands inside it, and the
		// block it quotes goes on in the next passage (the parser cut it
		// there): what comes after the quote is there, not above it.
		order = nil
	}
	picked := order[:min(n, len(order))]
	slices.Sort(picked)
	var rest []string
	for _, i := range picked {
		rest = append(rest, lines[i])
	}
	next := ev
	section := doc.Passages[ev.PassageID].Section
	for id := ev.PassageID + 1; len(rest) == 0 && id < len(doc.Passages) && doc.Passages[id].Section == section; id++ {
		for _, ln := range e.lineTexts(id) {
			if fresh(ln, shown) && len(rest) < n {
				rest = append(rest, ln)
			}
		}
		next.PassageID = id
	}
	if len(rest) == 0 {
		return answer.Result{}, false
	}
	text := strings.Join(rest, "\n")
	next.Excerpt, next.Sources = text, doc.Sources(text)
	return e.result(next), true
}

// goingOn is what a continuation goes on for, which says how far it reads.
type goingOn int

const (
	// moreAsked is a request for more, which reads on from the quote: up
	// to MoreLines, and a quote with nothing unshown after it goes on in
	// the next passage where that passage continues the quote's block
	// (blockGoesOn), before the lines above the quote.
	moreAsked goingOn = iota
	// quoteGoesOn is a follow-up's quote going on (goOn): up to
	// GoOnLines, of its own passage, the lines above it coming too.
	quoteGoesOn
)

// blockGoesOn tells whether the passage after id goes on with the block
// id is a part of, and has a line nothing in shown shows. The parser cuts a
// long block into passages, each keeping the block's first line as its
// Head (corpus.Passage): the next passage is the same block's where its
// Head is that line. id is a passage of the report (continuation has
// checked it, inReport).
func (e *Engine) blockGoesOn(id int, shown []string) bool {
	doc := e.x.Document()
	if id+1 >= len(doc.Passages) {
		return false
	}
	p, next := doc.Passages[id], doc.Passages[id+1]
	lines := e.x.Passages().Lines(id)
	if len(next.Head) == 0 || next.Section != p.Section || len(lines) == 0 || next.Head != cmp.Or(p.Head, lines[0].Text) {
		return false
	}
	return slices.ContainsFunc(e.x.Passages().Lines(id+1), func(ln search.Line) bool { return fresh(ln.Text, shown) })
}

// unshownLines are the indices of the lines that nothing in shown shows, in
// the order the report goes on from the run a quote covers (quoted): the
// lines after it first, then those before it, nearest first (the items of
// a list that stand next to the one quoted, not the passage's opening, are
// what the list goes on with). None where the quote shows none of lines:
// it is not this passage's, so nothing goes on from it here.
func unshownLines(lines []string, quoted quotedRun, shown []string) []int {
	if quoted.last < 0 {
		return nil
	}
	var order []int
	for k := 1; k < len(lines); k++ {
		i := quoted.last + k
		if i >= len(lines) {
			i = quoted.first - (i - len(lines) + 1)
		}
		if i < 0 {
			break
		}
		if fresh(lines[i], shown) {
			order = append(order, i)
		}
	}
	return order
}

// passedOver are the indices of the lines inside the run a quote covers
// (quoted) that nothing in shown shows, in order: what the quote skipped
// (" … ") inside the run it quoted. unshownLines leaves them out, as they
// neither follow nor precede the quote.
func passedOver(lines []string, quoted quotedRun, shown []string) []int {
	var out []int
	for i := quoted.first + 1; i < quoted.last; i++ {
		if fresh(lines[i], shown) {
			out = append(out, i)
		}
	}
	return out
}

// quotedRun is the first and the last of a passage's lines that a quote
// shows, both -1 when it shows none: the run it covers.
type quotedRun struct{ first, last int }

// shownSpan is the run of lines that excerpt covers (quotedRun), read once for
// both unshownLines, which goes on from it, and passedOver, which looks
// inside it; extended places a quote and what it adds by it.
func shownSpan(lines []string, excerpt string) quotedRun {
	s := quotedRun{-1, -1}
	for i, ln := range lines {
		if strings.TrimSpace(ln) != "" && shownIn(excerpt, ln) {
			if s.first < 0 {
				s.first = i
			}
			s.last = i
		}
	}
	return s
}

// fresh tells whether line says something and no excerpt of shown shows it.
func fresh(line string, shown []string) bool {
	return strings.TrimSpace(line) != "" && !slices.ContainsFunc(shown, func(ex string) bool { return shownIn(ex, line) })
}

// showsNew tells whether a line of excerpt is fresh (fresh): a quote that
// shows the asker something the thread has not.
func showsNew(excerpt string, shown []string) bool {
	return slices.ContainsFunc(strings.Split(excerpt, "\n"), func(ln string) bool { return fresh(ln, shown) })
}

// shownIn tells whether an excerpt shows line, whole or cut short.
// It is asked of each line of a passage for each quote shown (shownSpan,
// fresh), so the quote's pieces are read without a list made of them.
func shownIn(excerpt, line string) bool { return search.ShowsLine(excerpt, line) }

// answering is the index of the quote of turn t that held what was asked:
// of the report's own text, the first that states a word the question
// asked of its topic where the question asked a date or figure (the
// one-line answer states it from that quote), else the one that states
// the most of those words (the first of those that state as many); where
// none does, the first of its own text (a reference list entry is where a
// line came from, not what it said), else the first. A question asking
// what or which is answered by the list or account that covers what it
// asked, which a quote ranked over it on one of its words may not be:
// "more" goes on from that list.
func (e *Engine) answering(t Turn) int {
	doc := e.x.Document()
	body := func(ev Evidence) bool {
		return e.inReport(ev.PassageID) && doc.Passages[ev.PassageID].Kind != corpus.KindRef
	}
	// states counts the asked words ev's quote states.
	asked := asks(t.Slots)
	states := func(ev Evidence) int {
		if !body(ev) {
			return 0
		}
		quote, n := strings.ToLower(ev.Excerpt), 0
		for _, s := range asked {
			if !s.Unknown && strings.Contains(quote, strings.ToLower(s.Text)) {
				n++
			}
		}
		return n
	}
	first, best, most := -1, -1, 0
	for i, ev := range t.Evidence {
		if n := states(ev); n > most {
			best, most = i, n
			if first < 0 {
				first = i
			}
		}
	}
	switch {
	case best < 0:
		return max(slices.IndexFunc(t.Evidence, body), 0)
	case best != first && e.x.Analyse(question.Plain(t.Asked)).Expect != nil:
		return first // whether it asks a date or figure decides only here
	}
	return best
}

// next answers "더 보여줘": the previous question's results after those
// already shown.
func (e *Engine) next(ctx context.Context, q question.Asked, st State, n int) (Reply, error) {
	last := st.lastAnswered()
	msg, lang := q.Text(), q.Lang()
	want := min(last.Shown+n, e.p.MaxMore)
	ans, err := e.ask.Ask(ctx, q.Rewrite(last.Asked), want)
	if err != nil {
		return Reply{Answer: ans}, err
	}
	ans.Question, ans.Lang = msg, lang
	// The engine orders a longer list a little differently, so what was
	// shown is left out by passage rather than by position.
	seen := map[int]bool{}
	for _, id := range last.Seen {
		seen[id] = true
	}
	var fresh []answer.Result
	if last.Kind != More && len(last.Evidence) > 0 {
		// What follows a quote in its passage comes first: the rest of
		// the list or the argument the quote began, of the quote that
		// held what was asked (a reference list entry would go on with
		// other entries, no more of what the answer said). The quote
		// stays above the rest of its passage, as unshown keeps it for a
		// request in words: the asker wants more of the list it began,
		// and its rest alone, cut from its opening, loses what its items
		// are items of and the line that answered. (On the conversations
		// never fitted, follow-up hit@3 3,106 -> 3,110 and de-spaced
		// 1,615 -> 1,618; flags and hedges held.)
		shown := st.shown()
		ev := last.Evidence[e.answering(last)]
		if r, ok := e.continuation(ev, shown, moreAsked); ok {
			if r.PassageID == ev.PassageID {
				r = e.extend(e.result(ev), r.Excerpt)
			}
			fresh = append(fresh, r)
		}
	}
	for _, res := range ans.Results {
		if !seen[res.PassageID] && len(fresh) < n {
			fresh = append(fresh, res)
		}
	}
	ans.Results = fresh
	shown := last.Shown
	r := Reply{Answer: ans, FollowUp: true, NoMore: len(ans.Results) == 0, Reading: Reading{Kind: More, Lang: lang}}
	r.Reading.Topic, r.Reading.Ask = e.labels(last.Slots, lang)
	r.Turn = e.turn(msg, last.Asked, More, ans, last.Slots, shown+len(ans.Results))
	r.Turn.Seen = append(append([]int(nil), last.Seen...), r.Turn.Seen...)
	if r.NoMore {
		// Nothing further: a later "source?" still means the lines shown.
		r.Turn.Evidence, r.Turn.Answered = last.Evidence, last.Answered
	}
	return r, nil
}

// englishVerbs are the words of an English message that stand where a
// verb does (frame.afterAuxiliary): what happened, which the report says
// in its own words, not a detail it lacks.
func (f frame) englishVerbs(msg string) map[string]bool {
	out := map[string]bool{}
	for _, m := range f.afterAuxiliary.FindAllStringSubmatch(msg, -1) {
		out[strings.ToLower(m[1])] = true
	}
	return out
}

// aside tells whether s, a word of message m the report never uses, is
// how the asker puts what the lines shown say rather than a detail they
// lack: a word of the language at large (a general list holds it, less
// specific than a word that matters in a question of its own,
// MissingSpec), not the one asked about (nor the topic the message ends
// on, "… 수는?", or the English word it ends on, "how good are its
// yields?", which it asks about without a question word), in a message
// that asks no date or figure and whose other words the report uses are
// all on the lines shown. What is asked about is no aside, however
// everyday the word.
func (e *Engine) aside(m message, s Slot, res []answer.Result) bool {
	if s.Asked || m.asksValue() || endsOnTopic(m.text, s.Text) || m.endsOnAsked(s) || s.Spec >= e.x.Params().MissingSpec {
		return false
	}
	if c, ok := m.ownNamed(s); !ok || !c.Listed {
		return false
	}
	if !slices.ContainsFunc(m.own, func(c question.Concept) bool { return c.DF > 0 && !c.Verbal && !e.talk(c) }) {
		return false
	}
	return len(e.unstated(m, nil, res, func(question.Concept) bool { return true })) == 0
}

// endsOnTopic tells whether msg ends on word as its topic, with the
// particle that marks it ("후속 과제 예산은?"): what the message asks about.
func endsOnTopic(msg, word string) bool {
	end := topicEnd(msg)
	return strings.HasSuffix(end, word+"은") || strings.HasSuffix(end, word+"는")
}

// endsOnAsked tells whether English slot s is what message m asks about
// though no question word takes it: the word the message ends on, where
// no word of it is asked outright ("what incentives … in the same
// context?" asks incentives).
func (m message) endsOnAsked(s Slot) bool {
	return !slices.ContainsFunc(m.slots, func(o Slot) bool { return o.Asked }) && endsOnEnglish(m.text, s.Text)
}

// endsOnEnglish tells whether msg ends on the English word as its last
// word ("How good are TSMC's 2nm yields?"): an English question puts what
// it asks about last, after the verb it inverts.
func endsOnEnglish(msg, word string) bool {
	end := strings.TrimRightFunc(topicEnd(msg), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if analysis.HasHangul(word) || !strings.HasSuffix(strings.ToLower(end), strings.ToLower(word)) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(end[:len(end)-len(word)])
	return len(end) == len(word) || !unicode.IsLetter(before) && !unicode.IsDigit(before)
}

// topicEnd is msg without the question marks and spaces it ends on, where
// endsOnTopic looks for the topic.
func topicEnd(msg string) string { return strings.TrimRight(strings.TrimSpace(msg), "?？ ") }

// nearThread is a declined reply hedged instead, where the passages
// closest to the message stand in a section an answer of the thread
// showed: the asker has read that part of the report and asks on in it,
// so its passages are more likely the answer in other words than a
// subject the report lacks. The hedge names only words the asker typed.
// The hedged turn is the thread's latest answer, as any hedge is: a
// follow-up asking its source asks the source of what it showed.
//
// Where those passages lack no word the asker typed, only words the
// thread carried into the reading, nothing the asker asked is missing
// there: the decline was the bot's reading failing, not the report. The
// reply is then the message read alone where that answers, else those
// passages as an answer (a hedge would name words the asker never asked,
// as a follow-up's answered hedge does not).
func (e *Engine) nearThread(ctx context.Context, r Reply, st State, asked question.Asked, m message, n int) Reply {
	prev := st.lastAnswered()
	near, ok := e.ask.Near(r.Answer)
	if !ok || !prev.Answered || r.Answer.AskWhat || !inShownSection(near.Results, prev) {
		return r
	}
	if near.Missing = typedOnly(asked.Text(), near.Missing); len(near.Missing) == 0 {
		if !r.FollowUp {
			// read as typed, nothing was carried: the words it lacks are
			// the asker's in another form (a translation, a stem)
			return r
		}
		p, err := e.plain(ctx, asked, m, n)
		if err == nil && p.Answer.Answered {
			return p
		}
		if err != nil || e.lacksOwn(p, asked, m) {
			return r
		}
		near = near.Unhedged()
	}
	// The declined turn showed no result; the reply shows its own, and a
	// "more" after it goes on past them.
	r.Answer = near
	r.Turn = e.turn(r.Turn.Question, r.Turn.Asked, r.Turn.Kind, r.Answer, r.Turn.Slots, len(near.Results))
	return r
}

// lacksOwn tells whether p, message m read alone and declined (the caller
// has returned an answered p), is declined on a word the asker typed while
// m names a topic of its own: what the report lacks is the asker's own
// topic, whatever the thread's words find.
func (e *Engine) lacksOwn(p Reply, asked question.Asked, m message) bool {
	if len(topicOf(m.content())) == 0 {
		return false
	}
	near, ok := e.ask.Near(p.Answer)
	return ok && len(typedOnly(asked.Text(), near.Missing)) > 0
}

// inShownSection tells whether one of the first answer.Shown results
// stands in a section whose passage t showed.
func inShownSection(res []answer.Result, t Turn) bool {
	for _, x := range res[:min(len(res), answer.Shown)] {
		if slices.ContainsFunc(t.Evidence, func(ev Evidence) bool { return ev.Section == x.Section }) {
			return true
		}
	}
	return false
}

// gluedWord tells whether s is a word of Korean at large (the general list
// holds it, Concept.Listed) that the analyser cut from inside a run the
// message typed without spaces, in a message that asks whether the report
// gives something ("…불량률수치도나와?"): what such a message asks for is
// the thing its words name, and a listed word ran into the next is one of
// them, as it would be typed apart. Elsewhere a piece cut from inside a
// typed word may be the ending a cut leaves behind ("…드립니다" gives 니다),
// which the general list has no word for. typed is the message's words
// (words of m.text), which the caller has already split.
func (e *Engine) gluedWord(m message, s Slot, typed []string) bool {
	if !m.query.Whether || !analysis.HasHangul(s.Text) {
		return false
	}
	if c, ok := m.ownNamed(s); !ok || !c.Listed {
		return false
	}
	return slices.ContainsFunc(typed, func(w string) bool {
		return strings.Index(w, strings.ToLower(s.Text)) > 0
	})
}
