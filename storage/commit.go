package storage

import (
	"errors"
	"fmt"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// committer is the single committing writer behind DB.batch: group commit without a
// timer. Callers queue their write and wait; the committer runs every write waiting at
// that moment in one transaction (one fsync), and starts the next group as soon as that
// commit ends. An idle server commits a lone write at once (bbolt's Batch would first
// wait out its MaxBatchDelay); a busy one groups everything that arrived during the
// previous commit, so groups grow with the load and fsyncs stay few.
type committer struct {
	bolt *bolt.DB
	max  int

	mu      sync.Mutex
	pending []pendingWrite
	closed  bool
	wake    chan struct{}
	stopped chan struct{}
}

type pendingWrite struct {
	fn   func(*bolt.Tx) error
	done chan error
}

// errRunAlone tells a caller its write failed inside a group: it runs again on its own,
// so its error (a conflict, a missing record) is its alone and the others commit.
var errRunAlone = errors.New("run the write alone")

// errClosed refuses writes after Close.
var errClosed = errors.New("database is closed")

// maxGroupCommit bounds one group: every sender of a busy team at once, and still a
// short transaction.
const maxGroupCommit = 256

func newCommitter(b *bolt.DB, max int) *committer {
	c := &committer{bolt: b, max: max, wake: make(chan struct{}, 1), stopped: make(chan struct{})}
	go c.loop()
	return c
}

// write queues fn and waits for its group's commit. fn may run more than once.
func (c *committer) write(fn func(*bolt.Tx) error) error {
	done := make(chan error, 1)
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return errClosed
	}
	c.pending = append(c.pending, pendingWrite{fn: fn, done: done})
	// The wake-up is sent under the lock, so close (which takes it) can never close the
	// channel between our append and our send.
	select {
	case c.wake <- struct{}{}:
	default: // the committer is already due to wake and will see it
	}
	c.mu.Unlock()
	err := <-done
	if err == errRunAlone {
		err = c.bolt.Update(fn)
	}
	return err
}

// loop commits groups until close, finishing every queued write first.
func (c *committer) loop() {
	defer close(c.stopped)
	for range c.wake {
		for {
			c.mu.Lock()
			group := c.pending
			if len(group) > c.max {
				group, c.pending = group[:c.max:c.max], group[c.max:]
			} else {
				c.pending = nil
			}
			closed := c.closed
			c.mu.Unlock()
			if len(group) == 0 {
				if closed {
					return
				}
				break
			}
			c.commit(group)
		}
	}
}

// commit runs a group in one transaction. A write that fails leaves the group and runs
// alone afterwards (as with bbolt's Batch); the rest are retried together.
func (c *committer) commit(group []pendingWrite) {
	for len(group) > 0 {
		failed := -1
		err := c.bolt.Update(func(tx *bolt.Tx) error {
			for i, w := range group {
				if err := callSafely(w.fn, tx); err != nil {
					failed = i
					return err
				}
			}
			return nil
		})
		if failed >= 0 {
			group[failed].done <- errRunAlone
			group = append(group[:failed:failed], group[failed+1:]...)
			continue
		}
		for _, w := range group {
			w.done <- err
		}
		return
	}
}

// callSafely turns a panic in a write into its error, so one bad write cannot take the
// committer (and every writer waiting on it) down.
func callSafely(fn func(*bolt.Tx) error, tx *bolt.Tx) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("write panicked: %v", p)
		}
	}()
	return fn(tx)
}

// close stops taking writes, commits the queued ones and waits for the committer.
func (c *committer) close() {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return
	}
	c.closed = true
	c.mu.Unlock()
	close(c.wake)
	<-c.stopped
}
