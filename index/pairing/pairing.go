package pairing

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/pack"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/wordtable"
)

// SummarySection is the id of the report's English summary, and
// KoreanSummarySection that of its Korean summary.
const (
	SummarySection       = "summary-en"
	KoreanSummarySection = "summary-ko"
)

// Sentence is one sentence of the English summary.
type Sentence struct {
	Index   int    // position among the summary's sentences, from 0
	Passage int    // the summary passage that holds it
	Text    string // as printed
}

// Pairer finds the English summary sentence that says what a Korean line
// says. It is read-only once built.
type Pairer struct {
	p         Params
	x         *extractor
	sentences []Sentence
	ids       map[string]int // item → id, for items some sentence holds
	names     []string       // id → item
	weight    []float64      // id → kind weight × IDF × rarity among Korean lines
	anchor    []bool         // id → a name, code or figure rare enough to anchor a pair
	holders   [][]int        // id → sentences holding it
	total     []float64      // sentence → the weight of all its items
	// koDF counts the report's Korean lines that hold each item, of koLines
	// lines: 기업 and 개발 are on every other line and say little, 공급망
	// and 유즈케이스 on a few. It is nil once rarity is worked out from it.
	koDF    map[string]int
	koLines int
	// counted are the items koDF held, and rarity their koRarity, worked
	// out once: a word table and an array rather than a map, whose keys
	// and buckets a shelf of many pairers would keep for every
	// collection to scan.
	counted wordtable.Table
	rarity  []float64
	// summary are the letters of the Korean summary's lines, each line's
	// after a line break. The English summary condenses the Korean one, so
	// a line the Korean summary carries (or its copy in the body) is where
	// an English sentence most likely comes from; a line found only in the
	// body must share more. long are its lines that have MinSummaryRunes
	// letters or more, in the order of their first MinSummaryRunes
	// letters (their heads), and first the index in long of the first
	// line of each head (see inSummary): parts of summary, not copies.
	summary string
	long    []string
	first   map[string]int
	// lines are the readings of the Korean lines rank has read (see
	// lineOf), by text, made on first need; read counts them. Excerpts
	// are cut per question, so a long-running bot meets ever new lines:
	// past maxReadLines a line is read and not kept.
	lines *sync.Map
	read  *atomic.Int64
}

// maxReadLines bounds the readings a pairer keeps: several times the
// lines of a report, so that what the bot shows again is kept.
const maxReadLines = 1 << 14

// lineRead is what rank reads of a Korean line: whether the Korean
// summary carries it (inSummary), and its groups of items.
type lineRead struct {
	inSummary bool
	groups    [][]string
}

// lineOf reads line as rank needs it, once for the pairer: a reply pairs
// the lines of the passages it shows, and the same passages come back
// question after question. The groups kept are only ever read.
func (pr *Pairer) lineOf(line string) lineRead {
	if r, ok := pr.lines.Load(line); ok {
		return r.(lineRead)
	}
	r := lineRead{inSummary: pr.inSummary(line)}
	if r.inSummary || pr.bodyCanPair() {
		r.groups = pr.x.korean(line)
	}
	if pr.read.Add(1) <= maxReadLines {
		pr.lines.Store(line, r)
	}
	return r
}

// Unread returns a copy of the pairer that shares everything but the
// lines it has read: two pairers built alike then compare equal, whatever
// each has paired.
func (pr *Pairer) Unread() *Pairer {
	c := *pr
	c.lines, c.read = &sync.Map{}, &atomic.Int64{}
	return &c
}

// New reads the English summary of doc into sentences and their items. A
// report with no English summary gives a Pairer that pairs nothing.
// gloss are the glossary's entries and names the Hangul spellings of Latin
// names, in the layout of analysis.EmbeddedGlossary and EmbeddedNames.
func New(doc *corpus.Document, gloss, names []analysis.Entry, p Params) (*Pairer, error) {
	if doc == nil || doc.Entities == nil {
		return nil, errors.New("pairing: no document")
	}
	return NewWith(doc, NewTables(gloss, names, p))
}

// NewWith is New with tables built by NewTables, which it shares and never
// changes: the pairers of several reports can share one, and it pairs by
// the Params the tables were built with.
func NewWith(doc *corpus.Document, t *Tables) (*Pairer, error) {
	if doc == nil || doc.Entities == nil {
		return nil, errors.New("pairing: no document")
	}
	p := t.p
	pr := &Pairer{p: p, x: newExtractor(doc.Entities, t), ids: map[string]int{}, lines: &sync.Map{}, read: &atomic.Int64{}}
	for _, ps := range doc.Passages {
		// The summary's title repeats the front matter (Duplicate ≥ 0) and
		// its list of authors is not prose.
		if ps.Section != SummarySection || ps.Kind != corpus.KindProse || ps.Duplicate >= 0 {
			continue
		}
		for _, line := range strings.Split(ps.Text, "\n") {
			for _, s := range pr.x.sentences(line) {
				pr.sentences = append(pr.sentences, Sentence{Index: len(pr.sentences), Passage: ps.ID, Text: s})
			}
		}
	}
	if len(pr.sentences) == 0 {
		// A report of the same layout may come without an English summary:
		// then nothing pairs, and answers are as before.
		return pr, nil
	}
	var items [][]int
	for i, s := range pr.sentences {
		var ids []int
		for _, it := range pr.x.english(s.Text) {
			id, ok := pr.ids[it]
			if !ok {
				id = len(pr.names)
				pr.ids[it] = id
				pr.names = append(pr.names, it)
				pr.holders = append(pr.holders, nil)
			}
			pr.holders[id] = append(pr.holders[id], i)
			ids = append(ids, id)
		}
		items = append(items, ids)
	}
	pr.koDF = map[string]int{}
	var summarised []string
	for _, ps := range doc.Passages {
		if ps.Section == SummarySection {
			continue
		}
		for _, line := range strings.Split(ps.Text, "\n") {
			if !analysis.HasHangul(line) {
				continue
			}
			if ps.Section == KoreanSummarySection {
				summarised = append(summarised, letters(line))
			}
			pr.koLines++
			seen := map[string]bool{}
			for _, g := range pr.x.korean(line) {
				for _, it := range g {
					if !seen[it] {
						seen[it] = true
						pr.koDF[it]++
					}
				}
			}
		}
	}
	pr.summary = strings.Join(summarised, "\n")
	for s := range strings.SplitSeq(pr.summary, "\n") {
		if utf8.RuneCountInString(s) >= p.MinSummaryRunes {
			pr.long = append(pr.long, s)
		}
	}
	slices.SortStableFunc(pr.long, func(a, b string) int {
		return strings.Compare(runesPrefix(a, p.MinSummaryRunes), runesPrefix(b, p.MinSummaryRunes))
	})
	pr.first = make(map[string]int, len(pr.long))
	for i, s := range pr.long {
		h := runesPrefix(s, p.MinSummaryRunes)
		if _, ok := pr.first[h]; !ok {
			pr.first[h] = i
		}
	}
	counted := slices.Sorted(maps.Keys(pr.koDF))
	pr.counted = wordtable.New(counted)
	pr.rarity = make([]float64, len(counted))
	for i, it := range counted {
		pr.rarity[i] = pr.rarityOf(it)
	}
	// rarity holds every item koDF counts; for any other, koDF would say 0,
	// as a nil map does. A shelf of many reports keeps a pairer each, and
	// the garbage collector need not scan the map of their items.
	pr.koDF = nil
	// Each item's holders are parts of one array: a shelf keeps a pairer
	// a report, and each list was an object of its own that every
	// collection marks.
	pack.Slices(pack.Elems(pr.holders))
	n := float64(len(pr.sentences))
	pr.weight = make([]float64, len(pr.names))
	pr.anchor = make([]bool, len(pr.names))
	for id, it := range pr.names {
		idf := math.Log((n + 1) / float64(len(pr.holders[id])))
		pr.weight[id] = pr.kindWeight(it) * idf * pr.koRarity(it)
		pr.anchor[id] = !strings.HasPrefix(it, prefixTerm) && idf >= p.MinAnchorIDF
	}
	pr.total = make([]float64, len(pr.sentences))
	for i, ids := range items {
		for _, id := range ids {
			pr.total[i] += pr.weight[id]
		}
	}
	return pr, nil
}

// koRarity is how rare an item is among the report's Korean lines, from 1
// (on none) towards 0 (on all), raised to KoreanRarity.
func (pr *Pairer) koRarity(it string) float64 {
	if i, ok := pr.counted.Find(it); ok {
		return pr.rarity[i]
	}
	return 1 // on no Korean line: what rarityOf works out for a count of 0
}

func (pr *Pairer) rarityOf(it string) float64 {
	top := math.Log(float64(pr.koLines + 1))
	if top <= 0 {
		return 1
	}
	r := math.Log(float64(pr.koLines+1)/float64(pr.koDF[it]+1)) / top
	return math.Pow(min(1, r), pr.p.KoreanRarity)
}

// groupWeight is the weight of one thing a Korean line says, read as any
// of the items of g: its kind's weight, times its rarity among the summary's
// sentences (those holding any of its readings: a Korean word with a rare
// reading and a common one is as common as the two together), times its
// rarity among the report's Korean lines. A group no sentence holds weighs
// as one held by a single sentence, scaled by UnseenWeight, and known is
// false. seen is scratch space of one flag per sentence.
func (pr *Pairer) groupWeight(g []string, seen []bool) (w float64, known bool) {
	clear(seen)
	holders := 0
	var kind, rarity float64
	for _, it := range g {
		kind = max(kind, pr.kindWeight(it))
		if r := pr.koRarity(it); rarity == 0 || r < rarity {
			rarity = r
		}
		id, ok := pr.ids[it]
		if !ok {
			continue
		}
		for _, s := range pr.holders[id] {
			if !seen[s] {
				seen[s] = true
				holders++
			}
		}
	}
	n := float64(len(pr.sentences))
	if holders == 0 {
		return kind * math.Log(n+1) * rarity * pr.p.UnseenWeight, false
	}
	return kind * math.Log((n+1)/float64(holders)) * rarity, true
}

func (pr *Pairer) kindWeight(it string) float64 {
	switch {
	case strings.HasPrefix(it, prefixFigure):
		return pr.p.FigureWeight
	case strings.HasPrefix(it, prefixName), strings.HasPrefix(it, prefixCode):
		return pr.p.NameWeight
	}
	return pr.p.TermWeight
}

// Sentences returns the summary's sentences in order.
func (pr *Pairer) Sentences() []Sentence { return pr.sentences }

// Params returns the parameters the pairer was built with.
func (pr *Pairer) Params() Params { return pr.p }

// English returns the summary sentence that says what the Korean text says,
// if one clearly does. The text may be an excerpt of several lines; each
// line is compared on its own, since an excerpt's second line often says
// something else. Text with no Hangul has no pair.
func (pr *Pairer) English(text string) (Sentence, bool) {
	c := pr.rank(text)
	if !c.ok {
		return Sentence{}, false
	}
	return pr.sentences[c.best], true
}

// candidate is the outcome of ranking the sentences for a text.
type candidate struct {
	best, second   int // sentence indexes; -1 when none
	sim, secondSim float64
	weight         float64  // the shared weight of the best
	cover          float64  // the share of the best sentence's own weight the line holds
	summarised     bool     // the best pair's line is one the Korean summary carries
	shared         []string // the items the best sentence shares
	anchored, ok   bool
}

// rank scores every sentence against each line of text and decides.
func (pr *Pairer) rank(text string) candidate {
	c := candidate{best: -1, second: -1}
	if !analysis.HasHangul(text) {
		return c
	}
	n := len(pr.sentences)
	sims := make([]float64, n)
	raw := make([]float64, n)   // the shared weight behind each similarity
	summ := make([]bool, n)     // whether that line is one the Korean summary carries
	cover := make([]float64, n) // the share of the sentence's weight that line holds
	shared := make([][]int, n)
	score := make([]float64, n)
	common := make([][]int, n)
	taken := make([]bool, n) // sentences a group has counted for
	holders := make([]bool, n)
	for _, line := range strings.Split(text, "\n") {
		if !analysis.HasHangul(line) {
			continue
		}
		read := pr.lineOf(line)
		inSummary := read.inSummary
		if !inSummary && !pr.bodyCanPair() {
			continue // it could not be shown, so it is not read
		}
		clear(score)
		for s := range common {
			common[s] = common[s][:0]
		}
		var lineWeight float64
		for _, g := range read.groups {
			gw, known := pr.groupWeight(g, holders)
			lineWeight += gw
			if !known {
				continue
			}
			// The group counts once for each sentence holding one of its
			// readings that no other group of the line has taken.
			for _, it := range g {
				id, ok := pr.ids[it]
				if !ok {
					continue
				}
				for _, s := range pr.holders[id] {
					if !taken[s] && !slices.Contains(common[s], id) {
						taken[s] = true
						score[s] += gw
						common[s] = append(common[s], id)
					}
				}
			}
			clear(taken)
		}
		if lineWeight == 0 {
			continue
		}
		for s := range score {
			if score[s] == 0 {
				continue
			}
			sim := score[s] / (math.Pow(lineWeight, pr.p.LineShare) * math.Pow(pr.total[s], 1-pr.p.LineShare))
			if sim > sims[s] {
				sims[s], raw[s], summ[s] = sim, score[s], inSummary
				shared[s] = append(shared[s][:0], common[s]...)
				var held float64
				for _, id := range common[s] {
					held += pr.weight[id]
				}
				cover[s] = held / pr.total[s]
			}
		}
	}
	for s, v := range sims {
		switch {
		case v == 0:
		case c.best < 0 || v > c.sim:
			c.second, c.secondSim = c.best, c.sim
			c.best, c.sim = s, v
		case c.second < 0 || v > c.secondSim:
			c.second, c.secondSim = s, v
		}
	}
	if c.best < 0 {
		return c
	}
	c.weight, c.summarised, c.cover = raw[c.best], summ[c.best], cover[c.best]
	for _, id := range shared[c.best] {
		c.shared = append(c.shared, pr.names[id])
		c.anchored = c.anchored || pr.anchor[id]
	}
	c.ok = pr.p.accepts(c)
	return c
}

// accepts says whether the best sentence of a ranking is shown. Its
// comparisons are why's, without the words, so that fitting can try many
// parameters fast.
func (p Params) accepts(c candidate) bool {
	switch {
	case c.best < 0, len(c.shared) < p.MinShared, c.weight < p.MinWeight:
		return false
	case !c.summarised && (!c.anchored || c.sim < p.MinSimBody):
		return false
	case c.anchored && c.sim < p.MinSim, !c.anchored && (c.sim < p.MinSimNoAnchor || c.cover < p.MinCoverNoAnchor):
		return false
	}
	return c.second < 0 || c.sim >= p.Margin*c.secondSim
}

// why says why accepts decides as it does.
func (p Params) why(c candidate) string {
	switch {
	case c.best < 0:
		return "no sentence shares an item"
	case len(c.shared) < p.MinShared:
		return fmt.Sprintf("shares %d items, fewer than %d", len(c.shared), p.MinShared)
	case c.weight < p.MinWeight:
		return fmt.Sprintf("shared weight %.2f below %.2f", c.weight, p.MinWeight)
	case !c.summarised && (!c.anchored || c.sim < p.MinSimBody):
		return fmt.Sprintf("a line only the body carries needs a rare name, code or figure and similarity %.2f; it has %.2f", p.MinSimBody, c.sim)
	case c.anchored && c.sim < p.MinSim:
		return fmt.Sprintf("similarity %.2f below %.2f", c.sim, p.MinSim)
	case !c.anchored && c.sim < p.MinSimNoAnchor:
		return fmt.Sprintf("no rare name, code or figure, and similarity %.2f below %.2f", c.sim, p.MinSimNoAnchor)
	case !c.anchored && c.cover < p.MinCoverNoAnchor:
		return fmt.Sprintf("no rare name, code or figure, and the line holds %.2f of the sentence, below %.2f", c.cover, p.MinCoverNoAnchor)
	case c.second >= 0 && c.sim < p.Margin*c.secondSim:
		return fmt.Sprintf("similarity %.2f not clearly ahead of %.2f", c.sim, c.secondSim)
	}
	return fmt.Sprintf("similarity %.2f, next %.2f", c.sim, c.secondSim)
}

// bodyCanPair tells whether a line only the body carries can reach
// MinSimBody: at LineShare 1 a similarity is a share, at most 1.
func (pr *Pairer) bodyCanPair() bool {
	return pr.p.MinSimBody <= 1 || pr.p.LineShare < 1
}

// inSummary tells whether the Korean summary carries the line, or the part
// of it an excerpt shows.
//
// A summary line holds the line's letters only where the whole summary
// holds their first MinSummaryRunes, which is looked for first; and the
// line holds a summary line's only where that line's first ones start,
// which is looked up at each of its letters (heads). Searching the line
// for each summary line, and each summary line for the line, long strings
// of Hangul, was slow, and most lines are no summary line's.
func (pr *Pairer) inSummary(line string) bool {
	l := letters(line)
	least := pr.p.MinSummaryRunes
	if utf8.RuneCountInString(l) < least {
		return false
	}
	// l holds no line break, so a line of the summary holds it where the
	// summary does.
	if strings.Contains(pr.summary, runesPrefix(l, least)) && strings.Contains(pr.summary, l) {
		return true
	}
	// The window of least letters from each letter of l on.
	from, end := 0, len(runesPrefix(l, least))
	for {
		if k, ok := pr.first[l[from:end]]; ok {
			// the lines of this head, which are those that start with it
			for ; k < len(pr.long) && strings.HasPrefix(pr.long[k], l[from:end]); k++ {
				if strings.HasPrefix(l[from:], pr.long[k]) {
					return true
				}
			}
		}
		if end == len(l) {
			return false
		}
		_, size := utf8.DecodeRuneInString(l[from:])
		from += size
		_, size = utf8.DecodeRuneInString(l[end:])
		end += size
	}
}

// runesPrefix is the first n runes of s, s itself when it has no more.
func runesPrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// letters keeps the letters and digits of s: an excerpt and the line it
// comes from differ in markup, bullets, spacing and the "…" of a cut.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// sentences cuts one line of English prose into its sentences.
func (x *extractor) sentences(line string) []string {
	var out []string
	for {
		line = strings.TrimSpace(line)
		loc := x.sentenceEnd.FindStringIndex(line)
		if loc == nil || abbreviation(line[:loc[0]+1]) {
			if loc != nil {
				// Look past an abbreviation for the next end.
				if rest := x.sentences(line[loc[1]-1:]); len(rest) > 0 {
					out = append(out, line[:loc[1]-1]+rest[0])
					return append(out, rest[1:]...)
				}
			}
			if line != "" {
				out = append(out, line)
			}
			return out
		}
		out = append(out, line[:loc[0]+1])
		line = line[loc[1]-1:]
	}
}

// abbreviation tells whether text ends in a dotted abbreviation ("U.S.",
// "e.g.") rather than a sentence.
func abbreviation(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return strings.Count(w, ".") >= 2
}
