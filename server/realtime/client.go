package realtime

import (
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// Conn is the part of a WebSocket connection the hub uses; *websocket.Conn has it.
type Conn interface {
	WriteMessage(messageType int, data []byte) error
	WriteControl(messageType int, data []byte, deadline time.Time) error
	ReadMessage() (messageType int, p []byte, err error)
	SetReadLimit(limit int64)
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
	SetPongHandler(h func(appData string) error)
	NetConn() net.Conn
	Close() error
}

// Identity says who is on the other end of a socket.
type Identity struct {
	// UserID and SessionID are set for a team member.
	UserID    uint64
	SessionID string
	// ConversationID is set for a visitor: the one conversation it may see.
	ConversationID uint64
}

// IsVisitor tells a customer's socket from a team member's.
func (id Identity) IsVisitor() bool { return id.ConversationID != 0 }

// Close codes the app uses besides the standard ones.
const (
	// CloseRevoked tells the client its session ended (logout, password change…): it
	// should not reconnect with the same credentials.
	CloseRevoked = 4001
	// CloseTooSlow tells the client it was dropped for not reading fast enough: it
	// should reconnect and resync.
	CloseTooSlow = 4008
)

// client is one connected socket.
type client struct {
	id   Identity
	conn Conn
	// log is the hub's team log, which a team member's socket reads; pos is how far its
	// writer has taken frames from it (the publishers check how far behind it is).
	log *teamLog
	pos atomic.Uint64
	// queue holds a visitor's frames (a visitor reads no log).
	queue frameQueue
	// ready has a token whenever there may be frames to write: the writer's wake-up.
	ready chan struct{}
	done  chan struct{}
	once  sync.Once
	close closeReason
	mu    sync.Mutex
}

type closeReason struct {
	code int
	text string
}

func newClient(conn Conn, id Identity, log *teamLog, queue int) *client {
	c := &client{id: id, conn: conn, ready: make(chan struct{}, 1), done: make(chan struct{})}
	if id.IsVisitor() {
		c.queue = newFrameQueue(queue)
	} else {
		c.log = log
	}
	return c
}

// wake tells the writer there is something to write; it never blocks.
func (c *client) wake() {
	select {
	case c.ready <- struct{}{}:
	default: // already due to wake
	}
}

// enqueue offers a visitor's socket a frame without ever blocking the publisher: a
// full queue means the client is too slow, and it is dropped.
func (c *client) enqueue(b []byte) bool {
	select {
	case <-c.done:
		return false
	default:
	}
	if !c.queue.push(b) {
		c.stop(CloseTooSlow, "too slow")
		return false
	}
	c.wake()
	return true
}

// notify tells a team member's socket that the log grew to head. A socket whose writer
// is a whole log behind has lost frames; one a quarter of the log behind whose writer
// is stuck in a write (its peer takes nothing) will not catch up. Either is dropped.
func (c *client) notify(head uint64, size int) bool {
	var lag uint64
	if pos := c.pos.Load(); head > pos { // another publisher's later frame may be taken already
		lag = head - pos
	}
	if lag > uint64(size) || (lag > uint64(size/4) && c.queue.stuck()) {
		c.stop(CloseTooSlow, "too slow")
		return false
	}
	c.wake()
	return true
}

// stop asks the writer to close the socket with the given code. Only the writer touches
// the connection, so this is safe from any goroutine.
func (c *client) stop(code int, text string) {
	c.once.Do(func() {
		c.mu.Lock()
		c.close = closeReason{code, text}
		c.mu.Unlock()
		close(c.done)
		if code == CloseTooSlow {
			// The peer stopped reading, so the writer may be stuck in a write and a
			// close frame could not get through anyway: expire every pending read and
			// write now (net.Conn deadlines are safe from any goroutine). The hub stops
			// calling stop before the connection goes back to the library's pool.
			c.conn.NetConn().SetDeadline(time.Now())
		}
	})
}

func (c *client) reason() closeReason {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.close
}

// readLoop reads until the peer goes away or stops answering pings. Clients have
// nothing to say to us beyond pongs, so anything they send is read and dropped; a frame
// over the read limit fails the read, and the library closes with 1009.
func (c *client) readLoop(cfg Config) {
	c.conn.SetReadLimit(cfg.ReadLimit)
	c.conn.SetReadDeadline(time.Now().Add(cfg.PongWait))
	c.conn.SetPongHandler(func(string) error {
		return c.conn.SetReadDeadline(time.Now().Add(cfg.PongWait))
	})
	for {
		if _, _, err := c.conn.ReadMessage(); err != nil {
			return
		}
	}
}
