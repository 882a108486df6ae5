package server

import (
	"strings"
	"testing"
)

func TestSPAServingAndHeaders(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	cases := []struct {
		path, wantBody, wantCache string
		wantStatus                int
	}{
		{"/", "<title>npsdesk", "no-cache", 200},
		{"/inbox/42", "<title>npsdesk", "no-cache", 200},
		{"/assets/app-abc.js", "console.log", "immutable", 200},
		{"/assets/missing.js", `"not_found"`, "", 404},
		{"/chat/abc", "<title>chat", "no-cache", 200},
	}
	for _, tc := range cases {
		status, body, h := a.do("GET", tc.path, "", nil)
		if status != tc.wantStatus || !strings.Contains(string(body), tc.wantBody) || !strings.Contains(h.Get("Cache-Control"), tc.wantCache) {
			t.Errorf("%s: %d %q cache %q", tc.path, status, body, h.Get("Cache-Control"))
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Content-Security-Policy") == "" || h.Get("Referrer-Policy") == "" {
			t.Errorf("%s: security headers missing: %v", tc.path, h)
		}
	}
	_, _, h := a.do("GET", "/", "", nil)
	if !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") {
		t.Errorf("the team app must not be framed: %s", h.Get("Content-Security-Policy"))
	}
	_, _, h = a.do("GET", "/chat/abc", "", nil)
	if !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors *") || h.Get("X-Frame-Options") != "" {
		t.Errorf("the customer chat must be embeddable: %v", h)
	}
}

func TestBodyLimit(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	// The server answers from the headers alone, before the body is sent.
	status, body, err := rawRequest(addr, "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2097152\r\n\r\n{")
	if err != nil {
		t.Fatal(err)
	}
	if status != 413 || !strings.Contains(body, `"too_large"`) {
		t.Fatalf("2 MB body: %d %s", status, body)
	}
}
