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
			if n == 0 || r.best.best[n] == noCut {
				t.Fatalf("cutOf(%q) made no cut", run)
			}
			var tie ties
			for at := 1; at < n; at++ {
				got := r.nearTie(at, &tie)
				fresh := r.fill(cutTable{}, at, nil)
				if !slices.Equal(tie.other.best, fresh.best) || !slices.Equal(tie.other.from, fresh.from) {
					t.Errorf("at %d: the cut read from scored pieces is %v / %v, afresh %v / %v", at, tie.other.best, tie.other.from, fresh.best, fresh.from)
				}
				whole, other := r.best.best[n], fresh.best[n]
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
