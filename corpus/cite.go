package corpus

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus/hangul"
	"github.com/stepi-tools/reportbot/corpus/pack"
)

// Citation is an in-text citation such as "(장은현, 2024)" or "자료: 최창환 외(2024)".
type Citation struct {
	Raw    string
	Author string // as printed, e.g. "장은현", "채명식·이호윤", "Schuman et al."
	Year   string // e.g. "2024", "2024a"
}

var (
	reCiteParen = regexp.MustCompile(`\(([^()]{2,60}?),\s*((?:19|20)\d\d[a-z]?)[^()]*\)`)
	reCiteYear  = regexp.MustCompile(`([A-Za-z가-힣][A-Za-z가-힣·.& ]{1,50}?)\(((?:19|20)\d\d[a-z]?)[^()]*\)`)
	reYearMark  = regexp.MustCompile(`(?:19|20)\d\d[a-z]?`)
	// reDotDate is a day printed with dots, as a source prints when it
	// appeared and when it was read: "2024.10.7.", "24.08.27".
	reDotDate = regexp.MustCompile(`(?:\d\d)?\d\d\.\s?\d{1,2}\.\s?\d{1,2}\.?`)
)

// Headline is a source's text without its web address and the days it
// prints: what the source says (an article's headline, a report's
// title), where a figure it states stands. Its days say only when it
// appeared or was read, and its address where it is: no figure of what
// the line citing it says.
func Headline(source string) string {
	return reDotDate.ReplaceAllString(reURL.ReplaceAllString(source, " "), " ")
}

// Citations finds in-text citations in text.
func (d *Document) Citations(text string) []Citation {
	var out []Citation
	for _, m := range reCiteParen.FindAllStringSubmatch(text, -1) {
		for _, part := range strings.Split(m[0][1:len(m[0])-1], ";") {
			a, y, ok := strings.Cut(part, ",")
			if !ok {
				continue
			}
			if ym := reYearMark.FindString(y); ym != "" {
				out = append(out, Citation{Raw: m[0], Author: strings.TrimSpace(a), Year: ym})
			}
		}
	}
	if i := strings.Index(text, "자료:"); i >= 0 {
		src := text[i+len("자료:"):]
		for _, m := range reCiteYear.FindAllStringSubmatch(src, -1) {
			out = append(out, Citation{Raw: strings.TrimSpace(m[0]), Author: strings.TrimSpace(m[1]), Year: m[2]})
		}
	}
	return out
}

// authorKey is the first author's name as reference entries start with it.
func authorKey(a string) string {
	a = strings.TrimSpace(a)
	for _, sep := range []string{" 외", " et al", "·", ",", " and ", "(", " &"} {
		if i := strings.Index(a, sep); i > 0 {
			a = a[:i]
		}
	}
	return strings.ToLower(strings.TrimSpace(a))
}

// looseReference finds the reference-list entry a citation points to by
// the start of its author's name, more loosely than matchEntry.
func (d *Document) looseReference(c Citation) (Reference, bool) {
	key := authorKey(c.Author)
	if key == "" {
		return Reference{}, false
	}
	refs := d.refPrefix
	if refs == nil { // a Document assembled by hand rather than parsed
		refs = newPrefixIndex(d.References)
	}
	year := strings.ToLower(c.Year)
	byName := refs.starting(key)
	for _, i := range byName {
		if strings.Contains(refs.low[i], year) {
			return d.References[i], true
		}
	}
	if len(byName) == 1 && !strings.Contains(d.References[byName[0]].Text, "(") {
		return d.References[byName[0]], true // an online source listed without a year
	}
	// "Stanford AI Index(2024)" for "Stanford University, AI Index 2024.": the
	// first word and the year, when only one entry has both.
	first, _, _ := strings.Cut(key, " ")
	if len(first) < 4 {
		return Reference{}, false
	}
	var loose []int
	for _, i := range refs.starting(first) {
		if strings.Contains(refs.low[i], year) {
			loose = append(loose, i)
		}
	}
	if len(loose) == 1 {
		return d.References[loose[0]], true
	}
	return Reference{}, false
}

// prefixIndex finds reference entries by how their text starts, letter case
// aside, so that a citation looked up for an answer costs the entries that
// share its start, not the whole reference list.
type prefixIndex struct {
	low    []string // each entry's text in lower case, in list order
	sorted []int    // entry indexes ordered by low
}

func newPrefixIndex(refs []Reference) *prefixIndex {
	x := &prefixIndex{low: make([]string, len(refs)), sorted: make([]int, len(refs))}
	for i, r := range refs {
		x.low[i] = strings.ToLower(r.Text)
		x.sorted[i] = i
	}
	sort.SliceStable(x.sorted, func(a, b int) bool { return x.low[x.sorted[a]] < x.low[x.sorted[b]] })
	return x
}

// starting lists, in list order, the entries whose lower-cased text starts
// with prefix.
func (x *prefixIndex) starting(prefix string) []int {
	from := sort.Search(len(x.sorted), func(k int) bool { return x.low[x.sorted[k]] >= prefix })
	var out []int
	for k := from; k < len(x.sorted) && strings.HasPrefix(x.low[x.sorted[k]], prefix); k++ {
		out = append(out, x.sorted[k])
	}
	sort.Ints(out)
	return out
}

// Sources lists the original sources text cites: the footnotes its markers
// point to and the reference entries of its in-text citations.
func (d *Document) Sources(text string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	known := func(n int) bool { _, ok := d.Footnote(n); return ok }
	for _, n := range FootnoteMarkers(text, known) {
		if f, ok := d.Footnote(n); ok {
			add(f.Text)
		}
	}
	for _, c := range d.Citations(text) {
		// The loose reading, as summaries show sources without the flags a
		// citation carries; MatchReference says how sure a match is. A name
		// the list spells a letter otherwise (전황수 for 전형수) still
		// points to its entry: the entry is the source the reader looks up.
		if r, ok := d.looseReference(c); ok {
			add(r.Text)
		} else if i, _ := d.matchEntry(citedSource{name: leadName(c.Author), year: c.Year}); i >= 0 {
			add(d.References[i].Text)
		}
	}
	return out
}

// citedSource is one place the report names a source: an in-text citation, a
// figure's "자료:" line, or the publication a footnote starts with.
type citedSource struct {
	name     string // first author or publication, as printed
	year     string // "2024", "2024a"; "" when none is printed
	raw      string // the citation as printed; "" for a footnote
	footnote int    // the footnote's number; 0 for an in-text citation
	passage  int    // -1 for a footnote
	lines    []int
	url      string
}

var (
	// A footnote that cites a publication starts with its name and a date:
	// "머니투데이(2024.9.2.)", "SPRI(2024a)", "NIA (2024c)", "인공지능신문(24.08.27)".
	reFootSource = regexp.MustCompile(`^([^()<>"“”‘’,]{1,40}?)\s*\(((?:19|20)\d\d[a-z]?|\d\d)[.\d]*[a-z]?\)`)
	// or with its name and a URL: "NITRD, <https://…>".
	reFootSite = regexp.MustCompile(`^([^()<>"“”‘’,]{1,40}?),\s*<?https?://`)
)

// IsNote tells whether a footnote's text explains rather than cites: it
// names no publication with a date, no site and no address, and it ends as
// the report's own sentences do, on a nominalised ending (…함, …있음,
// …나뉨). Such a note is shown with the passage, as its marker asks, but
// under its own label: a writer who copies it as the passage's source
// cites a sentence of the report's authors, not a publication.
func IsNote(footnote string) bool {
	t := strings.TrimSpace(footnote)
	if t == "" || strings.Contains(t, "://") || reFootSource.MatchString(t) || reFootSite.MatchString(t) {
		return false
	}
	t = strings.TrimRight(t, ".。 ")
	last, _ := utf8.DecodeLastRuneInString(t)
	return hangul.FinalM(last)
}

// leadName is the first author or publication of a citation as printed:
// "채명식·이호윤" → "채명식", "안성원 외" → "안성원", "Schuman et al." → "Schuman".
func leadName(a string) string {
	a = strings.TrimSpace(a)
	for _, sep := range []string{" 외", " et al", "·", ",", ";"} {
		if i := strings.Index(a, sep); i > 0 {
			a = a[:i]
		}
	}
	return strings.TrimSpace(a)
}

// entryName is the name a reference entry is listed under: the text before
// its first "(", "," or ".".
func entryName(text string) string {
	if i := strings.IndexAny(text, "(,."); i > 0 {
		text = text[:i]
	}
	return strings.TrimSpace(text)
}

// nameKey compares names as a reader would: letter case, spaces and "·" aside.
func nameKey(s string) string {
	return strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '·' {
			return -1
		}
		return r
	}, s))
}

// yearFits tells whether a reference entry can be the one a citation of year
// means: it prints that year, or it is an undated online source.
func yearFits(entry, year string) bool {
	return year == "" || strings.Contains(entry, year) || !reYear.MatchString(entry)
}

// matchEntry finds the reference entry for a source: first by the name it is
// listed under (letter case and spacing aside), and failing that a near miss
// — a name one letter off with the same year, or an entry holding every word
// of the citation and its year. near is false for an exact-name match.
//
// The index of the reference list is built once per document, on the
// first look-up: Sources looks up the citations of every excerpt shown.
func (d *Document) matchEntry(s citedSource) (idx int, near bool) {
	return d.refIndex().match(s)
}

// indexReferences builds the look-ups of the reference list that Parse
// and Restore both keep beside it, so that a restored Document finds
// entries as a parsed one does: by prefix now, by matchEntry's keys on
// first use.
func (d *Document) indexReferences() {
	d.refPrefix = newPrefixIndex(d.References)
	d.refs = &lazyRefIndex{}
}

// lazyRefIndex is a parsed document's refIndex, built on first use: most
// questions cite nothing the loose reading misses.
type lazyRefIndex struct {
	once sync.Once
	x    *refIndex
}

// refIndex is the document's index of its reference list; a Document
// assembled by hand rather than parsed indexes it afresh.
func (d *Document) refIndex() *refIndex {
	if d.refs == nil {
		return newRefIndex(d.References)
	}
	d.refs.once.Do(func() { d.refs.x = newRefIndex(d.References) })
	return d.refs.x
}

// refIndex finds reference entries by the keys matchEntry compares, so that
// matching every source of a report costs the number of sources times the
// few entries that share a key, not times the whole reference list.
type refIndex struct {
	refs []Reference
	// byName maps an entry's listed name (nameKey of its lead name) to the
	// entries listed under it, in list order.
	byName map[string][]int
	// byVariant maps every string one rune deletion away from a listed
	// name, and the name itself, to the entries listed under such a name.
	// Two names within one edit or swap of each other share a variant, so
	// these are the only candidates for a name one letter off.
	byVariant map[string][]int
	// byWord maps each word of an entry, as matchEntry splits them, to the
	// entries that hold it, in list order.
	byWord map[string][]int
}

func newRefIndex(refs []Reference) *refIndex {
	x := &refIndex{refs: refs, byName: map[string][]int{}, byVariant: map[string][]int{}, byWord: map[string][]int{}}
	for i, r := range refs {
		ek := nameKey(leadName(entryName(r.Text)))
		x.byName[ek] = append(x.byName[ek], i)
		for _, v := range deletionVariants(ek) {
			x.byVariant[v] = appendLast(x.byVariant[v], i)
		}
		for _, w := range entryWords(r.Text) {
			x.byWord[w] = appendLast(x.byWord[w], i)
		}
	}
	// Most lists hold one entry or two, and each key (a name's every
	// variant one letter short among them) and each list was an object of
	// its own that every collection marks while the report is loaded.
	x.byName, x.byVariant, x.byWord = pack.Map(x.byName), pack.Map(x.byVariant), pack.Map(x.byWord)
	return x
}

// appendLast appends i unless it is already the last element: entries are
// added in list order, so that is the only place a repeat can be.
func appendLast(ns []int, i int) []int {
	if len(ns) > 0 && ns[len(ns)-1] == i {
		return ns
	}
	return append(ns, i)
}

// deletionVariants is key itself and every string with one of its runes left
// out.
func deletionVariants(key string) []string {
	rs := []rune(key)
	out := []string{key}
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
	}
	return out
}

// entryWords splits an entry into the lower-case words matchEntry looks for a
// citation's words among.
func entryWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// match is matchEntry against the index. Each step returns the entry that
// comes first in the list among those the step accepts, as a scan of the
// whole list would.
func (x *refIndex) match(s citedSource) (idx int, near bool) {
	key := nameKey(s.name)
	if key == "" {
		return -1, false
	}
	for _, i := range x.byName[key] {
		if yearFits(x.refs[i].Text, s.year) {
			return i, false
		}
	}
	if s.year == "" {
		return -1, false
	}
	if utf8.RuneCountInString(key) >= 3 {
		best := -1
		seen := map[int]bool{}
		for _, v := range deletionVariants(key) {
			for _, i := range x.byVariant[v] {
				if seen[i] || best >= 0 && i >= best {
					continue
				}
				seen[i] = true
				r := x.refs[i]
				ek := nameKey(leadName(entryName(r.Text)))
				if utf8.RuneCountInString(ek) >= 3 && hangul.Distance([]rune(key), []rune(ek), 1) == 1 && strings.Contains(r.Text, s.year) {
					best = i
				}
			}
		}
		if best >= 0 {
			return best, true
		}
	}
	words := strings.Fields(strings.ToLower(s.name))
	if len(words) >= 2 {
		// Every accepted entry holds the first word, so its entries are the
		// candidates, already in list order.
		for _, i := range x.byWord[words[0]] {
			if strings.Contains(x.refs[i].Text, s.year) && x.holds(i, words[1:]) {
				return i, true
			}
		}
	}
	return -1, false
}

// holds tells whether entry i holds every one of words as entryWords
// splits it: byWord already lists each word's entries, in list order, so
// no set of the entry's words is made again for each candidate.
func (x *refIndex) holds(i int, words []string) bool {
	for _, w := range words {
		if _, ok := slices.BinarySearch(x.byWord[w], i); !ok {
			return false
		}
	}
	return true
}

// MatchReference finds the 참고문헌 entry an in-text citation points to, and
// says how sure it is: near is set when the entry only nearly matches (a name
// one letter off, or the citation's words in another order), which Issues
// reports as an unmatched citation.
func (d *Document) MatchReference(c Citation) (r Reference, near, ok bool) {
	if idx, near := d.matchEntry(citedSource{name: leadName(c.Author), year: c.Year}); idx >= 0 {
		return d.References[idx], near, true
	}
	// Reference reads names more loosely still; what only it finds is a
	// near match too.
	if r, ok := d.looseReference(c); ok {
		return r, true, true
	}
	return Reference{}, false, false
}
