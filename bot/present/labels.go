package present

// Labels is every fixed string a reply shows, in one language: Slack's,
// and those the terminal shows alike (marked); Terminal holds the
// terminal's own wording where it says a thing otherwise.
type Labels struct {
	// English names the report's unnumbered parts in English
	// (corpus.EnglishPartTitle): their titles are the report's Korean ones.
	English  bool
	Question string
	// Pages follows a section's title, both outputs: " (25–33쪽)".
	Pages   string
	Sources string
	// Notes heads the footnotes that explain rather than cite
	// (corpus.IsNote), both outputs: not a source to copy.
	Notes      string
	Share      string
	More       string
	Helpful    string
	NotHelpful string
	// NotFound and Related are a decline's, in both outputs: that the report
	// does not cover the question, and the heading of the sections it may
	// find its answer in.
	NotFound string
	Related  string
	// Hedge heads a hedged answer or citation, in both outputs: Missing,
	// what the report does not say (the question's own words, joined),
	// then that the closest passages follow.
	Hedge, Missing string
	// Direct heads the one line that states the answer (a figure, date or
	// name the top result holds).
	Direct string
	// EnglishSummary labels, under a Korean quote, the sentence of the
	// report's English summary that says the same thing; both outputs.
	EnglishSummary string
	AskTip         string
	// SourceOfWhat answers a bare request for a source, with nothing asked
	// before it to be the source of: it asks what it is about.
	SourceOfWhat   string
	NoMore         string
	SharedBy       string
	MoreHeading    string
	Thanks         string
	RateLimited    string
	NotAllowed     string
	TooLong        string
	Failed         string
	UnknownCommand string
	NotAvailable   string
	UsageIntro     string
	UsageMention   string
	UsageExamples  string
	FallbackAnswer string
	FallbackNone   string
	BadButton      string

	// Several reports loaded (see bot/library.go).
	SeveralTitle    string // count: the header of an answer several reports give
	ShelfTitle      string // count: the header of a reply about the reports in general
	SeveralReports  string // the reports' names, joined; both outputs
	Searched        string // the reports' short titles, joined
	UsageIntroShelf string
	MoreReports     string // count, the reports' short titles

	// /country, /company and /cite (see summary.go and cite.go).
	SummaryHeading   string
	SummaryKeyCount  string // total, shown
	SummaryAllCount  string // total
	TopicMore        string // count; both outputs
	TopicOmitted     string // count
	Continued        string
	SummaryHidden    string // count; both outputs
	SummaryHiddenOne string // both outputs
	SummaryShowAll   string // how Slack shows them: the Show all button
	ShowAll          string
	AllDone          string // total
	AllCut           string // count
	ReadAs           string // query, name; both outputs
	MismatchOwn      string // label, particle, name; both outputs
	MismatchOther    string // label, particle; both outputs
	NotCoveredTitle  string
	NotCovered       string // query
	Passing          string // count
	DidYouMean       string // both outputs
	CoveredCountries string
	CoveredCompanies string
	IsCompany        string // name, command
	IsCountry        string // name, command
	NameTooLong      string // max
	CountryIntro     string
	CompanyIntro     string
	CountryTip       string
	CompanyTip       string
	CiteHeading      string
	Claim            string
	NoSupport        string // both outputs (the JSON has its own)
	CiteTip          string
	Originals        string
	Nearby           string // both outputs
	Probable         string // both outputs
	Issue            string // both outputs
	Printed          string // both outputs
	RefKo            string // both outputs
	SameRef          string // result number; both outputs
	BibtexHeading    string
	ClaimTooLong     string // length, max; both outputs and the JSON
	ClaimNoWords     string // both outputs
	CiteIntro        string
	FallbackCite     string
	// Mismatch: report's figure, claim's figure; both outputs (the JSON
	// has its own).
	Mismatch string
}

// ReportTitle is the header's title when Options.ReportTitle is empty.
const ReportTitle = "AI 초격차 전략 수립 연구 (STEPI, 2024)"

// For returns the strings of one language: Korean for "ko", else English.
func For(lang string) Labels {
	if lang == "ko" {
		return Labels{
			Question:       "질문",
			Pages:          " (%s쪽)",
			Sources:        "출처",
			Notes:          "주",
			Share:          "채널에 공유",
			More:           "결과 더 보기 (4–6)",
			Helpful:        "👍 도움됨",
			NotHelpful:     "👎 아쉬움",
			NotFound:       "보고서에서 이 질문에 대한 내용을 찾지 못했습니다.",
			Direct:         "*답:* %s",
			EnglishSummary: "영문요약",
			Hedge:          "⚠ %s — 가장 가까운 부분을 보여 드립니다. 답이 맞는지 직접 확인해 주세요.",
			Missing:        "보고서에 없는 내용: %s",
			Related:        "관련 있을 수 있는 절:",
			AskTip:         "보고서에 나오는 용어로 더 구체적으로 물어보세요.",
			SourceOfWhat:   "어떤 내용의 출처를 찾으시나요? 주제와 함께 물어봐 주세요. 예: “일본 반도체 보조금 출처는?”",
			NoMore:         "추가 결과가 없습니다.",
			SharedBy:       "채널에 공유된 답변",
			MoreHeading:    "추가 결과 (4–6)",
			Thanks:         "의견 감사합니다. 답변 개선에 반영하겠습니다.",
			RateLimited:    "질문이 너무 잦습니다. 잠시 후 다시 물어봐 주세요.",
			NotAllowed:     "이 채널에서는 보고서 봇을 사용할 수 없습니다. 관리자에게 문의하거나 DM으로 물어봐 주세요.",
			TooLong:        "질문이 너무 깁니다. 1,000자 이내로 줄여서 다시 물어봐 주세요.",
			Failed:         "답변을 만드는 중 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.",
			UnknownCommand: "알 수 없는 명령입니다.",
			NotAvailable:   "아직 제공되지 않는 기능입니다. 곧 추가될 예정입니다.",
			UsageIntro:     "「AI 초격차 전략 수립 연구」(STEPI, 2024) 보고서에 대해 질문하면 관련 구절을 인용해 답합니다.",
			UsageMention:   "채널에서 봇을 @멘션하거나 DM으로 질문해도 됩니다.",
			UsageExamples:  "예시",
			FallbackAnswer: "보고서 답변",
			FallbackNone:   "보고서에서 찾지 못함",
			BadButton:      "이 버튼은 더 이상 사용할 수 없습니다. 질문을 다시 보내 주세요.",

			SeveralTitle:    "보고서 %d건에서 찾은 답",
			ShelfTitle:      "보고서 %d건",
			SeveralReports:  "여러 보고서가 답합니다: %s",
			Searched:        "찾아본 보고서: %s",
			UsageIntroShelf: "이 보고서들에 대해 질문하면 관련 구절을 인용해 답하고, 어느 보고서의 내용인지 밝힙니다.",
			MoreReports:     "이 밖에 보고서 %d건도 다룹니다: %s",

			SummaryHeading:   "보고서가 말하는 내용",
			SummaryKeyCount:  "전체 %[1]d개 항목 중 주제별 핵심 %[2]d개",
			SummaryAllCount:  "전체 %d개 항목",
			TopicMore:        "이 주제에 %d개 항목 더",
			TopicOmitted:     "언급이 약한 구절 %d개는 생략",
			Continued:        "(계속)",
			SummaryHidden:    "그 밖에 %d개 항목이 더 있습니다.",
			SummaryHiddenOne: "그 밖에 1개 항목이 더 있습니다.",
			SummaryShowAll:   "*전체 보기*를 누르면 모두 보여 드립니다.",
			ShowAll:          "전체 보기",
			AllDone:          "전체 %d개 항목을 모두 보여 드렸습니다.",
			AllCut:           "Slack 메시지 한도 때문에 %d개 항목을 더 보여 드리지 못했습니다. 보고서에서 해당 절을 직접 확인해 주세요.",
			ReadAs:           "“%s”을(를) %s(으)로 읽었습니다.",
			MismatchOwn:      "⚠ 보고서는 이 블록에 “(%s)”%s 표기했지만, 본문은 %s에 관한 내용입니다.",
			MismatchOther:    "⚠ 보고서는 이 블록에 “(%s)”%s 표기했지만, 본문은 다른 나라에 관한 내용입니다.",
			NotCoveredTitle:  "보고서에 없는 이름",
			NotCovered:       "보고서는 “%s”에 대해 다루지 않습니다.",
			Passing:          "다른 나라를 다루는 대목에서 지나가며 %d번 언급될 뿐입니다:",
			DidYouMean:       "혹시 이것을 찾으셨나요?",
			CoveredCountries: "보고서가 다루는 나라",
			CoveredCompanies: "보고서가 다루는 기업",
			IsCompany:        "%s — 기업 이름입니다. `%s` 명령을 써 보세요.",
			IsCountry:        "%s — 나라 이름입니다. `%s` 명령을 써 보세요.",
			NameTooLong:      "이름이 너무 깁니다 (최대 %d자).",
			CountryIntro:     "보고서가 한 나라(또는 EU)에 대해 말하는 내용을 주제별로 모아 절·쪽수·출처와 함께 보여 줍니다.",
			CompanyIntro:     "보고서가 다루는 기업의 개요와 다른 절의 언급을 절·쪽수·출처와 함께 보여 줍니다.",
			CountryTip:       "나라(또는 EU) 이름 하나를 한국어나 영어로 쓰세요. 예:",
			CompanyTip:       "기업 이름 하나를 한국어나 영어로 쓰세요. 예:",
			CiteHeading:      "보고서 인용",
			Claim:            "주장",
			NoSupport:        "이 주장을 뒷받침하는 문장을 보고서에서 찾지 못했습니다.",
			CiteTip:          "인용하려는 문장 하나를 보고서의 용어로 써 보세요. 숫자·연도·기업명은 보고서와 같아야 합니다.",
			Originals:        "원출처",
			Nearby:           "(각주 표시는 인용한 줄이 아니라 같은 문단의 다른 줄에 있음)",
			Probable:         "(참고문헌과 표기가 달라 추정한 항목: 아래 불일치 참고)",
			Issue:            "보고서 자체 불일치",
			Printed:          "보고서 표기",
			RefKo:            "국문 인용 표기",
			SameRef:          "인용 표기는 %d번과 같습니다.",
			BibtexHeading:    "BibTeX 인용 표기",
			ClaimTooLong:     "주장이 너무 깁니다 (%d자, 최대 %d자). 인용할 문장 하나로 줄여 주세요.",
			ClaimNoWords:     "주장에 검색할 단어가 없습니다 (기호나 Slack 표시만 있음).",
			CiteIntro:        "인용하려는 문장을 주면, 그 문장을 뒷받침하는 보고서 원문과 절·쪽수, 원출처, 바로 붙여 넣을 인용 표기(국문·APA·BibTeX)를 보여 줍니다.",
			FallbackCite:     "보고서 인용",
			Mismatch:         "⚠ 보고서의 수치는 %s이며, 주장의 %s와(과) 다릅니다: 이 문장은 주장의 수치를 뒷받침하지 않습니다.",
		}
	}
	return Labels{
		English:        true,
		Question:       "Question",
		Pages:          " (pp. %s)",
		Sources:        "Sources",
		Notes:          "Note",
		Share:          "Share in channel",
		More:           "More results (4–6)",
		Helpful:        "👍 Helpful",
		NotHelpful:     "👎 Not helpful",
		NotFound:       "The report does not cover this question.",
		Direct:         "*Answer:* %s",
		EnglishSummary: "Summary",
		Hedge:          "⚠ %s — here are the closest passages; check them before you rely on them.",
		Missing:        "The report does not say: %s",
		Related:        "Sections that may be related:",
		AskTip:         "Try the report's own terms and be specific.",
		SourceOfWhat:   "The source of what? Ask with the topic, e.g. “source for Japan's chip subsidies?”",
		NoMore:         "There are no further results.",
		SharedBy:       "Answer shared to the channel",
		MoreHeading:    "More results (4–6)",
		Thanks:         "Thanks for the feedback — it helps improve the answers.",
		RateLimited:    "You're asking a little too fast. Please wait a moment and try again.",
		NotAllowed:     "The report bot isn't enabled in this channel. Ask an admin, or send me a direct message.",
		TooLong:        "That question is too long. Please keep it under 1,000 characters.",
		Failed:         "Something went wrong while preparing the answer. Please try again shortly.",
		UnknownCommand: "I don't know that command.",
		NotAvailable:   "This feature is not available yet. It is coming soon.",
		UsageIntro:     "Ask about the report “AI 초격차 전략 수립 연구” (STEPI, 2024) and I answer with cited passages.",
		UsageMention:   "You can also @mention me in a channel or send me a direct message.",
		UsageExamples:  "Examples",
		FallbackAnswer: "Answer from the report",
		FallbackNone:   "Not found in the report",
		BadButton:      "This button can no longer be used. Please ask the question again.",

		SeveralTitle:    "Answers from %d reports",
		ShelfTitle:      "%d reports",
		SeveralReports:  "Several reports answer: %s",
		Searched:        "Reports searched: %s",
		UsageIntroShelf: "Ask about these reports and I answer with cited passages, naming the report each comes from.",
		MoreReports:     "%d more reports cover it too: %s",

		SummaryHeading:   "what the report says",
		SummaryKeyCount:  "key items: %[2]d of %[1]d, one per topic",
		SummaryAllCount:  "all %d items",
		TopicMore:        "%d more in this topic",
		TopicOmitted:     "%d weaker mentions left out",
		Continued:        "(continued)",
		SummaryHidden:    "%d more items are not shown here.",
		SummaryHiddenOne: "1 more item is not shown here.",
		SummaryShowAll:   "Press *Show all* to see every item.",
		ShowAll:          "Show all",
		AllDone:          "That is all %d items.",
		AllCut:           "%d more items could not be shown because of Slack's message limits; see the sections in the report itself.",
		ReadAs:           "Read “%s” as %s.",
		MismatchOwn:      "⚠ The report labels this block “(%[1]s)”, but the text is about %[3]s.",
		MismatchOther:    "⚠ The report labels this block “(%[1]s)”, but the text is about another country.",
		NotCoveredTitle:  "Not covered by the report",
		NotCovered:       "The report does not cover “%s”.",
		Passing:          "It names it only in passing, %d times, while discussing other countries:",
		DidYouMean:       "Did you mean:",
		CoveredCountries: "Countries the report covers",
		CoveredCompanies: "Companies the report covers",
		IsCompany:        "%s is a company: try `%s`.",
		IsCountry:        "%s is a country: try `%s`.",
		NameTooLong:      "That name is too long (at most %d characters).",
		CountryIntro:     "Shows what the report says about one country (or the EU), grouped by topic, with section, pages and sources.",
		CompanyIntro:     "Shows a company's profile in the report and its mentions elsewhere, with section, pages and sources.",
		CountryTip:       "Give the name of one country (or the EU), in Korean or English, e.g.",
		CompanyTip:       "Give the name of one company, in Korean or English, e.g.",
		CiteHeading:      "Citation from the report",
		Claim:            "Claim",
		NoSupport:        "No supporting passage found in the report.",
		CiteTip:          "Give the one sentence you want to cite, in the report's own terms (it is written in Korean); numbers, years and company names must match the report.",
		Originals:        "Original sources",
		Nearby:           "(the marker is printed on another line of the same paragraph, not on the quoted one)",
		Probable:         "(the reference list spells it differently, so this match is a likely one: see below)",
		Issue:            "Inconsistency in the report",
		Printed:          "Printed",
		RefKo:            "Korean style",
		SameRef:          "The reference is the same as for %d.",
		BibtexHeading:    "BibTeX entries",
		ClaimTooLong:     "The claim is too long (%d characters; at most %d). Give the one sentence you want to cite.",
		ClaimNoWords:     "The claim has no words to search for (only symbols or Slack markup).",
		CiteIntro:        "Give a sentence you want to cite and I quote the passage of the report that supports it, with section, pages, its original sources and a ready-made reference (Korean style, APA, BibTeX).",
		FallbackCite:     "Citation from the report",
		Mismatch:         "⚠ The report says %s, not %s: this passage does not support the claim's figure.",
	}
}
