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

func newFrameWords() frameWords {
	set := func(ws ...string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	return frameWords{
		ko: set(
			// question words
			"뭐", "뭐야", "뭐임", "머", "머임", "뭔데", "뭐지", "뭐였지", "뭐였죠", "뭐였어", "뭐냐", "무엇", "무엇인가", "뭔지", "뭔가", "뭐뭐", "무슨", "뭘", "뭐라고",
			"언제", "언제임", "언제야", "언제부터", "어디", "어디서", "어디야", "누구", "누구야", "누가", "얼마", "얼마나", "얼마야", "몇",
			"어떻게", "어떤", "어느", "어때", "어떻", "왜",
			// asking, telling, showing
			"알려줘", "알려", "알려주세요", "알고", "알수", "알", "싶어", "싶은데", "궁금", "궁금해", "궁금한데",
			"정리", "정리해줘", "설명", "말해", "말해줘", "얘기", "이야기", "보여줘", "찾아줘", "확인", "부탁", "주세요", "줘", "해줘", "해",
			// being there, saying so
			"있어", "있", "있나", "있는지", "있다", "있다고", "있을까요", "있음", "나와", "나와있", "나오", "나오는", "나왔어",
			"써있어", "써있나", "했어", "했는지", "했다고", "했지", "했나", "라고", "돼", "봤어", "본", "됨",
			// meaning, content, reference to the asker's document
			"뜻", "의미", "내용", "부분", "관련", "대해", "대해서", "대한", "쪽", "거", "게", "건", "것", "좀", "혹시", "그", "이", "저",
			"각각", "가지", "경우", "정도", "위해", "통해", "대비", "보고서", "리포트", "근데", "그냥", "대충", "간단히", "요약", "얘기해줘",
			// the kind of answer wanted, not what it is about: a name, a
			// title, a date, a number, an example, a reason, a way
			"이름", "명칭", "제목", "날짜", "일자", "번호", "종류", "예시", "목록", "리스트", "이유", "방법", "시기", "시점",
			"수치", "숫자", "항목", "명단",
		),
		en: set(
			"say", "tell", "describ", "explain", "mention", "accord", "call", "list", "give", "pleas", "know", "want", "talk",
			"thing", "way", "much", "mani", "also", "show", "doe", "anyth", "someth", "exact", "actual", "realli", "name",
			"main", "kind", "type", "summari", "report", "like", "get", "happen", "come", "discuss", "cover", "see", "find",
			"mean", "given", "document", "wonder", "curious", "quick", "briefli", "write", "written",
			"stand", "think", "need", "look", "hey", "hi", "thank", "thanks",
			// the kind of answer wanted
			"titl", "number", "exampl", "reason",
			"compar", "defin", "provid", "quot", "summar", "specifi", "identifi", "point", "outlin",
			// function words Snowball's stop list leaves in
			"sinc", "whose", "might", "could", "would", "should", "whether", "without", "across", "beyond",
			"within", "toward", "upon", "via", "per", "among", "still", "yet", "even", "ever", "alreadi",
			"today", "current", "recent", "realli", "pleas", "anyon", "someon", "everyth", "els",
		),
		source: set(
			"출처", "각주", "인용", "참고문헌", "기사", "자료", "논문", "저자", "출쳐",
			"sourc", "footnot", "cite", "citat", "refer", "articl", "paper",
		),
		part: set(
			"영문요약", "국문요약", "요약문", "본문", "부록", "영문", "국문",
			"english", "chapter", "section", "appendix", "annex", "page", "tabl", "figur",
		),
	}
}
