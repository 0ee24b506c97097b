package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/stepi-tools/reportbot/index/question"
)

// Counts reads the counts a line binds to a word: a figure with its
// counter, and perhaps the particle that binds it to what it counts ("9대",
// "5개의", "8"; no year, date, share or sum of money), that stands a few
// words ahead of the word ("9대 기술혁신 과제"). The answer engine reads a
// set's count so (members) and the dialog a count of what a follow-up asks
// how many of: one reading of which count is of which thing.
type Counts struct{ word *regexp.Regexp }

// NewCounts builds the reading.
func NewCounts() Counts {
	return Counts{word: regexp.MustCompile(`^(\d+)(?:[대개곳건명종가지]{1,2})?의?$`)}
}

// Counter tells whether w is a count as a line prints it.
func (k Counts) Counter(w string) bool { return k.word.MatchString(strings.Trim(w, "(),·")) }

// Bound returns the counts of text that stand at most span words ahead of
// a word of which holds is true (span 1: the next word).
func (k Counts) Bound(text string, span int, holds func(word string) bool) []int {
	var out []int
	ws := strings.Fields(text)
	for j, w := range ws {
		m := k.word.FindStringSubmatch(strings.Trim(w, "(),·"))
		if m == nil {
			continue
		}
		for i := j + 1; i < len(ws) && i <= j+span; i++ {
			if holds(ws[i]) {
				n, _ := strconv.Atoi(m[1])
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// members reads a question that names a set by its count ("the 4
// elements", "8개 원칙", "3대 목표") and the lines that state such a set:
// the members a line names are what answers it, and a line that only
// counts the set ("… 8개의 원칙을 제시") says how many there are, not
// which.
type members struct {
	// count is a count of a set as the question types it: a small number
	// with or without its counter.
	count *regexp.Regexp
	// comma separates the members a line lists in its own words.
	comma *regexp.Regexp
	// spelled are the counts a question spells as words ("four core
	// elements"): a line prints the count in figures all the same. The
	// report words' table of them (reportWords.count), shared.
	spelled map[string]int
}

// newMembers reads counted sets with spelled, the counts a question
// spells as words (reportWords.count).
func newMembers(spelled map[string]int) members {
	return members{
		count:   regexp.MustCompile(`^([2-9]|1[0-9]|20)(?:개|가지|대)?$`),
		comma:   regexp.MustCompile(`[,、]`),
		spelled: spelled,
	}
}

// countedSet returns the count a question gives a set and the words that
// follow it, any of which may name the set, when the question asks for no
// date or figure: such a question asks what the set holds. A follow-up's
// rewrite puts the carried topic's words between the count and the set's
// word ("5개 행정명령 원칙"), and the set's word may be the last of several
// ("3가지 핵심 과제"): unlisted takes for the set only a word a line binds
// the count to. (On the questions never fitted, taking any word of the
// question for the set, before it too, hedged answers that a count of
// the question's own thing gave.)
func (m members) countedSet(q question.Query) (n int, words []question.Concept, ok bool) {
	if q.Expect != nil {
		return 0, nil, false
	}
	for i := 0; i+1 < len(q.Concepts); i++ {
		c := q.Concepts[i]
		count, ok := m.countOf(c)
		if !ok {
			continue
		}
		for _, next := range q.Concepts[i+1:] {
			if next.Number || next.DF == 0 || len(next.Terms) == 0 {
				continue
			}
			words = append(words, next)
		}
		if len(words) == 0 {
			continue
		}
		return count, words, true
	}
	return 0, nil, false
}

// countOf reads c as the count of a set: a small number in figures, with
// or without its counter, or spelled as a word. A count of one is no set.
func (m members) countOf(c question.Concept) (int, bool) {
	if c.Number {
		if sub := m.count.FindStringSubmatch(c.Surface); sub != nil {
			n, _ := strconv.Atoi(sub[1])
			return n, true
		}
	}
	n, ok := m.spelled[strings.ToLower(c.Surface)]
	return n, ok && n > 1
}

// named counts the members of a set of n that line i of lines lists: its
// △ items, else the items its commas part, and the sub-bullets under it
// (sub tells which lines are sub-bullets). A △ marks each member of a set
// one by one, so a run of △ items of another size than n is another set
// the line lists (the features of what it counts, not its members): the
// line then lists none of the set by its △ or commas.
func (m members) named(lines []string, sub func(j int) bool, i, n int) int {
	ln := lines[i]
	k := strings.Count(ln, "△")
	if k > 0 && k != n {
		k = 0
	} else if k == 0 {
		c := 0
		for _, at := range m.comma.FindAllStringIndex(ln, -1) {
			// a comma between digits groups a number's thousands
			// (1,000): it parts no members
			if at[0] == 0 || at[1] == len(ln) || !isDigit(ln[at[0]-1]) || !isDigit(ln[at[1]]) {
				c++
			}
		}
		if c > 0 {
			k = c + 1
		}
	}
	for j := i + 1; j < len(lines) && sub(j); j++ {
		k++
	}
	return k
}

// unlisted tells whether the results state the counted set the question
// names only on lines that list fewer of its members than it counts: the
// report says how many, not which; gap is the question's word for the
// set. It is false where no line states the set with its count at all,
// which other checks judge.
func (e *Engine) unlisted(q question.Query, res []Result) (gap string, ok bool) {
	n, words, ok := e.tab.members.countedSet(q)
	if !ok {
		return "", false
	}
	// The line counts the set in the same words: the count with its
	// counter just before the set's word ("8개의 원칙", "4대 플래그십"); a
	// count of another thing beside the word is not the set's.
	ps := e.x.Passages()
	for _, r := range res {
		lines := ps.Lines(r.PassageID)
		texts := make([]string, len(lines))
		for i, ln := range lines {
			texts[i] = ln.Text
		}
		sub := func(j int) bool { _, ok := ps.Over(r.PassageID, j); return ok }
		for k, set := range words {
			holds := func(w string) bool { return e.x.Holds(set, e.x.TermSet(w)) }
			for i, ln := range lines {
				if !slices.Contains(e.tab.counts.Bound(ln.Text, 1, holds), n) {
					continue
				}
				if e.tab.members.named(texts, sub, i, n) >= n {
					return "", false
				}
				// The set is named to its last word the line prints
				// ("3가지 핵심 과제" is 과제), as the question names it.
				gap = set.Surface
				terms := e.x.TermSet(ln.Text)
				for _, w := range words[k+1:] {
					if e.x.Holds(w, terms) {
						gap = w.Surface
					}
				}
			}
		}
	}
	return gap, gap != ""
}
