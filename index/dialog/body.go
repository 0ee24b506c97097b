package dialog

import (
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/pairing"
)

// condensedLine is a line of the report's Korean body that a sentence of
// the English summary says in English (pairing): the body the summary
// condenses.
type condensedLine struct {
	sentence int // the sentence's index among the summary's (pairing.Sentence)
	line     string
}

// condensedBy reads, for each passage of the English summary, the body
// lines its sentences say in English, in the report's order. The body is
// the report's numbered sections: the parts the parser names (the Korean
// summary, the front matter) condense or title it, and a writer cites the
// body.
func condensedBy(x Analyser) map[int][]condensedLine {
	doc := x.Document()
	p := x.Pairing()
	out := map[int][]condensedLine{}
	for _, ps := range doc.Passages {
		if !corpus.NumberedID(ps.Section) {
			continue
		}
		for _, ln := range strings.Split(ps.Text, "\n") {
			if s, ok := p.English(ln); ok {
				out[s.Passage] = append(out[s.Passage], condensedLine{sentence: s.Index, line: ln})
			}
		}
	}
	return out
}

// withKorean shows, under each quote of a reply in a thread that is of the
// English summary, the Korean body line that each sentence it shows says
// in English (the first in the report's order where the pairing names
// several): the mirror of the summary's sentence an English asker reads
// under a Korean quote (answer's addEnglish). An asker who reads on in a
// thread from the summary asks about what the report says, and the body
// is what says it, in the words a writer cites. A sentence the pairing
// pairs with no line goes alone, as does one whose line another result of
// the reply quotes: a reply never shows the same words twice.
func (e *Engine) withKorean(r Reply) Reply {
	if !r.Answer.Answered {
		return r
	}
	res := slices.Clone(r.Answer.Results)
	var quoted []string
	for _, x := range res {
		quoted = append(quoted, excerptPieces(x.Excerpt)...)
	}
	changed := false
	for i, x := range res {
		if x.Section != pairing.SummarySection {
			continue
		}
		add := slices.DeleteFunc(e.koreanOf(x.PassageID, x.Excerpt), func(ln string) bool { return showsLine(quoted, ln) })
		if len(add) > 0 {
			res[i].Excerpt = x.Excerpt + "\n" + strings.Join(add, "\n")
			changed = true
		}
	}
	if !changed {
		return r
	}
	return e.withResults(r, res)
}

// koreanOf returns the body lines that the sentences of summary passage id
// which excerpt shows say in English: for each sentence, the first line
// paired with it, unless the excerpt holds one of its lines already.
func (e *Engine) koreanOf(id int, excerpt string) []string {
	pieces := excerptPieces(excerpt)
	var add []string
	for _, s := range e.x.Pairing().Sentences() {
		if s.Passage != id || !showsLine(pieces, s.Text) {
			continue
		}
		lines := slices.DeleteFunc(slices.Clone(e.condensed()[id]), func(cl condensedLine) bool { return cl.sentence != s.Index })
		if len(lines) == 0 || slices.ContainsFunc(lines, func(cl condensedLine) bool { return strings.Contains(excerpt, cl.line) }) {
			continue
		}
		if !slices.Contains(add, lines[0].line) {
			add = append(add, lines[0].line)
		}
	}
	return add
}
