package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stepi-tools/reportbot/corpus/scaletest"
	"github.com/stepi-tools/reportbot/index/prebuilt"
	"github.com/stepi-tools/reportbot/index/quality"
	"github.com/stepi-tools/reportbot/index/question"
	"github.com/stepi-tools/reportbot/index/shelf"
)

// BenchmarkShelf measures a shelf of 1, 10 and 50 reports, each opened from
// its own prebuilt index (as reportbot index writes it): "startup" opens
// them all (ms per op is the start-up; cpu-ms the processor time it took,
// which the machine's other load inflates less; warm-cpu-ms that of
// shelf.Warm after it, which the commands run in the background), "ask"
// answers the development questions over all of them once warm, with the
// collector set as serve sets it (p50 and p99 per question; cpu-ms/q the
// processor time per question; gogc the GOGC set), "memory" is
// the process's resident set and live heap once they are open, and again
// once warm (warm-rss-MB, warm-heap-MB), with what of it a garbage
// collection must scan then (scan-MB, kobjects). The reports are
// scaletest.Reports: full-size copies of the embedded report under their
// own series numbers, so every report holds every question's words.
//
//	go test ./cmd/reportbot -run '^$' -bench Shelf -count 5
func BenchmarkShelf(b *testing.B) {
	const most = 50
	srcs, err := writeLibrary(b.TempDir(), most)
	if err != nil {
		b.Fatal(err)
	}
	qs, err := quality.Load(filepath.Join("..", "..", "index", "answer", "testdata", "questions-dev.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, n := range []int{1, 10, most} {
		b.Run(fmt.Sprintf("reports=%d/startup", n), func(b *testing.B) {
			b.ReportAllocs()
			var cpu, warm time.Duration
			for b.Loop() {
				before := processorTime()
				s, err := openShelf(srcs[:n])
				if err != nil {
					b.Fatal(err)
				}
				cpu += processorTime() - before
				b.StopTimer()
				before = processorTime()
				s.Warm(ctx)
				warm += processorTime() - before
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms")
			b.ReportMetric(float64(warm.Microseconds())/1000/float64(b.N), "warm-cpu-ms")
		})
		b.Run(fmt.Sprintf("reports=%d/ask", n), func(b *testing.B) {
			s, err := openShelf(srcs[:n])
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			pass := func(lat []time.Duration) []time.Duration {
				for _, q := range qs {
					start := time.Now()
					if _, err := s.Ask(ctx, question.Plain(q.Q), 3); err != nil {
						b.Fatalf("%s: %v", q.ID, err)
					}
					lat = append(lat, time.Since(start))
				}
				return lat
			}
			s.Warm(ctx)
			// The collector as serve sets it once the reports are loaded
			// (GOGC in the environment overrides it, as it does serve's).
			percent, set := setCollector(heapFloor, os.Getenv)
			if set {
				defer debug.SetGCPercent(100)
			}
			var lat []time.Duration
			b.ReportAllocs()
			before := processorTime()
			// One op is one pass over the questions, so that every run's
			// percentiles cover all of them.
			for b.Loop() {
				lat = pass(lat)
			}
			cpu := processorTime() - before
			quality.ReportLatency(b, lat)
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(lat)), "cpu-ms/q")
			if set {
				b.ReportMetric(float64(percent), "gogc")
			}
			if rss := residentMB(); rss > 0 {
				b.ReportMetric(rss, "rss-MB")
			}
		})
		b.Run(fmt.Sprintf("reports=%d/memory", n), func(b *testing.B) {
			b.ReportAllocs()
			var rss, heap, warmRSS, warmHeap, scanMB, objects float64
			measure := func() (rss, heap float64) {
				debug.FreeOSMemory() // what the engines keep, not what making them left behind
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				return residentMB(), float64(ms.HeapInuse) / (1 << 20)
			}
			for b.Loop() {
				b.StopTimer()
				debug.FreeOSMemory()
				b.StartTimer()
				s, err := openShelf(srcs[:n])
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				rss, heap = measure()
				s.Warm(ctx)
				warmRSS, warmHeap = measure()
				scanMB, objects = scannable()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(heap, "heap-MB")
			b.ReportMetric(warmHeap, "warm-heap-MB")
			b.ReportMetric(scanMB, "scan-MB")
			b.ReportMetric(objects/1e3, "kobjects")
			if rss > 0 {
				b.ReportMetric(rss, "rss-MB")
				b.ReportMetric(warmRSS, "warm-rss-MB")
			}
		})
	}
}

// scannable is what each garbage collection must scan of what is live,
// in MB: the heap that may hold pointers, and the number of objects,
// which the collector marks one by one. They grow with the pointers the
// engines keep, not with their bytes, and a collection that runs during a
// burst of questions takes its time from them.
func scannable() (scanMB, objects float64) {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/gc/scan/heap:bytes"}, {Name: "/gc/heap/objects:objects"}}
	metrics.Read(sample)
	return float64(sample[0].Value.Uint64()) / (1 << 20), float64(sample[1].Value.Uint64())
}

// openShelf opens the reports of srcs on one shelf, as the commands do,
// but leaves warming it (shelf.Warm) to the caller.
func openShelf(srcs []source) (*shelf.Shelf, error) {
	reports, err := openAll(srcs, func(prebuilt.Outcome) {})
	if err != nil {
		return nil, err
	}
	s, err := shelf.New(reports...)
	if err != nil {
		closeReports(reports)
		return nil, err
	}
	return s, nil
}

// writeLibrary writes n reports of scaletest.Reports into dir, each with its
// prebuilt index, and returns their sources. Two indexes are written at a
// time.
func writeLibrary(dir string, n int) ([]source, error) {
	texts, err := scaletest.Reports(n)
	if err != nil {
		return nil, err
	}
	srcs := make([]source, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, text := range texts {
		srcs[i] = source{report: filepath.Join(dir, fmt.Sprintf("report-%02d.txt", i+1)), index: filepath.Join(dir, fmt.Sprintf("index-%02d", i+1))}
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			if err := os.WriteFile(srcs[i].report, text, 0o644); err != nil {
				errs[i] = fmt.Errorf("write report %d: %w", i+1, err)
				return
			}
			r, err := prebuilt.ReadReport(srcs[i].report)
			if err == nil {
				_, err = prebuilt.Write(srcs[i].index, r, prebuilt.Options{})
			}
			if err != nil {
				errs[i] = fmt.Errorf("index report %d: %w", i+1, err)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return srcs, nil
}

// residentMB is the process's resident set (VmRSS) in MB, 0 where /proc is
// not there.
func residentMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for ln := range strings.Lines(string(data)) {
		if f := strings.Fields(ln); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

// processorTime is the processor time the process has used, user and
// system, 0 where the system does not say.
func processorTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
