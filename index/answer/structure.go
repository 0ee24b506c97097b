package answer

import (
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/excerpt"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// Forms of an answer beyond a ranked list of passages.
const (
	// FormReport answers a question about the whole report (its summary,
	// its recommendations, its chapters) from the report's own structure.
	FormReport = "report"
	// FormComparison answers a question that sets two countries or
	// companies side by side with the evidence for each, labelled.
	FormComparison = "comparison"
)

// reportAsk is what a question about the whole report wants.
type reportAsk int

const (
	askNone reportAsk = iota
	askSummary
	askRecommendations
	askChapters
	// askAuthors and askDate ask about the report itself rather than what
	// it says: who made it, when it came out (see metaAsk).
	askAuthors
	askDate
)

// reportWords are the words that ask about the report as a whole, by what
// they want; modifierWords may stand beside them ("핵심 제언 세 가지").
// Terms are the analyser's main forms (English stems).
type reportWords struct {
	// mention finds, before any analysis, a question that may be about the
	// whole report: it names the report or one of the wants.
	mention *regexp.Regexp
	// names are the terms that name the report itself.
	names    []string
	want     map[string]reportAsk
	modifier map[string]bool
	count    map[string]int
}

func newReportWords() reportWords {
	want := map[string]reportAsk{}
	for _, w := range []string{"요약", "summar", "gist"} {
		want[w] = askSummary
	}
	for _, w := range []string{"제언", "결론", "시사점", "recommend", "conclud", "implic"} {
		want[w] = askRecommendations
	}
	for _, w := range []string{"구성", "챕터", "chapter", "structur", "outlin"} {
		want[w] = askChapters
	}
	mod := map[string]bool{}
	for _, w := range []string{"보고서", "연구", "핵심", "주요", "전체", "간단", "간단히", "정리", "가지", "장", "각", "무엇",
		"report", "key", "main", "import", "brief", "short", "overal", "paper", "document", "research"} {
		mod[w] = true
	}
	// the small counts a question spells as words ("세 가지", "four"),
	// which a counted set reads too (members.spelled). 네 reaches only
	// reportAsk: the analyser drops it as a filler before members reads.
	count := map[string]int{"한": 1, "두": 2, "세": 3, "네": 4, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
	// The filter is made of the words themselves, so that a word added to
	// a want cannot be missed by it: a term is a stem, and matches the
	// words it is the start of.
	var alts []string
	for _, w := range slices.Sorted(maps.Keys(want)) {
		alts = append(alts, regexp.QuoteMeta(w))
	}
	names := []string{"보고서", "report"}
	alts = append(alts, names...)
	return reportWords{mention: regexp.MustCompile(`(?i)` + strings.Join(alts, "|")), want: want, modifier: mod, count: count, names: names}
}

// reportTokens are the words of question text for reading it as a
// question about the report itself (reportAsk, metaAsk), read once for
// both; none where mention (wording.mention) says the text names no word
// of the kind, which spares it the analyser.
func (e *Engine) reportTokens(text string, mention bool) []analysis.Token {
	if !mention {
		return nil
	}
	return e.x.Tokens(text)
}

// reportAsk reads a question about the whole report: every word is a frame
// word, a word about the report, or a count; at least one says what is
// wanted, or the report itself is all the question names. toks are the
// question's words (reportTokens), none where its text cannot be one.
func (e *Engine) reportAsk(toks []analysis.Token) (reportAsk, int) {
	ask, n, report := askNone, 0, false
	for _, t := range toks {
		if len(t.Terms) == 0 {
			continue
		}
		main := t.Terms[0]
		if k, ok := e.tab.words.count[strings.ToLower(t.Surface)]; ok {
			n = k
			continue
		}
		if t.Kind == analysis.TokNumber {
			if k, err := strconv.Atoi(main); err == nil && k > 0 && k <= 10 {
				n = k
				continue
			}
		}
		if a, ok := e.tab.words.want[main]; ok {
			if ask == askNone {
				ask = a
			}
			continue
		}
		if e.tab.words.modifier[main] || e.tab.words.namesReport(t) {
			report = report || e.tab.words.namesReport(t)
			continue
		}
		if !t.Frame {
			return askNone, 0
		}
	}
	if ask == askNone && report {
		ask = askSummary // "이 보고서 뭐야?", "what is this report about?"
	}
	return ask, n
}

// metaAsk reads a question about the report itself, rather than about what
// it says: it names the report, asks who or when, and every word of it the
// report could answer from its text is missing — its content words are all
// ones the report never uses ("wrote", "썼어", "나왔어") — so that what it
// asks is who made the report (its authors) or when it came out (its
// date), which the front matter states. A word the report uses would make
// it a question about that, unless its specificity is below everyday (0:
// any word the report uses). toks are the question's words
// (reportTokens); named says the thread names the report already
// (question.Asked.OfReport).
//
// A word the front matter itself gives a role of the research team
// (frontRoles: 책임자, leader) names the report as "this report" does:
// asked who holds it, the question asks for the authors, the role word
// being no word of the text asked about, and the report's everyday words
// beside it ("어느 기관", "this research") say how the asker asks, as in
// a thread on the report. So does the verb of an English role named by an
// agent noun (isRoleVerb: lead of leader), where the question or thread
// names the report too.
func (e *Engine) metaAsk(toks []analysis.Token, named bool, q question.Query, everyday float64) reportAsk {
	named = named || slices.ContainsFunc(toks, e.tab.words.namesReport)
	isRole := func(surface string, terms []string) bool {
		return e.isRole(surface, terms) || named && e.isRoleVerb(terms)
	}
	role := slices.ContainsFunc(toks, func(t analysis.Token) bool { return isRole(t.Surface, t.Terms) })
	if role {
		everyday = max(everyday, e.x.Params().DeclineTopicSpec)
	}
	if slices.ContainsFunc(q.Concepts, func(c question.Concept) bool {
		return c.DF > 0 && c.Spec >= everyday && !(role && isRole(c.Surface, c.Terms))
	}) {
		return askNone
	}
	who, report, asks := false, named || role, e.x.QuestionWords()
	for _, t := range toks {
		low := strings.ToLower(t.Surface)
		who = who || low == "who" || asks.Opens(low) == analysis.AskWho
	}
	switch {
	case !report || who == q.When:
		return askNone
	case who:
		return askAuthors
	}
	return askDate
}

// isRole tells whether a word, typed as surface and read as terms, is
// the head of a role of the research team (frontRoles). A Korean word
// is one also where it starts with the head, its particle on: the
// analyser may read a particle typed on a word the report never prints
// as a verb's ending (책임자는 as 책임 and 자는).
func (e *Engine) isRole(surface string, terms []string) bool {
	roles := e.roles()
	if len(terms) > 0 {
		if _, ok := roles[terms[0]]; ok {
			return true
		}
	}
	if !analysis.HasHangul(surface) {
		return false
	}
	low := strings.ToLower(surface) // "Leader는"
	for r := range roles {
		if strings.HasPrefix(low, r) {
			return true
		}
	}
	return false
}

// isRoleVerb tells whether a word read as terms is the verb of an English
// role the front matter names by an agent noun (lead of Project Leader,
// as in "the lead researcher", "who is leading"): the one who leads is
// the leader. The verb is an everyday word with senses of its own ("who
// leads the market"), so metaAsk reads it as the role only beside a word
// that names the report.
func (e *Engine) isRoleVerb(terms []string) bool {
	if len(terms) == 0 || analysis.HasHangul(terms[0]) {
		return false
	}
	for head := range e.roles() {
		if verb, ok := strings.CutSuffix(head, "er"); ok && verb == terms[0] {
			return true
		}
	}
	return false
}

// namesRole tells whether text may name a role of the research team
// (frontRoles), before any analysis: text that holds no role's typed
// start names none.
func (e *Engine) namesRole(text string) bool {
	low := strings.ToLower(text)
	for _, start := range e.roles() {
		if strings.Contains(low, start) {
			return true
		}
	}
	return false
}

// frontRoles are the heads of the front matter's own words for the
// research team's roles, as the analyser's main forms: of the role each
// author is printed under (연구책임자) and of the label of a line that
// names authors by their romanized names ("Project Leader: Jungsub Yoon").
// A role's head is the word that ends it, a compound naming a kind of
// what its last word names (책임자 of 연구책임자, leader of Project
// Leader): asked by its head alone, the role is a word the report never
// prints so, and the text's passages hold it only in other senses. A role
// of one word has no head apart from it: the index finds the word as
// printed. A Korean head counts only where what it leaves is a word the
// report prints on its own (연구), so that a cut inside a word (여자 of
// 참여자) is none. Each head maps to the start every typed form of it
// shares, which the stemmer may not keep whole (secretari of
// "secretary"): the start its main form and its printed word share.
func (e *Engine) frontRoles() map[string]string {
	doc := e.x.Document()
	var labels []string
	for _, a := range doc.Meta.Authors {
		labels = append(labels, a.Role) // none has no words, and no head
	}
	romanized := func(names string) bool {
		return slices.ContainsFunc(doc.Meta.Authors, func(a corpus.Author) bool { return printsName(names, a.Romanized) })
	}
	printed := map[string]bool{}
	for _, p := range doc.Passages {
		for _, w := range strings.Fields(p.Text) {
			printed[w] = true
		}
		if p.Kind != corpus.KindMeta {
			continue
		}
		for _, ln := range strings.Split(p.Text, "\n") {
			if label, names, ok := strings.Cut(ln, ":"); ok && romanized(names) {
				labels = append(labels, strings.TrimSpace(label))
			}
		}
	}
	heads := map[string]string{}
	for _, l := range labels {
		toks := e.x.Tokens(l)
		if len(toks) == 0 || len(toks[len(toks)-1].Terms) == 0 {
			continue
		}
		lt := toks[len(toks)-1]
		last := lt.Terms[0]
		if len(toks) > 1 {
			heads[last] = sharedStart(last, strings.ToLower(lt.Surface))
			continue
		}
		if !analysis.HasHangul(last) {
			continue
		}
		for i := range last {
			if rest := last[i:]; i > 0 && printed[last[:i]] && utf8.RuneCountInString(rest) > 1 {
				heads[rest] = rest
			}
		}
	}
	return heads
}

// sharedStart is the longest start a and b share, cut at a whole rune;
// a itself where they share none, so that no role's start is empty and
// held by every text.
func sharedStart(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && n < len(a) && !utf8.RuneStart(a[n]) {
		n--
	}
	if n == 0 {
		return a
	}
	return a[:n]
}

// fromFront is ans answered from the front matter as ask asks (metaAsk);
// ok is false for no such ask, or where the front matter has no passage
// that says it.
func (e *Engine) fromFront(ans Answer, ask reportAsk) (Answer, bool) {
	if ask == askNone {
		return ans, false
	}
	if ans.Results = e.answerReport(ask, 0, ans.Lang); len(ans.Results) == 0 {
		return ans, false
	}
	ans.Answered, ans.Form = true, FormReport
	ans.Direct = e.metaLine(ask, ans.Results[0], ans.Lang)
	return ans, true
}

// namesReport tells whether a word is the word for the report itself.
func (w reportWords) namesReport(t analysis.Token) bool {
	return len(t.Terms) > 0 && slices.Contains(w.names, t.Terms[0])
}

// answerReport answers from the report's structure: the summary's points,
// the recommendations' headings, or the chapters, each cited.
func (e *Engine) answerReport(ask reportAsk, want int, lang string) []Result {
	doc := e.x.Document()
	limit := e.x.Params().MaxExcerptRunes
	var out []Result
	add := func(id int, text string) {
		p := doc.Passages[id]
		s, _ := doc.Section(p.Section)
		ex := excerpt.Lead(strings.Split(text, "\n"), limit)
		out = append(out, Result{PassageID: id, Section: p.Section, SectionTitle: s.Title, Path: p.Path,
			Pages: e.x.Passages().Pages(id), Excerpt: ex, Text: p.Text, Sources: doc.Sources(ex)})
	}
	switch ask {
	case askAuthors, askDate:
		out = e.frontLines(ask, lang)
	case askRecommendations:
		sec := recommendationSection(doc)
		for _, p := range doc.Passages {
			if p.Section == sec && strings.HasPrefix(strings.TrimSpace(p.Text), "(") {
				heading, _, _ := strings.Cut(p.Text, "\n")
				add(p.ID, heading)
			}
		}
	case askChapters:
		for _, s := range doc.Sections {
			if s.Level != 1 || s.PageStart == 0 || s.ID == "refs" {
				continue
			}
			var titles []string
			for _, c := range doc.Children(s.ID) {
				if cs, ok := doc.Section(c); ok {
					titles = append(titles, cs.ID+" "+cs.Title)
				}
			}
			for _, p := range doc.Passages {
				if p.Section == s.ID || strings.HasPrefix(p.Section, s.ID+".") {
					out = append(out, Result{PassageID: p.ID, Section: s.ID, SectionTitle: s.Title, Path: []string{s.Title},
						Pages: s.Pages(), Excerpt: excerpt.Cutter{Max: limit}.Cut(s.ID + " " + s.Title + ": " + strings.Join(titles, "; ")), Text: p.Text})
					break
				}
			}
		}
	default:
		sec := "summary-ko"
		if lang == analysis.English {
			sec = "summary-en"
		}
		for _, p := range doc.Passages {
			// A one-line heading (the title the summary opens with) is not a
			// point of the summary.
			if p.Section == sec && p.Kind != corpus.KindMeta && (strings.Contains(p.Text, "\n") || utf8.RuneCountInString(p.Text) >= minPointRunes) {
				add(p.ID, p.Text)
			}
		}
		if want == 0 {
			want = summaryPoints
		}
	}
	if want > 0 && want < len(out) {
		out = out[:want]
	}
	return out
}

// frontLines is the passage of the front matter that says who made the
// report (the lines that name its authors) or when it came out (the lines
// that date it), as the report's metadata read them; none when the
// metadata has none or no passage prints them. For an English asker the
// authors are also the lines that print their names romanized (the
// English summary's), the spelling such an asker cites them by.
func (e *Engine) frontLines(ask reportAsk, lang string) []Result {
	doc := e.x.Document()
	switch meta := doc.Meta; {
	case ask == askAuthors && len(meta.Authors) > 0:
		names := func(romanized bool) func(string) bool {
			return func(line string) bool {
				return slices.ContainsFunc(meta.Authors, func(a corpus.Author) bool {
					if romanized {
						return printsName(line, a.Romanized)
					}
					return printsName(line, a.Name)
				})
			}
		}
		out := e.metaLines(names(false))
		if lang == analysis.English {
			// A passage printing both spellings is quoted once.
			for _, r := range e.metaLines(names(true)) {
				if !slices.ContainsFunc(out, func(o Result) bool { return o.PassageID == r.PassageID }) {
					out = append(out, r)
				}
			}
		}
		return out
	case ask == askDate && meta.Published != "":
		day, err := time.Parse(time.DateOnly, meta.Published)
		if err != nil {
			return nil
		}
		printed := strings.ReplaceAll(fmt.Sprintf("%d년 %d월 %d일", day.Year(), day.Month(), day.Day()), " ", "")
		return e.metaLines(func(line string) bool { return strings.Contains(strings.ReplaceAll(line, " ", ""), printed) })
	}
	return nil
}

// printsName tells whether line prints an author's name; an author the
// report gives no such name (no romanized one) is printed nowhere.
func printsName(line, name string) bool {
	return name != "" && strings.Contains(line, name)
}

// metaLines is the passage of the front matter with the most lines that
// says holds, quoting those lines; none where no line does.
func (e *Engine) metaLines(says func(line string) bool) []Result {
	doc := e.x.Document()
	best, bestN := -1, 0
	var bestLines []string
	for _, p := range doc.Passages {
		if p.Kind != corpus.KindMeta {
			continue
		}
		var lines []string
		for _, ln := range strings.Split(p.Text, "\n") {
			if says(ln) {
				lines = append(lines, ln)
			}
		}
		if len(lines) > bestN {
			best, bestN, bestLines = p.ID, len(lines), lines
		}
	}
	if best < 0 {
		return nil
	}
	p := doc.Passages[best]
	s, _ := doc.Section(p.Section)
	ex := excerpt.Lead([]string{strings.Join(bestLines, "\n")}, e.x.Params().MaxExcerptRunes)
	return []Result{{PassageID: best, Section: p.Section, SectionTitle: s.Title, Path: p.Path,
		Pages: e.x.Passages().Pages(best), Excerpt: ex, Text: p.Text}}
}

// metaLine states in one line who made the report or when it came out, from
// its metadata, in the asker's language.
func (e *Engine) metaLine(ask reportAsk, r Result, lang string) string {
	meta := e.x.Document().Meta
	english := lang != analysis.Korean
	switch ask {
	case askAuthors:
		names := make([]string, 0, len(meta.Authors))
		for _, a := range meta.Authors {
			name := a.Name
			if english && a.Romanized != "" {
				name = a.Romanized
			}
			if a.Role == leadRole {
				if english {
					name += " (project leader)"
				} else {
					name += "(" + a.Role + ")"
				}
			}
			names = append(names, name)
		}
		label := "저자"
		if english {
			label = "Authors"
		}
		return fmt.Sprintf("%s: %s (%s)", label, strings.Join(names, ", "), whereFrom(r, lang))
	case askDate:
		day, err := time.Parse(time.DateOnly, meta.Published)
		if err != nil {
			return ""
		}
		if english {
			return fmt.Sprintf("Published: %s (%s)", day.Format("2 January 2006"), whereFrom(r, lang))
		}
		return fmt.Sprintf("발행: %d년 %d월 %d일 (%s)", day.Year(), day.Month(), day.Day(), whereFrom(r, lang))
	}
	return ""
}

// leadRole is the role the house style's front matter gives the project's
// leader.
const leadRole = "연구책임자"

// A summary answer shows its first summaryPoints points unless the question
// asks for a number; a point is at least minPointRunes long.
const (
	summaryPoints = 5
	minPointRunes = 60
)

// recommendationSection is the section whose title says it holds the
// recommendations (제언), else the last section of the last chapter.
func recommendationSection(doc *corpus.Document) string {
	last := ""
	for _, s := range doc.Sections {
		if strings.Contains(s.Title, "제언") {
			return s.ID
		}
		if s.Level == 2 {
			last = s.ID
		}
	}
	return last
}

// compareWords mark a question that sets things side by side.
// strongCompareWords say outright that a question compares.
func strongCompareWords() []string {
	return []string{"비교", "차이", "둘 중", "둘중", "vs", "versus", "compar", "bigger", "larger", "which of the two"}
}

func compareWords() []string {
	return append(strongCompareWords(), "다른", "다르", "달라", "대비", "어느 쪽", "differ", "contrast")
}

// side is one thing a comparison sets beside another: a country or company
// of the entity table (name), or a name or code of the question itself
// (concept), such as a model or a chip.
type side struct {
	name    string // the entity's canonical name, or the concept's surface
	entity  bool
	concept question.Concept
}

// comparing returns the things a question compares, when it asks how they
// differ and names two or more: countries and companies, else names and
// codes ("PaLM-E", "Gemini").
func (e *Engine) comparing(words *wording, query question.Query) []side {
	if !words.compare {
		return nil
	}
	var sides []side
	seen := map[string]bool{}
	// A word typed only aside (the asker's reason: "…? 주요국과 비교하려고")
	// is no side: the remark says what the asker will compare, not what
	// the question asks.
	query.Concepts = slices.DeleteFunc(slices.Clone(query.Concepts), func(c question.Concept) bool { return c.Aside })
	for _, c := range query.Concepts {
		if n, ok := e.x.EntityOf(c); ok && !seen[n] {
			seen[n] = true
			sides = append(sides, side{name: n, entity: true, concept: c})
		}
	}
	if len(sides) >= 2 {
		return sides
	}
	// Names and codes are set side by side only where the question says it
	// compares: "다른" also means "another".
	if !words.is(compareStrong) {
		return nil
	}
	// Sides are things of one kind, and "A vs B" says which two: where it
	// joins years or figures ("2023 vs 2022"), the question compares
	// those, and the names elsewhere in it (a country, a field) are no
	// sides but what both years are about.
	for i, c := range query.Concepts {
		if joins(c.Surface) && (i > 0 && query.Concepts[i-1].Number || i+1 < len(query.Concepts) && query.Concepts[i+1].Number) {
			return nil
		}
	}
	sides = sides[:0]
	for _, c := range query.Concepts {
		if c.DF > 0 && !c.Number && !c.Verbal && (c.Must || c.Name || c.Strict || c.Spec >= 1) && !seen[c.Surface] {
			seen[c.Surface] = true
			sides = append(sides, side{name: c.Surface, concept: c})
		}
	}
	if len(sides) < 2 || ofOne(sides) {
		return nil
	}
	return sides
}

// ofOne tells whether sides are a country or company and one thing
// named beside it: no two things of one kind, but a thing and whom it is
// of ("삼성전자 HBM3E … 비교하려고" asks of the company's product, to set
// beside another's; the company with its product is no comparison).
func ofOne(sides []side) bool {
	var ents, rest int
	for _, s := range sides {
		if s.concept.Entity {
			ents++
		} else {
			rest++
		}
	}
	return ents == 1 && rest == 1
}

// joins tells whether a word of a question joins the two things it
// compares, one on each side of it.
func joins(word string) bool {
	switch strings.TrimSuffix(strings.ToLower(word), ".") {
	case "vs", "versus":
		return true
	}
	return false
}

// about tells whether passage id is about a side: filed under or naming the
// entity, or holding the name or code.
func (e *Engine) about(id int, s side) bool {
	if s.entity {
		return e.x.Passages().About(id, s.name)
	}
	return e.x.Passages().States(s.concept, id)
}

// answerComparison finds the evidence for each side: a passage that treats
// them together first (both is the whole question's ranking), then each
// side's best passages in turn, labelled.
func (e *Engine) answerComparison(ctx context.Context, query question.Query, both []search.Candidate, sides []side, n int) ([]Result, error) {
	floor := e.x.Params().MinCoverage
	var out []Result
	seen := map[int]bool{}
	for _, c := range both {
		if c.Cover < floor {
			break
		}
		all := true
		for _, s := range sides {
			all = all && e.about(c.ID, s)
		}
		if all {
			r := e.result(c, query)
			out = append(out, r)
			seen[c.ID] = true
			break
		}
	}
	per := make([][]Result, len(sides))
	for i, s := range sides {
		sub := query
		sub.Concepts = nil
		for _, c := range query.Concepts {
			if other := e.sideOf(c, sides); other >= 0 && other != i {
				continue
			}
			sub.Concepts = append(sub.Concepts, c)
		}
		ranked, err := e.x.Rank(ctx, sub)
		if err != nil {
			return nil, err
		}
		// Of the passages that cover enough to answer, one the report
		// files under another country or company speaks of the side in
		// passing: the side's own or unfiled ones come first.
		answering := ranked
		for k, c := range ranked {
			if c.Cover < floor {
				answering = ranked[:k]
				break
			}
		}
		if s.entity {
			var own, passing []search.Candidate
			for _, c := range answering {
				if e.x.Passages().FiledElsewhere(c.ID, s.name) {
					passing = append(passing, c)
				} else {
					own = append(own, c)
				}
			}
			answering = append(own, passing...)
		}
		for _, c := range answering {
			if len(per[i]) == 2 {
				break
			}
			if seen[c.ID] || !e.about(c.ID, s) {
				continue
			}
			seen[c.ID] = true
			r := e.result(c, sub)
			r.Label = s.name
			per[i] = append(per[i], r)
		}
	}
	for k := 0; k < 2; k++ {
		for _, side := range per {
			if k < len(side) {
				out = append(out, side[k])
			}
		}
	}
	if len(out) > max(n, len(sides)) {
		out = out[:max(n, len(sides))]
	}
	return out, nil
}

// sideOf is the index of the side concept c names, or -1.
func (e *Engine) sideOf(c question.Concept, sides []side) int {
	for i, s := range sides {
		if s.entity {
			if n, ok := e.x.EntityOf(c); ok && n == s.name {
				return i
			}
		} else if c.Surface == s.name {
			return i
		}
	}
	return -1
}
