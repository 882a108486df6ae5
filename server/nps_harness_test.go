package server

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/fasthttp/websocket"
	"github.com/npsdesk/npsdesk/server/bot"
	"github.com/npsdesk/npsdesk/storage"
)

// fakeClock is a clock tests move by hand; safe to read from the survey ticker while a
// test moves it.
type fakeClock struct{ nanos atomic.Int64 }

// useFakeClock gives the app's database a fake clock starting at start.
func (a *testApp) useFakeClock(start time.Time) *fakeClock {
	c := &fakeClock{}
	c.nanos.Store(start.UnixNano())
	a.store.SetClock(c.now)
	return c
}

func (c *fakeClock) now() time.Time          { return time.Unix(0, c.nanos.Load()).UTC() }
func (c *fakeClock) advance(d time.Duration) { c.nanos.Add(int64(d)) }

// fakeStart is where fake clocks start: the current hour, because tokens are checked
// against the real clock and sessions against the database's, and both must agree a
// login is still valid.
func fakeStart() time.Time { return time.Now().UTC().Truncate(time.Hour) }

// setNPS changes the NPS settings as the administrator.
func (a *testApp) setNPS(body map[string]any) npsSettingsView {
	a.t.Helper()
	var v npsSettingsView
	a.mustJSON("PUT", "/api/v1/settings/nps", a.adminToken, body, http.StatusOK, &v)
	return v
}

// sendNPS presses Send NPS in the visitor's conversation and requires a 201.
func (a *testApp) sendNPS(token string, v visitor) surveyView {
	a.t.Helper()
	var out struct {
		Survey surveyView `json:"survey"`
	}
	a.mustJSON("POST", v.teamPath("/nps"), token, nil, http.StatusCreated, &out)
	return out.Survey
}

// answer sends the customer's text and returns the status.
func (a *testApp) answer(v visitor, text string) int {
	a.t.Helper()
	status, body, _ := a.do("POST", v.messagesPath(), v.token, map[string]any{"text": text})
	if status != http.StatusCreated && status != http.StatusUnprocessableEntity && status != http.StatusRequestEntityTooLarge {
		a.t.Fatalf("answer %q: %d %s", text, status, body)
	}
	return status
}

// chatMessages is the visitor's conversation, oldest first.
func (a *testApp) chatMessages(v visitor) []storage.Message {
	a.t.Helper()
	var list struct {
		Items []storage.Message `json:"items"`
	}
	a.mustJSON("GET", v.messagesPath()+"?order=asc&limit=500", v.token, nil, http.StatusOK, &list)
	return list.Items
}

// lastBotText is the text of the newest bot message the visitor sees ("" if none).
func (a *testApp) lastBotText(v visitor) string {
	msgs := a.chatMessages(v)
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].Author.Type == storage.RefBot {
			return msgs[i].Text
		}
	}
	return ""
}

// ratingsOf lists ratings through the API (query without the leading "?").
func (a *testApp) ratingsOf(query string) []storage.RatingItem {
	a.t.Helper()
	var list struct {
		Items []storage.RatingItem `json:"items"`
	}
	a.mustJSON("GET", "/api/v1/nps/ratings?"+query, a.adminToken, nil, http.StatusOK, &list)
	return list.Items
}

// notificationsOf lists the user's notifications of one type.
func (a *testApp) notificationsOf(token, notificationType string) []storage.Notification {
	a.t.Helper()
	var list struct {
		Items []storage.Notification `json:"items"`
	}
	a.mustJSON("GET", "/api/v1/notifications?limit=500", token, nil, http.StatusOK, &list)
	var out []storage.Notification
	for _, n := range list.Items {
		if n.Type == notificationType {
			out = append(out, n)
		}
	}
	return out
}

// conversationSurvey is the survey state the conversation view carries.
func (a *testApp) conversationSurvey(v visitor) *surveyView {
	a.t.Helper()
	var conv conversationView
	a.mustJSON("GET", v.teamPath(""), a.adminToken, nil, http.StatusOK, &conv)
	return conv.Survey
}

// putGraph saves a graph on the NPS bot (id 1) as the administrator.
func (a *testApp) putGraph(g bot.Graph) botView {
	a.t.Helper()
	var b botView
	a.mustJSON("PUT", "/api/v1/bots/1", a.adminToken, map[string]any{"graph": g}, http.StatusOK, &b)
	return b
}

// reopen stops the server and closes the database as a shutdown would, then opens
// both again on the same data folder. before runs on the new database before the
// server starts (to set a clock the start-up catch-up will read). Tokens stay valid:
// sessions and the signing key are in the file.
func (a *testApp) reopen(before func(*storage.DB)) *testApp {
	a.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := a.srv.Shutdown(ctx); err != nil {
		a.t.Fatal(err)
	}
	if err := a.store.Close(); err != nil {
		a.t.Fatal(err)
	}
	store, err := storage.Open(a.dir, storage.Options{})
	if err != nil {
		a.t.Fatal(err)
	}
	a.t.Cleanup(func() { store.Close() })
	if before != nil {
		before(store)
	}
	srv, err := New(Config{Version: "test"}, store, testSPA)
	if err != nil {
		a.t.Fatal(err)
	}
	return &testApp{t: a.t, srv: srv, store: store, dir: a.dir, adminToken: a.adminToken, adminID: a.adminID}
}

// wsFrame is one frame read from a socket.
type wsFrame struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

// readFramesUntil reads frames until one satisfies stop (returned last) or the socket
// fails; it fails the test when stop never holds.
func readFramesUntil(t *testing.T, conn *websocket.Conn, stop func(wsFrame) bool) []wsFrame {
	t.Helper()
	var frames []wsFrame
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			t.Fatalf("socket read after %d frames: %v", len(frames), err)
		}
		var f wsFrame
		if err := json.Unmarshal(data, &f); err != nil {
			t.Fatalf("frame %s: %v", data, err)
		}
		frames = append(frames, f)
		if stop(f) {
			return frames
		}
	}
}

// isSurveyFrame matches the nps.survey_updated frame of a survey in a status.
func isSurveyFrame(surveyID uint64, status string) func(wsFrame) bool {
	return func(f wsFrame) bool {
		if f.Type != "nps.survey_updated" {
			return false
		}
		var s surveyView
		return json.Unmarshal(f.Data, &s) == nil && s.ID == surveyID && s.Status == status
	}
}

// criticalNotifications are the nps_critical notification.created frames among frames.
func criticalNotifications(frames []wsFrame) []storage.Notification {
	var out []storage.Notification
	for _, f := range frames {
		var n storage.Notification
		if f.Type == "notification.created" && json.Unmarshal(f.Data, &n) == nil && n.Type == storage.NotificationNPSCritical {
			out = append(out, n)
		}
	}
	return out
}

// npsGraph builds a bot graph for a test: nodes as id, type, data; edges as
// "source>target" or "source:handle>target".
func npsGraph(t *testing.T, nodes [][3]any, edges ...string) bot.Graph {
	t.Helper()
	g := bot.Graph{Version: bot.GraphVersion}
	for _, n := range nodes {
		data, err := json.Marshal(n[2])
		if err != nil {
			t.Fatal(err)
		}
		g.Nodes = append(g.Nodes, bot.Node{ID: n[0].(string), Type: n[1].(string), Data: data})
	}
	for i, e := range edges {
		from, to, _ := strings.Cut(e, ">")
		source, handle, _ := strings.Cut(from, ":")
		g.Edges = append(g.Edges, bot.Edge{ID: "e" + itoa(i), Source: source, SourceHandle: handle, Target: to})
	}
	return g
}
