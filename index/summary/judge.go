package summary

import (
	"regexp"
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
	ents   *entity.Set
	ps     []corpus.Passage
	start  []int
	blockM map[int]map[string]int // block start → mentions in the block's text, labels removed
	own    []map[string]int       // per passage: mentions in its own text, label removed
	gov    []bool                 // per passage: an unnamed "정부는" (the report's own government)
}

func newCountryJudge(ents *entity.Set, ps []corpus.Passage) *countryJudge {
	j := &countryJudge{ents: ents, ps: ps, start: blockStarts(ps), blockM: map[int]map[string]int{},
		own: make([]map[string]int, len(ps)), gov: make([]bool, len(ps))}
	for i, p := range ps {
		text := stripCountryLabel(ents, p.Text)
		j.own[i] = ents.CountryMentions(text)
		j.gov[i] = reOwnGovernment.MatchString(text)
		s := j.start[i]
		m := j.blockM[s]
		if m == nil {
			m = map[string]int{}
			j.blockM[s] = m
		}
		for c, n := range j.own[i] {
			m[c] += n
		}
	}
	return j
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
		m := j.blockM[j.start[i]]
		if m[lab] == 0 && m[p.Country] >= 2 {
			for c, n := range m {
				if c != p.Country && n >= m[p.Country] {
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
	n := j.own[i][c]
	if c == "한국" && j.about(i) == "" && j.gov[i] {
		n++
	}
	return n
}
