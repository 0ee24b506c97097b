package corpus

import "strings"

// Country is a country or bloc the report discusses, with the names the report
// uses for it in running text.
type Country struct {
	Name    string   // canonical Korean name, as the report's labels print it
	English string   // English name for replies
	Mention []string // forms that mark a mention in the report's text
}

// Countries lists what the report covers, in the order its policy chapters do.
func Countries() []Country {
	return []Country{
		{"미국", "United States", []string{"미국", "美", "바이든", "백악관"}},
		{"중국", "China", []string{"중국", "中"}},
		{"일본", "Japan", []string{"일본", "日"}},
		{"대만", "Taiwan", []string{"대만"}},
		{"EU", "European Union", []string{"EU", "유럽"}},
		{"한국", "South Korea", []string{"한국", "우리나라", "우리 정부", "국내"}},
		{"영국", "United Kingdom", []string{"영국"}},
		{"독일", "Germany", []string{"독일"}},
		{"프랑스", "France", []string{"프랑스"}},
		{"싱가포르", "Singapore", []string{"싱가포르"}},
		{"캐나다", "Canada", []string{"캐나다"}},
	}
}

// Mentions counts how often text mentions each country.
func Mentions(text string) map[string]int {
	out := map[string]int{}
	for _, c := range Countries() {
		for _, m := range c.Mention {
			if n := strings.Count(text, m); n > 0 {
				out[c.Name] += n
			}
		}
	}
	return out
}

// resolveLabel checks a country label against what the block says: the report
// once prints "(중국)" over a block about the EU. The label stands unless the
// text never names the labelled country and keeps naming one other country.
func resolveLabel(labelCountry, text string) string {
	if labelCountry == "" {
		return ""
	}
	if i := strings.Index(text, ")"); i >= 0 {
		text = text[i+1:]
	}
	m := Mentions(text)
	if m[labelCountry] > 0 {
		return labelCountry
	}
	best, n := labelCountry, 0
	for c, k := range m {
		if k > n || k == n && c < best {
			best, n = c, k
		}
	}
	if n < 3 {
		return labelCountry
	}
	return best
}

// Company is a firm the report profiles in 2.2.
type Company struct {
	Name    string // as the report's heading prints it, e.g. "SK하이닉스"
	English string
	Section string   // the profile's section id
	Mention []string // forms that mark a mention in running text
}

// Companies lists the firms profiled in 2.2, in the report's order.
func Companies() []Company {
	return []Company{
		{"엔비디아", "NVIDIA", "2.2.1.가", []string{"엔비디아", "NVIDIA"}},
		{"인텔", "Intel", "2.2.1.나", []string{"인텔", "Intel"}},
		{"TSMC", "TSMC", "2.2.1.다", []string{"TSMC"}},
		{"삼성전자", "Samsung Electronics", "2.2.1.라", []string{"삼성전자", "삼성"}},
		{"SK하이닉스", "SK hynix", "2.2.1.마", []string{"SK하이닉스", "하이닉스", "SK Hynix"}},
		{"구글", "Google", "2.2.2.가", []string{"구글", "Google"}},
		{"메타", "Meta", "2.2.2.나", []string{"메타", "Meta"}},
		{"오픈AI", "OpenAI", "2.2.2.다", []string{"오픈AI", "OpenAI"}},
		{"마이크로소프트", "Microsoft", "2.2.2.라", []string{"마이크로소프트", "Microsoft", "MS"}},
		{"아마존 웹서비스", "Amazon Web Services", "2.2.3.가", []string{"AWS", "아마존", "Amazon"}},
		{"IBM", "IBM", "2.2.3.나", []string{"IBM"}},
	}
}

// OtherCountries are countries the report does not cover, in Korean and
// English: a question about one of them is not a question about the report,
// even where a word of it ("정부", "반도체") matches. Countries the report only
// names in passing (러시아, 이란, 북한, 네덜란드, 벨기에) are absent on purpose.
func OtherCountries() [][2]string {
	return [][2]string{
		{"인도", "India"}, {"브라질", "Brazil"}, {"호주", "Australia"}, {"베트남", "Vietnam"},
		{"인도네시아", "Indonesia"}, {"태국", "Thailand"}, {"말레이시아", "Malaysia"}, {"필리핀", "Philippines"},
		{"이스라엘", "Israel"}, {"사우디아라비아", "Saudi Arabia"}, {"아랍에미리트", "UAE"}, {"튀르키예", "Turkey"},
		{"터키", "Türkiye"}, {"이집트", "Egypt"}, {"남아공", "South Africa"}, {"나이지리아", "Nigeria"},
		{"케냐", "Kenya"}, {"멕시코", "Mexico"}, {"아르헨티나", "Argentina"}, {"칠레", "Chile"},
		{"콜롬비아", "Colombia"}, {"스페인", "Spain"}, {"이탈리아", "Italy"}, {"스웨덴", "Sweden"},
		{"노르웨이", "Norway"}, {"핀란드", "Finland"}, {"덴마크", "Denmark"}, {"스위스", "Switzerland"},
		{"오스트리아", "Austria"}, {"폴란드", "Poland"}, {"아일랜드", "Ireland"}, {"포르투갈", "Portugal"},
		{"그리스", "Greece"}, {"우크라이나", "Ukraine"}, {"뉴질랜드", "New Zealand"}, {"파키스탄", "Pakistan"},
		{"방글라데시", "Bangladesh"}, {"카자흐스탄", "Kazakhstan"}, {"몽골", "Mongolia"}, {"홍콩", "Hong Kong"},
		{"카타르", "Qatar"}, {"에스토니아", "Estonia"}, {"체코", "Czechia"}, {"헝가리", "Hungary"},
	}
}
