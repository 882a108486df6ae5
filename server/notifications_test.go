package server

import (
	"net/http"
	"testing"

	"github.com/npsdesk/npsdesk/storage"
)

// TestNotificationCenter walks the notification center over the API: two critical
// alerts, the unread filter and count, mark one read, mark all read, pages beyond the
// end, and another user's notification out of reach.
func TestNotificationCenter(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	_, maxToken := a.createUser("Max", "max@example.com", "manager")
	a.setNPS(map[string]any{"enabled": true})
	var chats []visitor
	for _, name := range []string{"Anna", "Boris"} {
		v := a.startChat(name)
		a.sendNPS(maxToken, v)
		a.answer(v, "2")
		chats = append(chats, v)
	}

	type page struct {
		Items       []storage.Notification `json:"items"`
		NextCursor  string                 `json:"next_cursor"`
		UnreadCount int                    `json:"unread_count"`
	}
	list := func(token, query string) page {
		t.Helper()
		var p page
		a.mustJSON("GET", "/api/v1/notifications"+query, token, nil, http.StatusOK, &p)
		return p
	}
	all := list(a.adminToken, "")
	if len(all.Items) != 2 || all.UnreadCount != 2 || all.NextCursor != "" {
		t.Fatalf("the administrator's list: %+v", all)
	}
	// Newest first, each leading to its conversation.
	if all.Items[0].ConversationID != chats[1].conversationID || all.Items[1].ConversationID != chats[0].conversationID ||
		all.Items[0].Type != storage.NotificationNPSCritical || all.Items[0].Read {
		t.Fatalf("order or fields: %+v", all.Items)
	}
	if p := list(maxToken, "?unread=true"); len(p.Items) != 0 || p.UnreadCount != 0 {
		t.Fatalf("the manager is not a recipient: %+v", p)
	}

	first := list(a.adminToken, "?limit=1")
	if len(first.Items) != 1 || first.NextCursor == "" {
		t.Fatalf("first page: %+v", first)
	}
	last := list(a.adminToken, "?limit=1&cursor="+first.NextCursor)
	if len(last.Items) != 1 || last.NextCursor != "" || last.Items[0].ID == first.Items[0].ID {
		t.Fatalf("last page: %+v", last)
	}
	if beyond := list(a.adminToken, "?cursor=1"); len(beyond.Items) != 0 || beyond.NextCursor != "" {
		t.Fatalf("beyond the end: %+v", beyond)
	}

	older := itoa(int(all.Items[1].ID))
	a.run([]scenario{
		{name: "someone else's", method: "POST", path: "/api/v1/notifications/" + older + "/read", token: maxToken, wantStatus: http.StatusNotFound},
		{name: "unknown", method: "POST", path: "/api/v1/notifications/9999/read", token: a.adminToken, wantStatus: http.StatusNotFound},
		{name: "malformed id", method: "POST", path: "/api/v1/notifications/abc/read", token: a.adminToken, wantStatus: http.StatusNotFound},
		{name: "bad unread", method: "GET", path: "/api/v1/notifications?unread=maybe", token: a.adminToken, wantStatus: http.StatusUnprocessableEntity, wantBody: []string{`"unread"`}},
		{name: "bad cursor", method: "GET", path: "/api/v1/notifications?cursor=xyz", token: a.adminToken, wantStatus: http.StatusUnprocessableEntity, wantBody: []string{`"cursor"`}},
		{name: "mark one", method: "POST", path: "/api/v1/notifications/" + older + "/read", token: a.adminToken, wantStatus: http.StatusNoContent},
		{name: "mark one again", method: "POST", path: "/api/v1/notifications/" + older + "/read", token: a.adminToken, wantStatus: http.StatusNoContent},
	})
	unread := list(a.adminToken, "?unread=true")
	if len(unread.Items) != 1 || unread.UnreadCount != 1 || unread.Items[0].ID != all.Items[0].ID {
		t.Fatalf("after marking one read: %+v", unread)
	}
	if p := list(a.adminToken, ""); len(p.Items) != 2 || !p.Items[1].Read || p.Items[0].Read {
		t.Fatalf("the full list keeps the read one: %+v", p.Items)
	}
	a.mustJSON("POST", "/api/v1/notifications/read-all", a.adminToken, nil, http.StatusNoContent, nil)
	if p := list(a.adminToken, "?unread=true"); len(p.Items) != 0 || p.UnreadCount != 0 {
		t.Fatalf("after mark all read: %+v", p)
	}
	if p := list(a.adminToken, ""); len(p.Items) != 2 {
		t.Fatalf("mark all read must not delete: %+v", p)
	}
}

// TestAnalyticsBadInput: every period-covering analytics endpoint refuses a bad period
// or an unknown user with 422 naming the field, and a page past the end is an empty
// list, not an error.
func TestAnalyticsBadInput(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	var d struct {
		Widgets []struct {
			ID uint64 `json:"id"`
		} `json:"widgets"`
	}
	a.mustJSON("GET", "/api/v1/dashboard", a.adminToken, nil, http.StatusOK, &d)
	var w struct {
		ID uint64 `json:"id"`
	}
	a.mustJSON("POST", "/api/v1/dashboard/widgets", a.adminToken, map[string]any{
		"type": "events", "title": "Ratings", "filter": map[string]any{"type": "nps_rating_added"},
	}, http.StatusCreated, &w)
	// One rating: its id is the cursor of a page past the end of the ratings.
	a.setNPS(map[string]any{"enabled": true})
	v := a.startChat("Anna")
	a.sendNPS(a.adminToken, v)
	a.answer(v, "9")
	rated := a.ratingsOf("")
	if len(rated) != 1 {
		t.Fatalf("ratings: %+v", rated)
	}
	oldest := itoa(int(rated[0].ID))
	paths := map[string]string{
		"stats":        "/api/v1/nps/stats",
		"ratings":      "/api/v1/nps/ratings",
		"trend":        "/api/v1/nps/trend",
		"events":       "/api/v1/events",
		"nps widget":   "/api/v1/dashboard/widgets/" + itoa(int(d.Widgets[0].ID)) + "/data",
		"event widget": "/api/v1/dashboard/widgets/" + itoa(int(w.ID)) + "/data",
	}
	bad := []struct{ name, query, field string }{
		{"from after to", "from=2026-03-05&to=2026-03-01", "from"},
		{"from after to, times", "from=2026-03-05T10:00:00Z&to=2026-03-05T09:00:00Z", "from"},
		{"malformed from", "from=05.03.2026", "from"},
		{"malformed to", "to=2026-02-30", "to"},
		{"over 5 years", "from=2020-01-01&to=2025-01-02", "to"},
		{"unknown user", "user_id=9999", "user_id"},
		{"malformed user", "user_id=-1", "user_id"},
	}
	var scenarios []scenario
	for name, path := range paths {
		for _, b := range bad {
			scenarios = append(scenarios, scenario{name: name + ": " + b.name, method: "GET", path: path + "?" + b.query,
				token: a.adminToken, wantStatus: http.StatusUnprocessableEntity, wantBody: []string{`"fields":{"` + b.field + `"`}})
		}
	}
	scenarios = append(scenarios,
		scenario{name: "events: unknown type", method: "GET", path: "/api/v1/events?type=nps_ratings", token: a.adminToken,
			wantStatus: http.StatusUnprocessableEntity, wantBody: []string{`"fields":{"type"`}},
		scenario{name: "events: unknown object type", method: "GET", path: "/api/v1/events?entity_type=planet", token: a.adminToken,
			wantStatus: http.StatusUnprocessableEntity, wantBody: []string{`"entity_type"`}},
		scenario{name: "widget: unknown user in filter", method: "POST", path: "/api/v1/dashboard/widgets", token: a.adminToken,
			body:       map[string]any{"type": "events", "title": "x", "filter": map[string]any{"type": "nps_sent", "user_id": 9999}},
			wantStatus: http.StatusUnprocessableEntity, wantBody: []string{`"filter.user_id"`}},
		scenario{name: "ratings: beyond the end", method: "GET", path: "/api/v1/nps/ratings?cursor=" + oldest, token: a.adminToken,
			wantStatus: http.StatusOK, wantBody: []string{`"items":[]`}, notBody: []string{"next_cursor"}},
		scenario{name: "events: beyond the end", method: "GET", path: "/api/v1/events?cursor=1&type=nps_sent", token: a.adminToken,
			wantStatus: http.StatusOK, wantBody: []string{`"items":[]`}, notBody: []string{"next_cursor"}},
		scenario{name: "exactly 5 years", method: "GET", path: "/api/v1/dashboard/widgets/" + itoa(int(w.ID)) + "/data?from=2021-01-01&to=2025-12-31",
			token: a.adminToken, wantStatus: http.StatusOK, wantBody: []string{`"count":0`}},
	)
	a.run(scenarios)
}
