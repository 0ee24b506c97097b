package question

import (
	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// GlossarySources merges the reviewed glossary with the countries' English
// names.
func GlossarySources(doc *corpus.Document, entries []analysis.Entry) []analysis.Entry {
	out := make([]analysis.Entry, 0, len(entries))
	for _, e := range entries {
		out = append(out, analysis.Entry{English: e.English, Korean: e.Korean})
	}
	for _, c := range doc.Entities.Countries() {
		out = append(out, analysis.Entry{English: c.English, Korean: []string{c.Name}})
	}
	return out
}

// buildGlossary adds the pairs in order. A saved index keeps the pairs
// rather than the glossary, whose keys only the analyser can make.
func buildGlossary(a *analysis.Analyzer, pairs []analysis.Entry) *analysis.Glossary {
	g := analysis.NewGlossary()
	for _, e := range pairs {
		g.Add(a, e.English, e.Korean...)
	}
	g.Freeze()
	return g
}
