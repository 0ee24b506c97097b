package answer_test

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/stepi-tools/reportbot/index/quality"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/search"
)

// BenchmarkStartup measures what stands between start and the first answer:
// parsing the embedded report, learning its vocabulary, building the index.
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		x, err := search.Load("", search.Options{})
		if err != nil {
			b.Fatal(err)
		}
		x.Close()
	}
}

// BenchmarkAsk answers the development questions in turn and reports the
// latency percentiles beside the mean.
func BenchmarkAsk(b *testing.B) {
	e := mustEngine(b)
	qs := mustGold(b, "testdata/questions-dev.jsonl")
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := e.Ask(ctx, question.Plain(qs[i%len(qs)].Q), 3); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		i++
	}
	quality.ReportLatency(b, lat)
}

// BenchmarkAskDespaced answers the development questions typed in Korean
// with every space removed, as some askers type them: the reader must find
// the words' ends itself.
func BenchmarkAskDespaced(b *testing.B) {
	e := mustEngine(b)
	var qs []string
	for _, g := range mustGold(b, "testdata/questions-dev.jsonl") {
		if strings.ContainsFunc(g.Q, isHangul) {
			qs = append(qs, strings.ReplaceAll(g.Q, " ", ""))
		}
	}
	if len(qs) == 0 {
		b.Fatal("no Korean question to de-space")
	}
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := e.Ask(ctx, question.Plain(qs[i%len(qs)]), 3); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func isHangul(r rune) bool { return unicode.Is(unicode.Hangul, r) }

// BenchmarkMemoryAfterStartup reports the live heap and the process's resident
// set once the engine is ready.
func BenchmarkMemoryAfterStartup(b *testing.B) {
	var keep []*search.Index
	for b.Loop() {
		e, err := search.Load("", search.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for _, old := range keep {
			old.Close() // an open scorch index keeps its goroutines and memory
		}
		keep = append(keep[:0], e)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
	if rss := residentMB(); rss > 0 {
		b.ReportMetric(rss, "rss-MB")
	}
	runtime.KeepAlive(keep)
}

func residentMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, ln := range strings.Split(string(data), "\n") {
		if f := strings.Fields(ln); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}
