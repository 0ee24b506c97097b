package main

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stepi-tools/reportbot/index/quality"
)

func TestGCPercentFor(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		name        string
		floor, live uint64
		want        int
	}{
		{"small heap", 64 * mb, 4 * mb, 1500},
		{"heap the library's growth takes past the floor", 64 * mb, 16 * mb, libraryGOGC},
		{"heap at half the floor", 64 * mb, 32 * mb, libraryGOGC},
		{"a library's heap, past the floor", 64 * mb, 400 * mb, libraryGOGC},
		{"nothing measured", 64 * mb, 0, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := gcPercentFor(tt.floor, tt.live); got != tt.want {
				t.Errorf("gcPercentFor(%d, %d) = %d, want %d", tt.floor, tt.live, got, tt.want)
			}
		})
	}
}

func TestSetCollectorLeavesAnOperatorsGOGC(t *testing.T) {
	if _, ok := setCollector(heapFloor, func(k string) string {
		if k == "GOGC" {
			return "200"
		}
		return ""
	}); ok {
		t.Error("setCollector changed GOGC although the operator set it")
	}
}

// BenchmarkServeAsk answers the development questions as serve does: the
// engine loaded, then the collector set by setCollector. Compare
// BenchmarkAsk in index/answer, which runs at Go's default GOGC.
func BenchmarkServeAsk(b *testing.B) {
	eng, _, err := loadEngine(source{})
	if err != nil {
		b.Fatal(err)
	}
	defer eng.Close()
	qs, err := quality.Load(filepath.Join("..", "..", "index", "answer", "testdata", "questions-dev.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	percent, _ := setCollector(heapFloor, func(string) string { return "" })
	defer debug.SetGCPercent(100)
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := eng.Ask(ctx, eng.parse(qs[i%len(qs)].Q), 3); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		i++
	}
	quality.ReportLatency(b, lat)
	b.ReportMetric(float64(percent), "gogc")
	if kb := peakResidentKB(); kb > 0 {
		b.ReportMetric(kb/1024, "peak-rss-MB")
	}
}

// peakResidentKB is the process's peak resident set (VmHWM), 0 where
// /proc is not there.
func peakResidentKB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for ln := range strings.Lines(string(data)) {
		if f := strings.Fields(ln); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb
		}
	}
	return 0
}
