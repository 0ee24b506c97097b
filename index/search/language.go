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
// patterns questions and lines are read by and the glossary, names and
// synonyms. Every index reads its words through one: the indexes of a
// shelf's reports share one (Options.Language), so that a shelf of many
// reports keeps one copy, which the garbage collector scans once, and an
// index given none makes its own. Once its lists are loaded it is
// read-only. What is the report's own (its vocabulary, what its passages
// hold, the glossary entries mined from its text) each index keeps.
type Language struct {
	// lists returns the general word lists, waiting while they load: a
	// Language an index makes for itself loads them on their own
	// goroutine, which is most of what opening a saved index costs, while
	// the index's folder is read (see Open).
	lists    func() (*lexicon.General, error)
	tables   *analysis.Tables
	patterns *question.Patterns
	// entries are the glossary's entries, names the Korean spellings of
	// Latin names with the synonyms.
	entries, names []analysis.Entry
	// keys are the glossary's keys as the reports' analysers read them,
	// shared where they read alike.
	keys *analysis.KeyCache
	// pairing are the English-summary pairer's tables of entries and
	// names, built on first use as each report's pairer is (see
	// lazyPairing).
	pairing func() *pairing.Tables
}

// NewLanguage loads the embedded word data; general may be nil, and then
// the embedded general word lists are loaded too.
func NewLanguage(general *lexicon.General) (*Language, error) {
	l, err := newLanguage(general, nil, nil)
	if err == nil {
		_, err = l.lists()
	}
	if err != nil {
		return nil, fmt.Errorf("language: %w", err)
	}
	return l, nil
}

// newLanguage is a Language of the glossary entries and names given, the
// embedded ones where they are nil. With general nil, the general word
// lists load on their own goroutine: lists waits for them.
func newLanguage(general *lexicon.General, entries, names []analysis.Entry) (*Language, error) {
	tables := analysis.NewTables()
	l := &Language{tables: tables, patterns: question.NewPatternsWith(tables), keys: analysis.NewKeyCache()}
	if general != nil {
		l.lists = func() (*lexicon.General, error) { return general, nil }
	} else {
		loading := async(lexicon.Load)
		l.lists = sync.OnceValues(func() (*lexicon.General, error) {
			r := <-loading
			return r.v, r.err
		})
	}
	if err := l.setWords(entries, names); err != nil {
		return nil, err
	}
	return l, nil
}

// setWords sets the glossary's entries and the names, the embedded ones
// where they are nil, and the pairer's tables of them.
func (l *Language) setWords(entries, names []analysis.Entry) error {
	if entries == nil {
		var err error
		if entries, err = analysis.EmbeddedGlossary(); err != nil {
			return err
		}
	}
	if names == nil {
		n, err := analysis.EmbeddedNames()
		if err != nil {
			return err
		}
		syn, err := analysis.EmbeddedSynonyms()
		if err != nil {
			return err
		}
		names = append(n, syn...)
	}
	l.entries, l.names = entries, names
	l.pairing = sync.OnceValue(func() *pairing.Tables { return pairing.NewTables(entries, names, pairing.Defaults()) })
	return nil
}

// language is the Language an index of opt reads through: opt's, or one
// of the index's own when opt gives none or gives its own glossary or
// names (tests), which then shares what it can of opt's.
func (opt Options) language() (*Language, error) {
	base := opt.Language
	if base == nil {
		return newLanguage(nil, opt.Glossary, opt.Names)
	}
	if opt.Glossary == nil && opt.Names == nil {
		return base, nil
	}
	entries, names := opt.Glossary, opt.Names
	if entries == nil {
		entries = base.entries
	}
	if names == nil {
		names = base.names
	}
	l := &Language{lists: base.lists, tables: base.tables, patterns: base.patterns, keys: base.keys}
	if err := l.setWords(entries, names); err != nil {
		return nil, err
	}
	return l, nil
}

// General are the general-language word lists; nil when they could not be
// loaded (NewLanguage then fails).
func (l *Language) General() *lexicon.General {
	g, _ := l.lists()
	return g
}

// Patterns are the compiled patterns questions and lines are read by:
// the engines that read a question after its reader (the answer engine's
// tables) share them, so that an expectation they set is the reader's own
// pattern, not a copy of it.
func (l *Language) Patterns() *question.Patterns { return l.patterns }

// analyzer is a new analyser of the Language's tables.
func (l *Language) analyzer(general *lexicon.General) *analysis.Analyzer {
	return analysis.NewAnalyzerWith(general, l.tables)
}
