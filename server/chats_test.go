package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fasthttp/websocket"
)

// visitor is a customer in the web chat.
type visitor struct {
	conversationID uint64
	token          string
}

// defaultChannelKey is the public key of the web channel created at setup.
func (a *testApp) defaultChannelKey() string {
	a.t.Helper()
	var list struct {
		Items []struct {
			PublicKey string `json:"public_key"`
		} `json:"items"`
	}
	a.mustJSON("GET", "/api/v1/channels", a.adminToken, nil, http.StatusOK, &list)
	if len(list.Items) == 0 {
		a.t.Fatal("setup made no channel")
	}
	return list.Items[0].PublicKey
}

// startChat opens the web chat as a customer.
func (a *testApp) startChat(name string) visitor {
	a.t.Helper()
	var out struct {
		ConversationID uint64 `json:"conversation_id"`
		VisitorToken   string `json:"visitor_token"`
	}
	a.mustJSON("POST", "/api/v1/public/channels/"+a.defaultChannelKey()+"/conversations", "", map[string]any{"name": name}, http.StatusCreated, &out)
	return visitor{out.ConversationID, out.VisitorToken}
}

func (v visitor) messagesPath() string {
	return "/api/v1/public/conversations/" + itoa(int(v.conversationID)) + "/messages"
}

func (v visitor) teamPath(suffix string) string {
	return "/api/v1/conversations/" + itoa(int(v.conversationID)) + suffix
}

func TestCustomerAndManagerChat(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	_, manager := a.createUser("Max", "max@example.com", "manager")
	anna := a.startChat("Anna <b>bold</b>")
	bob := a.startChat("Bob")

	a.run([]scenario{
		{name: "customer writes", method: "POST", path: anna.messagesPath(), token: anna.token, body: map[string]any{"text": "Hello, I need help"}, wantStatus: 201, wantBody: []string{`"type":"contact"`}},
		{name: "manager replies", method: "POST", path: anna.teamPath("/messages"), token: manager, body: map[string]any{"text": "Hi Anna!"}, wantStatus: 201, wantBody: []string{`"type":"user"`}},
		{name: "customer reads", method: "GET", path: anna.messagesPath() + "?order=asc", token: anna.token, wantStatus: 200, wantBody: []string{"Hello, I need help", "Hi Anna!"}},
		{name: "another conversation with this token", method: "GET", path: bob.messagesPath(), token: anna.token, wantStatus: 404},
		{name: "write into another conversation", method: "POST", path: bob.messagesPath(), token: anna.token, body: map[string]any{"text": "x"}, wantStatus: 404},
		{name: "no visitor token", method: "GET", path: anna.messagesPath(), wantStatus: 401},
		{name: "team token is not a visitor token", method: "GET", path: anna.messagesPath(), token: manager, wantStatus: 401},
		{name: "visitor token is not a team token", method: "GET", path: "/api/v1/conversations", token: anna.token, wantStatus: 401},
		{name: "empty message", method: "POST", path: anna.messagesPath(), token: anna.token, body: map[string]any{"text": "   "}, wantStatus: 422, wantBody: []string{`"text"`}},
		{name: "over-long message", method: "POST", path: anna.messagesPath(), token: anna.token, body: map[string]any{"text": strings.Repeat("я", 4001)}, wantStatus: 422},
		{name: "unknown public key", method: "POST", path: "/api/v1/public/channels/nope/conversations", body: map[string]any{}, wantStatus: 404},
		{name: "inbox newest activity first", method: "GET", path: "/api/v1/conversations?status=open", token: manager, wantStatus: 200, wantBody: []string{`"last_message":"Hi Anna!"`, `"card_type":null`}},
		{name: "search by name", method: "GET", path: "/api/v1/conversations?q=bob", token: manager, wantStatus: 200, wantBody: []string{`"Bob"`}, notBody: []string{"Anna"}},
		{name: "bad status filter", method: "GET", path: "/api/v1/conversations?status=maybe", token: manager, wantStatus: 422},
	})

	var inbox struct {
		Items []conversationView `json:"items"`
	}
	a.mustJSON("GET", "/api/v1/conversations", manager, nil, 200, &inbox)
	if len(inbox.Items) != 2 || inbox.Items[0].ID != anna.conversationID {
		t.Fatalf("inbox order: %+v", inbox.Items)
	}
	if inbox.Items[0].Contact == nil || inbox.Items[0].Contact.Name != "Anna <b>bold</b>" {
		t.Fatalf("markup in names is kept as text, not stripped or run: %+v", inbox.Items[0].Contact)
	}

	// Close, then the customer writes again: the chat reopens.
	a.run([]scenario{
		{name: "close", method: "PATCH", path: anna.teamPath(""), token: manager, body: map[string]any{"status": "closed"}, wantStatus: 200, wantBody: []string{`"status":"closed"`}},
		{name: "closed filter", method: "GET", path: "/api/v1/conversations?status=closed", token: manager, wantStatus: 200, wantBody: []string{`"Anna`}},
		{name: "customer again", method: "POST", path: anna.messagesPath(), token: anna.token, body: map[string]any{"text": "One more thing"}, wantStatus: 201},
		{name: "reopened", method: "GET", path: anna.teamPath(""), token: manager, wantStatus: 200, wantBody: []string{`"status":"open"`, `"unread":1`}},
		{name: "read", method: "POST", path: anna.teamPath("/read"), token: manager, wantStatus: 204},
		{name: "unread cleared", method: "GET", path: anna.teamPath(""), token: manager, wantStatus: 200, wantBody: []string{`"unread":0`}},
	})
}

func TestMessagesPageNewestFirst(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	v := a.startChat("Pat")
	for i := 0; i < 7; i++ {
		a.mustJSON("POST", v.teamPath("/messages"), a.adminToken, map[string]any{"text": "m" + itoa(i)}, 201, nil)
	}
	var page struct {
		Items      []struct{ Text string } `json:"items"`
		NextCursor string                  `json:"next_cursor"`
	}
	a.mustJSON("GET", v.teamPath("/messages?limit=3"), a.adminToken, nil, 200, &page)
	if len(page.Items) != 3 || page.Items[0].Text != "m6" || page.NextCursor == "" {
		t.Fatalf("page 1: %+v", page)
	}
	var seen []string
	cursor := ""
	for {
		path := v.teamPath("/messages?limit=3")
		if cursor != "" {
			path += "&cursor=" + cursor
		}
		page.NextCursor = ""
		page.Items = nil
		a.mustJSON("GET", path, a.adminToken, nil, 200, &page)
		for _, m := range page.Items {
			seen = append(seen, m.Text)
		}
		if page.NextCursor == "" {
			break
		}
		cursor = page.NextCursor
	}
	if strings.Join(seen, ",") != "m6,m5,m4,m3,m2,m1,m0" {
		t.Fatalf("paged: %v", seen)
	}
	a.run([]scenario{
		{name: "bad cursor", method: "GET", path: v.teamPath("/messages?cursor=zz"), token: a.adminToken, wantStatus: 422},
		{name: "limit too big", method: "GET", path: v.teamPath("/messages?limit=501"), token: a.adminToken, wantStatus: 422},
		{name: "unknown conversation", method: "GET", path: "/api/v1/conversations/999/messages", token: a.adminToken, wantStatus: 404},
	})
}

func TestCardsAndFollowerNotifications(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	maxID, max := a.createUser("Max", "max@example.com", "manager")
	_, eve := a.createUser("Eve", "eve@example.com", "manager")
	v := a.startChat("Carol")
	var conv conversationView
	a.mustJSON("GET", v.teamPath(""), max, nil, 200, &conv)

	var deal struct {
		ID uint64 `json:"id"`
	}
	body := map[string]any{"name": "Carol's order", "contact_id": conv.ContactID, "responsible_user_id": maxID, "subscriber_ids": []uint64{a.adminID}}
	a.mustJSON("POST", "/api/v1/deals", max, body, 201, &deal)
	dealID := itoa(int(deal.ID))
	a.run([]scenario{
		{name: "missing fields", method: "POST", path: "/api/v1/deals", token: max, body: map[string]any{"name": "x"}, wantStatus: 422, wantBody: []string{`"contact_id"`, `"responsible_user_id"`}},
		{name: "unknown contact", method: "POST", path: "/api/v1/customers", token: max, body: map[string]any{"name": "x", "contact_id": 999, "responsible_user_id": maxID}, wantStatus: 422, wantBody: []string{`"contact_id"`}},
		{name: "deal is not a customer", method: "GET", path: "/api/v1/customers/" + dealID, token: max, wantStatus: 404},
		{name: "get deal", method: "GET", path: "/api/v1/deals/" + dealID, token: max, wantStatus: 200, wantBody: []string{`"type":"deal"`, `"subscriber_ids":[`}},
		{name: "attach to missing card", method: "PATCH", path: v.teamPath(""), token: max, body: map[string]any{"card_type": "deal", "card_id": 999}, wantStatus: 404},
		{name: "attach", method: "PATCH", path: v.teamPath(""), token: max, body: map[string]any{"card_type": "deal", "card_id": deal.ID}, wantStatus: 200, wantBody: []string{`"card_type":"deal"`}},
		{name: "customer writes", method: "POST", path: v.messagesPath(), token: v.token, body: map[string]any{"text": "Where is my order?"}, wantStatus: 201},
	})
	count := func(token string) int {
		var list struct {
			Items []struct {
				Type           string `json:"type"`
				ConversationID uint64 `json:"conversation_id"`
			} `json:"items"`
		}
		a.mustJSON("GET", "/api/v1/notifications?unread=true", token, nil, 200, &list)
		return len(list.Items)
	}
	if count(max) != 1 || count(a.adminToken) != 1 {
		t.Fatalf("the responsible user and the subscriber must be told: max %d admin %d", count(max), count(a.adminToken))
	}
	if count(eve) != 0 {
		t.Fatal("a user who follows nothing must not be told")
	}
	a.run([]scenario{
		{name: "unsubscribe admin", method: "PATCH", path: "/api/v1/deals/" + dealID, token: max, body: map[string]any{"subscriber_ids": []uint64{}}, wantStatus: 200, wantBody: []string{`"subscriber_ids":[]`}},
		{name: "customer again", method: "POST", path: v.messagesPath(), token: v.token, body: map[string]any{"text": "Hello?"}, wantStatus: 201},
	})
	if count(a.adminToken) != 1 || count(max) != 2 {
		t.Fatal("an unsubscribed user must not be told any more")
	}
}

func TestChatFramesReachTheRightSockets(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	anna := a.startChat("Anna")
	bob := a.startChat("Bob")
	team, _, err := dialTeam(t, addr, a.adminToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer team.Close()
	dialVisitor := func(v visitor) *websocket.Conn {
		d := websocket.Dialer{HandshakeTimeout: 3 * time.Second}
		conn, _, err := d.Dial("ws://"+addr+"/api/v1/public/ws?token="+v.token, nil)
		if err != nil {
			t.Fatal(err)
		}
		return conn
	}
	annaWS, bobWS := dialVisitor(anna), dialVisitor(bob)
	defer annaWS.Close()
	defer bobWS.Close()
	deadline := time.Now().Add(3 * time.Second)
	for a.srv.hub.Stats().VisitorSockets != 2 || a.srv.hub.Stats().TeamSockets != 1 {
		if time.Now().After(deadline) {
			t.Fatalf("sockets: %+v", a.srv.hub.Stats())
		}
		time.Sleep(5 * time.Millisecond)
	}

	a.mustJSON("POST", anna.teamPath("/messages"), a.adminToken, map[string]any{"text": "for Anna only"}, 201, nil)

	var wg sync.WaitGroup
	frames := func(conn *websocket.Conn, n int) []string {
		var types []string
		conn.SetReadDeadline(time.Now().Add(3 * time.Second))
		for len(types) < n {
			_, data, err := conn.ReadMessage()
			if err != nil {
				break
			}
			var f struct {
				Type string          `json:"type"`
				Data json.RawMessage `json:"data"`
			}
			json.Unmarshal(data, &f)
			types = append(types, f.Type+":"+string(f.Data))
		}
		return types
	}
	var teamFrames, annaFrames []string
	wg.Add(2)
	go func() { defer wg.Done(); teamFrames = frames(team, 2) }()
	go func() { defer wg.Done(); annaFrames = frames(annaWS, 1) }()
	wg.Wait()
	if len(annaFrames) != 1 || !strings.HasPrefix(annaFrames[0], "message.created:") || !strings.Contains(annaFrames[0], "for Anna only") {
		t.Fatalf("Anna's socket: %v", annaFrames)
	}
	if len(teamFrames) != 2 || !strings.HasPrefix(teamFrames[0], "message.created:") || !strings.HasPrefix(teamFrames[1], "conversation.updated:") {
		t.Fatalf("team socket: %v", teamFrames)
	}
	bobWS.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
	if _, data, err := bobWS.ReadMessage(); err == nil {
		t.Fatalf("Bob's socket received another conversation's frame: %s", data)
	}
	// A wrong visitor token cannot open a socket.
	d := websocket.Dialer{HandshakeTimeout: 3 * time.Second}
	if _, resp, err := d.Dial("ws://"+addr+"/api/v1/public/ws?token=vt_nope", nil); err == nil || resp.StatusCode != 401 {
		t.Fatalf("bad visitor token: %v", err)
	}
}

func TestChannelsAdmin(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	_, manager := a.createUser("Max", "max@example.com", "manager")
	var ch struct {
		ID        uint64 `json:"id"`
		PublicKey string `json:"public_key"`
	}
	a.mustJSON("POST", "/api/v1/channels", a.adminToken, map[string]any{"name": "Support site", "type": "web"}, 201, &ch)
	a.run([]scenario{
		{name: "manager cannot create", method: "POST", path: "/api/v1/channels", token: manager, body: map[string]any{"name": "x", "type": "web"}, wantStatus: 403},
		{name: "unknown type", method: "POST", path: "/api/v1/channels", token: a.adminToken, body: map[string]any{"name": "x", "type": "fax"}, wantStatus: 422},
		{name: "public name", method: "GET", path: "/api/v1/public/channels/" + ch.PublicKey, wantStatus: 200, wantBody: []string{"Support site"}},
		{name: "rotate", method: "PATCH", path: "/api/v1/channels/" + itoa(int(ch.ID)), token: a.adminToken, body: map[string]any{"rotate_key": true}, wantStatus: 200},
		{name: "old key gone", method: "POST", path: "/api/v1/public/channels/" + ch.PublicKey + "/conversations", body: map[string]any{}, wantStatus: 404},
	})
}

func TestPublicRateLimits(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	key := a.defaultChannelKey()
	limited := false
	for i := 0; i < 50 && !limited; i++ {
		status, _, h := a.do("POST", "/api/v1/public/channels/"+key+"/conversations", "", map[string]any{})
		limited = status == http.StatusTooManyRequests && h.Get("Retry-After") != ""
	}
	if !limited {
		t.Fatal("new conversations from one address are not limited")
	}
}
