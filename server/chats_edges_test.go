package server

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/fasthttp/websocket"
)

// TestChatBadInputWritesNothing checks the edges of the public and team chat doors
// (issue 3, "Bad input"): a message of exactly 4,000 characters goes through and one
// more does not; a tampered visitor token is refused; attaching to a card that does
// not exist is 404 in the error shape and leaves the conversation as it was, even
// when the same request also asked to close it.
func TestChatBadInputWritesNothing(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	_, manager := a.createUser("Max", "max@example.com", "manager")
	v := a.startChat("Dana")
	tampered := v.token[:len(v.token)-1] + map[bool]string{true: "A", false: "B"}[!strings.HasSuffix(v.token, "A")]

	a.run([]scenario{
		{name: "exactly 4000 characters", method: "POST", path: v.messagesPath(), token: v.token, body: map[string]any{"text": strings.Repeat("я", 4000)}, wantStatus: 201},
		{name: "4001 characters", method: "POST", path: v.messagesPath(), token: v.token, body: map[string]any{"text": strings.Repeat("я", 4001)}, wantStatus: 422, wantBody: []string{`"code":"invalid"`, `"text"`}},
		{name: "tabs and newlines only", method: "POST", path: v.messagesPath(), token: v.token, body: map[string]any{"text": "\t\n \r\n"}, wantStatus: 422, wantBody: []string{`"text"`}},
		{name: "team: whitespace only", method: "POST", path: v.teamPath("/messages"), token: manager, body: map[string]any{"text": "  \n "}, wantStatus: 422, wantBody: []string{`"text"`}},
		{name: "tampered visitor token", method: "GET", path: v.messagesPath(), token: tampered, wantStatus: 401},
		{name: "attach to a missing card and close", method: "PATCH", path: v.teamPath(""), token: manager, body: map[string]any{"card_type": "customer", "card_id": 4242, "status": "closed"}, wantStatus: 404, wantBody: []string{`"error":{`, `"code":"not_found"`}},
		{name: "nothing was written", method: "GET", path: v.teamPath(""), token: manager, wantStatus: 200, wantBody: []string{`"card_type":null`, `"card_id":null`, `"status":"open"`, `"unread":1`}},
	})
	var msgs struct {
		Items []struct{ Text string } `json:"items"`
	}
	a.mustJSON("GET", v.teamPath("/messages"), manager, nil, 200, &msgs)
	if len(msgs.Items) != 1 {
		t.Fatalf("refused messages were stored: %d messages", len(msgs.Items))
	}
}

// TestChatsSurviveRestart stops the server and closes the database, then opens both
// again: conversations, their history and unread counts, cards with their
// subscribers, the attachment, notifications and the customer's visitor token are all
// still there, and the chat carries on.
func TestChatsSurviveRestart(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	maxID, max := a.createUser("Max", "max@example.com", "manager")
	v := a.startChat("Erin")
	a.mustJSON("POST", v.messagesPath(), v.token, map[string]any{"text": "Is my parcel on its way?"}, 201, nil)
	a.mustJSON("POST", v.teamPath("/messages"), max, map[string]any{"text": "Checking now."}, 201, nil)
	var conv conversationView
	a.mustJSON("GET", v.teamPath(""), max, nil, 200, &conv)
	var deal struct {
		ID uint64 `json:"id"`
	}
	a.mustJSON("POST", "/api/v1/deals", max, map[string]any{"name": "Erin's parcel", "contact_id": conv.ContactID, "responsible_user_id": maxID, "subscriber_ids": []uint64{a.adminID}}, 201, &deal)
	a.mustJSON("PATCH", v.teamPath(""), max, map[string]any{"card_type": "deal", "card_id": deal.ID}, 200, nil)
	a.mustJSON("POST", v.messagesPath(), v.token, map[string]any{"text": "Thanks <3"}, 201, nil)

	b := a.reopen(nil)
	max = b.login("max@example.com", "password-Max")
	dealPath := "/api/v1/deals/" + itoa(int(deal.ID))
	b.run([]scenario{
		{name: "conversation", method: "GET", path: v.teamPath(""), token: max, wantStatus: 200, wantBody: []string{`"card_type":"deal"`, `"card_id":` + itoa(int(deal.ID)), `"unread":1`, `"last_message":"Thanks \u003c3"`, `"name":"Erin"`}},
		{name: "history for the team", method: "GET", path: v.teamPath("/messages?order=asc"), token: max, wantStatus: 200, wantBody: []string{"Is my parcel on its way?", "Checking now.", "Thanks \\u003c3"}},
		{name: "history for the customer", method: "GET", path: v.messagesPath() + "?order=asc", token: v.token, wantStatus: 200, wantBody: []string{"Is my parcel on its way?", "Checking now."}},
		{name: "deal and its subscribers", method: "GET", path: dealPath, token: max, wantStatus: 200, wantBody: []string{`"name":"Erin's parcel"`, `"subscriber_ids":[` + itoa(int(b.adminID)) + `]`}},
		{name: "the subscriber's notification", method: "GET", path: "/api/v1/notifications?unread=true", token: b.adminToken, wantStatus: 200, wantBody: []string{`"conversation_id":` + itoa(int(v.conversationID))}},
		{name: "the inbox", method: "GET", path: "/api/v1/conversations?q=erin", token: max, wantStatus: 200, wantBody: []string{`"Erin"`}},
		{name: "the customer writes on", method: "POST", path: v.messagesPath(), token: v.token, body: map[string]any{"text": "Still here"}, wantStatus: 201},
	})
	status, body, _ := b.do("GET", v.teamPath(""), max, nil)
	if status != http.StatusOK || !strings.Contains(string(body), `"unread":2`) {
		t.Fatalf("after restart the unread count does not carry on: %d %s", status, body)
	}
}

// TestNewConversationFrameReachesTheTeamOnly starts a chat while a team member and
// another conversation's customer are connected: conversation.created reaches the team
// (with the new conversation and its contact) and never the other customer.
func TestNewConversationFrameReachesTheTeamOnly(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	anna := a.startChat("Anna")
	team, _, err := dialTeam(t, addr, a.adminToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer team.Close()
	d := websocket.Dialer{HandshakeTimeout: 3 * time.Second}
	annaWS, _, err := d.Dial("ws://"+addr+"/api/v1/public/ws?token="+anna.token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer annaWS.Close()
	deadline := time.Now().Add(3 * time.Second)
	for a.srv.hub.Stats().VisitorSockets != 1 || a.srv.hub.Stats().TeamSockets != 1 {
		if time.Now().After(deadline) {
			t.Fatalf("sockets: %+v", a.srv.hub.Stats())
		}
		time.Sleep(5 * time.Millisecond)
	}

	cara := a.startChat("Cara <i>new</i>")
	frames := readFramesUntil(t, team, func(f wsFrame) bool { return f.Type == "conversation.created" })
	created := frames[len(frames)-1]
	if !strings.Contains(string(created.Data), `"id":`+itoa(int(cara.conversationID))+`,`) || !strings.Contains(string(created.Data), `"name":"Cara \u003ci\u003enew\u003c/i\u003e"`) {
		t.Fatalf("conversation.created: %s", created.Data)
	}
	// Stored before it was announced: the conversation the frame names can be read.
	a.mustJSON("GET", cara.teamPath(""), a.adminToken, nil, http.StatusOK, nil)
	annaWS.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
	if _, data, err := annaWS.ReadMessage(); err == nil {
		t.Fatalf("another customer's socket heard of the new conversation: %s", data)
	}
}
