package entity

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"
)

// Kind says what an entity is to a report.
type Kind string

// The kinds of entity. The table holds countries and companies; what each is
// to a report (covered, named in passing, not discussed) comes from the
// report's text, when a Set is built for it.
const (
	// Country is a country or bloc whose policies the report treats: it
	// prints the country's label over items ("(미국) …") or a heading of its
	// own.
	Country Kind = "country"
	// Company is a firm the report profiles under a heading of its own.
	Company Kind = "company"
	// Passing is a country the report names only in passing (in a list of
	// sanctioned or allied states), with no policy of its own: not covered.
	Passing Kind = "passing"
	// Elsewhere is a country the report does not discuss at all: a question
	// about it is not a question about the report, even where a word of it
	// ("정부", "반도체") matches.
	Elsewhere Kind = "elsewhere"
)

// Entity is one row of the table, or, in a Set, what it is to one report.
type Entity struct {
	Kind    Kind
	Name    string // canonical Korean name, as reports' labels or headings print it
	English string // English name for replies
	// Section is, in a Set, the id of the section that profiles a company.
	Section string
	// Labels are the "(X)" labels a report prints over a country's items;
	// the canonical name when none are given.
	Labels []string
	// Mention are the forms that mark a mention wherever they stand in Korean
	// text. The canonical name, when not among them, marks one as a word of
	// its own: "인도" in "인도네시아" or "인도적" is no mention of India.
	Mention []string
	// EnglishMention are the English forms the English summary and Latin
	// titles use; they match only as whole Latin words, as the English name
	// does.
	EnglishMention []string
	// Aliases are further names a user may type: Korean, English, Hanja,
	// abbreviations and casual forms. Matching ignores case, spaces, dots and
	// hyphens, so "U.S." and "u s" need no entries of their own.
	Aliases []string
}

// rows is the general table: the countries and blocs, major economies first
// (a covered country is listed in this order), then the companies. Which of
// them a report discusses is found in its text (see For). It is a function so
// that no caller can change the table another relies on.
func rows() []Entity {
	return []Entity{
		{Kind: Country, Name: "미국", English: "United States",
			Mention:        []string{"미국", "美", "바이든", "백악관"},
			EnglishMention: []string{"United States", "U.S.", "America", "American"},
			Aliases: []string{"미국", "미", "미합중국", "아메리카", "미쿡", "US", "USA", "United States", "United States of America",
				"America", "the States", "Amerika", "Etats-Unis", "美", "美國", "美国", "米国", "米國"}},
		{Kind: Country, Name: "중국", English: "China",
			Mention:        []string{"중국", "中"},
			EnglishMention: []string{"China", "Chinese"},
			Aliases: []string{"중국", "중화인민공화국", "중공", "China", "PRC", "People's Republic of China", "Mainland China",
				"中", "中國", "中国", "中華人民共和國", "中华人民共和国"}},
		{Kind: Country, Name: "일본", English: "Japan",
			Mention:        []string{"일본", "日"},
			EnglishMention: []string{"Japan", "Japanese"},
			Aliases:        []string{"일본", "니혼", "닛폰", "Japan", "Nippon", "Nihon", "Japon", "日", "日本", "日本國", "日本国"}},
		{Kind: Country, Name: "대만", English: "Taiwan", Labels: []string{"대만", "타이완"},
			Mention:        []string{"대만"},
			EnglishMention: []string{"Taiwan", "Taiwanese"},
			Aliases: []string{"대만", "타이완", "중화민국", "Taiwan", "Republic of China", "ROC", "Formosa", "Chinese Taipei",
				"臺灣", "台灣", "台湾", "臺", "台", "中華民國"}},
		{Kind: Country, Name: "EU", English: "European Union", Labels: []string{"EU", "유럽", "유럽연합"},
			Mention:        []string{"EU", "유럽"},
			EnglishMention: []string{"Europe", "European"},
			Aliases: []string{"EU", "유럽", "유럽연합", "구주", "Europe", "European Union", "Union européenne", "歐洲", "欧洲", "歐盟", "欧盟",
				"歐", "欧"}},
		{Kind: Country, Name: "한국", English: "South Korea", Labels: []string{"한국", "우리나라", "대한민국"},
			Mention: []string{"한국", "우리나라", "우리 정부", "국내"},
			// "domestic" is the English summary's word for Korea, as 국내 is the
			// Korean text's.
			EnglishMention: []string{"Korea", "Korean", "domestic", "우리 산업", "우리 기업"},
			Aliases: []string{"한국", "대한민국", "남한", "우리나라", "코리아", "Korea", "South Korea", "Republic of Korea", "ROK",
				"S Korea", "Korean", "韓", "韓國", "韩国", "韓国", "大韓民國", "大韩民国"}},
		{Kind: Country, Name: "영국", English: "United Kingdom",
			Mention:        []string{"영국"},
			EnglishMention: []string{"UK", "United Kingdom", "Britain", "British"},
			Aliases: []string{"영국", "잉글랜드", "브리튼", "그레이트브리튼", "연합왕국", "UK", "United Kingdom", "Britain",
				"Great Britain", "England", "GB", "GBR", "U.K.", "英", "英國", "英国"}},
		{Kind: Country, Name: "독일", English: "Germany",
			Mention:        []string{"독일"},
			EnglishMention: []string{"Germany", "German"},
			Aliases: []string{"독일", "도이칠란트", "도이치란트", "Germany", "Deutschland", "BRD", "Allemagne", "獨", "獨逸", "独逸",
				"德國", "德国", "獨逸國"}},
		{Kind: Country, Name: "프랑스", English: "France",
			Mention:        []string{"프랑스"},
			EnglishMention: []string{"France", "French"},
			Aliases:        []string{"프랑스", "불란서", "France", "Frankreich", "République française", "佛", "佛蘭西", "法國", "法国"}},
		{Kind: Country, Name: "싱가포르", English: "Singapore",
			Mention:        []string{"싱가포르"},
			EnglishMention: []string{"Singapore"},
			Aliases:        []string{"싱가포르", "싱가폴", "싱가퐅", "Singapore", "Singapur", "新加坡", "星港"}},
		{Kind: Country, Name: "캐나다", English: "Canada",
			Mention:        []string{"캐나다"},
			EnglishMention: []string{"Canada", "Canadian"},
			Aliases:        []string{"캐나다", "카나다", "Canada", "加", "加拿大"}},

		// Countries named in some reports only in passing (lists of
		// countries of concern or of allies) and the rest of the world.
		{Kind: Country, Name: "러시아", English: "Russia",
			Aliases: []string{"러시아", "로씨야", "Russia", "Russian Federation", "露", "俄罗斯", "俄羅斯"}},
		{Kind: Country, Name: "이란", English: "Iran", Aliases: []string{"이란", "Iran", "伊朗"}},
		{Kind: Country, Name: "북한", English: "North Korea",
			Aliases: []string{"북한", "조선", "북조선", "North Korea", "DPRK", "N Korea", "北韓", "朝鮮"}},
		{Kind: Country, Name: "네덜란드", English: "Netherlands",
			Aliases: []string{"네덜란드", "홀란드", "화란", "Netherlands", "The Netherlands", "Holland", "Nederland", "和蘭"}},
		{Kind: Country, Name: "벨기에", English: "Belgium", Aliases: []string{"벨기에", "Belgium", "Belgique", "België", "白耳義"}},
		{Kind: Country, Name: "인도", English: "India"},
		{Kind: Country, Name: "브라질", English: "Brazil"},
		{Kind: Country, Name: "호주", English: "Australia"},
		{Kind: Country, Name: "베트남", English: "Vietnam"},
		{Kind: Country, Name: "인도네시아", English: "Indonesia"},
		{Kind: Country, Name: "태국", English: "Thailand"},
		{Kind: Country, Name: "말레이시아", English: "Malaysia"},
		{Kind: Country, Name: "필리핀", English: "Philippines"},
		{Kind: Country, Name: "이스라엘", English: "Israel"},
		{Kind: Country, Name: "사우디아라비아", English: "Saudi Arabia"},
		{Kind: Country, Name: "아랍에미리트", English: "UAE"},
		{Kind: Country, Name: "튀르키예", English: "Türkiye", Aliases: []string{"터키", "Turkey"}},
		{Kind: Country, Name: "이집트", English: "Egypt"},
		{Kind: Country, Name: "남아공", English: "South Africa"},
		{Kind: Country, Name: "나이지리아", English: "Nigeria"},
		{Kind: Country, Name: "케냐", English: "Kenya"},
		{Kind: Country, Name: "멕시코", English: "Mexico"},
		{Kind: Country, Name: "아르헨티나", English: "Argentina"},
		{Kind: Country, Name: "칠레", English: "Chile"},
		{Kind: Country, Name: "콜롬비아", English: "Colombia"},
		{Kind: Country, Name: "스페인", English: "Spain"},
		{Kind: Country, Name: "이탈리아", English: "Italy"},
		{Kind: Country, Name: "스웨덴", English: "Sweden"},
		{Kind: Country, Name: "노르웨이", English: "Norway"},
		{Kind: Country, Name: "핀란드", English: "Finland"},
		{Kind: Country, Name: "덴마크", English: "Denmark"},
		{Kind: Country, Name: "스위스", English: "Switzerland"},
		{Kind: Country, Name: "오스트리아", English: "Austria"},
		{Kind: Country, Name: "폴란드", English: "Poland"},
		{Kind: Country, Name: "아일랜드", English: "Ireland"},
		{Kind: Country, Name: "포르투갈", English: "Portugal"},
		{Kind: Country, Name: "그리스", English: "Greece"},
		{Kind: Country, Name: "우크라이나", English: "Ukraine"},
		{Kind: Country, Name: "뉴질랜드", English: "New Zealand"},
		{Kind: Country, Name: "파키스탄", English: "Pakistan"},
		{Kind: Country, Name: "방글라데시", English: "Bangladesh"},
		{Kind: Country, Name: "카자흐스탄", English: "Kazakhstan"},
		{Kind: Country, Name: "몽골", English: "Mongolia"},
		{Kind: Country, Name: "홍콩", English: "Hong Kong"},
		{Kind: Country, Name: "카타르", English: "Qatar"},
		{Kind: Country, Name: "에스토니아", English: "Estonia"},
		{Kind: Country, Name: "체코", English: "Czechia"},
		{Kind: Country, Name: "헝가리", English: "Hungary"},

		{Kind: Company, Name: "엔비디아", English: "NVIDIA",
			Mention: []string{"엔비디아", "NVIDIA"},
			Aliases: []string{"엔비디아", "엔디비아", "엔비댜", "NVIDIA", "Nvidia Corporation", "NVDA", "英伟达", "輝達"}},
		{Kind: Company, Name: "인텔", English: "Intel",
			Mention: []string{"인텔", "Intel"},
			Aliases: []string{"인텔", "Intel", "Intel Corporation", "INTC", "英特尔"}},
		{Kind: Company, Name: "TSMC", English: "TSMC",
			Mention: []string{"TSMC"},
			Aliases: []string{"TSMC", "티에스엠씨", "Taiwan Semiconductor", "Taiwan Semiconductor Manufacturing",
				"Taiwan Semiconductor Manufacturing Company", "台積電", "台积电", "대만 반도체 제조"}},
		{Kind: Company, Name: "삼성전자", English: "Samsung Electronics",
			Mention: []string{"삼성전자", "삼성"},
			Aliases: []string{"삼성전자", "삼성", "삼전", "삼성 전자", "Samsung", "Samsung Electronics", "三星", "三星電子"}},
		{Kind: Company, Name: "SK하이닉스", English: "SK hynix",
			Mention: []string{"SK하이닉스", "하이닉스", "SK Hynix"},
			Aliases: []string{"SK하이닉스", "하이닉스", "에스케이하이닉스", "하닉", "SK hynix", "hynix", "SK Hynix Inc"}},
		{Kind: Company, Name: "구글", English: "Google",
			Mention: []string{"구글", "Google"},
			Aliases: []string{"구글", "알파벳", "Google", "Alphabet", "Google DeepMind", "谷歌"}},
		{Kind: Company, Name: "메타", English: "Meta",
			Mention: []string{"메타", "Meta"},
			Aliases: []string{"메타", "페이스북", "페북", "Meta", "Meta Platforms", "Facebook"}},
		{Kind: Company, Name: "오픈AI", English: "OpenAI",
			Mention: []string{"오픈AI", "OpenAI"},
			Aliases: []string{"오픈AI", "오픈에이아이", "OpenAI", "Open AI"}},
		// "마소" is the common Korean clipping of 마이크로소프트 and means
		// nothing else here.
		{Kind: Company, Name: "마이크로소프트", English: "Microsoft",
			Mention: []string{"마이크로소프트", "Microsoft", "MS"},
			Aliases: []string{"마이크로소프트", "마소", "MS", "MSFT", "Microsoft", "微软", "微軟"}},
		{Kind: Company, Name: "아마존 웹서비스", English: "Amazon Web Services",
			Mention: []string{"AWS", "아마존", "Amazon"},
			Aliases: []string{"아마존 웹서비스", "아마존 웹 서비스", "아마존", "AWS", "Amazon", "Amazon Web Services", "亚马逊"}},
		{Kind: Company, Name: "IBM", English: "IBM",
			Mention: []string{"IBM"},
			Aliases: []string{"IBM", "아이비엠", "International Business Machines", "빅블루", "Big Blue"}},

		// Companies no report profiled yet: a heading of their own in a
		// later report makes them covered there.
		{Kind: Company, Name: "AMD", English: "AMD", Mention: []string{"AMD"},
			Aliases: []string{"AMD", "에이엠디", "Advanced Micro Devices"}},
		{Kind: Company, Name: "애플", English: "Apple", Mention: []string{"애플", "Apple"},
			Aliases: []string{"애플", "Apple", "Apple Inc", "苹果"}},
		{Kind: Company, Name: "퀄컴", English: "Qualcomm", Mention: []string{"퀄컴", "Qualcomm"},
			Aliases: []string{"퀄컴", "Qualcomm", "高通"}},
		{Kind: Company, Name: "마이크론", English: "Micron", Mention: []string{"마이크론", "Micron"},
			Aliases: []string{"마이크론", "Micron", "Micron Technology"}},
		{Kind: Company, Name: "ASML", English: "ASML", Mention: []string{"ASML"},
			Aliases: []string{"ASML", "에이에스엠엘"}},
		{Kind: Company, Name: "브로드컴", English: "Broadcom", Mention: []string{"브로드컴", "Broadcom"},
			Aliases: []string{"브로드컴", "Broadcom"}},
		{Kind: Company, Name: "화웨이", English: "Huawei", Mention: []string{"화웨이", "Huawei"},
			Aliases: []string{"화웨이", "Huawei", "华为", "華為"}},
		{Kind: Company, Name: "바이두", English: "Baidu", Mention: []string{"바이두", "Baidu"},
			Aliases: []string{"바이두", "Baidu", "百度"}},
		{Kind: Company, Name: "알리바바", English: "Alibaba", Mention: []string{"알리바바", "Alibaba"},
			Aliases: []string{"알리바바", "Alibaba", "阿里巴巴"}},
		{Kind: Company, Name: "앤트로픽", English: "Anthropic", Mention: []string{"앤트로픽", "Anthropic"},
			Aliases: []string{"앤트로픽", "Anthropic"}},
		{Kind: Company, Name: "네이버", English: "Naver", Mention: []string{"네이버", "NAVER", "Naver"},
			Aliases: []string{"네이버", "Naver", "NAVER"}},
		{Kind: Company, Name: "카카오", English: "Kakao", Mention: []string{"카카오", "Kakao"},
			Aliases: []string{"카카오", "Kakao"}},
	}
}

// Table is the general table of countries and companies with its lookups,
// built once: the labels a report may print over a country's items, the forms
// that mark a mention, and every name by its normalised key. It is read-only
// and safe for concurrent use.
type Table struct {
	countries []Entity
	companies []Entity
	labels    map[string]int // printed label → index in countries
	// countryKey and companyKey find an entity by the NormalizeName key of
	// its name, English name or any alias.
	countryKey map[string]int
	companyKey map[string]int
	particles  []string
}

// defaultTable is the table built from rows, once for the process.
var defaultTable = sync.OnceValue(func() *Table { return newTable(rows()) })

// Default returns the general table every report is read against.
func Default() *Table { return defaultTable() }

func newTable(all []Entity) *Table {
	t := &Table{labels: map[string]int{}, countryKey: map[string]int{}, companyKey: map[string]int{}, particles: nameParticles()}
	for _, e := range all {
		keys := t.countryKey
		switch e.Kind {
		case Country:
			if len(e.Labels) == 0 {
				e.Labels = []string{e.Name}
			}
			t.countries = append(t.countries, e)
			for _, l := range e.Labels {
				t.labels[l] = len(t.countries) - 1
			}
		case Company:
			t.companies = append(t.companies, e)
			keys = t.companyKey
		default:
			continue
		}
		n := len(t.countries) - 1
		if e.Kind == Company {
			n = len(t.companies) - 1
		}
		for _, a := range append([]string{e.Name, e.English}, e.Aliases...) {
			if k := NormalizeName(a); k != "" {
				if _, dup := keys[k]; !dup {
					keys[k] = n
				}
			}
		}
	}
	return t
}

// Entities lists every row of the table, countries first; the slice is the
// caller's.
func (t *Table) Entities() []Entity {
	return append(append([]Entity{}, t.countries...), t.companies...)
}

// Label reports the country a printed "(X)" label names, if X is one of the
// labels of a country of the table.
func (t *Table) Label(label string) (string, bool) {
	i, ok := t.labels[strings.TrimSpace(label)]
	if !ok {
		return "", false
	}
	return t.countries[i].Name, true
}

// ResolveLabel checks a country label against what the block says: a report
// may print "(중국)" over a block about the EU. The label stands unless the
// text never names the labelled country and keeps naming one other country.
func (t *Table) ResolveLabel(labelCountry, text string) string {
	return resolveLabel(t.countries, labelCountry, text)
}

// countryMentions counts how often text names each of ents in Korean
// (koreanMentions).
func countryMentions(ents []Entity, text string) map[string]int {
	out := map[string]int{}
	for _, c := range ents {
		if n := koreanMentions(c, text, math.MaxInt, nil); n > 0 {
			out[c.Name] += n
		}
	}
	return out
}

// englishMentions adds to m how often text names each of ents in English
// (englishMentionsOf).
func englishMentions(ents []Entity, text string, m map[string]int) {
	for _, c := range ents {
		if n := englishMentionsOf(c, text, math.MaxInt, nil); n > 0 {
			m[c.Name] += n
		}
	}
}

// koreanMentions counts how often text names c in Korean, up to most: its
// Mention forms wherever they stand, its name as a word of its own where
// no Mention form is the name. A form with a pair of runes held lacks is
// not searched for (held nil searches every form).
func koreanMentions(c Entity, text string, most int, held runePairs) int {
	n, named := 0, false
	for _, m := range c.Mention {
		named = named || m == c.Name
		if n < most && held.mayHold(m) {
			n += countUpTo(text, m, most-n, anywhere)
		}
	}
	if !named && n < most && held.mayHold(c.Name) {
		n += countUpTo(text, c.Name, most-n, koreanWord)
	}
	return n
}

// englishMentionsOf counts how often text names c in English, as whole
// Latin words, up to most (held as koreanMentions reads it).
func englishMentionsOf(c Entity, text string, most int, held runePairs) int {
	n := 0
	for _, f := range englishForms(c) {
		if n < most && held.mayHold(f) {
			n += countUpTo(text, f, most-n, latinWord)
		}
	}
	return n
}

// englishForms are the forms englishMentionsOf counts for c.
func englishForms(c Entity) []string {
	if len(c.EnglishMention) == 0 && c.English != "" {
		return []string{c.English}
	}
	return c.EnglishMention
}

// names is whether text names c at all, in Korean or English: For asks
// this of a whole report's text for every country of the table, most of
// which it never names, so each count stops at its first mention and a
// form with a pair of runes held (the pairs of text) lacks is not searched
// for; counting every mention of every form was most of its time.
func names(c Entity, text string, held runePairs) bool {
	return koreanMentions(c, text, 1, held) > 0 || englishMentionsOf(c, text, 1, held) > 0
}

// runePairs is a set of the pairs of neighbouring runes a text holds,
// hashed into a bitmap: it may say a pair is there that is not, never
// that one is not there that is, so a form with a pair it lacks is
// nowhere in the text.
type runePairs []uint64

// pairBits is the bitmap's size, a power of two: a report's text holds
// some thousands of distinct pairs (the embedded report 5,538 in 93 kB),
// so that about one bit in twelve is set, and a name of two syllables is
// searched for in vain about once in twelve, a longer one more rarely.
const (
	pairShift = 16
	pairBits  = 1 << pairShift
)

// pairsOf reads text's pairs of runes. (A form that is valid UTF-8 decodes
// to the same runes inside text as alone, invalid bytes around it or not.)
func pairsOf(text string) runePairs {
	held := make(runePairs, pairBits/64)
	prev := rune(-1)
	for _, r := range text {
		if prev >= 0 {
			h := pairHash(prev, r)
			held[h/64] |= 1 << (h % 64)
		}
		prev = r
	}
	return held
}

// mayHold is false when form has a pair of runes the text lacks; a nil
// set reads no text and lacks nothing.
func (held runePairs) mayHold(form string) bool {
	if held == nil {
		return true
	}
	prev := rune(-1)
	for _, r := range form {
		if prev >= 0 {
			if h := pairHash(prev, r); held[h/64]&(1<<(h%64)) == 0 {
				return false
			}
		}
		prev = r
	}
	return true
}

// pairHash numbers a pair of runes below pairBits (multiplicative
// hashing: the top bits of the product mix all of both runes' bits).
func pairHash(a, b rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77) >> (32 - pairShift)
}

// wordParticles are the endings a Korean name may carry where it stands as a
// word: "이란은", "인도의".
const wordParticles = "은는이가을를의과와도에로"

// koreanWord tells whether name stands at text[start:end] as a word: not
// after a Hangul syllable and not before one other than a particle, so
// that "인도" is not found in "인도네시아" or "인도적", nor "이란" in "초격차란".
func koreanWord(text string, start, end int, _ string) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	after, _ := utf8.DecodeRuneInString(text[end:])
	return !isSyllable(before) && (!isSyllable(after) || strings.ContainsRune(wordParticles, after))
}

func isSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// subject is the entity a heading is about, when its title is a name of one:
// the whole title ("TSMC"), the title before a parenthesis or the English name
// within it ("엔비디아(NVIDIA)"), or its first word without a particle
// ("미국의 반도체 정책").
func (t *Table) subject(keys map[string]int, title string) (int, bool) {
	var cands []string
	main, paren, _ := strings.Cut(title, "(")
	cands = append(cands, title, main, strings.TrimSuffix(paren, ")"))
	if f := strings.Fields(main); len(f) > 0 {
		cands = append(cands, f[0])
		for _, p := range t.particles {
			if stem, ok := strings.CutSuffix(f[0], p); ok && stem != "" {
				cands = append(cands, stem)
			}
		}
	}
	for _, c := range cands {
		// A one-letter alias ("미", "中") is no heading's subject: "미로 …".
		if k := NormalizeName(c); utf8.RuneCountInString(k) >= 2 {
			if i, ok := keys[k]; ok {
				return i, true
			}
		}
	}
	return 0, false
}
