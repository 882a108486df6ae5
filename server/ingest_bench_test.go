package server

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/fasthttp/websocket"
)

// BenchmarkMessageIngest measures a team member's message from HTTP to a durable
// (fsync'd, group-committed) write and the fan-out to connected team sockets, over real
// loopback connections, with senders in parallel (-cpu sets GOMAXPROCS; -benchtime the
// count). Run: go test -run - -bench MessageIngest -benchtime 5000x ./server/
func BenchmarkMessageIngest(b *testing.B) {
	for _, sockets := range []int{0, 100} {
		b.Run(fmt.Sprintf("sockets=%d", sockets), func(b *testing.B) {
			a := newTestApp(b, false)
			addr := a.listen()
			v := a.startChat("Bench")
			received := atomic.Int64{}
			for i := 0; i < sockets; i++ {
				conn, _, err := dialTeam(b, addr, a.adminToken, nil)
				if err != nil {
					b.Fatal(err)
				}
				defer conn.Close()
				go func(conn *websocket.Conn) {
					for {
						if _, _, err := conn.ReadMessage(); err != nil {
							return
						}
						received.Add(1)
					}
				}(conn)
			}
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}, Timeout: 10 * time.Second}
			url := "http://" + addr + v.teamPath("/messages")
			body := []byte(`{"text":"How was your experience with us today?"}`)
			b.SetParallelism(32) // 32 × GOMAXPROCS concurrent senders
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
					req.Header.Set("Authorization", "Bearer "+a.adminToken)
					req.Header.Set("Content-Type", "application/json")
					resp, err := client.Do(req)
					if err != nil {
						b.Error(err)
						return
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != http.StatusCreated {
						b.Errorf("status %d", resp.StatusCode)
						return
					}
				}
			})
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
			if sockets > 0 {
				// Each message makes two frames (message.created, conversation.updated).
				deadline := time.Now().Add(5 * time.Second)
				for received.Load() < int64(2*b.N*sockets) && time.Now().Before(deadline) {
					time.Sleep(10 * time.Millisecond)
				}
				b.ReportMetric(float64(received.Load())/float64(2*b.N*sockets)*100, "%delivered")
			}
		})
	}
}
