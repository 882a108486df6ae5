package realtime

import (
	"errors"
	"fmt"
	"net"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// discardConn is a connected socket whose peer reads everything at once: writes are
// counted and dropped, reads block until Close.
type discardConn struct {
	written atomic.Int64
	closed  chan struct{}
	once    sync.Once
}

func newDiscardConn() *discardConn { return &discardConn{closed: make(chan struct{})} }

func (c *discardConn) WriteMessage(int, []byte) error            { return nil }
func (c *discardConn) WriteControl(int, []byte, time.Time) error { return nil }
func (c *discardConn) SetReadLimit(int64)                        {}
func (c *discardConn) SetReadDeadline(time.Time) error           { return nil }
func (c *discardConn) SetWriteDeadline(time.Time) error          { return nil }
func (c *discardConn) SetPongHandler(func(string) error)         {}
func (c *discardConn) NetConn() net.Conn                         { return discardNet{c} }
func (c *discardConn) Close() error                              { c.once.Do(func() { close(c.closed) }); return nil }
func (c *discardConn) ReadMessage() (int, []byte, error) {
	<-c.closed
	return 0, nil, errors.New("closed")
}
func (c *discardConn) waitWritten(n int64, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for c.written.Load() < n {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(100 * time.Microsecond)
	}
	return true
}

// discardNet is discardConn's network side: what the writer writes to.
type discardNet struct{ c *discardConn }

func (d discardNet) Read([]byte) (int, error)         { <-d.c.closed; return 0, net.ErrClosed }
func (d discardNet) Write(p []byte) (int, error)      { d.c.written.Add(int64(len(p))); return len(p), nil }
func (d discardNet) Close() error                     { return d.c.Close() }
func (d discardNet) LocalAddr() net.Addr              { return &net.TCPAddr{} }
func (d discardNet) RemoteAddr() net.Addr             { return &net.TCPAddr{} }
func (d discardNet) SetDeadline(time.Time) error      { return nil }
func (d discardNet) SetReadDeadline(time.Time) error  { return nil }
func (d discardNet) SetWriteDeadline(time.Time) error { return nil }

// sampleMessage is a message.created payload of the usual size.
var sampleMessage = struct {
	ID             uint64    `json:"id"`
	ConversationID uint64    `json:"conversation_id"`
	Author         any       `json:"author"`
	Text           string    `json:"text"`
	CreatedAt      time.Time `json:"created_at"`
}{ID: 123456, ConversationID: 42, Author: map[string]any{"type": "user", "id": 7},
	Text: "Thanks for waiting! Your order #1234 ships today.", CreatedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}

// BenchmarkEncode measures rendering one frame (done once per publish, whatever the
// number of recipients).
func BenchmarkEncode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Encode(FrameMessageCreated, sampleMessage); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFanout measures publishing one frame to N connected team sockets, through
// their queues and writers, until every socket has written it (ns/op is per publish;
// frames/s counts socket deliveries). Run: go test -run - -bench Fanout ./server/realtime/
func BenchmarkFanout(b *testing.B) {
	frame, err := Encode(FrameMessageCreated, sampleMessage)
	if err != nil {
		b.Fatal(err)
	}
	wire := int64(len(appendTextFrame(nil, frame)))
	for _, n := range []int{1, 100, 1000, 5000} {
		b.Run(fmt.Sprintf("sockets=%d", n), func(b *testing.B) {
			h := NewHub(Config{})
			conns := make([]*discardConn, n)
			var served sync.WaitGroup
			for i := range conns {
				conns[i] = newDiscardConn()
				served.Add(1)
				go func(c *discardConn, i int) {
					defer served.Done()
					h.Serve(c, Identity{UserID: uint64(1 + i%50)})
				}(conns[i], i)
			}
			for h.Stats().TeamSockets < n {
				time.Sleep(time.Millisecond)
			}
			b.ReportAllocs()
			b.ResetTimer()
			published := int64(0)
			for b.Loop() {
				h.ToTeam(frame)
				published++
				if published%64 == 0 { // let every writer catch up, as real publishes are paced
					for _, c := range conns {
						if !c.waitWritten(published*wire, 10*time.Second) {
							b.Fatalf("a socket fell behind: %d of %d bytes", c.written.Load(), published*wire)
						}
					}
				}
			}
			for _, c := range conns {
				if !c.waitWritten(published*wire, 30*time.Second) {
					b.Fatalf("a socket got %d of %d bytes", c.written.Load(), published*wire)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(published)*float64(n)/b.Elapsed().Seconds(), "frames/s")
			if d := h.Stats().Dropped; d > 0 {
				b.Fatalf("%d frames dropped", d)
			}
			for _, c := range conns {
				c.Close()
			}
			served.Wait()
		})
	}
}
