package answer_test

import (
	"context"
	"testing"

	"github.com/stepi-tools/reportbot/index/question"
)

// BenchmarkDeclined measures a plain question the engine declines with
// passages near it: the reply a caller outside a thread gets, which never
// shows the hedge the decline could be (Engine.Near).
func BenchmarkDeclined(b *testing.B) {
	e := mustEngine(b)
	ctx := context.Background()
	q := question.Plain("2021년 대책 뭐였지?")
	if ans, err := e.Ask(ctx, q, 3); err != nil || ans.Answered {
		b.Fatalf("Ask = answered %v, %v; want a decline", ans.Answered, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Ask(ctx, q, 3); err != nil {
			b.Fatal(err)
		}
	}
}
