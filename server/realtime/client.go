package realtime

import (
	"net"
	"sync"
	"time"

	"github.com/fasthttp/websocket"
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
	id    Identity
	conn  Conn
	send  chan []byte
	done  chan struct{}
	once  sync.Once
	close closeReason
	mu    sync.Mutex
}

type closeReason struct {
	code int
	text string
}

func newClient(conn Conn, id Identity, queue int) *client {
	return &client{id: id, conn: conn, send: make(chan []byte, queue), done: make(chan struct{})}
}

// enqueue offers a frame without ever blocking the publisher: a full queue means the
// client is too slow, and it is dropped.
func (c *client) enqueue(b []byte) bool {
	select {
	case <-c.done:
		return false
	default:
	}
	select {
	case c.send <- b:
		return true
	default:
		c.stop(CloseTooSlow, "too slow")
		return false
	}
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

// writeLoop is the socket's only writer: queued frames, pings, and the final close.
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
		case b := <-c.send:
			select {
			case <-c.done: // stopping wins over a queue that still has frames
				return
			default:
			}
			c.conn.SetWriteDeadline(time.Now().Add(cfg.WriteTimeout))
			if err := c.conn.WriteMessage(websocket.TextMessage, b); err != nil {
				c.stop(0, "")
				return
			}
		case <-ticker.C:
			if err := c.conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(cfg.WriteTimeout)); err != nil {
				c.stop(0, "")
				return
			}
		}
	}
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
