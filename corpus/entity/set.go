package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Set is the entity table with its lookups built once: labels, mention forms
// and the alias resolvers (every alias split into jamo for typo matching).
type Set struct {
	all       []Entity
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

// New builds the set.
func New() *Set {
	s := &Set{all: table(), labels: map[string]string{}}
	for _, e := range s.all {
		switch e.Kind {
		case Country:
			s.countries = append(s.countries, e)
			for _, l := range e.Labels {
				s.labels[l] = e.Name
			}
		case Company:
			s.companies = append(s.companies, e)
			seen := map[string]bool{}
			for _, f := range append([]string{e.Name, e.English}, e.Mention...) {
				if !seen[f] {
					seen[f] = true
					s.companyForms = append(s.companyForms, form{e.Name, f})
				}
			}
		}
	}
	sort.SliceStable(s.companyForms, func(i, j int) bool { return len(s.companyForms[i].s) > len(s.companyForms[j].s) })
	s.elsewhereByKey = map[string]int{}
	for _, p := range elsewhere() {
		s.elsewhere = append(s.elsewhere, Entity{Kind: Elsewhere, Name: p[0], English: p[1], Aliases: []string{p[0], p[1]}})
		for _, n := range p {
			s.elsewhereByKey[NormalizeName(n)] = len(s.elsewhere) - 1
		}
	}
	s.countryRes = newResolver(Country, s.all)
	s.companyRes = newResolver(Company, s.all)
	return s
}

// Countries lists the covered countries and blocs, in the order the policy
// chapters take them.
func (s *Set) Countries() []Entity { return s.countries }

// Companies lists the firms profiled in 2.2, in the report's order.
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

// Profile returns the company whose 2.2 profile section is id.
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

// Mentions counts how often text names each covered country in the report's
// Korean forms.
func (s *Set) Mentions(text string) map[string]int {
	out := map[string]int{}
	for _, c := range s.countries {
		for _, m := range c.Mention {
			if n := strings.Count(text, m); n > 0 {
				out[c.Name] += n
			}
		}
	}
	return out
}

// CountryMentions counts how often text names each covered country, in the
// Korean forms and the English ones (as whole Latin words).
func (s *Set) CountryMentions(text string) map[string]int {
	m := s.Mentions(text)
	for _, c := range s.countries {
		for _, f := range c.EnglishMention {
			if n := countBounded(text, f); n > 0 {
				m[c.Name] += n
			}
		}
	}
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

// ResolveLabel checks a country label against what the block says: the report
// once prints "(중국)" over a block about the EU. The label stands unless the
// text never names the labelled country and keeps naming one other country.
func (s *Set) ResolveLabel(labelCountry, text string) string {
	if labelCountry == "" {
		return ""
	}
	if i := strings.Index(text, ")"); i >= 0 {
		text = text[i+1:]
	}
	m := s.Mentions(text)
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

// countBounded counts form in text where it is not part of a longer Latin
// word ("Intel" in "Intelligence" is no mention of Intel).
func countBounded(text, form string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], form)
		if j < 0 {
			return n
		}
		j += i
		end := j + len(form)
		if boundaryOK(text, j, end, form) {
			n++
		}
		i = end
	}
}

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
