package realtime

import (
	"sync"
	"sync/atomic"
	"time"
)

// frameQueue is a visitor socket's bounded queue of frames waiting for its writer (team
// sockets read the shared teamLog instead). It holds no
// memory while the socket is idle — thousands of idle sockets cost nothing here — and
// grows with the backlog up to its limit, when the socket counts as too slow: when its
// writer is stuck in a write (the peer does not take what it is sent). A full queue
// whose writer is not stuck only says the server is busy — its writer has not run yet
// — so it may grow to a hard cap (hardLimitFactor × limit) before the socket is dropped.
//
// The writer takes the whole queue at once and gives the slice back when it has
// written it (double buffering): under a sustained backlog the same two slices serve
// every batch and publishing allocates nothing per socket. A socket whose backlog is
// over gives them back at its next ping (trim).
type frameQueue struct {
	mu     sync.Mutex
	frames [][]byte
	spare  [][]byte // the writer's last batch, reused for the next one
	grown  int      // the largest batch since the last trim: the size to allocate
	limit  int
	// writing is when the writer's current chunk began (unix nanos), 0 between writes:
	// a peer that reads at all completes a chunk quickly. Team sockets use it too.
	writing atomic.Int64
}

// stuckWrite is how long one chunk's write must have lasted for its peer to count as
// not reading.
const stuckWrite = 500 * time.Millisecond

// hardLimitFactor bounds a busy server's backlog per socket, as a multiple of the limit.
const hardLimitFactor = 4

// smallBatch is the capacity a queue starts with.
const smallBatch = 8

func newFrameQueue(limit int) frameQueue {
	return frameQueue{limit: limit}
}

// push adds a frame; false when the socket is too slow for it.
func (q *frameQueue) push(b []byte) bool {
	q.mu.Lock()
	if n := len(q.frames); n >= q.limit && (n >= hardLimitFactor*q.limit || q.stuck()) {
		q.mu.Unlock()
		return false
	}
	if q.frames == nil {
		if q.spare != nil {
			q.frames, q.spare = q.spare, nil
		} else {
			q.frames = make([][]byte, 0, max(smallBatch, q.grown))
		}
	}
	q.frames = append(q.frames, b)
	q.mu.Unlock()
	return true
}

// stuck tells whether the writer has been inside one chunk's write for stuckWrite.
func (q *frameQueue) stuck() bool {
	began := q.writing.Load()
	return began != 0 && time.Since(time.Unix(0, began)) >= stuckWrite
}

// take removes and returns every waiting frame, oldest first.
func (q *frameQueue) take() [][]byte {
	q.mu.Lock()
	defer q.mu.Unlock()
	frames := q.frames
	q.frames = nil
	q.grown = max(q.grown, cap(frames))
	return frames
}

// recycle gives a written batch back for reuse.
func (q *frameQueue) recycle(frames [][]byte) {
	if frames == nil {
		return
	}
	clear(frames)
	q.mu.Lock()
	q.spare = frames[:0]
	q.mu.Unlock()
}

// trim lets go of a spare slice grown for a backlog that is over: when the batches
// since the last trim needed less than half of it.
func (q *frameQueue) trim() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if cap(q.spare) > smallBatch && q.grown < cap(q.spare)/2 {
		q.spare = nil
	}
	q.grown = 0
}
