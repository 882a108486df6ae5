package realtime

import (
	"net"
	"sync"
	"time"

	"github.com/fasthttp/websocket"
)

// writeLoop is the socket's only writer: frames, pings, and the final close. Every frame
// waiting for the socket goes out in as few writes as possible: under load a socket costs
// one syscall per batch instead of one per frame, so a busy hub catches up instead of
// falling further behind.
func (c *client) writeLoop(cfg Config) {
	ticker := time.NewTicker(cfg.PingInterval)
	defer func() {
		ticker.Stop()
		r := c.reason()
		if r.code != 0 && r.code != CloseTooSlow {
			c.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(r.code, r.text), time.Now().Add(time.Second))
		}
		// A hijacked connection's Close does nothing until the handler returns, so the
		// reader is woken by an expired deadline instead.
		c.conn.NetConn().SetReadDeadline(time.Now())
	}()
	for {
		select {
		case <-c.done:
			return
		case <-c.ready:
			if !c.flush(cfg.WriteTimeout) {
				return
			}
		case <-ticker.C:
			c.queue.trim()
			if err := c.conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(cfg.WriteTimeout)); err != nil {
				c.stop(0, "")
				return
			}
		}
	}
}

// maxBatchFrames bounds the frames taken from the team log for one write.
const maxBatchFrames = 64

// batches are the slices team writers gather frames into, shared: a socket holds one
// only while it writes.
var batches = sync.Pool{New: func() any {
	b := make([][]byte, 0, maxBatchFrames)
	return &b
}}

// flush writes everything waiting for the socket; false when the writer must stop.
func (c *client) flush(timeout time.Duration) bool {
	for {
		select {
		case <-c.done: // stopping wins over frames still waiting
			return false
		default:
		}
		if c.log == nil {
			frames := c.queue.take()
			err := c.writeFrames(frames, timeout)
			c.queue.recycle(frames)
			if err != nil {
				c.stop(0, "")
				return false
			}
			return true
		}
		bp := batches.Get().(*[][]byte)
		frames, next, more, lost := c.log.read((*bp)[:0], c.pos.Load(), c.id.UserID, maxBatchFrames, writeChunk)
		c.pos.Store(next)
		if lost {
			batches.Put(bp)
			c.stop(CloseTooSlow, "too slow")
			return false
		}
		err := c.writeFrames(frames, timeout)
		clear(frames)
		*bp = frames[:0]
		batches.Put(bp)
		if err != nil {
			c.stop(0, "")
			return false
		}
		if !more {
			return true
		}
	}
}

// writeFrames writes frames already on the wire format in gathered writes (writev on
// a TCP connection: the shared frames are not even copied), at most writeChunk bytes
// each, so that the start of the current chunk tells whether the peer is still taking
// data (see frameQueue.stuck). It writes to the network connection directly, because
// the library's writer sends one frame per call. Control frames the library sends from
// the reader (pong, close reply) are single writes too, and a net.Conn never
// interleaves concurrent writes, so frames never mix.
func (c *client) writeFrames(frames [][]byte, timeout time.Duration) error {
	if len(frames) == 0 {
		return nil
	}
	nc := c.conn.NetConn()
	nc.SetWriteDeadline(time.Now().Add(timeout))
	defer c.queue.writing.Store(0)
	for len(frames) > 0 {
		n, size := 0, 0
		for n < len(frames) && (n == 0 || size+len(frames[n]) <= writeChunk) {
			size += len(frames[n])
			n++
		}
		c.queue.writing.Store(time.Now().UnixNano())
		bufs := net.Buffers(frames[:n])
		if _, err := bufs.WriteTo(nc); err != nil {
			return err
		}
		frames = frames[n:]
	}
	return nil
}

// writeChunk bounds one gathered write: half the kernel send buffer, so a peer that
// reads at all completes chunks quickly (and the connection's cached iovec array stays
// small: a few dozen frames).
const writeChunk = SendBufferBytes / 2
