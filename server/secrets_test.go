package server

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// syncBuffer is a bytes.Buffer safe for the log handler's concurrent writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// recorded is one response of the secrets scenario.
type recorded struct {
	what string
	body string
	// issues is true for the responses whose job is to hand out a credential (login,
	// setup, password change, a new chat's visitor token).
	issues bool
}

// TestNoSecretInResponsesOrLogs runs the life of a team (setup, logins, wrong passwords,
// password changes and resets, logout, revoked and forged tokens, a customer chat, NPS,
// a failing disk, a backup) with the server's log captured at debug level, then looks
// for every secret it made: passwords, their argon2 hashes (whole and in parts), access
// and visitor tokens, the setup token and the signing key. None may be in a log line;
// none but the credential a response hands out may be in a response.
//
// Not parallel: it replaces slog's default logger, and sequential tests run alone.
func TestNoSecretInResponsesOrLogs(t *testing.T) {
	logs := &syncBuffer{}
	previous := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	t.Cleanup(func() { slog.SetDefault(previous) })

	a := newTestApp(t, true)
	var responses []recorded
	secrets := map[string]string{"setup token": a.srv.SetupToken()}
	call := func(what, method, path, token string, body any, issues bool, headers ...string) string {
		t.Helper()
		status, data, h := a.do(method, path, token, body, headers...)
		responses = append(responses, recorded{what: fmt.Sprintf("%s (%d)", what, status), body: string(data) + "\n" + fmt.Sprint(h), issues: issues})
		return string(data)
	}
	tokenOf := func(body string) string {
		_, rest, _ := strings.Cut(body, `"access_token":"`)
		token, _, _ := strings.Cut(rest, `"`)
		return token
	}

	secrets["admin password"] = "correct horse battery"
	admin := tokenOf(call("setup", "POST", "/api/v1/setup", "", map[string]any{"token": a.srv.SetupToken(), "name": "Ada", "email": "ada@example.com", "password": secrets["admin password"]}, true))
	secrets["admin token"] = admin
	call("setup again", "POST", "/api/v1/setup", "", map[string]any{"token": secrets["setup token"], "name": "Eve", "email": "eve@example.com", "password": "eve-password"}, false)
	call("wrong password", "POST", "/api/v1/auth/login", "", map[string]any{"email": "ada@example.com", "password": "wrong " + secrets["admin password"]}, false)
	call("unknown user", "POST", "/api/v1/auth/login", "", map[string]any{"email": "nobody@example.com", "password": secrets["admin password"]}, false)
	secrets["second admin token"] = tokenOf(call("login", "POST", "/api/v1/auth/login", "", map[string]any{"email": "ada@example.com", "password": secrets["admin password"]}, true))

	secrets["manager password"] = "manager first secret"
	call("create user", "POST", "/api/v1/users", admin, map[string]any{"name": "Max", "email": "max@example.com", "password": secrets["manager password"], "role": "manager"}, false)
	call("weak password", "POST", "/api/v1/users", admin, map[string]any{"name": "Mo", "email": "mo@example.com", "password": "short", "role": "manager"}, false)
	manager := tokenOf(call("manager login", "POST", "/api/v1/auth/login", "", map[string]any{"email": "max@example.com", "password": secrets["manager password"]}, true))
	secrets["manager token"] = manager
	call("users", "GET", "/api/v1/users", manager, nil, false)
	call("me", "GET", "/api/v1/me", manager, nil, false)
	secrets["manager new password"] = "manager second secret"
	call("wrong current password", "POST", "/api/v1/me/password", manager, map[string]any{"current_password": "not it", "new_password": secrets["manager new password"]}, false)
	manager2 := tokenOf(call("change password", "POST", "/api/v1/me/password", manager, map[string]any{"current_password": secrets["manager password"], "new_password": secrets["manager new password"]}, true))
	secrets["manager token after change"] = manager2
	call("revoked token", "GET", "/api/v1/me", manager, nil, false)
	secrets["reset password"] = "reset by the admin"
	call("reset", "PATCH", "/api/v1/users/2", admin, map[string]any{"password": secrets["reset password"]}, false)
	call("forged token", "GET", "/api/v1/me", "eyJhbGciOiJub25lIn0.eyJqdGkiOiJ4In0.", nil, false)
	call("logout", "POST", "/api/v1/auth/logout", secrets["second admin token"], nil, false)
	call("after logout", "GET", "/api/v1/me", secrets["second admin token"], nil, false)

	// The customer's side.
	key := ""
	if body := call("channels", "GET", "/api/v1/channels", admin, nil, false); strings.Contains(body, `"public_key":"`) {
		_, rest, _ := strings.Cut(body, `"public_key":"`)
		key, _, _ = strings.Cut(rest, `"`)
	}
	started := call("start chat", "POST", "/api/v1/public/channels/"+key+"/conversations", "", map[string]any{"name": "Anna"}, true)
	_, rest, _ := strings.Cut(started, `"visitor_token":"`)
	secrets["visitor token"], _, _ = strings.Cut(rest, `"`)
	call("customer writes", "POST", "/api/v1/public/conversations/1/messages", secrets["visitor token"], map[string]any{"text": "hi"}, false)
	call("conversation", "GET", "/api/v1/conversations/1", admin, nil, false)
	call("messages", "GET", "/api/v1/conversations/1/messages", admin, nil, false)
	if a.hasRoute("POST", "/api/v1/conversations/:id/nps") {
		call("NPS on", "PUT", "/api/v1/settings/nps", admin, map[string]any{"enabled": true}, false)
		call("send NPS", "POST", "/api/v1/conversations/1/nps", admin, nil, false)
		call("answer", "POST", "/api/v1/public/conversations/1/messages", secrets["visitor token"], map[string]any{"text": "3"}, false)
		call("ratings", "GET", "/api/v1/nps/ratings", admin, nil, false)
		call("notifications", "GET", "/api/v1/notifications", admin, nil, false)
	}

	// A failing disk, a backup, an oversized header.
	a.store.FailWrites(true)
	call("login on a failing disk", "POST", "/api/v1/auth/login", "", map[string]any{"email": "ada@example.com", "password": secrets["admin password"]}, false)
	call("password change on a failing disk", "POST", "/api/v1/me/password", admin, map[string]any{"current_password": secrets["admin password"], "new_password": "never stored secret"}, false)
	a.store.FailWrites(false)
	secrets["password never stored"] = "never stored secret"
	status, _, _ := a.do("GET", "/api/v1/admin/backup", admin, nil)
	if status != http.StatusOK {
		t.Fatalf("backup: %d", status)
	}

	for _, email := range []string{"ada@example.com", "max@example.com"} {
		u, err := a.store.GetUserByEmail(email)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(u.PasswordHash, "$argon2id$") {
			t.Errorf("%s: stored hash is not argon2id: %.12s…", email, u.PasswordHash)
		}
		secrets[email+" hash"] = u.PasswordHash
		parts := strings.Split(u.PasswordHash, "$")
		secrets[email+" hash salt"], secrets[email+" hash key"] = parts[len(parts)-2], parts[len(parts)-1]
	}
	signing := a.store.SigningKey()
	secrets["signing key (hex)"] = hex.EncodeToString(signing)
	secrets["signing key (base64)"] = base64.StdEncoding.EncodeToString(signing)
	secrets["signing key (base64url)"] = base64.RawURLEncoding.EncodeToString(signing)
	secrets["signing key (raw)"] = string(signing)

	logText := logs.String()
	if logText == "" {
		t.Error("nothing was logged: the capture is not working")
	}
	for name, secret := range secrets {
		if secret == "" {
			t.Errorf("%s: the scenario did not make it", name)
			continue
		}
		if strings.Contains(logText, secret) {
			t.Errorf("the log contains the %s", name)
		}
		for _, r := range responses {
			if strings.Contains(r.body, secret) && !(r.issues && strings.Contains(name, "token")) {
				t.Errorf("response to %s contains the %s", r.what, name)
			}
		}
	}
	t.Logf("%d responses and %d log lines checked for %d secrets", len(responses), strings.Count(logText, "\n"), len(secrets))
}

// TestSecurityHeadersOnAPIResponses: every kind of API answer (success, each error
// class, a download, and an error raised before any middleware) carries the security
// headers and is never cached.
func TestSecurityHeadersOnAPIResponses(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	check := func(what string, h http.Header) {
		t.Helper()
		for name, want := range map[string]string{
			"X-Content-Type-Options":  "nosniff",
			"X-Frame-Options":         "DENY",
			"Referrer-Policy":         "same-origin",
			"Content-Security-Policy": "frame-ancestors 'none'",
			"Cache-Control":           "no-store",
		} {
			if !strings.Contains(h.Get(name), want) {
				t.Errorf("%s: %s is %q, want %q", what, name, h.Get(name), want)
			}
		}
	}
	for _, r := range []struct{ what, method, path, token string }{
		{"200 health", "GET", "/api/v1/health", ""},
		{"200 me", "GET", "/api/v1/me", a.adminToken},
		{"200 backup", "GET", "/api/v1/admin/backup", a.adminToken},
		{"401", "GET", "/api/v1/me", ""},
		{"404 unknown endpoint", "GET", "/api/v1/nothing", ""},
		{"405-ish unknown method", "DELETE", "/api/v1/me", a.adminToken},
		{"422", "POST", "/api/v1/contacts", a.adminToken},
	} {
		var body any
		if r.method == "POST" {
			body = map[string]any{}
		}
		_, _, h := a.do(r.method, r.path, r.token, body)
		check(r.what, h)
	}
	// Raised by the HTTP layer before routing: a 200 KB header.
	big := strings.Repeat("a", 200<<10)
	resp, _, err := sendRawResponse(addr, []byte("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Big: "+big+"\r\n\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Fatalf("200 KB header: %d", resp.StatusCode)
	}
	check("431 before routing", resp.Header)
}
