package dialog

import (
	"github.com/stepi-tools/reportbot/index/answer"
	"regexp"
	"strings"
	"unicode"
)

// frame is the dialog's own frame words: words that say how a message
// relates to the conversation, not what it asks. The answer engine's
// analysis drops the words that frame a single question ("뭐", "언제");
// these are the ones that only make sense between questions.
type frame struct {
	// pronoun words stand for the previous question's thing ("그건", "it"):
	// the whole previous topic and ask carry over.
	pronoun map[string]bool
	// possessive words point at the previous topic ("그 회사", "its",
	// "거기"): the previous topic's names carry over.
	possessive map[string]bool
	// continuer words open a follow-up ("그럼", "또", "ok").
	continuer map[string]bool
	// more words ask for further results ("더", "more"), or for things
	// past those given ("beyond those", "besides those").
	more map[string]bool
	// whence words with "from" ask where something comes from ("where is
	// that from?"); the index knows the plain source words ("출처", "source").
	whence map[string]bool
	// whenceFrom words ask where from in one word ("어디서"): the particle
	// is the "from".
	whenceFrom map[string]bool
	// reset words start a conversation over ("새 질문", "new").
	reset map[string]bool
	// what words ask what something is ("뭐", "what"): a pronoun after
	// such a question stands for its answer, a thing found with the whole
	// question, rather than for its subject.
	what map[string]bool
	// compare words ask to set the last two topics side by side ("둘 중",
	// "vs"): a comparison carries every side.
	compare map[string]bool
	// choose words ask which of some things ("which", "어느"): a message
	// with one picks among what was shown, and its "more" compares ("which
	// of the two spends more?") rather than asking for other things.
	choose map[string]bool
	// report words name the report itself ("이 연구", "this report"): a
	// determiner before one points at no earlier answer (Engine.reportTerms
	// holds them as the index reads them).
	report []string
	// wants words say what kind of answer is asked for ("몇", "when";
	// "how much" is read as a pair, and the Korean question words that
	// begin a word, "언제부터", "얼마야", by how they begin): the engine
	// wants a date or a figure in the evidence for them, so a rewrite
	// keeps them.
	wants map[string]bool
	// caption words name a figure or a table ("그림", "표", "figure"): the
	// source of one beside the lines shown is printed under its caption.
	caption map[string]bool
	// counts reads the counts a line binds to a word, as the answer
	// engine reads them (answer.Counts).
	counts answer.Counts
	// afterAuxiliary finds an English word in a verb's place: after an
	// auxiliary and the subject it asks of ("did it pass", "does the law
	// apply").
	afterAuxiliary *regexp.Regexp
	// quotedName is a name set in quotes or title brackets (‘Tigris’,
	// 「X」), fullYear a year as the report prints it in full (2023년):
	// the kinds of fact a line states (factKinds).
	quotedName, fullYear *regexp.Regexp
}

// Tables are what a dialog engine reads messages by that is not its
// report's: the frame's words and patterns, the same for every report and
// only read once built (NewTables), so that the engines of a shelf's
// reports share one (its sets are some 500 objects), as their answer
// engines share answer.Tables.
type Tables struct{ frame frame }

// NewTables builds the tables.
func NewTables() *Tables { return &Tables{frame: newFrame()} }

func newFrame() frame {
	set := wordSet
	return frame{
		counts:         answer.NewCounts(),
		afterAuxiliary: regexp.MustCompile(`(?i)\b(?:did|does)\s+(?:it|they)\s+(\w+)`),
		quotedName:     regexp.MustCompile(`[‘'“「][^‘’'“”」\n]{2,40}[’'”」]`),
		fullYear:       regexp.MustCompile(`\b[12][09][0-9]{2}\b`),
		caption:        set("그림", "표", "figure"),
		pronoun:        set("그거", "그건", "그게", "그걸", "해당", "it", "that", "this", "these", "those", "them"),
		possessive: set("그", "이", "저", "거기", "걔네",
			"its", "their", "they", "there"),
		continuer: set("그럼", "그러면", "그리고", "근데", "그래서", "또", "ok",
			// "X's version", "그 회사 버전은?": the same ask of another thing
			"버전", "version", "equivalent", "counterpart"),
		compare: set("둘", "둘중", "비교", "차이", "vs", "versus", "compare", "difference", "bigger", "더"),
		choose:  set("which", "어느"),
		report:  []string{"보고서", "리포트", "연구", "report", "study", "paper"},
		more: set("더", "보여", "다른", "다음", "나머지", "밖에", "말고", "외에", "이어서",
			"more", "else", "other", "anything", "rest", "additional", "besides", "beyond"),
		whence:     set("where"),
		whenceFrom: map[string]bool{"어디서": true, "어디에서": true},
		reset:      set("새질문", "새대화", "새로", "처음부터", "new", "newquestion", "reset", "startover"),
		wants:      set("몇", "when", "who", "where"),
		what:       set("뭐", "뭘", "무슨", "what", "which"),
	}
}

// wordSet is a set of frame words, each also with one of the particles a
// frame word may carry as typed ("거기는", "밖에는"), so that a list names
// a word once, without them, and a lookup finds it with one. A frame word
// the analyser reads as a concept is also looked up by its stem, its
// particle off (frameConcept): no reply of the bank needed the other
// particles here.
func wordSet(ws ...string) map[string]bool {
	endings := []string{"은", "는", "이", "가", "에", "서", "로"}
	m := make(map[string]bool, len(ws)*(len(endings)+1))
	for _, w := range ws {
		m[w] = true
		for _, e := range endings {
			m[w+e] = true
		}
	}
	return m
}

// words splits a message into lower-case words, keeping Hangul, Latin
// letters and digits, and the per-cent sign: a unit typed as a sign ("몇 %")
// is the counter its question word takes, as "몇 퍼" is, not a gap that
// makes the next word the counter.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%'
	})
}

// in tells whether w, or w without one trailing particle, is in set, a
// wordSet.
func in(set map[string]bool, w string) bool { return set[w] }

// compares tells whether a message's words ask for a comparison. A word
// that is both a compare and a more word ("더") compares ("어디가 더
// 커?") unless a word that only asks for more stands beside it ("다른 …
// 더 있어?"): then it asks for more of the same.
func (f frame) compares(pieces []string) bool {
	both, onlyMore := false, false
	for _, w := range pieces {
		c, m := in(f.compare, w), in(f.more, w)
		if c && !m {
			return true
		}
		both = both || c && m
		onlyMore = onlyMore || m && !c
	}
	return both && !onlyMore
}

// IsReset tells whether a message asks to start the conversation over:
// nothing in it but reset words ("새 질문", "new question", "new").
func (e *Engine) IsReset(msg string) bool {
	ws := words(msg)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	return in(e.frame.reset, strings.Join(ws, ""))
}
