package question

import (
	"strings"
	"unicode"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// PrintedNames are the Latin words the report prints capitalised inside
// Korean text and never in lower case, lower-cased: names by the report's
// own usage ("Gemini", "Athena"). A Korean line has no English sentence
// start that capitalises a word anyway, so there the capital is the
// writer's. A word the report also prints in lower case ("chips") is a
// common word some title capitalises; one joined to a hyphen or a digit
// is part of a code the analyser reads whole.
func PrintedNames(doc *corpus.Document) map[string]bool {
	capital, lower := map[string]bool{}, map[string]bool{}
	for _, p := range doc.Passages {
		for line := range strings.SplitSeq(p.Text, "\n") {
			korean := analysis.HasHangul(line)
			for _, w := range latinRuns(line) {
				switch {
				case unicode.IsLower(rune(w[0])):
					lower[strings.ToLower(w)] = true
				case korean && len(w) > 1 && strings.ToLower(w[1:]) == w[1:]:
					capital[strings.ToLower(w)] = true
				}
			}
		}
	}
	for w := range lower {
		delete(capital, w)
	}
	return capital
}

// latinRuns are the runs of ASCII letters in s that stand as words of
// their own: not joined to a hyphen, a digit or another letter.
func latinRuns(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		if !asciiLetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && asciiLetter(s[j]) {
			j++
		}
		if !joined(s, i-1) && !joined(s, j) {
			out = append(out, s[i:j])
		}
		i = j
	}
	return out
}

// joined tells whether the byte at i joins a word to a code: a hyphen or a
// digit.
func joined(s string, i int) bool {
	return i >= 0 && i < len(s) && (s[i] == '-' || s[i] >= '0' && s[i] <= '9')
}

func asciiLetter(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }
