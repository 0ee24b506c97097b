package summary

import (
	"errors"
	"regexp"

	"github.com/stepi-tools/reportbot/corpus/entity"
)

// decline fills an unanswered summary: why, what the report covers, the
// nearest names, and for a country the report names only in passing, where
// it does, all for name, the text meant. The words of the reply are the
// catalogue's.
func (e *Engine) decline(s *Summary, name string, err error) {
	var covered, near []string
	if s.Kind == entity.Country {
		covered, near = names(e.ents.Countries()), e.ents.NearestCountries(name, MaxDidYouMean)
	} else {
		covered, near = names(e.ents.Companies()), e.ents.NearestCompanies(name, MaxDidYouMean)
	}
	s.Covered = e.entityNames(s.Kind, covered)
	if !errors.Is(err, entity.ErrEmptyName) && !errors.Is(err, entity.ErrNameTooLong) {
		s.DidYouMean = e.entityNames(s.Kind, near)
	}
	switch {
	case errors.Is(err, entity.ErrEmptyName):
		s.Refusal = RefusalEmpty
	case errors.Is(err, entity.ErrNameTooLong):
		s.Refusal = RefusalTooLong
	default:
		s.Refusal = RefusalUnknown
		if pc, ok := e.ents.PassingCountry(name); ok && s.Kind == entity.Country {
			s.Passing = e.passingItems(pc)
			s.PassingName = &EntityName{Name: pc.Name, English: pc.English}
		}
		if s.Kind == entity.Country {
			if r, err := e.ents.Company(name); err == nil {
				s.Also = &EntityName{Name: r.Name, English: r.English}
			}
		} else if r, err := e.ents.Country(name); err == nil {
			s.Also = &EntityName{Name: r.Name, English: r.English}
		}
	}
}

func (e *Engine) entityNames(kind entity.Kind, names []string) []EntityName {
	english := map[string]string{}
	if kind == entity.Country {
		for _, c := range e.ents.Countries() {
			english[c.Name] = c.English
		}
	} else {
		for _, c := range e.ents.Companies() {
			english[c.Name] = c.English
		}
	}
	out := make([]EntityName, 0, len(names))
	for _, n := range names {
		out = append(out, EntityName{Name: n, English: english[n]})
	}
	return out
}

// passingItems finds where the report names a country it covers only in
// passing, as whole words (이란 is also a Korean ending).
func (e *Engine) passingItems(pc entity.Entity) []SummaryItem {
	re := regexp.MustCompile(`(^|[^가-힣])` + regexp.QuoteMeta(pc.Name) + `([^가-힣]|$|[은는이가을를의과와도])`)
	cs := e.entityConcepts(pc.Name)
	var out []SummaryItem
	for i, p := range e.doc.Passages {
		if !summarisable(p) || !re.MatchString(p.Text) {
			continue
		}
		out = append(out, e.summaryItem(summaryCand{id: i, mentions: len(re.FindAllString(p.Text, -1))}, cs, MatchMention, re.MatchString))
	}
	return out
}
