package shelf

import (
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
)

// A word is a run of Hangul syllables, or of other letters and digits
// (with the hyphens, dots and commas inside codes and figures: 2031-03,
// super-gap, 1.2, 6,000), and where it stands in its text.
type word struct {
	text       string // as written
	key        string // text, Latin letters lower-cased and a figure's commas dropped
	start, end int    // byte offsets in the text
	hangul     bool
}

// Classes of a rune for wordsOf.
const (
	runeOther = iota
	runeHangul
	runeAlnum
)

func runeClass(r rune) int {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		return runeHangul
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return runeAlnum
	}
	return runeOther
}

// wordsOf splits text into its words.
func wordsOf(text string) []word { return slices.Collect(eachWord(text)) }

// eachWord yields the words of text in order.
func eachWord(text string) iter.Seq[word] {
	return func(yield func(word) bool) {
		start, class := -1, runeOther
		flush := func(end int) bool {
			if start < 0 {
				return true
			}
			w := word{text: text[start:end], start: start, end: end, hangul: class == runeHangul}
			w.key = w.text
			if !w.hangul {
				w.key = strings.ToLower(w.text)
				if strings.Contains(w.key, ",") {
					w.key = strings.ReplaceAll(w.key, ",", "")
				}
			}
			start, class = -1, runeOther
			return yield(w)
		}
		for i, r := range text {
			c := runeClass(r)
			if c == runeOther && class == runeAlnum && (r == '-' || r == '.' || r == ',') {
				// A joiner stays inside a code or a figure when an
				// alphanumeric follows it (a dot or comma only between
				// digits).
				next, size := utf8.DecodeRuneInString(text[i+1:])
				prev, _ := utf8.DecodeLastRuneInString(text[:i])
				if size > 0 && runeClass(next) == runeAlnum && (r == '-' || unicode.IsDigit(prev) && unicode.IsDigit(next)) {
					continue
				}
			}
			if c != class {
				if !flush(i) {
					return
				}
				if c != runeOther {
					start, class = i, c
				}
			}
		}
		flush(len(text))
	}
}

// singular is an English plural's singular ("batteries" → "battery",
// "reports" → "report"), or w.
func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// reportWords is what names a report, and the words it holds.
type reportWords struct {
	series, number, year string // "정책연구 2031-03", "2031-03", "2031"
	// titles are its titles, lower-cased: a question is held against
	// every loaded report's titles, and lower-casing them each time was
	// most of what naming cost with fifty reports loaded.
	titles []string
	// title are the words of its titles that can name it: not the words
	// that say "report" and not the everyday words of English (for, on).
	title []word
	// vocab is every word the report holds, lower-cased and sorted.
	vocab wordList
}

// wordList is sorted words kept in one string: fifty reports' lists of
// words as slices of strings were some ten megabytes of string headers and
// small strings that every garbage collection marked again; the collector
// does not scan these.
type wordList struct {
	blob string
	ends []uint32 // word i is blob[ends[i-1]:ends[i]]
}

// newWordList keeps words, which are sorted.
func newWordList(words []string) wordList {
	var b strings.Builder
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.Grow(n)
	l := wordList{ends: make([]uint32, len(words))}
	for i, w := range words {
		b.WriteString(w)
		l.ends[i] = uint32(b.Len())
	}
	l.blob = b.String()
	return l
}

func (l wordList) len() int { return len(l.ends) }

func (l wordList) at(i int) string {
	start := uint32(0)
	if i > 0 {
		start = l.ends[i-1]
	}
	return l.blob[start:l.ends[i]]
}

// search is where t is or would be among the words.
func (l wordList) search(t string) int {
	lo, hi := 0, l.len()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if l.at(m) < t {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// wordsOfReport reads what names doc and the words it holds.
func wordsOfReport(doc *corpus.Document, general *lexicon.General, everydayRank int) reportWords {
	m := doc.Meta
	rw := reportWords{series: m.Series, year: m.Year()}
	if _, number, ok := strings.Cut(m.Series, " "); ok {
		rw.number = number
	}
	for _, t := range []string{m.TitleKo, m.TitleEn} {
		if t == "" {
			continue
		}
		rw.titles = append(rw.titles, strings.ToLower(t))
		for _, w := range wordsOf(t) {
			if !isCue(w, general) && !everyday(w, general, everydayRank) {
				rw.title = append(rw.title, w)
			}
		}
	}
	seen := map[string]struct{}{}
	add := func(text string) {
		for w := range eachWord(text) {
			seen[w.key] = struct{}{}
		}
	}
	add(m.TitleKo)
	add(m.TitleEn)
	for _, p := range doc.Passages {
		add(p.Text)
	}
	for _, sec := range doc.Sections {
		add(sec.Title)
		add(sec.TitleEn)
	}
	for _, f := range doc.Footnotes {
		add(f.Text)
	}
	for _, r := range doc.References {
		add(r.Text)
	}
	rw.vocab = newWordList(slices.Sorted(maps.Keys(seen)))
	return rw
}

// shelfWords is every word the reports of a shelf hold, sorted, with the
// reports that hold each (a set of their places on the shelf), so that fit
// learns which reports hold a word of a question at once: asking each
// report's own list took a binary search per report and word, a tenth of
// a question's processor time with fifty reports loaded.
type shelfWords struct {
	words  wordList
	stride int      // uint64s in a set of reports
	sets   []uint64 // sets[i*stride : (i+1)*stride]: the reports holding words[i]
}

// newShelfWords gathers the words of reports, the report at place i of
// the shelf being bit i.
func newShelfWords(reports []*Report) *shelfWords {
	sw := &shelfWords{stride: (len(reports) + 63) / 64}
	at := map[string]int{}
	var all []string
	var sets []uint64
	for r, rep := range reports {
		for k := range rep.words.vocab.len() {
			w := rep.words.vocab.at(k)
			i, ok := at[w]
			if !ok {
				i = len(all)
				at[w] = i
				all = append(all, w)
				sets = append(sets, make([]uint64, sw.stride)...)
			}
			sets[i*sw.stride+r/64] |= 1 << (r % 64)
		}
	}
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(all[a], all[b]) })
	words := make([]string, len(order))
	sw.sets = make([]uint64, len(sets))
	for k, i := range order {
		words[k] = all[i]
		copy(sw.sets[k*sw.stride:], sets[i*sw.stride:(i+1)*sw.stride])
	}
	sw.words = newWordList(words)
	return sw
}

// holding sets in into the reports that hold a word starting with term
// (the term of a Korean word is the word without its particles, and that
// of an English word its stem), and clears the others.
func (sw *shelfWords) holding(term string, into []uint64) {
	clear(into)
	for i := sw.words.search(term); i < sw.words.len() && strings.HasPrefix(sw.words.at(i), term); i++ {
		for k, b := range sw.sets[i*sw.stride : (i+1)*sw.stride] {
			into[k] |= b
		}
	}
}

// holdingAll sets in into the reports that hold every one of terms (see
// holding); none, when there are none. scratch is a set of the same size
// for its work.
func (sw *shelfWords) holdingAll(terms []string, into, scratch []uint64) {
	clear(into)
	for i, t := range terms {
		if i == 0 {
			sw.holding(t, into)
			continue
		}
		sw.holding(t, scratch)
		for k := range into {
			into[k] &= scratch[k]
		}
	}
}

// everyday tells whether a word of a title is an everyday English word
// (for, on, a), which names nothing: one within everydayRank of the
// general list.
func everyday(w word, general *lexicon.General, everydayRank int) bool {
	if w.hangul || hasDigit(w.key) {
		return false
	}
	g, ok := general.English(w.key)
	return ok && g.Rank <= everydayRank
}

func hasDigit(s string) bool { return strings.ContainsFunc(s, unicode.IsDigit) }

// cueWord tells whether w is a word that says "report": the words before
// one may name a report ("배터리 보고서", "the quantum report", "2024-08 연구").
func cueWord(w string) bool {
	switch w {
	case "보고서", "리포트", "연구", "연구보고서", "report", "study", "paper":
		return true
	}
	return false
}

// isCue tells whether w says "report", with a particle glued to it
// (보고서에서, 연구의) or as an English plural.
func isCue(w word, general *lexicon.General) bool {
	if !w.hangul {
		return cueWord(singular(w.key))
	}
	for _, base := range stems(w.text, general) {
		if cueWord(base) {
			return true
		}
	}
	return false
}

// stems are a Hangul word and the word without the particles glued to its
// end (배터리랑 → 배터리, 보고서에서는 → 보고서), longest first: an end is a
// particle when the general word lists have it as one, up to two of them.
func stems(w string, general *lexicon.General) []string {
	out := []string{w}
	runes := []rune(w)
	for cut := len(runes) - 1; cut >= 1; cut-- {
		if particles(string(runes[cut:]), general) {
			out = append(out, string(runes[:cut]))
		}
	}
	return out
}

// particles tells whether a Hangul word is only particles glued to the
// word before it (에서, 에서는): one or two endings of the general lists.
func particles(w string, general *lexicon.General) bool {
	if ending(w, general) {
		return true
	}
	runes := []rune(w)
	for mid := 1; mid < len(runes); mid++ {
		if ending(string(runes[:mid]), general) && ending(string(runes[mid:]), general) {
			return true
		}
	}
	return false
}

// ending tells whether the general lists have s as a particle or an ending.
func ending(s string, general *lexicon.General) bool {
	g, ok := general.Korean(s)
	return ok && g.Class&lexicon.Ending != 0
}

// connector tells whether w joins the names of two reports: "the quantum
// and battery reports", "AI 및 양자 보고서"; the year's counter rides with a
// year ("2031년 보고서").
func connector(w string) bool {
	switch w {
	case "and", "or", "vs", "versus", "및", "그리고", "년", "년도":
		return true
	}
	return false
}

// nameMatch tells whether a word of a question is the title word t of a
// report: the same word, an English plural or a beginning of it of four
// letters or more ("tech" for Technology), or in Korean a beginning of two
// syllables or more with its particles ("양자랑" for 양자기술). bases are
// the question word's stems (see stems), for a Korean word.
func nameMatch(q word, bases []string, t word) bool {
	switch {
	case q.hangul != t.hangul:
		return false
	case !q.hangul:
		return q.key == t.key || singular(q.key) == singular(t.key) || len(q.key) >= 4 && strings.HasPrefix(t.key, q.key)
	}
	for _, base := range bases {
		if base == t.text || utf8.RuneCountInString(base) >= 2 && strings.HasPrefix(t.text, base) {
			return true
		}
	}
	return false
}

// joins tells whether a Korean word ends in a particle that joins it to
// the next ("양자랑", "AI와").
func joins(w word) bool {
	if !w.hangul {
		return false
	}
	for _, p := range []string{"와", "과", "랑", "이랑", "하고", "및"} {
		if strings.HasSuffix(w.text, p) && w.text != p {
			return true
		}
	}
	return false
}
