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
