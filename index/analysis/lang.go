package analysis

import (
	"strings"
	"unicode"
)

// Language codes for replies.
const (
	Korean  = "ko"
	English = "en"
)

// Lang tells the language replies to q should use: Korean when it has at
// least as many Korean words as English ones. Names and codes (TSMC, HBM3E)
// do not count as English. This is the one place the language of a question
// is decided.
func Lang(q string) string {
	ko, en := 0, 0
	for _, w := range words(q, nil) {
		switch {
		case HasHangul(w):
			ko++
		case isAcronym(w) || strings.IndexFunc(w, unicode.IsDigit) >= 0:
		case strings.IndexFunc(w, unicode.IsLetter) >= 0:
			en++
		}
	}
	if ko > 0 && ko >= en {
		return Korean
	}
	return English
}
