package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/fasthttp/websocket"
)

// socket is one client WebSocket the tool holds open.
type socket struct {
	nc net.Conn
	// frames counts the frames this socket read that a tracker recognised.
	frames atomic.Int64
	// ended is closed when the reader stops (the server closed the socket, or we did).
	ended chan struct{}
	// endErr is why the reader stopped.
	endErr error
}

// socketSet is a group of sockets opened together and closed together.
type socketSet struct {
	sockets []*socket
	slow    []*socket // never read: the overload scenario's stalled clients
}

// dialOptions say how to open a group of sockets.
type dialOptions struct {
	url     string   // ws://127.0.0.1:port/path
	tokens  []string // Bearer tokens, shared round-robin (nil: no header)
	n       int      // sockets that read
	slow    int      // sockets that never read, with a tiny receive buffer
	onFrame func(s *socket, payload []byte, at time.Time)
}

// dialSockets opens every socket (64 handshakes in flight at a time) and starts a reader
// for each reading socket.
func dialSockets(ctx context.Context, o dialOptions) (*socketSet, error) {
	set := &socketSet{sockets: make([]*socket, o.n), slow: make([]*socket, o.slow)}
	sem := make(chan struct{}, 64)
	var wg sync.WaitGroup
	var firstErr error
	var errOnce sync.Once
	for i := 0; i < o.n+o.slow; i++ {
		if ctx.Err() != nil {
			break
		}
		sem <- struct{}{}
		wg.Add(1)
		go func(i int) {
			defer func() { <-sem; wg.Done() }()
			slow := i >= o.n
			header := http.Header{}
			if len(o.tokens) > 0 {
				header.Set("Authorization", "Bearer "+o.tokens[i%len(o.tokens)])
			}
			nc, err := dial(ctx, o.url, header, slow)
			if err != nil {
				errOnce.Do(func() { firstErr = fmt.Errorf("socket %d: %w", i, err) })
				return
			}
			s := &socket{nc: nc, ended: make(chan struct{})}
			if slow {
				set.slow[i-o.n] = s
				return
			}
			set.sockets[i] = s
			go s.read(o.onFrame)
		}(i)
	}
	wg.Wait()
	if firstErr == nil && ctx.Err() != nil {
		firstErr = ctx.Err()
	}
	if firstErr != nil {
		set.close()
		return nil, firstErr
	}
	return set, nil
}

// dial opens one socket. A slow socket gets a 4 KiB receive buffer, so that a client
// that stops reading stalls the server's writes within a few frames, as a phone on a
// bad network does, instead of parking megabytes in the loopback's buffers.
func dial(ctx context.Context, url string, header http.Header, slow bool) (net.Conn, error) {
	nd := &net.Dialer{Timeout: 10 * time.Second}
	if slow {
		nd.Control = func(network, address string, c syscall.RawConn) error {
			var serr error
			err := c.Control(func(fd uintptr) {
				serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096)
			})
			if err != nil {
				return err
			}
			return serr
		}
	}
	var hc *handshakeConn
	d := websocket.Dialer{
		NetDialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := nd.DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			hc = &handshakeConn{Conn: c}
			return hc, nil
		},
		HandshakeTimeout: 10 * time.Second,
		ReadBufferSize:   4096,
		WriteBufferSize:  512,
	}
	_, resp, err := d.DialContext(ctx, url, header)
	if err != nil {
		if resp != nil {
			body, _ := io.ReadAll(io.LimitReader(resp.Body, 300))
			return nil, fmt.Errorf("%w (status %d: %s)", err, resp.StatusCode, bytes.TrimSpace(body))
		}
		return nil, err
	}
	// From here on the socket is read with frameReader: the library's connection is not
	// used (it holds no byte of ours: handshakeConn saw to that).
	return hc, nil
}

// read hands every frame to onFrame until the socket ends.
func (s *socket) read(onFrame func(*socket, []byte, time.Time)) {
	defer close(s.ended)
	r := newFrameReader(s.nc)
	for {
		p, err := r.next()
		if err != nil {
			s.endErr = err
			return
		}
		if onFrame != nil {
			onFrame(s, p, time.Now())
		}
	}
}

// count is the number of reading sockets.
func (set *socketSet) count() int { return len(set.sockets) }

// closedByServer counts reading sockets whose reader has stopped.
func (set *socketSet) closedByServer() int {
	n := 0
	for _, s := range set.sockets {
		select {
		case <-s.ended:
			n++
		default:
		}
	}
	return n
}

// slowDropped tells how many never-read sockets the server has dropped, waiting up to
// wait for all of them. It asks the kernel rather than the socket: the server's end of
// a dropped socket leaves ESTABLISHED (FIN-WAIT, or gone) at once, while its last bytes
// and its FIN may sit for seconds behind the stalled peer's closed window.
func (set *socketSet) slowDropped(serverAddr string, wait time.Duration) int {
	_, portText, _ := net.SplitHostPort(serverAddr)
	serverPort, _ := strconv.Atoi(portText)
	deadline := time.Now().Add(wait)
	for {
		established, err := establishedPeers(serverPort)
		dropped := 0
		for _, s := range set.slow {
			if a, ok := s.nc.LocalAddr().(*net.TCPAddr); ok && err == nil && !established[a.Port] {
				dropped++
			}
		}
		if dropped == len(set.slow) || time.Now().After(deadline) {
			return dropped
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// close closes every socket at once with a reset (linger 0), so thousands of closed
// sockets leave no TIME_WAIT entries to exhaust the loopback's ports.
func (set *socketSet) close() {
	for _, group := range [][]*socket{set.sockets, set.slow} {
		for _, s := range group {
			if s == nil {
				continue
			}
			if hc, ok := s.nc.(*handshakeConn); ok {
				if tc, ok := hc.Conn.(*net.TCPConn); ok {
					tc.SetLinger(0)
				}
			}
			s.nc.Close()
		}
	}
	for _, s := range set.sockets {
		if s != nil {
			<-s.ended
		}
	}
}
