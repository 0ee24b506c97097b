package dialog

import (
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/pairing"
)

// condensedTable maps a passage of the English summary, and the index of one
// of its sentences (pairing.Sentence), to the lines of the report's Korean
// body that the sentence says in English (pairing), in the report's order:
// the body the summary condenses.
type condensedTable map[int]map[int][]string

// condensedBy reads the report's condensedTable. The body is the
// report's numbered sections: the parts the parser names (the Korean
// summary, the front matter) condense or title it, and a writer cites the
// body.
func condensedBy(x Analyser) condensedTable {
	doc := x.Document()
	p := x.Pairing()
	out := condensedTable{}
	for _, ps := range doc.Passages {
		if !corpus.NumberedID(ps.Section) {
			continue
		}
		for _, ln := range strings.Split(ps.Text, "\n") {
			s, ok := p.English(ln)
			if !ok {
				continue
			}
			if out[s.Passage] == nil {
				out[s.Passage] = map[int][]string{}
			}
			out[s.Passage][s.Index] = append(out[s.Passage][s.Index], ln)
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
		lines := e.condensed()[id][s.Index]
		if len(lines) == 0 || slices.ContainsFunc(lines, func(ln string) bool { return strings.Contains(excerpt, ln) }) {
			continue
		}
		if !slices.Contains(add, lines[0]) {
			add = append(add, lines[0])
		}
	}
	return add
}
