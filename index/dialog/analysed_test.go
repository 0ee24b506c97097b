package dialog

import (
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
)

// textAnalyser reads a question as a query holding only its text, marked
// as its own reading, and counts how often it reads one.
type textAnalyser struct {
	Analyser
	reads int
}

func (a *textAnalyser) Analyse(q question.Asked) question.Query {
	a.reads++
	return question.Query{Text: "read: " + q.Text()}
}

// TestReplyAnalysed: a reply's question is read again only where rewrite
// did not read that very text (another reading's reply, or none).
func TestReplyAnalysed(t *testing.T) {
	kept := question.Query{Text: "kept"}
	for _, tt := range []struct {
		name, asked string
		rewritten   *rewriteRead
		want        string
		reads       int
	}{
		{"read by rewrite", "topic asked", &rewriteRead{"topic asked", kept}, "kept", 0},
		{"rewrite read another text", "topic asked", &rewriteRead{"another topic", kept}, "read: topic asked", 1},
		{"not read by rewrite", "topic asked", nil, "read: topic asked", 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := &textAnalyser{}
			r := Reply{Turn: Turn{Asked: tt.asked}, rewritten: tt.rewritten}
			if got := r.analysed(x, question.Plain("and that?")).Text; got != tt.want || x.reads != tt.reads {
				t.Errorf("analysed = %q after %d reads, want %q after %d", got, x.reads, tt.want, tt.reads)
			}
		})
	}
}

// TestEachQuoteCopies: eachQuote leaves the reply's results as they were,
// and hands them back uncopied where f changes none.
func TestEachQuoteCopies(t *testing.T) {
	e, _ := newEngine(t)
	for _, tt := range []struct {
		name   string
		change bool
		want   string // the second result's quote after eachQuote
	}{
		{"a quote changed: a copy", true, "b+"},
		{"none changed: the same results", false, "b"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := []answer.Result{{PassageID: 0, Excerpt: "a"}, {PassageID: 1, Excerpt: "b"}}
			r := Reply{Answer: answer.Answer{Answered: true, Results: res}}
			got := e.eachQuote(r, func(x answer.Result) (answer.Result, bool) {
				x.Excerpt += "+"
				return x, tt.change && x.PassageID == 1
			}).Answer.Results
			if res[0].Excerpt != "a" || res[1].Excerpt != "b" {
				t.Errorf("the reply's own results changed: %q, %q", res[0].Excerpt, res[1].Excerpt)
			}
			if same := &got[0] == &res[0]; same == tt.change {
				t.Errorf("results shared with the reply = %v, want %v", same, !tt.change)
			}
			if got[1].Excerpt != tt.want || got[0].Excerpt != "a" {
				t.Errorf("results %q, %q, want %q, %q", got[0].Excerpt, got[1].Excerpt, "a", tt.want)
			}
		})
	}
}
