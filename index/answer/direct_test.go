package answer_test

import (
	"context"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestDirectAnswer checks the one-line answer in both languages: it states
// the date or figure the question asks for with its subject and where it is
// from, and there is none where the report does not state it beside what
// it is of. The questions are made up for the test.
func TestDirectAnswer(t *testing.T) {
	e := mustEngine(t)
	tests := []struct {
		name, q, want string
	}{
		{"a sum in Korean", "미국 CHIPS법 투자 지원 규모는 얼마?", "미국 CHIPS법 투자 지원 규모: 520억 달러 (3.1, 25–33쪽)"},
		{"a sum in English", "How much investment support does the US CHIPS Act give?", "investment support US CHIPS Act: $52 billion (3.1, pp. 25–33)"},
		// the subject is the question's words less those the report never
		// uses that the quoted passage does not hold: how the asker put it
		{"what the asker says around the question heads no answer", "삼성 1.4나노 양산 언제 한대?", "삼성 1.4나노 양산: 2027년 (2.2.1.라, 10–16쪽)"},
		{"what the asker says around the question heads no answer, in English", "Sorry to bother you, but kindly tell me how much the US CHIPS Act investment support is", "US CHIPS Act investment support: $52 billion (3.1, pp. 25–33)"},
		{"a month in English", "When did SK hynix put HBM3E into volume production?", "SK hynix put HBM3E production: March 2024 (2.2.1.마, pp. 10–16)"},
		{"a word for the set asked is stated by the figures listed", "LLaMA 3 크기 라인업은 어떻게 돼?", "LLaMA 3 라인업: 8B, 70B, 400B (2.2.2.나, 17–21쪽)"},
		{"a figure is the question's own only where its number is one the question typed whole: 20% is no part of 2030", "EU 2030년까지 반도체 생산 비중 목표는?", "EU 2030 반도체 생산 비중 목표: 20% (3.1, 25–33쪽)"},
		{"a year in its short form before a figure ties it to the year asked", "US advanced semiconductor supply share in 2032, what percent?", "US advanced semiconductor supply 2032 percent: about 30% (3.1, pp. 25–33)"},
		{"a listed set of sizes", "What sizes is LLaMA 3 released in?", "sizes LLaMA 3 released: 8B, 70B, 400B (2.2.2.나, pp. 17–21)"},
		{"a figure of another version is no answer", "LLaMA 3.1 파라미터 몇 개야?", ""},
		{"a name's number and the figure after it are two numbers", "12단 HBM3는 몇 GB짜리야?", "12단 HBM3 GB: 24GB (2.2.1.마, 10–16쪽)"},
		{"no date or figure asked", "HBM이 뭐야?", ""},
		// a word the report never uses built on a noun the passage states
		// (목표치 of 목표) is the asker's measure of that thing: the hedge
		// still names it, and the line is the closest the report has
		{"a measure built on a noun the passage states", "2025년 TSMC 패키징 생산 능력 목표치 얼마임?", "가장 가까운 내용 — 2025 TSMC 패키징 생산 능력: 최대 5.5만 장 (2.2.1.다, 10–16쪽)"},
		// the country is the subject of every date on the line: the name
		// of the thing asked says which date is its
		{"the thing's name, not the country's, says which figure of the line", "When was Korea's National AI Committee formed?", "Korea National AI Committee: September 2024 (4.2, pp. 45–47)"},
		// a word typed right after the company describes it where the
		// passage uses it on another line, as the hedge reads it
		{"a word describing the company asked binds where the passage holds it", "삼성 파운드리의 1.4나노 양산 목표 연도가 궁금해", "삼성 파운드리 1.4나노 양산 목표: 2027년 (2.2.1.라, 10–16쪽)"},
		// one figure headed by two named things would read as each one's
		{"each named thing's figure from its own clause", "삼성 로드맵상 1.4nm 양산과 2nm 도입 목표 연도는 각각?", "삼성 로드맵상 양산 도입 목표: 1.4nm 2027년 · 2nm 2025년 (2.2.1.라, 10–16쪽)"},
		// no word of these binds the date: the one the report uses, on the
		// line, says which date of the title page is asked
		{"a common word on the line ties the date where nothing binds it", "이 보고서 언제 발행됐어?", "발행: 2024년 12월 31일 (표지·목차)"},
		{"a common word on the line ties the date, in English", "when did this report get published?", "published: 31 December 2024 (Front matter)"},
		{"each year's figure of a part, with the source asked after it", "What figures does the report give for the global AI chip market in 2020 and 2024, and what is the source?", "figures global AI chip market 2020 2024: 2020 about $15.3 billion, 2024 about $42.8 billion (2.1, pp. 5–9) · source: Techworld News (2024.10.7.)"},
		{"a version the question names tells nothing: each part it asks is stated", "대만 AI 실행계획 1.0 투자 규모랑 양성한 인재 수는?", "대만 AI 실행계획 1.0 투자 규모: 400억 대만 달러 · 대만 양성 인재 수: 3만 3,000명 (3.2, 34–42쪽)"},
		{"a line about another version states nothing of the one asked, nor is a version a figure", "How many people does Taiwan's AI Action Plan 2.0 aim to train?", ""},
		{"the version asked is stated", "대만 AI 실행계획 1.0으로 인재 몇 명 양성했어?", "대만 AI 실행계획 1.0 인재 양성: 3만 3,000명 (3.2, 34–42쪽)"},
		// the share part reads no other figure without 19%; the how-much
		// part, read again without it, states the sum
		{"a figure two parts read is the part's that reads no other", "How much did China's state put into AI in 2023, and what share of all investment did it hold?", "China state put AI 2023: $2.1 billion · China share investment hold: 19% (3.2, pp. 34–42)"},
		{"one figure read as the answer to two parts answers neither for sure", "When did SK hynix first mass-produce HBM3E, and when did it announce that?", ""},
		{"a part that asks how long reads no sum as its answer: the span answers it, the sum the budget part", "How long did the Taiwan moonshot project run and what was its budget?", "long Taiwan moonshot project run: 4 years · Taiwan budget: about ₩152.6 billion (3.1, pp. 25–33)"},
		// the profile of the company named holds the country named before
		// it: the country says where the company is, not a second subject
		// each line must name
		{"a country named before its company says where the company is", "대만 TSMC 2025년 패키징 생산 능력 목표는 몇 장이야?", "대만 TSMC 2025 패키징 생산 능력 목표 장: 최대 5.5만 장 (2.2.1.다, 10–16쪽)"},
		// each indirect ask a comma parts is a part: the sum answers the
		// first, not the date beside it
		{"two indirect asks a comma parts", "미국 CHIPS법 투자 지원은 얼마인지, 언제부터인지 알려줘", "미국 CHIPS법 투자 지원: 520억 달러 (3.1, 25–33쪽)"},
		{"a second part opened by a preposition before its question word", "What does the US CHIPS Act invest, and for how long are recipients kept from building in countries of concern?", "US CHIPS Act invest: $52 billion (3.1, pp. 25–33)"},
		// a comparison of one country and a word of what it did is one
		// question: each of its parts is stated as a plain question's
		{"the parts of a comparison that is one question", "For a comparison of state funding, how much did the Chinese government put into AI in 2023, and what share of all AI investment was that?", "comparison state funding Chinese government put AI 2023: $2.1 billion · Chinese share AI investment: 19% (3.2, pp. 34–42)"},
		// the company's profile ties each of its lines to the company:
		// the other words of the question, on a line, say which one
		{"a line of the company's profile tied by the question's other words", "SK하이닉스가 내놓은 메모리 안 연산 기술은 기존 메모리보다 에너지를 몇 % 줄여?", "SK하이닉스 메모리 연산 기술 기존 에너지: 80% (2.2.1.마, 10–16쪽)"},
		{"a year in two digits past the pivot is of the last century", "When was CEA-Leti founded?", "CEA-Leti founded: 1967 (3.1, pp. 25–33)"},
		{"a word typed one vowel off is read with the parts of the word it is corrected to", "미국 반도채법 투자 지원 규모는?", "미국 반도채법 투자 지원 규모: 520억 달러 (3.1, 25–33쪽)"},
		{"a name on another shown line that holds the name typed", "구글이 만든 TPU 최신 버전 이름은?", "구글 TPU 최신 버전: TPU v5e (2.2.2.가, 17–21쪽)"},
		// the word a name is asked by is the kind of thing the names are,
		// which they state: no line need print it
		{"the kind of thing asked is stated by the names", "아마존 엣지 컴퓨팅 제품 뭐야?", "아마존 엣지 컴퓨팅 제품: AWS IoT Greengrass 2.0, Snow Family (2.2.3.가, 22–24쪽)"},
		// a compound typed as one word stands on the line by its parts,
		// printed apart and in another order
		{"a compound typed as one word pulls its date by its parts", "우리나라 AI위원회출범 언제야?", "우리나라 AI 위원회출범: 2024년 9월 (4.2, 45–47쪽)"},
		{"a short year with a tilde is the date a span opens", "DARPA SyNAPSE 프로젝트 언제부터 했어?", "DARPA SyNAPSE 프로젝트: 2008년부터 (3.1, 25–33쪽)"},
		{"a short year with a tilde, in English", "Since when has DARPA run SyNAPSE?", "DARPA SyNAPSE: since 2008 (3.1, pp. 25–33)"},
		// a closed span of years is one value, stated whole, whichever
		// end the question asks: its start alone would say it runs on
		{"a closed span asked from when is stated whole", "일본 반도체 보조금 언제부터?", "일본 반도체 보조금: 2021~2023년 (3.1, 25–33쪽)"},
		{"a closed span asked until when is stated whole", "일본 반도체 보조금 언제까지?", "일본 반도체 보조금: 2021~2023년 (3.1, 25–33쪽)"},
		{"a closed span in English", "Since when has Japan subsidized semiconductors?", "Japan semiconductors: 2021–2023 (3.1, pp. 25–33)"},
		{"a size word glued to what it is of names a quantity", "LLaMA 3 모델크기는?", "LLaMA 3 모델 크기: 8B, 70B, 400B (2.2.2.나, 17–21쪽)"},
		{"a formal request's 시기 asks no date", "ISBN을 알려주시기 바랍니다.", "ISBN: 978-89-6112-977-0 93300 (표지·목차)"},
		{"언재 asks when as 언제 does", "SK하이닉스 HBM3E 양산 언재 시작했어?", "SK하이닉스 HBM3E 양산 시작: 2024년 3월 (2.2.1.마, 10–16쪽)"},
		{"리포트 names the report, as 보고서 does, and hedges nothing", "중국 반도체 자립화율 리포트엔 몇 %로 나와?", "중국 반도체 자립화율: 15% (3.1, 25–33쪽)"},
		{"of two parts that each ask a figure, one is not headed as the whole", "When was Blackwell announced and how much does it improve performance?", "Blackwell announced: March 2024 (2.2.1.가, pp. 10–16)"},
		{"a later part that names nothing asks of what the first named", "미국 연방기관 AI 규제 23년 몇 건 나왔어? 전년보다 몇 % 늘었어?", "미국 연방기관 AI 규제 23년: 25건 · 미국: 56.3% (4.2, 45–47쪽)"},
		{"each year's figure of a question that names two", "How large was the global AI semiconductor market in 2020 and in 2024?", "large global AI semiconductor market 2020 2024: 2020 about $15.3 billion, 2024 about $42.8 billion (2.1, pp. 5–9)"},
		{"each year's figure, in Korean", "글로벌 AI 반도체 시장 규모 2020년과 2024년에 얼마야?", "글로벌 AI 반도체 시장 규모 2020 2024: 2020 약 153억 달러, 2024 약 428억 달러 (2.1, 5–9쪽)"},
		{"each side of a comparison", "미국과 일본의 반도체 보조금 규모 비교", "미국 520억 달러 (3.1, 25–33쪽) · 일본 약 4조엔 (3.1, 25–33쪽)"},
		// one figure relative to another side, on a line that names both,
		// answers whichever side the passage is filed under
		{"one figure relative to a side, from a line that names each side", "중국 AI 기술 수준은 미국 대비 얼마야? 보고서 숫자로", "중국 AI 기술 수준 미국: 93.3 (1.1, 1–2쪽)"},
		{"relative to the total, not to a side: each side's figure", "중국과 일본 정부 AI 투자의 전체 대비 비중 비교해줘", "일본 10.6% (3.2, 34–42쪽) · 중국 19% (3.2, 34–42쪽)"},
		// a date the asker remembers wrongly is what the hedge names: the
		// line gives the report's date, marked as the closest
		{"a remembered date the hedge names owns no figure: the report's date", "국가AI위원회 11월 출범이었던 것 같은데 보고서에는 언제로 나옵니까", "가장 가까운 내용 — 국가AI위원회 출범: 2024년 9월 (4.2, 45–47쪽)"},
		{"a remembered date stays an owner where another part asks its own thing's date", "1.4나노 양산은 2026년으로 알고 있는데 맞아? 2나노 도입 시점도 알려줘", "2나노 도입: 2025년 (2.2.1.라, 10–16쪽)"},
		{"each side named as the question names it", "How do the US and Japan compare on chip subsidies, how much each?", "US $52 billion (3.1, pp. 25–33) · Japan about ¥4 trillion (3.1, pp. 25–33)"},
		{"a date in brackets after a name is an aside, not the answer", "2나노 양산 목표시점 삼성이랑 TSMC 비교", "삼성 2025년 (2.2.1.라, 10–16쪽) · TSMC 2025년 (2.2.1.다, 10–16쪽)"},
		{"a source question names the source", "HBM3E 양산 기사 출처 알려줘", "HBM3E 양산 출처: SK하이닉스 보도자료(2024.3.19) (2.2.1.마, 10–16쪽)"},
		{"a figure's source", "그림 2-1 AI 기술 분류 출처가 뭐야?", "그림 2-1 AI 기술 분류 출처: McKinsey and Company(2023) (2.1, 6쪽)"},
		{"a reference's authors shortened to the first", "뉴로모픽 비교 그림 자료 출처?", "뉴로모픽 비교 그림 출처: Schuman et al.(2022) (2.2.1.나, 13쪽)"},
		{"a reference entry shown first is its own source: the whole entry", "ETRI 파운드리 Big3 패키징 논문 어디 실렸어?", "ETRI 파운드리 Big3 패키징 출처: 전형수, 최새솔, 민대홍. (2024). 글로벌 파운드리 Big3 의 첨단 패키징 기술개발 동향. [ETRI] 전자통신동향분석, 39(3), 98-106 (참고문헌, 51쪽)"},
		{"a source asked for by the kind of place it appeared in is the shown passage's source", "HBM3E 양산 기사는 어느 매체에 실렸어?", "HBM3E 양산 매체 출처: SK하이닉스 보도자료(2024.3.19) (2.2.1.마, 10–16쪽)"},
		{"a hedge that names a word of what the source is about gives no source line", "park jisoo 2023 is cited in the report: who published it?", ""},
		{"a footnote that explains names no source", "중국 만인계획 각주 출처는?", ""},
		{"a caption's source, where the reference entry gives no year in brackets", "그림 4-1의 출처는?", "그림 4-1 출처: Stanford AI Index(2024) (4.2, 45쪽)"},
		{"asking where a chart comes from asks for its source", "Where does the neuromorphic comparison chart come from?", "Source for neuromorphic comparison chart: Schuman et al. (2022) (2.2.1.나, pp. 13)"},
		{"a question for a date whose verb is one a source question uses gets the date", "When did Japan's AI Strategy Council publish its provisional summary of AI issues?", "Japan AI Strategy Council publish AI: May 2023 (3.2, pp. 34–42)"},
		{"a code's value on the line it labels", "What is this report's ISBN number?", "ISBN: 978-89-6112-977-0 93300 (Front matter)"},
		{"a name on the line the word asked about labels", "연구책임자가 누구였지?", "연구책임자: 윤정섭, 과학기술정책연구원 부연구위원 (표지·목차)"},
		{"prose that opens with the word asked about is no label", "HBM이 뭐야?", ""},
		{"a decimal without a unit is a measure, not a page", "How near is China's AI technology level to that of the US?", "China AI technology level US: 93.3 (1.1, pp. 1–2)"},
		{"a date asked with its source: the date first, then the same passage's source", "삼성 1.4나노 양산 언제야? 출처도 알려줘", "삼성 1.4나노 양산: 2027년 (2.2.1.라, 10–16쪽) · 출처: 삼성전자 뉴스룸(2022.10.4.)"},
		{"a figure asked by the source it is cited from: the figure first, then the source", "2024년 AI 반도체 시장 규모 수치, 협회가 인용한 거", "2024 AI 반도체 시장 규모: 약 428억 달러 (2.1, 5–9쪽) · 출처: 테크월드뉴스(2024.10.7.)"},
		{"a figure asked by the source it is cited from, in English", "The 2024 global AI chip market size the semiconductor association is cited for?", "2024 global AI chip market size semiconductor: about $42.8 billion (2.1, pp. 5–9) · source: Techworld News (2024.10.7.)"},
		{"a figure the question types asks only its source", "TSMC 패키징 능력 70~80% 확대 기사 출처는?", "TSMC 패키징 능력 70 80 확대 출처: 아시아경제(2024.8.17.) (2.2.1.다, 10–16쪽)"},
		{"a date asked with its source, in English", "When will Samsung mass-produce 1.4nm? And what's the source?", "Samsung mass-produce 1.4nm: 2027 (2.2.1.라, pp. 10–16) · source: Samsung Electronics Newsroom (2022.10.4.)"},
		{"a date with its day, in English", "When did the NSF announce its seven new national AI institutes?", "NSF announce new national AI institutes: 4 May 2023 (3.2, pp. 34–42)"},
		{"a count answers how many, from the line that names the law", "CHIPS법 신규 팹 몇 곳?", "CHIPS법 신규 팹: 11곳 (3.1, 25–33쪽)"},
		{"a name typed in capitals keeps them, without its particle", "국가AI위원회 출범은 언제였지?", "국가AI위원회 출범: 2024년 9월 (4.2, 45–47쪽)"},
		{"a figure that leaves the asked word out", "How much does the US spend on defense AI R&D?", ""},
		{"a figure of what is not the word left out", "US non-defense AI R&D budget in 2024?", "US AI R&D budget 2024: about $3 billion (3.2, pp. 34–42)"},
		{"a figure of one company is not the law's total", "TSMC가 받은 CHIPS법 지원금 규모", ""},
		{"the line the search found first ties the figure when the question's words are English", "When was IBM's Telum chip unveiled and what is it for?", "IBM Telum chip unveiled: 2021 (2.2.3.나, pp. 22–24)"},
		{"a hedged answer states what its shown passage says, marked as the closest, without the word it lacks", "LLaMA 2 파라미터 규모는 얼마?", "가장 가까운 내용 — LLaMA 2 파라미터: 7B, 13B, 70B (2.2.2.나, 17–21쪽)"},
		{"the size of a sum asked in Korean is the sum the line states", "일본 반도체 보조금의 규모는?", "일본 반도체 보조금 규모: 약 4조엔 (3.1, 25–33쪽)"},
		{"the size asked in English is the sum the line states", "What is the size of Japan's semiconductor subsidies?", "size Japan semiconductor subsidies: about ¥4 trillion (3.1, pp. 25–33)"},
		{"a closest line's subject is only what the passage holds", "LLaMA 2 파라미터 총 규모는?", "가장 가까운 내용 — LLaMA 2 파라미터: 7B, 13B, 70B (2.2.2.나, 17–21쪽)"},
		{"a hedge that names a country gives no closest line", "인도 정부 반도체 보조금 규모는?", ""},
		{"a hedge that names a company gives no closest line", "라피더스가 받은 일본 보조금 액수?", ""},
		{"a hedge that names a version gives no closest line", "What budget does Taiwan give its AI Action Plan 2.0?", ""},
		// a name, code or specific word the passage does not print beside
		// its figure qualifies what is asked: the line leaves it out
		{"a hedge that names a code the passage does not print still gets the closest line, without the code", "TSMC InFO packaging capacity target for 2025?", "Closest the report has — TSMC packaging capacity target 2025: up to 55,000 wafers (2.2.1.다, pp. 10–16)"},
		{"a hedge that names a code the passage does not print, in Korean", "TSMC InFO 패키징 생산능력 2025년 목표는?", "가장 가까운 내용 — TSMC 패키징 생산 능력 2025 목표: 최대 5.5만 장 (2.2.1.다, 10–16쪽)"},
		{"a currency code the passage does not give is left out of the closest line", "Global AI semiconductor market size in 2024, in USD and KRW?", "Closest the report has — Global AI semiconductor market size 2024 USD: about $42.8 billion (2.1, pp. 5–9)"},
		{"a hedge that names every word tying the figure gives no closest line", "데이터 중 클라우드 처리 비중 몇 퍼센트야?", ""},
		{"a hedge that names a figure typed as a range gives no closest line: the passage's figure is another", "Source of the claim that TSMC will grow packaging capacity by 70-80%?", ""},
		{"a hedged question whose parts each ask a figure: the part the passage states, not one closest line for both", "삼성 파운드리 계획상 1.4나노 양산 목표 연도랑 2나노 도입 시점은?", "삼성 파운드리 계획상 1.4나노 양산 목표 연: 2027년 · 2나노 도입: 2025년 (2.2.1.라, 10–16쪽)"},
		{"the figure of the year asked, not of the year before it on the line", "2024년 글로벌 AI 반도체 시장 규모는 얼마?", "2024 글로벌 AI 반도체 시장 규모: 약 428억 달러 (2.1, 5–9쪽)"},
		{"the figure of the year asked, in English", "What's the 2024 global AI semiconductor market size projection?", "2024 global AI semiconductor market size projection: about $42.8 billion (2.1, pp. 5–9)"},
		{"the figure of the earlier year asked", "2023년 기준 TSMC 첨단 패키징 월 생산 능력은 몇 장?", "2023 기준 TSMC 첨단 패키징 월 생산 능력 장: 월 1.5만 장 (2.2.1.다, 10–16쪽)"},
		{"a count named without a question word", "대만 AI 실행계획 1.0이 길러낸 인재 수", "대만 AI 실행계획 1.0이 인재 수: 3만 3,000명 (3.2, 34–42쪽)"},
		{"a rate named without a question word", "중국의 반도체 자립화율은?", "중국 반도체 자립화율: 15% (3.1, 25–33쪽)"},
		{"an outlook for a year, in English", "What is the 2025 forecast for global data volume?", "2025 forecast global data: 175 ZB (2.1, pp. 5–9)"},
		{"a target for a year, in English", "TSMC packaging capacity outlook for 2025", "TSMC packaging capacity outlook 2025: up to 55,000 wafers (2.2.1.다, pp. 10–16)"},
		{"what number of things is a count, which a sum does not answer", "What number of AI talents did Taiwan's AI Action Plan 1.0 train?", "AI talents Taiwan AI Action Plan 1.0 train: 33,000 people (3.2, pp. 34–42)"},
		{"no quantity named, no figure stated", "HBM-PIM은 어떤 기술이야?", ""},
		// a span of years is printed "4년간" as well as "3개년": a sum on the
		// line is no answer, the span is
		{"how long asks a span of time: a sum on the line is no answer", "How long did the Taiwanese moonshot chip project last?", "long Taiwanese moonshot chip project last: 4 years (3.1, pp. 25–33)"},
		{"how long asks a span of time, in Korean", "대만 문샷 프로젝트 얼마나 오래 했어?", "대만 프로젝트: 4년간 (3.1, 25–33쪽)"},
		{"how long, asked of what a grant binds, is a span, not the grant's sum", "How many years does the CHIPS Act's guardrail keep aid recipients out of countries of concern?", "years CHIPS Act guardrail countries concern: 10 years (3.1, pp. 25–33)"},
		// the sum's line names CHIPS, the term's line only the guardrail,
		// a word the report uses in that one passage: it ties the term
		{"a word of one passage on the line ties its figure as a name does", "CHIPS guardrail: how many years of no investing in facilities of countries of concern?", "CHIPS guardrail years investing facilities countries concern: 10 years (3.1, pp. 25–33)"},
		{"몇 년 asks a year or a span of years", "CHIPS법 가드레일이 우려국 시설 투자를 막는 기간은 몇 년이야?", "CHIPS법 가드레일 우려국 시설 투자 기간: 10년간 (3.1, 25–33쪽)"},
		{"a count named as a count, with no question word", "PaLM-E parameter count", "PaLM-E parameter: 540 billion (2.2.2.가, pp. 17–21)"},
		{"a count of people named as a count", "Taiwan AI Action Plan 1.0 talent count", "Taiwan AI Action Plan 1.0 talent: 33,000 people (3.2, pp. 34–42)"},
		{"a size named as 크기 is a figure", "PaLM-E 모델 크기는?", "PaLM-E 모델 크기: 5,400억 개 (2.2.2.가, 17–21쪽)"},
		{"a size named as 사이즈 is a figure", "라마 3 사이즈 알려줘", "라마 3: 8B, 70B, 400B (2.2.2.나, 17–21쪽)"},
		{"a result with no label is evidence for the side it is filed under", "일본과 중국 정부의 23년 AI 투자 규모 비교", "일본 3.6억 달러 (3.2, 34–42쪽) · 중국 21억 달러 (3.2, 34–42쪽)"},
		{"a result with no label is evidence for its side, in English", "Compare Japan's and China's 2023 government AI investment", "Japan $360 million (3.2, pp. 34–42) · China $2.1 billion (3.2, pp. 34–42)"},
		{"one side relative to the other is one figure on a line naming both", "미국 대비 중국 AI 기술 수준은 몇?", "미국 중국 AI 기술 수준: 93.3 (1.1, 1–2쪽)"},
		{"비교 asks one side against the other as 대비 does", "중국 AI 기술 수준은 미국과 비교하면 어느 정도야?", "중국 AI 기술 수준 미국: 93.3 (1.1, 1–2쪽)"},
		{"one side relative to the other, in English", "China vs US AI technology level, what score compared with the US?", "China US AI technology level: 93.3 (1.1, pp. 1–2)"},
		{"a unit the question names may follow the figure as a word", "중국 AI 기술 수준 미국 대비 몇 수준이라고 나와?", "중국 AI 기술 수준 미국: 93.3 (1.1, 1–2쪽)"},
		{"a name asked for: the names the nearest line gives", "인텔의 뉴로모픽 칩 이름은?", "인텔 뉴로모픽 칩: Hala Point, Loihi 2 (2.2.1.나, 10–16쪽)"},
		{"the name asked with 은 뭐: the names, not what a word means", "인텔 뉴로모픽 칩의 이름은 뭐야?", "인텔 뉴로모픽 칩: Hala Point, Loihi 2 (2.2.1.나, 10–16쪽)"},
		{"a version asked for extends the name typed", "Which version of Google's TPU does the report name?", "version Google TPU: TPU v5e (2.2.2.가, pp. 17–21)"},
		{"products asked for, in English", "What products does AWS offer for edge computing?", "products AWS offer edge computing: AWS IoT Greengrass 2.0, Snow Family (2.2.3.가, pp. 22–24)"},
		{"a name on a line that does not say it is of the kind asked is no answer", "Which models did Intel present for neuromorphic computing?", ""},
		{"the excerpt leads with the line that names a thing of the kind asked", "Which chips did Intel present for neuromorphic computing?", "chips Intel present neuromorphic computing: Hala Point, Loihi 2 (2.2.1.나, pp. 10–16)"},
		{"what a thing is for asks no name", "IBM 스파이어 칩 어디에 쓰는 칩이야?", ""},
		{"a question of two sentences: the part the top passage states", "IBM 텔럼 칩 몇 년에 발표했어? 삼성도 참여함?", "IBM 텔럼 칩 발표: 2021 (2.2.3.나, 22–24쪽)"},
		{"two asks joined by and: the part whose words the hedge does not name", "Since when has TSMC used CoWoS, and which GPUs use it?", "TSMC used CoWoS: 2012 (2.2.1.다, pp. 10–16)"},
		{"a part that tells what the question is about, and lacks a constraint, leaves no part stated", "How much subsidy has Japan given Rapidus? the report mentions rapidus in the 2nd stage", ""},
		{"a code typed with a hyphen is the code the line prints with a space", "GDDR6-AiM 에너지 절감 수치는?", "GDDR6-AiM 에너지 절감: 80% (2.2.1.마, 10–16쪽)"},
		{"a code joined otherwise, in English", "GDDR6-AiM energy saving versus ordinary memory, what figure?", "GDDR6-AiM energy saving memory figure: 80% (2.2.1.마, pp. 10–16)"},
		{"the first line of an excerpt that joins two lines with an ellipsis ties the figure", "China's semiconductor self-sufficiency: what percentage?", "China semiconductor self-sufficiency percentage: 15% (3.1, pp. 25–33)"},
		{"a line labelled by the word asked about answers whatever the question word, where its value is what is expected", "보고서 ISBN 번호 메모해야 하는데 몇 번?", "ISBN: 978-89-6112-977-0 93300 (표지·목차)"},
		{"a rate of something the report never names is what is missing: no closest line", "반도체 장비 국산화율 몇 %야?", ""},
		{"an event named with no question word asks when it happened", "GH200 생산 발표", "GH200 생산 발표: 2023년 5월 (2.2.1.가, 10–16쪽)"},
		{"an event named with no question word, in English", "Telum processor launch", "Telum processor launch: 2021 (2.2.3.나, pp. 22–24)"},
		{"a word that merely begins like an event's is no event: no date is asked", "Samsung foundry roadmap", ""},
		{"an event word that qualifies another noun names no event asked", "독일 AI 실행계획 발표 배경", ""},
		{"a list with an aside in brackets after each item is one list", "LLaMA 2 파라미터 규모는?", "가장 가까운 내용 — LLaMA 2 파라미터: 7B, 13B, 70B (2.2.2.나, 17–21쪽)"},
		// (Typed without "expected", the question finds 2.2.1.라 first,
		// searched by 글로벌 as its heading prints it, whose only figures
		// are process nodes and years: no line, as the next case says.)
		{"a volume is an amount, not the rate it grows at", "global data volume expected in 2025", "global data expected 2025: 175 ZB (2.1, pp. 5–9)"},
		// a process node's length (1.4nm) names a process: it is no volume,
		// no sum and no count, only a figure asked in its unit
		{"a length is no volume", "global data volume in 2025", ""},
		{"a length is no sum", "라피더스 지원은 얼마나 돼?", ""},
		{"a length answers a question asked in its unit", "일본 라피더스 몇 나노 목표?", "일본 라피더스 나노 목표: 2나노 (3.1, 25–33쪽)"},
		{"the figure of the clause the question's words are in, not the one across a comma", "영국 차세대 리더 양성에 얼마 투입해?", "영국 차세대 리더 양성 투입: 800만 파운드 (3.2, 34–42쪽)"},
		{"a count of kinds (3대 목표) counts them", "EU AI 정책 목표 몇 개야?", "EU AI 정책 목표: 3대 (3.2, 34–42쪽)"},
		{"a count of kinds, in English", "How many flagship projects are in the national AI strategy direction?", "flagship projects national AI strategy direction: 4 (4.2, pp. 45–47)"},
		{"a compound typed as one word pulls the figure the line prints beside it spaced", "AI 조정계획 핵심과제 수", "AI 조정계획 핵심과제 수: 40개 (3.2, 34–42쪽)"},
		{"a scale named without a question word is a figure, in English", "Scale of the EU chip fund by 2030?", "EU chip fund 2030: €43 billion (3.1, pp. 25–33)"},
		{"a name asked for as the kind's name (모델명)", "인텔 뉴로모픽 칩 모델명은?", "인텔 뉴로모픽 칩 모델: Hala Point, Loihi 2 (2.2.1.나, 10–16쪽)"},
		{"a code labelled by one of the question's names, another naming the report", "ISBN for the STEPI publication", "ISBN: 978-89-6112-977-0 93300 (Front matter)"},
		{"a question of one word asks for the value its line labels", "which 수시연구 is this?", "수시연구: 2024-08 (Front matter)"},
		{"a share asked of each side is each side's percentage, not the sum beside it", "중국과 일본 정부 AI 투자 비중 비교", "일본 10.6% (3.2, 34–42쪽) · 중국 19% (3.2, 34–42쪽)"},
		{"the figure of the clause that names the code asked, not of the clause that names the verb", "삼성 2나노 양산 언제부터?", "삼성 2나노 양산: 2025년 (2.2.1.라, 10–16쪽)"},
		{"the figure of the clause that names the code asked, in English", "When does Samsung begin mass-producing 2nm chips?", "Samsung begin mass producing 2nm chips: 2025 (2.2.1.라, pp. 10–16)"},
		{"the other code's clause still answers for it", "삼성 1.4나노 양산 언제?", "삼성 1.4나노 양산: 2027년 (2.2.1.라, 10–16쪽)"},
		{"a later line whose figure's clause holds the word asked answers before the first, whose figure's clause leaves it out", "하이닉스 HBM3 양산 몇 년도?", "하이닉스 HBM3 양산: 2022년 (2.2.1.마, 10–16쪽)"},
		{"a word's second place on the line pulls its figure too", "클라우드에서 처리되는 데이터의 비중 전망치는?", "처리 데이터 비중 전망: 95% (2.1, 5–9쪽)"},
		{"who wrote the report, from its front matter", "Who wrote this report?", "Authors: Jungsub Yoon (project leader), Yoonhwan Oh, Jieun Jeon, Kiyoon Shin, Onesun Cho, Sookyung Jeon (Front matter)"},
		{"who wrote the report, in Korean", "이 보고서는 누가 쓴 거야?", "저자: 윤정섭(연구책임자), 오윤환, 전지은, 신기윤, 조원선, 전수경 (표지·목차)"},
		{"when the report came out, from its front matter", "when did this report come out", "Published: 31 December 2024 (Front matter)"},
		{"when the report came out, in Korean", "이 보고서 언제 나왔어?", "발행: 2024년 12월 31일 (표지·목차)"},
		{"a name the passage prints with quotes inside it, on the item over the figure's line, is what the figure is of", "대만형 CHIPS법 연구개발 EUV 설비 세액공제 몇 %?", "대만형 CHIPS법 연구개발 EUV 설비 세액공제: 25%, 5% (3.1, 25–33쪽)"},
		{"a hedge on a name printed with quotes inside it, in English", "Taiwanese CHIPS law: tax credit % for R&D and EUV gear?", "Closest the report has — Taiwanese CHIPS law tax credit R&D EUV: 25%, 5% (3.1, pp. 25–33)"},
		{"years typed as bare digits that the passage prints in two digits are stated", "일본 21~23년 반도체 보조금 예산 얼마?", "일본 21 23년 반도체 보조금 예산: 약 4조엔 (3.1, 25–33쪽)"},
		{"fiscal years the passage prints in two digits are stated, in English", "Japan chip subsidy total FY21-23?", "Japan chip subsidy: about ¥4 trillion (3.1, pp. 25–33)"},
		{"a year the excerpt prints on another line than the figure's is no restatement", "How many AI regulations did US agencies issue in 2022?", ""},
		{"the line above in the excerpt says what the figure's line is of, and a percentage is the rate asked", "Taiwan amended Statute for Industrial Innovation: what tax credit rates for R&D and EUV equipment?", "Taiwan amended Statute Industrial Innovation tax credit rates R&D EUV equipment: 25%, 5% (3.1, pp. 25–33)"},
		{"the item a sub-bullet sits under names whose figure it is, though the excerpt leaves the item out", "대만 CHIPS법 EUV 설비 투자 세액공제 몇 퍼센트?", "대만 CHIPS법 EUV 설비 투자 세액공제: 25%, 5% (3.1, 25–33쪽)"},
		{"the line above ties the figure, in Korean", "대만 산업혁신 조례 수정안 연구개발 EUV 세액공제율은?", "대만 산업혁신 조례 수정안 연구개발 EUV 세액공제: 25%, 5% (3.1, 25–33쪽)"},
		{"a comparison word beside one country's one figure: the question is answered as one", "For a comparison: how much did France invest in phase 1 of its AI strategy?", "comparison France invest phase 1 AI strategy: €1.85 billion (3.2, pp. 34–42)"},
		{"two codes set side by side are a comparison still: no one figure answers", "HBM3 vs HBM3E bandwidth at SK hynix", ""},
		{"a share asked is a percentage, not the sum beside it", "In 2023, what share of all AI investment did China's state account for?", "2023 share AI investment China state: 19% (3.2, pp. 34–42)"},
		{"a share asked is a percentage, in Korean", "중국 정부 23년 AI 투자 비중은 얼마?", "중국 정부 23년 AI 투자 비중: 19% (3.2, 34–42쪽)"},
		{"a unit that runs on into a word (1단계) is no unit", "How much was France's first AI strategy phase funded with?", "France first AI strategy phase funded: €1.85 billion (3.2, pp. 34–42)"},
		{"a currency named with its country is a sum, before the converted one in brackets", "Taiwan AI Action Plan 1.0: how much was invested?", "Taiwan AI Action Plan 1.0 invested: NT$40 billion (3.2, pp. 34–42)"},
		{"how many counts things: the count of regions, with consortia read as the glossary's consortium", "In how many regions has Japan set up semiconductor talent consortia?", "regions Japan semiconductor talent consortia: 6 (3.1, pp. 25–33)"},
		{"what the question leaves out, the passage may leave out too", "US AI R&D budget excluding defense in 2024?", "US AI R&D budget 2024: about $3 billion (3.2, pp. 34–42)"},
		{"a word that names the kind of figure (score) is stated by the figure itself", "What score does the report give China's AI technology level, with the US at 100?", "score China AI technology level US 100: 93.3 (1.1, pp. 1–2)"},
		{"the kind of figure named in Korean", "중국 AI 기술 수준 점수는? 미국 100 기준", "중국 AI 기술 수준 미국 100 기준: 93.3 (1.1, 1–2쪽)"},
		{"a word asked again inside a compound of the question is stated on the line that states the compound", "연방기관별 AI R&D 예산 요구액에서 제일 큰 기관은 얼마?", "연방기관별 AI R&D 예산 기관: 9.2억 달러 (3.2, 34–42쪽)"},
		{"a number with 여 counts the thing after it, which the question asks how many of", "How many firms are based in Germany's Silicon Saxony?", "firms based Germany Silicon Saxony: over 2,500 (3.1, pp. 25–33)"},
		{"a number with 여 counts the thing after it, in Korean", "드레스덴 실리콘 색소니엔 기업이 몇 개나 있어?", "드레스덴 실리콘 색소니 기업: 2,500여 (3.1, 25–33쪽)"},
		{"a count of a thing the question names but does not ask about is no closest figure", "EU AI Act maximum fine per company?", ""},
		{"what the question leaves out, in Korean, the passage may leave out too, and is no subject of the line", "국방 제외 미국 AI R&D 예산 2024년 얼마?", "미국 AI R&D 예산 2024: 약 30억 달러 (3.2, 34–42쪽)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Ask(context.Background(), question.Plain(tt.q), 3)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Direct; got != tt.want {
				t.Errorf("Ask(%q).Direct = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
