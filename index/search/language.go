package search

import (
	"fmt"
	"sync"

	"github.com/stepi-tools/reportbot/index/analysis"
	"github.com/stepi-tools/reportbot/index/analysis/lexicon"
	"github.com/stepi-tools/reportbot/index/pairing"
	"github.com/stepi-tools/reportbot/index/question"
)

// Language is what reading any report's words takes that does not depend on
// the report: the general word lists, the analyser's tables, the compiled
// patterns questions are read by and the embedded glossary, names and
// synonyms. Built once, it is read-only, and the indexes of every report on
// a shelf share it (Options.Language), so that a shelf of many reports
// keeps one copy, which the garbage collector scans once. What is the
// report's own (its vocabulary, what its passages hold, the glossary
// entries mined from its text) each index keeps.
type Language struct {
	general  *lexicon.General
	tables   *analysis.Tables
	patterns *question.Patterns
	// entries are the embedded glossary's entries, names the Korean
	// spellings of Latin names with the synonyms.
	entries, names []analysis.Entry
	// pairing are the English-summary pairer's tables of entries and
	// names, built on first use as each report's pairer is (see
	// lazyPairing).
	pairing func() *pairing.Tables
}

// NewLanguage loads the embedded word data; general may be nil, and then
// the embedded general word lists are loaded too.
func NewLanguage(general *lexicon.General) (*Language, error) {
	if general == nil {
		var err error
		if general, err = lexicon.Load(); err != nil {
			return nil, fmt.Errorf("language: %w", err)
		}
	}
	entries, names, err := wordData(Options{})
	if err != nil {
		return nil, fmt.Errorf("language: %w", err)
	}
	return &Language{general: general, tables: analysis.NewTables(), patterns: question.NewPatterns(), entries: entries, names: names,
		pairing: sync.OnceValue(func() *pairing.Tables { return pairing.NewTables(entries, names, pairing.Defaults()) })}, nil
}

// General are the general-language word lists.
func (l *Language) General() *lexicon.General { return l.general }
