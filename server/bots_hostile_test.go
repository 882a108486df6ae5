package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/npsdesk/npsdesk/server/bot"
)

// TestHostileBotGraphsSaveNothing sends the constructor's hostile imports straight to
// the API (issue 5, "Bad input"): a wrong version, an unknown step type, a text over
// the limit and a near-megabyte string are refused with 413/422 in the error shape and
// save nothing; script in a text is kept as plain text, not stripped or run.
func TestHostileBotGraphsSaveNothing(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	wrongVersion := withThanks(a.adminID, "Thanks")
	wrongVersion.Version = bot.GraphVersion + 1
	unknownType := withThanks(a.adminID, "Thanks")
	unknownType.Nodes = append(unknownType.Nodes, bot.Node{ID: "hook", Type: "webhook"})
	a.run([]scenario{
		{name: "wrong version", method: "PUT", path: "/api/v1/bots/1", token: a.adminToken, body: map[string]any{"graph": wrongVersion}, wantStatus: 422, wantBody: []string{`"error":{`, `"problems":[`}},
		{name: "unknown step type", method: "PUT", path: "/api/v1/bots/1", token: a.adminToken, body: map[string]any{"graph": unknownType}, wantStatus: 422, wantBody: []string{`"problems":[`, `"node_id":"hook"`}},
		{name: "text over the limit", method: "PUT", path: "/api/v1/bots/1", token: a.adminToken, body: map[string]any{"graph": withThanks(a.adminID, strings.Repeat("ж", bot.MaxTextLength+1))}, wantStatus: 422, wantBody: []string{`"code":"text_too_long"`, `"node_id":"thanks"`}},
		{name: "nothing saved", method: "GET", path: "/api/v1/bots/1", token: a.adminToken, wantStatus: 200, wantBody: []string{`"version":1,`}},
	})
	// A string of almost a megabyte: refused whole, by size, never half-stored.
	status, body, _ := a.do("PUT", "/api/v1/bots/1", a.adminToken, map[string]any{"graph": withThanks(a.adminID, strings.Repeat("x", 1<<20-4096))})
	if status != http.StatusRequestEntityTooLarge && status != http.StatusUnprocessableEntity {
		t.Fatalf("huge string: %d %s", status, body)
	}
	var saved botView
	a.mustJSON("PUT", "/api/v1/bots/1", a.adminToken, map[string]any{"graph": withThanks(a.adminID, "<script>alert(1)</script> Thanks")}, http.StatusOK, &saved)
	if saved.Version != 2 {
		t.Fatalf("a refused graph took a version: now %d", saved.Version)
	}
	var got struct {
		Graph bot.Graph `json:"graph"`
	}
	a.mustJSON("GET", "/api/v1/bots/1", a.adminToken, nil, http.StatusOK, &got)
	for _, n := range got.Graph.Nodes {
		if n.ID == bot.DefaultThanksID && !strings.Contains(string(n.Data), `<script>alert(1)</script> Thanks`) && !strings.Contains(string(n.Data), `\u003cscript\u003ealert(1)\u003c/script\u003e Thanks`) {
			t.Fatalf("script in a text was not kept as text: %s", n.Data)
		}
	}
}
