package corpus

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Errors a caller of ResolveCountry or ResolveCompany branches on: each says
// why no summary can be given, and each reply to the user differs.
var (
	ErrEmptyName   = errors.New("no name given")
	ErrNameTooLong = errors.New("the name is too long")
	ErrUnknownName = errors.New("the report does not cover this name")
)

// MaxNameRunes bounds a name: the longest alias is about 40 characters, and a
// longer text is a sentence or a paste, not a name.
const MaxNameRunes = 100

// EntityKind says whether a name is a country (or bloc) or a company.
type EntityKind string

// The kinds of entity a name can resolve to.
const (
	EntityCountry EntityKind = "country"
	EntityCompany EntityKind = "company"
)

// Resolution is how a name the user typed was understood.
type Resolution struct {
	Kind    EntityKind
	Name    string // canonical Korean name: Country.Name or Company.Name
	English string
	Alias   string // the alias that matched, as the table spells it
	// Typo is set when the name matched an alias only within one edit: a
	// reply may say which name it took the input for.
	Typo bool
}

// CountryAliases maps each covered country's canonical name to the names a
// user may type for it: Korean, English, Hanja, abbreviations and casual
// forms. Matching ignores case, spaces, dots and hyphens, so "U.S." and "u s"
// need no entries of their own. A fresh map is returned on every call.
func CountryAliases() map[string][]string {
	return map[string][]string{
		"미국": {"미국", "미", "미합중국", "아메리카", "미쿡", "US", "USA", "United States", "United States of America",
			"America", "the States", "Amerika", "Etats-Unis", "美", "美國", "美国", "米国", "米國"},
		"중국": {"중국", "중화인민공화국", "중공", "China", "PRC", "People's Republic of China", "Mainland China",
			"中", "中國", "中国", "中華人民共和國", "中华人民共和国"},
		"일본": {"일본", "니혼", "닛폰", "Japan", "Nippon", "Nihon", "Japon", "日", "日本", "日本國", "日本国"},
		"대만": {"대만", "타이완", "중화민국", "Taiwan", "Republic of China", "ROC", "Formosa", "Chinese Taipei",
			"臺灣", "台灣", "台湾", "臺", "台", "中華民國"},
		"EU": {"EU", "유럽", "유럽연합", "구주", "Europe", "European Union", "Union européenne", "歐洲", "欧洲", "歐盟", "欧盟",
			"歐", "欧"},
		"한국": {"한국", "대한민국", "남한", "우리나라", "코리아", "Korea", "South Korea", "Republic of Korea", "ROK",
			"S Korea", "Korean", "韓", "韓國", "韩国", "韓国", "大韓民國", "大韩民国"},
		"영국": {"영국", "잉글랜드", "브리튼", "그레이트브리튼", "연합왕국", "UK", "United Kingdom", "Britain",
			"Great Britain", "England", "GB", "GBR", "U.K.", "英", "英國", "英国"},
		"독일": {"독일", "도이칠란트", "도이치란트", "Germany", "Deutschland", "BRD", "Allemagne", "獨", "獨逸", "独逸",
			"德國", "德国", "獨逸國"},
		"프랑스":  {"프랑스", "불란서", "France", "Frankreich", "République française", "佛", "佛蘭西", "法國", "法国"},
		"싱가포르": {"싱가포르", "싱가폴", "싱가퐅", "Singapore", "Singapur", "新加坡", "星港"},
		"캐나다":  {"캐나다", "카나다", "Canada", "加", "加拿大"},
	}
}

// CompanyAliases maps each profiled company's canonical name (as the 2.2
// heading prints it) to the names a user may type for it. "마소" is accepted:
// it is the common Korean clipping of 마이크로소프트 and means nothing else
// here. A fresh map is returned on every call.
func CompanyAliases() map[string][]string {
	return map[string][]string{
		"엔비디아":     {"엔비디아", "엔디비아", "엔비댜", "NVIDIA", "Nvidia Corporation", "NVDA", "英伟达", "輝達"},
		"인텔":       {"인텔", "Intel", "Intel Corporation", "INTC", "英特尔"},
		"TSMC":     {"TSMC", "티에스엠씨", "Taiwan Semiconductor", "Taiwan Semiconductor Manufacturing", "Taiwan Semiconductor Manufacturing Company", "台積電", "台积电", "대만 반도체 제조"},
		"삼성전자":     {"삼성전자", "삼성", "삼전", "삼성 전자", "Samsung", "Samsung Electronics", "三星", "三星電子"},
		"SK하이닉스":   {"SK하이닉스", "하이닉스", "에스케이하이닉스", "하닉", "SK hynix", "hynix", "SK Hynix Inc"},
		"구글":       {"구글", "알파벳", "Google", "Alphabet", "Google DeepMind", "谷歌"},
		"메타":       {"메타", "페이스북", "페북", "Meta", "Meta Platforms", "Facebook"},
		"오픈AI":     {"오픈AI", "오픈에이아이", "OpenAI", "Open AI"},
		"마이크로소프트":  {"마이크로소프트", "마소", "MS", "MSFT", "Microsoft", "微软", "微軟"},
		"아마존 웹서비스": {"아마존 웹서비스", "아마존 웹 서비스", "아마존", "AWS", "Amazon", "Amazon Web Services", "亚马逊"},
		"IBM":      {"IBM", "아이비엠", "International Business Machines", "빅블루", "Big Blue"},
	}
}

// PassingCountry is a country the report names only in passing — in a list
// of sanctioned or allied states — without any policy of its own. Such a name
// is not covered: a summary would be one clause long. The reply says so and
// points at where the name occurs instead of pretending to summarise it.
type PassingCountry struct {
	Name    string
	English string
	Aliases []string
}

// PassingCountries lists the countries the report names only in passing
// (3.1 lists 러시아, 이란 and 북한 as countries of concern and 네덜란드 as an
// ally; 벨기에 hosts a research centre). They are known so that typo
// tolerance never turns them into a covered country, and so that the reply
// can point at the passing mentions. A fresh slice is returned on every call.
func PassingCountries() []PassingCountry {
	return []PassingCountry{
		{"러시아", "Russia", []string{"러시아", "로씨야", "Russia", "Russian Federation", "露", "俄罗斯", "俄羅斯"}},
		{"이란", "Iran", []string{"이란", "Iran", "伊朗"}},
		{"북한", "North Korea", []string{"북한", "조선", "북조선", "North Korea", "DPRK", "N Korea", "北韓", "朝鮮"}},
		{"네덜란드", "Netherlands", []string{"네덜란드", "홀란드", "화란", "Netherlands", "The Netherlands", "Holland", "Nederland", "和蘭"}},
		{"벨기에", "Belgium", []string{"벨기에", "Belgium", "Belgique", "België", "白耳義"}},
	}
}

// nameParticles are endings a Korean name may carry ("미국은", "엔비디아가",
// "중국에 대해서"), longest first so that "에서" is tried before "서".
var nameParticles = []string{
	"에대해서는", "에대해서", "에대해", "에대한", "에관해서", "에관해", "에관한", "이야기", "얘기",
	"에서는", "에서도", "에게는", "한테는", "으로는",
	"관련", "정부", "정책", "에서", "에게", "한테", "으로", "이랑", "처럼", "까지", "부터", "하고",
	"은요", "는요", "이요", "가요", "이는", "이가",
	"은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "랑", "도", "만", "로", "요", "쪽", "측", "사", "社",
}

// reSlackRef matches Slack's markup for users, channels and links.
var reSlackRef = regexp.MustCompile(`<[@#!][^>]*>`)

// NormalizeName folds a typed name into the key aliases are matched by:
// Hangul composed, full-width forms folded, lower case, Slack markup, quotes,
// brackets, a leading "the", a possessive "'s" and every space, dot, hyphen
// and middle dot removed.
func NormalizeName(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = reSlackRef.ReplaceAllString(s, " ")
	s = composeHangul(s)
	var b strings.Builder
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

// aliasTarget is one alias target in a nameResolver table.
type aliasTarget struct {
	name, english string
	passing       bool // a country named only in passing: never a match
}

type aliasEntry struct {
	key   string // NormalizeName of the alias
	jamo  []rune // key with Hangul syllables split into jamo, for edit distance
	alias string
	ent   int // index into nameResolver.ents
}

type nameResolver struct {
	kind    EntityKind
	ents    []aliasTarget
	entries []aliasEntry
	exact   map[string]int // key → index into entries
}

func newResolver(kind EntityKind) *nameResolver {
	r := &nameResolver{kind: kind, exact: map[string]int{}}
	add := func(ent int, alias string) {
		k := NormalizeName(alias)
		if k == "" {
			return
		}
		if _, dup := r.exact[k]; dup {
			return
		}
		r.exact[k] = len(r.entries)
		r.entries = append(r.entries, aliasEntry{key: k, jamo: splitJamo(k), alias: alias, ent: ent})
	}
	switch kind {
	case EntityCountry:
		table := CountryAliases()
		for _, c := range Countries() {
			r.ents = append(r.ents, aliasTarget{name: c.Name, english: c.English})
			add(len(r.ents)-1, c.Name)
			add(len(r.ents)-1, c.English)
			for _, a := range table[c.Name] {
				add(len(r.ents)-1, a)
			}
		}
		// The passing names go last: a covered name wins a clash, and they
		// still block typo matches that would land on a covered country.
		for _, p := range PassingCountries() {
			r.ents = append(r.ents, aliasTarget{name: p.Name, english: p.English, passing: true})
			for _, a := range p.Aliases {
				add(len(r.ents)-1, a)
			}
		}
	case EntityCompany:
		table := CompanyAliases()
		for _, c := range Companies() {
			r.ents = append(r.ents, aliasTarget{name: c.Name, english: c.English})
			add(len(r.ents)-1, c.Name)
			add(len(r.ents)-1, c.English)
			for _, a := range table[c.Name] {
				add(len(r.ents)-1, a)
			}
		}
	}
	return r
}

// nameCandidates lists the key and the stems left after taking off up to two
// nameParticles ("미국에서는" → "미국에서" → "미국").
func nameCandidates(key string) []string {
	out := []string{key}
	seen := map[string]bool{key: true}
	frontier := []string{key}
	for round := 0; round < 2; round++ {
		var next []string
		for _, k := range frontier {
			for _, p := range nameParticles {
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

// typoTarget tells whether an alias is long enough for a typo to land on.
func typoTarget(e aliasEntry) bool {
	if len(e.jamo) < minTypoLetters {
		return false
	}
	syl := 0
	for _, r := range e.key {
		if r >= hangulBase && r <= hangulLast {
			syl++
		}
	}
	return syl == 0 || syl >= minTypoSyllables
}

func (r *nameResolver) resolve(name string) (Resolution, error) {
	if utf8.RuneCountInString(name) > MaxNameRunes {
		return Resolution{}, fmt.Errorf("%d characters (at most %d): %w", utf8.RuneCountInString(name), MaxNameRunes, ErrNameTooLong)
	}
	key := NormalizeName(name)
	if key == "" {
		return Resolution{}, ErrEmptyName
	}
	cands := nameCandidates(key)
	for _, c := range cands {
		if i, ok := r.exact[c]; ok {
			return r.found(name, r.entries[i], false)
		}
	}
	// One edit away from an alias of exactly one entity, and that entity is
	// not a passing name: a typo. Two entities within reach is a guess.
	for _, c := range cands {
		cj := splitJamo(c)
		if len(cj) < minTypoLetters-1 {
			continue
		}
		hit, ents := -1, map[int]bool{}
		for i, e := range r.entries {
			if !typoTarget(e) || absDiff(len(e.jamo)-len(cj)) > 1 {
				continue
			}
			if osaDistance(cj, e.jamo, 1) <= 1 {
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

func (r *nameResolver) found(name string, e aliasEntry, typo bool) (Resolution, error) {
	ent := r.ents[e.ent]
	if ent.passing {
		return Resolution{}, fmt.Errorf("%q (%s, mentioned only in passing): %w", strings.TrimSpace(name), ent.name, ErrUnknownName)
	}
	return Resolution{Kind: r.kind, Name: ent.name, English: ent.english, Alias: e.alias, Typo: typo}, nil
}

// Names resolves typed country and company names. Its alias tables (with
// every alias split into jamo for typo matching) are built once by NewNames;
// a long-running caller keeps one, and it is safe for concurrent use.
type Names struct {
	countries, companies *nameResolver
}

// NewNames builds the alias tables.
func NewNames() *Names {
	return &Names{countries: newResolver(EntityCountry), companies: newResolver(EntityCompany)}
}

// Country is ResolveCountry on the prebuilt tables.
func (n *Names) Country(name string) (Resolution, error) { return n.countries.resolve(name) }

// Company is ResolveCompany on the prebuilt tables.
func (n *Names) Company(name string) (Resolution, error) { return n.companies.resolve(name) }

// NearestCountries is the package function on the prebuilt tables.
func (n *Names) NearestCountries(name string, max int) []string {
	return n.countries.nearest(name, max)
}

// NearestCompanies is the package function on the prebuilt tables.
func (n *Names) NearestCompanies(name string, max int) []string {
	return n.companies.nearest(name, max)
}

// ResolveCountry finds the covered country or bloc a typed name means. It
// accepts Korean, English and Hanja names and casual forms, ignores case,
// spacing, dots and a trailing Korean particle, and forgives one typo in a
// name of five or more letters (Hangul counted by jamo) when only one
// country is that close. Errors wrap ErrEmptyName, ErrNameTooLong or
// ErrUnknownName; the last also for countries the report names only in
// passing (see PassingCountries).
func ResolveCountry(name string) (Resolution, error) {
	return newResolver(EntityCountry).resolve(name)
}

// ResolveCompany finds the company profiled in 2.2 that a typed name means,
// with the same rules as ResolveCountry.
func ResolveCompany(name string) (Resolution, error) {
	return newResolver(EntityCompany).resolve(name)
}

// LookupPassing reports the country a name means when the report names that
// country only in passing (러시아, 이란, 북한, 네덜란드, 벨기에).
func LookupPassing(name string) (PassingCountry, bool) {
	if utf8.RuneCountInString(name) > MaxNameRunes {
		return PassingCountry{}, false
	}
	key := NormalizeName(name)
	if key == "" {
		return PassingCountry{}, false
	}
	cands := nameCandidates(key)
	for _, p := range PassingCountries() {
		for _, a := range p.Aliases {
			k := NormalizeName(a)
			for _, c := range cands {
				if c == k {
					return p, true
				}
			}
		}
	}
	return PassingCountry{}, false
}

// NearestCountries returns up to n covered countries whose names are within
// two edits of name, nearest first, for a "did you mean" line.
func NearestCountries(name string, n int) []string {
	return newResolver(EntityCountry).nearest(name, n)
}

// NearestCompanies is NearestCountries for the profiled companies.
func NearestCompanies(name string, n int) []string {
	return newResolver(EntityCompany).nearest(name, n)
}

func (r *nameResolver) nearest(name string, n int) []string {
	if n <= 0 || utf8.RuneCountInString(name) > MaxNameRunes {
		return nil
	}
	key := NormalizeName(name)
	kj := splitJamo(key)
	if len(kj) < 3 {
		return nil
	}
	best := map[int]int{}
	for _, e := range r.entries {
		if r.ents[e.ent].passing || len(e.jamo) < 3 {
			continue
		}
		limit := 2
		if len(e.jamo) < 5 || len(kj) < 5 {
			limit = 1
		}
		if absDiff(len(e.jamo)-len(kj)) > limit {
			continue
		}
		d := osaDistance(kj, e.jamo, limit)
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
		out = append(out, r.ents[id].name)
		if len(out) == n {
			break
		}
	}
	return out
}

func absDiff(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// osaDistance is the optimal string alignment distance (edits and adjacent
// swaps), giving up early once every path exceeds limit.
func osaDistance(a, b []rune, limit int) int {
	if absDiff(len(a)-len(b)) > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// Hangul syllable arithmetic (Unicode §3.12).
const (
	hangulBase = 0xAC00
	hangulLast = 0xD7A3
	jamoLBase  = 0x1100
	jamoVBase  = 0x1161
	jamoTBase  = 0x11A7
	jamoLCount = 19
	jamoVCount = 21
	jamoTCount = 28
)

// jamo splits Hangul syllables into their letters, so that edit distance
// counts a mistyped vowel as one edit, as a Korean keyboard makes it.
func splitJamo(s string) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if r < hangulBase || r > hangulLast {
			out = append(out, r)
			continue
		}
		i := int(r - hangulBase)
		out = append(out, rune(jamoLBase+i/(jamoVCount*jamoTCount)), rune(jamoVBase+(i%(jamoVCount*jamoTCount))/jamoTCount))
		if t := i % jamoTCount; t > 0 {
			out = append(out, rune(jamoTBase+t))
		}
	}
	return out
}

// composeHangul joins conjoining jamo (as macOS and some keyboards send
// them) into syllables: the standard library has no NFC, and the module adds
// no dependency for a dozen lines.
func composeHangul(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= jamoLBase && r <= 0x11FF }) {
		return s
	}
	rs := []rune(s)
	var out []rune
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r >= jamoLBase && r < jamoLBase+jamoLCount && i+1 < len(rs) && rs[i+1] >= jamoVBase && rs[i+1] < jamoVBase+jamoVCount {
			syl := hangulBase + (r-jamoLBase)*jamoVCount*jamoTCount + (rs[i+1]-jamoVBase)*jamoTCount
			i++
			if i+1 < len(rs) && rs[i+1] > jamoTBase && rs[i+1] < jamoTBase+jamoTCount {
				syl += rs[i+1] - jamoTBase
				i++
			}
			out = append(out, syl)
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// CoveredCountries lists the canonical names of the covered countries, in
// the order the policy chapters take them.
func CoveredCountries() []string {
	var out []string
	for _, c := range Countries() {
		out = append(out, c.Name)
	}
	return out
}

// CoveredCompanies lists the canonical names of the profiled companies, in
// the report's order.
func CoveredCompanies() []string {
	var out []string
	for _, c := range Companies() {
		out = append(out, c.Name)
	}
	return out
}
