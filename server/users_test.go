package server

import (
	"net/http"
	"strings"
	"testing"
)

func TestUsersAndRoles(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	managerID, manager := a.createUser("Max", "max@example.com", "manager")
	admin := a.adminToken
	id := itoa(int(managerID))
	a.run([]scenario{
		{name: "list", method: "GET", path: "/api/v1/users", token: manager, wantStatus: 200, wantBody: []string{`"max@example.com"`, `"ada@example.com"`}, notBody: []string{"password", "argon2"}},
		{name: "me", method: "GET", path: "/api/v1/me", token: manager, wantStatus: 200, wantBody: []string{`"role":"manager"`}},
		{name: "no token", method: "GET", path: "/api/v1/me", wantStatus: 401, wantBody: []string{`"unauthorized"`}},
		{name: "garbage token", method: "GET", path: "/api/v1/me", token: "abc.def.ghi", wantStatus: 401},
		{name: "manager cannot create", method: "POST", path: "/api/v1/users", token: manager, body: map[string]any{"name": "X", "email": "x@example.com", "password": "12345678", "role": "manager"}, wantStatus: 403, wantBody: []string{`"admin_only"`}},
		{name: "manager cannot patch", method: "PATCH", path: "/api/v1/users/" + id, token: manager, body: map[string]any{"role": "admin"}, wantStatus: 403},
		{name: "unknown role", method: "POST", path: "/api/v1/users", token: admin, body: map[string]any{"name": "X", "email": "x@example.com", "password": "12345678", "role": "owner"}, wantStatus: 422, wantBody: []string{`"role"`}},
		{name: "over-long name", method: "POST", path: "/api/v1/users", token: admin, body: map[string]any{"name": strings.Repeat("n", 101), "email": "x@example.com", "password": "12345678", "role": "manager"}, wantStatus: 422, wantBody: []string{`"name"`}},
		{name: "duplicate email", method: "POST", path: "/api/v1/users", token: admin, body: map[string]any{"name": "X", "email": "MAX@example.com", "password": "12345678", "role": "manager"}, wantStatus: 409, wantBody: []string{`"email_taken"`}},
		{name: "unknown user", method: "PATCH", path: "/api/v1/users/999", token: admin, body: map[string]any{"name": "Y"}, wantStatus: 404},
		{name: "bad id", method: "GET", path: "/api/v1/users/abc", token: admin, wantStatus: 404},
		{name: "rename", method: "PATCH", path: "/api/v1/users/" + id, token: admin, body: map[string]any{"name": "Maxim"}, wantStatus: 200, wantBody: []string{`"name":"Maxim"`}},
		{name: "last admin cannot demote self", method: "PATCH", path: "/api/v1/users/" + itoa(int(a.adminID)), token: admin, body: map[string]any{"role": "manager"}, wantStatus: 409, wantBody: []string{`"last_admin"`}},
		{name: "deeply nested", method: "PATCH", path: "/api/v1/users/" + id, token: admin, body: strings.Repeat("[", 1000), wantStatus: 400},
		{name: "invalid utf8", method: "PATCH", path: "/api/v1/users/" + id, token: admin, body: []byte("{\"name\":\"\xff\"}"), wantStatus: 400, wantBody: []string{`"invalid_utf8"`}},
		{name: "unknown api path", method: "GET", path: "/api/v1/nothing-here", wantStatus: 404, wantBody: []string{`"not_found"`}},
	})
	// Renaming did not revoke the session; deactivation does, at once.
	a.run([]scenario{
		{name: "still in", method: "GET", path: "/api/v1/me", token: manager, wantStatus: 200},
		{name: "deactivate", method: "PATCH", path: "/api/v1/users/" + id, token: admin, body: map[string]any{"active": false}, wantStatus: 200, wantBody: []string{`"active":false`}},
		{name: "revoked", method: "GET", path: "/api/v1/me", token: manager, wantStatus: 401},
	})
	status, body, _ := a.do("POST", "/api/v1/auth/login", "", map[string]any{"email": "max@example.com", "password": "password-Max"})
	if status != http.StatusForbidden || !strings.Contains(string(body), "account_deactivated") {
		t.Fatalf("deactivated login: %d %s", status, body)
	}
}

func TestRoleChangeAndPasswordChangeRevokeTokens(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	id, token := a.createUser("Mia", "mia@example.com", "manager")
	other := a.login("mia@example.com", "password-Mia")
	a.run([]scenario{
		{name: "promote", method: "PATCH", path: "/api/v1/users/" + itoa(int(id)), token: a.adminToken, body: map[string]any{"role": "admin"}, wantStatus: 200},
		{name: "old token dead", method: "GET", path: "/api/v1/me", token: token, wantStatus: 401},
		{name: "other token dead", method: "GET", path: "/api/v1/me", token: other, wantStatus: 401},
	})
	token = a.login("mia@example.com", "password-Mia")
	second := a.login("mia@example.com", "password-Mia")
	var out struct {
		AccessToken string `json:"access_token"`
	}
	a.mustJSON("POST", "/api/v1/me/password", token, map[string]any{"current_password": "password-Mia", "new_password": "a brand new one"}, http.StatusOK, &out)
	a.run([]scenario{
		{name: "wrong current", method: "POST", path: "/api/v1/me/password", token: out.AccessToken, body: map[string]any{"current_password": "nope", "new_password": "whatever123"}, wantStatus: 422, wantBody: []string{`"current_password"`}},
		{name: "old session dead", method: "GET", path: "/api/v1/me", token: token, wantStatus: 401},
		{name: "other browser dead", method: "GET", path: "/api/v1/me", token: second, wantStatus: 401},
		{name: "new session works", method: "GET", path: "/api/v1/me", token: out.AccessToken, wantStatus: 200},
		{name: "rename self", method: "PATCH", path: "/api/v1/me", token: out.AccessToken, body: map[string]any{"name": "Mia M."}, wantStatus: 200, wantBody: []string{`"Mia M."`}},
	})
	a.login("mia@example.com", "a brand new one")
}

func TestLoginLogoutAndLimits(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	token := a.login("ADA@example.com ", "correct horse")
	a.run([]scenario{
		{name: "wrong password", method: "POST", path: "/api/v1/auth/login", body: map[string]any{"email": "ada@example.com", "password": "wrong"}, wantStatus: 401, wantBody: []string{`"invalid_credentials"`}},
		{name: "unknown email", method: "POST", path: "/api/v1/auth/login", body: map[string]any{"email": "who@example.com", "password": "wrong"}, wantStatus: 401, wantBody: []string{`"invalid_credentials"`}},
		{name: "logout", method: "POST", path: "/api/v1/auth/logout", token: token, wantStatus: 204},
		{name: "token dead after logout", method: "GET", path: "/api/v1/me", token: token, wantStatus: 401},
	})
	// Guessing at one account is slowed down, and says when to come back.
	limited := false
	for i := 0; i < 10 && !limited; i++ {
		status, _, h := a.do("POST", "/api/v1/auth/login", "", map[string]any{"email": "ada@example.com", "password": "guess"})
		if status == http.StatusTooManyRequests {
			limited = h.Get("Retry-After") != ""
		}
	}
	if !limited {
		t.Fatal("login attempts are not rate limited")
	}
}

func TestCookieAuthRefusesCrossSiteWrites(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	cookie := "npsdesk_token=" + a.adminToken
	status, _, _ := a.do("GET", "/api/v1/me", "", nil, "Cookie", cookie)
	if status != 200 {
		t.Fatalf("cookie auth: %d", status)
	}
	status, _, _ = a.do("PATCH", "/api/v1/me", "", map[string]any{"name": "Eve"}, "Cookie", cookie, "Origin", "https://evil.example")
	if status != http.StatusForbidden {
		t.Fatalf("cross-site write with cookie: %d, want 403", status)
	}
	status, _, _ = a.do("PATCH", "/api/v1/me", "", map[string]any{"name": "Ada"}, "Cookie", cookie, "Origin", "http://example.com")
	if status != http.StatusOK {
		t.Fatalf("same-origin write with cookie: %d, want 200", status)
	}
}
