package index

import "errors"

// Errors callers branch on.
var (
	ErrEmptyQuestion   = errors.New("the question is empty")
	ErrQuestionTooLong = errors.New("the question is too long")
)

// MaxQuestionRunes bounds what a question may hold; longer text is refused with
// ErrQuestionTooLong rather than searched.
const MaxQuestionRunes = 1000

// Answer is what the engine says about one question.
type Answer struct {
	Question string
	Lang     string // "ko" or "en": the language replies should use
	// Answered is false when the report does not cover the question; Results is
	// then empty and Suggestions names the nearest sections.
	Answered    bool
	Results     []Result
	Suggestions []SectionRef
}

// Result is one cited passage.
type Result struct {
	PassageID    int
	Section      string   // section id, e.g. "2.2.1.마"
	SectionTitle string   // the section's own title
	Path         []string // titles from the chapter down
	Pages        string   // "25–33", or "" when the contents give none
	Excerpt      string   // the sentence or two that answers, ≤ about 300 characters
	Text         string   // the whole passage
	Score        float64
	// Sources are the original sources the excerpt cites: footnote texts and
	// reference-list entries for in-text citations such as "(장은현, 2024)".
	Sources []string
}

// SectionRef names a section for a "see also" suggestion.
type SectionRef struct {
	ID    string
	Title string
	Pages string
}
