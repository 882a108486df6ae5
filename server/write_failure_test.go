package server

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// write is one API write of the disk-full test, with the status it gets when the disk
// is fine.
type write struct {
	name, method, path, token string
	body                      any
	ok                        int
}

// TestWritesFailCleanlyWhenTheDiskDoes injects a write failure at the storage layer (as
// a full disk or an I/O error would fail the commit) and sends every kind of write:
// each answers 503 storage_unavailable with Retry-After, nothing of it is stored or
// published, reads keep working, and once the disk is back the same writes succeed.
func TestWritesFailCleanlyWhenTheDiskDoes(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	managerID, manager := a.createUser("Max", "max@example.com", "manager")
	v := a.startChat("Anna")
	a.mustJSON("POST", v.messagesPath(), v.token, map[string]any{"text": "hello"}, http.StatusCreated, nil)
	var contact struct{ ID uint64 }
	a.mustJSON("POST", "/api/v1/contacts", manager, map[string]any{"name": "Carl"}, http.StatusCreated, &contact)
	key := a.defaultChannelKey()

	socket, _, err := dialTeam(t, addr, a.adminToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer socket.Close()
	waitSockets(t, a.srv.hub, 1)

	writes := []write{
		{"visitor message", "POST", v.messagesPath(), v.token, map[string]any{"text": "are you there?"}, 201},
		{"team message", "POST", v.teamPath("/messages"), manager, map[string]any{"text": "yes"}, 201},
		{"new chat", "POST", "/api/v1/public/channels/" + key + "/conversations", "", map[string]any{"name": "Bob"}, 201},
		{"close chat", "PATCH", v.teamPath(""), manager, map[string]any{"status": "closed"}, 200},
		{"contact", "POST", "/api/v1/contacts", manager, map[string]any{"name": "Dora"}, 201},
		{"deal", "POST", "/api/v1/deals", manager, map[string]any{"name": "Big deal", "contact_id": contact.ID, "responsible_user_id": managerID}, 201},
		{"user", "POST", "/api/v1/users", a.adminToken, map[string]any{"name": "Nia", "email": "nia@example.com", "password": "nia-password", "role": "manager"}, 201},
		{"rename self", "PATCH", "/api/v1/me", manager, map[string]any{"name": "Maxim"}, 200},
		{"channel", "POST", "/api/v1/channels", a.adminToken, map[string]any{"name": "Shop", "type": "web"}, 201},
		{"login", "POST", "/api/v1/auth/login", "", map[string]any{"email": "ada@example.com", "password": "correct horse"}, 200},
		{"NPS on", "PUT", "/api/v1/settings/nps", a.adminToken, map[string]any{"enabled": true}, 200},
	}
	if !a.hasRoute("PUT", "/api/v1/settings/nps") {
		writes = writes[:len(writes)-1]
	}

	before := a.snapshot(manager, v)
	a.store.FailWrites(true)
	for _, w := range writes {
		status, body, h := a.do(w.method, w.path, w.token, w.body)
		if status != http.StatusServiceUnavailable || !strings.Contains(string(body), `"code":"storage_unavailable"`) || h.Get("Retry-After") == "" {
			t.Errorf("%s under a failing disk: %d %s (Retry-After %q), want 503 storage_unavailable", w.name, status, body, h.Get("Retry-After"))
		}
	}
	// Reads still work while writes fail.
	a.mustJSON("GET", "/api/v1/conversations", manager, nil, http.StatusOK, nil)
	if after := a.snapshot(manager, v); after != before {
		t.Errorf("failed writes changed what the API shows:\nbefore %s\nafter  %s", before, after)
	}
	// Nothing was published for writes that did not commit.
	socket.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
	if _, frame, err := socket.ReadMessage(); err == nil {
		t.Errorf("a frame was published for a failed write: %s", frame)
	}
	socket.Close()

	a.store.FailWrites(false)
	for _, w := range writes {
		if status, body, _ := a.do(w.method, w.path, w.token, w.body); status != w.ok {
			t.Errorf("%s after the disk is back: %d %s, want %d", w.name, status, body, w.ok)
		}
	}
	if a.snapshot(manager, v) == before {
		t.Error("the writes after recovery changed nothing")
	}
}

// TestSurveyStartFailsCleanly: with NPS on, Send NPS under a failing disk answers 503
// and leaves no survey behind, so pressing it again once the disk is back works (no
// survey_pending from a half-started survey).
func TestSurveyStartFailsCleanly(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	if !a.hasRoute("POST", "/api/v1/conversations/:id/nps") {
		t.Skip("no NPS API yet")
	}
	v := a.startChat("Anna")
	a.mustJSON("PUT", "/api/v1/settings/nps", a.adminToken, map[string]any{"enabled": true}, http.StatusOK, nil)
	messages := func() string {
		_, body, _ := a.do("GET", v.messagesPath(), v.token, nil)
		return string(body)
	}
	before := messages()
	a.store.FailWrites(true)
	status, body, _ := a.do("POST", v.teamPath("/nps"), a.adminToken, nil)
	if status != http.StatusServiceUnavailable || !strings.Contains(string(body), "storage_unavailable") {
		t.Errorf("Send NPS under a failing disk: %d %s", status, body)
	}
	if messages() != before {
		t.Error("a survey question reached the customer although the survey was not stored")
	}
	a.store.FailWrites(false)
	a.mustJSON("POST", v.teamPath("/nps"), a.adminToken, nil, http.StatusCreated, nil)
}

// snapshot is what the API shows of everything the writes above touch, as one string.
func (a *testApp) snapshot(token string, v visitor) string {
	a.t.Helper()
	var b strings.Builder
	for _, p := range []string{"/api/v1/conversations", v.teamPath(""), v.teamPath("/messages"), "/api/v1/contacts", "/api/v1/deals",
		"/api/v1/users", "/api/v1/me", "/api/v1/channels", "/api/v1/notifications", "/api/v1/settings/nps"} {
		status, body, _ := a.do("GET", p, token, nil)
		b.WriteString(p + " " + itoa(status) + " " + string(body) + "\n")
	}
	return b.String()
}

// hasRoute reports whether the app registers method path (path as in the route table).
func (a *testApp) hasRoute(method, path string) bool {
	for _, r := range a.srv.App().GetRoutes(true) {
		if r.Method == method && r.Path == path {
			return true
		}
	}
	return false
}
