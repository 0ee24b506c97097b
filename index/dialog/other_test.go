package dialog

import (
	"slices"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

// TestAsksOther checks that a message asks for other things of the thread
// where it asks for more in words of its own, and not where it asks for
// more bare, chooses among what was shown or compares. The messages are
// made up for the test.
func TestAsksOther(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name, msg string
		want      bool
	}{
		{"other things with words", "any other suggestions?", true},
		{"Korean other cases", "다른 사례도 있어?", true},
		{"bare more", "more", false},
		{"a choice among what was shown", "which of them is more export-led?", false},
		{"a comparison", "둘 중 어디가 더 커?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.read(question.Plain(tt.msg)).asksOther(); got != tt.want {
				t.Errorf("asksOther(%q) = %v, want %v", tt.msg, got, tt.want)
			}
		})
	}
}

// A message asking for other things of the list the thread reads shows a
// passage of the last answer's sections that no turn has shown, in the
// place of a result that only repeats what the thread has read.
func TestOtherShowsTheNextOfTheSection(t *testing.T) {
	e, _ := newEngine(t)
	rs := converse(t, e,
		"What policy does the report suggest for memory semiconductors?",
		"and the non-memory side?",
		"how do the two strategies differ?",
		"any other suggestions?")
	seen := map[int]bool{}
	for _, r := range rs[:3] {
		for _, x := range r.Answer.Results {
			seen[x.PassageID] = true
		}
	}
	sections := map[string]bool{}
	for _, x := range rs[2].Answer.Results {
		sections[x.Section] = true
	}
	got := rs[3].Answer.Results
	found := false
	for _, x := range got {
		if !seen[x.PassageID] && sections[x.Section] {
			found = true
		}
	}
	if !found {
		var ids []int
		for _, x := range got {
			ids = append(ids, x.PassageID)
		}
		t.Errorf("no result of the last answer's sections (%v) that no turn showed: got passages %v", sections, ids)
	}
}

// TestTypedHolds: a line holds the message's typed word where it holds a
// term of it the report uses, in any case; a verb, a word the report never
// uses and a carried word do not count.
func TestTypedHolds(t *testing.T) {
	typed := question.Concept{Terms: []string{"Subsidy"}, DF: 3}
	verb := question.Concept{Terms: []string{"늘리"}, DF: 3, Verbal: true}
	unused := question.Concept{Terms: []string{"subsidy"}}
	carried := question.Concept{Terms: []string{"subsidy"}, DF: 3, Carried: true}
	tests := []struct {
		name string
		own  []question.Concept
		text string
		want bool
	}{
		{"a typed term, case aside", []question.Concept{typed}, "Direct subsidy for fabs", true},
		{"a line without it", []question.Concept{typed}, "Tax credits for fabs", false},
		{"a verb's stem", []question.Concept{verb}, "예산을 늘리고", false},
		{"a word the report never uses", []question.Concept{unused}, "direct subsidy", false},
		{"a carried word", []question.Concept{carried}, "direct subsidy", false},
		{"no words", nil, "direct subsidy", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (message{own: tt.own}).typedHolds(tt.text); got != tt.want {
				t.Errorf("typedHolds(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestOffList: of a reply to a message asking for other things, a result
// gives its place to the list's next passage where it repeats what the
// thread showed or stands outside the list, unless it holds a word the
// message typed; the places come lowest first.
func TestOffList(t *testing.T) {
	shown := []string{"Fabs get direct grants", "Tax credits for fabs"}
	typed := message{own: []question.Concept{{Terms: []string{"talent"}, DF: 3}}}
	repeat := answer.Result{Section: "4.3", Excerpt: "Fabs get direct grants"}
	goesOn := answer.Result{Section: "4.3", Excerpt: "Tax credits for fabs\nLoans for start-ups"}
	outside := answer.Result{Section: "3.1", Excerpt: "A new consortium in Japan"}
	named := answer.Result{Section: "3.1", Excerpt: "A talent programme abroad"}
	tests := []struct {
		name string
		res  []answer.Result
		m    message
		want []int
	}{
		{"a repeat and an outsider, lowest first", []answer.Result{repeat, goesOn, outside}, message{}, []int{2, 0}},
		{"the list going on stays", []answer.Result{goesOn}, message{}, nil},
		{"an outsider naming a typed word stays", []answer.Result{goesOn, named}, typed, nil},
		{"an outsider without it goes", []answer.Result{goesOn, outside}, typed, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := offList(tt.res, "4.3", shown, tt.m); !slices.Equal(got, tt.want) {
				t.Errorf("offList() = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestWithNext: the places offList gave are taken, in order, by the
// pool's first passages of the list that no turn has shown and the reply
// does not hold; a place the pool cannot fill keeps its result.
func TestWithNext(t *testing.T) {
	shown := []string{"Fabs get direct grants"}
	res := []answer.Result{
		{PassageID: 1, Section: "4.3", Excerpt: "Fabs get direct grants"},
		{PassageID: 2, Section: "4.3", Excerpt: "Loans for start-ups"},
		{PassageID: 3, Section: "3.1", Excerpt: "A new consortium in Japan"},
	}
	pool := []answer.Result{
		{PassageID: 2, Section: "4.3", Excerpt: "Loans for start-ups"},    // in the reply
		{PassageID: 4, Section: "3.1", Excerpt: "Another country's plan"}, // off the list
		{PassageID: 5, Section: "4.3", Excerpt: "Monitor frontier firms"},
		{PassageID: 6, Section: "4.3", Excerpt: "Fabs get direct grants"}, // nothing new
		{PassageID: 7, Section: "4.3", Excerpt: "Shown by an earlier turn"},
		{PassageID: 8, Section: "4.3", Excerpt: "Train chip designers"},
	}
	seen := map[int]bool{7: true}
	ids := func(rs []answer.Result) []int {
		var out []int
		for _, r := range rs {
			out = append(out, r.PassageID)
		}
		return out
	}
	tests := []struct {
		name string
		at   []int
		want []int
	}{
		{"two places, lowest first", []int{2, 0}, []int{8, 2, 5}},
		{"one place", []int{2}, []int{1, 2, 5}},
		{"more places than passages", []int{2, 1, 0}, []int{1, 8, 5}},
		{"no place", nil, []int{1, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(withNext(res, tt.at, pool, "4.3", seen, shown)); !slices.Equal(got, tt.want) {
				t.Errorf("withNext() = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestChoiceCarriesTheLastQuestion: a message choosing among the items a
// thread went through with a word asking for more ("which one … more")
// asks of those items in the frame they were asked in, so its rewrite
// carries the last question's words, items and frame: its subject alone
// left the choosing words ("one") as all it asked. The thread is made up
// for the test.
func TestChoiceCarriesTheLastQuestion(t *testing.T) {
	e, _ := newEngine(t)
	tests := []struct {
		name string
		msgs []string
		word string // a word of the last question
		want bool   // whether the rewrite carries it
	}{
		{"a choice carries the frame", []string{"How much is Germany spending on AI talent?", "and the UK?", "so which one is spending more"}, "talent", true},
		{"a choice carries the items", []string{"How much is Germany spending on AI talent?", "and the UK?", "so which one is spending more"}, "영국", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := converse(t, e, tt.msgs...)
			got := rs[len(rs)-1].Turn.Slots
			if has := hasSlot(got, Slot{Text: tt.word}); has != tt.want {
				t.Errorf("%q read as %v: carries %q = %v, want %v", tt.msgs[len(tt.msgs)-1], got, tt.word, has, tt.want)
			}
		})
	}
}
