package answer

import (
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/index/excerpt"
)

// Distinct returns rs saying no line twice, as an answer's results are
// gathered (gathered.add), with sources reading the sources a shortened
// quote cites (corpus.Document.Sources). rs is not changed: where it says
// no line twice, as most do, it is returned as it is, not copied (the
// dialog asks again of every reply, for the lines its own steps add).
func Distinct(rs []Result, sources func(string) []string) []Result {
	i := 0
	for i < len(rs) && (gathered{rs: rs[:i]}).keeps(rs[i]) {
		i++
	}
	if i == len(rs) && rs != nil {
		return rs
	}
	g := gathered{rs: make([]Result, i, len(rs))}
	copy(g.rs, rs[:i])
	for _, r := range rs[i:] {
		g.add(r, sources)
	}
	return g.rs
}

// gathered is an answer's results as they are gathered: each new result
// is read against the quotes of those before it piece by piece
// (NextPiece), as listing every earlier quote's pieces again for each one
// made allocations grow with the square of the results.
type gathered struct {
	rs []Result
}

// keeps tells whether add appends r as it is: no earlier result quotes
// the same, nor any line of it.
func (g gathered) keeps(r Result) bool {
	return g.same(r) < 0 && !repeats(r.Excerpt, g.rs, excerptOf)
}

// same is the index of the earlier result that quotes what r quotes, -1
// for none (an empty quote quotes nothing).
func (g gathered) same(r Result) int {
	return slices.IndexFunc(g.rs, func(s Result) bool { return len(r.Excerpt) > 0 && s.Excerpt == r.Excerpt })
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
	i := g.same(r)
	switch {
	case i >= 0 && len(g.rs[i].Pages) == 0 && len(r.Pages) > 0:
		g.rs[i] = r // the same quote, so the same pieces said
		return
	case i >= 0:
		return
	}
	ex, cut := unrepeated(r.Excerpt, g.rs, excerptOf)
	switch {
	case !cut:
	case len(ex) == 0:
		return
	default:
		r.Excerpt, r.Sources = ex, sources(ex)
	}
	g.rs = append(g.rs, r)
}

// Unrepeated is quote without its pieces (its lines, and the parts " … "
// joins within one) that one of shown quotes already, and whether it left
// any out. A piece is shown where a piece of shown says the same words,
// or, for a piece cut short ("…"), holds them: a shorter cut of one line.
// Where pieces go between two that stay, " … " joins those two: text is
// left out between them. A piece cut short keeps its mark.
//
// A quote that repeats none of them, as most do, is returned as it is
// without being split or copied.
func Unrepeated(quote string, shown []string) (string, bool) {
	return unrepeated(quote, shown, func(s string) string { return s })
}

// excerptOf is the quote of r.
func excerptOf(r Result) string { return r.Excerpt }

// unrepeated is Unrepeated of the quotes of shown, read by quoteOf: an
// answer's results are read against those before them (gathered) without
// a list of their quotes made for each.
func unrepeated[T any](quote string, shown []T, quoteOf func(T) string) (string, bool) {
	if !repeats(quote, shown, quoteOf) {
		return quote, false
	}
	var b strings.Builder
	gap := false
	i := 0
	for line := range strings.SplitSeq(quote, "\n") {
		j := 0
		for p := range strings.SplitSeq(line, excerpt.Gap) {
			if saidAgain(p, shown, quoteOf) {
				gap = true
				j++
				continue
			}
			switch {
			case b.Len() == 0:
			case gap || j > 0:
				b.WriteString(excerpt.Gap)
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

// repeats tells whether a piece of quote says again what one of the
// quotes of shown, read by quoteOf, said (saidAgain), reading its pieces
// one by one without splitting or copying it.
func repeats[T any](quote string, shown []T, quoteOf func(T) string) bool {
	for rest, more := quote, true; more; {
		var p string
		p, rest, more = NextPiece(rest)
		if saidAgain(p, shown, quoteOf) {
			return true
		}
	}
	return false
}

// CutPieces are the pieces of a quote: its lines, and the parts " … "
// joins within one, each with its marks of a cut, so that a piece cut
// short can be told from a whole one (saidAgain). search.QuotePieces,
// for finding the lines a quote shows, drops the marks instead.
func CutPieces(quote string) []string {
	var out []string
	for rest, more := quote, true; more; {
		var p string
		p, rest, more = NextPiece(rest)
		out = append(out, p)
	}
	return out
}

// NextPiece is the first piece of quote (CutPieces), what follows it, and
// whether anything does (excerpt.NextPiece at a gap, the marks kept): for
// a caller that reads a quote piece by piece without making the list, as
// the dialog's grown reads one quote while it holds another's pieces.
func NextPiece(quote string) (p, rest string, more bool) {
	return excerpt.NextPiece(quote, excerpt.Gap)
}

// saidAgain tells whether piece p of a quote says what a piece of one of
// the quotes said does: the same words, or, where p is cut short, some of
// them.
func saidAgain[T any](p string, said []T, quoteOf func(T) string) bool {
	core := PieceCore(p)
	if len(core) == 0 {
		return false
	}
	short := strings.Contains(p, excerpt.Ellipsis)
	for _, s := range said {
		q := quoteOf(s)
		for more := true; more; {
			var piece string
			piece, q, more = NextPiece(q)
			if c := PieceCore(piece); c == core || short && strings.Contains(c, core) {
				return true
			}
		}
	}
	return false
}

// PieceCore is a quote's piece without the marks of a cut and the spaces
// around it: the report's own words it shows.
func PieceCore(p string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(p), excerpt.Ellipsis))
}
