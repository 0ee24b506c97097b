package bot

// labels is every fixed string a reply shows, in one language.
type labels struct {
	question       string
	pages          string
	sources        string
	share          string
	more           string
	helpful        string
	notHelpful     string
	notFound       string
	related        string
	askTip         string
	noMore         string
	sharedBy       string
	moreHeading    string
	thanks         string
	rateLimited    string
	notAllowed     string
	tooLong        string
	failed         string
	unknownCommand string
	notAvailable   string
	usageIntro     string
	usageMention   string
	usageExamples  string
	fallbackAnswer string
	fallbackNone   string
	badButton      string

	// /country, /company and /cite (see summary.go and cite.go).
	summaryHeading   string
	summaryKeyCount  string // total, shown
	summaryAllCount  string // total
	topicMore        string // count
	topicOmitted     string // count
	continued        string
	summaryHidden    string // count
	showAll          string
	allDone          string // total
	allCut           string // count
	readAs           string // query, name
	mismatchOwn      string // label, particle, name
	mismatchOther    string // label, particle
	notCoveredTitle  string
	notCovered       string // query
	passing          string // count
	didYouMean       string
	coveredCountries string
	coveredCompanies string
	isCompany        string // name, command
	isCountry        string // name, command
	nameTooLong      string // max
	countryIntro     string
	companyIntro     string
	countryTip       string
	companyTip       string
	citeHeading      string
	claim            string
	noSupport        string
	citeTip          string
	originals        string
	nearby           string
	probable         string
	issue            string
	printed          string
	refKo            string
	sameRef          string // result number
	bibtexHeading    string
	claimTooLong     string // max
	claimNoWords     string
	citeIntro        string
	fallbackCite     string
}

// reportTitle is the header's title when Options.ReportTitle is empty.
const reportTitle = "AI 초격차 전략 수립 연구 (STEPI, 2024)"

func labelsFor(lang string) labels {
	if lang == langKO {
		return labels{
			question:       "질문",
			pages:          "쪽",
			sources:        "출처",
			share:          "채널에 공유",
			more:           "결과 더 보기 (4–6)",
			helpful:        "👍 도움됨",
			notHelpful:     "👎 아쉬움",
			notFound:       "보고서에서 이 질문에 대한 내용을 찾지 못했습니다.",
			related:        "관련 있어 보이는 절:",
			askTip:         "보고서에 나오는 용어로 더 구체적으로 물어보세요. 예: “AI 반도체 분야 초격차 확보 정책은?”",
			noMore:         "추가 결과가 없습니다.",
			sharedBy:       "채널에 공유된 답변",
			moreHeading:    "추가 결과 (4–6)",
			thanks:         "의견 감사합니다. 답변 개선에 반영하겠습니다.",
			rateLimited:    "질문이 너무 잦습니다. 잠시 후 다시 물어봐 주세요.",
			notAllowed:     "이 채널에서는 보고서 봇을 사용할 수 없습니다. 관리자에게 문의하거나 DM으로 물어봐 주세요.",
			tooLong:        "질문이 너무 깁니다. 1,000자 이내로 줄여서 다시 물어봐 주세요.",
			failed:         "답변을 만드는 중 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.",
			unknownCommand: "알 수 없는 명령입니다.",
			notAvailable:   "아직 제공되지 않는 기능입니다. 곧 추가될 예정입니다.",
			usageIntro:     "「AI 초격차 전략 수립 연구」(STEPI, 2024) 보고서에 대해 질문하면 관련 구절을 인용해 답합니다.",
			usageMention:   "채널에서 봇을 @멘션하거나 DM으로 질문해도 됩니다.",
			usageExamples:  "예시",
			fallbackAnswer: "보고서 답변",
			fallbackNone:   "보고서에서 찾지 못함",
			badButton:      "이 버튼은 더 이상 사용할 수 없습니다. 질문을 다시 보내 주세요.",

			summaryHeading:   "보고서 요약",
			summaryKeyCount:  "전체 %[1]d개 항목 중 주제별 핵심 %[2]d개",
			summaryAllCount:  "전체 %d개 항목",
			topicMore:        "이 주제에 %d개 항목 더",
			topicOmitted:     "언급이 약한 구절 %d개는 생략",
			continued:        "(계속)",
			summaryHidden:    "그 밖에 %d개 항목이 더 있습니다. *전체 보기*를 누르면 모두 보여 드립니다.",
			showAll:          "전체 보기",
			allDone:          "전체 %d개 항목을 모두 보여 드렸습니다.",
			allCut:           "Slack 메시지 한도 때문에 %d개 항목을 더 보여 드리지 못했습니다. 보고서에서 해당 절을 직접 확인해 주세요.",
			readAs:           "“%s”을(를) %s(으)로 읽었습니다.",
			mismatchOwn:      "⚠ 보고서는 이 블록에 “(%s)”%s 표기했지만, 본문은 %s에 관한 내용입니다.",
			mismatchOther:    "⚠ 보고서는 이 블록에 “(%s)”%s 표기했지만, 본문은 다른 나라에 관한 내용입니다.",
			notCoveredTitle:  "보고서에 없는 이름",
			notCovered:       "보고서는 “%s”에 대해 다루지 않습니다.",
			passing:          "다른 나라를 다루는 대목에서 지나가며 %d번 언급될 뿐입니다:",
			didYouMean:       "혹시 이것을 찾으셨나요?",
			coveredCountries: "보고서가 다루는 나라",
			coveredCompanies: "보고서가 다루는 기업",
			isCompany:        "%s — 기업 이름입니다. `%s` 명령을 써 보세요.",
			isCountry:        "%s — 나라 이름입니다. `%s` 명령을 써 보세요.",
			nameTooLong:      "이름이 너무 깁니다 (최대 %d자).",
			countryIntro:     "보고서가 한 나라(또는 EU)에 대해 말하는 내용을 주제별로 모아 절·쪽수·출처와 함께 보여 줍니다.",
			companyIntro:     "보고서 2.2절의 기업 개요와 다른 절의 언급을 절·쪽수·출처와 함께 보여 줍니다.",
			countryTip:       "나라(또는 EU) 이름 하나를 한국어나 영어로 쓰세요. 예:",
			companyTip:       "기업 이름 하나를 한국어나 영어로 쓰세요. 예:",
			citeHeading:      "보고서 인용",
			claim:            "주장",
			noSupport:        "이 주장을 뒷받침하는 문장을 보고서에서 찾지 못했습니다.",
			citeTip:          "인용하려는 문장 하나를 보고서의 용어로 써 보세요. 숫자·연도·기업명은 보고서와 같아야 합니다. 예: “TSMC 패키징 생산능력 70~80% 확대”",
			originals:        "원출처",
			nearby:           "(각주 표시가 인용한 줄이 아니라 같은 문단의 다른 줄에 있음)",
			probable:         "(참고문헌 표기가 달라 추정한 항목)",
			issue:            "⚠ 보고서 자체 불일치",
			printed:          "보고서 표기",
			refKo:            "국문 인용 표기",
			sameRef:          "인용 표기는 %d번과 같습니다.",
			bibtexHeading:    "BibTeX 인용 표기",
			claimTooLong:     "주장이 너무 깁니다 (최대 %d자). 인용하려는 문장 하나로 줄여 주세요.",
			claimNoWords:     "주장에 검색할 단어가 없습니다 (기호나 Slack 표시만 있음).",
			citeIntro:        "인용하려는 문장을 주면, 그 문장을 뒷받침하는 보고서 원문과 절·쪽수, 원출처, 바로 붙여 넣을 인용 표기(국문·APA·BibTeX)를 보여 줍니다.",
			fallbackCite:     "보고서 인용",
		}
	}
	return labels{
		question:       "Question",
		pages:          "pp.",
		sources:        "Sources",
		share:          "Share in channel",
		more:           "More results (4–6)",
		helpful:        "👍 Helpful",
		notHelpful:     "👎 Not helpful",
		notFound:       "I couldn't find this in the report.",
		related:        "Sections that may be related:",
		askTip:         "Try the report's own terms and be specific, e.g. “What policies secure a super-gap in AI semiconductors?”",
		noMore:         "There are no further results.",
		sharedBy:       "Answer shared to the channel",
		moreHeading:    "More results (4–6)",
		thanks:         "Thanks for the feedback — it helps improve the answers.",
		rateLimited:    "You're asking a little too fast. Please wait a moment and try again.",
		notAllowed:     "The report bot isn't enabled in this channel. Ask an admin, or send me a direct message.",
		tooLong:        "That question is too long. Please keep it under 1,000 characters.",
		failed:         "Something went wrong while preparing the answer. Please try again shortly.",
		unknownCommand: "I don't know that command.",
		notAvailable:   "This feature is not available yet. It is coming soon.",
		usageIntro:     "Ask about the report “AI 초격차 전략 수립 연구” (STEPI, 2024) and I answer with cited passages.",
		usageMention:   "You can also @mention me in a channel or send me a direct message.",
		usageExamples:  "Examples",
		fallbackAnswer: "Answer from the report",
		fallbackNone:   "Not found in the report",
		badButton:      "This button can no longer be used. Please ask the question again.",

		summaryHeading:   "what the report says",
		summaryKeyCount:  "key items: %[2]d of %[1]d, one per topic",
		summaryAllCount:  "all %d items",
		topicMore:        "%d more in this topic",
		topicOmitted:     "%d weaker mentions left out",
		continued:        "(continued)",
		summaryHidden:    "%d more items are not shown here. Press *Show all* to see every item.",
		showAll:          "Show all",
		allDone:          "That is all %d items.",
		allCut:           "%d more items could not be shown because of Slack's message limits; see the sections in the report itself.",
		readAs:           "Read “%s” as %s.",
		mismatchOwn:      "⚠ The report labels this block “(%[1]s)”, but the text is about %[3]s.",
		mismatchOther:    "⚠ The report labels this block “(%[1]s)”, but the text is about another country.",
		notCoveredTitle:  "Not covered by the report",
		notCovered:       "The report does not cover “%s”.",
		passing:          "It names it only in passing, %d times, while discussing other countries:",
		didYouMean:       "Did you mean:",
		coveredCountries: "Countries the report covers",
		coveredCompanies: "Companies the report covers",
		isCompany:        "%s is a company: try `%s`.",
		isCountry:        "%s is a country: try `%s`.",
		nameTooLong:      "That name is too long (at most %d characters).",
		countryIntro:     "Shows what the report says about one country (or the EU), grouped by topic, with section, pages and sources.",
		companyIntro:     "Shows a company's profile in section 2.2 of the report and its mentions elsewhere, with section, pages and sources.",
		countryTip:       "Give the name of one country (or the EU), in Korean or English, e.g.",
		companyTip:       "Give the name of one company, in Korean or English, e.g.",
		citeHeading:      "Citation from the report",
		claim:            "Claim",
		noSupport:        "No supporting passage found in the report.",
		citeTip:          "Give the one sentence you want to cite, in the report's own terms (it is written in Korean); numbers, years and company names must match the report. e.g. “TSMC 패키징 생산능력 70~80% 확대”",
		originals:        "Original sources",
		nearby:           "(the marker is printed on another line of the same paragraph, not on the quoted one)",
		probable:         "(a likely match: the reference list spells it differently)",
		issue:            "⚠ Inconsistency in the report",
		printed:          "Printed",
		refKo:            "Korean style",
		sameRef:          "The reference is the same as for %d.",
		bibtexHeading:    "BibTeX entries",
		claimTooLong:     "That claim is too long (at most %d characters). Give the one sentence you want to cite.",
		claimNoWords:     "The claim has no words to search for (only symbols or Slack markup).",
		citeIntro:        "Give a sentence you want to cite and I quote the passage of the report that supports it, with section, pages, its original sources and a ready-made reference (Korean style, APA, BibTeX).",
		fallbackCite:     "Citation from the report",
	}
}

// otherLang is the language shown second in bilingual replies.
func otherLang(lang string) string {
	if lang == langKO {
		return langEN
	}
	return langKO
}
