package server

import (
	"net/http"
	"testing"
)

// TestCrossSiteSocketHijackingIsRefused completes TestTeamSocketRefusals: a browser-style
// upgrade carrying the session cookie is refused whenever the browser says it comes
// from another site, with or without an Origin header; the app's own pages and API
// clients still connect.
func TestCrossSiteSocketHijackingIsRefused(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	cookie := cookieName + "=" + a.adminToken
	cases := []struct {
		name   string
		header http.Header
		want   int
	}{
		{"foreign Origin", http.Header{"Cookie": {cookie}, "Origin": {"https://evil.example"}}, http.StatusForbidden},
		{"Origin of another port of this host", http.Header{"Cookie": {cookie}, "Origin": {"http://127.0.0.1:1"}}, http.StatusForbidden},
		{"Origin null (sandboxed frame)", http.Header{"Cookie": {cookie}, "Origin": {"null"}}, http.StatusForbidden},
		{"cross-site, no Origin", http.Header{"Cookie": {cookie}, "Sec-Fetch-Site": {"cross-site"}}, http.StatusForbidden},
		{"same-site subdomain, no Origin", http.Header{"Cookie": {cookie}, "Sec-Fetch-Site": {"same-site"}}, http.StatusForbidden},
		{"bearer from a foreign Origin", http.Header{"Authorization": {"Bearer " + a.adminToken}, "Origin": {"https://evil.example"}}, http.StatusForbidden},
		{"same origin", http.Header{"Cookie": {cookie}, "Origin": {"http://" + addr}}, http.StatusSwitchingProtocols},
		{"same-origin fetch metadata, no Origin", http.Header{"Cookie": {cookie}, "Sec-Fetch-Site": {"same-origin"}}, http.StatusSwitchingProtocols},
		{"API client: bearer, no browser headers", http.Header{"Authorization": {"Bearer " + a.adminToken}}, http.StatusSwitchingProtocols},
	}
	for _, tc := range cases {
		conn, resp, _ := dialTeam(t, addr, "", tc.header)
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		if status != tc.want {
			t.Errorf("%s: status %d, want %d", tc.name, status, tc.want)
		}
		if conn != nil {
			conn.Close()
		}
	}
}

// TestCookieWritesNeedOurOrigin completes TestCookieAuthRefusesCrossSiteWrites: every
// way a browser marks a cookie-carrying write as foreign is refused, on each kind of
// write (the session itself, users, chats); reads and bearer-token writes are not
// affected.
func TestCookieWritesNeedOurOrigin(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	v := a.startChat("Ann")
	cookie := cookieName + "=" + a.adminToken
	foreign := [][]string{
		{"Origin", "https://evil.example"},
		{"Origin", "null"},
		{"Origin", "http://example.com:8080"},
		{"Sec-Fetch-Site", "cross-site"},
		{"Sec-Fetch-Site", "same-site"},
	}
	writes := []struct {
		method, path string
		body         any
	}{
		{"PATCH", "/api/v1/me", map[string]any{"name": "Eve"}},
		{"POST", "/api/v1/users", map[string]any{"name": "Eve", "email": "eve@example.com", "password": "eve-password", "role": "admin"}},
		{"POST", v.teamPath("/messages"), map[string]any{"text": "phishing link"}},
		{"POST", "/api/v1/me/password", map[string]any{"current_password": "correct horse", "new_password": "owned by eve"}},
		{"POST", "/api/v1/auth/logout", nil},
	}
	for _, w := range writes {
		for _, h := range foreign {
			status, body, _ := a.do(w.method, w.path, "", w.body, "Cookie", cookie, h[0], h[1])
			if status != http.StatusForbidden {
				t.Errorf("%s %s with cookie and %s: %s: %d %s, want 403", w.method, w.path, h[0], h[1], status, body)
			}
		}
	}
	// Nothing of it happened.
	a.run([]scenario{
		{name: "name kept", method: "GET", path: "/api/v1/me", token: a.adminToken, wantStatus: 200, wantBody: []string{`"Ada Admin"`}},
		{name: "no user made", method: "GET", path: "/api/v1/users", token: a.adminToken, wantStatus: 200, notBody: []string{"eve@"}},
		{name: "no message", method: "GET", path: v.teamPath("/messages"), token: a.adminToken, wantStatus: 200, notBody: []string{"phishing"}},
	})
	a.login("ada@example.com", "correct horse")
	// A cross-site read with the cookie is allowed (SameSite=Strict keeps the browser
	// from sending it anyway; a read changes nothing), and so is the same write with the
	// bearer header, which a foreign page cannot set.
	if status, _, _ := a.do("GET", "/api/v1/me", "", nil, "Cookie", cookie, "Sec-Fetch-Site", "cross-site"); status != http.StatusOK {
		t.Errorf("cross-site read with cookie: %d", status)
	}
	if status, _, _ := a.do("PATCH", "/api/v1/me", a.adminToken, map[string]any{"name": "Ada"}, "Origin", "https://evil.example"); status != http.StatusOK {
		t.Errorf("bearer write from another origin: %d, want 200", status)
	}
}
