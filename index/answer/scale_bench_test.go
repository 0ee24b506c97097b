package answer_test

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/stepi-tools/reportbot/corpus"
	"github.com/stepi-tools/reportbot/corpus/scaletest"
	"github.com/stepi-tools/reportbot/index/answer"
	"github.com/stepi-tools/reportbot/index/quality"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// BenchmarkScale shows how start-up, memory and question latency grow with
// the corpus: the report repeated 1×, 10×, 50× and 100× (internal/scaletest),
// each with a "startup" and an "ask" sub-benchmark. The figures that matter
// are per passage for start-up and memory, and p50/p99 for questions, which
// should grow well below linearly.
func BenchmarkScale(b *testing.B) {
	qs := mustGold(b, "testdata/questions-dev.jsonl")
	for _, k := range []int{1, 10, 50, 100} {
		data, err := scaletest.Report(k)
		if err != nil {
			b.Fatal(err)
		}
		// The engine the startup run built, kept for the ask run so that
		// the largest sizes are built once per run, not twice.
		var built *search.Index
		b.Run(fmt.Sprintf("x%d/startup", k), func(b *testing.B) {
			if built != nil {
				built.Close()
				built = nil
			}
			b.ReportAllocs()
			var before, after runtime.MemStats
			var passages int
			for b.Loop() {
				if built != nil {
					built.Close() // an open scorch index keeps its goroutines and memory
					built = nil
				}
				b.StopTimer()
				runtime.GC()
				runtime.ReadMemStats(&before)
				b.StartTimer()
				x, err := buildScaled(data)
				if err != nil {
					b.Fatal(err)
				}
				built, passages = x, len(x.Document().Passages)
			}
			runtime.GC()
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(passages), "passages")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(passages), "µs/passage")
			// What the engine keeps once built (heap in use, the report text
			// and the parsed document included), per passage.
			b.ReportMetric(float64(int64(after.HeapInuse)-int64(before.HeapInuse))/float64(passages), "heap-B/passage")
		})
		b.Run(fmt.Sprintf("x%d/ask", k), func(b *testing.B) {
			if built == nil { // -bench selected only the ask runs
				x, err := buildScaled(data)
				if err != nil {
					b.Fatal(err)
				}
				built = x
			}
			e := answer.New(built)
			ctx := context.Background()
			var lat []time.Duration
			b.ReportAllocs()
			// One op is one pass over the development questions, so that
			// every run's percentiles cover all of them.
			for b.Loop() {
				for _, q := range qs {
					start := time.Now()
					if _, err := e.Ask(ctx, question.Plain(q.Q), 3); err != nil {
						b.Fatalf("%s: %v", q.ID, err)
					}
					lat = append(lat, time.Since(start))
				}
			}
			quality.ReportLatency(b, lat)
		})
		if built != nil {
			built.Close()
		}
	}
}

func buildScaled(data []byte) (*search.Index, error) {
	doc, err := corpus.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("parse scaled report: %w", err)
	}
	x, err := search.New(doc, search.Options{})
	if err != nil {
		return nil, fmt.Errorf("index scaled report: %w", err)
	}
	return x, nil
}
