package summary

import (
	"sort"
	"strings"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/entity"
)

// Topic is a group of sections a country summary gathers into one group.
type Topic struct {
	// ID is the section id of the part the topic gathers, or "other".
	ID string
	// Title and TitleEn are that part's titles as the report prints them in
	// its headings and its English contents; "" for the rest.
	Title, TitleEn string
	Prefixes       []string // section ids, matched as the id itself or its subsections; nil: the rest
	Max            int      // items kept; the entity's own blocks first, then the strongest mentions
}

// countryTopics reads a country summary's groups off the report's own
// structure, in the order a reply shows them:
//   - the parts that treat countries one by one: each 절 (or chapter with
//     no 절) holding blocks under a country's label, the chapters with the
//     most such blocks first, in the report's order within a chapter;
//   - the conclusions: the last chapter, which draws the report's
//     implications in the house style, unless one of its parts is already a
//     group;
//   - the rest (the summaries and the parts that only name countries).
//
// A summary then moves the topics holding the country's own blocks before
// those with only mentions.
func countryTopics(doc *corpus.Document, ents *entity.Set) []Topic {
	division := func(id string) (corpus.Section, bool) {
		s, ok := doc.Section(id)
		for ok && s.Level > 2 {
			s, ok = doc.Section(s.Parent)
		}
		return s, ok && s.Numbered()
	}
	blocks := map[string]int{} // division → blocks under a country's label
	for _, p := range doc.Passages {
		if _, ok := ents.Label(p.Label); !ok {
			continue
		}
		if d, ok := division(p.Section); ok {
			blocks[d.ID]++
		}
	}
	type chapter struct {
		parts  []corpus.Section
		blocks int
	}
	var chapters []*chapter
	byID := map[string]*chapter{}
	var last corpus.Section
	for _, s := range doc.Sections {
		if !s.Numbered() {
			continue
		}
		if s.Level == 1 {
			last = s
		}
		if blocks[s.ID] == 0 || s.Level > 2 {
			continue
		}
		top := s.ID
		if s.Level == 2 {
			top = s.Parent
		}
		c := byID[top]
		if c == nil {
			c = &chapter{}
			byID[top] = c
			chapters = append(chapters, c)
		}
		c.parts = append(c.parts, s)
		c.blocks += blocks[s.ID]
	}
	sort.SliceStable(chapters, func(i, j int) bool { return chapters[i].blocks > chapters[j].blocks })
	var out []Topic
	add := func(s corpus.Section) {
		out = append(out, Topic{ID: s.ID, Title: s.Title, TitleEn: s.TitleEn, Prefixes: []string{s.ID}, Max: MaxGroupItems})
	}
	for _, c := range chapters {
		for _, s := range c.parts {
			add(s)
		}
	}
	if last.ID != "" && byID[last.ID] == nil {
		add(last)
	}
	return append(out, Topic{ID: "other", Max: MaxOtherItems})
}

func topicOf(topics []Topic, section string) int {
	for i, t := range topics {
		for _, p := range t.Prefixes {
			if section == p || strings.HasPrefix(section, p+".") {
				return i
			}
		}
		if t.Prefixes == nil {
			return i
		}
	}
	return len(topics) - 1
}
