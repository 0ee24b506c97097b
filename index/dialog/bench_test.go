package dialog

import (
	"context"
	"testing"

	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
	"github.com/stepi-tools/reportbot/index/tuning"
)

// BenchmarkFollowUp times one follow-up of each reading kind after a first
// turn, over the embedded report. A follow-up costs more than a question:
// it is asked as rewritten and, for fusion, as typed; fuse=off shows what
// the second reading adds.
func BenchmarkFollowUp(b *testing.B) {
	threads := []struct{ name, first, next string }{
		{"ellipsis", "미국은 반도체법으로 얼마를 지원해?", "일본은?"},
		{"anaphora", "What is NVIDIA's edge AI platform?", "When did they launch it?"},
		{"sources", "TSMC 첨단 패키징 증설 계획은?", "출처는?"},
	}
	for _, fuse := range []bool{true, false} {
		p := tuning.Defaults()
		if !fuse {
			p.FuseWeight = 0
		}
		x, err := search.Load("", search.Options{Params: &p})
		if err != nil {
			b.Fatal(err)
		}
		e := New(x, answer.New(x), Defaults())
		for _, th := range threads {
			name := th.name + "/fuse=on"
			if !fuse {
				name = th.name + "/fuse=off"
			}
			b.Run(name, func(b *testing.B) {
				ctx := context.Background()
				first, err := e.Reply(ctx, State{}, question.Plain(th.first), 3)
				if err != nil {
					b.Fatal(err)
				}
				var st State
				st.Add(first.Turn, e.Params().MaxTurns)
				next := question.Plain(th.next)
				b.ReportAllocs()
				for b.Loop() {
					if _, err := e.Reply(ctx, st, next, 3); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		x.Close()
	}
}
