package summary

import (
	"context"
	"errors"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/entity"
	"github.com/stepi-tools/reportbot/index/excerpt"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// Limits of a summary. A group holds the country's own blocks first, so a cap
// only ever drops the weaker mentions; short replies show one item per group.
const (
	MaxGroupItems = 8 // items per topic group
	MaxOtherItems = 6 // items in the catch-all group of passing mentions
	MaxKeyItems   = 6 // key items: the first of each group
	MaxDidYouMean = 3
)

// MatchKind says why an item is in a summary.
type MatchKind string

const (
	// MatchBlock is a block the report writes about the country: under its
	// label, or under a label the text shows to be wrong.
	MatchBlock MatchKind = "block"
	// MatchMention is a passage about something else that names the country
	// or company in its text.
	MatchMention MatchKind = "mention"
	// MatchProfile is a passage of a company's own profile section.
	MatchProfile MatchKind = "profile"
)

// Engine gathers what the report says about a country or company. Its
// judgement of which country each passage is about is made once, when it is
// built; it is safe for concurrent use.
type Engine struct {
	x     *search.Index
	doc   *corpus.Document
	ents  *entity.Set
	judge *countryJudge
	// topics are a country summary's groups, read off the report's
	// structure once; a summary copies them.
	topics []Topic
}

// New returns an engine over x.
func New(x *search.Index) *Engine {
	doc := x.Document()
	return &Engine{x: x, doc: doc, ents: doc.Entities, judge: newCountryJudge(doc.Entities, doc.Passages),
		topics: countryTopics(doc, doc.Entities)}
}

// CountryTopics lists a country summary's groups in the order a reply shows
// them before the country's own blocks are moved first (see countryTopics).
// The slice is the caller's.
func (e *Engine) CountryTopics() []Topic { return append([]Topic(nil), e.topics...) }

// Summary is what the report says about one country or company, organised
// as the report covers it and cited item by item. The Slack bot renders it;
// the CLI prints it or writes it as JSON.
type Summary struct {
	// Report is the series number of the report summarised ("수시연구
	// 2024-08").
	Report string
	Kind   entity.Kind
	Query  string
	Lang   string // "ko" or "en": the language replies should use
	// Answered is false when the report does not cover the name; Refusal then
	// says so and Covered lists what it does cover.
	Answered bool
	Name     string // canonical Korean name, e.g. "미국", "SK하이닉스"
	English  string // e.g. "United States", "SK hynix"
	Alias    string // the alias the query matched
	Typo     bool   // the query matched only within one typo
	// Groups are the topic groups, most substantial first (see
	// countryTopics); empty groups are left out.
	Groups []SummaryGroup
	// Key is the first item of each group, at most MaxKeyItems: the short
	// reply.
	Key []SummaryItem
	// Refusal says why an unanswered name has no summary.
	Refusal    Refusal
	Covered    []EntityName // for an unanswered name
	DidYouMean []EntityName // nearest covered names to an unanswered name
	// PassingName is set for a country the report names only in passing.
	PassingName *EntityName
	// Also is set for an unanswered name that is of the other kind: a
	// company asked as a country, or the reverse.
	Also *EntityName
	// Passing lists where the report names a country it covers only in
	// passing (러시아, 이란 …), so the refusal can still point at the text.
	Passing []SummaryItem
}

// Refusal says why a name has no summary.
type Refusal string

// The reasons a name has no summary.
const (
	RefusalEmpty   Refusal = "empty"
	RefusalTooLong Refusal = "too_long"
	RefusalUnknown Refusal = "unknown"
)

// EntityName is a canonical name with its English form.
type EntityName struct {
	Name    string
	English string
}

// SummaryGroup is one topic of a summary.
type SummaryGroup struct {
	// ID is, for a topic of the report, the section id of the part it
	// gathers (see countryTopics); otherwise "other" (a country's passing
	// mentions), "profile" or "elsewhere" (a company's).
	ID string
	// Title and TitleEn are a report topic's titles, from the report's
	// heading and English contents; "" for the other groups.
	Title, TitleEn string
	// Section is the profile's section id, for the "profile" group.
	Section string
	Items   []SummaryItem
	Omitted int // further matching passages left out by the cap
}

// SummaryItem is one cited passage of a summary.
type SummaryItem struct {
	PassageID    int
	Section      string // section id
	SectionTitle string
	Pages        string // "34–42", or "" when the contents give none
	Excerpt      string // ≤ about MaxExcerptRunes, cut at clause boundaries with "…"
	Text         string // the whole passage
	Sources      []string
	Match        MatchKind
	// Label is the country label the report printed over the block ("중국"),
	// "" when none. LabelMismatch is set when the text shows the block is
	// about another country than the label says: the reply should warn.
	Label         string
	LabelMismatch bool
	Mentions      int // how often the text names the entity
}

// Items returns every item of every group, in group order.
func (s Summary) Items() []SummaryItem {
	var out []SummaryItem
	for _, g := range s.Groups {
		out = append(out, g.Items...)
	}
	return out
}

// Total counts the items of all groups.
func (s Summary) Total() int {
	n := 0
	for _, g := range s.Groups {
		n += len(g.Items)
	}
	return n
}

// IsNameError tells whether err only says that a name cannot be summarised
// (empty, too long, or not covered by the report): the Summary returned with
// it is then a complete reply.
func IsNameError(err error) bool {
	return errors.Is(err, entity.ErrEmptyName) || errors.Is(err, entity.ErrNameTooLong) || errors.Is(err, entity.ErrUnknownName)
}

// summaryCand is a passage that may go into a summary.
type summaryCand struct {
	id       int
	topic    int
	own      bool
	mentions int
	label    string
	mismatch bool
}

// summarisable tells whether a passage may appear in a summary: not the
// cover or the reference list, and not the summary's copy of a body passage.
func summarisable(p corpus.Passage) bool {
	return p.Duplicate < 0 && p.Section != "front" && p.Section != "refs" && p.Kind != corpus.KindMeta && p.Kind != corpus.KindRef
}

// CountrySummary gathers what the report says about a country or bloc.
//
// Items are found by what the text is about, not only by the printed label:
// blocks about the country (label checked against the text), then passages
// anywhere that name it. On a name the report does not cover, the Summary is
// still a complete reply (Answered false, Refusal, Covered, DidYouMean) and
// err wraps entity.ErrUnknownName, ErrEmptyName or ErrNameTooLong; see
// IsNameError. Other errors are the context's. The name looked up is the
// text meant (name.Text: Slack's markup removed where it entered), which
// the resolver normalises and bounds in length itself; the reply echoes it
// as typed (Query is name.Raw).
func (e *Engine) Country(ctx context.Context, name question.Asked) (Summary, error) {
	s := Summary{Report: e.x.Document().Meta.Series, Kind: entity.Country, Query: name.Raw(), Lang: name.Lang()}
	if err := ctx.Err(); err != nil {
		return s, err
	}
	res, err := e.ents.Country(name.Text())
	if err != nil {
		e.decline(&s, name.Text(), err)
		return s, err
	}
	s.Answered, s.Name, s.English, s.Alias, s.Typo = true, res.Name, res.English, res.Alias, res.Typo
	ps := e.doc.Passages
	judge := e.judge
	topics := e.topics
	var cands []summaryCand
	for i, p := range ps {
		if !summarisable(p) {
			continue
		}
		about := judge.about(i)
		c := summaryCand{id: i, topic: topicOf(topics, p.Section), own: about == res.Name, mentions: judge.mentions(i, res.Name)}
		if !c.own && c.mentions == 0 {
			continue
		}
		c.label = p.Label
		if lab, ok := e.ents.Label(p.Label); ok && lab != about {
			c.mismatch = true
		}
		cands = append(cands, c)
	}
	groups := make([]SummaryGroup, len(topics))
	for i, t := range topics {
		groups[i] = SummaryGroup{ID: t.ID, Title: t.Title, TitleEn: t.TitleEn}
	}
	names := func(text string) bool { return e.ents.CountryMentions(text)[res.Name] > 0 }
	e.fill(ctx, &s, groups, cands, func(t int) int { return topics[t].Max }, e.entityConcepts(res.Name, res.English), MatchBlock, names)
	return s, ctx.Err()
}

// CompanySummary gathers what the report says about a company it profiles:
// its profile, then its mentions elsewhere. Errors as CountrySummary.
func (e *Engine) Company(ctx context.Context, name question.Asked) (Summary, error) {
	s := Summary{Report: e.x.Document().Meta.Series, Kind: entity.Company, Query: name.Raw(), Lang: name.Lang()}
	if err := ctx.Err(); err != nil {
		return s, err
	}
	res, err := e.ents.Company(name.Text())
	if err != nil {
		e.decline(&s, name.Text(), err)
		return s, err
	}
	s.Answered, s.Name, s.English, s.Alias, s.Typo = true, res.Name, res.English, res.Alias, res.Typo
	var profile string
	if c, ok := e.ents.Lookup(res.Name); ok {
		profile = c.Section
	}
	var cands []summaryCand
	for i, p := range e.doc.Passages {
		if !summarisable(p) {
			continue
		}
		n := e.ents.CompanyMentions(p.Text)[res.Name]
		own := profile != "" && (p.Section == profile || strings.HasPrefix(p.Section, profile+"."))
		if !own && n == 0 {
			continue
		}
		t := 1
		if own {
			t = 0
		}
		cands = append(cands, summaryCand{id: i, topic: t, own: own, mentions: n})
	}
	groups := []SummaryGroup{
		{ID: "profile", Section: profile},
		{ID: "elsewhere"},
	}
	limit := func(t int) int {
		if t == 0 {
			return 2 * MaxGroupItems
		}
		return MaxGroupItems
	}
	names := func(text string) bool { return e.ents.CompanyMentions(text)[res.Name] > 0 }
	e.fill(ctx, &s, groups, cands, limit, e.entityConcepts(res.Name, res.English), MatchProfile, names)
	return s, ctx.Err()
}

// fill turns candidates into capped groups: within a group the entity's own
// passages first, then the mentions that name it most, each part in report
// order. A passage whose excerpt repeats an earlier item's (the summaries
// restate the body without being exact copies) is left out.
func (e *Engine) fill(ctx context.Context, s *Summary, groups []SummaryGroup, cands []summaryCand, limit func(int) int, cs []question.Concept, ownKind MatchKind, names func(string) bool) {
	cands = e.dropRestatements(cands)
	seen := map[string]bool{}
	for t := range groups {
		if ctx.Err() != nil {
			return
		}
		var own, ment []summaryCand
		for _, c := range cands {
			switch {
			case c.topic != t:
			case c.own:
				own = append(own, c)
			default:
				ment = append(ment, c)
			}
		}
		sort.SliceStable(ment, func(i, j int) bool { return ment[i].mentions > ment[j].mentions })
		picked := own
		if len(picked) > limit(t) {
			picked = picked[:limit(t)]
		}
		rest := max(0, limit(t)-len(picked))
		var mpick []summaryCand
		if len(ment) > rest {
			mpick = append(mpick, ment[:rest]...)
		} else {
			mpick = append(mpick, ment...)
		}
		sort.SliceStable(mpick, func(i, j int) bool { return mpick[i].id < mpick[j].id })
		g := &groups[t]
		g.Omitted = len(own) + len(ment) - len(picked) - len(mpick)
		for _, c := range append(append([]summaryCand{}, picked...), mpick...) {
			it := e.summaryItem(c, cs, ownKind, names)
			key := strings.Join(strings.Fields(it.Excerpt), " ")
			if seen[key] {
				continue
			}
			seen[key] = true
			g.Items = append(g.Items, it)
		}
	}
	// Topics that hold the entity's own blocks come first, so that a short
	// reply opens with what the report writes about it, not with a passing
	// mention (a country with a block in one policy survey may be only
	// named in another's).
	hasOwn := func(g SummaryGroup) bool { return len(g.Items) > 0 && g.Items[0].Match != MatchMention }
	sort.SliceStable(groups, func(i, j int) bool { return hasOwn(groups[i]) && !hasOwn(groups[j]) })
	for _, g := range groups {
		if len(g.Items) == 0 {
			continue
		}
		s.Groups = append(s.Groups, g)
		if len(s.Key) < MaxKeyItems {
			s.Key = append(s.Key, g.Items[0])
		}
	}
}

// dropRestatements leaves out a summary passage that opens with a line of a
// body passage also found: the 국문요약 restates the body in other words, and
// corpus marks only the exact copies as Duplicate. The body copy has pages.
func (e *Engine) dropRestatements(cands []summaryCand) []summaryCand {
	body := map[string]bool{}
	for _, c := range cands {
		if p := e.doc.Passages[c.id]; !strings.HasPrefix(p.Section, "summary") {
			for _, l := range strings.Split(p.Text, "\n") {
				body[strings.Join(strings.Fields(l), " ")] = true
			}
		}
	}
	out := cands[:0:0]
	for _, c := range cands {
		p := e.doc.Passages[c.id]
		if strings.HasPrefix(p.Section, "summary") && body[strings.Join(strings.Fields(summaryFirstLine(p.Text)), " ")] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// entityConcepts reads the entity's name as the engine reads a question, so
// that excerpts pick the lines that name it (with all its aliases).
func (e *Engine) entityConcepts(names ...string) []question.Concept {
	for _, n := range names {
		if q := e.x.Analyse(question.Plain(n)); len(q.Concepts) > 0 {
			return q.Concepts
		}
	}
	return nil
}

// minExcerptRunes is the shortest excerpt worth showing: below it, the
// engine's clause cut has kept a fragment ("Last…").
const minExcerptRunes = 40

func (e *Engine) summaryItem(c summaryCand, cs []question.Concept, ownKind MatchKind, names func(string) bool) SummaryItem {
	p := e.doc.Passages[c.id]
	sec, _ := e.doc.Section(p.Section)
	pages := sec.Pages()
	if p.Page > 0 {
		pages = strconv.Itoa(p.Page)
	}
	excerpt := e.x.Excerpts().PickOne(c.id, question.Query{Concepts: cs})
	switch {
	case c.own:
		excerpt = e.leadExcerpt(c.id)
	case names != nil && !names(excerpt) || utf8.RuneCountInString(excerpt) < minExcerptRunes && utf8.RuneCountInString(p.Text) > minExcerptRunes:
		// The engine weighs words of a question; a mention must show the
		// name itself, or a reader cannot see why the passage is here.
		excerpt = e.mentionExcerpt(c.id, names)
	}
	src := e.doc.Sources(excerpt)
	kind := MatchMention
	if c.own {
		kind = ownKind
	}
	return SummaryItem{
		PassageID: c.id, Section: p.Section, SectionTitle: sec.Title, Pages: pages,
		Excerpt: excerpt, Text: p.Text, Sources: src, Match: kind,
		Label: c.label, LabelMismatch: c.mismatch, Mentions: c.mentions,
	}
}

// leadExcerpt is the opening of a passage: a block about the entity states
// its point first (the report writes a □ heading, then the details), while
// the lines that repeat the entity's name are often the details.
func (e *Engine) leadExcerpt(id int) string {
	return excerpt.Lead(e.lineTexts(id), e.x.Params().MaxExcerptRunes)
}

// mentionExcerpt is the first line that names the entity, cut to the
// clauses around the mention when the line is long.
func (e *Engine) mentionExcerpt(id int, names func(string) bool) string {
	for _, l := range e.lineTexts(id) {
		if names == nil || names(l) {
			return excerpt.Around(l, e.x.Params().MaxExcerptRunes, names)
		}
	}
	return e.leadExcerpt(id)
}

func (e *Engine) lineTexts(id int) []string {
	lines := e.x.Passages().Lines(id)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text
	}
	return out
}

func names(ents []entity.Entity) []string {
	out := make([]string, len(ents))
	for i, e := range ents {
		out[i] = e.Name
	}
	return out
}
