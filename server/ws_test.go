package server

import (
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/fasthttp/websocket"
	"github.com/npsdesk/npsdesk/server/realtime"
)

// dialTeam opens a team socket the way an API client does.
func dialTeam(t testing.TB, addr, token string, header http.Header) (*websocket.Conn, *http.Response, error) {
	t.Helper()
	if header == nil {
		header = http.Header{}
	}
	if token != "" {
		header.Set("Authorization", "Bearer "+token)
	}
	d := websocket.Dialer{HandshakeTimeout: 3 * time.Second}
	return d.Dial("ws://"+addr+"/api/v1/ws", header)
}

// waitSockets waits until the hub counts n team sockets.
func waitSockets(t *testing.T, hub *realtime.Hub, n int) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for hub.Stats().TeamSockets != n {
		if time.Now().After(deadline) {
			t.Fatalf("hub has %d team sockets, want %d", hub.Stats().TeamSockets, n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestTeamSocketReceivesFramesAndClosesOnLogout(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	conn, _, err := dialTeam(t, addr, a.adminToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	waitSockets(t, a.srv.hub, 1)

	frame, _ := realtime.Encode("test.frame", map[string]int{"n": 1})
	a.srv.hub.ToTeam(frame)
	conn.SetReadDeadline(time.Now().Add(3 * time.Second))
	_, got, err := conn.ReadMessage()
	if err != nil || string(got) != string(frame) {
		t.Fatalf("frame: %s, %v", got, err)
	}

	a.mustJSON("POST", "/api/v1/auth/logout", a.adminToken, nil, http.StatusNoContent, nil)
	start := time.Now() // from the acknowledgement, as in TestRevokedSocketsCloseWithinASecond
	_, _, err = conn.ReadMessage()
	var closeErr *websocket.CloseError
	if !errors.As(err, &closeErr) || closeErr.Code != realtime.CloseRevoked {
		t.Fatalf("after logout: %v, want close %d", err, realtime.CloseRevoked)
	}
	if time.Since(start) > time.Second {
		t.Fatalf("revoked socket closed after %v, want < 1s", time.Since(start))
	}
}

func TestTeamSocketRefusals(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	cases := []struct {
		name   string
		token  string
		header http.Header
		want   int
	}{
		{"no token", "", nil, http.StatusUnauthorized},
		{"bad token", "x.y.z", nil, http.StatusUnauthorized},
		{"cookie from a foreign origin", "", http.Header{"Cookie": {"npsdesk_token=" + a.adminToken}, "Origin": {"https://evil.example"}}, http.StatusForbidden},
	}
	for _, tc := range cases {
		_, resp, err := dialTeam(t, addr, tc.token, tc.header)
		if err == nil || resp == nil || resp.StatusCode != tc.want {
			status := 0
			if resp != nil {
				status = resp.StatusCode
			}
			t.Errorf("%s: status %d err %v, want %d", tc.name, status, err, tc.want)
		}
	}
	conn, _, err := dialTeam(t, addr, "", http.Header{"Cookie": {"npsdesk_token=" + a.adminToken}, "Origin": {"http://" + addr}})
	if err != nil {
		t.Fatalf("same-origin cookie socket: %v", err)
	}
	conn.Close()
}

func TestSlowSocketIsDroppedWithoutSlowingOthers(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	slow, _, err := dialTeam(t, addr, a.adminToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	fast, _, err := dialTeam(t, addr, a.adminToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer fast.Close()
	waitSockets(t, a.srv.hub, 2)

	// The fast reader drains in the background; the slow one never reads. Frames come
	// in paced bursts, as a busy team's messages would.
	const frames = 2000
	received := make(chan int, 1)
	go func() {
		n := 0
		fast.SetReadDeadline(time.Now().Add(10 * time.Second))
		for {
			if _, _, err := fast.ReadMessage(); err != nil {
				received <- n
				return
			}
			n++
			if n == frames {
				received <- n
				return
			}
		}
	}()
	big := make([]byte, 4<<10)
	for i := range big {
		big[i] = 'x'
	}
	frame, _ := realtime.Encode("load", string(big))
	var slowest time.Duration
	for i := 0; i < frames; i++ {
		start := time.Now()
		a.srv.hub.ToTeam(frame)
		slowest = max(slowest, time.Since(start))
		if i%25 == 24 {
			time.Sleep(10 * time.Millisecond)
		}
	}
	if slowest > 100*time.Millisecond {
		t.Fatalf("publishing waited on a slow socket: %v", slowest)
	}
	if n := <-received; n != frames {
		t.Fatalf("the fast socket got %d of %d frames", n, frames)
	}
	waitSockets(t, a.srv.hub, 1)
}
