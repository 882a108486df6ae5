package server

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fasthttp/websocket"
	"github.com/npsdesk/npsdesk/storage"
)

// BenchmarkAnswerToAlertFrame measures what the critical-alert promise rests on: from
// the customer's HTTP POST of a critical score to the recipient's notification.created
// frame on a real WebSocket, through a real listener and a real (fsynced) database.
// Each iteration uses a fresh conversation with a waiting survey, prepared off the
// clock. Reported: ns/op (POST sent → frame read) and the p50/p95 of the same.
func BenchmarkAnswerToAlertFrame(b *testing.B) {
	a := newConfiguredApp(b, Config{}, storage.Options{})
	addr := a.listen()
	a.setNPS(map[string]any{"enabled": true})
	header := http.Header{"Authorization": {"Bearer " + a.adminToken}}
	d := websocket.Dialer{HandshakeTimeout: 3 * time.Second}
	ws, _, err := d.Dial("ws://"+addr+"/api/v1/ws", header)
	if err != nil {
		b.Fatal(err)
	}
	defer ws.Close()
	channels, _ := a.store.ListChannels()
	client := &http.Client{Timeout: 10 * time.Second}

	var took []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		started, err := a.store.StartConversation(channels[0].PublicKey, storage.Contact{Name: "Bench"})
		if err != nil {
			b.Fatal(err)
		}
		convID := started.Conversation.ID
		if _, err := a.store.StartSurvey(convID, a.adminID, startSurveyEngine); err != nil {
			b.Fatal(err)
		}
		req, _ := http.NewRequest("POST", "http://"+addr+"/api/v1/public/conversations/"+itoa(int(convID))+"/messages", strings.NewReader(`{"text":"3"}`))
		req.Header.Set("Authorization", "Bearer "+started.VisitorToken)
		req.Header.Set("Content-Type", "application/json")
		posted := make(chan error, 1)
		b.StartTimer()

		begin := time.Now()
		go func() {
			resp, err := client.Do(req)
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode != http.StatusCreated {
					err = &apiError{Status: resp.StatusCode, Code: "unexpected"}
				}
			}
			posted <- err
		}()
		ws.SetReadDeadline(time.Now().Add(10 * time.Second))
		for {
			_, data, err := ws.ReadMessage()
			if err != nil {
				b.Fatal(err)
			}
			var f struct {
				Type string               `json:"type"`
				Data storage.Notification `json:"data"`
			}
			if json.Unmarshal(data, &f) == nil && f.Type == "notification.created" && f.Data.ConversationID == convID {
				break
			}
		}
		took = append(took, time.Since(begin))

		b.StopTimer()
		if err := <-posted; err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.StopTimer()
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50_ms")
	b.ReportMetric(float64(took[len(took)*95/100].Microseconds())/1000, "p95_ms")
}
