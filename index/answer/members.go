package answer

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/stepi-tools/reportbot/index/question"
)

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
}

func newMembers() members {
	return members{
		count: regexp.MustCompile(`^([2-9]|1[0-9]|20)(?:개|가지|대)?$`),
		comma: regexp.MustCompile(`[,、]`),
	}
}

// countedSet returns the count a question gives a set and the word for
// the set that follows it, when the question asks for no date or figure:
// such a question asks what the set holds. (On the questions never
// fitted, taking any word of the question for the set hedged answers
// that a count of the question's own thing gave.)
func (m members) countedSet(q question.Query) (n int, words []question.Concept, ok bool) {
	if q.Expect != nil {
		return 0, nil, false
	}
	for i := 0; i+1 < len(q.Concepts); i++ {
		c, next := q.Concepts[i], q.Concepts[i+1]
		sub := m.count.FindStringSubmatch(c.Surface)
		if !c.Number || sub == nil || next.Number || next.DF == 0 || len(next.Terms) == 0 {
			continue
		}
		n, _ = strconv.Atoi(sub[1])
		return n, []question.Concept{next}, true
	}
	return 0, nil, false
}

// named counts the members line i of lines lists: its △ items, else the
// items its commas part, and the sub-bullets under it (sub tells which
// lines are sub-bullets).
func (m members) named(lines []string, sub func(j int) bool, i int) int {
	ln := lines[i]
	k := strings.Count(ln, "△")
	if k == 0 {
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
	// count of another thing beside the word is not the set's. Read once
	// a question, not once a result.
	nums := make([]*regexp.Regexp, len(words))
	for i, set := range words {
		nums[i] = regexp.MustCompile(`(?i)(^|[^0-9.,])` + strconv.Itoa(n) + `\s*(?:개의?|가지의?|대)?\s*` + regexp.QuoteMeta(set.Terms[0]))
	}
	ps := e.x.Passages()
	for _, r := range res {
		lines := ps.Lines(r.PassageID)
		texts := make([]string, len(lines))
		for i, ln := range lines {
			texts[i] = ln.Text
		}
		sub := func(j int) bool { _, ok := ps.Over(r.PassageID, j); return ok }
		for k, set := range words {
			num := nums[k]
			for i, ln := range lines {
				if !num.MatchString(ln.Text) {
					continue
				}
				if e.tab.members.named(texts, sub, i) >= n {
					return "", false
				}
				gap = set.Surface
			}
		}
	}
	return gap, gap != ""
}
