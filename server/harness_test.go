package server

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/npsdesk/npsdesk/storage"
)

// testApp is a real server over a real bbolt file in a temp dir.
type testApp struct {
	t     testing.TB
	srv   *Server
	store *storage.DB
	dir   string
	// adminToken is the first administrator's access token.
	adminToken string
	adminID    uint64
}

// testSPA stands in for the built frontend: the server only needs its files.
var testSPA = fstest.MapFS{
	"index.html":        {Data: []byte("<!doctype html><title>npsdesk</title>")},
	"assets/app-abc.js": {Data: []byte("console.log(1)")},
	"chat.html":         {Data: []byte("<!doctype html><title>chat</title>")},
}

// newTestApp starts a server on a fresh data dir; it is set up (one admin) unless
// fresh is true.
func newTestApp(t testing.TB, fresh bool) *testApp {
	t.Helper()
	dir := t.TempDir()
	store, err := storage.Open(dir, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	srv, err := New(Config{Version: "test"}, store, testSPA)
	if err != nil {
		t.Fatal(err)
	}
	// Registered after the store's Close, so it runs first: the webhook worker stops
	// before the database closes.
	t.Cleanup(srv.stopWebhooks)
	a := &testApp{t: t, srv: srv, store: store, dir: dir}
	if !fresh {
		var out struct {
			AccessToken string   `json:"access_token"`
			User        userView `json:"user"`
		}
		a.mustJSON("POST", "/api/v1/setup", "", map[string]any{
			"token": srv.SetupToken(), "name": "Ada Admin", "email": "ada@example.com", "password": "correct horse",
		}, http.StatusCreated, &out)
		a.adminToken, a.adminID = out.AccessToken, out.User.ID
	}
	return a
}

// do sends a request through the app (no network) and returns status and body.
func (a *testApp) do(method, path, token string, body any, headers ...string) (int, []byte, http.Header) {
	a.t.Helper()
	var r io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		r = strings.NewReader(b)
	case []byte:
		r = bytes.NewReader(b)
	default:
		data, err := json.Marshal(b)
		if err != nil {
			a.t.Fatal(err)
		}
		r = bytes.NewReader(data)
	}
	req := httptest.NewRequest(method, path, r)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := a.srv.App().Test(req, 10000)
	if err != nil {
		a.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, data, resp.Header
}

// mustJSON sends a request, requires the status and decodes the body into out.
func (a *testApp) mustJSON(method, path, token string, body any, want int, out any) {
	a.t.Helper()
	status, data, _ := a.do(method, path, token, body)
	if status != want {
		a.t.Fatalf("%s %s: status %d, want %d: %s", method, path, status, want, data)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			a.t.Fatalf("%s %s: decode %s: %v", method, path, data, err)
		}
	}
}

// createUser makes a user through the API and logs them in; returns id and token.
func (a *testApp) createUser(name, email, role string) (uint64, string) {
	a.t.Helper()
	var u userView
	a.mustJSON("POST", "/api/v1/users", a.adminToken, map[string]any{
		"name": name, "email": email, "password": "password-" + name, "role": role,
	}, http.StatusCreated, &u)
	return u.ID, a.login(email, "password-"+name)
}

// login returns an access token.
func (a *testApp) login(email, password string) string {
	a.t.Helper()
	var out struct {
		AccessToken string `json:"access_token"`
	}
	a.mustJSON("POST", "/api/v1/auth/login", "", map[string]any{"email": email, "password": password}, http.StatusOK, &out)
	return out.AccessToken
}

// listen serves the app on a loopback port for WebSocket tests; returns host:port.
func (a *testApp) listen() string {
	a.t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		a.t.Fatal(err)
	}
	go a.srv.Serve(ln)
	a.t.Cleanup(func() { a.srv.app.ShutdownWithTimeout(2 * time.Second) })
	return ln.Addr().String()
}

// scenario is one row of a table-driven API test.
type scenario struct {
	name       string
	method     string
	path       string
	token      string
	body       any
	wantStatus int
	// wantBody are fragments the response body must contain.
	wantBody []string
	// notBody are fragments it must not contain.
	notBody []string
}

func (a *testApp) run(scenarios []scenario) {
	a.t.Helper()
	for _, sc := range scenarios {
		status, body, _ := a.do(sc.method, sc.path, sc.token, sc.body)
		if status != sc.wantStatus {
			a.t.Errorf("%s: %s %s: status %d, want %d: %s", sc.name, sc.method, sc.path, status, sc.wantStatus, body)
			continue
		}
		for _, frag := range sc.wantBody {
			if !strings.Contains(string(body), frag) {
				a.t.Errorf("%s: body %s lacks %q", sc.name, body, frag)
			}
		}
		for _, frag := range sc.notBody {
			if strings.Contains(string(body), frag) {
				a.t.Errorf("%s: body %s has %q", sc.name, body, frag)
			}
		}
	}
}
