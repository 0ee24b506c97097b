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
	tables := answer.NewTables()
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
