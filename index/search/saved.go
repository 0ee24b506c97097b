package search

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/pack"
	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/tuning"
)

// A written index is a folder: bleve's own files under BleveDir and the rest
// of what New builds from the report in StateFile, so that Open can restore
// an Index without analysing the report again (most of what New costs).
// Which report and which code built the folder, and whether its files are
// whole, is for index/prebuilt to check.
const (
	BleveDir  = "bleve"
	StateFile = "state.bin"
)

// stateMagic opens a state file. Its number changes with the layout below,
// so that a file of another layout is refused rather than misread.
const stateMagic = "reportbot index state 1\n"

// ErrBadState is returned for a state file that cannot be read back:
// truncated, altered, or of another layout.
var ErrBadState = errors.New("unreadable index state")

// Write builds the index of doc as New does and writes it into dir, which
// is made when missing and must hold no index yet.
func Write(doc *corpus.Document, opt Options, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	x, err := newIndex(doc, opt, filepath.Join(dir, BleveDir))
	if err != nil {
		return err
	}
	werr := os.WriteFile(filepath.Join(dir, StateFile), x.appendState(nil), 0o644)
	// bleve has its segment on disk once Batch returns; closing it now lets
	// the folder be moved and opened read-only.
	if err := x.Close(); werr == nil {
		werr = err
	}
	if werr != nil {
		return fmt.Errorf("write index: %w", werr)
	}
	return nil
}

// state is what Write keeps of an index besides bleve's files.
type state struct {
	stems, terms analysis.Counts // the analyser's learnt vocabulary
	glossSrc     []analysis.Entry
	names        map[string][]string
	info         []passageInfo
	vocab        *vocab
	spaced       map[string][2]string
	ents         entityTerms
	dict         *dict      // numbers the terms of info's sets
	latin        [][]string // the speller's Latin words, by length
}

// Open restores the index Write wrote into dir. doc must be the document it
// was built from and opt the options it was built with, except Language,
// which may be any that reads the same word data. The bleve index is opened
// read-only: the folder may be read-only, and several processes may share
// it. A folder that cannot be read back gives an error wrapping ErrBadState.
func Open(doc *corpus.Document, dir string, opt Options) (*Index, error) {
	// The general word lists are most of what opening costs; they do not
	// need the folder, so a Language of the index's own loads them while
	// it is read. Pairing the English summary, the next largest part,
	// waits for the first English question (see lazyPairing).
	lang, err := opt.language()
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	pair, err := lazyPairing(doc, lang)
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	data, err := os.ReadFile(filepath.Join(dir, StateFile))
	if err != nil {
		return nil, fmt.Errorf("open index: %w: %w", ErrBadState, err)
	}
	st, err := decodeState(data)
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	if len(st.info) != len(doc.Passages) {
		return nil, fmt.Errorf("open index: %w: %d passages, the document has %d", ErrBadState, len(st.info), len(doc.Passages))
	}
	idx, err := bleve.OpenUsing(filepath.Join(dir, BleveDir), map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("open index: %w: bleve: %w", ErrBadState, err)
	}
	general, err := lang.lists()
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("open index: %w", err)
	}
	x := &Index{doc: doc, idx: idx, an: lang.analyzer(general), lang: lang, pair: pair, p: tuning.Defaults(),
		marks: lang.patterns.Marks(), info: st.info, vocab: st.vocab, spaced: st.spaced, names: st.names, ents: st.ents,
		dict: st.dict, glossSrc: st.glossSrc, n: float64(len(doc.Passages))}
	if opt.Params != nil {
		x.p = *opt.Params
	}
	x.lazy()
	x.an.SetLearnt(st.stems, st.terms)
	x.addNameWords()
	x.carried = x.carriedTerms()
	x.Reader = question.New(x.vocabulary(slices.Concat(st.latin...)))
	return x, nil
}

type result[T any] struct {
	v   T
	err error
}

// async runs f on its own goroutine; the channel holds its result, so the
// goroutine ends whether or not anyone receives it.
func async[T any](f func() (T, error)) <-chan result[T] {
	c := make(chan result[T], 1)
	go func() {
		v, err := f()
		c <- result[T]{v, err}
	}()
	return c
}

// The state file is stateMagic, a table of every string it uses, then the
// tables of the index in a fixed order, each string as its number in the
// table. Maps are written in key order, so the same index always makes the
// same bytes (index/prebuilt fingerprints them).

func (x *Index) appendState(b []byte) []byte {
	w := &stateWriter{ids: map[string]uint64{}}
	stems, terms := x.an.Learnt()
	w.counts(stems)
	w.counts(terms)
	w.num(len(x.glossSrc))
	for _, e := range x.glossSrc {
		w.str(e.English)
		w.strs(e.Korean)
	}
	w.lists(x.names)
	w.num(len(x.info))
	for _, in := range x.info {
		w.set(in.terms)
		w.set(in.notes)
		w.set(in.ctx)
		w.num(len(in.lines))
		for _, ln := range in.lines {
			w.str(ln.Text)
			w.set(ln.Terms)
			w.set(ln.Notes)
			w.set(ln.Head)
			w.set(ln.Excluded)
			w.flags(ln.Cites, ln.Defines)
		}
	}
	// The vocab numbers its terms in sorted order, so these come in the
	// key order of the maps they once were.
	v := x.vocab
	var held, grams []int
	for i := range v.words.Len() {
		if v.at[i+1] > v.at[i] {
			held = append(held, i)
		}
		if v.gramDF[i] > 0 {
			grams = append(grams, i)
		}
	}
	w.num(len(held))
	for _, i := range held {
		w.str(v.words.Word(i))
		w.num(int(v.at[i+1] - v.at[i]))
	}
	w.num(len(grams))
	for _, i := range grams {
		w.str(v.words.Word(i))
		w.num(int(v.gramDF[i]))
	}
	w.num(len(held))
	for _, i := range held {
		w.str(v.words.Word(i))
		w.num(int(v.at[i+1] - v.at[i]))
		prev := int32(0)
		for _, p := range v.post[v.at[i]:v.at[i+1]] {
			w.num(int(p - prev)) // ascending: passages are added in order
			prev = p
		}
	}
	w.num(len(x.spaced))
	for _, k := range slices.Sorted(maps.Keys(x.spaced)) {
		w.str(k)
		w.str(x.spaced[k][0])
		w.str(x.spaced[k][1])
	}
	w.bools(x.ents.entities)
	w.lists(x.ents.aliases)
	w.bools(x.ents.elsewhere)
	w.pairs(x.ents.countryOf)
	w.pairs(x.ents.companyOf)
	w.pairs(x.ents.profile)
	w.pairs(x.ents.phrases)
	latin := x.LatinWords()
	w.num(len(latin))
	for _, words := range latin {
		w.num(len(words[0]))
		w.strs(words)
	}

	b = append(b, stateMagic...)
	b = binary.AppendUvarint(b, uint64(len(w.table)))
	for _, s := range w.table {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return append(b, w.body...)
}

type stateWriter struct {
	ids   map[string]uint64
	table []string
	body  []byte
}

func (w *stateWriter) num(n int) { w.body = binary.AppendUvarint(w.body, uint64(n)) }

func (w *stateWriter) str(s string) {
	id, ok := w.ids[s]
	if !ok {
		id = uint64(len(w.table))
		w.ids[s] = id
		w.table = append(w.table, s)
	}
	w.body = binary.AppendUvarint(w.body, id)
}

func (w *stateWriter) strs(ss []string) {
	w.num(len(ss))
	for _, s := range ss {
		w.str(s)
	}
}

func (w *stateWriter) flags(bs ...bool) {
	var f byte
	for i, b := range bs {
		if b {
			f |= 1 << i
		}
	}
	w.body = append(w.body, f)
}

// set writes the members of a set; every set of the index maps its members
// to true.
func (w *stateWriter) set(s Terms) { w.strs(slices.Sorted(s.All())) }

func (w *stateWriter) bools(m map[string]bool) { w.strs(slices.Sorted(maps.Keys(m))) }

// counts writes words counted, in their sorted order.
func (w *stateWriter) counts(c analysis.Counts) {
	w.num(len(c.Words))
	for i, k := range c.Words {
		w.str(k)
		w.num(c.N[i])
	}
}

func (w *stateWriter) pairs(m map[string]string) {
	w.num(len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		w.str(k)
		w.str(m[k])
	}
}

func (w *stateWriter) lists(m map[string][]string) {
	w.num(len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		w.str(k)
		w.strs(m[k])
	}
}

func decodeState(data []byte) (*state, error) {
	if len(data) < len(stateMagic) || string(data[:len(stateMagic)]) != stateMagic {
		return nil, fmt.Errorf("%w: not a state file of this layout", ErrBadState)
	}
	r := &stateReader{data: data, pos: len(stateMagic), dict: newDict()}
	r.readTable()
	st := &state{dict: r.dict}
	st.stems = r.counts()
	st.terms = r.counts()
	st.glossSrc = make([]analysis.Entry, r.count())
	for i := range st.glossSrc {
		st.glossSrc[i] = analysis.Entry{English: r.str(), Korean: r.strs()}
	}
	pack.Slices(pack.Fields(st.glossSrc, func(e *analysis.Entry) *[]string { return &e.Korean }))
	st.names = r.lists()
	st.info = make([]passageInfo, r.count())
	r.passages(st.info)
	// The sets hold the numbers of their terms in the string table, until
	// freeze numbers the terms.
	df := r.termCounts()
	grams := r.termCounts()
	n := r.count()
	post := make([]termPostings, 0, n)
	for range n {
		k := r.term()
		ps := make([]int32, r.count())
		p := 0
		for i := range ps {
			p += r.num()
			ps[i] = int32(p)
		}
		post = append(post, termPostings{k, ps})
	}
	if !slices.EqualFunc(df, post, func(c termCount, p termPostings) bool { return c.term == p.term && c.n == len(p.posts) }) {
		r.fail("the document frequencies are not the postings' counts")
	}
	if r.err != nil {
		return nil, r.err
	}
	st.vocab = r.freeze(st.info, post, grams)
	n = r.count()
	st.spaced = make(map[string][2]string, n)
	for range n {
		k := r.str()
		st.spaced[k] = [2]string{r.str(), r.str()}
	}
	st.ents.entities = r.bools()
	st.ents.aliases = r.lists()
	st.ents.elsewhere = r.bools()
	st.ents.countryOf = r.pairs()
	st.ents.companyOf = r.pairs()
	st.ents.profile = r.pairs()
	st.ents.phrases = r.pairs()
	for k := range st.ents.phrases {
		st.ents.maxPhrase = max(st.ents.maxPhrase, strings.Count(k, " ")+1)
	}
	n = r.count()
	for range n {
		length := r.num()
		words := r.strs()
		for _, w := range words {
			if len(w) != length {
				r.fail("a Latin word is filed under another length")
			}
		}
		st.latin = append(st.latin, words)
	}
	if r.err == nil && r.pos != len(r.data) {
		r.fail("bytes follow the end")
	}
	if r.err != nil {
		return nil, r.err
	}
	return st, nil
}

type stateReader struct {
	data  []byte
	pos   int
	table []string
	err   error
	dict  *dict // keeps the sets read
	// terms marks the strings of the table that are terms of the index.
	terms []uint64
}

func (r *stateReader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s at byte %d", ErrBadState, what, r.pos)
	}
}

func (r *stateReader) uint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.data[r.pos:])
	if n <= 0 {
		r.fail("a number is cut off")
		return 0
	}
	r.pos += n
	return v
}

// count reads how many items follow. Each takes at least a byte, so a count
// larger than what is left is corrupt; checking it keeps a damaged file
// from asking for a huge allocation.
func (r *stateReader) count() int {
	n := r.uint()
	if n > uint64(len(r.data)-r.pos) {
		r.fail("a count runs past the end")
		return 0
	}
	return int(n)
}

func (r *stateReader) num() int {
	n := r.uint()
	if n > 1<<31 {
		r.fail("a number is out of range")
		return 0
	}
	return int(n)
}

func (r *stateReader) byte() byte {
	if r.err != nil {
		return 0
	}
	if r.pos >= len(r.data) {
		r.fail("the file is cut off")
		return 0
	}
	r.pos++
	return r.data[r.pos-1]
}

// readTable reads the string table into one string that every string of
// the state shares.
func (r *stateReader) readTable() {
	n := r.count()
	spans := make([][2]int, n)
	start := r.pos
	for i := range spans {
		l := r.count()
		spans[i] = [2]int{r.pos - start, r.pos - start + l}
		r.pos += l
	}
	if r.err != nil {
		return
	}
	blob := string(r.data[start:r.pos])
	r.terms = make([]uint64, (n+63)/64)
	r.table = make([]string, n)
	for i, s := range spans {
		r.table[i] = blob[s[0]:s[1]]
	}
}

func (r *stateReader) str() string {
	id := r.uint()
	if r.err != nil {
		return ""
	}
	if id >= uint64(len(r.table)) {
		r.fail("a string is not in the table")
		return ""
	}
	return r.table[id]
}

func (r *stateReader) strs() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

func (r *stateReader) bools() map[string]bool {
	n := r.count()
	m := make(map[string]bool, n)
	for range n {
		m[r.str()] = true
	}
	return m
}

// set reads a set of terms as the numbers of its terms in the string
// table, in the order written: the terms' own order (see freeze).
func (r *stateReader) set() Terms {
	n := r.count()
	if n == 0 {
		return Terms{}
	}
	ids := r.dict.room(n)
	for i := range ids {
		id, ok := r.termID()
		if !ok {
			return Terms{}
		}
		ids[i] = id
	}
	return Terms{ids: ids, dict: r.dict}
}

// passages reads the sets and lines of info's passages. Every passage's
// lines are kept in one array, not one array a passage: a report has a few
// hundred passages, and each array was an object every collection marks.
func (r *stateReader) passages(info []passageInfo) {
	var lines []Line
	ends := make([]int, len(info))
	for i := range info {
		in := &info[i]
		in.terms, in.notes, in.ctx = r.set(), r.set(), r.set()
		for range r.count() {
			ln := Line{Text: r.str()}
			ln.Terms, ln.Notes, ln.Head, ln.Excluded = r.set(), r.set(), r.set(), r.set()
			f := r.byte()
			ln.Cites, ln.Defines = f&1 != 0, f&2 != 0
			lines = append(lines, ln)
		}
		ends[i] = len(lines)
	}
	lines = slices.Clone(lines) // of its length, not append's room
	start := 0
	for i, end := range ends {
		info[i].lines = lines[start:end:end]
		start = end
	}
}

// tableID reads the number of a string of the table.
func (r *stateReader) tableID() uint32 {
	id := r.uint()
	if r.err == nil && id >= uint64(len(r.table)) {
		r.fail("a string is not in the table")
	}
	if r.err != nil {
		return 0
	}
	return uint32(id)
}

// term reads a string that is a term of the index.
func (r *stateReader) term() string {
	id, ok := r.termID()
	if !ok {
		return ""
	}
	return r.table[id]
}

// termID reads the number of a string of the table that is a term of the
// index and marks it so (terms); false where the reading failed, which
// leaves no id to mark: an empty table has no bit for id 0.
func (r *stateReader) termID() (uint32, bool) {
	id := r.tableID()
	if r.err != nil {
		return 0, false
	}
	r.terms[id/64] |= 1 << (id % 64)
	return id, true
}

func (r *stateReader) termCounts() []termCount {
	n := r.count()
	out := make([]termCount, 0, n)
	for range n {
		k := r.term()
		out = append(out, termCount{k, r.num()})
	}
	return out
}

// freeze numbers the terms read in sorted order, as dict.freeze numbers
// those of a built index, and gives the sets those numbers. A set was
// written in its terms' sorted order, so its numbers come out ascending
// without sorting it again; one that does not was not written so.
func (r *stateReader) freeze(info []passageInfo, post []termPostings, grams []termCount) *vocab {
	var order []uint32
	for w, m := range r.terms {
		for ; m != 0; m &= m - 1 {
			order = append(order, uint32(w*64+bits.TrailingZeros64(m)))
		}
	}
	slices.SortFunc(order, func(a, b uint32) int { return strings.Compare(r.table[a], r.table[b]) })
	words := make([]string, len(order))
	number := make([]uint32, len(r.table))
	for id, at := range order {
		words[id] = r.table[at]
		number[at] = uint32(id)
	}
	v := newVocab(words)
	eachSet(info, func(s *Terms) {
		for i, at := range s.ids {
			s.ids[i] = number[at]
			if i > 0 && s.ids[i] <= s.ids[i-1] {
				r.fail("a set of terms is out of order")
			}
		}
	})
	d := r.dict
	d.v, d.ids, d.words = v, nil, nil
	for i := range info {
		info[i].gatherExcluded()
	}
	packSets(info)
	d.arena = nil
	v.setCounts(post, grams)
	return v
}

// counts reads words counted, which were written in sorted order.
func (r *stateReader) counts() analysis.Counts {
	n := r.count()
	c := analysis.Counts{Words: make([]string, 0, n), N: make([]int, 0, n)}
	for i := range n {
		c.Words = append(c.Words, r.str())
		c.N = append(c.N, r.num())
		if i > 0 && c.Words[i-1] >= c.Words[i] {
			r.fail("the learnt words are out of order")
		}
	}
	return c
}

func (r *stateReader) pairs() map[string]string {
	n := r.count()
	m := make(map[string]string, n)
	for range n {
		k := r.str()
		m[k] = r.str()
	}
	return m
}

func (r *stateReader) lists() map[string][]string {
	n := r.count()
	m := make(map[string][]string, n)
	for range n {
		k := r.str()
		m[k] = r.strs()
	}
	pack.Slices(pack.Values(m))
	return m
}
