package excerpt

import "strings"

// Gap joins two runs of one line a quote shows with text left out between
// them, as a cut marks it within a line.
const Gap = " " + Ellipsis + " "

// NextPiece is the first piece of quote, what follows it, and whether
// anything does: a piece ends at a line's end or at sep, whichever comes
// first, and sep holds no line's end, so the two are cut alike in one
// pass, without making a list of the pieces. Cut at Gap, a piece keeps the
// marks of a cut at its ends, so that one cut short can be told from a
// whole one; cut at Ellipsis, a piece is a run of the report's own text
// with the spaces around the marks still on it.
func NextPiece(quote, sep string) (p, rest string, more bool) {
	i, n := strings.IndexByte(quote, '\n'), 1
	if j := strings.Index(quote, sep); j >= 0 && (i < 0 || j < i) {
		i, n = j, len(sep)
	}
	if i < 0 {
		return quote, "", false
	}
	return quote[:i], quote[i+n:], true
}
