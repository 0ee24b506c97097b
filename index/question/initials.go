package question

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// initials reads the dotted abbreviations in text that are made of single
// Latin letters ("U.S.", "U.K.", "e.g.", "i.e.", "a.k.a."), which the word
// splitter would otherwise cut into letters that mean nothing alone ("U"
// and "S"; "e" and "g"), one of which a hedge could then name as the
// detail the report lacks. Typed in capitals they are a name's initials,
// read as the name is written without its dots ("US"). Typed otherwise
// they abbreviate a phrase that only says how the sentence goes on (an
// example follows, or the same put in other words): they carry nothing
// asked about and are left out, with the comma that may follow them.
// It reads the question only: the report's own "U.S.-led" is left as its
// index has it.
func initials(text string) string {
	var b strings.Builder
	for i := 0; i < len(text); {
		n, letters := dotted(text, i)
		if n == 0 {
			b.WriteByte(text[i]) // bytes as typed, valid or not
			i++
			continue
		}
		i += n
		next, _ := utf8.DecodeRuneInString(text[i:])
		if allUpper(letters) {
			b.WriteString(letters)
			if joins(next) {
				b.WriteByte(' ') // "U.S.Army": the name, then the word glued on
			}
			continue
		}
		if next == ',' {
			i++
		}
		if last, _ := utf8.DecodeLastRuneInString(b.String()); b.Len() == 0 || unicode.IsSpace(last) || unicode.Is(unicode.Ps, last) {
			// the space or bracket before stands for the space after
			i += len(text[i:]) - len(strings.TrimLeftFunc(text[i:], unicode.IsSpace))
		}
	}
	return b.String()
}

// dotted returns the length in bytes of the dotted abbreviation starting at
// text[i] (two or more single Latin letters, each but perhaps the last
// followed by a dot) and its letters; 0 where none starts there. A letter
// glued to a word, a number or a dot before it ("2.2.1.a", "Fig.A") starts
// none.
func dotted(text string, i int) (int, string) {
	if prev, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && (joins(prev) || prev == '.') {
		return 0, ""
	}
	var letters []byte
	j := i
	for j < len(text) && isLatinLetter(text[j]) {
		if next, _ := utf8.DecodeRuneInString(text[j+1:]); joins(next) {
			break // a letter of a word
		}
		letters = append(letters, text[j])
		j++
		if j == len(text) || text[j] != '.' {
			break
		}
		j++ // the dot after the letter
	}
	if len(letters) <= 1 {
		return 0, "" // a letter alone, or one ending a sentence ("plan B.")
	}
	return j - i, string(letters)
}

// joins tells whether r is part of a word: a letter or a digit of any script.
func joins(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isLatinLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func allUpper(s string) bool { return strings.ToUpper(s) == s }
