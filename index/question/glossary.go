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
