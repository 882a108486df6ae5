package server

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// Go's collector lets the heap grow to twice its live size between collections
// (GOGC=100). With thousands of sockets most of the heap is long-lived socket state, so
// twice is a hundred megabytes or more holding nothing but garbage: the memory of a
// loaded server would double. The heap tuner caps that headroom at maxHeapHeadroom once
// the live heap is large, by lowering GOGC (never below minGCPercent, so a big heap is
// not collected all the time); a small heap keeps Go's default. Measured by
// cmd/npsbench (overload: peak RSS against connected-idle RSS). An operator's own GOGC
// or GOMEMLIMIT is left alone.
const (
	maxHeapHeadroom  = 32 << 20
	minGCPercent     = 40
	defaultGCPercent = 100
)

var heapTuner sync.Once

// startHeapTuner starts the process's heap tuner once.
func startHeapTuner() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	heapTuner.Do(func() { go tuneHeap() })
}

// tuneHeap adjusts GOGC to the live heap every second, for the life of the process.
func tuneHeap() {
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	current := defaultGCPercent
	for range time.Tick(time.Second) {
		metrics.Read(live)
		if live[0].Value.Kind() != metrics.KindUint64 {
			return
		}
		if want := gcPercentFor(live[0].Value.Uint64()); want != current {
			debug.SetGCPercent(want)
			current = want
		}
	}
}

// gcPercentFor is the GOGC that keeps the headroom over a live heap of the given size
// within maxHeapHeadroom, between minGCPercent and Go's default.
func gcPercentFor(live uint64) int {
	if live == 0 {
		return defaultGCPercent
	}
	return max(minGCPercent, min(defaultGCPercent, int(100*maxHeapHeadroom/live)))
}
