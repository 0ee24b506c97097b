package question

import (
	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/analysis"
)

// GlossarySources merges the reviewed glossary with the pairs the report
// gives itself and the countries' English names. A mined translation that
// is a common word ("모델" for LLM, "처리" for NLP: the pair caught only the
// last word of a longer term) would pull in noise, so only terms found in
// fewer than maxDF passages are taken.
func GlossarySources(a *analysis.Analyzer, doc *corpus.Document, entries []analysis.Entry, df func(string) int, maxDF int) []analysis.Entry {
	out := make([]analysis.Entry, 0, len(entries))
	for _, e := range entries {
		out = append(out, analysis.Entry{English: e.English, Korean: e.Korean})
	}
	var texts []string
	for _, s := range doc.Sections {
		texts = append(texts, s.Title) // "엔비디아(NVIDIA)" is a heading
	}
	for _, p := range doc.Passages {
		texts = append(texts, p.Text)
	}
	for _, p := range analysis.MinePairs(texts) {
		toks := a.Tokens(p.Korean)
		if len(toks) == 0 || len(toks[0].Terms) == 0 || df(toks[len(toks)-1].Terms[0]) >= maxDF {
			continue
		}
		out = append(out, analysis.Entry{English: p.English, Korean: []string{p.Korean}})
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
