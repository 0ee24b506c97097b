package pairing

import (
	"flag"
	"fmt"
	"testing"
)

var fit = flag.Bool("fit", false, "search the parameters on the fitted half of the gold set and print the best")

// fitGrid is what the search tries. The thresholds' values run from loose
// to strict, so that one step down is one notch looser.
type fitGrid struct {
	lineShare, koreanRarity, unseen, nameWeight, anchorIDF []float64
	minSim, noAnchor, minSimBody, margin, minWeight, cover []float64
	minShared                                              []int
}

func newFitGrid() fitGrid {
	return fitGrid{
		lineShare:    []float64{0.5, 0.65, 0.8, 1},
		koreanRarity: []float64{0, 0.5, 1, 2},
		unseen:       []float64{0.25, 0.5, 1},
		nameWeight:   []float64{1, 1.5, 2.5},
		anchorIDF:    []float64{1.25, 1.75, 2.5},
		minSim:       []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6},
		// An unanchored pair needs a large overlap: most of the line's
		// weight, and clearly more than an anchored one (MinSim + 0.1 at
		// least, see set).
		noAnchor:   []float64{0.6, 0.65, 0.7, 0.75, 0.8, 0.9},
		minSimBody: []float64{0.5, 0.6, 0.7, 0.8, 1.01},
		// The best sentence must be clearly ahead of the second: by a fifth
		// at least.
		margin:    []float64{1.2, 1.3, 1.4, 1.5, 1.75, 2},
		minWeight: []float64{0, 1, 2, 3, 4, 5},
		cover:     []float64{0, 0.2, 0.3, 0.4, 0.5},
		minShared: []int{1, 2, 3},
	}
}

// thresholds are indexes into a fitGrid's threshold values.
type thresholds struct{ minSim, noAnchor, minSimBody, margin, minWeight, cover, minShared int }

// looser is t with every threshold one notch looser.
func (t thresholds) looser() thresholds {
	d := func(i int) int { return max(0, i-1) }
	return thresholds{d(t.minSim), d(t.noAnchor), d(t.minSimBody), d(t.margin), d(t.minWeight), d(t.cover), d(t.minShared)}
}

func (g fitGrid) set(p Params, t thresholds) Params {
	p.MinSim = g.minSim[t.minSim]
	p.MinSimNoAnchor = max(g.noAnchor[t.noAnchor], p.MinSim+0.1)
	p.MinSimBody, p.Margin, p.MinWeight = g.minSimBody[t.minSimBody], g.margin[t.margin], g.minWeight[t.minWeight]
	p.MinCoverNoAnchor, p.MinShared = g.cover[t.cover], g.minShared[t.minShared]
	return p
}

// each calls fn with every set of thresholds of the grid.
func (g fitGrid) each(fn func(thresholds)) {
	for a := range g.minSim {
		for b := range g.noAnchor {
			for c := range g.minSimBody {
				for d := range g.margin {
					for e := range g.minWeight {
						for f := range g.cover {
							for h := range g.minShared {
								fn(thresholds{a, b, c, d, e, f, h})
							}
						}
					}
				}
			}
		}
	}
}

// TestFit searches Params on the fitted half of the gold set only: for
// each way of weighing items it ranks the half's lines once, then tries
// every set of thresholds on the rankings. It keeps the sets whose
// precision stays at least fitPrecision with every threshold one notch
// looser, so that no wrong pair of the half sits just past a threshold,
// and of those picks the one that finds the most lines, then the one with
// the fewest wrong pairs, then the strictest (the most notches up, summed
// over the thresholds): where the half cannot tell, strict is safer. It changes nothing: the values
// it prints are copied into Defaults by hand, and TestPairingQuality
// measures them on both halves.
//
//	go test ./index/pairing -run TestFit -fit -v -timeout 30m
func TestFit(t *testing.T) {
	if !*fit {
		t.Skip("run with -fit")
	}
	const fitPrecision = 0.95
	doc := loadDoc(t)
	var fitted []query
	for _, q := range queries(doc, readGold(t)) {
		if !q.held {
			fitted = append(fitted, q)
		}
	}
	type outcome struct {
		p                   Params
		strict              int // the sum of the thresholds' notches
		found, shown, right int
	}
	better := func(a, b outcome) bool { // is a better than b
		if a.found != b.found {
			return a.found > b.found
		}
		if wa, wb := a.shown-a.right, b.shown-b.right; wa != wb {
			return wa < wb
		}
		return a.strict > b.strict
	}
	type ranked struct {
		c            candidate
		accept, owed bool
	}
	measure := func(p Params, rs []ranked) outcome {
		o := outcome{p: p}
		for _, r := range rs {
			if !p.accepts(r.c) {
				continue
			}
			o.shown++
			if r.accept {
				o.right++
				if r.owed {
					o.found++
				}
			}
		}
		return o
	}
	precise := func(o outcome) bool { return o.shown > 0 && float64(o.right) >= fitPrecision*float64(o.shown) }
	g := newFitGrid()
	var best outcome
	have := false
	for _, ls := range g.lineShare {
		for _, kr := range g.koreanRarity {
			for _, uw := range g.unseen {
				for _, nw := range g.nameWeight {
					for _, ai := range g.anchorIDF {
						p := Defaults()
						p.LineShare, p.KoreanRarity, p.UnseenWeight, p.NameWeight, p.MinAnchorIDF = ls, kr, uw, nw, ai
						// Rank every line, those only the body carries too:
						// the thresholds tried decide whether they pair.
						p.MinSimBody = 0
						pr := newPairer(t, doc, p)
						var rs []ranked
						for _, q := range fitted {
							if c := pr.rank(q.text); c.best >= 0 {
								rs = append(rs, ranked{c, q.accept[c.best], len(q.want) > 0})
							}
						}
						g.each(func(th thresholds) {
							o := measure(g.set(p, th), rs)
							o.strict = th.minSim + th.noAnchor + th.minSimBody + th.margin + th.minWeight + th.cover + th.minShared
							if !precise(o) || have && !better(o, best) {
								return
							}
							if !precise(measure(g.set(p, th.looser()), rs)) {
								return
							}
							best, have = o, true
						})
					}
				}
			}
		}
	}
	if !have {
		t.Fatal("no parameters reach the precision")
	}
	t.Logf("best on the fitted half: %d found, %d of %d shown right\n%#v", best.found, best.right, best.shown, best.p)
	fmt.Println() // keeps the log readable under -v
}
