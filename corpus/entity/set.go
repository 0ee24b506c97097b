package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Set is what one report makes of the general table: the countries it
// covers, names in passing or does not discuss, and the companies it
// profiles, with their lookups built once: labels, mention forms and the alias
// resolvers (every alias split into jamo for typo matching).
type Set struct {
	all []Entity
	// places are the countries and blocs the report names, covered or in
	// passing: where a thing it discusses may be.
	places    []Entity
	countries []Entity
	companies []Entity
	elsewhere []Entity
	// elsewhereByKey finds a country the report does not discuss by the
	// normalised form of any of its names.
	elsewhereByKey map[string]int
	labels         map[string]string // printed label → canonical country
	// companyForms are every company's mention forms, longest first, so that
	// "삼성전자" is counted before "삼성" can be.
	companyForms []form
	countryRes   *resolver
	companyRes   *resolver
}

type form struct{ name, s string }

// Report is what a report's text says about the entities it discusses.
type Report struct {
	// Labels are the "(X)" labels printed at the start of its items, in order.
	Labels []string
	// Headings are its numbered sections' headings, in order.
	Headings []Heading
	// Text is its text where a mention counts: the body and the summaries,
	// not the reference list.
	Text string
}

// Heading is a section's id and title.
type Heading struct{ ID, Title string }

// For finds the entities of t that report r discusses. A country is covered
// when the report prints its label over items or gives it a heading, named in
// passing when its text names it otherwise, and elsewhere when it does not;
// a company is covered when a heading profiles it. Covered countries keep the
// table's order, companies the report's.
func For(t *Table, r Report) *Set {
	s := &Set{labels: map[string]string{}}
	covered := map[int]bool{}
	for _, l := range r.Labels {
		if i, ok := t.labels[strings.TrimSpace(l)]; ok {
			covered[i] = true
		}
	}
	profile := map[int]string{} // company → the first heading that profiles it
	var order []int
	for _, h := range r.Headings {
		if i, ok := t.subject(t.countryKey, h.Title); ok {
			covered[i] = true
		}
		if i, ok := t.subject(t.companyKey, h.Title); ok {
			if _, seen := profile[i]; !seen {
				profile[i] = h.ID
				order = append(order, i)
			}
		}
	}
	var passing []Entity
	held := pairsOf(r.Text)
	for i, e := range t.countries {
		switch {
		case covered[i]:
			e.Kind = Country
			s.countries = append(s.countries, e)
			for _, l := range e.Labels {
				s.labels[l] = e.Name
			}
		case names(e, r.Text, held):
			e.Kind = Passing
			passing = append(passing, e)
		default:
			e.Kind = Elsewhere
			s.elsewhere = append(s.elsewhere, e)
		}
	}
	for _, i := range order {
		e := t.companies[i]
		e.Kind, e.Section = Company, profile[i]
		s.companies = append(s.companies, e)
		seen := map[string]bool{}
		for _, f := range append([]string{e.Name, e.English}, e.Mention...) {
			if !seen[f] {
				seen[f] = true
				s.companyForms = append(s.companyForms, form{e.Name, f})
			}
		}
	}
	sort.SliceStable(s.companyForms, func(i, j int) bool { return len(s.companyForms[i].s) > len(s.companyForms[j].s) })
	s.all = append(append(append(s.all, s.countries...), s.companies...), passing...)
	for _, e := range s.all {
		if e.Kind != Company {
			s.places = append(s.places, e)
		}
	}
	s.elsewhereByKey = map[string]int{}
	for i, e := range s.elsewhere {
		for _, n := range append([]string{e.Name, e.English}, e.Aliases...) {
			if k := NormalizeName(n); k != "" {
				s.elsewhereByKey[k] = i
			}
		}
	}
	s.countryRes = newResolver(Country, s.all)
	s.companyRes = newResolver(Company, s.all)
	return s
}

// Countries lists the covered countries and blocs, in the table's order.
func (s *Set) Countries() []Entity { return s.countries }

// Companies lists the firms the report profiles, in its order.
func (s *Set) Companies() []Entity { return s.companies }

// Elsewhere lists countries the report does not discuss at all.
func (s *Set) Elsewhere() []Entity { return s.elsewhere }

// ElsewhereCountry reports the country a name means when the report does
// not discuss that country at all (Brazil, 인도).
func (s *Set) ElsewhereCountry(name string) (Entity, bool) {
	if i, ok := s.elsewhereByKey[NormalizeName(name)]; ok {
		return s.elsewhere[i], true
	}
	return Entity{}, false
}

// Lookup finds a covered country or company by its canonical name.
func (s *Set) Lookup(name string) (Entity, bool) {
	for _, e := range s.all {
		if e.Name == name && (e.Kind == Country || e.Kind == Company) {
			return e, true
		}
	}
	return Entity{}, false
}

// Profile returns the company whose profile section is id.
func (s *Set) Profile(id string) (string, bool) {
	for _, c := range s.companies {
		if c.Section == id {
			return c.Name, true
		}
	}
	return "", false
}

// Label reports the canonical country for a printed "(X)" label, if X is one.
func (s *Set) Label(label string) (string, bool) {
	c, ok := s.labels[strings.TrimSpace(label)]
	return c, ok
}

// Mentions counts how often text names each covered country in its Korean
// forms.
func (s *Set) Mentions(text string) map[string]int { return countryMentions(s.countries, text) }

// CountryMentions counts how often text names each covered country, in the
// Korean forms and the English ones (as whole Latin words).
func (s *Set) CountryMentions(text string) map[string]int {
	m := s.Mentions(text)
	englishMentions(s.countries, text, m)
	return m
}

// PlaceMentions counts how often text names each country or bloc the
// report names, covered or in passing, in its Korean and English forms:
// the places an answer to "where" may give.
func (s *Set) PlaceMentions(text string) map[string]int {
	m := countryMentions(s.places, text)
	englishMentions(s.places, text, m)
	return m
}

// CompanyMentions counts how often text names each profiled company. Longer
// forms are matched first and blanked, so "삼성전자" is not also "삼성".
func (s *Set) CompanyMentions(text string) map[string]int {
	out := map[string]int{}
	for _, f := range s.companyForms {
		for i := 0; ; {
			j := strings.Index(text[i:], f.s)
			if j < 0 {
				break
			}
			j += i
			end := j + len(f.s)
			if boundaryOK(text, j, end, f.s) {
				out[f.name]++
				text = text[:j] + strings.Repeat("\x00", end-j) + text[end:]
			}
			i = end
		}
	}
	return out
}

// ResolveLabel is Table.ResolveLabel among the covered countries.
func (s *Set) ResolveLabel(labelCountry, text string) string {
	return resolveLabel(s.countries, labelCountry, text)
}

func resolveLabel(ents []Entity, labelCountry, text string) string {
	if labelCountry == "" {
		return ""
	}
	if i := strings.Index(text, ")"); i >= 0 {
		text = text[i+1:]
	}
	m := countryMentions(ents, text)
	if m[labelCountry] > 0 {
		return labelCountry
	}
	best, n := labelCountry, 0
	for c, k := range m {
		if k > n || k == n && c < best {
			best, n = c, k
		}
	}
	// Three mentions: one or two stray ones (a list of partners) do not
	// outweigh what the report printed.
	if n < 3 {
		return labelCountry
	}
	return best
}

// countUpTo counts the places form stands in text that fits says are a
// mention of it (latinWord, koreanWord, anywhere), stopping once it has
// counted most: a caller asking only whether text names something stops at
// the first.
func countUpTo(text, form string, most int, fits func(text string, start, end int, form string) bool) int {
	if form == "" {
		return 0
	}
	n := 0
	for i := 0; n < most; {
		j := strings.Index(text[i:], form)
		if j < 0 {
			return n
		}
		j += i
		end := j + len(form)
		if fits(text, j, end, form) {
			n++
		}
		i = end
	}
	return n
}

// latinWord tells whether form stands at text[start:end] where it is not
// part of a longer Latin word ("Intel" in "Intelligence" is no mention of
// Intel).
func latinWord(text string, start, end int, form string) bool {
	return boundaryOK(text, start, end, form)
}

// anywhere counts form wherever it stands.
func anywhere(string, int, int, string) bool { return true }

func boundaryOK(text string, start, end int, form string) bool {
	first, _ := utf8.DecodeRuneInString(form)
	last, _ := utf8.DecodeLastRuneInString(form)
	if isASCIILetter(first) {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); isASCIILetter(r) {
			return false
		}
	}
	if isASCIILetter(last) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); isASCIILetter(r) {
			return false
		}
	}
	return true
}

func isASCIILetter(r rune) bool { return r < 128 && unicode.IsLetter(r) }
