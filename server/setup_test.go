package server

import (
	"net/http"
	"sync"
	"testing"
)

func TestSetupCreatesTheFirstAdminOnce(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, true)
	token := a.srv.SetupToken()
	if token == "" {
		t.Fatal("a fresh server must have a setup token")
	}
	a.run([]scenario{
		{name: "needed", method: "GET", path: "/api/v1/setup", wantStatus: 200, wantBody: []string{`"needed":true`}},
		{name: "wrong token", method: "POST", path: "/api/v1/setup", body: map[string]any{"token": "nope", "name": "A", "email": "a@example.com", "password": "12345678"}, wantStatus: 403, wantBody: []string{`"setup_token_invalid"`}},
		{name: "malformed", method: "POST", path: "/api/v1/setup", body: `{"token":`, wantStatus: 400, wantBody: []string{`"malformed_json"`}},
		{name: "invalid fields", method: "POST", path: "/api/v1/setup", body: map[string]any{"token": token, "name": " ", "email": "not-an-email", "password": "short"}, wantStatus: 422, wantBody: []string{`"name"`, `"email"`, `"password"`}},
		{name: "wrong type", method: "POST", path: "/api/v1/setup", body: `{"token": 5}`, wantStatus: 422, wantBody: []string{`"token":"must be a string"`}},
	})
	if !a.store.NeedsSetup() {
		t.Fatal("refused setups must not create anything")
	}

	// Two setups race: exactly one wins.
	var wg sync.WaitGroup
	statuses := make([]int, 8)
	for i := range statuses {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			statuses[i], _, _ = a.do("POST", "/api/v1/setup", "", map[string]any{
				"token": token, "name": "Admin", "email": "admin@example.com", "password": "a good password",
			})
		}(i)
	}
	wg.Wait()
	won := 0
	for _, s := range statuses {
		switch s {
		case http.StatusCreated:
			won++
		case http.StatusConflict:
		default:
			t.Fatalf("racing setup answered %d", s)
		}
	}
	if won != 1 {
		t.Fatalf("%d setups won, want exactly 1", won)
	}
	users, _ := a.store.ListUsers()
	if len(users) != 1 || users[0].Role != "admin" {
		t.Fatalf("after setup: %+v", users)
	}
	a.run([]scenario{
		{name: "no longer needed", method: "GET", path: "/api/v1/setup", wantStatus: 200, wantBody: []string{`"needed":false`}},
		{name: "again", method: "POST", path: "/api/v1/setup", body: map[string]any{"token": token, "name": "B", "email": "b@example.com", "password": "12345678"}, wantStatus: 409, wantBody: []string{`"already_set_up"`}},
	})
}

func TestSetupTokenExpires(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, true)
	a.srv.setup.expires = a.srv.setup.expires.Add(-2 * a.srv.cfg.SetupTokenTTL)
	a.run([]scenario{{
		name: "expired", method: "POST", path: "/api/v1/setup",
		body:       map[string]any{"token": a.srv.SetupToken(), "name": "A", "email": "a@example.com", "password": "12345678"},
		wantStatus: 403, wantBody: []string{`"setup_token_expired"`},
	}})
}
