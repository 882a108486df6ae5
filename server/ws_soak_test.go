package server

import (
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/fasthttp/websocket"
	"github.com/npsdesk/npsdesk/server/realtime"
	"github.com/npsdesk/npsdesk/storage"
)

// TestSocketSoak holds many sockets open under traffic for a while, with everything that
// can touch a socket's connection at the same moment: frames from the API, fast pings,
// revocations (logout) and reconnects, slow readers being dropped, and a shutdown that
// closes the rest. Under -race a second writer on one connection would be reported (or
// panic in the library); afterwards every goroutine is gone.
//
// CI: 200 sockets for 20 s. NPSDESK_LONG=1 (or -long): 1,000 sockets for 10 minutes.
func TestSocketSoak(t *testing.T) {
	t.Parallel()
	sockets, duration := 200, 20*time.Second
	if longMode() {
		sockets, duration = 1000, 10*time.Minute
	}
	if testing.Short() {
		sockets, duration = 50, 3*time.Second
	}
	cfg := realtime.Config{PingInterval: 200 * time.Millisecond, PongWait: 2 * time.Second, QueueSize: 64}
	a := newConfiguredApp(t, Config{Realtime: cfg}, storage.Options{NoSync: true})
	addr := a.listen()
	chats := make([]visitor, 8)
	for i := range chats {
		chats[i] = a.startChat("Customer " + itoa(i))
	}
	// A warm-up request, so the server's first-use goroutines exist before counting.
	a.mustJSON("GET", "/api/v1/health", "", nil, http.StatusOK, nil)
	runtime.GC()
	before := runtime.NumGoroutine()

	s := &soak{t: t, a: a, addr: addr, chats: chats, latencies: make([]time.Duration, 0, 1<<16)}
	for i := 0; i < sockets; i++ {
		s.open(i)
	}
	t.Logf("%d sockets open; goroutines %d → %d", sockets, before, runtime.NumGoroutine())

	stop := make(chan struct{})
	var load sync.WaitGroup
	load.Add(2)
	go func() { defer load.Done(); s.publish(stop) }()
	go func() { defer load.Done(); s.churn(stop) }()
	time.Sleep(duration)
	close(stop)
	load.Wait()

	// The end: the clients close half of the sockets, the server's shutdown path
	// (CloseAll) the others.
	s.closeHalf()
	a.srv.hub.CloseAll()
	s.readers.Wait()
	waitHubEmpty(t, a.srv.hub)
	http.DefaultClient.CloseIdleConnections()

	// fasthttp keeps a few idle workers for a while; the tolerance covers them. A leak
	// of one goroutine per socket would be hundreds over it.
	tolerance := 25
	deadline := time.Now().Add(20 * time.Second)
	after := runtime.NumGoroutine()
	for after > before+tolerance && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
		runtime.GC()
		after = runtime.NumGoroutine()
	}
	p50, p99 := s.percentiles()
	t.Logf("%v with %d sockets: %d messages posted, %d frames read, %d sockets revoked and reopened, %d frames refused to slow sockets; message latency p50 %v, p99 %v; goroutines before %d, after %d",
		duration, sockets, s.posted.Load(), s.frames.Load(), s.revoked.Load(), a.srv.hub.Stats().Dropped, p50, p99, before, after)
	if after > before+tolerance {
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		t.Fatalf("goroutine leak: %d before, %d after\n%s", before, after, summarizeStacks(string(buf[:n])))
	}
	if s.frames.Load() == 0 || s.posted.Load() == 0 {
		t.Fatal("no traffic went through")
	}
}

// soak is the client side of TestSocketSoak.
type soak struct {
	t     *testing.T
	a     *testApp
	addr  string
	chats []visitor

	mu       sync.Mutex
	conns    []*websocket.Conn
	sessions []string // team sockets' sessions still open
	readers  sync.WaitGroup

	posted, frames, revoked atomic.Int64
	latMu                   sync.Mutex
	latencies               []time.Duration
}

// open dials socket i: most are team sockets with a session of their own (so one can be
// revoked without the others), every fourth is a customer's; every twentieth never
// reads, to be dropped as too slow.
func (s *soak) open(i int) {
	s.t.Helper()
	d := websocket.Dialer{HandshakeTimeout: 10 * time.Second}
	var conn *websocket.Conn
	var err error
	var session string
	if i%4 == 3 {
		v := s.chats[i%len(s.chats)]
		conn, _, err = d.Dial("ws://"+s.addr+"/api/v1/public/ws?token="+v.token, nil)
	} else {
		sess, err2 := s.a.store.CreateSession(s.a.adminID, sessionTTL)
		if err2 != nil {
			s.t.Fatal(err2)
		}
		token, _ := s.a.srv.tokens.issue(sess)
		session = sess.ID
		conn, _, err = d.Dial("ws://"+s.addr+"/api/v1/ws", http.Header{"Authorization": {"Bearer " + token}})
	}
	if err != nil {
		s.t.Fatalf("socket %d: %v", i, err)
	}
	s.mu.Lock()
	s.conns = append(s.conns, conn)
	if session != "" {
		s.sessions = append(s.sessions, session)
	}
	s.mu.Unlock()
	s.readers.Add(1)
	go s.read(conn, i%20 == 19)
}

// read drains a socket, timing message.created frames from their text, until it ends.
// A slow reader takes 100 ms per frame: if the server's buffers for it fill up, it is
// dropped as too slow while the others carry on.
func (s *soak) read(conn *websocket.Conn, slow bool) {
	defer s.readers.Done()
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			return
		}
		s.frames.Add(1)
		if slow {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		var f struct {
			Type string `json:"type"`
			Data struct {
				Text string `json:"text"`
			} `json:"data"`
		}
		if json.Unmarshal(data, &f) == nil && f.Type == realtime.FrameMessageCreated {
			if sent, ok := strings.CutPrefix(f.Data.Text, "t="); ok {
				if ns, err := time.Parse(time.RFC3339Nano, sent); err == nil {
					s.latMu.Lock()
					s.latencies = append(s.latencies, time.Since(ns))
					s.latMu.Unlock()
				}
			}
		}
	}
}

// publish posts team messages into the chats through the API: each becomes a
// message.created and a conversation.updated frame to every team socket, and a
// message.created to the chat's customers.
func (s *soak) publish(stop chan struct{}) {
	client := &http.Client{Timeout: 10 * time.Second}
	defer client.CloseIdleConnections()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		v := s.chats[i%len(s.chats)]
		body := `{"text":"t=` + time.Now().Format(time.RFC3339Nano) + `"}`
		req, _ := http.NewRequest("POST", "http://"+s.addr+v.teamPath("/messages"), strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+s.a.adminToken)
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			s.t.Errorf("post: %v", err)
			return
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusCreated {
			s.posted.Add(1)
		}
	}
}

// churn ends a random team socket's session every 100 ms, as a logout does (the hub
// closes the socket while frames are being written to it), and opens a fresh socket in
// its place.
func (s *soak) churn(stop chan struct{}) {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		s.mu.Lock()
		k := rand.IntN(len(s.sessions))
		victim := s.sessions[k]
		s.sessions = append(s.sessions[:k], s.sessions[k+1:]...)
		s.mu.Unlock()
		if err := s.a.store.DeleteSession(victim); err != nil {
			s.t.Errorf("revoke: %v", err)
			return
		}
		s.a.srv.hub.CloseSessions(victim)
		s.revoked.Add(1)
		s.open(i * 4) // a team socket that reads
	}
}

// closeHalf closes every other socket from the client side.
func (s *soak) closeHalf() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, c := range s.conns {
		if i%2 == 0 {
			c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
			c.Close()
		}
	}
}

func (s *soak) percentiles() (p50, p99 time.Duration) {
	s.latMu.Lock()
	defer s.latMu.Unlock()
	if len(s.latencies) == 0 {
		return 0, 0
	}
	sort.Slice(s.latencies, func(i, j int) bool { return s.latencies[i] < s.latencies[j] })
	return s.latencies[len(s.latencies)/2], s.latencies[len(s.latencies)*99/100]
}

// summarizeStacks groups a goroutine dump by the top function of each stack.
func summarizeStacks(dump string) string {
	counts := map[string]int{}
	for _, g := range strings.Split(dump, "\n\n") {
		lines := strings.Split(g, "\n")
		if len(lines) > 1 {
			counts[strings.TrimSpace(lines[1])]++
		}
	}
	var out []string
	for fn, n := range counts {
		out = append(out, itoa(n)+" × "+fn)
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}
