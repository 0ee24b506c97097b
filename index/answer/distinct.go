package answer

import (
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/index/excerpt"
)

// Distinct returns rs saying no line twice, as an answer's results are
// gathered (gathered.add), with sources reading the sources a shortened
// quote cites (corpus.Document.Sources). rs is not changed.
func Distinct(rs []Result, sources func(string) []string) []Result {
	g := gathered{rs: make([]Result, 0, len(rs))}
	for _, r := range rs {
		g.add(r, sources)
	}
	return g.rs
}

// gathered is an answer's results as they are gathered, with the pieces
// their quotes show (CutPieces), kept as results are added: each new
// result is read against them, and splitting every earlier quote again for
// each one made allocations grow with the square of the results.
type gathered struct {
	rs   []Result
	said []string
}

// add appends r unless it says again what an earlier result of rs
// quotes: the report's summaries repeat lines of its body word for word,
// and a line read a result above tells the asker nothing. A quote shown
// twice whole takes the place of another passage; of the two, the one
// with pages stands, where the body's line is the one to cite. A quote
// that shares only some of its lines with earlier ones leaves those out,
// " … " marking the gap as any cut does (its sources, read by sources,
// are then those it still cites); one left with nothing of its own goes.
func (g *gathered) add(r Result, sources func(string) []string) {
	i := slices.IndexFunc(g.rs, func(s Result) bool { return len(r.Excerpt) > 0 && s.Excerpt == r.Excerpt })
	switch {
	case i >= 0 && len(g.rs[i].Pages) == 0 && len(r.Pages) > 0:
		g.rs[i] = r // the same quote, so the same pieces said
		return
	case i >= 0:
		return
	}
	ex, cut := unrepeated(r.Excerpt, g.said)
	switch {
	case !cut:
	case len(ex) == 0:
		return
	default:
		r.Excerpt, r.Sources = ex, sources(ex)
	}
	g.rs = append(g.rs, r)
	g.said = append(g.said, CutPieces(r.Excerpt)...)
}

// Unrepeated is quote without its pieces (its lines, and the parts " … "
// joins within one) that one of shown quotes already, and whether it left
// any out. A piece is shown where a piece of shown says the same words,
// or, for a piece cut short ("…"), holds them: a shorter cut of one line.
// Where pieces go between two that stay, " … " joins those two: text is
// left out between them. A piece cut short keeps its mark.
func Unrepeated(quote string, shown []string) (string, bool) {
	var said []string
	for _, s := range shown {
		said = append(said, CutPieces(s)...)
	}
	return unrepeated(quote, said)
}

// unrepeated is Unrepeated with shown read into its pieces, said. A quote
// that repeats none of them, as most do, is returned as it is without
// being split or copied.
func unrepeated(quote string, said []string) (string, bool) {
	repeats := false
	for line := range strings.SplitSeq(quote, "\n") {
		for p := range strings.SplitSeq(line, " … ") {
			repeats = repeats || saidAgain(p, said)
		}
	}
	if !repeats {
		return quote, false
	}
	var b strings.Builder
	gap := false
	i := 0
	for line := range strings.SplitSeq(quote, "\n") {
		j := 0
		for p := range strings.SplitSeq(line, " … ") {
			if saidAgain(p, said) {
				gap = true
				j++
				continue
			}
			switch {
			case b.Len() == 0:
			case gap || j > 0:
				b.WriteString(" … ")
			case i > 0:
				b.WriteString("\n")
			}
			b.WriteString(p)
			gap = false
			j++
		}
		i++
	}
	return b.String(), true
}

// CutPieces are the pieces of a quote: its lines, and the parts " … "
// joins within one, each with its marks of a cut, so that a piece cut
// short can be told from a whole one (saidAgain). search.QuotePieces,
// for finding the lines a quote shows, drops the marks instead.
func CutPieces(quote string) []string {
	var out []string
	for _, line := range strings.Split(quote, "\n") {
		out = append(out, strings.Split(line, " … ")...)
	}
	return out
}

// saidAgain tells whether piece p of a quote says what a piece of said
// does: the same words, or, where p is cut short, some of them.
func saidAgain(p string, said []string) bool {
	core := PieceCore(p)
	if len(core) == 0 {
		return false
	}
	short := strings.Contains(p, excerpt.Ellipsis)
	return slices.ContainsFunc(said, func(s string) bool {
		c := PieceCore(s)
		return c == core || short && strings.Contains(c, core)
	})
}

// PieceCore is a quote's piece without the marks of a cut and the spaces
// around it: the report's own words it shows.
func PieceCore(p string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(p), excerpt.Ellipsis))
}
