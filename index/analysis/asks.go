package analysis

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Ask is what a Korean question word asks for.
type Ask uint8

const (
	// AskNone is no question word, or a form that asks nothing (누군가,
	// "someone").
	AskNone Ask = iota
	AskWho
	AskWhat
	AskWhen
	AskWhere
	// AskAmount is how much or how many (얼마, 몇).
	AskAmount
	// AskWhich is which one or what kind (어느, 어떤, 무슨): a determiner,
	// it stands before the noun it asks about ("어느 나라", "무슨 기술").
	AskWhich
	AskHow
	AskWhy
)

// Nominal tells whether a question word of the ask stands where a noun
// stands ("가격 얼마", "X는 누가 맡아"), and may be typed onto the word it
// asks about ("가격얼마"): who, what, when, where and how much. Which and
// how are read by the word they go with, why by the whole clause.
func (a Ask) Nominal() bool { return a >= AskWho && a <= AskAmount }

// Detail tells whether the ask is for a fact a line states beside what it
// is of: a person, a date, a place, an amount or a count. What asks what a
// thing is, which the whole passage tells.
func (a Ask) Detail() bool { return a.Nominal() && a != AskWhat }

// Word is a Korean question word as the table holds it: a form as typed,
// what it asks, and what is fused into it.
type Word struct {
	Form  string
	Ask   Ask
	Fused Fusion
}

// Fusion is what a form has typed into it after the question word itself.
type Fusion uint8

const (
	// Bare is the question word alone (누구, 얼마, 어떻).
	Bare Fusion = iota
	// Particle is a particle fused on: 누가 is 누구 with the subject's 가,
	// so what is typed after it is the verb ("누가맡아").
	Particle
	// Copula is the copula fused on: 누군 is 누구 with its ㄴ, and makes a
	// clause of its own ("누군지", "누군데", the indefinite 누군가).
	Copula
	// Ending is a verb's ending fused on: 어때 is 어떠 with 어.
	Ending
)

// Noun tells whether the word stands as a bare noun does, so that
// particles, counters and endings are typed onto it ("몇개임", "누구야",
// "언제쯤"): a nominal ask in a form with nothing fused into it.
func (w Word) Noun() bool { return w.Ask.Nominal() && w.Fused == Bare }

// AsksDetail tells whether the word, standing as a bare noun (Noun), asks
// for a detail a line states (Ask.Detail): 누구, 언제, 어디, 얼마, 몇. A form
// with a particle or the copula fused on is followed by the verb it asks
// with, not by what it asks about.
func (w Word) AsksDetail() bool { return w.Noun() && w.Ask.Detail() }

// QuestionWords is the one table of the Korean question words: each form
// as typed, with what it asks. The analyser's frame, the question's
// reading of what is asked about, the answer's reading of a question
// about the report and the dialog's reading of how a follow-up asks all
// read it. It is built once with the analyser's Tables and read-only.
type QuestionWords struct {
	forms []Word // longest first, so that a form opening a longer one loses to it
}

// NewQuestionWords builds the table. Tables holds one; a reader with no
// analyser tables of its own (question.NewPatterns) builds its own.
func NewQuestionWords() *QuestionWords {
	forms := []Word{
		// 누군가 is the indefinite "someone" and asks nothing, unless the
		// question's ending follows it (누군가요).
		{"누구", AskWho, Bare}, {"누가", AskWho, Particle}, {"누군", AskWho, Copula},
		{"누군가", AskNone, Copula}, {"누군가요", AskWho, Copula},
		// 뭘, 뭐 with the object's particle fused on, is no form here but
		// a frame word (frameWords): it asks the object of the verb after
		// it ("정부가 뭘 해야"), and the word before is that verb's
		// subject, not what it asks about (read as one, a fitted
		// follow-up fell out of the top three).
		{"무엇", AskWhat, Bare}, {"뭐", AskWhat, Bare},
		{"언제", AskWhen, Bare},
		{"어디", AskWhere, Bare},
		{"얼마", AskAmount, Bare}, {"몇", AskAmount, Bare},
		{"어느", AskWhich, Bare}, {"어떤", AskWhich, Bare}, {"무슨", AskWhich, Bare},
		// The stem, not one spelling of it: 어떻게, 어떻습니까 and 어떻대
		// ask the same how, whatever ending the asker typed.
		{"어떻", AskHow, Bare}, {"어때", AskHow, Ending},
		{"왜", AskWhy, Bare},
	}
	slices.SortStableFunc(forms, func(a, b Word) int {
		return utf8.RuneCountInString(b.Form) - utf8.RuneCountInString(a.Form)
	})
	return &QuestionWords{forms: forms}
}

// Opening is the question word w opens with, whatever is typed after it
// ("얼마임", "뭐였죠", "어느"): the longest form that opens it. Its Ask is
// AskNone when w opens with none, or with a form that asks nothing.
func (q *QuestionWords) Opening(w string) Word {
	for _, f := range q.forms {
		if strings.HasPrefix(w, f.Form) {
			return f
		}
	}
	return Word{}
}

// Opens is what the question word w opens with asks (Opening).
func (q *QuestionWords) Opens(w string) Ask { return q.Opening(w).Ask }

// Ending is the question word typed onto the end of a longer word
// ("가격얼마": 얼마), the longest form that ends it; its Ask is AskNone when
// w ends with none or is one.
func (q *QuestionWords) Ending(w string) Word {
	for _, f := range q.forms {
		if strings.HasSuffix(w, f.Form) && w != f.Form {
			return f
		}
	}
	return Word{}
}

// Determiner tells whether w is a question word that stands before a noun
// (어떤, 어느, 무슨): the noun after it is what it asks about.
func (q *QuestionWords) Determiner(w string) bool {
	for _, f := range q.forms {
		if f.Form == w {
			return f.Ask == AskWhich
		}
	}
	return false
}

// Holds tells whether s holds a question word that asks for what it asks,
// anywhere, as typing glues one onto the words before and after it
// ("가격얼마야", "몇개"). A form with the copula fused on makes a clause of
// its own, which the question's verb asks of ("X 누군지 나와 있어?" asks
// whether the report names X's person), or asks nothing (누군가,
// "someone"); where forms overlap, the longest one typed there is read, as
// Opening reads it.
func (q *QuestionWords) Holds(s string) bool {
	for i := range s {
		if w := q.Opening(s[i:]); w.Ask != AskNone && w.Fused != Copula {
			return true
		}
	}
	return false
}

// framing tells whether the analyser reads a form as a frame word, no
// word of what is asked. Why and a form with the copula fused on (누군)
// stay words the report never prints: the line a reply is declined by
// was set with them so, and read as frame words they lost flags of the
// questions and conversations never fitted.
func framing(w Word) bool { return w.Ask != AskWhy && w.Fused != Copula }

// Forms are the forms that ask something of which keep tells, in the
// table's order.
func (q *QuestionWords) Forms(keep func(Word) bool) []string {
	var out []string
	for _, f := range q.forms {
		if f.Ask != AskNone && keep(f) {
			out = append(out, f.Form)
		}
	}
	return out
}
