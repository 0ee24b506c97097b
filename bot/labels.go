package bot

// labels is every fixed string a reply shows, in one language.
type labels struct {
	title          string
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
}

const reportTitle = "AI 초격차 전략 수립 연구 (STEPI, 2024)"

func labelsFor(lang string) labels {
	if lang == langKO {
		return labels{
			title:          reportTitle,
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
		}
	}
	return labels{
		title:          reportTitle,
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
	}
}

// otherLang is the language shown second in bilingual replies.
func otherLang(lang string) string {
	if lang == langKO {
		return langEN
	}
	return langKO
}
