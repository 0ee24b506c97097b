package hangul

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Hangul syllable arithmetic (Unicode §3.12).
const (
	syllableFirst = 0xAC00
	syllableLast  = 0xD7A3
	jamoLBase     = 0x1100
	jamoVBase     = 0x1161
	jamoTBase     = 0x11A7
	jamoVCount    = 21
	jamoTCount    = 28
)

// IsSyllable tells whether r is a precomposed Hangul syllable (가–힣).
func IsSyllable(r rune) bool { return r >= syllableFirst && r <= syllableLast }

// HasFinal tells whether a syllable ends in a consonant (받침): 국 yes, 가 no.
// Particles that follow a word depend on it (은/는, 이/가, 이라고/라고).
func HasFinal(r rune) bool { return IsSyllable(r) && (r-syllableFirst)%jamoTCount != 0 }

// finalM is the index of ㅁ among the final consonants: the nominalising
// ending of the report's 개조식 sentences (함, 있음, 나뉨).
const finalM = 16

// FinalM tells whether a syllable ends in ㅁ: 함 and 음 yes, 다 and 서 no.
func FinalM(r rune) bool { return IsSyllable(r) && (r-syllableFirst)%jamoTCount == finalM }

// Particle picks the form of a particle that follows word: closed after a
// final consonant (은, 과, 이라고), open otherwise (는, 와, 라고). A Latin
// word is read by the sound of its last letter (EU는, DRAM은).
func Particle(word, closed, open string) string {
	r, _ := utf8.DecodeLastRuneInString(word)
	if HasFinal(r) || !IsSyllable(r) && strings.ContainsRune("LMNRlmnr", r) {
		return closed
	}
	return open
}

// The index of ㄹ and ㅇ among the initial consonants.
const (
	initialRieul = 5
	initialIeung = 11
)

// Soft is a syllable with an initial ㄹ read as ㅇ, and any other rune as
// it is: Korean writes one Sino-Korean syllable either way by what stands
// before it (비율 and 효율 but 확률; 나열 but 행렬), so 률 and 율 are alike.
func Soft(r rune) rune {
	if !IsSyllable(r) {
		return r
	}
	i := r - syllableFirst
	if i/(jamoVCount*jamoTCount) != initialRieul {
		return r
	}
	return r + (initialIeung-initialRieul)*jamoVCount*jamoTCount
}

// Compose joins conjoining jamo (as macOS and some keyboards send them) into
// syllables, and composes every other sequence Unicode composes (NFC).
func Compose(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// Jamo splits Hangul syllables into their letters and leaves other runes as
// they are, so that an edit distance over the result counts one mistyped
// vowel or consonant as one edit.
func Jamo(s string) []rune { return AppendJamo(make([]rune, 0, len(s)), s) }

// AppendJamo appends Jamo(s) to dst: a caller splitting many words keeps
// their letters in one array.
func AppendJamo(dst []rune, s string) []rune {
	for _, r := range s {
		if !IsSyllable(r) {
			dst = append(dst, r)
			continue
		}
		i := int(r - syllableFirst)
		dst = append(dst, rune(jamoLBase+i/(jamoVCount*jamoTCount)), rune(jamoVBase+(i%(jamoVCount*jamoTCount))/jamoTCount))
		if t := i % jamoTCount; t > 0 {
			dst = append(dst, rune(jamoTBase+t))
		}
	}
	return dst
}

// JamoLen is len(Jamo(s)), counted without making it.
func JamoLen(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case !IsSyllable(r):
			n++
		case int(r-syllableFirst)%jamoTCount > 0:
			n += 3
		default:
			n += 2
		}
	}
	return n
}

// Distance is the optimal string alignment distance between a and b (edits
// and swaps of neighbours), giving up once every alignment costs more than
// limit: the result is then limit+1.
func Distance(a, b []rune, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	// The three rows live on the stack for words of ordinary length: the
	// speller measures a question's word against thousands of the report's.
	var buf [3 * 40]int
	n := len(b) + 1
	rows := buf[:0]
	if 3*n <= len(buf) {
		rows = buf[:3*n]
	} else {
		rows = make([]int, 3*n)
	}
	prev2, prev, cur := rows[:n], rows[n:2*n], rows[2*n:]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
