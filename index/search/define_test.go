package search

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// TestDefiningPassageAnswers checks that a question for what a term means
// leads with the passage whose line says what the term means, though the
// asker's other words (how exactly, by what standard) are rarer in the report and a
// passage holding them covers more of the question: those words say how
// the asker asks, the defining line is the answer. The questions are made
// up for the test.
func TestDefiningPassageAnswers(t *testing.T) {
	x := mustIndex(t)
	tests := []struct {
		name, q, line string
	}{
		{"a term of two words", "발표 자료 기준으로 AI 국가주의 뜻이 정확히 뭐야?", "AI 국가주의는"},
		{"a term the report uses everywhere", "초격차 뜻이 기준상 정확히 뭔지", "초격차는"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := leading(t, x, tt.q).Text
			if !strings.Contains(got, tt.line) {
				t.Errorf("Rank(%q) leads with %.60q, want the passage defining %q", tt.q, got, tt.line)
			}
		})
	}
}

func TestTermsJoinWordsTypedSideBySide(t *testing.T) {
	c := func(surface string, df int) question.Concept { return question.Concept{Surface: surface, DF: df} }
	tests := []struct {
		name string
		q    question.Query
		want []int
	}{
		{"a compound of the report's words is one term",
			question.Query{Text: "격차 해소 방안이 뭐야?", Concepts: []question.Concept{c("격차", 9), c("해소", 4), c("방안이", 12)}},
			[]int{0, 0, 0}},
		{"a word the report never uses stands apart",
			question.Query{Text: "요즘 격차 얘기", Concepts: []question.Concept{c("요즘", 0), c("격차", 9), c("얘기", 0)}},
			[]int{0, 1, 2}},
		{"quotes set a term apart",
			question.Query{Text: "the term 'gap' here", Concepts: []question.Concept{c("term", 3), c("gap", 9)}},
			[]int{0, 1}},
		{"a particle closes a term",
			question.Query{Text: "기준으로 격차 해소", Concepts: []question.Concept{{Surface: "기준으로", Terms: []string{"기준"}, DF: 7}, c("격차", 9), c("해소", 4)}},
			[]int{0, 1, 1}},
		{"words typed glued are one run",
			question.Query{Text: "격차해소", Concepts: []question.Concept{c("격차", 9), c("해소", 4)}},
			[]int{0, 0}},
		{"a surface not in the text is a term of its own",
			question.Query{Text: "gap policy", Concepts: []question.Concept{c("gap", 9), c("joined phrase", 2), c("policy", 5)}},
			[]int{0, 1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := terms(tt.q); !slices.Equal(got, tt.want) {
				t.Errorf("terms(%q) = %v, want %v", tt.q.Text, got, tt.want)
			}
		})
	}
}

func TestDefiningPassageLeadsAQuestionForAMeaning(t *testing.T) {
	x, err := sharedIndex()
	if err != nil {
		t.Fatal(err)
	}
	const definition = "초격차는 후발주자나" // the line that says what the report's title term means
	tests := []struct {
		name, question string
		want           bool // whether the defining passage leads
	}{
		{"the title's term, in Korean, among everyday words", "회의 전에 초격차 뜻만 짧게 확인하고 싶어요", true},
		{"the title's term, in English", "Quick check before my meeting: what does super-gap mean?", true},
		{"a longer term holding it has a meaning of its own", "초격차 대응 전략이 무슨 뜻이야?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := x.Analyse(question.Plain(tt.question))
			if !q.Define {
				t.Fatalf("%q is not read as asking a meaning", tt.question)
			}
			cs, err := x.Rank(context.Background(), q)
			if err != nil || len(cs) == 0 {
				t.Fatalf("Rank(%q) = %d candidates, %v", tt.question, len(cs), err)
			}
			got := strings.Contains(x.doc.Passages[cs[0].ID].Text, definition) && cs[0].Defines()
			if got != tt.want {
				t.Errorf("Rank(%q) leads with the definition: %v, want %v (first: %.40q)", tt.question, got, tt.want, x.doc.Passages[cs[0].ID].Text)
			}
		})
	}
}
