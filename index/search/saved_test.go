package search

import (
	"context"
	"encoding/binary"
	"errors"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"unsafe"

	"github.com/stepi-tools/reportbot/index/question"

	"github.com/stepi-tools/reportbot/corpus"
)

// writeAndOpen builds the index of doc into a fresh folder and opens it
// again, reading through x's Language.
func writeAndOpen(t *testing.T, doc *corpus.Document, x *Index) *Index {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ix")
	if err := Write(doc, Options{Language: x.lang}, dir); err != nil {
		t.Fatalf("Write: %v", err)
	}
	y, err := Open(doc, dir, Options{Language: x.lang})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { y.Close() })
	return y
}

// TestOpenRestoresWhatNewBuilds compares every field of a restored index
// with the built one, so that a field added to Index without being saved
// fails here rather than answering differently from a prebuilt index.
func TestOpenRestoresWhatNewBuilds(t *testing.T) {
	x := mustIndex(t)
	y := writeAndOpen(t, x.doc, x)

	fields := []struct {
		name      string
		got, want any
	}{
		{"analyser", y.an.Unread(), x.an.Unread()},
		{"passage info", infoWords(y.info), infoWords(x.info)},
		{"terms, df, postings and bigram df", y.vocab, x.vocab},
		{"spaced codes", y.spaced, x.spaced},
		{"names", y.names, x.names},
		{"entity terms", y.ents, x.ents},
		{"summary pairing", y.Pairing().Unread(), x.Pairing().Unread()},
		{"terms each field holds", y.fieldTerms(), x.fieldTerms()},
		{"term and passage weights", y.weights(), x.weights()},
		{"lines' labels", y.labels(), x.labels()},
		{"defining passages", y.definers(), x.definers()},
		{"lines' texts", y.texts(), x.texts()},
		{"names each passage mentions", y.named(), x.named()},
		{"question reader (glossary, speller)", y.Reader.Unread(), x.Reader.Unread()},
	}
	for _, f := range fields {
		if !reflect.DeepEqual(f.got, f.want) {
			t.Errorf("%s differ after Write and Open", f.name)
		}
	}
	// The whole struct, but for bleve and what is made on first use
	// (compared above) or kept between searches: a field the list above
	// misses still counts.
	a, b := wholeOf(y), wholeOf(x)
	// The sets' terms are numbered alike (see dict.freeze).
	if !reflect.DeepEqual(a, b) {
		t.Errorf("the restored index differs from the built one in a field the list above does not name")
	}

	ctx := context.Background()
	for _, q := range []string{"미국 반도체법 지원 규모는?", "When did SK hynix start mass production of HBM3E?", "초격차전략이정확히뭔데", "블랙웰 B200 가격"} {
		got, err := y.Rank(ctx, y.Analyse(question.Plain(q)))
		if err != nil {
			t.Fatal(err)
		}
		want, err := x.Rank(ctx, x.Analyse(question.Plain(q)))
		if err != nil {
			t.Fatal(err)
		}
		if !sameRanking(got, want) {
			t.Errorf("Rank(%q) differs after Write and Open:\ngot  %v\nwant %v", q, got, want)
		}
	}
}

// sameRanking compares rankings up to the last bits of their scores: bleve
// numbers a batch's documents in no fixed order, so two builds of one report
// break BM25 ties apart and sum the same scores in another order.
func sameRanking(a, b []Candidate) bool {
	near := func(x, y float64) bool { return math.Abs(x-y) <= 1e-9*math.Max(math.Abs(x), math.Abs(y)) }
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID || !near(a[i].Score, b[i].Score) || !near(a[i].Cover, b[i].Cover) {
			return false
		}
	}
	return true
}

func TestWriteIsDeterministic(t *testing.T) {
	x := mustIndex(t)
	if got, want := string(x.appendState(nil)), string(writeAndOpen(t, x.doc, x).appendState(nil)); got != want {
		t.Error("the state of a restored index encodes differently from the built one's")
	}
}

func TestDecodeStateRefusesDamage(t *testing.T) {
	x := mustIndex(t)
	good := x.appendState(nil)
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"another layout", append([]byte("reportbot index state 0\n"), good[len(stateMagic):]...)},
		{"cut in the string table", good[:len(stateMagic)+100]},
		{"cut at the end", good[:len(good)-1]},
		{"a byte more", append(append([]byte(nil), good...), 0)},
		{"a huge count", append([]byte(stateMagic), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f)},
		// no strings, no counts, glosses or names, then a passage whose
		// first set names string 0, which an empty table lacks
		{"a set of an empty string table", append([]byte(stateMagic), 0, 0, 0, 0, 0, 1, 1, 0, 0, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := decodeState(tt.data); !errors.Is(err, ErrBadState) {
				t.Errorf("decodeState = %v, want ErrBadState", err)
			}
		})
	}
}

func TestOpenRefusesAnotherDocument(t *testing.T) {
	x := mustIndex(t)
	dir := filepath.Join(t.TempDir(), "ix")
	if err := Write(x.doc, Options{Language: x.lang}, dir); err != nil {
		t.Fatal(err)
	}
	short := *x.doc
	short.Passages = short.Passages[:10]
	if _, err := Open(&short, dir, Options{Language: x.lang}); !errors.Is(err, ErrBadState) {
		t.Errorf("Open over another document = %v, want ErrBadState", err)
	}
	if err := Write(x.doc, Options{Language: x.lang}, dir); err == nil {
		t.Error("Write over an index: no error")
	}
}

// infoWords is info with each set of terms as its sorted words: a restored
// index numbers its terms in another order than the built one.
func infoWords(info []passageInfo) any {
	type line struct {
		text                         string
		terms, notes, head, excluded []string
		cites, defines               bool
	}
	type passage struct {
		terms, notes, ctx, excluded []string
		lines                       []line
	}
	words := func(s Terms) []string { return slices.Sorted(s.All()) }
	out := make([]passage, len(info))
	for i, in := range info {
		p := passage{terms: words(in.terms), notes: words(in.notes), ctx: words(in.ctx), excluded: words(in.excluded)}
		for _, ln := range in.lines {
			p.lines = append(p.lines, line{ln.Text, words(ln.Terms), words(ln.Notes), words(ln.Head), words(ln.Excluded), ln.Cites, ln.Defines})
		}
		out[i] = p
	}
	return out
}

// BenchmarkDecodeState reads back the embedded report's state file: most of
// what opening a prebuilt index costs besides the word lists, once per
// report of a shelf.
func BenchmarkDecodeState(b *testing.B) {
	data := mustIndex(b).appendState(nil)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeState(data); err != nil {
			b.Fatal(err)
		}
	}
}

// wholeOf is a copy of x without bleve and what is made on first use
// (Index.lazy) or kept between searches, and with its Reader unread: what
// two indexes of the same report must hold alike, by reflect.DeepEqual.
// One list for every test that compares two indexes whole, so a field
// lazy adds is left out of each of them.
func wholeOf(x *Index) Index {
	c := *x
	c.idx, c.pair = nil, nil
	c.fieldTerms, c.matches, c.expects, c.clauses, c.postings = nil, nil, nil, nil, nil
	c.patterns, c.patternsKept, c.lowLines = nil, nil, nil
	c.figureLines, c.weights, c.titles, c.labels, c.definers, c.texts, c.named = nil, nil, nil, nil, nil, nil, nil
	c.Reader = c.Reader.Unread()
	c.an = c.an.Unread()
	return c
}

// TestSetsPacked checks that an index's sets of terms, built or decoded,
// lie one after another in one array of their exact size, and a decoded
// index's lines in one array too: the arena's spare room and an array a
// passage were most of a loaded report's waste.
func TestSetsPacked(t *testing.T) {
	x := mustIndex(t)
	decoded, err := decodeState(x.appendState(nil))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		info  []passageInfo
		lines bool
	}{
		{"built", x.info, false},
		{"decoded", decoded.info, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var prev []uint32
			gaps := 0
			eachSet(tt.info, func(s *Terms) {
				if len(s.ids) == 0 {
					return
				}
				if cap(s.ids) != len(s.ids) {
					gaps++
				}
				if prev != nil && uintptr(unsafe.Pointer(&prev[0]))+uintptr(len(prev))*4 != uintptr(unsafe.Pointer(&s.ids[0])) {
					gaps++
				}
				prev = s.ids
			})
			if gaps > 0 {
				t.Errorf("%d sets have room past their length or do not follow the one before", gaps)
			}
			if !tt.lines {
				return
			}
			var last []Line
			for i, in := range tt.info {
				if len(in.lines) == 0 {
					continue
				}
				if last != nil && uintptr(unsafe.Pointer(&last[len(last)-1]))+unsafe.Sizeof(Line{}) != uintptr(unsafe.Pointer(&in.lines[0])) {
					t.Fatalf("passage %d's lines do not follow the passage before's", i)
				}
				last = in.lines
			}
		})
	}
}

// TestSetsKeptAsRead reads sets of many lengths one after another, as a
// saved index holds them: each is read into room of its own in the dict
// (room), a long one in an array of its own, a short one in the arena,
// and must hold what was written after every set after it was read,
// clipped to its length so that an append to it cannot write over the
// next.
func TestSetsKeptAsRead(t *testing.T) {
	long, quarter := arenaChunk/4+1, arenaChunk/4
	tests := []struct {
		name string
		lens []int
	}{
		{"a long set, then a short one", []int{long, 1}},
		{"a short set, a long one, a short one", []int{3, long, 2}},
		{"sets that fill a chunk, then one more", []int{quarter, quarter, quarter, quarter, 1}},
		{"a set that does not fit the chunk's rest", []int{quarter, quarter, quarter, quarter - 1, 2}},
		{"an empty set among others", []int{2, 0, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// set i holds the numbers from start(i) on: no two sets alike
			var data []byte
			total := 0
			for _, n := range tt.lens {
				data = binary.AppendUvarint(data, uint64(n))
				for j := range n {
					data = binary.AppendUvarint(data, uint64(total+j))
				}
				total += n
			}
			r := &stateReader{data: data, table: make([]string, total), terms: make([]uint64, (total+63)/64), dict: newDict()}
			sets := make([]Terms, len(tt.lens))
			for i := range sets {
				sets[i] = r.set()
			}
			if r.err != nil {
				t.Fatal(r.err)
			}
			start := 0
			for i, s := range sets {
				n := tt.lens[i]
				if s.Len() != n || cap(s.ids) != n {
					t.Fatalf("set %d has length %d and room %d, want %d and %d", i, s.Len(), cap(s.ids), n, n)
				}
				for j, id := range s.ids {
					if id != uint32(start+j) {
						t.Fatalf("set %d's number %d = %d after every set was read, want %d", i, j, id, start+j)
					}
				}
				start += n
			}
		})
	}
}
