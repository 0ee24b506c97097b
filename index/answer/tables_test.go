package answer_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// TestSharedTablesAnswerAlike checks that two engines reading by one
// Tables, as the reports of a shelf do, answer every development question
// as an engine with tables of its own does.
func TestSharedTablesAnswerAlike(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	own := answer.New(x)
	tables := answer.NewTables(question.NewPatterns()) // patterns of their own: an expectation is known by its text
	shared := []*answer.Engine{answer.NewWith(x, tables), answer.NewWith(x, tables)}
	ctx := context.Background()
	for _, g := range mustGold(t, "testdata/questions-dev.jsonl") {
		want, werr := own.Ask(ctx, question.Plain(g.Q), 3)
		for i, e := range shared {
			got, err := e.Ask(ctx, question.Plain(g.Q), 3)
			if !reflect.DeepEqual(got, want) || (err == nil) != (werr == nil) {
				t.Errorf("%s: engine %d with shared tables answers %+v, %v; want %+v, %v", g.ID, i, got, err, want, werr)
			}
		}
	}
}

// TestReadOnceAnswersAlike checks that a question read once (Read) by the
// engine of one report, as a shelf reads it for every report it asks, is
// answered by an engine with tables of its own (AskRead) as that engine
// answers it alone, on every development question and on questions made
// up for what only the text tells: the whole report, a comparison, a
// footnote, a name, two questions at once, an empty one.
func TestReadOnceAnswersAlike(t *testing.T) {
	x, err := search.Load("", search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	reader, asked := answer.New(x), answer.New(x)
	ctx := context.Background()
	qs := []string{"이 보고서 핵심 제언 세 가지", "미국과 중국 AI 예산 차이는?", "각주에 나온 TSMC 투자 규모", "인텔 최신 칩 이름이 뭐야?",
		"삼성 HBM3E 양산 언제? 파트너는 누구?", ""}
	for _, g := range mustGold(t, "testdata/questions-dev.jsonl") {
		qs = append(qs, g.Q)
	}
	for _, q := range qs {
		want, werr := asked.Ask(ctx, question.Plain(q), 3)
		got, err := asked.AskRead(ctx, reader.Read(question.Plain(q)), 3)
		if !reflect.DeepEqual(got, want) || (err == nil) != (werr == nil) {
			t.Errorf("%q read by another engine is answered %+v, %v; want %+v, %v", q, got, err, want, werr)
		}
	}
}
