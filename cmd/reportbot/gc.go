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
// as frequent at a resident cost well within the memory budget.
const heapFloor = 64 << 20

// libraryGOGC is the least GOGC a serving process runs at: the heap may
// grow by three times what the loaded reports keep before the collector
// runs. With many reports what they keep is large (about 120 MB of live
// heap with 50), a question allocated about 270 KB (150 KB since the
// search's first stage drives bleve's searcher itself), and at Go's
// default a burst of questions ran into a collection every few hundred
// questions, each marking the whole library while the questions waited
// for the two cores: most of the 99th percentile. At 300
// they are a third as frequent, for a heap up to four times the live one
// (README: what it costs in memory).
const libraryGOGC = 300

// setCollector sets GOGC from what is live once the reports are loaded: at
// least libraryGOGC, and more where that would not let the heap reach
// floor. An operator's GOGC is left alone; an operator's GOMEMLIMIT still
// bounds the heap, as the runtime reads it itself. It returns the GOGC it
// set and whether it set one.
func setCollector(floor uint64, getenv func(string) string) (int, bool) {
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

// gcPercentFor is the GOGC for live bytes: libraryGOGC, or more where the
// heap goal, live × (1 + GOGC/100), would stay under floor.
func gcPercentFor(floor, live uint64) int {
	if live == 0 {
		return 100
	}
	if floor > live && int(100*(floor-live)/live) > libraryGOGC {
		return int(100 * (floor - live) / live)
	}
	return libraryGOGC
}
