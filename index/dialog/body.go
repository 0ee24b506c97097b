package dialog

import (
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/pairing"
)

// condensedTable maps a passage of the English summary to those of its
// sentences (pairing.Sentence) that say in English lines of the report's
// Korean body (pairing), in the summary's order, each with those lines in
// the report's order: the body the summary condenses. A quote looks up its
// passage's sentences here rather than walking the whole summary.
type condensedTable map[int][]condensedSentence

// condensedSentence is a summary sentence and the body lines it condenses.
type condensedSentence struct {
	pairing.Sentence
	lines []bodyLine
}

// bodyLine is a line of the report's body: its passage, its place among the
// passage's lines, and its text.
type bodyLine struct {
	Passage, Line int
	Text          string
}

// condensedBy reads the report's condensedTable. The body is the
// report's numbered sections: the parts the parser names (the Korean
// summary, the front matter) condense or title it, and a writer cites the
// body.
func condensedBy(x Analyser) condensedTable {
	doc := x.Document()
	p := x.Pairing()
	lines := map[int][]bodyLine{} // sentence index → its body lines
	for id, ps := range doc.Passages {
		if !corpus.NumberedID(ps.Section) {
			continue
		}
		for i, ln := range strings.Split(ps.Text, "\n") {
			if s, ok := p.English(ln); ok {
				lines[s.Index] = append(lines[s.Index], bodyLine{Passage: id, Line: i, Text: ln})
			}
		}
	}
	out := condensedTable{}
	for _, s := range p.Sentences() {
		if ls := lines[s.Index]; len(ls) > 0 {
			out[s.Passage] = append(out[s.Passage], condensedSentence{s, ls})
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
	summary := func(x answer.Result) bool { return x.Section == pairing.SummarySection }
	if !r.Answer.Answered || !slices.ContainsFunc(r.Answer.Results, summary) {
		return r
	}
	var quoted []string
	for _, x := range r.Answer.Results {
		quoted = append(quoted, excerptPieces(x.Excerpt)...)
	}
	return e.eachQuote(r, func(x answer.Result) (answer.Result, bool) {
		if !summary(x) {
			return x, false
		}
		add := slices.DeleteFunc(e.koreanOf(x.PassageID, x.Excerpt), func(ln string) bool { return showsLine(quoted, ln) })
		if len(add) == 0 {
			return x, false
		}
		x.Excerpt += "\n" + strings.Join(add, "\n")
		return x, true
	})
}

// koreanOf returns the body lines that the sentences of summary passage id
// which excerpt shows say in English: for each sentence, the first line
// paired with it, unless the excerpt holds one of its lines already.
func (e *Engine) koreanOf(id int, excerpt string) []string {
	pieces := excerptPieces(excerpt)
	var add []string
	for _, s := range e.condensed()[id] {
		if !showsLine(pieces, s.Text) || slices.ContainsFunc(s.lines, func(ln bodyLine) bool { return strings.Contains(excerpt, ln.Text) }) {
			continue
		}
		if !slices.Contains(add, s.lines[0].Text) {
			add = append(add, s.lines[0].Text)
		}
	}
	return add
}

// bodyGoesOn is what "more" of a shown English-summary quote goes on with:
// the Korean body it condenses, from the line its first shown sentence is
// paired with, up to n lines no turn has shown, under the quote. The
// summary says in a sentence what a body passage argues; more of that
// sentence is the passage, not the summary's next paragraph, which
// condenses another. ok is false for a quote of the body, or one whose
// sentences pair with no line, or whose body has nothing left unshown.
func (e *Engine) bodyGoesOn(res answer.Result, shown []string, n int) (answer.Result, bool) {
	if res.Section != pairing.SummarySection {
		return res, false
	}
	pieces := excerptPieces(res.Excerpt)
	for _, s := range e.condensed()[res.PassageID] {
		if !showsLine(pieces, s.Text) {
			continue
		}
		for _, ln := range s.lines {
			if add := e.bodyAfter(ln, shown, n); len(add) > 0 {
				res.Excerpt += "\n" + strings.Join(add, "\n")
				return res, true
			}
		}
	}
	return res, false
}

// bodyAfter is line ln of the report's body, where no turn has shown it,
// and the lines of its passage after it that none has, up to n in all.
func (e *Engine) bodyAfter(ln bodyLine, shown []string, n int) []string {
	if !e.inReport(ln.Passage) {
		return nil
	}
	lines := e.lineTexts(ln.Passage)
	var add []string
	for _, x := range lines[min(ln.Line, len(lines)):] {
		if len(add) >= n {
			break
		}
		if fresh(x, shown) {
			add = append(add, x)
		}
	}
	return add
}

// quotesOf is the quotes of results: what a reply shows of itself, which
// none of its other results shows again.
func quotesOf(results []answer.Result) []string {
	out := make([]string, 0, len(results))
	for _, x := range results {
		out = append(out, x.Excerpt)
	}
	return out
}
