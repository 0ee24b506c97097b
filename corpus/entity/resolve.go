package entity

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepi-tools/reportbot/corpus/hangul"
	"github.com/stepi-tools/reportbot/corpus/pack"
)

// Errors a caller of Country or Company branches on: each says why no
// summary can be given, and each reply to the user differs.
var (
	ErrEmptyName   = errors.New("no name given")
	ErrNameTooLong = errors.New("the name is too long")
	ErrUnknownName = errors.New("the report does not cover this name")
)

// MaxNameRunes bounds a name: the longest alias is about 40 characters, and a
// longer text is a sentence or a paste, not a name.
const MaxNameRunes = 100

// Resolution is how a name the user typed was understood.
type Resolution struct {
	Kind    Kind
	Name    string // canonical Korean name
	English string
	Alias   string // the alias that matched, as the table spells it
	// Typo is set when the name matched an alias only within one edit: a
	// reply may say which name it took the input for.
	Typo bool
}

// nameParticles are endings a Korean name may carry ("미국은", "엔비디아가",
// "중국에 대해서"), longest first so that "에서" is tried before "서".
func nameParticles() []string {
	return []string{
		"에대해서는", "에대해서", "에대해", "에대한", "에관해서", "에관해", "에관한", "이야기", "얘기",
		"에서는", "에서도", "에게는", "한테는", "으로는",
		"관련", "정부", "정책", "에서", "에게", "한테", "으로", "이랑", "처럼", "까지", "부터", "하고",
		"은요", "는요", "이요", "가요", "이는", "이가",
		"은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "랑", "도", "만", "로", "요", "쪽", "측", "사", "社",
	}
}

// reSlackRef is Slack's markup for users, channels and links, which a name
// pasted from a message may still carry.
var reSlackRef = regexp.MustCompile(`<[@#!][^>]*>`)

// NormalizeName folds a typed name into the key aliases are matched by:
// Hangul composed, full-width forms folded, lower case, Slack markup, quotes,
// brackets, a leading "the", a possessive "'s" and every space, dot, hyphen
// and middle dot removed.
func NormalizeName(s string) string {
	s = strings.ToValidUTF8(s, "")
	if strings.Contains(s, "<") { // most names hold no markup: no regexp run
		s = reSlackRef.ReplaceAllString(s, " ")
	}
	s = hangul.Compose(s)
	var b strings.Builder
	b.Grow(len(s)) // folding keeps most names' length: one allocation
	for _, r := range s {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
			r -= 0xFEE0
		case r == 0x3000:
			r = ' '
		}
		b.WriteRune(unicode.ToLower(r))
	}
	s = strings.TrimSpace(b.String())
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r)
	})
	if rest, ok := strings.CutPrefix(s, "the "); ok {
		s = rest
	}
	for _, p := range []string{"'s", "’s"} {
		if i := strings.Index(s, p); i > 0 && (i+len(p) == len(s) || s[i+len(p)] == ' ') {
			s = s[:i] + s[i+len(p):]
		}
	}
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r), r == '.', r == '-', r == '_', r == '\'', r == '’', r == '·', r == '・', r == ',',
			r == '/', r == '"', r == '“', r == '”', r == '‘', r == '「', r == '」', r == '(', r == ')', r == '?', r == '!':
			return -1
		}
		return r
	}, s)
}

type aliasEntry struct {
	key   string // NormalizeName of the alias
	jamo  []rune // key split into jamo, for edit distance
	alias string
	ent   int // index into resolver.ents
}

type resolver struct {
	kind      Kind
	particles []string
	ents      []Entity
	entries   []aliasEntry
	exact     map[string]int // key → index into entries
}

// newResolver indexes the aliases of every entity of kind; for countries the
// passing names too, last, so that a covered name wins a clash and they still
// block typo matches that would land on a covered country.
func newResolver(kind Kind, all []Entity) *resolver {
	r := &resolver{kind: kind, exact: map[string]int{}, particles: nameParticles()}
	add := func(ent int, alias string) {
		k := NormalizeName(alias)
		if _, dup := r.exact[k]; k == "" || dup {
			return
		}
		r.exact[k] = len(r.entries)
		r.entries = append(r.entries, aliasEntry{key: k, jamo: hangul.Jamo(k), alias: alias, ent: ent})
	}
	for _, want := range []Kind{kind, Passing} {
		if want == Passing && kind != Country {
			break
		}
		for _, e := range all {
			if e.Kind != want {
				continue
			}
			r.ents = append(r.ents, e)
			i := len(r.ents) - 1
			add(i, e.Name)
			add(i, e.English)
			for _, a := range e.Aliases {
				add(i, a)
			}
		}
	}
	r.pack()
	return r
}

// pack moves the entries' keys into one string and their jamo into one
// slice: every report's entity set holds a resolver of hundreds of
// aliases, and a shelf of many reports would otherwise keep two objects an
// alias for the garbage collector to mark.
func (r *resolver) pack() {
	pack.Strings(pack.Fields(r.entries, func(e *aliasEntry) *string { return &e.key }))
	pack.Slices(pack.Fields(r.entries, func(e *aliasEntry) *[]rune { return &e.jamo }))
	// the map's keys become the packed ones, its own copies let go
	for i, e := range r.entries {
		r.exact[e.key] = i
	}
}

// candidates lists the key and the stems left after taking off up to two
// nameParticles ("미국에서는" → "미국에서" → "미국").
func (r *resolver) candidates(key string) []string {
	out := []string{key}
	seen := map[string]bool{key: true}
	frontier := []string{key}
	for round := 0; round < 2; round++ {
		var next []string
		for _, k := range frontier {
			for _, p := range r.particles {
				if stem, ok := strings.CutSuffix(k, p); ok && stem != "" && !seen[stem] {
					seen[stem] = true
					out = append(out, stem)
					next = append(next, stem)
				}
			}
		}
		frontier = next
	}
	return out
}

// minTypoLetters is the shortest alias a typo may land on: shorter names are
// too close to each other ("US"/"UK", "中"/"日") to guess at. A Hangul alias
// also needs minTypoSyllables: one jamo away from a two-syllable name lie
// ordinary words (일반 from 일본, 미군 from 미국, 중동 from 중공).
const (
	minTypoLetters   = 5
	minTypoSyllables = 3
)

func typoTarget(e aliasEntry) bool {
	if len(e.jamo) < minTypoLetters {
		return false
	}
	syl := 0
	for _, r := range e.key {
		if hangul.IsSyllable(r) {
			syl++
		}
	}
	return syl == 0 || syl >= minTypoSyllables
}

func (r *resolver) resolve(name string) (Resolution, error) {
	if n := utf8.RuneCountInString(name); n > MaxNameRunes {
		return Resolution{}, fmt.Errorf("%d characters (at most %d): %w", n, MaxNameRunes, ErrNameTooLong)
	}
	key := NormalizeName(name)
	if key == "" {
		return Resolution{}, ErrEmptyName
	}
	cands := r.candidates(key)
	for _, c := range cands {
		if i, ok := r.exact[c]; ok {
			return r.found(name, r.entries[i], false)
		}
	}
	// One edit away from an alias of exactly one entity, and that entity is
	// not a passing name: a typo. Two entities within reach is a guess.
	for _, c := range cands {
		cj := hangul.Jamo(c)
		if len(cj) < minTypoLetters-1 {
			continue
		}
		hit, ents := -1, map[int]bool{}
		for i, e := range r.entries {
			if !typoTarget(e) {
				continue
			}
			if hangul.Distance(cj, e.jamo, 1) <= 1 {
				ents[e.ent] = true
				if hit < 0 {
					hit = i
				}
			}
		}
		if len(ents) == 1 {
			return r.found(name, r.entries[hit], true)
		}
		if len(ents) > 1 {
			break
		}
	}
	return Resolution{}, fmt.Errorf("%q: %w", strings.TrimSpace(name), ErrUnknownName)
}

func (r *resolver) found(name string, e aliasEntry, typo bool) (Resolution, error) {
	ent := r.ents[e.ent]
	if ent.Kind == Passing {
		return Resolution{}, fmt.Errorf("%q (%s, mentioned only in passing): %w", strings.TrimSpace(name), ent.Name, ErrUnknownName)
	}
	return Resolution{Kind: r.kind, Name: ent.Name, English: ent.English, Alias: e.alias, Typo: typo}, nil
}

// nearest returns up to n covered names within two edits of name (one for
// short names), nearest first, for a "did you mean" line.
func (r *resolver) nearest(name string, n int) []string {
	if n <= 0 || utf8.RuneCountInString(name) > MaxNameRunes {
		return nil
	}
	kj := hangul.Jamo(NormalizeName(name))
	if len(kj) < 3 {
		return nil
	}
	best := map[int]int{}
	for _, e := range r.entries {
		if r.ents[e.ent].Kind == Passing || len(e.jamo) < 3 {
			continue
		}
		limit := 2
		if len(e.jamo) < 5 || len(kj) < 5 {
			limit = 1
		}
		d := hangul.Distance(kj, e.jamo, limit)
		if d > limit {
			continue
		}
		if old, ok := best[e.ent]; !ok || d < old {
			best[e.ent] = d
		}
	}
	ids := make([]int, 0, len(best))
	for id := range best {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if best[ids[i]] != best[ids[j]] {
			return best[ids[i]] < best[ids[j]]
		}
		return ids[i] < ids[j]
	})
	var out []string
	for _, id := range ids {
		out = append(out, r.ents[id].Name)
		if len(out) == n {
			break
		}
	}
	return out
}

// Country finds the covered country or bloc a typed name means. It accepts
// Korean, English and Hanja names and casual forms, ignores case, spacing,
// dots and a trailing Korean particle, and forgives one typo in a name of five
// or more letters (Hangul counted by jamo) when only one country is that
// close. Errors wrap ErrEmptyName, ErrNameTooLong or ErrUnknownName; the last
// also for countries the report names only in passing.
func (s *Set) Country(name string) (Resolution, error) { return s.countryRes.resolve(name) }

// Company finds the company the report profiles that a typed name means,
// with the same rules as Country.
func (s *Set) Company(name string) (Resolution, error) { return s.companyRes.resolve(name) }

// NearestCountries returns up to n covered countries whose names are near
// name, nearest first.
func (s *Set) NearestCountries(name string, n int) []string { return s.countryRes.nearest(name, n) }

// NearestCompanies is NearestCountries for the profiled companies.
func (s *Set) NearestCompanies(name string, n int) []string { return s.companyRes.nearest(name, n) }

// PassingCountry reports the country a name means when the report names that
// country only in passing (러시아, 이란, 북한, 네덜란드, 벨기에).
func (s *Set) PassingCountry(name string) (Entity, bool) {
	if utf8.RuneCountInString(name) > MaxNameRunes {
		return Entity{}, false
	}
	key := NormalizeName(name)
	if key == "" {
		return Entity{}, false
	}
	for _, c := range s.countryRes.candidates(key) {
		if i, ok := s.countryRes.exact[c]; ok {
			if e := s.countryRes.ents[s.countryRes.entries[i].ent]; e.Kind == Passing {
				return e, true
			}
		}
	}
	return Entity{}, false
}
