package summary

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/entity"
)

// reOwnGovernment matches "정부는 …" opening a line or a clause: in a Korean
// government report, the government left unnamed is Korea's own.
var reOwnGovernment = regexp.MustCompile(`(?m)(^|[,.] )정부(는|가|의|에서|도) `)

// reLeadLabel is a "(X)" label opening a passage.
var reLeadLabel = regexp.MustCompile(`^\s*\(([^()]{1,40})\)`)

// stripCountryLabel removes the "(X)" label a passage opens with, so that the label
// itself never counts as a mention: the text has to name the country.
func stripCountryLabel(ents *entity.Set, text string) string {
	if m := reLeadLabel.FindStringIndex(text); m != nil {
		if _, ok := ents.Label(reLeadLabel.FindStringSubmatch(text)[1]); ok {
			return text[m[1]:]
		}
	}
	return text
}

// blockStarts maps each passage to the first passage of the block it was
// split from (corpus splits long blocks and keeps the block's first line in
// Head), so that a block is judged by all its text.
func blockStarts(ps []corpus.Passage) []int {
	start := make([]int, len(ps))
	for i, p := range ps {
		start[i] = i
		if p.Head == "" {
			continue
		}
		for j := i - 1; j >= 0 && ps[j].Section == p.Section; j-- {
			if ps[j].Head == "" && summaryFirstLine(ps[j].Text) == p.Head {
				start[i] = j
				break
			}
		}
	}
	return start
}

func summaryFirstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// countryJudge decides what each passage is about, checking the report's
// labels against the text.
// It is built once with the engine and only read afterwards.
type countryJudge struct {
	ents  *entity.Set
	ps    []corpus.Passage
	start []int
	// countries are the countries the passages name; blocks are the
	// mentions in each block's text, labels removed (under the block's
	// start), own those in each passage's own text, label removed.
	countries   []string
	blocks, own tallies
	gov         []bool // per passage: an unnamed "정부는" (the report's own government)
}

// tallies are how often each of several texts names each country, kept
// without pointers: a shelf of many reports keeps one for each of their
// passages, and a map each would be thousands of objects for every garbage
// collection to mark. Text i's are counts[at[i]:at[i+1]], by country
// number.
type tallies struct {
	at     []int32
	counts []tally
}

// tally is how often a text names the country of a number.
type tally struct{ country, n int32 }

// add appends the next text's tally, m, numbering its countries by number.
func (t *tallies) add(m map[string]int, number func(string) int32) {
	if len(t.at) == 0 {
		t.at = append(t.at, 0)
	}
	start := len(t.counts)
	for c, n := range m {
		t.counts = append(t.counts, tally{number(c), int32(n)})
	}
	slices.SortFunc(t.counts[start:], func(a, b tally) int { return cmp.Compare(a.country, b.country) })
	t.at = append(t.at, int32(len(t.counts)))
}

// of is text i's tally.
func (t tallies) of(i int) []tally { return t.counts[t.at[i]:t.at[i+1]] }

// count is how often text i names the country of number c.
func (t tallies) count(i int, c int32) int {
	for _, m := range t.of(i) {
		if m.country == c {
			return int(m.n)
		}
	}
	return 0
}

func newCountryJudge(ents *entity.Set, ps []corpus.Passage) *countryJudge {
	j := &countryJudge{ents: ents, ps: ps, start: blockStarts(ps), gov: make([]bool, len(ps))}
	numbers := map[string]int32{}
	number := func(c string) int32 {
		n, ok := numbers[c]
		if !ok {
			n = int32(len(j.countries))
			numbers[c] = n
			j.countries = append(j.countries, c)
		}
		return n
	}
	blocks := make([]map[string]int, len(ps))
	for i, p := range ps {
		text := stripCountryLabel(ents, p.Text)
		own := ents.CountryMentions(text)
		j.own.add(own, number)
		j.gov[i] = reOwnGovernment.MatchString(text)
		s := j.start[i]
		m := blocks[s]
		if m == nil {
			m = map[string]int{}
			blocks[s] = m
		}
		for c, n := range own {
			m[c] += n
		}
	}
	for _, m := range blocks {
		j.blocks.add(m, number)
	}
	return j
}

// number is the number of country c, -1 when no passage names it.
func (j *countryJudge) number(c string) int32 {
	if i := slices.Index(j.countries, c); i >= 0 {
		return int32(i)
	}
	return -1
}

// about returns the country passage i is about, "" when none. The parser
// already overrides a label the text contradicts, but it decides on a single
// stray mention (a Japan block naming "EU·영국·한국·대만" as partners once
// comes out as EU); here the text overrides a label only when it never names
// the labelled country and names the other one at least twice, more than any
// third. An unlabelled passage inherits the country of the labelled block it
// follows, as judged here.
func (j *countryJudge) about(i int) string {
	p := j.ps[i]
	if lab, ok := j.ents.Label(p.Label); ok {
		if p.Country == lab || p.Country == "" {
			return lab
		}
		b, country := j.start[i], j.number(p.Country)
		if j.blocks.count(b, j.number(lab)) == 0 && j.blocks.count(b, country) >= 2 {
			for _, m := range j.blocks.of(b) {
				if m.country != country && int(m.n) >= j.blocks.count(b, country) {
					return lab
				}
			}
			return p.Country
		}
		return lab
	}
	if p.Country == "" {
		return ""
	}
	for k := i - 1; k >= 0 && j.ps[k].Section == p.Section; k-- {
		if j.ps[k].Label == "" {
			continue
		}
		if j.ps[k].Country == p.Country {
			return j.about(k)
		}
		break
	}
	return p.Country
}

// mentions counts how often passage i names country c in its own text.
func (j *countryJudge) mentions(i int, c string) int {
	n := j.own.count(i, j.number(c))
	if c == "한국" && j.about(i) == "" && j.gov[i] {
		n++
	}
	return n
}
