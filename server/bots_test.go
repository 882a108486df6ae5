package server

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/npsdesk/npsdesk/server/bot"
	"github.com/npsdesk/npsdesk/storage"
)

// withThanks returns the default graph with another thank-you text.
func withThanks(adminID uint64, text string) bot.Graph {
	g := bot.DefaultNPSGraph(adminID)
	for i, n := range g.Nodes {
		if n.ID == bot.DefaultThanksID {
			g.Nodes[i].Data, _ = json.Marshal(bot.MessageData{Text: text})
		}
	}
	return g
}

func TestBotsReadSaveAndRestore(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	_, manager := a.createUser("Max", "max@example.com", "manager")

	var list struct {
		Items []botView `json:"items"`
	}
	a.mustJSON("GET", "/api/v1/bots", manager, nil, http.StatusOK, &list)
	if len(list.Items) != 1 || list.Items[0].Name != storage.DefaultBotName || list.Items[0].Version != 1 || list.Items[0].Graph != nil {
		t.Fatalf("bots: %+v", list.Items)
	}
	var b botView
	a.mustJSON("GET", "/api/v1/bots/1", manager, nil, http.StatusOK, &b)
	var g bot.Graph
	if err := json.Unmarshal(b.Graph, &g); err != nil || len(g.Nodes) != 5 || g.Version != 1 {
		t.Fatalf("default graph: %s %v", b.Graph, err)
	}
	if ps := bot.Validate(g, func(id uint64) bool { return id == a.adminID }); len(ps) != 0 {
		t.Fatalf("the default bot does not validate: %+v", ps)
	}

	// Three problems at once: no start, an empty text, a recipient who does not exist.
	broken := npsGraph(t, [][3]any{
		{"q", "nps_question", bot.NPSQuestionData{Text: "Rate us"}},
		{"m", "message", bot.MessageData{Text: " "}},
		{"alert", "internal_message", bot.InternalMessageData{UserIDs: []uint64{999}, Text: "x"}},
	}, "q>m", "m>alert")
	tooBig := bot.Graph{Version: 1}
	for i := 0; i <= bot.MaxNodes; i++ {
		tooBig.Nodes = append(tooBig.Nodes, bot.Node{ID: "n" + itoa(i), Type: "stop"})
	}
	a.run([]scenario{
		{name: "manager cannot save", method: "PUT", path: "/api/v1/bots/1", token: manager, body: map[string]any{"graph": withThanks(a.adminID, "x")}, wantStatus: 403, wantBody: []string{`"admin_only"`}},
		{name: "manager cannot restore", method: "POST", path: "/api/v1/bots/1/restore-default", token: manager, wantStatus: 403},
		{name: "every problem", method: "PUT", path: "/api/v1/bots/1", token: a.adminToken, body: map[string]any{"graph": broken}, wantStatus: 422,
			wantBody: []string{`"code":"invalid_graph"`, `"problems":[`, `"code":"no_start"`, `"code":"empty_text"`, `"node_id":"m"`, `"code":"unknown_user"`, `"node_id":"alert"`}},
		{name: "too large", method: "PUT", path: "/api/v1/bots/1", token: a.adminToken, body: map[string]any{"graph": tooBig}, wantStatus: 413, wantBody: []string{`"code":"too_large"`, `"problems":[`}},
		{name: "no graph", method: "PUT", path: "/api/v1/bots/1", token: a.adminToken, body: map[string]any{"name": "X"}, wantStatus: 422, wantBody: []string{`"graph":"is required"`}},
		{name: "graph of the wrong shape", method: "PUT", path: "/api/v1/bots/1", token: a.adminToken, body: map[string]any{"graph": map[string]any{"nodes": "all"}}, wantStatus: 422, wantBody: []string{`"graph"`}},
		{name: "blank name", method: "PUT", path: "/api/v1/bots/1", token: a.adminToken, body: map[string]any{"name": " ", "graph": withThanks(a.adminID, "x")}, wantStatus: 422, wantBody: []string{`"name"`}},
		{name: "unknown bot", method: "PUT", path: "/api/v1/bots/7", token: a.adminToken, body: map[string]any{"graph": withThanks(a.adminID, "x")}, wantStatus: 404},
		{name: "unknown bot read", method: "GET", path: "/api/v1/bots/7", token: manager, wantStatus: 404},
		{name: "nothing saved", method: "GET", path: "/api/v1/bots/1", token: manager, wantStatus: 200, wantBody: []string{`"version":1,`}},
	})

	var saved botView
	a.mustJSON("PUT", "/api/v1/bots/1", a.adminToken, map[string]any{"name": "Loyalty bot", "graph": withThanks(a.adminID, "Merci !")}, http.StatusOK, &saved)
	if saved.Version != 2 || saved.Name != "Loyalty bot" {
		t.Fatalf("saved: %+v", saved)
	}
	var restored botView
	a.mustJSON("POST", "/api/v1/bots/1/restore-default", a.adminToken, nil, http.StatusOK, &restored)
	if restored.Version != 3 || restored.Name != storage.DefaultBotName {
		t.Fatalf("restored: %+v", restored)
	}
	var want bytesEqual
	want.graph(t, bot.DefaultNPSGraph(a.adminID))
	if string(restored.Graph) != want.s {
		t.Fatalf("restored graph %s, want %s", restored.Graph, want.s)
	}
	// Older versions are kept as they were.
	if old, err := a.store.BotGraph(1, 2); err != nil || !json.Valid(old) || string(old) == want.s {
		t.Fatalf("version 2: %s %v", old, err)
	}
}

// bytesEqual holds a graph's canonical encoding for comparisons.
type bytesEqual struct{ s string }

func (b *bytesEqual) graph(t *testing.T, g bot.Graph) {
	data, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	b.s = string(data)
}

// TestRestoreDefaultAddressesTheFirstActiveAdmin: the lowest-id administrator who can
// still log in gets the alert.
func TestRestoreDefaultAddressesTheFirstActiveAdmin(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	secondID, _ := a.createUser("Bea", "bea@example.com", "admin")
	a.mustJSON("PATCH", "/api/v1/users/"+itoa(int(a.adminID)), a.adminToken, map[string]any{"active": false}, http.StatusOK, nil)
	b, _, err := a.store.RestoreDefaultBot(1, defaultBotGraph, secondID)
	if err != nil {
		t.Fatal(err)
	}
	var v npsSettingsView
	a.mustJSON("GET", "/api/v1/settings/nps", a.login("bea@example.com", "password-Bea"), nil, http.StatusOK, &v)
	if b.Version != 2 || len(v.Recipients) != 1 || v.Recipients[0] != secondID {
		t.Fatalf("restored to %+v, settings %+v", b, v)
	}
}

// TestBotEditWhileSurveyWaits: a survey finishes on the bot version it started with;
// the next survey runs the new one.
func TestBotEditWhileSurveyWaits(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	a.setNPS(map[string]any{"enabled": true})
	old, fresh := a.startChat("Olivia"), a.startChat("Frida")
	if s := a.sendNPS(a.adminToken, old); s.BotVersion != 1 {
		t.Fatalf("survey on version %d", s.BotVersion)
	}
	if b := a.putGraph(withThanks(a.adminID, "Merci !")); b.Version != 2 {
		t.Fatalf("saved version %d", b.Version)
	}
	a.answer(old, "10")
	if got := a.lastBotText(old); got != "Thank you for your rating!" {
		t.Fatalf("the waiting survey switched versions: %q", got)
	}
	if s := a.sendNPS(a.adminToken, fresh); s.BotVersion != 2 {
		t.Fatalf("new survey on version %d", s.BotVersion)
	}
	a.answer(fresh, "10")
	if got := a.lastBotText(fresh); got != "Merci !" {
		t.Fatalf("the new survey said %q", got)
	}
}
