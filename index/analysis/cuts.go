package analysis

import (
	"iter"
	"unicode/utf8"
)

// cuts yields each place inside w where one rune ends and the next
// starts, first to last: how many runes stand before it, and its offset
// in bytes. w[:at] and w[at:] are then the runes before and after it
// without a copy, where string(rs[:i]) of w's runes makes one: the
// segmenter and the suffix stripper try every such place of every piece
// they read.
func cuts(w string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		i := 0
		for at := range w {
			if at > 0 && !yield(i, at) {
				return
			}
			i++
		}
	}
}

// cutsBack yields the places cuts does, last to first.
func cutsBack(w string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		i := utf8.RuneCountInString(w)
		for at := len(w); at > 0; {
			_, size := utf8.DecodeLastRuneInString(w[:at])
			at -= size
			i--
			if at > 0 && !yield(i, at) {
				return
			}
		}
	}
}

// runeStarts is where each of the n runes of w starts, then len(w): the
// runes from j to i are w[at[j]:at[i]].
func runeStarts(w string, n int) []int {
	at := make([]int, 0, n+1)
	for i := range w {
		at = append(at, i)
	}
	return append(at, len(w))
}
