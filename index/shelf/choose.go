package shelf

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
	"github.com/stepi-tools/reportbot/index/tuning"
)

// naming is the reports a question names, and the question to put to
// them. A report is named by its series number ("2031-03") or a whole
// title anywhere, and by the words just before a word that says "report"
// ("배터리 보고서", "the 2032 report", "AI 초격차 보고서"): a word of its
// title that another loaded report's title does not share, or its year.
// Words before one such word that name two reports ("양자랑 배터리 보고서",
// "the quantum and battery reports"), or two such phrases, name both: the
// question compares them. What names a report is read from the reports
// themselves, never from a list of particular reports. The question put to
// them drops a series number or year that named a report, which would find
// the title page and the dates, but keeps the words of a title, which say
// what the report is about (asked "보고서에선 미국이 뭐 한대?", the quantum
// report declines; asked with 양자, it answers). When nothing names a
// report, pick is nil and rest is q.
func (s *Shelf) naming(q string) (pick []int, rest string) {
	if len(s.reports) < 2 {
		return nil, q
	}
	general := s.reports[0].x.General()
	words := wordsOf(q)
	named := make([]bool, len(s.reports))
	var cut [][2]int // spans of q to drop
	lowerQ := strings.ToLower(q)
	for r, e := range s.reports {
		for _, t := range e.words.titles {
			if strings.Contains(lowerQ, t) {
				named[r] = true
			}
		}
		if e.words.number == "" {
			continue
		}
		for i, w := range words {
			if w.key != e.words.number {
				continue
			}
			named[r] = true
			from, to := w.start, w.end
			if name, _, _ := strings.Cut(e.words.series, " "); i > 0 && words[i-1].text == name {
				from = words[i-1].start
			}
			if i+1 < len(words) && words[i+1].start == w.end && particles(words[i+1].text, general) {
				to = words[i+1].end // 2031-03에서: the particle goes with the number
			}
			cut = append(cut, [2]int{from, to})
		}
	}
	// Who each word of the question could name: the reports whose title
	// has it, whose year or series number it is.
	names := func(w word) []bool {
		var bases []string
		if w.hangul {
			bases = stems(w.text, general)
		}
		var who []bool
		for r, e := range s.reports {
			ok := w.key == e.words.year || w.key == e.words.number
			for _, t := range e.words.title {
				ok = ok || nameMatch(w, bases, t)
			}
			if ok {
				if who == nil {
					who = make([]bool, len(s.reports))
				}
				who[r] = true
			}
		}
		return who
	}
	for i, w := range words {
		if !isCue(w, general) {
			continue
		}
		// The phrase before the cue, read backwards: parts joined by a
		// connector each name the reports all their words name.
		var part []bool
		var partCut [][2]int
		end := func() {
			if part != nil && slices.Contains(part, true) {
				for r, ok := range part {
					named[r] = named[r] || ok
				}
				cut = append(cut, partCut...)
			}
			part, partCut = nil, nil
		}
		for j := i - 1; j >= 0; j-- {
			w := words[j]
			if connector(w.key) {
				end()
				continue
			}
			who := names(w)
			if who == nil {
				break
			}
			if joins(w) {
				end()
			}
			if s.dated(w) {
				partCut = append(partCut, [2]int{w.start, w.end})
				if j+1 < i && (words[j+1].key == "년" || words[j+1].key == "년도") {
					partCut = append(partCut, [2]int{words[j+1].start, words[j+1].end})
				}
			}
			if !all(who) { // a word every title has tells none apart
				if part == nil {
					part = who
				} else {
					for r := range part {
						part[r] = part[r] && who[r]
					}
				}
			}
		}
		end()
	}
	for r, ok := range named {
		if ok {
			pick = append(pick, r)
		}
	}
	if len(pick) == 0 {
		return nil, q
	}
	return pick, without(q, cut)
}

// dated tells whether w is the year or the series number of a report.
// Naming it, it is dropped from the question: asked of the report, it
// would find the title page and the dates, not what was asked.
func (s *Shelf) dated(w word) bool {
	for _, e := range s.reports {
		if w.key == e.words.year || w.key == e.words.number {
			return true
		}
	}
	return false
}

func all(who []bool) bool { return !slices.Contains(who, false) }

// without is q with the spans cut out and its spaces tidied; q itself when
// nothing but spaces and punctuation would be left.
func without(q string, cut [][2]int) string {
	slices.SortFunc(cut, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	var b strings.Builder
	at := 0
	for _, c := range cut {
		if c[0] >= at {
			b.WriteString(q[at:c[0]])
			b.WriteByte(' ')
		}
		at = max(at, c[1])
	}
	b.WriteString(q[at:])
	rest := strings.Join(strings.Fields(b.String()), " ")
	if len(wordsOf(rest)) == 0 {
		return q
	}
	return rest
}

// choose is the reports a question may be put to when it names none, in
// the order they are asked (see askInWaves): the ones whose words fit it
// best. A word of the question weighs by how few of the
// reports hold it (a word every report holds tells none apart) and by how
// specific it is in language at large (a name, a code or a figure more
// than a general word, an everyday word not at all); a report's fit is the
// weight of the question's words it holds. The best fitting reports are
// asked, at most ShelfMaxAsked (tuning.Params). A report is left out when
// its fit is under ShelfFitShare of the best's and short of it by at least the weight of one
// specific word that every other report holds: so a general word that a
// short report happens to lack (fund, 규모) leaves no report out on a
// shelf of two. When no word tells the reports apart, the first
// ShelfMaxAsked are asked.
func (s *Shelf) choose(q string) []int {
	fit := s.fit(q)
	order := make([]int, len(s.reports))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(fit[b], fit[a]) })
	best := fit[order[0]]
	p := s.reports[0].x.Params()
	gap := math.Log(float64(len(s.reports)) / float64(len(s.reports)-1))
	var pick []int
	for _, r := range order {
		if len(pick) == p.ShelfMaxAsked || fit[r] < p.ShelfFitShare*best && best-fit[r] >= gap {
			break
		}
		pick = append(pick, r)
	}
	return pick
}

// fit is how well each report's words fit the question's (see choose).
// The question is read once, by the first report's analyser: its words
// without particles and endings, and not the words of its frame (뭐야,
// how much). A report holds a word when it holds the word or one of its
// translations (subsidy, 보조금; 블랙웰, Blackwell).
func (s *Shelf) fit(q string) []float64 {
	fit := make([]float64, len(s.reports))
	held := make([]bool, len(s.reports))
	words := s.words()
	set := func() []uint64 { return make([]uint64, words.stride) }
	holding, form, scratch := set(), set(), set()
	for _, w := range s.askedWords(q) {
		clear(holding)
		for _, f := range w.forms {
			words.holdingAll(f, form, scratch)
			for k, b := range form {
				holding[k] |= b
			}
		}
		for r := range s.reports {
			at := s.place[r]
			held[r] = holding[at/64]&(1<<(at%64)) != 0
		}
		addFit(fit, held, w.spec)
	}
	return fit
}

// askedWord is one word of a question as fit weighs it: how specific it is,
// and the forms a report may hold it in.
type askedWord struct {
	spec  float64
	forms [][]string
}

// askedWords reads a question for fit: its words, each once, less the
// frame, sources and everyday words, with their forms: the word itself,
// and its translations, of it alone or of a phrase of it and the next word
// (action plan); a form of several words is held when each is.
func (s *Shelf) askedWords(q string) []askedWord {
	first := s.reports[0]
	var out []askedWord
	seen := map[string]bool{}
	toks := first.x.Tokens(q)
	for i, tok := range toks {
		if tok.Frame || tok.Source || len(tok.Terms) == 0 || seen[tok.Terms[0]] {
			continue
		}
		seen[tok.Terms[0]] = true
		spec := specificity(tok, first.x.General(), first.x.Params())
		if spec == 0 {
			continue
		}
		forms := [][]string{{tok.Terms[0]}}
		surface := strings.ToLower(tok.Surface)
		keys := []string{surface, singular(surface), tok.Terms[0]}
		if i+1 < len(toks) {
			next := strings.ToLower(toks[i+1].Surface)
			keys = append(keys, surface+" "+next, surface+" "+singular(next))
		}
		translated := map[string]bool{}
		for _, k := range keys {
			for _, t := range s.translations[k] {
				if translated[t] {
					continue
				}
				translated[t] = true
				var words []string
				for _, w := range wordsOf(t) {
					words = append(words, w.key)
				}
				forms = append(forms, words)
			}
		}
		out = append(out, askedWord{spec, forms})
	}
	return out
}

// addFit adds a word's weight to the fit of the reports that hold it: its
// specificity times its inverse report frequency, nothing when no report or
// every report holds it.
func addFit(fit []float64, held []bool, spec float64) {
	df := 0
	for _, h := range held {
		if h {
			df++
		}
	}
	if df == 0 || df == len(held) {
		return
	}
	weight := spec * math.Log(float64(len(held))/float64(df))
	for r, h := range held {
		if h {
			fit[r] += weight
		}
	}
}

// specificity is how much a word of a question says in language at large:
// 1 for a figure, a code, or a word the general lists lack or rank rare (a
// name, a term of art), less for a general word or a verb, 0 for an
// everyday word (규모, what).
func specificity(tok analysis.Token, general *lexicon.General, p tuning.Params) float64 {
	switch {
	case tok.Kind == analysis.TokNumber || tok.Kind == analysis.TokCode:
		return 1
	case tok.Kind == analysis.TokEnglish:
		g, ok := general.English(tok.Surface)
		return byRank(g.Rank, ok, p)
	case tok.Verbal:
		return p.ShelfVerbSpec
	}
	g, ok := general.Korean(tok.Terms[0])
	return byRank(g.Rank, ok, p)
}

// byRank is the specificity of a word by its rank in a general list (1 is
// the most common): 0 within ShelfEverydayRank, ShelfCommonSpec within
// ShelfCommonRank, 1 for a rarer word or one the list lacks.
func byRank(rank int, listed bool, p tuning.Params) float64 {
	switch {
	case !listed:
		return 1
	case rank <= p.ShelfEverydayRank:
		return 0
	case rank <= p.ShelfCommonRank:
		return p.ShelfCommonSpec
	}
	return 1
}
