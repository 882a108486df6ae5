package server

import (
	"bufio"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/fasthttp/websocket"
	"github.com/golang-jwt/jwt/v5"
	"github.com/npsdesk/npsdesk/server/realtime"
)

// sessionOf reads the session id (jti) out of a token this server issued.
func sessionOf(t testing.TB, token string) string {
	t.Helper()
	var claims jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(token, &claims); err != nil {
		t.Fatal(err)
	}
	return claims.ID
}

// signed makes an HS256 token with the given claims and key.
func signed(t testing.TB, claims jwt.Claims, key []byte) string {
	t.Helper()
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// handMade builds a token from a raw header, with an HMAC-SHA256 signature over it: the
// shape of algorithm-confusion attacks, which libraries would refuse to produce.
func handMade(header string, claims any, key []byte) string {
	body, _ := json.Marshal(claims)
	enc := base64.RawURLEncoding
	unsigned := enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString(body)
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(unsigned))
	return unsigned + "." + enc.EncodeToString(mac.Sum(nil))
}

// TestForgedTokensAreRefused tries every way of forging or bending an access token on
// the three doors that take one: the Authorization header, the SPA's cookie and the
// WebSocket upgrade. Each must be a fast 401 in the API's error shape.
func TestForgedTokensAreRefused(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	key := a.store.SigningKey()
	sid := sessionOf(t, a.adminToken)
	now := time.Now()
	valid := func() jwt.RegisteredClaims {
		return jwt.RegisteredClaims{
			Issuer: tokenIssuer, Subject: itoa(int(a.adminID)), ID: sid,
			IssuedAt: jwt.NewNumericDate(now.Add(-time.Minute)), ExpiresAt: jwt.NewNumericDate(now.Add(time.Hour)),
		}
	}
	with := func(change func(*jwt.RegisteredClaims)) jwt.RegisteredClaims {
		c := valid()
		change(&c)
		return c
	}
	// The control: a token minted here with the real key and claims is accepted, so each
	// refusal below is about the one thing that case changes.
	if status, body, _ := a.do("GET", "/api/v1/me", signed(t, valid(), key), nil); status != http.StatusOK {
		t.Fatalf("control token refused: %d %s", status, body)
	}

	noneToken, _ := jwt.NewWithClaims(jwt.SigningMethodNone, valid()).SignedString(jwt.UnsafeAllowNoneSignatureType)
	hs512, _ := jwt.NewWithClaims(jwt.SigningMethodHS512, valid()).SignedString(key)
	loggedOut := a.login("ada@example.com", "correct horse")
	a.mustJSON("POST", "/api/v1/auth/logout", loggedOut, nil, http.StatusNoContent, nil)

	// Users whose sessions end by a password change and by deactivation.
	_, pwToken := a.createUser("Pia", "pia@example.com", "manager")
	a.mustJSON("POST", "/api/v1/me/password", pwToken, map[string]any{"current_password": "password-Pia", "new_password": "another secret"}, http.StatusOK, nil)
	offID, offToken := a.createUser("Otto", "otto@example.com", "manager")
	a.mustJSON("PATCH", "/api/v1/users/"+itoa(int(offID)), a.adminToken, map[string]any{"active": false}, http.StatusOK, nil)

	cases := []struct{ name, token string }{
		{"alg none", noneToken},
		{"alg none, no signature part", strings.TrimSuffix(noneToken, ".")},
		{"wrong key", signed(t, valid(), []byte("not the server's key, but 32 byt"))},
		{"HS/RS confusion: RS256 header, HMAC with the server key", handMade(`{"alg":"RS256","typ":"JWT"}`, valid(), key)},
		{"HS512 with the right key", hs512},
		{"no exp", signed(t, with(func(c *jwt.RegisteredClaims) { c.ExpiresAt = nil }), key)},
		{"expired", signed(t, with(func(c *jwt.RegisteredClaims) { c.ExpiresAt = jwt.NewNumericDate(now.Add(-time.Second)) }), key)},
		{"issued in the future", signed(t, with(func(c *jwt.RegisteredClaims) { c.IssuedAt = jwt.NewNumericDate(now.Add(time.Hour)) }), key)},
		{"wrong issuer", signed(t, with(func(c *jwt.RegisteredClaims) { c.Issuer = "someone-else" }), key)},
		{"no issuer", signed(t, with(func(c *jwt.RegisteredClaims) { c.Issuer = "" }), key)},
		{"no session id", signed(t, with(func(c *jwt.RegisteredClaims) { c.ID = "" }), key)},
		{"unknown session id", signed(t, with(func(c *jwt.RegisteredClaims) { c.ID = strings.Repeat("0", 32) }), key)},
		{"signature flipped", a.adminToken[:len(a.adminToken)-2] + flip(a.adminToken[len(a.adminToken)-2:])},
		{"3 KB of dots", strings.Repeat(".", 3<<10)},
		{"three empty parts", ".."},
		{"not base64", "%%%.%%%.%%%"},
		{"revoked by logout", loggedOut},
		{"revoked by password change", pwToken},
		{"revoked by deactivation", offToken},
	}
	for _, tc := range cases {
		start := time.Now()
		status, body, _ := a.do("GET", "/api/v1/me", tc.token, nil)
		if status != http.StatusUnauthorized || !strings.Contains(string(body), `"code":"unauthorized"`) {
			t.Errorf("%s: header: %d %s, want 401 unauthorized", tc.name, status, body)
		}
		status, body, _ = a.do("GET", "/api/v1/me", "", nil, "Cookie", cookieName+"="+tc.token)
		if status != http.StatusUnauthorized {
			t.Errorf("%s: cookie: %d %s, want 401", tc.name, status, body)
		}
		_, resp, err := dialTeam(t, addr, tc.token, nil)
		if err == nil || resp == nil || resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("%s: WebSocket upgrade: %v %v, want 401", tc.name, resp, err)
		}
		// Generous for a shared CI machine: a refusal does no password hashing, only a
		// signature check and at most one read transaction.
		if d := time.Since(start); d > time.Second {
			t.Errorf("%s: three refusals took %v", tc.name, d)
		}
	}
}

// flip changes two base64url characters, keeping them valid base64url.
func flip(s string) string {
	out := []byte(s)
	for i, ch := range out {
		if ch == 'A' {
			out[i] = 'B'
		} else {
			out[i] = 'A'
		}
	}
	return string(out)
}

// TestHugeTokensAreRefusedCheaply sends a 200 KB token of dots in the Authorization
// header, the cookie and a WebSocket upgrade, over the network: the header limit answers
// 431 in the API's error shape before any token parsing, and memory stays bounded (the
// server never copies the token).
//
// Not parallel: allocation is counted for the whole process, and sequential tests run
// alone.
func TestHugeTokensAreRefusedCheaply(t *testing.T) {
	a := newTestApp(t, false)
	addr := a.listen()
	dots := strings.Repeat(".", 200<<10)
	requests := map[string][]byte{
		"header":  []byte("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + dots + "\r\n\r\n"),
		"cookie":  []byte("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nCookie: " + cookieName + "=" + dots + "\r\n\r\n"),
		"upgrade": []byte("GET /api/v1/ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nAuthorization: Bearer " + dots + "\r\n\r\n"),
		"visitor": []byte("GET /api/v1/public/ws?token=" + dots + " HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"),
	}
	const rounds = 10
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	for name, raw := range requests {
		for i := 0; i < rounds; i++ {
			status, body, err := sendRaw(addr, raw)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if status != http.StatusRequestHeaderFieldsTooLarge || !strings.Contains(body, `"code":"headers_too_large"`) {
				t.Fatalf("%s: %d %s, want 431 headers_too_large", name, status, body)
			}
		}
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	n := uint64(rounds * len(requests))
	perRequest := (after.TotalAlloc - before.TotalAlloc) / n
	t.Logf("%d requests of 200 KB headers: %v in all, %d bytes allocated per request (client and server)", n, elapsed, perRequest)
	// One copy of the token would be 200 KB; the server reads into its 8 KB buffer and
	// stops there.
	if perRequest > 100<<10 {
		t.Errorf("%d bytes allocated per refused request: the token is being copied", perRequest)
	}
	if elapsed > 10*time.Second {
		t.Errorf("%d refusals took %v", n, elapsed)
	}
	// The server is still fine.
	a.mustJSON("GET", "/api/v1/me", a.adminToken, nil, http.StatusOK, nil)
}

// sendRaw writes a prepared request on a fresh connection and returns the status and
// body of the response.
func sendRaw(addr string, raw []byte) (int, string, error) {
	resp, body, err := sendRawResponse(addr, raw)
	if err != nil {
		return 0, "", err
	}
	return resp.StatusCode, body, nil
}

// sendRawResponse writes a prepared request on a fresh connection (in the background:
// the server may answer before it has read it all) and reads the response.
func sendRawResponse(addr string, raw []byte) (*http.Response, string, error) {
	conn, err := net.DialTimeout("tcp", addr, 3*time.Second)
	if err != nil {
		return nil, "", err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	go conn.Write(raw)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body), nil
}

// TestRevokedSocketsCloseWithinASecond opens a socket per way a session can end and
// checks each is closed with CloseRevoked within a second of the answer to the request
// that ended it.
// (Logout is in TestTeamSocketReceivesFramesAndClosesOnLogout.)
func TestRevokedSocketsCloseWithinASecond(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	cases := []struct {
		name   string
		revoke func(id uint64, token string)
	}{
		{"password change", func(id uint64, token string) {
			a.mustJSON("POST", "/api/v1/me/password", token, map[string]any{"current_password": "password-U", "new_password": "a whole new one"}, http.StatusOK, nil)
		}},
		{"password reset by an admin", func(id uint64, _ string) {
			a.mustJSON("PATCH", "/api/v1/users/"+itoa(int(id)), a.adminToken, map[string]any{"password": "reset by admin"}, http.StatusOK, nil)
		}},
		{"deactivation", func(id uint64, _ string) {
			a.mustJSON("PATCH", "/api/v1/users/"+itoa(int(id)), a.adminToken, map[string]any{"active": false}, http.StatusOK, nil)
		}},
		{"role change", func(id uint64, _ string) {
			a.mustJSON("PATCH", "/api/v1/users/"+itoa(int(id)), a.adminToken, map[string]any{"role": "admin"}, http.StatusOK, nil)
		}},
	}
	for i, tc := range cases {
		id, token := a.createUser("U", "u"+itoa(i)+"@example.com", "manager")
		conn, _, err := dialTeam(t, addr, token, nil)
		if err != nil {
			t.Fatalf("%s: dial: %v", tc.name, err)
		}
		// The clock starts when the request is answered: a password change hashes twice,
		// which under -race on a shared CI machine alone can take over a second, and
		// "at once" is a promise about what follows the acknowledgement.
		tc.revoke(id, token)
		start := time.Now()
		conn.SetReadDeadline(time.Now().Add(3 * time.Second))
		_, _, err = conn.ReadMessage()
		var closeErr *websocket.CloseError
		if !errors.As(err, &closeErr) || closeErr.Code != realtime.CloseRevoked {
			t.Errorf("%s: socket ended with %v, want close %d", tc.name, err, realtime.CloseRevoked)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("%s: the revoked socket closed after %v, want < 1s", tc.name, d)
		}
		conn.Close()
		// And the token is refused from now on, at the upgrade too.
		if _, resp, err := dialTeam(t, addr, token, nil); err == nil || resp == nil || resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("%s: reconnect with the revoked token: %v %v, want 401", tc.name, resp, err)
		}
	}
}
