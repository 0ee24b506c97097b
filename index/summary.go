package index

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
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
	// MatchProfile is a passage of a company's own 2.2.x.y profile.
	MatchProfile MatchKind = "profile"
)

// Summary is what the report says about one country or company, organised
// as the report covers it and cited item by item. The Slack bot renders it;
// the CLI prints it or writes it as JSON.
type Summary struct {
	Kind  corpus.EntityKind
	Query string
	Lang  string // "ko" or "en": the language replies should use
	// Answered is false when the report does not cover the name; Message then
	// says so and Covered lists what it does cover.
	Answered bool
	Name     string // canonical Korean name, e.g. "미국", "SK하이닉스"
	English  string // e.g. "United States", "SK hynix"
	Alias    string // the alias the query matched
	Typo     bool   // the query matched only within one typo
	// Groups are the topic groups, most substantial first (see CountryTopics);
	// empty groups are left out.
	Groups []SummaryGroup
	// Key is the first item of each group, at most MaxKeyItems: the short
	// reply.
	Key []SummaryItem
	// Message is a plain sentence for an unanswered name: that the report does
	// not cover it, and what it covers.
	Message    string
	Covered    []EntityName // for an unanswered name
	DidYouMean []EntityName // nearest covered names to an unanswered name
	// Passing lists where the report names a country it covers only in
	// passing (러시아, 이란 …), so the refusal can still point at the text.
	Passing []SummaryItem
}

// EntityName is a canonical name with its English form.
type EntityName struct {
	Name    string
	English string
}

// SummaryGroup is one topic of a summary.
type SummaryGroup struct {
	ID      string // "3.1", "3.2", "1.1", "4", "other", "profile", "elsewhere"
	Title   string // "AI 반도체 정책 (3.1)"
	TitleEn string // "AI semiconductor policy (3.1)"
	Items   []SummaryItem
	Omitted int // further matching passages left out by the cap
}

// SummaryItem is one cited passage of a summary.
type SummaryItem struct {
	PassageID    int
	Section      string // section id, e.g. "3.2"
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
	return errors.Is(err, corpus.ErrEmptyName) || errors.Is(err, corpus.ErrNameTooLong) || errors.Is(err, corpus.ErrUnknownName)
}

// Topic is a group of sections a country summary gathers into one group.
type Topic struct {
	ID       string
	Title    string
	TitleEn  string
	Prefixes []string // section ids, matched as the id itself or its subsections; nil: the rest
	Max      int      // items kept; the entity's own blocks first, then the strongest mentions
}

// CountryTopics lists a country summary's groups in the order a reply shows
// them: the two policy surveys of chapter 3 are where the report treats each
// country, then the introduction's overview, then the implications; the rest
// (summaries, 1.2, chapter 2) only names countries in passing. A summary
// moves the topics holding the country's own blocks before those with only
// mentions (영국 is treated in 3.2 and merely named in 3.1). A fresh slice is
// returned on every call.
func CountryTopics() []Topic {
	return []Topic{
		{"3.1", "AI 반도체 정책 (3.1)", "AI semiconductor policy (3.1)", []string{"3.1"}, MaxGroupItems},
		{"3.2", "AI 소프트웨어 정책 (3.2)", "AI software policy (3.2)", []string{"3.2"}, MaxGroupItems},
		{"1.1", "서론 개관 (1.1)", "Introduction: overview (1.1)", []string{"1.1"}, MaxGroupItems},
		{"4", "시사점·제언 (4.x)", "Implications and recommendations (4.x)", []string{"4"}, MaxGroupItems},
		{"other", "기타 언급", "Other mentions", nil, MaxOtherItems},
	}
}

func topicOf(topics []Topic, section string) int {
	for i, t := range topics {
		for _, p := range t.Prefixes {
			if section == p || strings.HasPrefix(section, p+".") {
				return i
			}
		}
		if t.Prefixes == nil {
			return i
		}
	}
	return len(topics) - 1
}

// englishCountryForms are the English names the report's English summary and
// its Latin titles use; corpus.Mentions only knows the Korean forms. "domestic"
// is the English summary's word for Korea, as 국내 is the Korean text's.
func englishCountryForms() map[string][]string {
	return map[string][]string{
		"미국":   {"United States", "U.S.", "America", "American"},
		"중국":   {"China", "Chinese"},
		"일본":   {"Japan", "Japanese"},
		"대만":   {"Taiwan", "Taiwanese"},
		"EU":   {"Europe", "European"},
		"한국":   {"Korea", "Korean", "domestic", "우리 산업", "우리 기업"},
		"영국":   {"UK", "United Kingdom", "Britain", "British"},
		"독일":   {"Germany", "German"},
		"프랑스":  {"France", "French"},
		"싱가포르": {"Singapore"},
		"캐나다":  {"Canada", "Canadian"},
	}
}

// reOwnGovernment matches "정부는 …" opening a line or a clause: in a Korean
// government report, the government left unnamed is Korea's own.
var reOwnGovernment = regexp.MustCompile(`(?m)(^|[,.] )정부(는|가|의|에서|도) `)

// reLeadLabel is a "(X)" label opening a passage.
var reLeadLabel = regexp.MustCompile(`^\s*\(([^()]{1,40})\)`)

// countBounded counts form in text where it is not part of a longer Latin
// word ("Intel" in "Intelligence" is no mention of Intel).
func countBounded(text, form string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], form)
		if j < 0 {
			return n
		}
		j += i
		end := j + len(form)
		if nameBoundaryOK(text, j, end, form) {
			n++
		}
		i = end
	}
}

func nameBoundaryOK(text string, start, end int, form string) bool {
	first, _ := utf8.DecodeRuneInString(form)
	last, _ := utf8.DecodeLastRuneInString(form)
	if isASCIILetterRune(first) {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); isASCIILetterRune(r) {
			return false
		}
	}
	if isASCIILetterRune(last) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); isASCIILetterRune(r) {
			return false
		}
	}
	return true
}

func isASCIILetterRune(r rune) bool { return r < 128 && unicode.IsLetter(r) }

// stripCountryLabel removes the "(X)" label a passage opens with, so that the label
// itself never counts as a mention: the text has to name the country.
func stripCountryLabel(text string) string {
	if m := reLeadLabel.FindStringIndex(text); m != nil {
		if _, ok := corpus.CountryLabel(reLeadLabel.FindStringSubmatch(text)[1]); ok {
			return text[m[1]:]
		}
	}
	return text
}

// countryMentions counts how often text names each covered country:
// corpus.Mentions for the Korean forms, plus the English names.
func countryMentions(text string) map[string]int {
	m := corpus.Mentions(text)
	for c, forms := range englishCountryForms() {
		for _, f := range forms {
			if n := countBounded(text, f); n > 0 {
				m[c] += n
			}
		}
	}
	return m
}

// companyMentions counts how often text names each profiled company. Longer
// forms are matched first and blanked, so "삼성전자" is not also "삼성".
func companyMentions(text string) map[string]int {
	type form struct{ name, s string }
	var forms []form
	for _, c := range corpus.Companies() {
		seen := map[string]bool{}
		for _, s := range append([]string{c.Name, c.English}, c.Mention...) {
			if !seen[s] {
				seen[s] = true
				forms = append(forms, form{c.Name, s})
			}
		}
	}
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].s) > len(forms[j].s) })
	out := map[string]int{}
	for _, f := range forms {
		for i := 0; ; {
			j := strings.Index(text[i:], f.s)
			if j < 0 {
				break
			}
			j += i
			end := j + len(f.s)
			if nameBoundaryOK(text, j, end, f.s) {
				out[f.name]++
				text = text[:j] + strings.Repeat("\x00", end-j) + text[end:]
			}
			i = end
		}
	}
	return out
}

// blockStarts maps each passage to the first passage of the block it was
// split from (corpus splits long blocks and keeps the block's first line in
// Head), so that a block is judged by all its text.
func blockStarts(ps []corpus.Passage) []int {
	start := make([]int, len(ps))
	for i, p := range ps {
		start[i] = i
		if p.Head == "" {
			continue
		}
		for j := i - 1; j >= 0 && ps[j].Section == p.Section; j-- {
			if ps[j].Head == "" && summaryFirstLine(ps[j].Text) == p.Head {
				start[i] = j
				break
			}
		}
	}
	return start
}

func summaryFirstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// countryJudge decides what each passage is about, checking the report's
// labels against the text.
// It is built once with the engine and only read afterwards.
type countryJudge struct {
	ps     []corpus.Passage
	start  []int
	blockM map[int]map[string]int // block start → mentions in the block's text, labels removed
	own    []map[string]int       // per passage: mentions in its own text, label removed
	gov    []bool                 // per passage: an unnamed "정부는" (the report's own government)
}

func newCountryJudge(ps []corpus.Passage) *countryJudge {
	j := &countryJudge{ps: ps, start: blockStarts(ps), blockM: map[int]map[string]int{},
		own: make([]map[string]int, len(ps)), gov: make([]bool, len(ps))}
	for i, p := range ps {
		text := stripCountryLabel(p.Text)
		j.own[i] = countryMentions(text)
		j.gov[i] = reOwnGovernment.MatchString(text)
		s := j.start[i]
		m := j.blockM[s]
		if m == nil {
			m = map[string]int{}
			j.blockM[s] = m
		}
		for c, n := range j.own[i] {
			m[c] += n
		}
	}
	return j
}

// about returns the country passage i is about, "" when none. The parser
// already overrides a label the text contradicts, but it decides on a single
// stray mention (a Japan block naming "EU·영국·한국·대만" as partners once
// comes out as EU); here the text overrides a label only when it never names
// the labelled country and names the other one at least twice, more than any
// third. An unlabelled passage inherits the country of the labelled block it
// follows, as judged here.
func (j *countryJudge) about(i int) string {
	p := j.ps[i]
	if lab, ok := corpus.CountryLabel(p.Label); ok {
		if p.Country == lab || p.Country == "" {
			return lab
		}
		m := j.blockM[j.start[i]]
		if m[lab] == 0 && m[p.Country] >= 2 {
			for c, n := range m {
				if c != p.Country && n >= m[p.Country] {
					return lab
				}
			}
			return p.Country
		}
		return lab
	}
	if p.Country == "" {
		return ""
	}
	for k := i - 1; k >= 0 && j.ps[k].Section == p.Section; k-- {
		if j.ps[k].Label == "" {
			continue
		}
		if j.ps[k].Country == p.Country {
			return j.about(k)
		}
		break
	}
	return p.Country
}

// mentions counts how often passage i names country c in its own text.
func (j *countryJudge) mentions(i int, c string) int {
	n := j.own[i][c]
	if c == "한국" && j.about(i) == "" && j.gov[i] {
		n++
	}
	return n
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
// still a complete reply (Answered false, Message, Covered, DidYouMean) and
// err wraps corpus.ErrUnknownName, ErrEmptyName or ErrNameTooLong; see
// IsNameError. Other errors are the context's.
func (e *Engine) CountrySummary(ctx context.Context, name string) (Summary, error) {
	s := Summary{Kind: corpus.EntityCountry, Query: name, Lang: Lang(strings.TrimSpace(name))}
	if err := ctx.Err(); err != nil {
		return s, err
	}
	res, err := e.resolver.Country(name)
	if err != nil {
		e.decline(&s, err)
		return s, err
	}
	s.Answered, s.Name, s.English, s.Alias, s.Typo = true, res.Name, res.English, res.Alias, res.Typo
	ps := e.doc.Passages
	judge := e.countries
	topics := CountryTopics()
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
		if lab, ok := corpus.CountryLabel(p.Label); ok && lab != about {
			c.mismatch = true
		}
		cands = append(cands, c)
	}
	groups := make([]SummaryGroup, len(topics))
	for i, t := range topics {
		groups[i] = SummaryGroup{ID: t.ID, Title: t.Title, TitleEn: t.TitleEn}
	}
	names := func(text string) bool { return countryMentions(text)[res.Name] > 0 }
	e.fill(ctx, &s, groups, cands, func(t int) int { return topics[t].Max }, e.entityConcepts(res.Name, res.English), MatchBlock, names)
	return s, ctx.Err()
}

// CompanySummary gathers what the report says about a company profiled in
// 2.2: its profile, then its mentions elsewhere. Errors as CountrySummary.
func (e *Engine) CompanySummary(ctx context.Context, name string) (Summary, error) {
	s := Summary{Kind: corpus.EntityCompany, Query: name, Lang: Lang(strings.TrimSpace(name))}
	if err := ctx.Err(); err != nil {
		return s, err
	}
	res, err := e.resolver.Company(name)
	if err != nil {
		e.decline(&s, err)
		return s, err
	}
	s.Answered, s.Name, s.English, s.Alias, s.Typo = true, res.Name, res.English, res.Alias, res.Typo
	var profile string
	for _, c := range corpus.Companies() {
		if c.Name == res.Name {
			profile = c.Section
		}
	}
	var cands []summaryCand
	for i, p := range e.doc.Passages {
		if !summarisable(p) {
			continue
		}
		n := companyMentions(p.Text)[res.Name]
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
		{ID: "profile", Title: "기업 개요 (" + profile + ")", TitleEn: "Company profile (" + profile + ")"},
		{ID: "elsewhere", Title: "다른 절의 언급", TitleEn: "Mentions elsewhere in the report"},
	}
	limit := func(t int) int {
		if t == 0 {
			return 2 * MaxGroupItems
		}
		return MaxGroupItems
	}
	names := func(text string) bool { return companyMentions(text)[res.Name] > 0 }
	e.fill(ctx, &s, groups, cands, limit, e.entityConcepts(res.Name, res.English), MatchProfile, names)
	return s, ctx.Err()
}

// fill turns candidates into capped groups: within a group the entity's own
// passages first, then the mentions that name it most, each part in report
// order. A passage whose excerpt repeats an earlier item's (the summaries
// restate the body without being exact copies) is left out.
func (e *Engine) fill(ctx context.Context, s *Summary, groups []SummaryGroup, cands []summaryCand, limit func(int) int, cs []concept, ownKind MatchKind, names func(string) bool) {
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
	// mention (영국 has no block in 3.1, only a mention in Japan's).
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
func (e *Engine) entityConcepts(names ...string) []concept {
	for _, n := range names {
		if cs, _ := e.analyse(n); len(cs) > 0 {
			return cs
		}
	}
	return nil
}

// minExcerptRunes is the shortest excerpt worth showing: below it, the
// engine's clause cut has kept a fragment ("Last…").
const minExcerptRunes = 40

func (e *Engine) summaryItem(c summaryCand, cs []concept, ownKind MatchKind, names func(string) bool) SummaryItem {
	p := e.doc.Passages[c.id]
	sec, _ := e.doc.Section(p.Section)
	pages := sec.Pages()
	if p.Page > 0 {
		pages = strconv.Itoa(p.Page)
	}
	excerpt := e.excerpt(c.id, cs, false)
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

// leadExcerpt is the opening of a passage, up to MaxExcerptRunes and cut
// after a clause: a block about the entity states its point first (the report
// writes a □ heading, then the details), while the lines that repeat the
// entity's name are often the details.
func (e *Engine) leadExcerpt(id int) string {
	lines := e.info[id].lines
	if len(lines) == 0 {
		return ""
	}
	text := lines[0]
	n := utf8.RuneCountInString(text)
	if n < MaxExcerptRunes/2 && len(lines) > 1 && n+1+utf8.RuneCountInString(lines[1]) <= MaxExcerptRunes {
		text += " " + lines[1]
	}
	if utf8.RuneCountInString(text) <= MaxExcerptRunes {
		return text
	}
	var b strings.Builder
	n = 0
	for i, p := range clauses(text) {
		k := utf8.RuneCountInString(p)
		if n+k > MaxExcerptRunes-1 {
			if i == 0 {
				return e.cut(text, nil) // one clause longer than the limit
			}
			break
		}
		b.WriteString(p)
		n += k
	}
	return strings.TrimRight(strings.TrimSpace(b.String()), " ,") + "…"
}

// mentionExcerpt is the first line that names the entity, cut to the
// clauses around the mention when the line is long.
func (e *Engine) mentionExcerpt(id int, names func(string) bool) string {
	var line string
	for _, l := range e.info[id].lines {
		if names == nil || names(l) {
			line = l
			break
		}
	}
	if line == "" {
		return e.leadExcerpt(id)
	}
	if utf8.RuneCountInString(line) <= MaxExcerptRunes {
		return line
	}
	parts := clauses(line)
	k := 0
	for i, p := range parts {
		if names != nil && names(p) {
			k = i
			break
		}
	}
	i, j, n := k, k, utf8.RuneCountInString(parts[k])
	if n > MaxExcerptRunes-2 {
		r := []rune(parts[k])
		cutAt := MaxExcerptRunes - 2
		for cutAt > MaxExcerptRunes/2 && r[cutAt] != ' ' {
			cutAt--
		}
		return strings.TrimSpace(string(r[:cutAt])) + "…"
	}
	for grew := true; grew; {
		grew = false
		if j+1 < len(parts) && n+utf8.RuneCountInString(parts[j+1]) <= MaxExcerptRunes-2 {
			j++
			n += utf8.RuneCountInString(parts[j])
			grew = true
		}
		if i > 0 && n+utf8.RuneCountInString(parts[i-1]) <= MaxExcerptRunes-2 {
			i--
			n += utf8.RuneCountInString(parts[i])
			grew = true
		}
	}
	out := strings.TrimSpace(strings.Join(parts[i:j+1], ""))
	if i > 0 {
		out = "…" + out
	}
	if j < len(parts)-1 {
		out = strings.TrimRight(out, " ,") + "…"
	}
	return out
}

// decline fills an unanswered summary: a plain message, what the report
// covers, the nearest names, and for a country the report names only in
// passing, where it does.
func (e *Engine) decline(s *Summary, err error) {
	ko := s.Lang == "ko"
	q := strings.TrimSpace(s.Query)
	if r := []rune(q); len(r) > 40 {
		q = string(r[:40]) + "…"
	}
	var covered, near []string
	kindKo, kindEn, other := "나라", "countries", "/company"
	if s.Kind == corpus.EntityCountry {
		covered, near = corpus.CoveredCountries(), e.resolver.NearestCountries(s.Query, MaxDidYouMean)
	} else {
		covered, near = corpus.CoveredCompanies(), e.resolver.NearestCompanies(s.Query, MaxDidYouMean)
		kindKo, kindEn, other = "기업", "companies", "/country"
	}
	s.Covered = e.entityNames(s.Kind, covered)
	if !errors.Is(err, corpus.ErrEmptyName) && !errors.Is(err, corpus.ErrNameTooLong) {
		s.DidYouMean = e.entityNames(s.Kind, near)
	}
	var list []string
	for _, n := range s.Covered {
		if ko || n.Name == n.English {
			list = append(list, n.Name)
		} else {
			list = append(list, n.English)
		}
	}
	var b strings.Builder
	switch {
	case errors.Is(err, corpus.ErrEmptyName):
		if ko {
			fmt.Fprintf(&b, "%s 이름을 입력하세요.", kindKo)
		} else {
			fmt.Fprintf(&b, "Give the name of one of the %s the report covers.", kindEn)
		}
	case errors.Is(err, corpus.ErrNameTooLong):
		if ko {
			fmt.Fprintf(&b, "이름이 너무 깁니다 (최대 %d자).", corpus.MaxNameRunes)
		} else {
			fmt.Fprintf(&b, "The name is too long (at most %d characters).", corpus.MaxNameRunes)
		}
	default:
		if ko {
			fmt.Fprintf(&b, "보고서는 %q에 대해 다루지 않습니다.", q)
		} else {
			fmt.Fprintf(&b, "The report does not cover %q.", q)
		}
		if pc, ok := corpus.LookupPassing(s.Query); ok && s.Kind == corpus.EntityCountry {
			s.Passing = e.passingItems(pc)
			if len(s.Passing) > 0 {
				if ko {
					fmt.Fprintf(&b, " %s 다른 나라를 다루는 대목에서 지나가며 %d번 언급될 뿐입니다.", topicParticle(pc.Name), len(s.Passing))
				} else {
					fmt.Fprintf(&b, " It names %s only in passing, %d times, while discussing other countries.", pc.English, len(s.Passing))
				}
			}
		}
		if s.Kind == corpus.EntityCountry {
			if r, err := e.resolver.Company(s.Query); err == nil {
				if ko {
					fmt.Fprintf(&b, " %s 기업입니다: %s 명령을 쓰세요.", topicParticle(r.Name), other)
				} else {
					fmt.Fprintf(&b, " %s is a company: use %s.", r.English, other)
				}
			}
		} else if r, err := e.resolver.Country(s.Query); err == nil {
			if ko {
				fmt.Fprintf(&b, " %s 나라입니다: %s 명령을 쓰세요.", topicParticle(r.Name), other)
			} else {
				fmt.Fprintf(&b, " %s is a country: use %s.", r.English, other)
			}
		}
	}
	if ko {
		fmt.Fprintf(&b, " 보고서가 다루는 %s: %s.", kindKo, strings.Join(list, ", "))
	} else {
		fmt.Fprintf(&b, " The %s it covers: %s.", kindEn, strings.Join(list, ", "))
	}
	s.Message = b.String()
}

// topicParticle adds 은 or 는 as the name's last sound requires (러시아는,
// 삼성전자는, 이란은); a Latin name is read by its last letter's sound.
func topicParticle(name string) string {
	r, _ := utf8.DecodeLastRuneInString(name)
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		if (r-0xAC00)%28 != 0 {
			return name + "은"
		}
	case strings.ContainsRune("LMNRlmnr", r):
		return name + "은"
	}
	return name + "는"
}

func (e *Engine) entityNames(kind corpus.EntityKind, names []string) []EntityName {
	english := map[string]string{}
	if kind == corpus.EntityCountry {
		for _, c := range corpus.Countries() {
			english[c.Name] = c.English
		}
	} else {
		for _, c := range corpus.Companies() {
			english[c.Name] = c.English
		}
	}
	out := make([]EntityName, 0, len(names))
	for _, n := range names {
		out = append(out, EntityName{Name: n, English: english[n]})
	}
	return out
}

// passingItems finds where the report names a country it covers only in
// passing, as whole words (이란 is also a Korean ending).
func (e *Engine) passingItems(pc corpus.PassingCountry) []SummaryItem {
	re := regexp.MustCompile(`(^|[^가-힣])` + regexp.QuoteMeta(pc.Name) + `([^가-힣]|$|[은는이가을를의과와도])`)
	cs := e.entityConcepts(pc.Name)
	var out []SummaryItem
	for i, p := range e.doc.Passages {
		if !summarisable(p) || !re.MatchString(p.Text) {
			continue
		}
		out = append(out, e.summaryItem(summaryCand{id: i, mentions: len(re.FindAllString(p.Text, -1))}, cs, MatchMention, re.MatchString))
	}
	return out
}
