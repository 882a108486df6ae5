package server

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/fasthttp/websocket"
	"github.com/npsdesk/npsdesk/server/realtime"
	"github.com/npsdesk/npsdesk/storage"
)

// TestOversizedFrameClosesWith1009: a client frame over the read limit ends the socket
// with 1009 (message too big), on the team socket and the visitor socket alike.
func TestOversizedFrameClosesWith1009(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	v := a.startChat("Anna")
	team, _, err := dialTeam(t, addr, a.adminToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer team.Close()
	d := websocket.Dialer{HandshakeTimeout: 3 * time.Second}
	customer, _, err := d.Dial("ws://"+addr+"/api/v1/public/ws?token="+v.token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer customer.Close()

	for name, conn := range map[string]*websocket.Conn{"team": team, "visitor": customer} {
		// A frame just under the limit is read and dropped: the socket stays.
		if err := conn.WriteMessage(websocket.TextMessage, []byte(strings.Repeat("x", 4000))); err != nil {
			t.Fatal(err)
		}
		// The server may close before it has read the whole frame, so the write runs
		// in the background and its error (a reset) does not matter.
		go conn.WriteMessage(websocket.TextMessage, []byte(strings.Repeat("x", 64<<10)))
		conn.SetReadDeadline(time.Now().Add(3 * time.Second))
		_, _, err := conn.ReadMessage()
		var closeErr *websocket.CloseError
		if !errors.As(err, &closeErr) || closeErr.Code != websocket.CloseMessageTooBig {
			t.Errorf("%s: 64 KB frame ended with %v, want close 1009", name, err)
		}
	}
	waitHubEmpty(t, a.srv.hub)
}

// TestSilentClientIsDropped: a client that never answers pings is dropped after the pong
// wait, while a client that answers (the library does so whenever it reads) stays.
func TestSilentClientIsDropped(t *testing.T) {
	t.Parallel()
	cfg := realtime.Config{PingInterval: 100 * time.Millisecond, PongWait: 400 * time.Millisecond}
	a := newConfiguredApp(t, Config{Realtime: cfg}, storage.Options{})
	addr := a.listen()

	alive, _, err := dialTeam(t, addr, a.adminToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer alive.Close()
	pings := make(chan struct{}, 100)
	alive.SetPingHandler(func(data string) error {
		select {
		case pings <- struct{}{}:
		default:
		}
		return alive.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(time.Second))
	})
	aliveDone := make(chan error, 1)
	go func() {
		for {
			if _, _, err := alive.ReadMessage(); err != nil {
				aliveDone <- err
				return
			}
		}
	}()

	// The silent client never reads, so it never sees a ping and never answers one.
	silent, _, err := dialTeam(t, addr, a.adminToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	waitSockets(t, a.srv.hub, 2)

	start := time.Now()
	waitSockets(t, a.srv.hub, 1)
	t.Logf("silent client dropped after %v (ping every %v, pong wait %v)", time.Since(start), cfg.PingInterval, cfg.PongWait)
	// The answering client has outlived several pong waits.
	time.Sleep(3 * cfg.PongWait)
	select {
	case err := <-aliveDone:
		t.Fatalf("the client that answers pings was dropped: %v", err)
	default:
	}
	if len(pings) < 3 {
		t.Errorf("the live client saw %d pings in %v", len(pings), time.Since(start))
	}
	if a.srv.hub.Stats().TeamSockets != 1 {
		t.Fatalf("hub: %+v", a.srv.hub.Stats())
	}
}

// waitHubEmpty waits until the hub has no socket left.
func waitHubEmpty(t *testing.T, hub *realtime.Hub) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for s := hub.Stats(); s.TeamSockets+s.VisitorSockets > 0; s = hub.Stats() {
		if time.Now().After(deadline) {
			t.Fatalf("sockets left in the hub: %+v", s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
