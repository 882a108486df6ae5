package server

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Go's collector lets the heap grow to twice its live size between collections
// (GOGC=100). With thousands of sockets most of the heap is long-lived socket state, so
// twice is a hundred megabytes or more holding nothing but garbage: the memory of a
// loaded server would double. The heap tuner keeps that headroom at maxHeapHeadroom:
// once the live heap is large, by lowering GOGC (never below minGCPercent, so a big
// heap is not collected all the time); while it is small (a few MB: a team without
// thousands of sockets), by raising it (up to maxGCPercent), since GOGC=100 over a 4 MB
// heap collects every 4 MB allocated — every ~400 messages ingested — and the
// collections and their assists were ~15 % of the CPU of a busy message ingest. Either
// way the garbage between collections stays within the same 32 MiB. Measured by
// cmd/npsbench (overload: peak RSS against connected-idle RSS; ingest). An operator's
// own GOGC or GOMEMLIMIT is left alone.
const (
	maxHeapHeadroom  = 32 << 20
	minGCPercent     = 25
	maxGCPercent     = 800
	defaultGCPercent = 100
)

var heapTuner sync.Once

// startHeapTuner starts the process's heap tuner once.
func startHeapTuner() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	heapTuner.Do(func() {
		t := &heapTunerState{live: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}, current: defaultGCPercent}
		t.arm()
	})
}

// heapTunerState re-tunes GOGC after every collection, from the live heap that
// collection found, so the next collection's target is never more than
// maxHeapHeadroom above the live heap, even while the heap grows fast (thousands of
// sockets connecting): a timer would leave a GOGC raised for a small heap in force over
// a heap that had meanwhile grown tenfold.
type heapTunerState struct {
	live    []metrics.Sample
	current int
}

// gcSentinel is garbage as soon as it is made: its finalizer runs after the next
// collection. (It holds a pointer, so it is never a tiny allocation, whose finalizer
// might not run.)
type gcSentinel struct{ t *heapTunerState }

// arm has the tuner run after the next collection; it re-arms itself each time, for
// the life of the process. Finalizers run one at a time, so the state needs no lock.
func (t *heapTunerState) arm() {
	runtime.SetFinalizer(&gcSentinel{t: t}, func(s *gcSentinel) {
		s.t.tune()
		s.t.arm()
	})
}

// tune sets GOGC for the live heap the last collection found.
func (t *heapTunerState) tune() {
	metrics.Read(t.live)
	if t.live[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	if want := gcPercentFor(t.live[0].Value.Uint64()); want != t.current {
		debug.SetGCPercent(want)
		t.current = want
	}
}

// gcPercentFor is the GOGC that makes the headroom over a live heap of the given size
// maxHeapHeadroom, between minGCPercent and maxGCPercent.
func gcPercentFor(live uint64) int {
	if live == 0 {
		return defaultGCPercent
	}
	return max(minGCPercent, min(maxGCPercent, int(100*maxHeapHeadroom/live)))
}
