package answer

import "regexp"

// newOrigin is the pattern of a question for a source worded as one the
// question's reader does not take for it (Tables.origin): a source line
// answers it as it answers a question for a source.
func newOrigin() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:journal|publish(?:ed|er)?|authors?)\b` +
		`|\bwhere\b.*\bcome\s+from\b` +
		`|발행처|실렸|어디서\s*나온|어디에서\s*나온`)
}
