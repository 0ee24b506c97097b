package excerpt

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ellipsis marks where text was cut.
const Ellipsis = "…"

// sentenceEnds are the marks that end a sentence, and clauseEnds those
// that end a clause (Clauses cuts after each followed by a space).
const (
	sentenceEnds = ".?!;"
	clauseEnds   = sentenceEnds + ","
)

// Clauses splits text after each space that follows a sentence's end or
// a comma (". ", "? ", ", "). Each part keeps its trailing punctuation and
// space, so joining the parts gives text back. The parts are cut out of
// text, not copied: a quote's lines are split each time one is cut to fit.
// Text that is not valid UTF-8 is read with each bad byte as U+FFFD, as
// ranging over its runes reads it.
func Clauses(text string) []string {
	if !utf8.ValidString(text) {
		text = string([]rune(text))
	}
	var out []string
	start := 0
	// ' ' and the marks are single bytes, which no byte of a longer rune
	// equals
	for i := 1; i < len(text); i++ {
		if text[i] == ' ' && strings.IndexByte(clauseEnds, text[i-1]) >= 0 {
			out, start = append(out, text[start:i+1]), i+1
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// Cutter says how Cut chooses. The zero Cutter keeps the first clauses.
type Cutter struct {
	// Max is the longest result in runes, ellipses included.
	Max int
	// Score rates a clause; the run with the highest total wins.
	Score func(clause string) float64
	// Cites tells whether a clause carries a citation (a footnote marker, an
	// in-text citation). A run that keeps one gains CiteBonus times the best
	// single clause's score: a quote a writer pastes must keep its source.
	Cites     func(clause string) bool
	CiteBonus float64
	// Verbatim keeps the punctuation before a trailing cut: a quotation
	// changes nothing of the words it keeps.
	Verbatim bool
}

// Cut shortens text to at most c.Max runes around the clauses that score
// best. Text that fits is returned as it is.
func (c Cutter) Cut(text string) string {
	if utf8.RuneCountInString(text) <= c.Max {
		return text
	}
	parts := Clauses(text)
	scores := make([]float64, len(parts))
	cites := make([]bool, len(parts))
	top := 0.0
	for i, p := range parts {
		if c.Score != nil {
			scores[i] = c.Score(p)
		}
		cites[i] = c.Cites != nil && c.Cites(p)
		top = max(top, scores[i])
	}
	// room leaves space for an ellipsis at each end
	room := c.Max - 2
	bestI, bestJ, bestS := -1, -1, -1.0
	for i := range parts {
		s, n, cited := 0.0, 0, false
		for j := i; j < len(parts); j++ {
			n += utf8.RuneCountInString(parts[j])
			if n > room {
				break
			}
			s += scores[j]
			cited = cited || cites[j]
			v := s
			if cited {
				v += c.CiteBonus*top + 1e-9
			}
			// Where no clause scores, the quote is the text's opening, run
			// on as far as it fits, not its first clause alone, which may
			// be one word ("Last, …"); where one does, the shortest run
			// that holds the best is kept.
			if v > bestS || v == 0 && bestS == 0 && i == bestI {
				bestI, bestJ, bestS = i, j, v
			}
		}
	}
	if bestI < 0 {
		return clip(parts[0], c.Max-1)
	}
	bestJ = finishSentence(parts, bestI, bestJ, room)
	out := strings.TrimSpace(strings.Join(parts[bestI:bestJ+1], ""))
	if bestI > 0 {
		out = Ellipsis + out
	}
	if bestJ < len(parts)-1 {
		if !c.Verbatim {
			out = strings.TrimRight(out, " ,")
		}
		out += Ellipsis
	}
	return out
}

// finishSentence is where the run of parts i..j ends once it goes on, as
// far as room runes allow, to the end of the sentence its last part leaves
// open: the shortest run holding the best clauses may stop at a comma
// inside a sentence, and what follows there is the rest of what it says of
// them (the further items of a list the run names, the figure a clause
// leads to).
func finishSentence(parts []string, i, j, room int) int {
	n := 0
	for _, p := range parts[i : j+1] {
		n += utf8.RuneCountInString(p)
	}
	for j+1 < len(parts) && !endsSentence(parts[j]) {
		n += utf8.RuneCountInString(parts[j+1])
		if n > room {
			break
		}
		j++
	}
	return j
}

// endsSentence tells whether part, as Clauses cuts it, ends a sentence
// rather than a clause.
func endsSentence(part string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(part, " "))
	return strings.ContainsRune(sentenceEnds, r)
}

// clip keeps at most at runes of one clause too long to show whole, cut
// back to the last space so no word is split, and marks the cut. Only a
// single word longer than at is cut inside.
func clip(s string, at int) string {
	r := []rune(s)
	if len(r) <= at {
		return s
	}
	cut := at
	for cut > 0 && !unicode.IsSpace(r[cut]) {
		cut--
	}
	if strings.TrimSpace(string(r[:cut])) == "" {
		cut = at
	}
	return strings.TrimSpace(string(r[:cut])) + Ellipsis
}

// Lead is the opening of a passage within max runes: its first line, with
// the second when the first is short and both fit, cut after a clause. A
// block states its point first and its details after.
func Lead(lines []string, max int) string {
	if len(lines) == 0 {
		return ""
	}
	text := lines[0]
	n := utf8.RuneCountInString(text)
	if n < max/2 && len(lines) > 1 && n+1+utf8.RuneCountInString(lines[1]) <= max {
		text += " " + lines[1]
	}
	if utf8.RuneCountInString(text) <= max {
		return text
	}
	var b strings.Builder
	n = 0
	for i, p := range Clauses(text) {
		k := utf8.RuneCountInString(p)
		if n+k > max-1 {
			if i == 0 {
				return Cutter{Max: max}.Cut(text) // one clause longer than the limit
			}
			break
		}
		b.WriteString(p)
		n += k
	}
	return strings.TrimRight(strings.TrimSpace(b.String()), " ,") + Ellipsis
}

// Around cuts a long line to the clauses around the first one that has
// what is wanted, growing the window forwards and backwards while it fits.
func Around(line string, max int, has func(string) bool) string {
	if utf8.RuneCountInString(line) <= max {
		return line
	}
	parts := Clauses(line)
	k := 0
	for i, p := range parts {
		if has != nil && has(p) {
			k = i
			break
		}
	}
	i, j, n := k, k, utf8.RuneCountInString(parts[k])
	if n > max-2 {
		return clip(parts[k], max-2)
	}
	for grew := true; grew; {
		grew = false
		if j+1 < len(parts) && n+utf8.RuneCountInString(parts[j+1]) <= max-2 {
			j++
			n += utf8.RuneCountInString(parts[j])
			grew = true
		}
		if i > 0 && n+utf8.RuneCountInString(parts[i-1]) <= max-2 {
			i--
			n += utf8.RuneCountInString(parts[i])
			grew = true
		}
	}
	out := strings.TrimSpace(strings.Join(parts[i:j+1], ""))
	if i > 0 {
		out = Ellipsis + out
	}
	if j < len(parts)-1 {
		out = strings.TrimRight(out, " ,") + Ellipsis
	}
	return out
}
