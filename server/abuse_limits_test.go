package server

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/npsdesk/npsdesk/storage"
)

// netClient sends API requests over the network from one source address.
type netClient struct {
	t    *testing.T
	http *http.Client
	base string
}

func (a *testApp) clientAt(t *testing.T, addr, ip string) netClient {
	return netClient{t: t, http: clientFrom(t, ip), base: "http://" + addr}
}

// post sends a JSON body with optional "Header", "value" pairs; it returns the status,
// the body and the Retry-After header.
func (n netClient) post(path, token string, body any, headers ...string) (int, string, string) {
	n.t.Helper()
	data, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", n.base+path, bytes.NewReader(data))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Add(headers[i], headers[i+1])
	}
	resp, err := n.http.Do(req)
	if err != nil {
		n.t.Fatalf("POST %s: %v", path, err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(out), resp.Header.Get("Retry-After")
}

// floodUntilLimited posts until the answer is 429 (at most max times) and checks the
// refusal: the error shape and a Retry-After of whole seconds. It returns how many
// requests went through first.
func floodUntilLimited(t *testing.T, what string, max int, send func() (int, string, string)) int {
	t.Helper()
	for i := 0; i < max; i++ {
		status, body, retry := send()
		if status != http.StatusTooManyRequests {
			continue
		}
		if !strings.Contains(body, `"code":"rate_limited"`) {
			t.Errorf("%s: 429 without the error shape: %s", what, body)
		}
		if n, err := strconv.Atoi(retry); err != nil || n < 1 {
			t.Errorf("%s: Retry-After %q, want whole seconds", what, retry)
		}
		return i
	}
	t.Fatalf("%s: %d requests and never a 429", what, max)
	return 0
}

// TestFloodsAreLimitedPerSource floods the three abuse-prone doors from one address (or
// into one conversation) and checks that the flooder gets 429 with Retry-After while
// everyone else carries on, and that a forged X-Forwarded-For changes nothing when no
// proxy is trusted.
func TestFloodsAreLimitedPerSource(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	key := a.defaultChannelKey()
	start := "/api/v1/public/channels/" + key + "/conversations"
	flooder, other := a.clientAt(t, addr, "127.0.0.2"), a.clientAt(t, addr, "127.0.0.3")

	t.Run("new conversations from one address", func(t *testing.T) {
		n := floodUntilLimited(t, "conversations", 50, func() (int, string, string) {
			return flooder.post(start, "", map[string]any{"name": "Spam"})
		})
		t.Logf("%d conversations went through before 429", n)
		for _, spoof := range []string{"203.0.113.7", "127.0.0.3", "203.0.113.7, 198.51.100.1"} {
			if status, body, _ := flooder.post(start, "", map[string]any{}, "X-Forwarded-For", spoof); status != http.StatusTooManyRequests {
				t.Errorf("X-Forwarded-For %q bypassed the limit: %d %s", spoof, status, body)
			}
		}
		if status, body, _ := other.post(start, "", map[string]any{"name": "Real customer"}); status != http.StatusCreated {
			t.Errorf("another address was refused: %d %s", status, body)
		}
	})

	t.Run("messages into one conversation", func(t *testing.T) {
		v1, v2 := startChatFrom(t, other, start), startChatFrom(t, other, start)
		n := floodUntilLimited(t, "messages", 100, func() (int, string, string) {
			return other.post(v1.messagesPath(), v1.token, map[string]any{"text": "spam"})
		})
		t.Logf("%d messages went through before 429", n)
		if status, body, _ := other.post(v2.messagesPath(), v2.token, map[string]any{"text": "hello"}); status != http.StatusCreated {
			t.Errorf("another conversation was refused: %d %s", status, body)
		}
		// The team can still answer the flooded chat.
		if status, body, _ := other.post(v1.teamPath("/messages"), a.adminToken, map[string]any{"text": "we see you"}); status != http.StatusCreated {
			t.Errorf("the team's reply in the flooded chat was refused: %d %s", status, body)
		}
	})

	t.Run("login attempts from one address", func(t *testing.T) {
		i := 0
		n := floodUntilLimited(t, "logins", 60, func() (int, string, string) {
			i++ // a new email each time: the per-account limit must not be what stops it
			return flooder.post("/api/v1/auth/login", "", map[string]any{"email": "guess" + itoa(i) + "@example.com", "password": "guess"})
		})
		t.Logf("%d login attempts went through before 429", n)
		if status, _, _ := flooder.post("/api/v1/auth/login", "", map[string]any{"email": "ada@example.com", "password": "correct horse"}, "X-Forwarded-For", "203.0.113.9"); status != http.StatusTooManyRequests {
			t.Errorf("X-Forwarded-For bypassed the login limit: %d", status)
		}
		if status, body, _ := other.post("/api/v1/auth/login", "", map[string]any{"email": "ada@example.com", "password": "correct horse"}); status != http.StatusOK {
			t.Errorf("a login from another address was refused: %d %s", status, body)
		}
	})

	t.Run("password guesses at one account from many addresses", func(t *testing.T) {
		a.createUser("Vic", "vic@example.com", "manager")
		ips := []string{"127.0.0.4", "127.0.0.5", "127.0.0.6", "127.0.0.7", "127.0.0.8", "127.0.0.9", "127.0.0.10"}
		i := 0
		n := floodUntilLimited(t, "guesses at one account", len(ips), func() (int, string, string) {
			c := a.clientAt(t, addr, ips[i])
			i++
			return c.post("/api/v1/auth/login", "", map[string]any{"email": "vic@example.com", "password": "guess"})
		})
		t.Logf("%d guesses at one account from as many addresses went through before 429", n)
		if status, body, _ := other.post("/api/v1/auth/login", "", map[string]any{"email": "ada@example.com", "password": "correct horse"}); status != http.StatusOK {
			t.Errorf("another account was refused: %d %s", status, body)
		}
	})
}

// startChatFrom opens a web chat over the network.
func startChatFrom(t *testing.T, c netClient, path string) visitor {
	t.Helper()
	status, body, _ := c.post(path, "", map[string]any{"name": "Customer"})
	if status != http.StatusCreated {
		t.Fatalf("start chat: %d %s", status, body)
	}
	var out struct {
		ConversationID uint64 `json:"conversation_id"`
		VisitorToken   string `json:"visitor_token"`
	}
	json.Unmarshal([]byte(body), &out)
	return visitor{out.ConversationID, out.VisitorToken}
}

// TestTrustedProxyForwardsTheClientAddress runs the server behind a trusted proxy
// (127.0.0.4): the limits count the address the proxy saw, so customers behind the one
// proxy are told apart, and a client cannot escape its limit by writing its own
// X-Forwarded-For, because the proxy appends the real address after it.
func TestTrustedProxyForwardsTheClientAddress(t *testing.T) {
	t.Parallel()
	a := newConfiguredApp(t, Config{TrustedProxies: []string{"127.0.0.4", "10.0.0.0/8"}}, storage.Options{})
	addr := a.listen()
	start := "/api/v1/public/channels/" + a.defaultChannelKey() + "/conversations"
	proxy, direct := a.clientAt(t, addr, "127.0.0.4"), a.clientAt(t, addr, "127.0.0.2")

	// One customer behind the proxy floods; the proxy appends their address each time,
	// whatever they wrote in the header themselves.
	i := 0
	floodUntilLimited(t, "conversations via the proxy", 50, func() (int, string, string) {
		i++
		forged := "198.51.100." + itoa(i)
		return proxy.post(start, "", map[string]any{}, "X-Forwarded-For", forged+", 203.0.113.1")
	})
	// A second hop inside the trusted range is skipped, so the client is still found.
	if status, _, _ := proxy.post(start, "", map[string]any{}, "X-Forwarded-For", "203.0.113.1, 10.1.2.3"); status != http.StatusTooManyRequests {
		t.Errorf("the flooder escaped through a second trusted hop: %d", status)
	}
	// Another customer behind the same proxy is a different client.
	if status, body, _ := proxy.post(start, "", map[string]any{}, "X-Forwarded-For", "203.0.113.2"); status != http.StatusCreated {
		t.Errorf("another customer behind the proxy was refused: %d %s", status, body)
	}
	// A client that is not the proxy cannot pose as a customer behind it: its header is
	// ignored and its own address is counted.
	for j := 0; j < 3; j++ {
		if status, body, _ := direct.post(start, "", map[string]any{}, "X-Forwarded-For", "203.0.113.1"); status != http.StatusCreated {
			t.Errorf("direct client with a forged header: %d %s (it must count as itself)", status, body)
		}
	}
}
