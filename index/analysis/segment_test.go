package analysis

import (
	"slices"
	"strings"
	"testing"
)

// TestNearTieReadsEachPieceOnce checks that the cuts nearTie makes, for
// every rune of a run asked in turn with one ties, are the cuts made
// afresh (every piece scored again, the table new), and that once each
// piece is scored, asking of another rune allocates nothing.
func TestNearTieReadsEachPieceOnce(t *testing.T) {
	a, runs := tiedRuns()
	for _, run := range runs {
		t.Run(run, func(t *testing.T) {
			r := a.cutOf(run, false, nil)
			n := r.runes()
			if n == 0 || r.best[n].score == noCut {
				t.Fatalf("cutOf(%q) made no cut", run)
			}
			var tie ties
			for at := 1; at < n; at++ {
				got := r.nearTie(at, &tie)
				fresh := r.fill(cutTable{}, at, nil)
				if !slices.Equal(tie.other, fresh) {
					t.Errorf("at %d: the cut read from scored pieces is %v, afresh %v", at, tie.other, fresh)
				}
				whole, other := r.best[n].score, fresh[n].score
				if want := whole != noCut && other != noCut && other >= whole-tieMargin; got != want {
					t.Errorf("nearTie(%d) = %v, want %v", at, got, want)
				}
			}
			if allocs := testing.AllocsPerRun(10, func() { r.nearTie(1, &tie) }); allocs != 0 {
				t.Errorf("nearTie of a run whose pieces are scored: %v allocations, want 0", allocs)
			}
		})
	}
}

// TestNearTieReadsTheBestCutsPieces checks that the pieces the best cut
// scores into a ties (segmented) are all the other cuts need: nearTie,
// asked of every rune, scores no piece anew, and tells what it tells
// with a ties of its own.
func TestNearTieReadsTheBestCutsPieces(t *testing.T) {
	a, runs := tiedRuns()
	for _, run := range runs {
		t.Run(run, func(t *testing.T) {
			var tie ties
			r, _ := a.segmented(run, false, &tie)
			n := r.runes()
			if n == 0 || len(tie.scored) == 0 {
				t.Fatalf("segmented(%q) kept no scored pieces", run)
			}
			kept := slices.Clone(tie.scored)
			for at := 1; at < n; at++ {
				var own ties
				if got, want := r.nearTie(at, &tie), r.nearTie(at, &own); got != want {
					t.Errorf("nearTie(%d) = %v, want %v", at, got, want)
				}
			}
			if !slices.Equal(tie.scored, kept) {
				t.Errorf("nearTie scored pieces the best cut had not")
			}
		})
	}
}

// TestCutPiecesInOrder checks the pieces of a run's best cut: in the
// run's order, joining back to the run, and listed with one allocation
// however many there are (a de-spaced question's runs are cut on every
// reply).
func TestCutPiecesInOrder(t *testing.T) {
	a, runs := tiedRuns()
	for _, run := range runs {
		t.Run(run, func(t *testing.T) {
			r := a.cutOf(run, false, nil)
			got := r.pieces(false)
			if len(got) < 3 {
				t.Fatalf("pieces(%q) = %q, want a cut of three pieces or more", run, got)
			}
			if joined := strings.Join(got, ""); joined != run {
				t.Errorf("pieces(%q) = %q, joined %q, want the run", run, got, joined)
			}
			if allocs := testing.AllocsPerRun(10, func() { r.pieces(false) }); allocs != 1 {
				t.Errorf("pieces(%q): %v allocations, want 1", run, allocs)
			}
		})
	}
}

// tiedRuns is an analyser that has learnt a few words and runs typed
// without spaces of those words and others, which the nearTie tests cut.
func tiedRuns() (*Analyzer, []string) {
	a := NewAnalyzerWith(nil, NewTables())
	a.Learn("나노 공정 기술 반도체 연구 소속 연락처 분야 설계 인력")
	a.Freeze()
	return a, []string{"나노공정기술은", "반도체연구소속연락처", "설계인력분야는뭐야"}
}

// TestBestCuts checks the one dynamic programme of the segmenter and of
// asksOnly on made-up pieces: the best cut of the whole, a rune no piece
// may start or end at, a run no cut reaches the end of, and a tie won by
// the first cut found or by the one even prefers.
func TestBestCuts(t *testing.T) {
	const run = "abcd"
	cut := func(scores map[string]float64, apart int, even func(string) bool) (float64, string) {
		cells := make([]cutCell[string], len(run)+1)
		bestCuts(cells, "", apart, cutter[string, string]{
			piece: func(j, i int) (float64, string) {
				if s, ok := scores[run[j:i]]; ok {
					return s, run[j:i]
				}
				return noCut, ""
			},
			// a cut keeps its pieces' text
			keep: func(prev, p string) string { return strings.TrimPrefix(prev+"+"+p, "+") },
			even: even,
		})
		return cells[len(run)].score, cells[len(run)].keep
	}
	best := map[string]float64{"a": 1, "b": 1, "c": 1, "d": 1, "ab": 4, "cd": 4, "bc": 4, "abc": 8}
	tied := map[string]float64{"a": 1, "b": 1, "c": 1, "d": 1, "ab": 4, "cd": 4, "abc": 7} // ab+cd and abc+d score 8
	noEnd := map[string]float64{"a": 1, "b": 1, "c": 1, "ab": 4}
	tests := []struct {
		name   string
		scores map[string]float64
		apart  int
		even   func(string) bool
		score  float64
		pieces string
	}{
		{"the best cut", best, 0, nil, 9, "abc+d"},
		{"no piece ends or starts at rune 3", best, 3, nil, 8, "ab+cd"},
		{"no piece ends or starts at rune 2", best, 2, nil, 9, "abc+d"},
		{"no cut reaches the end", noEnd, 0, nil, noCut, ""},
		{"a tie goes to the first cut found", tied, 0, nil, 8, "ab+cd"},
		{"a tie goes to the one even prefers", tied, 0, func(k string) bool { return strings.HasPrefix(k, "abc") }, 8, "abc+d"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			score, pieces := cut(tt.scores, tt.apart, tt.even)
			if score != tt.score || pieces != tt.pieces {
				t.Errorf("bestCuts(%q, apart %d) = %v %q, want %v %q", run, tt.apart, score, pieces, tt.score, tt.pieces)
			}
		})
	}
}
