package search

import (
	"cmp"
	"context"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/question"
)

// Candidate is a passage after re-ranking.
type Candidate struct {
	ID int
	// Score orders candidates: BM25 scaled by coverage.
	Score float64
	// Cover is the share of the question's weight the passage holds, after
	// the penalties for what it lacks; it decides whether to answer.
	Cover float64
	// Topical is Cover with a follow-up's carried words held where the
	// passage goes on with the passages just shown (leaning's credit,
	// CarriedTopic): what it holds of the question as the conversation
	// reads it. It is Cover for a question of its own.
	Topical float64
	// answers is whether the candidate is among those that cover enough
	// to answer, which Rank puts first: Cover at MinCoverage, or for a
	// passage where the shown topic goes on (goesOn), Topical.
	answers bool
	// defines is set for a passage with a line that says what an asked
	// term means, for a question asking what it means.
	defines bool
}

// Defines tells whether the candidate has a line that says what the term
// a question for a meaning asks means: Rank puts such passages first
// among those that answer.
func (c Candidate) Defines() bool { return c.defines }

// ranking holds the steps of Rank.
type ranking struct{ *Index }

// Rank re-scores bleve's BM25 candidates by how much of the question each
// covers: BM25 finds passages that share rare words; coverage prefers the one
// that has all that was asked, and gives the decline decision its measure.
// Passages the report repeats are returned once.
func (x *Index) Rank(ctx context.Context, q question.Query) ([]Candidate, error) {
	hits, err := ranking{x}.search(ctx, q.Concepts, x.p.Candidates)
	if err != nil {
		return nil, err
	}
	m := x.matcher(q.Concepts)
	var termOf []int   // for a question asking a meaning, the term each concept is of (see terms)
	found := len(hits) // the hits BM25 found; withDefining's, after them, are known to define
	if q.Define {
		termOf = terms(q)
		hits = ranking{x}.withDefining(m, termOf, hits)
	}
	total := q.Weight()
	asked := map[string]bool{}   // countries the question names
	askedCo := map[string]bool{} // companies the question names
	for _, c := range q.Concepts {
		for _, t := range c.Terms {
			if name, ok := x.ents.countryOf[t]; ok {
				asked[name] = true
			}
			if name, ok := x.ents.companyOf[t]; ok {
				askedCo[name] = true
			}
		}
	}
	maxBM := 0.0
	for _, h := range hits {
		maxBM = math.Max(maxBM, h.score)
	}
	ranked := make([]Candidate, 0, len(hits))
	// The passages just shown come of a stored state, which may come from
	// an index built of another document: those this one lacks are left
	// out, for every step below that reads them.
	q.Near = slices.DeleteFunc(slices.Clone(q.Near), func(id int) bool { return id < 0 || id >= len(x.info) })
	near := ranking{x}.feedback(q.Near)
	feedback := x.p.FeedbackWeight
	if q.NearAlone {
		feedback = x.p.AloneFeedback
	}
	parts := ranking{x}.partsNamed(q, m)
	own := make([]float64, len(q.Concepts)) // heldBy's, for every candidate
	inPart, partAnswers := ranking{x}.partHits(q, m, hits, parts, total, own)
	lean := ranking{x}.leaning(q)
	next := ranking{x}.nextTo(near, lean)
	// What parallel and itemNamed read of the passages just shown, read
	// only where some were and a question may use it: parallel's where it
	// names a country or company, itemNamed's where it is a follow-up
	// naming another item of the same list (Query.Leans). Else no passage
	// is parallel or the item named, and the nil sets read as empty.
	names := len(q.Near) > 0 && (len(asked) > 0 || len(askedCo) > 0)
	leans := len(q.Near) > 0 && q.Leans()
	var shownLabels, shownSubjects, nearSections map[string]bool
	if names || leans {
		shownLabels = ranking{x}.topicLabels(q.Near)
	}
	if names {
		shownSubjects = ranking{x}.subjects(q.Near)
	}
	if leans {
		nearSections = map[string]bool{}
		for _, id := range q.Near {
			nearSections[x.doc.Passages[id].Section] = true
		}
	}
	isAsked := func(name string) bool { return asked[name] }
	isAskedCo := func(name string) bool { return askedCo[name] }
	// Whether each candidate is filed under another country than those
	// asked and sites none of them, read once: threadCountries and the
	// scaling below both weigh it.
	var away []bool
	var thread map[string]bool
	if len(asked) > 0 {
		away = make([]bool, len(hits))
		for i, h := range hits {
			away[i] = x.Passages().filedAway(h.id, x.doc.Passages[h.id].Country, isAsked)
		}
		thread = ranking{x}.threadCountries(q, hits, away, isAsked)
	}
	for i, h := range hits {
		info := x.info[h.id]
		p := x.doc.Passages[h.id]
		// How far the candidate goes on with the passages just shown,
		// read once: the feedback and the leaning both weigh it.
		onTopic := near.overlap(h.id)
		cover, order, topical := ranking{x}.heldLean(q, m, h.id, total, own, lean, onTopic)
		scale := func(f float64) { cover, order, topical = cover*f, order*f, topical*f }
		// A passage the report files under another country is about that
		// country, even where it mentions the one asked about in passing,
		// but not where a line of it is labelled with a site of the one
		// asked (Passages.sitedBy), nor where the thread is on its country
		// and it names the one asked (threadCountries).
		if len(asked) > 0 && away[i] && !(thread[p.Country] && x.Passages().names(h.id, isAsked)) {
			scale(x.p.OtherCountry)
		}
		// Likewise a company's profile, for a question about other companies.
		if len(askedCo) > 0 && x.Passages().filedAway(h.id, x.Passages().Profile(h.id), isAskedCo) {
			scale(x.p.OtherCompany)
		}
		// A passage outside the part of the report the question names
		// (its English summary, an appendix) is not where the asker said
		// to look, where a passage of that part answers.
		if partAnswers && !inPart[i] {
			scale(x.p.OtherPart)
		}
		typed, goesOn := ranking{x}.goesOn(q, next, h.id, lean, own)
		answers := cover >= x.p.MinCoverage
		if goesOn {
			answers = topical >= x.p.MinCoverage
		}
		s := ranking{x}.blend(h.score/maxBM, order, answers)
		switch {
		case p.Kind == corpus.KindCaption && len(info.lines) <= 2:
			s *= x.p.BareCaption // a bare caption says only that a figure exists
		case p.Kind == corpus.KindRef && !q.WantsSource:
			s *= x.p.Reference // a reference entry answers a request for a source, not for a fact
		}
		defining := q.Define && (i >= found || (ranking{x}).defines(m, termOf, h.id))
		if defining {
			s *= 1 + x.p.DefineBonus
			// The line that says what an asked term means answers a
			// question for its meaning, whatever else the asker typed
			// about how to ask (how exactly, by whose standard): such
			// words, rarer in the report, must not put first a passage
			// that merely shares them.
			answers = true
		}
		s *= 1 + feedback*onTopic
		if (ranking{x}).parallel(h.id, asked, askedCo, shownSubjects, shownLabels) || (ranking{x}).itemNamed(h.id, q, nearSections, shownLabels) {
			s *= 1 + x.p.Parallel
		}
		if goesOn {
			s *= 1 + x.p.NextWeight*typed
		}
		ranked = append(ranked, Candidate{ID: h.id, Score: s, Cover: cover, Topical: topical, answers: answers, defines: defining})
	}
	// Passages that cover enough of the question to answer it come before
	// those that do not, however short (and so well scored by BM25) the
	// latter are: a reference entry that shares the title of a policy must
	// not hide the paragraph about it. A follow-up's passage where the shown
	// topic goes on covers enough as the conversation reads it (answers).
	sort.SliceStable(ranked, func(i, j int) bool {
		ai, aj := ranked[i].answers, ranked[j].answers
		if ai != aj {
			return ai
		}
		if di, dj := ranked[i].defines, ranked[j].defines; di != dj {
			return di
		}
		if ranked[i].Score != ranked[j].Score {
			return ranked[i].Score > ranked[j].Score
		}
		// bleve returns equal scores in no fixed order; the same question
		// must get the same answer, and of two passages saying the same a
		// page range is the better citation.
		pi, pj := x.Passages().Pages(ranked[i].ID) != "", x.Passages().Pages(ranked[j].ID) != ""
		if pi != pj {
			return pi
		}
		return ranked[i].ID < ranked[j].ID
	})
	return ranking{x}.distinct(ranked), nil
}

// topicLabels are the topic labels of the lines of passages ids: every
// line's "(X)" label that names no country or company, as "(AI 인재
// 육성)" heads the same item in each country's paragraph.
func (x ranking) topicLabels(ids []int) map[string]bool {
	labels := map[string]bool{}
	for _, id := range ids {
		for _, l := range x.labels()[id] {
			if l.topic {
				labels[l.text] = true
			}
		}
	}
	return labels
}

// subjects are the countries and companies passages ids are filed under
// ("" for one filed under no one).
func (x ranking) subjects(ids []int) map[string]bool {
	names := map[string]bool{}
	for _, id := range ids {
		names[x.Passages().Subject(id)] = true
	}
	return names
}

// parallel tells whether passage id is the item of a newly named subject
// that matches the topic just shown: filed under a country or company the
// question names and the shown passages are not filed under, with a line
// labelled as a shown line is. The frame of a switch ("중국은?") is the
// last answer's topic asked of the new subject.
func (x ranking) parallel(id int, asked, askedCo, shown, labels map[string]bool) bool {
	// A passage filed under no one has the subject "", which no question
	// names; "" is no label (topicLabels).
	subj := x.Passages().Subject(id)
	if shown[subj] || !asked[subj] && !askedCo[subj] {
		return false
	}
	for _, l := range x.labels()[id] {
		if labels[l.text] {
			return true
		}
	}
	return false
}

// itemNamed tells whether passage id is the item a follow-up names in
// the list the last answer showed: a passage of the section of one shown
// whose topic label ("(AI 소프트웨어 분야 초격차 대응)"), not itself a
// shown one, holds a word the follow-up typed. The report heads the items
// of a list alike, and the label says which item the passage is; a
// passage elsewhere that mentions the word in passing is not the item. A
// word a shown label holds too still counts: asking as well that no shown
// label hold it lost the item asked where a shown item of another list
// had the word in its label.
func (x ranking) itemNamed(id int, q question.Query, sections, shown map[string]bool) bool {
	if !sections[x.doc.Passages[id].Section] {
		return false
	}
	for _, l := range x.labels()[id] {
		if !l.topic || shown[l.text] {
			continue
		}
		for _, c := range q.Concepts {
			if c.Carried || c.Entity {
				continue
			}
			if slices.ContainsFunc(c.Terms, func(t string) bool { return strings.Contains(l.low, t) }) {
				return true
			}
		}
	}
	return false
}

// filedAway tells whether passage id, filed under subj (its country, or
// the company whose profile it is in; "" for none), is about another than
// the names asked reports true for, and sites none of them (sitedBy, each
// line's label read once for all of them): whatever it says of them, it
// says in passing. Rank asks it for every name of a question at once,
// FiledElsewhere for one.
func (ps Passages) filedAway(id int, subj string, asked func(string) bool) bool {
	return filedUnder(subj, asked) && !ps.sitedBy(id, asked)
}

// threadCountries are the countries the passages just shown are filed
// under, for a message read as typed in a thread (Query.NearAlone) that
// names a country (asked): where the thread is on one country and the
// message names another, the other is often what the thread's passages
// say of it (American products a thread on one country's self-reliance
// says it replaces), and the thread's country stays the subject the
// message leaves unsaid. A passage of the thread's country
// that names the asked one is then not another country's (Rank). Where
// some candidate of the thread's country gives the asked one an item of
// its own (a line labelled with a site of it, sitedBy), the message asks
// that item, and the thread's other passages name the country in passing;
// then there are none. away tells of each hit whether it is filedAway
// from the names asked: a hit of a thread's country, filed under another
// than those asked, that is not away sites one of them.
func (x ranking) threadCountries(q question.Query, hits []hit, away []bool, asked func(string) bool) map[string]bool {
	if !q.NearAlone {
		return nil
	}
	var on map[string]bool
	for _, id := range q.Near {
		if c := x.doc.Passages[id].Country; filedUnder(c, asked) {
			if on == nil {
				on = map[string]bool{}
			}
			on[c] = true
		}
	}
	for i, h := range hits {
		if on[x.doc.Passages[h.id].Country] && !away[i] {
			return nil
		}
	}
	return on
}

// names tells whether the text of passage id names a country for which is
// reports true.
func (ps Passages) names(id int, is func(string) bool) bool {
	for name, n := range ps.x.doc.Entities.CountryMentions(ps.x.doc.Passages[id].Text) {
		if n > 0 && is(name) {
			return true
		}
	}
	return false
}

// filedUnder tells whether a passage filed under subj is filed under
// something other than what asked accepts.
func filedUnder(subj string, asked func(string) bool) bool {
	return subj != "" && !asked(subj)
}

// sitedBy tells whether a line of passage id opens with a label that names
// a country or company for which is reports true, and is no country's own
// label: a site or an institute given with its place ("(…, 독일 드레스덴)")
// among the items of another country's paragraph. Such a line describes a
// thing of the place it names, so the passage does not name it in passing,
// whatever it is filed under. A country's own label ("(중국)") is how the
// passage was filed instead (corpus.Passage.Country, read from the label
// and the text).
func (ps Passages) sitedBy(id int, is func(string) bool) bool {
	for _, l := range ps.x.labels()[id] {
		// a line with no label names no one, and a country's own label
		// files the passage rather than sites it (lineLabel.sites)
		if slices.ContainsFunc(l.sites, is) {
			return true
		}
	}
	return false
}

// partsNamed are the concepts of q that name a part of the report by a
// word of its section titles (the English summary as 영문요약): a part
// word no title holds ("chapter", "table") names no particular part. A
// part a follow-up carried is where the last question looked; the
// follow-up may ask on about what it says, which the body gives.
func (x ranking) partsNamed(q question.Query, m matcher) []int {
	var ks []int
	for k, c := range q.Concepts {
		if !c.Part || c.Carried {
			continue
		}
		if slices.ContainsFunc(x.titles(), func(ctx Terms) bool { return m.match(k, ctx) == 1 }) {
			ks = append(ks, k)
		}
	}
	return ks
}

// sectionTitles are the distinct term sets of the passages' section
// titles and country (Index.titles), in the order of the passages that
// first hold each; a passage under no title holds none.
func (x *Index) sectionTitles() []Terms {
	var out []Terms
	for _, in := range x.info {
		if in.ctx.Len() > 0 && !slices.ContainsFunc(out, in.ctx.equal) {
			out = append(out, in.ctx)
		}
	}
	return out
}

// partHits marks which of hits are in the part of the report that the
// concepts parts name, read once for Rank's every use, and tells whether
// one of those covers enough of q to answer it: the part the asker named,
// where it says nothing of what is asked, leaves the answer to the rest
// of the report. nil and false where parts is empty.
func (x ranking) partHits(q question.Query, m matcher, hits []hit, parts []int, total float64, own []float64) ([]bool, bool) {
	if len(parts) == 0 {
		return nil, false
	}
	in := make([]bool, len(hits))
	answers := false
	for i, h := range hits {
		in[i] = x.inPart(m, parts, h.id)
		answers = answers || in[i] && x.heldBy(q, m, h.id, total, own) >= x.p.MinCoverage
	}
	return in, answers
}

// inPart tells whether passage id's section titles hold one of the part
// concepts ks.
func (x ranking) inPart(m matcher, ks []int, id int) bool {
	return slices.ContainsFunc(ks, func(k int) bool { return m.match(k, x.info[id].ctx) == 1 })
}

// termWeights are what relevance feedback weighs terms and passages by.
type termWeights struct {
	idf     []float64 // by term number
	passage []float64 // each passage's terms' total idf, by passage
}

// termWeights weighs each term of the report by its inverse document
// frequency, and each passage by its terms'.
func (x *Index) termWeights() termWeights {
	n := x.vocab.words.Len()
	w := termWeights{idf: make([]float64, n), passage: make([]float64, len(x.info))}
	for id := range n {
		w.idf[id] = math.Log(x.n / float64(max(x.vocab.df(uint32(id), true), 1)))
	}
	for id, in := range x.info {
		for _, t := range in.terms.ids {
			w.passage[id] += w.idf[t]
		}
	}
	return w
}

// shownTerms are the passages a conversation just showed, for relevance
// feedback: a follow-up asks further of what they say.
type shownTerms struct {
	ids []int
	x   *Index
	w   termWeights
}

// feedback reads the passages ids, all of the index (Rank leaves out
// the others), for overlap; none gives a zero value, whose overlap is 0. Rank's feedback and leaning's carried topic both
// read it, each by its own parameter (FeedbackWeight, CarriedTopic).
func (x ranking) feedback(ids []int) shownTerms {
	if len(ids) == 0 {
		return shownTerms{}
	}
	return shownTerms{ids: ids, x: x.Index, w: x.weights()}
}

// overlap is how much of a shown passage's subject passage id holds: the
// inverse-document-frequency weight of the terms they share over the sum
// of both passages' weights (half Dice's measure: 1/2 for the passage
// itself), the best over the passages shown. A common frame word weighs
// little, the shown topic's rare names and terms much.
func (st shownTerms) overlap(id int) float64 {
	var best float64
	for _, s := range st.ids {
		var shared float64
		for t := range common(st.x.info[id].terms.ids, st.x.info[s].terms.ids) {
			shared += st.w.idf[t]
		}
		if d := st.w.passage[id] + st.w.passage[s]; d > 0 {
			best = max(best, shared/d)
		}
	}
	return best
}

// nextTo marks, by passage number, where a follow-up's answer may go on
// from the passages just shown: each of them, the passage right before it
// in its section, and those after it up to where the section opens its
// next item (at least the one right after). A follow-up asks further of
// the thing shown, and the report says more of a thing in the passages
// that follow it, which need not name it again: the carried words that
// name it are held there as the shown topic goes on (leaning). The report
// marks where it turns to another thing by a labelled line opening a
// passage ("(X) …", opensItem); the passages between go on with the item.
// It is nil when q does not lean (no carried words, or no typed ones), or
// nothing was shown.
// (On the conversations never fitted, the item's passages past the next
// one: follow-up hit@3 2,367 → 2,370, hit@1 +5, flags and hedges held;
// de-spaced hit@3 1,226 → 1,230, flags 365 → 364.)
func (x ranking) nextTo(st shownTerms, lean leaning) []bool {
	if lean.weight == nil || len(st.ids) == 0 {
		return nil
	}
	ps := x.doc.Passages
	next := make([]bool, len(ps))
	in := func(n, id int) bool { return n >= 0 && n < len(ps) && ps[n].Section == ps[id].Section }
	for _, id := range st.ids {
		next[id] = true
		if in(id-1, id) {
			next[id-1] = true
		}
		for n := id + 1; in(n, id) && (n == id+1 || !x.opensItem(n-1) && !x.opensItem(n)); n++ {
			next[n] = true
		}
	}
	return next
}

// opensItem tells whether passage id opens with a labelled line ("(X) …"),
// where its section turns to another item: the labels read once for the
// index (labelled), not read again on every follow-up.
func (x ranking) opensItem(id int) bool { return x.labelled(id, 0) }

// goesOn tells whether passage id is one where the shown topic goes on
// (next, nextTo's) that holds at least NextTyped of the weight of the
// words the asker typed, and typed is that share (typedHeld), 0 where
// next does not mark id. own is heldBy's for id.
func (x ranking) goesOn(q question.Query, next []bool, id int, lean leaning, own []float64) (typed float64, ok bool) {
	if next == nil || !next[id] {
		return 0, false
	}
	typed = lean.typedHeld(q, own)
	return typed, typed >= x.p.NextTyped
}

// blend is a candidate's score from its BM25 (scaled to the best hit) and
// its coverage. BM25 favours a short passage that repeats a rare word of the
// question, or a heading, caption or summary line that restates its words,
// over the longer one that holds the whole question; among the passages that
// cover enough to answer, coverage weighs more (AnswerCoveragePower), so the
// first result, which the one-line answer and the follow-ups build on, is the
// one that holds most of what was asked. Below MinCoverage BM25 keeps its
// say: those passages only show where else the words are.
func (x ranking) blend(bm, cover float64, answers bool) float64 {
	power := 2.0
	if answers {
		power = x.p.AnswerCoveragePower
	}
	return bm * math.Pow(x.p.CoverageFloor+cover, power)
}

// distinct shows text the report repeats once: a summary passage stands for
// the body passage that holds its lines (which has pages), at the better of
// the two places.
func (x ranking) distinct(ranked []Candidate) []Candidate {
	// A set of passage numbers, not a map: this runs for every report a
	// question is put to.
	seen := make([]uint64, (len(x.doc.Passages)+63)/64)
	out := ranked[:0]
	for _, r := range ranked {
		if d := x.doc.Passages[r.ID].Duplicate; d >= 0 {
			r.ID = d
		}
		if w, bit := r.ID/64, uint64(1)<<(r.ID%64); seen[w]&bit == 0 {
			seen[w] |= bit
			out = append(out, r)
		}
	}
	return out
}

// held is the coverage of passage id, less MissingMust for each constraint
// it lacks.
func (x ranking) held(q question.Query, id int, total float64) float64 {
	return x.heldBy(q, x.matcher(q.Concepts), id, total, make([]float64, len(q.Concepts)))
}

// leaning orders a follow-up's candidates by what its asker typed rather
// than by what its rewrite carried from earlier turns (Concept.Carried).
// The carried words say what the message is about, and the passages just
// shown establish that: a candidate going on with their topic (its overlap
// with them, times CarriedTopic) is credited with a carried word its text
// does not repeat, and one off that topic gains nothing. Together the
// carried words weigh at most CarriedShare of the typed words, so that the
// ask picks among the passages. Whether to answer still reads the coverage
// itself.
type leaning struct {
	weight []float64 // each concept's weight in the ordering; nil: no leaning
	total  float64
	typed  float64   // the typed concepts' weight
	held   []float64 // each concept's credit in the candidate at hand
	// named is the candidate's own match with the names it is about held
	// (heldLean's, where it is about one: aboutNamed)
	named []float64
}

// leaning weighs q's concepts for ordering its candidates.
func (x ranking) leaning(q question.Query) leaning {
	if !q.Leans() {
		return leaning{}
	}
	var typed, carried float64
	for _, c := range q.Concepts {
		if c.Carried {
			carried += c.Weight
		} else {
			typed += c.Weight
		}
	}
	if carried == 0 {
		return leaning{} // the carried words weigh nothing to lean from
	}
	scale := min(1, x.p.CarriedShare*typed/carried)
	n := len(q.Concepts)
	scratch := make([]float64, n+n) // held and named share one array
	l := leaning{weight: make([]float64, n), held: scratch[:n:n], named: scratch[n:], typed: typed}
	for k, c := range q.Concepts {
		l.weight[k] = c.Weight
		if c.Carried {
			l.weight[k] *= scale
		}
		l.total += l.weight[k]
	}
	return l
}

// typedHeld is the share of the weight of q's typed concepts (those not
// carried) that a candidate's own text holds, own[k] being concept k's
// match in it (heldBy's); 0 without leaning.
func (l leaning) typedHeld(q question.Query, own []float64) float64 {
	if l.weight == nil || l.typed == 0 {
		return 0
	}
	var held float64
	for k, c := range q.Concepts {
		if !c.Carried {
			held += c.Weight * own[k]
		}
	}
	return held / l.typed
}

// heldLean is heldBy, and beside it the coverage that orders the
// candidates and the coverage with the carried words credited at their
// own weights (Candidate.Topical), both the same as heldBy's without
// leaning; onTopic is the candidate's overlap with the passages just
// shown (shownTerms.overlap).
func (x ranking) heldLean(q question.Query, m matcher, id int, total float64, own []float64, lean leaning, onTopic float64) (cover, order, topical float64) {
	cover = x.heldBy(q, m, id, total, own)
	if lean.weight == nil {
		return cover, cover, cover
	}
	topic := min(1, x.p.CarriedTopic*onTopic)
	named, about := own, false // own, or lean.named where the passage is about a name
	for k, c := range q.Concepts {
		lean.held[k] = own[k]
		if c.Carried {
			lean.held[k] = max(own[k], topic)
		}
		if own[k] == 0 && x.aboutNamed(c, id) {
			if !about {
				named, about = lean.named, true
				copy(named, own)
			}
			named[k], lean.held[k] = 1, 1
		}
	}
	in := &x.info[id]
	order = x.lacking(q, m, in, named, x.weighed(q, m, in, lean.held, lean.weight, lean.total))
	topical = x.lacking(q, m, in, lean.held, x.weighed(q, m, in, lean.held, nil, total))
	return cover, order, topical
}

// aboutNamed tells whether c names a covered country or company that
// passage id is about (Passages.About), where its text may hold none of
// the terms the index requires of it: a passage filed under the name (its
// country's paragraph, its company's profile) or naming it in a form that
// is no such term (the report writes its own country as 국내, 우리 정부,
// 우리 산업). A follow-up's candidates are ordered as holding the name there,
// for the thread's ask of that country goes on in such a passage; whether
// to answer still reads the terms (cover; a passage going on from a shown
// one reads topical, as it does for the carried words), so a question
// about the country is not answered surely on a passing mention.
// (On the conversations never fitted, follow-up hit@3 2,243 → 2,249,
// hit@1 +2, flags and questions unchanged; de-spaced follow-ups +4.)
func (x ranking) aboutNamed(c question.Concept, id int) bool {
	if !c.Must || !c.Entity {
		return false
	}
	name, ok := x.EntityOf(c)
	return ok && x.Passages().About(id, name)
}

// heldBy is held with q's matcher, which Rank makes once for all its
// candidates, and own, a slice of one number a concept that it fills
// (Rank's, kept from candidate to candidate).
func (x ranking) heldBy(q question.Query, m matcher, id int, total float64, own []float64) float64 {
	in := &x.info[id]
	// Each concept's match in the passage's own text, found once for the
	// coverage and for the constraints: Rank asks this of every candidate.
	for k := range q.Concepts {
		own[k] = m.match(k, in.terms)
	}
	return x.lacking(q, m, in, own, x.coverage(q, m, in, own, total))
}

// lacking is cover less MissingMust for each constraint passage in lacks,
// own[k] being concept k's match in its text.
func (x ranking) lacking(q question.Query, m matcher, in *passageInfo, own []float64, cover float64) float64 {
	for k, c := range q.Concepts {
		if c.Must && own[k] == 0 && (!q.WantsSource || m.match(k, in.notes) == 0) {
			cover *= x.p.MissingMust
		}
	}
	return cover
}

// HeldTogether is the coverage of the passages ids taken together: the
// share of the question's weight whose words one of them holds, less
// MissingMust for each constraint none of them holds, as held gives it for
// one passage. Only a whole word counts: parts of a compound or bigrams of
// a word, found in one passage and another, are no sign that the report
// speaks of the word, where within one passage they may be its spelling.
func (x *Index) HeldTogether(q question.Query, ids []int) float64 {
	total := q.Weight()
	if total == 0 || len(ids) == 0 {
		return 0
	}
	m := x.matcher(q.Concepts)
	notes := x.noteWeight(q)
	var got float64
	lacking := 0 // constraints none of them holds
	for k, c := range q.Concepts {
		own, inNote := false, false
		for _, id := range ids {
			in := &x.info[id]
			own = own || m.match(k, in.terms) == 1
			inNote = inNote || m.match(k, in.notes) == 1
		}
		switch {
		case own:
			got += c.Weight
		case inNote:
			got += notes * c.Weight
		}
		if c.Must && !own && (!q.WantsSource || !inNote) {
			lacking++
		}
	}
	return math.Pow(x.p.MissingMust, float64(lacking)) * got / total
}

// noteWeight is what a word of q found only in a footnote a passage or
// line cites counts for: NoteShare, or in full when q asks for sources.
func (x *Index) noteWeight(q question.Query) float64 {
	if q.WantsSource {
		return 1
	}
	return x.p.NoteShare
}

// coverage is the share of the question's weight that passage in holds,
// own[k] being concept k's match in its text. A word found only in a
// footnote it cites counts NoteShare, unless the question asks for
// sources.
func (x ranking) coverage(q question.Query, m matcher, in *passageInfo, own []float64, total float64) float64 {
	return x.weighed(q, m, in, own, nil, total)
}

// weighed is coverage with concept k weighing weight[k] (its own Weight
// when weight is nil) out of total.
func (x ranking) weighed(q question.Query, m matcher, in *passageInfo, own, weight []float64, total float64) float64 {
	if total == 0 {
		return 0
	}
	noteWeight := x.noteWeight(q)
	got := 0.0
	for k, c := range q.Concepts {
		w := c.Weight
		if weight != nil {
			w = weight[k]
		}
		got += w * math.Max(own[k], noteWeight*m.match(k, in.notes))
	}
	return got / total
}

// Match is 1 when a whole-word term of c is among terms, less for a partial
// match (some parts of a compound, most of its bigrams), else 0.
func (x *Index) Match(c question.Concept, terms Terms) float64 {
	for _, t := range c.Terms {
		if terms.Has(t) {
			return 1
		}
	}
	if len(c.Parts) > 0 && !c.Strict {
		hit := 0
		for _, p := range c.Parts {
			if terms.Has(p) {
				hit++
			}
		}
		switch {
		case hit == len(c.Parts) && hit >= 2:
			return x.p.AllParts
		case hit > 0:
			return x.p.SomeParts
		}
	}
	if len(c.Grams) >= 2 {
		hit := 0
		for _, g := range c.Grams {
			if terms.Has(g) {
				hit++
			}
		}
		if hit*2 >= len(c.Grams)+1 {
			return x.p.Bigrams
		}
	}
	return 0
}

// Matches tells whether passage id holds concept c in its own text.
func (p Passages) Matches(c question.Concept, id int) bool {
	x := p.x
	return x.Match(c, x.info[id].terms) > 0
}

// MatchesNotes tells whether passage id or a footnote it cites holds c.
func (p Passages) MatchesNotes(c question.Concept, id int) bool {
	x := p.x
	return x.Match(c, x.info[id].terms) > 0 || x.Match(c, x.info[id].notes) > 0
}

// Holds tells whether terms state c: for a constraint (a name, a code, a
// year) the whole of it, since most of the bigrams of 국가반도체기술센터
// are in any line about 국가 반도체 기술; for another word any match.
func (x *Index) Holds(c question.Concept, terms Terms) bool {
	m := x.Match(c, terms)
	if c.Must {
		return m >= x.p.AllParts
	}
	return m > 0
}

// States tells whether passage id or a footnote it cites holds c, as Holds
// does.
func (p Passages) States(c question.Concept, id int) bool {
	in := p.x.info[id]
	if p.x.Holds(c, in.notes) {
		return true
	}
	if !p.x.Holds(c, in.terms) {
		return false
	}
	// A passage that names c only to leave it out does not state it.
	if !p.x.leftOut(c, in.excluded) || p.x.Holds(c, in.ctx) {
		return true
	}
	for _, ln := range in.lines {
		if p.LineStates(c, ln) {
			return true
		}
	}
	return false
}

// LineStates tells whether a line holds c other than to leave it out.
func (p Passages) LineStates(c question.Concept, ln Line) bool {
	return p.x.Holds(c, ln.Terms) && !p.x.excludes(ln, c)
}

// LeavesOut tells whether a line of passage id names c only to leave it
// out: the passage's figures are not c's.
func (p Passages) LeavesOut(c question.Concept, id int) bool {
	return p.x.leftOut(c, p.x.info[id].excluded)
}

// excludes tells whether a line names c itself only to leave it out. A word
// that merely holds what is left out agrees with the line rather than
// being excluded by it: "비국방" where the line leaves out 국방.
func (x *Index) excludes(ln Line, c question.Concept) bool { return x.leftOut(c, ln.Excluded) }

// leftOut tells whether c itself is among the terms a line or passage
// leaves out.
func (x *Index) leftOut(c question.Concept, excluded Terms) bool {
	return excluded.Len() > 0 && !c.Negated && x.Match(c, excluded) == 1
}

type hit struct {
	id    int
	score float64
}

func (x ranking) search(ctx context.Context, cs []question.Concept, k int) ([]hit, error) {
	q := x.first(x.leaves(cs), len(cs))
	if q == nil {
		return nil, nil // no leaf finds a passage
	}
	return x.collect(ctx, q, k)
}

// leaves are the term queries of the first stage, for each concept its
// terms in the passages' words, their context and the footnotes they
// cite, the parts of a compound, and, for a word the report does not use,
// its bigrams.
func (x ranking) leaves(cs []question.Concept) []leaf {
	// A word most passages hold finds nearly every passage and moves BM25
	// little; it is left to the re-ranking, which still counts it, unless
	// the question has no rarer word the report uses (a word it never uses
	// is rarer still, but finds nothing).
	rare := false
	for _, c := range cs {
		rare = rare || c.DF > 0 && float64(c.DF) <= x.p.SearchCommonShare*x.n
	}
	n := 0
	for _, c := range cs {
		n += 3*len(c.Terms) + len(c.Parts) + len(c.Grams)
	}
	held := x.fieldTerms()
	leaves := make([]leaf, 0, n)
	for i, c := range cs {
		if rare && float64(c.DF) > x.p.SearchCommonShare*x.n {
			continue
		}
		for j, t := range c.Terms {
			// A word the headings over-count is searched as rare as it
			// is in what the report prints (Spread).
			boost := c.Weight * max(c.Spread, 1)
			if j > 0 {
				boost *= x.p.AltBoost
			}
			id, known := x.vocab.lookup(t)
			cost := x.vocab.df(id, known)
			leaves = append(leaves,
				leaf{i, fieldWords, t, id, known, boost, cost, !held.holds(heldWords, id, known)},
				leaf{i, fieldCtx, t, id, known, boost * x.p.ContextBoost, cost, !held.holds(heldCtx, id, known)},
				leaf{i, fieldNotes, t, id, known, boost * x.p.NotesBoost, cost, !held.holds(heldNotes, id, known)})
		}
		for _, p := range c.Parts {
			id, known := x.vocab.lookup(p)
			leaves = append(leaves, leaf{i, fieldWords, p, id, known, c.Weight * x.p.PartsBoost / float64(len(c.Parts)), x.vocab.df(id, known), !held.holds(heldWords, id, known)})
		}
		// Bigrams find a word the report spells otherwise; a word it uses
		// is found whole, and its bigrams would only lengthen the search.
		if c.DF == 0 || !x.p.GramsOnlyUnknown {
			for _, g := range c.Grams {
				// The grams field holds exactly the bigrams GramDF counts.
				id, known := x.vocab.lookup(g)
				df := x.vocab.gramCount(id, known)
				leaves = append(leaves, leaf{i, fieldGrams, g, id, known, c.Weight * x.p.GramsBoost / float64(len(c.Grams)), df, df == 0})
			}
		}
	}
	return leaves
}

// leaf is one term query of the first stage, with what it costs: the
// postings bleve reads for it.
type leaf struct {
	concept     int
	field, term string
	// id is the term's number in the vocab, where known says it has one:
	// looked up once, for its cost and for the stored postings it reads.
	id    uint32
	known bool
	boost float64
	cost  int
	// empty is set when the field holds no such term: the leaf finds
	// nothing, and is searched as an absentTerm, which bleve answers
	// without looking the term up.
	empty bool
}

// first is the first stage's query: the leaves, rarest first, while the
// postings they read stay within SearchPostings (the rarest always). The
// cost of a question then follows what it asks, not how large the report
// is: in a large corpus a common word's postings would dominate the search
// while adding least to BM25, and the re-ranking still counts every word
// of the question on the candidates found. It is nil when no leaf kept
// finds anything: the search would find no passage. A leaf that finds
// something is a storedTerm, which reads the index's stored postings; one
// that finds nothing an absentTerm.
func (x ranking) first(leaves []leaf, concepts int) query.Query {
	order := make([]int, len(leaves))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(leaves[a].cost, leaves[b].cost) })
	keep := make([]bool, len(leaves))
	spent, kept := 0, 0
	for n, i := range order {
		if n > 0 && spent+leaves[i].cost > x.p.SearchPostings {
			break
		}
		spent += leaves[i].cost
		keep[i] = true
		kept++
	}
	// The query's parts are made in a few arrays, not one at a time: this
	// runs for every report a question is put to, some thirty leaves a
	// question. leaves lists the concepts' leaves concept after concept, so
	// each concept's alternatives are a piece of one slice.
	terms := make([]storedTerm, 0, kept)
	absents := make([]absentTerm, 0, kept)
	alts := make([]query.Query, 0, kept)
	ors := make([]query.Query, 0, concepts)
	disjuncts := make([]query.DisjunctionQuery, 0, concepts)
	found := false
	from := 0 // where the current concept's alternatives start in alts
	for i, l := range leaves {
		if i > 0 && l.concept != leaves[i-1].concept {
			ors, disjuncts = orOf(ors, disjuncts, alts[from:len(alts):len(alts)])
			from = len(alts)
		}
		if !keep[i] {
			continue
		}
		boost := math.Max(l.boost, minBoost)
		if l.empty {
			absents = append(absents, absentTerm{field: l.field, term: l.term, boost: boost})
			alts = append(alts, &absents[len(absents)-1])
			continue
		}
		terms = append(terms, storedTerm{store: x.postings, field: l.field, term: l.term, id: l.id, known: l.known, boost: boost})
		alts = append(alts, &terms[len(terms)-1])
		found = true
	}
	if !found {
		return nil
	}
	ors, _ = orOf(ors, disjuncts, alts[from:len(alts):len(alts)])
	return bleve.NewDisjunctionQuery(ors...)
}

// orOf appends to ors the disjunction of alts, made in disjuncts (whose
// capacity it never outgrows: one a concept), unless alts is empty.
func orOf(ors []query.Query, disjuncts []query.DisjunctionQuery, alts []query.Query) ([]query.Query, []query.DisjunctionQuery) {
	if len(alts) == 0 {
		return ors, disjuncts
	}
	disjuncts = append(disjuncts, query.DisjunctionQuery{Disjuncts: alts})
	return append(ors, &disjuncts[len(disjuncts)-1]), disjuncts
}

// minBoost keeps a term in the query when its weight rounds to nothing.
const minBoost = 0.01

// SharesTopic tells whether a passage holds something of what is asked
// beyond the names of countries and companies: a question about France's
// capital shares only "France" with the report's French AI strategy, and
// that is not an answer. A code the passage shares ("IMEC", "SaaS") is
// specific enough on its own; a year or a figure is not.
func (x *Index) SharesTopic(q question.Query, id int) bool {
	topical := 0
	for _, c := range q.Concepts {
		if c.Number {
			continue // a year or a figure is shared by passages on anything
		}
		matched := x.Passages().Matches(c, id)
		switch {
		case c.Must && !c.Entity:
			if matched {
				return true
			}
		case !c.Must:
			topical++
			if matched {
				return true
			}
		}
	}
	return topical == 0
}

// SectionRef names a section for a "see also" suggestion.
type SectionRef struct {
	ID    string
	Title string
	Pages string
}

// Section names section id.
func (x *Index) Section(id string) SectionRef {
	s, _ := x.doc.Section(id)
	return SectionRef{ID: s.ID, Title: s.Title, Pages: s.Pages()}
}

// Suggest names sections for a declined question: those of the best
// candidates when they share something real with it (SuggestShare of the
// coverage floor), otherwise the chapters.
func (x *Index) Suggest(ranked []Candidate, floor float64) []SectionRef {
	var out []SectionRef
	seen := map[string]bool{}
	for i := 0; i < len(ranked) && i < x.p.SuggestFrom; i++ {
		if ranked[i].Cover < floor*x.p.SuggestShare {
			continue
		}
		sec := x.doc.Passages[ranked[i].ID].Section
		if sec == "front" || seen[sec] {
			continue
		}
		seen[sec] = true
		out = append(out, x.Section(sec))
		if len(out) == x.p.MaxSuggest {
			return out
		}
	}
	if len(out) == 0 {
		for _, s := range x.doc.Sections {
			if s.Level == 1 && s.ID != "front" && s.PageStart > 0 && s.ID != "refs" {
				out = append(out, x.Section(s.ID))
			}
		}
	}
	return out
}

// Pages is the page range to cite for passage id: a caption's own page, else
// its section's range.
func (ps Passages) Pages(id int) string {
	x := ps.x
	p := x.doc.Passages[id]
	if p.Page > 0 {
		return strconv.Itoa(p.Page)
	}
	s, _ := x.doc.Section(p.Section)
	return s.Pages()
}

// Tokens analyses text as questions are analysed, frame words included.
func (x *Index) Tokens(text string) []analysis.Token { return x.an.Tokens(text) }

// Pieces returns the words of text, a run typed without spaces with the
// words it is cut into (analysis.Analyzer.Pieces).
func (x *Index) Pieces(text string) []string { return x.an.Pieces(text) }

// EntityOf names the covered country or company a concept stands for.
func (x *Index) EntityOf(c question.Concept) (string, bool) {
	name, _, ok := x.entity(c)
	return name, ok
}

// IsCompany tells whether a concept stands for a covered company rather
// than a country.
func (x *Index) IsCompany(c question.Concept) bool {
	_, company, ok := x.entity(c)
	return ok && company
}

// entity is the covered country or company the first of c's terms that
// names one stands for, and whether it is a company.
func (x *Index) entity(c question.Concept) (name string, company, ok bool) {
	for _, t := range c.Terms {
		if n, ok := x.ents.countryOf[t]; ok {
			return n, false, true
		}
		if n, ok := x.ents.companyOf[t]; ok {
			return n, true, true
		}
	}
	return "", false, false
}

// About tells whether passage id is about a covered country or company: filed
// under it, its profile, or naming it in its text (read once for the index:
// Index.named).
func (ps Passages) About(id int, name string) bool {
	if ps.FiledUnder(id, name) {
		return true
	}
	_, named := slices.BinarySearch(ps.x.named()[id], name)
	return named
}

// FiledUnder tells whether passage id is filed under a country or company:
// its country's paragraph, or the company's profile. A figure on any of its
// lines is that country's or company's; one mention elsewhere in a passage
// does not make its figures the mentioned company's.
func (ps Passages) FiledUnder(id int, name string) bool {
	return ps.x.doc.Passages[id].Country == name || ps.Profile(id) == name
}

// Subject is the country or company passage id is filed under (its
// country's paragraph, the company's profile), or "": whatever figure it
// gives is that one's.
func (ps Passages) Subject(id int) string {
	return cmp.Or(ps.x.doc.Passages[id].Country, ps.Profile(id))
}

// Profile is the company whose profile passage id is in (2.2.1.가 …), or
// "".
func (ps Passages) Profile(id int) string {
	return ps.x.ents.profile[ps.x.doc.Passages[id].Section]
}

// FiledElsewhere tells whether passage id is filed under a country or
// company other than name and names it in no label of a line (sitedBy):
// whatever it says of name, it says in passing (filedAway).
func (ps Passages) FiledElsewhere(id int, name string) bool {
	// filedAway for the country and the profile at once, each line's
	// label read once for both (sitedBy)
	is := func(n string) bool { return n == name }
	return (filedUnder(ps.x.doc.Passages[id].Country, is) || filedUnder(ps.Profile(id), is)) && !ps.sitedBy(id, is)
}

// withDefining is hits and every passage not among them with a line that
// says what a term of the question means (defines), at no BM25 score: the
// term a question asks the meaning of is often the report's commonest
// word (its title's), which the first stage leaves to the re-ranking, so
// the line defining it would not be found by the question's other words.
func (x ranking) withDefining(m matcher, termOf []int, hits []hit) []hit {
	defs := x.definers()
	if len(defs) == 0 {
		return hits
	}
	in := make(map[int]bool, len(hits))
	for _, h := range hits {
		in[h.id] = true
	}
	for _, id := range defs {
		if !in[id] && x.defines(m, termOf, id) {
			hits = append(hits, hit{id: id})
		}
	}
	return hits
}

// defines tells whether passage id has a line that says what q asks the
// meaning of: the line says its subject means something ("초격차는 … 격차를
// 의미"), and that subject is a whole term q types (termOf, see terms; m
// is q's matcher): a line defining "AI 국가주의" defines no other AI
// term, and one defining "초격차" does not say what "초격차 대응 전략"
// means.
func (x ranking) defines(m matcher, termOf []int, id int) bool {
	for _, l := range x.info[id].lines {
		if l.Defines && m.names(l.Head, termOf) { // Defines read once, when the index was built
			return true
		}
	}
	return false
}

// terms groups the concepts of q into the terms it types: a run of
// concepts the report uses with nothing but spaces between them (or
// none, typed glued) is one term ("초격차 대응 전략", "AI 국가주의",
// "super-gap maintenance"), and any other concept a term of its own;
// quotes and brackets set a term apart ('super-gap' typed in quotes), and
// so does a particle or ending typed on a word ("기준으로 AI 국가주의": a
// compound's nouns stand bare before its last). It gives each concept the
// number of its term's first concept. A concept whose surface is not
// found in q's text is a term of its own.
func terms(q question.Query) []int {
	run := make([]int, len(q.Concepts))
	from, end := 0, -1 // where to look for the next surface; where the last found one ended
	for k, c := range q.Concepts {
		run[k] = k
		i := strings.Index(q.Text[from:], c.Surface)
		if i < 0 {
			end = -1
			continue
		}
		start := from + i
		if prev := q.Concepts[max(k-1, 0)]; k > 0 && end >= 0 && c.DF > 0 && prev.DF > 0 && prev.Named() == prev.Surface && strings.TrimSpace(q.Text[end:start]) == "" {
			run[k] = run[k-1]
		}
		from, end = start+len(c.Surface), start+len(c.Surface)
	}
	return run
}

// CitingLines are up to max lines of passage id that cite a source (a
// footnote marker or an in-text citation), joined, with the sources they
// cite: what a question for the source of a passage shows when the line
// that answered cites nothing.
func (x *Index) CitingLines(id, max int) (string, []string) {
	var lines, sources []string
	for _, ln := range x.info[id].lines {
		if !ln.Cites {
			continue
		}
		lines = append(lines, ln.Text)
		for _, s := range x.doc.Sources(ln.Text) {
			if !slices.Contains(sources, s) {
				sources = append(sources, s)
			}
		}
		if len(lines) == max {
			break
		}
	}
	return strings.Join(lines, "\n"), sources
}
