package main

import (
	"runtime"
	"runtime/debug"
)

// heapFloor is how far the heap may grow before the collector runs, for a
// serving process. The engine's live heap is about 4 MB, so at Go's default
// (GOGC=100) a collection starts every 4 MB allocated, some thirty
// questions, and the questions that run during its mark phase make the
// latency tail. Letting the heap reach 64 MB makes collections a fifteenth
// as frequent at a resident cost well within the memory budget; a larger
// report, whose live heap passes the floor, keeps the default.
const heapFloor = 64 << 20

// setHeapFloor raises GOGC so that the next collections start no earlier than
// at floor bytes of heap, unless the operator set GOGC. It returns the GOGC it
// set and whether it set one.
func setHeapFloor(floor uint64, getenv func(string) string) (int, bool) {
	if getenv("GOGC") != "" {
		return 0, false
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	percent := gcPercentFor(floor, m.HeapAlloc)
	debug.SetGCPercent(percent)
	return percent, true
}

// gcPercentFor is the GOGC whose heap goal for live bytes is at least floor:
// the goal is live × (1 + GOGC/100), and never below the default 100.
func gcPercentFor(floor, live uint64) int {
	if live == 0 || floor <= 2*live {
		return 100
	}
	return int(100 * (floor - live) / live)
}
