package dialog

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

func TestExcerptPieces(t *testing.T) {
	tests := []struct {
		name, excerpt string
		want          []string
	}{
		{"one line", "가 나 다", []string{"가 나 다"}},
		{"lines", "가 나\n다 라", []string{"가 나", "다 라"}},
		{"ellipsis joins two parts", "가 나 … 다 라", []string{"가 나", "다 라"}},
		{"cut short at both ends", "…가 나 다…", []string{"가 나 다"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := excerptPieces(tt.excerpt); !slices.Equal(got, tt.want) {
				t.Errorf("excerptPieces(%q) = %q, want %q", tt.excerpt, got, tt.want)
			}
		})
	}
}

func TestNamed(t *testing.T) {
	tests := []struct {
		name string
		c    question.Concept
		want bool
	}{
		{"a code", question.Concept{Surface: "HBM4", Must: true, Listed: true}, true},
		{"a country", question.Concept{Surface: "독일", Entity: true, Listed: true}, true},
		{"a figure", question.Concept{Surface: "5", Number: true}, true},
		{"a word of the report's own no list holds", question.Concept{Surface: "Spyre"}, true},
		{"a word of the language at large", question.Concept{Surface: "예산", Listed: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := named(tt.c); got != tt.want {
				t.Errorf("named(%+v) = %v, want %v", tt.c, got, tt.want)
			}
		})
	}
}

// TestFollowUpHoldsWhatItNewlyAsks checks that a follow-up whose own name,
// or whose own words beside the date or figure it wants, the lines shown
// do not hold gets a hedge naming them in its words, while one whose lines
// state it stays sure.
func TestFollowUpHoldsWhatItNewlyAsks(t *testing.T) {
	e, _ := newEngine(t)
	tests := []hedgeCase{
		{"a date on another product's line", []string{"IBM AI 칩 뭐 있어?", "when will Spyre be released?"}, "Spyre"},
		{"a count the topic's lines do not give, hedged on a carried word", []string{"대만의 AI 실행계획 1.0은 투자 규모가 얼마지?", "그 돈으로 스타트업 몇 곳 키웠대?"}, "스타트업"},
		{"a figure stated beside the follow-up's own words", []string{"TSMC 패키징 전용 공장 몇 개야?", "그럼 2025년 생산 능력 목표는?"}, ""},
		// The count is in the note the shown line cites, which explains.
		{"a count a cited note states", []string{"만인계획 설명해줘", "1등급은 몇 명이야?"}, ""},
		// A verb's form the report never prints says how things stand,
		// and a bound noun with an ending is a clause's tail: neither is
		// a detail the lines lack.
		{"a follow-up of a verb alone", []string{"크로스 모달 AI가 뭐라고 설명돼 있어?", "예시로는 뭘 들었어"}, ""},
		{"a clause ending on a bound noun and an ending", []string{"초격차 정의가 뭐야?", "원래 어디서 나온 거지?"}, ""},
		{"a clause ending on a bound noun and the copula", []string{"엔비디아 GPU 설명 좀", "그게 어떻게 작동하는 거임?"}, ""},
	}
	checkHedges(t, e, tests)
}

// TestTalkIsNoThingTheLinesMustName checks which of a follow-up's English
// words are the asker's talk: one the general list ranks among its most
// common, unless it is the word asked about; not a word of middling rank,
// nor a name. The sentences are made up for the test.
func TestTalkIsNoThingTheLinesMustName(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name, q, word string
		want          bool
	}{
		{"a very common word said in passing", "a summary is fine", "fine", true},
		{"a very common word asked about", "which rate is fine?", "rate", false},
		{"a word of middling rank", "what about the ban?", "ban", false},
		{"a name", "what about Samsung?", "Samsung", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := e.x.Analyse(question.Plain(tt.q))
			i := slices.IndexFunc(q.Concepts, func(c question.Concept) bool { return c.Surface == tt.word })
			if i < 0 {
				t.Fatalf("Analyse(%q) has no concept %q", tt.q, tt.word)
			}
			if got := e.talk(q.Concepts[i]); got != tt.want {
				t.Errorf("talk(%q of %q) = %v, want %v (spec %.2f)", tt.word, tt.q, got, tt.want, q.Concepts[i].Spec)
			}
		})
	}
}

// TestTalkIsNoSlot checks that a common English word the report never uses
// is no slot of a message, while the message's topic is. The sentences are
// made up for the test.
func TestTalkIsNoSlot(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name, msg   string
		talk, topic string
	}{
		{"a common verb", "and what does IBM make?", "make", "IBM"},
		{"a common word of chat", "good, and what about Japan?", "good", "일본"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := e.read(question.Plain(tt.msg))
			has := func(w string) bool {
				return slices.ContainsFunc(m.slots, func(s Slot) bool { return strings.EqualFold(s.Text, w) })
			}
			if has(tt.talk) || !has(tt.topic) {
				t.Errorf("read(%q): slots %+v, want %q among them and no %q", tt.msg, m.slots, tt.topic, tt.talk)
			}
		})
	}
}

// TestPartOfAnEarlierWhole checks that a follow-up asking how much of an
// amount went to something ("how much of that", "그중") takes the amount
// an earlier turn asked as the whole, whatever the turns between were
// about, and is hedged naming the part where no line shown states a figure
// of it, and answered where one does. The sentences are made up for the
// test.
func TestPartOfAnEarlierWhole(t *testing.T) {
	e, _ := newEngine(t)
	tests := []hedgeCase{
		{"a part the lines give no figure of, past a turn between", []string{"일본 반도체 보조금은 얼마나 돼?", "라피더스는 뭐 하는 회사야?", "how much of that was for LSTC?"}, "LSTC"},
		{"a part the lines give no figure of, Korean", []string{"일본 반도체 보조금은 얼마나 돼?", "그중 LSTC에는 얼마 갔어?"}, "LSTC"},
		{"a part the report gives a figure of", []string{"UK science and technology framework budget?", "how much of it is for AI skills?"}, ""},
	}
	checkHedges(t, e, tests)
}

func TestCountWord(t *testing.T) {
	tests := []struct {
		name, w string
		want    bool
	}{
		{"a count with its counter", "7대", true},
		{"a count bound by 의", "3개의", true},
		{"a count of places", "12곳", true},
		{"a bare figure", "8", true},
		{"a year", "2023년", false},
		{"a share", "40%", false},
		{"a sum of money", "500억", false},
		{"a decimal", "1.5", false},
	}
	f := newFrame()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.counts.Counter(tt.w); got != tt.want {
				t.Errorf("counts.Counter(%q) = %v, want %v", tt.w, got, tt.want)
			}
		})
	}
}

// TestFollowUpHedgeNamesOnlyWhatIsMissing checks that a follow-up's hedge
// names a word of its own, as the analyser read it, that the lines shown
// do not give; that a count on a line of the very thing it asks how many
// of is its answer; and that no hedge names a word the asker did not type.
func TestFollowUpHedgeNamesOnlyWhatIsMissing(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name string
		msgs []string
		want []string // the last reply's hedge words; nil for a sure reply
	}{
		{"a count bound to the word asked answers it",
			[]string{"AI 반도체 이니셔티브 비전 뭐야?", "기술혁신 과제 몇 개로 나눴어?"}, nil},
		{"a doubt of the carried topic alone names nothing",
			[]string{"AI-반도체 이니셔티브 비전이 뭐야?", "몇 대 과제야?"}, nil},
		// Once a doubt of a carried word no longer spares the message's
		// own words (rewrite), a clipped English word the report never
		// uses is named, though the lines give the capacity under the
		// report's own word: the price of the flags that rule buys.
		{"a doubt of a carried plain word beside an own word the report never uses names that word",
			[]string{"TSMC CoWoS 기술 뭐야?", "패키징 capa 얼마나 키운대?"}, []string{"capa"}},
		{"a share asked with a per-cent sign is asked of the lines, not of 몇",
			[]string{"TSMC 패키징 공장 몇 개야?", "연구개발에 매출 몇 % 넣는대?"}, nil},
		{"the noun a demonstrative takes stands for the topic pointed at",
			[]string{"초격차가 뭐야?", "그 말 어디서 유래했어?"}, nil},
		{"a message of words the report never prints is not held by the carried front matter",
			[]string{"이 보고서 ISBN 번호 알려줘", "그럼 거기 올해 공채 하냐?"}, []string{"공채"}},
		{"an ending cut from a polite request is no word the report lacks",
			[]string{"대만 AI 실행계획 알려줘", "그 계획 예산 규모도 확인 부탁드립니다."}, nil},
		{"a word with its particle is named by its stem",
			[]string{"대만 AI 실행계획 알려줘", "참여 기업 수는?"}, []string{"수"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.msgs...)
			got := rs[len(rs)-1].Answer
			if !got.Answered || !slices.Equal(got.Missing, tt.want) {
				t.Errorf("got answered %v, missing %q; want answered, missing %q", got.Answered, got.Missing, tt.want)
			}
		})
	}
}

// hedgeCase is a conversation and the word its last reply's hedge must
// name, "" for a reply that must not hedge.
type hedgeCase struct {
	name    string
	msgs    []string
	missing string
}

// checkHedges holds each case's last reply to an answer hedged as the
// case says.
func checkHedges(t *testing.T, e *Engine, tests []hedgeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.msgs...)
			got := rs[len(rs)-1].Answer
			if !got.Answered {
				t.Fatalf("%q: declined, want an answer", tt.msgs[len(tt.msgs)-1])
			}
			switch {
			case tt.missing == "" && len(got.Missing) > 0:
				t.Errorf("%q: hedged on %q, want a sure answer", tt.msgs[len(tt.msgs)-1], got.Missing)
			case tt.missing != "" && !slices.Contains(got.Missing, tt.missing):
				t.Errorf("%q: missing %q, want it to name %q", tt.msgs[len(tt.msgs)-1], got.Missing, tt.missing)
			}
		})
	}
}

// TestHedgeTakenOffLeavesNoClosestHeading checks that a follow-up whose
// hedge named only words it carried, which Reply takes off, states its
// one-line answer as the answer, not as the closest the report has: a
// reply is hedged or not, in its line as in its words. The sentences are
// made up for the test.
func TestHedgeTakenOffLeavesNoClosestHeading(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name string
		msgs []string
	}{
		{"a bare new name after a date asked", []string{"Blackwell B200 언제 공개됐어?", "GH200은?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.msgs...)
			got := rs[len(rs)-1].Answer
			if len(got.Missing) > 0 {
				t.Fatalf("%q: hedged on %q, words the asker never typed", tt.msgs[len(tt.msgs)-1], got.Missing)
			}
			if got.Direct == "" || strings.HasPrefix(got.Direct, "가장 가까운 내용") || strings.HasPrefix(got.Direct, "Closest the report has") {
				t.Errorf("%q: one-line answer %q, want one stated as the answer", tt.msgs[len(tt.msgs)-1], got.Direct)
			}
		})
	}
}

// TestEnglishVerbIsNoDetail checks that an English word the report never
// uses, standing where a verb does after an auxiliary and its subject, is
// what happened, which the report says in its own words: no detail the
// topic's lines lack. A noun of the same kind still is. The sentences are
// made up for the test.
func TestEnglishVerbIsNoDetail(t *testing.T) {
	words := []struct {
		name, msg string
		want      []string
	}{
		{"after did and a pronoun", "when did they ratify it?", []string{"ratify"}},
		{"after does and it", "Does it ship this year?", []string{"ship"}},
		{"no auxiliary", "what about ratification?", nil},
	}
	for _, tt := range words {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for w := range newFrame().englishVerbs(tt.msg) {
				got = append(got, w)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("englishVerbs(%q) = %q, want %q", tt.msg, got, tt.want)
			}
		})
	}
	e, _ := newEngine(t)
	checkHedges(t, e, []hedgeCase{
		{"a verb the report never uses", []string{"대만 산업혁신 조례 수정안은 무슨 내용이야?", "when did they ratify it?"}, ""},
	})
}

// TestEnglishWordingIsNoDetail checks that an everyday English word the
// report never uses, in a follow-up that asks no date or figure and not
// about that word, is taken as the asker's wording of what the carried
// topic's lines describe, while the word a question asks about, and any
// such word in a question for a figure, is still a detail the report
// lacks. The messages are made up for the test.
func TestEnglishWordingIsNoDetail(t *testing.T) {
	e, _ := newEngine(t)
	checkHedges(t, e, []hedgeCase{
		{"a verb of an open question", []string{"Which policy steps for AI software does the study propose?", "how is that portrayed in the English summary?"}, ""},
		{"a noun of an open question", []string{"What is Samsung's AI integrated solution?", "what motivation lies behind it?"}, ""},
		{"the word asked about", []string{"Which policy steps for AI software does the study propose?", "what is the narrative about chatbots?"}, "narrative"},
		{"a question for a figure", []string{"What sum does the US CHIPS Act set aside to back investment?", "how much of it is depicted as loans?"}, "loans"},
	})
}

// TestFollowUpAskedWhetherGiven checks that a follow-up asking whether the
// report gives something ("…도 있어?") is hedged on the noun it names that
// the report never uses, as the question would be on its own: the
// rewrite drops the words that asked whether, so the message's own
// reading says what it asks for. The sentences are made up for the test.
func TestFollowUpAskedWhetherGiven(t *testing.T) {
	e, _ := newEngine(t)
	checkHedges(t, e, []hedgeCase{
		{"a plain noun asked whether given", []string{"삼성전자 2nm 양산 언제야?", "수율 목표치도 있어?"}, "수율"},
		{"what the report gives", []string{"삼성전자 2nm 양산 언제야?", "1.4nm 계획도 있어?"}, ""},
	})
}

// TestFollowUpAskedPropertyStated checks that a follow-up asking a bare
// figure of a property the report seldom gives is hedged in that word when
// no line states a figure beside it for the carried topic, and stays sure
// where a line states the topic's figure beside it. The sentences are made
// up for the test.
func TestFollowUpAskedPropertyStated(t *testing.T) {
	e, _ := newEngine(t)
	tests := []hedgeCase{
		{"a budget the topic's lines never state", []string{"만인계획 1등급은 어떤 사람이야?", "예산은 얼마 들어갔어?"}, "예산"},
		{"a budget stated beside the topic's figure", []string{"미국 AI 이니셔티브 전략 설명해줘", "예산은 얼마야?"}, ""},
	}
	checkHedges(t, e, tests)
}

func TestTypedBefore(t *testing.T) {
	tests := []struct {
		name, text, word, next string
		want                   bool
	}{
		{"the word with its particle, then the question word", "예산은 얼마 들어갔어?", "예산", "얼마", true},
		{"typed without spaces", "예산은얼마들어갔어?", "예산", "얼마", false},
		{"another word between", "예산은 대략 얼마야?", "예산", "얼마", false},
		{"the question word first", "얼마 예산이야?", "예산", "얼마", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := typedBefore(tt.text, tt.word, tt.next); got != tt.want {
				t.Errorf("typedBefore(%q, %q, %q) = %v, want %v", tt.text, tt.word, tt.next, got, tt.want)
			}
		})
	}
}

// TestSentenceOpenerIsNoName checks that a follow-up's everyday word that
// only opens its sentence with a capital is not read as a name the report
// lacks once a rewrite puts it after the carried words, while a name typed
// inside the sentence still is. The sentences are made up for the test.
func TestSentenceOpenerIsNoName(t *testing.T) {
	e, _ := newEngine(t)
	checkHedges(t, e, []hedgeCase{
		{"an everyday word opening the sentence", []string{"What did Intel unveil in 2024?", "Honestly, which chips does it list on the neuromorphic side?"}, ""},
		{"a name inside the sentence", []string{"What did Intel unveil in 2024?", "which chips does Zorblax list on the neuromorphic side?"}, "Zorblax"},
	})
}

// TestAsideWordingIsNoDetail checks that an everyday word the report never
// uses, not the one asked about, in a follow-up whose other words the lines
// shown hold and which asks no figure, is how the asker puts it, not a
// detail the lines lack; asked with a figure, the follow-up stays hedged.
// The sentences are made up for the test.
func TestAsideWordingIsNoDetail(t *testing.T) {
	e, _ := newEngine(t)
	tests := []hedgeCase{
		{"an everyday verb beside a word the lines hold", []string{"엔비디아 생태계 전략 알려줘", "any other moves to widen their ecosystem?"}, ""},
		{"an everyday verb beside a word the lines hold, asked of how", []string{"엔비디아 생태계 전략 알려줘", "do they try to widen it through software?"}, ""},
		{"a figure asked", []string{"엔비디아 생태계 전략 알려줘", "how much do they spend to widen the ecosystem?"}, "spend"}, // the hedge names what the lines do not speak of, not the question word (answer's unstatedGap)
	}
	checkHedges(t, e, tests)
}

// TestStatesOn checks that a line states a word it holds itself or that
// its passage's shared context (the section's title) holds, and no other.
func TestStatesOn(t *testing.T) {
	e, _ := newEngine(t)
	id, text := passageHolding(t, e, "차세대반도체 연구개발 집중 투자")
	var line shownLine
	for i, ln := range e.x.Passages().Lines(id) {
		if strings.Contains(ln.Text, "차세대반도체") {
			line = shownLine{id: id, i: i, ln: ln}
		}
	}
	if line.ln.Text == "" {
		t.Fatalf("passage %d has no line of %q", id, text)
	}
	tests := []struct {
		name, word   string
		onLine, want bool // the line alone states it; the line or its context does
	}{
		{"on the line", "연구개발", true, true},
		{"in the section's title only", "초격차", false, true},
		{"in neither", "보조금", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := e.x.Analyse(question.Plain(tt.word))
			if len(q.Concepts) == 0 {
				t.Fatalf("%q reads as no word", tt.word)
			}
			if on := e.x.Passages().LineStates(q.Concepts[0], line.ln); on != tt.onLine {
				t.Fatalf("the line states %q: %v, want %v (the case needs another line)", tt.word, on, tt.onLine)
			}
			if got := e.statesOn(q.Concepts[0], line); got != tt.want {
				t.Errorf("statesOn(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

// TestRepeatedLinesHedgeWhatIsNew checks that a follow-up offered again
// only the lines the thread has shown, none of its results holding a word
// it newly asks, is hedged on that word, while one whose words those lines
// hold stays sure. The sentences are made up for the test.
func TestRepeatedLinesHedgeWhatIsNew(t *testing.T) {
	e, _ := newEngine(t)
	tests := []hedgeCase{
		{"an English detail the shown lines lack", []string{"Which of TSMC and Samsung mass-produces 2nm sooner?", "How good are TSMC's 2nm yields?"}, "yields"},
		{"a Korean detail the shown lines lack", []string{"TSMC랑 삼성 중 2나노 양산 누가 먼저 해?", "TSMC 2나노 고객 평가는?"}, "고객"},
		{"a detail the shown lines hold", []string{"Which of TSMC and Samsung mass-produces 2nm sooner?", "And since when has TSMC been on 3nm?"}, ""},
		// typed without spaces: a word of the report's cut from the run
		// is typed as a word of its own, as typed apart
		{"a Korean detail typed in a run without spaces", []string{"TSMC랑삼성중2나노양산누가먼저해?", "TSMC2나노고객평가는?"}, "고객"},
		{"a detail typed in a run that the shown lines hold", []string{"TSMC랑삼성중2나노양산누가먼저해?", "TSMC2나노양산은언제부터해?"}, ""},
	}
	checkHedges(t, e, tests)
}

// TestEnginesShareFrame: two engines of one tables, as a shelf makes one a
// report, read with one frame's sets and patterns, not a copy each.
func TestEnginesShareFrame(t *testing.T) {
	x := loadIndex(t)
	ans := answer.New(x)
	tables := NewTables()
	a, b := NewWith(x, ans, Defaults(), tables), NewWith(x, ans, Defaults(), tables)
	tests := []struct {
		name   string
		got    any
		theirs any
	}{
		{"pronoun set", reflect.ValueOf(a.frame.pronoun).UnsafePointer(), reflect.ValueOf(b.frame.pronoun).UnsafePointer()},
		{"more set", reflect.ValueOf(a.frame.more).UnsafePointer(), reflect.ValueOf(b.frame.more).UnsafePointer()},
		{"year pattern", a.frame.fullYear, b.frame.fullYear},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.theirs {
				t.Errorf("engines hold %v and %v, want one", tt.got, tt.theirs)
			}
		})
	}
}

// TestEndsOnEnglish checks that only the English word a message ends on,
// typed whole, counts as the word it ends on.
func TestEndsOnEnglish(t *testing.T) {
	tests := []struct {
		name, msg, word string
		want            bool
	}{
		{"the last word", "How good are its yields?", "yields", true},
		{"the last word, case apart", "and the Baseline ?", "baseline", true},
		{"a word before the last", "How good are its yields now?", "yields", false},
		{"the end of a longer word", "any other fields?", "elds", false},
		{"a Korean word", "예산은?", "예산은", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := endsOnEnglish(tt.msg, tt.word); got != tt.want {
				t.Errorf("endsOnEnglish(%q, %q) = %v, want %v", tt.msg, tt.word, got, tt.want)
			}
		})
	}
}

// TestReadKeepsPieces checks that a message read keeps its words as typed
// apart, cut once (message.pieces): what repeated and namesCaption read
// is what Index.Pieces makes of the text, a run typed without spaces cut
// into its words. The messages are made up for the test.
func TestReadKeepsPieces(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct{ name, msg string }{
		{"spaced words", "그 표의 출처는 어디야?"},
		{"a run typed without spaces", "거기예산은얼마라고나와"},
		{"two scripts in one word", "HBM4단가는 얼마?"},
		{"English", "and the source behind those numbers, please"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := e.read(question.Plain(tt.msg)).pieces, e.x.Pieces(tt.msg)
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("read(%q).pieces = %q, want %q", tt.msg, got, want)
			}
		})
	}
}
