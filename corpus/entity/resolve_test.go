package entity_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/entity"
)

// set is what the embedded report makes of the general table, shared by the
// tests: it is read-only once built.
var set = func() *entity.Set {
	d, err := corpus.Load("")
	if err != nil {
		panic(err)
	}
	return d.Entities
}()

func TestResolveCountry(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
		typo     bool
	}{
		// Korean, English, abbreviations, Hanja, casual forms.
		{"korean us", "미국", "미국", false},
		{"us", "US", "미국", false},
		{"usa", "USA", "미국", false},
		{"u.s. dotted", "U.S.", "미국", false},
		{"u.s.a. dotted", "U.S.A.", "미국", false},
		{"united states", "United States", "미국", false},
		{"united states lower", "united states", "미국", false},
		{"america", "America", "미국", false},
		{"the us", "the US", "미국", false},
		{"hanja 美", "美", "미국", false},
		{"hanja 美國", "美國", "미국", false},
		{"particle 은", "미국은", "미국", false},
		{"particle 은 with question mark", "미국은?", "미국", false},
		{"two particles", "미국에서는", "미국", false},
		{"에 대해서 spaced", "미국에 대해서", "미국", false},
		{"china", "중국", "중국", false},
		{"China", "China", "중국", false},
		{"PRC", "PRC", "중국", false},
		{"prc lower", "prc", "중국", false},
		{"hanja 中", "中", "중국", false},
		{"hanja 中國", "中國", "중국", false},
		{"japan korean", "일본", "일본", false},
		{"Japan", "Japan", "일본", false},
		{"JAPAN upper", "JAPAN", "일본", false},
		{"Japan's", "Japan's", "일본", false},
		{"日本", "日本", "일본", false},
		{"日", "日", "일본", false},
		{"일본의", "일본의", "일본", false},
		{"taiwan korean", "대만", "대만", false},
		{"Taiwan", "Taiwan", "대만", false},
		{"臺灣", "臺灣", "대만", false},
		{"타이완", "타이완", "대만", false},
		{"EU", "EU", "EU", false},
		{"eu lower", "eu", "EU", false},
		{"E.U.", "E.U.", "EU", false},
		{"Europe", "Europe", "EU", false},
		{"유럽", "유럽", "EU", false},
		{"유럽연합", "유럽연합", "EU", false},
		{"European Union", "European Union", "EU", false},
		{"EU의", "EU의", "EU", false},
		{"korea korean", "한국", "한국", false},
		{"Korea", "Korea", "한국", false},
		{"South Korea", "South Korea", "한국", false},
		{"우리나라", "우리나라", "한국", false},
		{"대한민국", "대한민국", "한국", false},
		{"우리나라는", "우리나라는", "한국", false},
		{"UK", "UK", "영국", false},
		{"U.K.", "U.K.", "영국", false},
		{"Britain", "Britain", "영국", false},
		{"Great Britain", "Great Britain", "영국", false},
		{"United Kingdom", "United Kingdom", "영국", false},
		{"England", "England", "영국", false},
		{"영국", "영국", "영국", false},
		{"영국이", "영국이", "영국", false},
		{"Germany", "Germany", "독일", false},
		{"Deutschland", "Deutschland", "독일", false},
		{"독일", "독일", "독일", false},
		{"France", "France", "프랑스", false},
		{"프랑스는", "프랑스는", "프랑스", false},
		{"Singapore", "Singapore", "싱가포르", false},
		{"싱가폴", "싱가폴", "싱가포르", false},
		{"Canada", "Canada", "캐나다", false},
		{"캐나다가", "캐나다가", "캐나다", false},
		// Spacing, width and markup.
		{"padded", "  Japan  ", "일본", false},
		{"full-width", "ＵＳＡ", "미국", false},
		{"quoted", "\"Japan\"", "일본", false},
		{"slack mention and name", "<@U123> Japan", "일본", false},
		{"decomposed hangul", "\u1106\u1175\u1100\u116e\u11a8", "미국", false},
		// Typos: one edit in a name of five or more letters.
		{"Germny", "Germny", "독일", true},
		{"Singapor", "Singapor", "싱가포르", true},
		{"Canda", "Canda", "캐나다", true},
		{"Frnace swap", "Frnace", "프랑스", true},
		{"Japna swap", "Japna", "일본", true},
		{"Taiwna", "Taiwna", "대만", true},
		{"Germny with particle", "Germny은", "독일", true},
		{"싱가포ㄹ jamo typo", "싱가포루", "싱가포르", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := set.Country(tt.in)
			if err != nil {
				t.Fatalf("ResolveCountry(%q) error %v, want %s", tt.in, err, tt.want)
			}
			if got.Name != tt.want || got.Typo != tt.typo || got.Kind != entity.Country {
				t.Errorf("ResolveCountry(%q) = %+v, want %s (typo %v)", tt.in, got, tt.want, tt.typo)
			}
		})
	}
}

func TestResolveCountryRefuses(t *testing.T) {
	long := strings.Repeat("미국", 5000) // 10 KB and more
	tests := []struct {
		name, in string
		want     error
	}{
		{"empty", "", entity.ErrEmptyName},
		{"spaces", "   ", entity.ErrEmptyName},
		{"slack mention only", "<@U123>", entity.ErrEmptyName},
		{"punctuation only", "?!", entity.ErrEmptyName},
		{"10 KB", long, entity.ErrNameTooLong},
		{"Brazil", "Brazil", entity.ErrUnknownName},
		{"브라질", "브라질", entity.ErrUnknownName},
		{"India", "India", entity.ErrUnknownName},
		{"인도", "인도", entity.ErrUnknownName},
		{"인도는", "인도는", entity.ErrUnknownName},
		{"a", "a", entity.ErrUnknownName},
		{"zzzz", "zzzz", entity.ErrUnknownName},
		{"invalid utf8", "\xff\xfe", entity.ErrEmptyName},
		// Named only in passing: not covered, and never a typo of a covered name.
		{"러시아", "러시아", entity.ErrUnknownName},
		{"Russia", "Russia", entity.ErrUnknownName},
		{"North Korea", "North Korea", entity.ErrUnknownName},
		{"북한", "북한", entity.ErrUnknownName},
		{"Netherlands", "Netherlands", entity.ErrUnknownName},
		{"Iran", "Iran", entity.ErrUnknownName},
		// Other countries must not land on a covered one by typo tolerance.
		{"Chile", "Chile", entity.ErrUnknownName},
		{"Spain", "Spain", entity.ErrUnknownName},
		{"Kenya", "Kenya", entity.ErrUnknownName},
		{"Ghana", "Ghana", entity.ErrUnknownName},
		{"Grenada", "Grenada", entity.ErrUnknownName},
		{"Ireland", "Ireland", entity.ErrUnknownName},
		{"Australia", "Australia", entity.ErrUnknownName},
		{"Austria", "Austria", entity.ErrUnknownName},
		{"Thailand", "Thailand", entity.ErrUnknownName},
		{"Vietnam", "Vietnam", entity.ErrUnknownName},
		{"Mexico", "Mexico", entity.ErrUnknownName},
		{"Italy", "Italy", entity.ErrUnknownName},
		{"Israel", "Israel", entity.ErrUnknownName},
		{"Poland", "Poland", entity.ErrUnknownName},
		{"Finland", "Finland", entity.ErrUnknownName},
		{"Sweden", "Sweden", entity.ErrUnknownName},
		{"Indonesia", "Indonesia", entity.ErrUnknownName},
		{"호주", "호주", entity.ErrUnknownName},
		{"태국", "태국", entity.ErrUnknownName},
		{"베트남", "베트남", entity.ErrUnknownName},
		{"멕시코", "멕시코", entity.ErrUnknownName},
		{"스페인", "스페인", entity.ErrUnknownName},
		{"이탈리아", "이탈리아", entity.ErrUnknownName},
		{"몽골", "몽골", entity.ErrUnknownName},
		{"칠레", "칠레", entity.ErrUnknownName},
		{"필리핀", "필리핀", entity.ErrUnknownName},
		{"홍콩", "홍콩", entity.ErrUnknownName},
		{"튀르키예", "튀르키예", entity.ErrUnknownName},
		{"스위스", "스위스", entity.ErrUnknownName},
		// One jamo from a two-syllable name lie ordinary words.
		{"일반 is not 일본", "일반", entity.ErrUnknownName},
		{"미군 is not 미국", "미군", entity.ErrUnknownName},
		{"중동 is not 중국", "중동", entity.ErrUnknownName},
		{"Koreas is not a plural", "North Koreas", entity.ErrUnknownName},
		{"company name", "Samsung", entity.ErrUnknownName},
		{"a sentence", "what does the report say about AI chips", entity.ErrUnknownName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := set.Country(tt.in)
			if !errors.Is(err, tt.want) {
				t.Errorf("ResolveCountry(%.40q) = %+v, %v; want error %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestResolveCompany(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
		typo     bool
	}{
		{"엔비디아", "엔비디아", "엔비디아", false},
		{"엔비디아가", "엔비디아가", "엔비디아", false},
		{"NVIDIA", "NVIDIA", "엔비디아", false},
		{"Nvidia", "Nvidia", "엔비디아", false},
		{"nvidia lower", "nvidia", "엔비디아", false},
		{"인텔", "인텔", "인텔", false},
		{"Intel", "Intel", "인텔", false},
		{"TSMC", "TSMC", "TSMC", false},
		{"tsmc lower", "tsmc", "TSMC", false},
		{"삼성전자", "삼성전자", "삼성전자", false},
		{"삼성", "삼성", "삼성전자", false},
		{"삼성은", "삼성은", "삼성전자", false},
		{"Samsung", "Samsung", "삼성전자", false},
		{"Samsung Electronics", "Samsung Electronics", "삼성전자", false},
		{"SK하이닉스", "SK하이닉스", "SK하이닉스", false},
		{"하이닉스", "하이닉스", "SK하이닉스", false},
		{"hynix", "hynix", "SK하이닉스", false},
		{"SK hynix", "SK hynix", "SK하이닉스", false},
		{"SK Hynix", "SK Hynix", "SK하이닉스", false},
		{"SK-Hynix", "SK-Hynix", "SK하이닉스", false},
		{"구글", "구글", "구글", false},
		{"Google", "Google", "구글", false},
		{"메타", "메타", "메타", false},
		{"Meta", "Meta", "메타", false},
		{"오픈AI", "오픈AI", "오픈AI", false},
		{"OpenAI", "OpenAI", "오픈AI", false},
		{"open ai", "open ai", "오픈AI", false},
		{"마이크로소프트", "마이크로소프트", "마이크로소프트", false},
		{"Microsoft", "Microsoft", "마이크로소프트", false},
		{"MS", "MS", "마이크로소프트", false},
		{"마소", "마소", "마이크로소프트", false},
		{"아마존 웹서비스", "아마존 웹서비스", "아마존 웹서비스", false},
		{"아마존", "아마존", "아마존 웹서비스", false},
		{"AWS", "AWS", "아마존 웹서비스", false},
		{"Amazon", "Amazon", "아마존 웹서비스", false},
		{"Amazon Web Services", "Amazon Web Services", "아마존 웹서비스", false},
		{"IBM", "IBM", "IBM", false},
		{"ibm lower", "ibm", "IBM", false},
		{"Nvdia typo", "Nvdia", "엔비디아", true},
		{"Googel swap", "Googel", "구글", true},
		{"Microsft typo", "Microsft", "마이크로소프트", true},
		{"Samsnug swap", "Samsnug", "삼성전자", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := set.Company(tt.in)
			if err != nil {
				t.Fatalf("ResolveCompany(%q) error %v, want %s", tt.in, err, tt.want)
			}
			if got.Name != tt.want || got.Typo != tt.typo || got.Kind != entity.Company {
				t.Errorf("ResolveCompany(%q) = %+v, want %s (typo %v)", tt.in, got, tt.want, tt.typo)
			}
		})
	}
}

func TestResolveCompanyRefuses(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
	}{
		{"empty", "", entity.ErrEmptyName},
		{"10 KB", strings.Repeat("a", 10<<10), entity.ErrNameTooLong},
		{"Apple", "Apple", entity.ErrUnknownName},
		{"애플", "애플", entity.ErrUnknownName},
		{"AMD", "AMD", entity.ErrUnknownName},
		{"Micron", "Micron", entity.ErrUnknownName},
		{"Naver", "Naver", entity.ErrUnknownName},
		{"네이버", "네이버", entity.ErrUnknownName},
		{"Metal is not Meta", "Metal", entity.ErrUnknownName},
		{"Intelligence is not Intel", "Intelligence", entity.ErrUnknownName},
		{"country name", "Japan", entity.ErrUnknownName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := set.Company(tt.in)
			if !errors.Is(err, tt.want) {
				t.Errorf("ResolveCompany(%.40q) = %+v, %v; want error %v", tt.in, got, err, tt.want)
			}
		})
	}
}

// Every alias in the tables must resolve to its own entity: a clash between
// two tables' entries would silently send a name to the wrong place.
func TestAliasTablesResolveToThemselves(t *testing.T) {
	for _, kind := range []entity.Kind{entity.Country, entity.Company} {
		ents := set.Countries()
		resolve := set.Country
		if kind == entity.Company {
			ents, resolve = set.Companies(), set.Company
		}
		for _, e := range ents {
			for _, a := range append([]string{e.Name, e.English}, e.Aliases...) {
				if got, err := resolve(a); err != nil || got.Name != e.Name || got.Typo {
					t.Errorf("%s alias %q resolves to %+v, %v; want %s", kind, a, got, err, e.Name)
				}
			}
		}
	}
}

func TestLookupPassing(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"러시아", "러시아", "러시아", true},
		{"Russia", "russia", "러시아", true},
		{"North Korea", "North Korea", "북한", true},
		{"이란은", "이란은", "이란", true},
		{"covered", "Japan", "", false},
		{"unknown", "Brazil", "", false},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := set.PassingCountry(tt.in)
			if ok != tt.ok || got.Name != tt.want {
				t.Errorf("LookupPassing(%q) = %+v, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestNearest(t *testing.T) {
	tests := []struct {
		name string
		got  []string
		want string // first suggestion, "" for none
	}{
		{"Germanyy", set.NearestCountries("Germanyy", 3), "독일"},
		{"Singapur", set.NearestCountries("Singapure", 3), "싱가포르"},
		{"Brazil", set.NearestCountries("Brazil", 3), ""},
		{"empty", set.NearestCountries("", 3), ""},
		{"Nvidai", set.NearestCompanies("Nvidai", 3), "엔비디아"},
		{"zero n", set.NearestCountries("Germany", 0), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := ""
			if len(tt.got) > 0 {
				first = tt.got[0]
			}
			if first != tt.want {
				t.Errorf("nearest = %v, want first %q", tt.got, tt.want)
			}
		})
	}
}

func TestNormalizeName(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"dots", "U.S.A.", "usa"},
		{"spaces and case", " South  Korea ", "southkorea"},
		{"the", "the United Kingdom", "unitedkingdom"},
		{"possessive", "Japan's", "japan"},
		{"full width", "ＥＵ", "eu"},
		{"slack markup", "<@U123>", ""},
		{"hyphen", "SK-hynix", "skhynix"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := entity.NormalizeName(tt.in); got != tt.want {
				t.Errorf("NormalizeName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzResolveCountry(f *testing.F) {
	for _, s := range []string{"미국은", "Germny", "<@U1>", "\xff", "미", "日本"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := set.Country(s)
		if err == nil && r.Name == "" {
			t.Errorf("ResolveCountry(%q) = %+v with no error and no name", s, r)
		}
		_, _ = set.Company(s)
		_ = set.NearestCountries(s, 3)
	})
}
