package realtime

import "sync"

// teamLog is the hub's shared, bounded log of the frames for team members: a ring of the
// last frames published, each for the whole team or for one member. A team socket keeps
// only its position in it, so a backlog costs the socket nothing — thousands of sockets
// behind by hundreds of frames share one ring — and publishing appends once, whatever
// the number of sockets. A socket that falls a whole ring behind has lost frames: it is
// dropped (it reconnects and resyncs).
type teamLog struct {
	mu      sync.RWMutex
	entries []logEntry
	head    uint64 // the sequence number the next frame gets
}

// logEntry is one published frame, on the wire format.
type logEntry struct {
	frame []byte
	// user is the team member the frame is for; 0 for everyone.
	user uint64
}

func newTeamLog(size int) *teamLog {
	return &teamLog{entries: make([]logEntry, size)}
}

// append publishes a frame and returns the new head.
func (l *teamLog) append(frame []byte, user uint64) uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries[l.head%uint64(len(l.entries))] = logEntry{frame: frame, user: user}
	l.head++
	return l.head
}

// position is where a socket that joins now starts reading.
func (l *teamLog) position() uint64 {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.head
}

// read appends to dst the frames from position from that are for user, at most max
// frames and maxBytes bytes (at least one frame), and returns the position after them
// and whether more frames follow. lost is true when from has fallen out of the ring.
func (l *teamLog) read(dst [][]byte, from, user uint64, max, maxBytes int) (out [][]byte, next uint64, more, lost bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	size := uint64(len(l.entries))
	if l.head-from > size {
		return dst, from, false, true
	}
	bytes := 0
	for ; from < l.head && len(dst) < max; from++ {
		e := l.entries[from%size]
		if e.user != 0 && e.user != user {
			continue
		}
		if len(dst) > 0 && bytes+len(e.frame) > maxBytes {
			break
		}
		dst = append(dst, e.frame)
		bytes += len(e.frame)
	}
	return dst, from, from < l.head, false
}
