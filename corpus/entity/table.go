package entity

// Kind says what an entity is.
type Kind string

// The kinds of entity.
const (
	// Country is a country or bloc whose policies the report treats.
	Country Kind = "country"
	// Company is a firm the report profiles in 2.2.
	Company Kind = "company"
	// Passing is a country the report names only in passing (in a list of
	// sanctioned or allied states), with no policy of its own: not covered.
	Passing Kind = "passing"
	// Elsewhere is a country the report does not discuss at all: a question
	// about it is not a question about the report, even where a word of it
	// ("정부", "반도체") matches.
	Elsewhere Kind = "elsewhere"
)

// Entity is one row of the table.
type Entity struct {
	Kind    Kind
	Name    string // canonical Korean name, as the report's labels or headings print it
	English string // English name for replies
	// Section is a company's profile section in 2.2.
	Section string
	// Labels are the "(X)" labels the report prints over a country's items.
	Labels []string
	// Mention are the forms that mark a mention in the report's Korean text.
	Mention []string
	// EnglishMention are the English forms the English summary and Latin
	// titles use; they match only as whole Latin words.
	EnglishMention []string
	// Aliases are further names a user may type: Korean, English, Hanja,
	// abbreviations and casual forms. Matching ignores case, spaces, dots and
	// hyphens, so "U.S." and "u s" need no entries of their own.
	Aliases []string
}

// table is every entity, in the order the report's policy chapters and 2.2
// take them; the passing and elsewhere names come last so that a covered name
// wins any clash. It is a function so that no caller can change the table
// another relies on.
func table() []Entity {
	return []Entity{
		{Kind: Country, Name: "미국", English: "United States", Labels: []string{"미국"},
			Mention:        []string{"미국", "美", "바이든", "백악관"},
			EnglishMention: []string{"United States", "U.S.", "America", "American"},
			Aliases: []string{"미국", "미", "미합중국", "아메리카", "미쿡", "US", "USA", "United States", "United States of America",
				"America", "the States", "Amerika", "Etats-Unis", "美", "美國", "美国", "米国", "米國"}},
		{Kind: Country, Name: "중국", English: "China", Labels: []string{"중국"},
			Mention:        []string{"중국", "中"},
			EnglishMention: []string{"China", "Chinese"},
			Aliases: []string{"중국", "중화인민공화국", "중공", "China", "PRC", "People's Republic of China", "Mainland China",
				"中", "中國", "中国", "中華人民共和國", "中华人民共和国"}},
		{Kind: Country, Name: "일본", English: "Japan", Labels: []string{"일본"},
			Mention:        []string{"일본", "日"},
			EnglishMention: []string{"Japan", "Japanese"},
			Aliases:        []string{"일본", "니혼", "닛폰", "Japan", "Nippon", "Nihon", "Japon", "日", "日本", "日本國", "日本国"}},
		{Kind: Country, Name: "대만", English: "Taiwan", Labels: []string{"대만"},
			Mention:        []string{"대만"},
			EnglishMention: []string{"Taiwan", "Taiwanese"},
			Aliases: []string{"대만", "타이완", "중화민국", "Taiwan", "Republic of China", "ROC", "Formosa", "Chinese Taipei",
				"臺灣", "台灣", "台湾", "臺", "台", "中華民國"}},
		{Kind: Country, Name: "EU", English: "European Union", Labels: []string{"EU", "유럽"},
			Mention:        []string{"EU", "유럽"},
			EnglishMention: []string{"Europe", "European"},
			Aliases: []string{"EU", "유럽", "유럽연합", "구주", "Europe", "European Union", "Union européenne", "歐洲", "欧洲", "歐盟", "欧盟",
				"歐", "欧"}},
		{Kind: Country, Name: "한국", English: "South Korea", Labels: []string{"한국"},
			Mention: []string{"한국", "우리나라", "우리 정부", "국내"},
			// "domestic" is the English summary's word for Korea, as 국내 is the
			// Korean text's.
			EnglishMention: []string{"Korea", "Korean", "domestic", "우리 산업", "우리 기업"},
			Aliases: []string{"한국", "대한민국", "남한", "우리나라", "코리아", "Korea", "South Korea", "Republic of Korea", "ROK",
				"S Korea", "Korean", "韓", "韓國", "韩国", "韓国", "大韓民國", "大韩民国"}},
		{Kind: Country, Name: "영국", English: "United Kingdom", Labels: []string{"영국"},
			Mention:        []string{"영국"},
			EnglishMention: []string{"UK", "United Kingdom", "Britain", "British"},
			Aliases: []string{"영국", "잉글랜드", "브리튼", "그레이트브리튼", "연합왕국", "UK", "United Kingdom", "Britain",
				"Great Britain", "England", "GB", "GBR", "U.K.", "英", "英國", "英国"}},
		{Kind: Country, Name: "독일", English: "Germany", Labels: []string{"독일"},
			Mention:        []string{"독일"},
			EnglishMention: []string{"Germany", "German"},
			Aliases: []string{"독일", "도이칠란트", "도이치란트", "Germany", "Deutschland", "BRD", "Allemagne", "獨", "獨逸", "独逸",
				"德國", "德国", "獨逸國"}},
		{Kind: Country, Name: "프랑스", English: "France", Labels: []string{"프랑스"},
			Mention:        []string{"프랑스"},
			EnglishMention: []string{"France", "French"},
			Aliases:        []string{"프랑스", "불란서", "France", "Frankreich", "République française", "佛", "佛蘭西", "法國", "法国"}},
		{Kind: Country, Name: "싱가포르", English: "Singapore", Labels: []string{"싱가포르"},
			Mention:        []string{"싱가포르"},
			EnglishMention: []string{"Singapore"},
			Aliases:        []string{"싱가포르", "싱가폴", "싱가퐅", "Singapore", "Singapur", "新加坡", "星港"}},
		{Kind: Country, Name: "캐나다", English: "Canada", Labels: []string{"캐나다"},
			Mention:        []string{"캐나다"},
			EnglishMention: []string{"Canada", "Canadian"},
			Aliases:        []string{"캐나다", "카나다", "Canada", "加", "加拿大"}},

		{Kind: Company, Name: "엔비디아", English: "NVIDIA", Section: "2.2.1.가",
			Mention: []string{"엔비디아", "NVIDIA"},
			Aliases: []string{"엔비디아", "엔디비아", "엔비댜", "NVIDIA", "Nvidia Corporation", "NVDA", "英伟达", "輝達"}},
		{Kind: Company, Name: "인텔", English: "Intel", Section: "2.2.1.나",
			Mention: []string{"인텔", "Intel"},
			Aliases: []string{"인텔", "Intel", "Intel Corporation", "INTC", "英特尔"}},
		{Kind: Company, Name: "TSMC", English: "TSMC", Section: "2.2.1.다",
			Mention: []string{"TSMC"},
			Aliases: []string{"TSMC", "티에스엠씨", "Taiwan Semiconductor", "Taiwan Semiconductor Manufacturing",
				"Taiwan Semiconductor Manufacturing Company", "台積電", "台积电", "대만 반도체 제조"}},
		{Kind: Company, Name: "삼성전자", English: "Samsung Electronics", Section: "2.2.1.라",
			Mention: []string{"삼성전자", "삼성"},
			Aliases: []string{"삼성전자", "삼성", "삼전", "삼성 전자", "Samsung", "Samsung Electronics", "三星", "三星電子"}},
		{Kind: Company, Name: "SK하이닉스", English: "SK hynix", Section: "2.2.1.마",
			Mention: []string{"SK하이닉스", "하이닉스", "SK Hynix"},
			Aliases: []string{"SK하이닉스", "하이닉스", "에스케이하이닉스", "하닉", "SK hynix", "hynix", "SK Hynix Inc"}},
		{Kind: Company, Name: "구글", English: "Google", Section: "2.2.2.가",
			Mention: []string{"구글", "Google"},
			Aliases: []string{"구글", "알파벳", "Google", "Alphabet", "Google DeepMind", "谷歌"}},
		{Kind: Company, Name: "메타", English: "Meta", Section: "2.2.2.나",
			Mention: []string{"메타", "Meta"},
			Aliases: []string{"메타", "페이스북", "페북", "Meta", "Meta Platforms", "Facebook"}},
		{Kind: Company, Name: "오픈AI", English: "OpenAI", Section: "2.2.2.다",
			Mention: []string{"오픈AI", "OpenAI"},
			Aliases: []string{"오픈AI", "오픈에이아이", "OpenAI", "Open AI"}},
		// "마소" is the common Korean clipping of 마이크로소프트 and means
		// nothing else here.
		{Kind: Company, Name: "마이크로소프트", English: "Microsoft", Section: "2.2.2.라",
			Mention: []string{"마이크로소프트", "Microsoft", "MS"},
			Aliases: []string{"마이크로소프트", "마소", "MS", "MSFT", "Microsoft", "微软", "微軟"}},
		{Kind: Company, Name: "아마존 웹서비스", English: "Amazon Web Services", Section: "2.2.3.가",
			Mention: []string{"AWS", "아마존", "Amazon"},
			Aliases: []string{"아마존 웹서비스", "아마존 웹 서비스", "아마존", "AWS", "Amazon", "Amazon Web Services", "亚马逊"}},
		{Kind: Company, Name: "IBM", English: "IBM", Section: "2.2.3.나",
			Mention: []string{"IBM"},
			Aliases: []string{"IBM", "아이비엠", "International Business Machines", "빅블루", "Big Blue"}},

		// Named only in passing: 3.1 lists 러시아, 이란 and 북한 as countries of
		// concern and 네덜란드 as an ally; 벨기에 hosts a research centre. They
		// are known so that typo tolerance never turns them into a covered
		// country, and so that a refusal can point at the passing mentions.
		{Kind: Passing, Name: "러시아", English: "Russia",
			Aliases: []string{"러시아", "로씨야", "Russia", "Russian Federation", "露", "俄罗斯", "俄羅斯"}},
		{Kind: Passing, Name: "이란", English: "Iran", Aliases: []string{"이란", "Iran", "伊朗"}},
		{Kind: Passing, Name: "북한", English: "North Korea",
			Aliases: []string{"북한", "조선", "북조선", "North Korea", "DPRK", "N Korea", "北韓", "朝鮮"}},
		{Kind: Passing, Name: "네덜란드", English: "Netherlands",
			Aliases: []string{"네덜란드", "홀란드", "화란", "Netherlands", "The Netherlands", "Holland", "Nederland", "和蘭"}},
		{Kind: Passing, Name: "벨기에", English: "Belgium", Aliases: []string{"벨기에", "Belgium", "Belgique", "België", "白耳義"}},
	}
}

// elsewhere lists countries the report does not discuss, in Korean and
// English. Countries it names in passing are Passing rows instead.
func elsewhere() [][2]string {
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
