package server

import (
	"net/http"
	"testing"
)

func TestEventsList(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	managerID, manager := a.createUser("Max", "max@example.com", "manager")
	v := a.startChat("Anna")
	a.mustJSON("POST", v.messagesPath(), v.token, map[string]any{"text": "hi"}, 201, nil)
	a.mustJSON("POST", v.teamPath("/messages"), manager, map[string]any{"text": "hello"}, 201, nil)
	a.mustJSON("POST", v.teamPath("/messages"), manager, map[string]any{"text": "how can I help?"}, 201, nil)
	a.mustJSON("PATCH", v.teamPath(""), manager, map[string]any{"status": "closed"}, 200, nil)

	var list struct {
		Items []struct {
			Type   string `json:"type"`
			UserID uint64 `json:"user_id"`
			Author struct {
				Type string `json:"type"`
			} `json:"author"`
			Entity struct {
				Type string `json:"type"`
				ID   uint64 `json:"id"`
			} `json:"entity"`
		} `json:"items"`
		NextCursor string `json:"next_cursor"`
	}
	a.mustJSON("GET", "/api/v1/events", manager, nil, 200, &list)
	want := []string{"conversation_closed", "outgoing_chat_message", "outgoing_chat_message", "incoming_chat_message", "conversation_created"}
	if len(list.Items) != len(want) {
		t.Fatalf("events: %+v", list.Items)
	}
	for i, w := range want {
		if list.Items[i].Type != w {
			t.Fatalf("event %d is %s, want %s", i, list.Items[i].Type, w)
		}
	}
	if list.Items[1].UserID != managerID || list.Items[1].Entity.Type != "conversation" || list.Items[3].Author.Type != "contact" {
		t.Fatalf("event fields: %+v", list.Items)
	}
	list.Items = nil
	a.mustJSON("GET", "/api/v1/events?type=outgoing_chat_message&limit=1", manager, nil, 200, &list)
	if len(list.Items) != 1 || list.NextCursor == "" {
		t.Fatalf("first page: %+v", list)
	}
	cursor := list.NextCursor
	list.Items, list.NextCursor = nil, ""
	a.mustJSON("GET", "/api/v1/events?type=outgoing_chat_message&limit=1&cursor="+cursor, manager, nil, 200, &list)
	if len(list.Items) != 1 || list.NextCursor != "" {
		t.Fatalf("last page: %+v", list)
	}
	a.run([]scenario{
		{name: "by user", method: "GET", path: "/api/v1/events?user_id=" + itoa(int(managerID)), token: manager, wantStatus: 200, wantBody: []string{"outgoing_chat_message", "conversation_closed"}, notBody: []string{"incoming_chat_message"}},
		{name: "today", method: "GET", path: "/api/v1/events?from=2024-01-01&to=2028-01-01", token: manager, wantStatus: 200, wantBody: []string{"conversation_created"}},
		{name: "long ago", method: "GET", path: "/api/v1/events?from=2001-01-01&to=2001-01-02", token: manager, wantStatus: 200, wantBody: []string{`"items":[]`}},
		{name: "beyond the end", method: "GET", path: "/api/v1/events?cursor=1", token: manager, wantStatus: 200, wantBody: []string{`"items":[]`}},
		{name: "unknown type", method: "GET", path: "/api/v1/events?type=nope", token: manager, wantStatus: 422, wantBody: []string{`"type"`}},
		{name: "unknown user", method: "GET", path: "/api/v1/events?user_id=999", token: manager, wantStatus: 422, wantBody: []string{`"user_id"`}},
		{name: "malformed date", method: "GET", path: "/api/v1/events?from=yesterday", token: manager, wantStatus: 422, wantBody: []string{`"from"`}},
		{name: "reversed", method: "GET", path: "/api/v1/events?from=2026-02-01&to=2026-01-01", token: manager, wantStatus: 422, wantBody: []string{`"from"`}},
		{name: "over 5 years", method: "GET", path: "/api/v1/events?from=2000-01-01&to=2026-01-01", token: manager, wantStatus: 422, wantBody: []string{`"to"`}},
		{name: "anonymous", method: "GET", path: "/api/v1/events", wantStatus: 401},
	})
}

func TestDashboardWidgets(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	managerID, manager := a.createUser("Max", "max@example.com", "manager")
	var d struct {
		Widgets []struct {
			ID    uint64 `json:"id"`
			Type  string `json:"type"`
			Title string `json:"title"`
		} `json:"widgets"`
	}
	a.mustJSON("GET", "/api/v1/dashboard", manager, nil, 200, &d)
	if len(d.Widgets) != 1 || d.Widgets[0].Type != "nps" {
		t.Fatalf("the dashboard must open with the NPS widget: %+v", d)
	}
	npsID := d.Widgets[0].ID
	var w struct {
		ID uint64 `json:"id"`
	}
	a.mustJSON("POST", "/api/v1/dashboard/widgets", manager, map[string]any{
		"type": "events", "title": "My replies", "filter": map[string]any{"type": "outgoing_chat_message", "user_id": managerID},
	}, http.StatusCreated, &w)
	v := a.startChat("Anna")
	for i := 0; i < 3; i++ {
		a.mustJSON("POST", v.teamPath("/messages"), manager, map[string]any{"text": "hello"}, 201, nil)
	}
	a.mustJSON("POST", v.teamPath("/messages"), a.adminToken, map[string]any{"text": "admin here"}, 201, nil)
	id := itoa(int(w.ID))
	a.run([]scenario{
		{name: "events count", method: "GET", path: "/api/v1/dashboard/widgets/" + id + "/data", token: manager, wantStatus: 200, wantBody: []string{`"count":3`, `"series":[`}},
		{name: "nps data", method: "GET", path: "/api/v1/dashboard/widgets/" + itoa(int(npsID)) + "/data?from=2026-01-01&to=2026-12-31", token: manager, wantStatus: 200, wantBody: []string{`"total":0`, `"nps":0`}},
		{name: "someone else's widget", method: "GET", path: "/api/v1/dashboard/widgets/" + id + "/data", token: a.adminToken, wantStatus: 404},
		{name: "rename", method: "PATCH", path: "/api/v1/dashboard/widgets/" + id, token: manager, body: map[string]any{"title": "Replies"}, wantStatus: 200, wantBody: []string{`"Replies"`}},
		{name: "reorder", method: "PUT", path: "/api/v1/dashboard/order", token: manager, body: map[string]any{"widget_ids": []uint64{w.ID, npsID}}, wantStatus: 200},
		{name: "reorder incomplete", method: "PUT", path: "/api/v1/dashboard/order", token: manager, body: map[string]any{"widget_ids": []uint64{w.ID}}, wantStatus: 422},
		{name: "unknown event type", method: "POST", path: "/api/v1/dashboard/widgets", token: manager, body: map[string]any{"type": "events", "title": "x", "filter": map[string]any{"type": "nope"}}, wantStatus: 422, wantBody: []string{`"filter.type"`}},
		{name: "unknown widget type", method: "POST", path: "/api/v1/dashboard/widgets", token: manager, body: map[string]any{"type": "pie"}, wantStatus: 422},
		{name: "bad period", method: "GET", path: "/api/v1/dashboard/widgets/" + id + "/data?from=2026-13-01", token: manager, wantStatus: 422},
	})
	d.Widgets = nil
	a.mustJSON("GET", "/api/v1/dashboard", manager, nil, 200, &d)
	if len(d.Widgets) != 2 || d.Widgets[0].ID != w.ID || d.Widgets[0].Title != "Replies" {
		t.Fatalf("after rename and reorder: %+v", d.Widgets)
	}
	a.mustJSON("DELETE", "/api/v1/dashboard/widgets/"+id, manager, nil, http.StatusNoContent, nil)
	d.Widgets = nil
	a.mustJSON("GET", "/api/v1/dashboard", manager, nil, 200, &d)
	if len(d.Widgets) != 1 {
		t.Fatalf("after delete: %+v", d.Widgets)
	}
}
