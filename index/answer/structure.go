package answer

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/excerpt"
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
)

// reportWords are the words that ask about the report as a whole, by what
// they want; modifierWords may stand beside them ("핵심 제언 세 가지").
// Terms are the analyser's main forms (English stems).
type reportWords struct {
	// mention finds, before any analysis, a question that may be about the
	// whole report: it names the report or one of the wants.
	mention  *regexp.Regexp
	want     map[string]reportAsk
	modifier map[string]bool
	count    map[string]int
}

func newReportWords() reportWords {
	want := map[string]reportAsk{}
	for _, w := range []string{"요약", "개요", "요지", "summari", "summar", "overview", "gist", "tldr"} {
		want[w] = askSummary
	}
	for _, w := range []string{"제언", "결론", "시사점", "권고", "권고안", "recommend", "conclus", "conclud", "takeaway", "implic"} {
		want[w] = askRecommendations
	}
	for _, w := range []string{"목차", "구성", "챕터", "chapter", "structur", "outlin", "contents", "content"} {
		want[w] = askChapters
	}
	mod := map[string]bool{}
	for _, w := range []string{"보고서", "연구", "핵심", "주요", "중요", "전체", "간단", "간단히", "짧게", "한눈", "정리", "가지", "장", "각", "무엇",
		"report", "studi", "key", "main", "major", "import", "brief", "short", "overal", "whole", "paper", "document", "research"} {
		mod[w] = true
	}
	count := map[string]int{"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
	mention := regexp.MustCompile(`(?i)보고서|요약|개요|요지|제언|결론|시사점|권고|목차|구성|챕터|report|summar|overview|gist|tl;?dr|recommend|conclu|takeaway|implication|chapter|structure|outline|contents`)
	return reportWords{mention: mention, want: want, modifier: mod, count: count}
}

// reportAsk reads a question about the whole report: every word is a frame
// word, a word about the report, or a count; at least one says what is
// wanted, or the report itself is all the question names.
func (e *Engine) reportAsk(q string) (reportAsk, int) {
	if !e.words.mention.MatchString(q) {
		return askNone, 0 // no word of the kind: no need to analyse
	}
	ask, n, report := askNone, 0, false
	for _, t := range e.x.Tokens(q) {
		if len(t.Terms) == 0 {
			continue
		}
		main := t.Terms[0]
		if k, ok := e.words.count[strings.ToLower(t.Surface)]; ok {
			n = k
			continue
		}
		if t.Kind == analysis.TokNumber {
			if k, err := strconv.Atoi(main); err == nil && k > 0 && k <= 10 {
				n = k
				continue
			}
		}
		if a, ok := e.words.want[main]; ok {
			if ask == askNone {
				ask = a
			}
			continue
		}
		if e.words.modifier[main] || main == "보고서" || main == "report" {
			report = report || main == "보고서" || main == "report"
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
func compareWords() []string {
	return []string{"차이", "비교", "다른", "다르", "달라", "대비", "반면", "차별", "differ", "compar", "contrast", "versus", "vs"}
}

// comparing returns the countries or companies a question compares, when it
// names two or more and asks how they differ.
func (e *Engine) comparing(q string, query index.Query) []string {
	compare := false
	low := strings.ToLower(q)
	for _, w := range e.compare {
		if strings.Contains(low, w) {
			compare = true
			break
		}
	}
	if !compare {
		return nil
	}
	var names []string
	seen := map[string]bool{}
	for _, c := range query.Concepts {
		if n, ok := e.x.EntityOf(c); ok && !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	if len(names) < 2 {
		return nil
	}
	return names
}

// answerComparison finds the evidence for each side: a passage that treats
// them together first (both is the whole question's ranking), then each
// side's best passages in turn, labelled.
func (e *Engine) answerComparison(ctx context.Context, query index.Query, both []index.Candidate, names []string, n int) ([]Result, error) {
	floor := e.x.Params().MinCoverage
	var out []Result
	seen := map[int]bool{}
	for _, c := range both {
		if c.Cover < floor {
			break
		}
		all := true
		for _, name := range names {
			all = all && e.x.Passages().About(c.ID, name)
		}
		if all {
			r := e.result(c, query)
			out = append(out, r)
			seen[c.ID] = true
			break
		}
	}
	sides := make([][]Result, len(names))
	for i, name := range names {
		sub := query
		sub.Concepts = nil
		for _, c := range query.Concepts {
			if other, ok := e.x.EntityOf(c); ok && other != name {
				continue
			}
			sub.Concepts = append(sub.Concepts, c)
		}
		ranked, err := e.x.Rank(ctx, sub)
		if err != nil {
			return nil, err
		}
		for _, c := range ranked {
			if len(sides[i]) == 2 || c.Cover < floor {
				break
			}
			if seen[c.ID] || !e.x.Passages().About(c.ID, name) {
				continue
			}
			seen[c.ID] = true
			r := e.result(c, sub)
			r.Label = name
			sides[i] = append(sides[i], r)
		}
	}
	for k := 0; k < 2; k++ {
		for _, side := range sides {
			if k < len(side) {
				out = append(out, side[k])
			}
		}
	}
	if len(out) > max(n, len(names)) {
		out = out[:max(n, len(names))]
	}
	return out, nil
}
