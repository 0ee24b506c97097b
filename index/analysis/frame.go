package analysis

// frameWords are the words of a question's frame: they say how something is
// asked (what, when, tell me, is there, the meaning of), not what is asked.
// A frame word never counts for or against an answer. The lists are data;
// they name no particular question.
type frameWords struct {
	ko, en map[string]bool
	// source marks words that ask for a source ("출처", "source"), which also
	// frame the question: they say nothing about which source.
	source map[string]bool
	// part marks words that name a part of the report or the language of
	// its text ("영문요약", "appendix", "English"): they say where to look,
	// and may be all a question names, so they are searched for, but a
	// passage that answers need not hold them.
	part map[string]bool
}

func newFrameWords(asks *QuestionWords) frameWords {
	set := func(ws ...string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	ko := set(
		// question words as typed with what follows them (the bare ones
		// come from the table of question words)
		"뭐야", "머", "뭔데", "뭐였지", "뭔지", "뭔가", "뭐뭐", "뭘", "뭐라고",
		"어디서", "얼마나", "얼마야", "어떻게",
		// asking, telling, showing
		"알려줘", "알려", "알수", "알", "싶어", "싶은데", "궁금",
		"정리", "설명", "말해", "얘기", "확인", "부탁", "주세요", "줘", "해줘", "해",
		// being there, saying so
		"있어", "있", "있나", "있는지", "있다", "있다고", "있을까요", "있음", "나와", "나와있", "나오", "나오는", "나왔어",
		"했어", "했는지", "했다고", "했지", "라고", "돼", "봤어", "본", "됨",
		// meaning, content, reference to the asker's document
		"뜻", "의미", "내용", "부분", "관련", "대해", "대해서", "쪽", "거", "게", "건", "것", "좀", "혹시", "그", "이", "저",
		"각각", "가지", "경우", "정도", "위해", "대비", "보고서", "리포트", "근데", "간단히", "요약",
		// the kind of answer wanted, not what it is about: a name, a
		// title, a date, a number, an example, a reason, a way
		"이름", "명칭", "제목", "날짜", "번호", "예시", "목록", "방법", "시기", "시점",
		"수치", "숫자",
	)
	// A question word says how something is asked (but see framing).
	for _, w := range asks.Forms(framing) {
		ko[w] = true
	}
	return frameWords{
		ko: ko,
		en: set(
			"say", "tell", "describ", "explain", "mention", "accord", "call", "list", "give", "pleas", "know", "want",
			"thing", "way", "much", "also", "show", "doe", "anyth", "someth", "exact", "actual", "name",
			"kind", "type", "summari", "report", "like", "get", "come", "cover", "see",
			"mean", "given", "quick",
			"stand", "think", "need", "look", "hey", "hi",
			// the kind of answer wanted
			"titl", "number", "exampl",
			"compar", "defin", "quot", "summar", "specifi", "point",
			// function words Snowball's stop list leaves in
			"sinc", "whose", "could", "would", "should", "whether", "across",
			"per", "even",
			"today", "current", "anyon", "someon", "els",
		),
		source: set(
			"출처", "각주", "인용", "참고문헌", "기사", "자료", "논문", "저자",
			"sourc", "footnot", "cite", "citat", "refer", "paper",
		),
		part: set(
			"영문요약", "국문요약", "본문", "부록", "영문", "국문",
			"english", "chapter", "section", "appendix", "tabl", "figur",
		),
	}
}
