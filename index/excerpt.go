package index

import (
	"math"

	"github.com/stepi-tools/reportbot/corpus"
	"strings"
	"unicode/utf8"
)

// MaxExcerptRunes bounds an excerpt: a sentence or two that reads at a glance
// in Slack.
const MaxExcerptRunes = 300

// excerpt picks the line of the passage that answers best, adds a neighbour
// when the line is short and the neighbour helps, and cuts long text at a
// sentence or clause boundary.
func (e *Engine) excerpt(id int, cs []concept, wantsSource bool) string {
	info := e.info[id]
	if p := e.doc.Passages[id]; p.Kind == corpus.KindMeta && utf8.RuneCountInString(p.Text) <= MaxExcerptRunes {
		return p.Text // a short block of front matter (the authors, the imprint) reads best whole
	}
	// Words the whole passage shares through its section title or country
	// tell its lines apart less well than the rest.
	own := make([]float64, len(cs))
	for i, c := range cs {
		own[i] = c.weight
		if matchConcept(c, e.ctxTerms[id]) > 0 {
			own[i] *= 0.3
		}
	}
	score := func(i int) float64 {
		s := 0.0
		noteWeight := 0.5
		if wantsSource {
			noteWeight = 1
		}
		for k, c := range cs {
			m := math.Max(matchConcept(c, info.lterm[i]), noteWeight*matchConcept(c, info.lnote[i]))
			if m > 0 && matchConcept(c, info.lhead[i]) > 0 {
				// A bullet opens with its topic ("Whisper는 …"): the line
				// about the thing asked beats a line that lists it.
				m *= 1.2
			}
			s += own[k] * m
		}
		return s
	}
	best, bestScore := 0, -1.0
	for i := range info.lines {
		if s := score(i); s > bestScore {
			best, bestScore = i, s
		}
	}
	if wantsSource && !info.cites[best] {
		// Asked for a source: show the claim with the nearest line that cites
		// one, or that line alone when both do not fit.
		alt, altScore := -1, 0.0
		for i := range info.lines {
			if s := score(i); info.cites[i] && s > altScore {
				alt, altScore = i, s
			}
		}
		if alt >= 0 && altScore >= 0.3*bestScore {
			a, b := info.lines[min(best, alt)], info.lines[max(best, alt)]
			if utf8.RuneCountInString(a)+utf8.RuneCountInString(b)+3 <= MaxExcerptRunes {
				sep := "\n"
				if max(best, alt)-min(best, alt) > 1 {
					sep = " … "
				}
				return a + sep + b
			}
			best = alt
		}
	}
	text := info.lines[best]
	if utf8.RuneCountInString(text) < MaxExcerptRunes/2 {
		// A short line is often half a sentence that a page break cut, or a
		// heading whose substance is the next line: add it when it fits.
		next := -1
		if best+1 < len(info.lines) {
			next = best + 1
		}
		if next >= 0 && utf8.RuneCountInString(text)+utf8.RuneCountInString(info.lines[next])+1 <= MaxExcerptRunes {
			text += "\n" + info.lines[next]
		}
	}
	return e.cut(text, cs)
}

// cut shortens text to MaxExcerptRunes around the clauses that match best.
func (e *Engine) cut(text string, cs []concept) string {
	if utf8.RuneCountInString(text) <= MaxExcerptRunes {
		return text
	}
	parts := clauses(text)
	scores := make([]float64, len(parts))
	for i, p := range parts {
		w, _ := e.termsOf(p)
		set := map[string]bool{}
		for _, t := range w {
			set[t] = true
		}
		for _, c := range cs {
			scores[i] += c.weight * matchConcept(c, set)
		}
	}
	bestI, bestJ, bestS := 0, 0, -1.0
	for i := range parts {
		s, n := 0.0, 0
		for j := i; j < len(parts); j++ {
			n += utf8.RuneCountInString(parts[j])
			if n > MaxExcerptRunes-2 {
				break
			}
			s += scores[j]
			if s > bestS {
				bestI, bestJ, bestS = i, j, s
			}
		}
	}
	if bestS < 0 {
		// one clause longer than the limit: cut it at a word boundary
		r := []rune(parts[0])
		cutAt := MaxExcerptRunes - 1
		for cutAt > MaxExcerptRunes/2 && r[cutAt] != ' ' {
			cutAt--
		}
		return strings.TrimSpace(string(r[:cutAt])) + "…"
	}
	out := strings.TrimSpace(strings.Join(parts[bestI:bestJ+1], ""))
	if bestI > 0 {
		out = "…" + out
	}
	if bestJ < len(parts)-1 {
		out = strings.TrimRight(out, " ,") + "…"
	}
	return out
}

// clauses splits text after sentence ends, then after commas when a sentence
// is still long. Each part keeps its trailing punctuation and space.
func clauses(text string) []string {
	var out []string
	var b strings.Builder
	rs := []rune(text)
	for i, r := range rs {
		b.WriteRune(r)
		end := (r == '.' || r == '?' || r == '!' || r == ';') && (i+1 == len(rs) || rs[i+1] == ' ')
		comma := r == ',' && i+1 < len(rs) && rs[i+1] == ' ' && b.Len() > 60
		if end || comma {
			if i+1 < len(rs) && rs[i+1] == ' ' {
				continue
			}
			out = append(out, b.String())
			b.Reset()
		}
		if r == ' ' && i > 0 && (rs[i-1] == '.' || rs[i-1] == ',' || rs[i-1] == ';' || rs[i-1] == '?' || rs[i-1] == '!') {
			out = append(out, b.String())
			b.Reset()
		}
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}
