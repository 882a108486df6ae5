package realtime

import (
	"bytes"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestTeamLogFiltersByRecipientAndNoticesLoss(t *testing.T) {
	t.Parallel()
	l := newTeamLog(4)
	l.append([]byte("a"), 0)
	l.append([]byte("for 7"), 7)
	l.append([]byte("b"), 0)
	got, next, more, lost := l.read(nil, 0, 5, 10, 1<<20)
	if lost || more || next != 3 || len(got) != 2 || string(got[0]) != "a" || string(got[1]) != "b" {
		t.Fatalf("user 5 read %q next %d more %v lost %v", got, next, more, lost)
	}
	got, _, _, _ = l.read(nil, 0, 7, 10, 1<<20)
	if len(got) != 3 {
		t.Fatalf("user 7 read %q, want all three", got)
	}
	got, next, more, _ = l.read(nil, 0, 7, 2, 1<<20)
	if len(got) != 2 || next != 2 || !more {
		t.Fatalf("a read of 2 frames: %q next %d more %v", got, next, more)
	}
	for i := 0; i < 4; i++ {
		l.append([]byte("x"), 0)
	}
	if _, _, _, lost := l.read(nil, 0, 0, 10, 1<<20); !lost {
		t.Fatal("a position a whole ring behind should be lost")
	}
}

func TestNotifyToleratesAWriterAheadOfThePublisher(t *testing.T) {
	t.Parallel()
	// Publisher A appended (head 8), B appended twice more and the writer took all ten
	// before A got to notify: A's head is behind the writer, not the other way round.
	c := newClient(newDiscardConn(), Identity{UserID: 1}, newTeamLog(16), 16)
	c.pos.Store(10)
	if !c.notify(8, 16) {
		t.Fatal("a writer ahead of an older head was dropped")
	}
	c.pos.Store(0)
	if c.notify(17, 16) {
		t.Fatal("a writer a whole log behind was kept")
	}
}

// tapConn is a socket that keeps what its writer wrote.
type tapConn struct {
	*discardConn
	mu  sync.Mutex
	buf bytes.Buffer
}

func newTapConn() *tapConn { return &tapConn{discardConn: newDiscardConn()} }

func (c *tapConn) NetConn() net.Conn { return tapNet{discardNet{c.discardConn}, c} }

// tapNet records writes on top of discardNet.
type tapNet struct {
	discardNet
	c *tapConn
}

func (t tapNet) Write(p []byte) (int, error) {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	return t.c.buf.Write(p)
}

// frames decodes the text frames written so far (payloads up to 125 bytes).
func (c *tapConn) frames() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	b := c.buf.Bytes()
	for len(b) >= 2 {
		n := int(b[1] & 0x7f)
		out = append(out, string(b[2:2+n]))
		b = b[2+n:]
	}
	return out
}

func TestHubDeliversTeamAndPersonalFramesInOrder(t *testing.T) {
	t.Parallel()
	h := NewHub(Config{})
	a, b := newTapConn(), newTapConn()
	go h.Serve(a, Identity{UserID: 1})
	go h.Serve(b, Identity{UserID: 2})
	for h.Stats().TeamSockets < 2 {
		time.Sleep(time.Millisecond)
	}
	h.ToTeam([]byte("one"))
	h.ToUser(1, []byte("for 1"))
	h.ToTeam([]byte("two"))
	h.ToUser(2, []byte("for 2"))
	want := map[*tapConn]string{a: "one,for 1,two", b: "one,two,for 2"}
	for c, w := range want {
		deadline := time.Now().Add(3 * time.Second)
		for strings.Join(c.frames(), ",") != w && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		if got := strings.Join(c.frames(), ","); got != w {
			t.Errorf("got %q, want %q", got, w)
		}
	}
	a.Close()
	b.Close()
}
