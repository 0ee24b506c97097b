package pairing

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// goldRef is one Korean display line of the report.
type goldRef struct {
	Passage int    `json:"passage"`
	Line    int    `json:"line"` // the source line of report.txt it starts on
	Text    string `json:"text"`
}

// goldEntry is what testdata/gold.jsonl says of one English summary
// sentence: the Korean lines that say the same thing (Ko), and lines that
// come near enough that showing the sentence beside them would not mislead
// (Near), which are neither required nor counted wrong.
type goldEntry struct {
	Sentence int       `json:"sentence"`
	En       string    `json:"en"`
	Ko       []goldRef `json:"ko"`
	Near     []goldRef `json:"near"`
	Note     string    `json:"note,omitempty"`
}

func readGold(t testing.TB) []goldEntry {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldEntry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var e goldEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("gold line %d: %v", len(out)+1, err)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func loadDoc(t testing.TB) *corpus.Document {
	t.Helper()
	doc, err := corpus.Load("")
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func newPairer(t testing.TB, doc *corpus.Document, p Params) *Pairer {
	t.Helper()
	g, err := analysis.EmbeddedGlossary()
	if err != nil {
		t.Fatal(err)
	}
	n, err := analysis.EmbeddedNames()
	if err != nil {
		t.Fatal(err)
	}
	pr, err := New(doc, g, n, p)
	if err != nil {
		t.Fatal(err)
	}
	return pr
}

// TestGoldIsTheReport checks every string of the gold set against the
// report: each English sentence is the summary's, in order, and every
// Korean line is a display line of the passage named, starting on the
// source line named.
func TestGoldIsTheReport(t *testing.T) {
	doc := loadDoc(t)
	pr := newPairer(t, doc, Defaults())
	gold := readGold(t)
	raw, err := os.ReadFile(filepath.Join("..", "..", "corpus", "report.txt"))
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Split(string(raw), "\n")
	if len(gold) != len(pr.Sentences()) {
		t.Fatalf("gold has %d sentences, the summary %d: every sentence needs an entry", len(gold), len(pr.Sentences()))
	}
	for i, e := range gold {
		if e.Sentence != i || e.En != pr.Sentences()[i].Text {
			t.Errorf("gold entry %d: sentence %d %q, want %q", i, e.Sentence, e.En, pr.Sentences()[i].Text)
		}
		if !strings.Contains(letters(string(raw)), letters(e.En)) {
			t.Errorf("gold entry %d: English not in the report: %q", i, e.En)
		}
		for _, r := range append(append([]goldRef{}, e.Ko...), e.Near...) {
			if r.Passage < 0 || r.Passage >= len(doc.Passages) {
				t.Errorf("gold entry %d: no passage %d", i, r.Passage)
				continue
			}
			p := doc.Passages[r.Passage]
			if !strings.Contains("\n"+p.Text+"\n", "\n"+r.Text+"\n") {
				t.Errorf("gold entry %d: %q is not a line of passage %d", i, r.Text, r.Passage)
			}
			if r.Line < 1 || r.Line > len(src) {
				t.Errorf("gold entry %d: no source line %d", i, r.Line)
				continue
			}
			head := []rune(letters(src[r.Line-1]))
			head = head[:min(len(head), 12)]
			if !strings.HasPrefix(letters(r.Text), string(head)) {
				t.Errorf("gold entry %d: %q does not start source line %d %q", i, r.Text, r.Line, src[r.Line-1])
			}
		}
	}
}

// query is one Korean display line the evaluation asks about, with the
// sentences it may be shown with.
type query struct {
	passage int
	text    string
	want    map[int]bool // sentences that say the same thing: a pair is owed
	accept  map[int]bool // want and the near ones: a pair is not wrong
	held    bool         // in the held-back half
}

// queries are every Korean display line of the report outside the English
// summary. A line the gold set does not name is owed no pair, and any pair
// shown with it is wrong.
func queries(doc *corpus.Document, gold []goldEntry) []query {
	type key struct {
		passage int
		text    string
	}
	want, accept := map[key]map[int]bool{}, map[key]map[int]bool{}
	mark := func(m map[key]map[int]bool, r goldRef, s int) {
		k := key{r.Passage, r.Text}
		if m[k] == nil {
			m[k] = map[int]bool{}
		}
		m[k][s] = true
	}
	for _, e := range gold {
		for _, r := range e.Ko {
			mark(want, r, e.Sentence)
			mark(accept, r, e.Sentence)
		}
		for _, r := range e.Near {
			mark(accept, r, e.Sentence)
		}
	}
	var out []query
	for _, p := range doc.Passages {
		if p.Section == SummarySection {
			continue
		}
		for _, ln := range strings.Split(p.Text, "\n") {
			if !analysis.HasHangul(ln) {
				continue
			}
			k := key{p.ID, ln}
			out = append(out, query{passage: p.ID, text: ln, want: want[k], accept: accept[k], held: heldBack(ln)})
		}
	}
	return out
}

// heldBack splits the gold set in two, fixed before any fitting: a line is
// held back when the FNV-1a hash of its letters is odd. A body line and
// its copy in the Korean summary have the same letters, so they fall on
// the same side and the held-back half never sees a line fitted on.
func heldBack(line string) bool {
	h := fnv.New32a()
	h.Write([]byte(letters(line)))
	return h.Sum32()%2 == 1
}

// score is precision and recall over a set of queries.
type score struct {
	lines, owed, shown, right, found int
}

func (s score) precision() float64 {
	if s.shown == 0 {
		return 1
	}
	return float64(s.right) / float64(s.shown)
}

func (s score) recall() float64 {
	if s.owed == 0 {
		return 1
	}
	return float64(s.found) / float64(s.owed)
}

func (s score) String() string {
	return fmt.Sprintf("precision %.3f (%d of %d shown right), recall %.3f (%d of %d owed found), over %d Korean lines",
		s.precision(), s.right, s.shown, s.recall(), s.found, s.owed, s.lines)
}

// evaluate pairs every query and scores the fitted and the held-back half.
func evaluate(pr *Pairer, qs []query, onWrong func(q query, got Sentence, c candidate)) (fit, held score) {
	for _, q := range qs {
		s := &fit
		if q.held {
			s = &held
		}
		s.lines++
		if len(q.want) > 0 {
			s.owed++
		}
		c := pr.rank(q.text)
		if !c.ok {
			continue
		}
		s.shown++
		if q.accept[c.best] {
			s.right++
			if len(q.want) > 0 {
				s.found++
			}
		} else if onWrong != nil {
			onWrong(q, pr.sentences[c.best], c)
		}
	}
	return fit, held
}
