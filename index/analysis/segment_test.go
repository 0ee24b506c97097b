package analysis

import (
	"slices"
	"testing"
)

// TestNearTieReadsEachPieceOnce checks that the cuts nearTie makes, for
// every rune of a run asked in turn with one ties, are the cuts made
// afresh (every piece scored again, the table new), and that once each
// piece is scored, asking of another rune allocates nothing.
func TestNearTieReadsEachPieceOnce(t *testing.T) {
	a := NewAnalyzerWith(nil, NewTables())
	a.Learn("나노 공정 기술 반도체 연구 소속 연락처 분야 설계 인력")
	a.Freeze()
	for _, run := range []string{"나노공정기술은", "반도체연구소속연락처", "설계인력분야는뭐야"} {
		t.Run(run, func(t *testing.T) {
			r := a.cutOf([]rune(run), false)
			n := len(r.rs)
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
