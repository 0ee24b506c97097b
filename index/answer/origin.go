package answer

import "regexp"

// newOrigin is the pattern of a question for a source worded as one the
// question's reader does not take for it (Tables.origin): a source line
// answers it as it answers a question for a source.
func newOrigin() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:journal|publish(?:ed|er|es)?|publication|outlet|newspaper|authors?|who wrote|written by)\b` +
		`|\bwhere\b.*\b(?:come|comes|came|taken|drawn|sourced)\s+from\b` +
		`|매체|언론사|발행처|게재|실린|실렸|저널|학술지|어디서\s*나온|어디에서\s*나온`)
}
