package server

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/npsdesk/npsdesk/storage"
)

// receivedHook is one request the test receiver got.
type receivedHook struct {
	header http.Header
	body   []byte
}

// hookReceiver is a real HTTP server on 127.0.0.1 that records what it is posted and
// answers with what respond says (200 by default).
type hookReceiver struct {
	srv     *httptest.Server
	mu      sync.Mutex
	got     []receivedHook
	respond func(n int) int // n: how many requests came before this one
}

func newHookReceiver(t *testing.T) *hookReceiver {
	t.Helper()
	r := &hookReceiver{}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r.srv = &httptest.Server{Listener: ln, Config: &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		n := len(r.got)
		r.got = append(r.got, receivedHook{header: req.Header.Clone(), body: body})
		respond := r.respond
		r.mu.Unlock()
		code := http.StatusOK
		if respond != nil {
			code = respond(n)
		}
		w.WriteHeader(code)
	})}}
	r.srv.Start()
	t.Cleanup(r.srv.Close)
	return r
}

func (r *hookReceiver) url() string { return r.srv.URL + "/hooks/npsdesk" }

func (r *hookReceiver) received() []receivedHook {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]receivedHook(nil), r.got...)
}

// newWebhookApp is newTestApp with a server config of the test's own (a short backoff).
func newWebhookApp(t *testing.T, cfg Config) *testApp {
	t.Helper()
	return newConfiguredApp(t, cfg, storage.Options{})
}

// setWebhook saves the webhook as the administrator.
func (a *testApp) setWebhook(body map[string]any) webhookView {
	a.t.Helper()
	var v webhookView
	a.mustJSON("PUT", "/api/v1/settings/webhook", a.adminToken, body, http.StatusOK, &v)
	return v
}

func (a *testApp) webhookDeliveries() []webhookDeliveryView {
	a.t.Helper()
	var list struct {
		Items []webhookDeliveryView `json:"items"`
	}
	a.mustJSON("GET", "/api/v1/settings/webhook/deliveries", a.adminToken, nil, http.StatusOK, &list)
	return list.Items
}

// waitDelivery polls the deliveries log until ok holds for the newest delivery.
func (a *testApp) waitDelivery(ok func(webhookDeliveryView) bool) webhookDeliveryView {
	a.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		items := a.webhookDeliveries()
		if len(items) > 0 && ok(items[0]) {
			return items[0]
		}
		if time.Now().After(deadline) {
			a.t.Fatalf("delivery never reached the expected state: %+v", items)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func delivered(d webhookDeliveryView) bool { return d.Status == storage.WebhookDelivered }

// rateOnce has a new customer give score to a survey the administrator sends.
func (a *testApp) rateOnce(name, score string) visitor {
	a.t.Helper()
	v := a.startChat(name)
	a.sendNPS(a.adminToken, v)
	if status := a.answer(v, score); status != http.StatusCreated {
		a.t.Fatalf("answer %s: %d", score, status)
	}
	return v
}

func TestWebhookDeliversSignedRating(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	rcv := newHookReceiver(t)
	a.setNPS(map[string]any{"enabled": true})
	hook := a.setWebhook(map[string]any{"url": rcv.url(), "enabled": true})
	if len(hook.Secret) != 64 || strings.Trim(hook.Secret, "0123456789abcdef") != "" {
		t.Fatalf("secret %q: want 64 hex characters", hook.Secret)
	}
	if len(hook.Events) != 1 || hook.Events[0] != "nps_rating_added" {
		t.Fatalf("events %v", hook.Events)
	}

	v := a.rateOnce("Anna", "9")
	d := a.waitDelivery(delivered)
	if d.Event != storage.WebhookEventRating || d.Attempts != 1 || d.LastStatusCode != 200 || d.DeliveredAt == nil {
		t.Fatalf("delivery %+v", d)
	}
	got := rcv.received()
	if len(got) != 1 {
		t.Fatalf("receiver got %d requests, want 1", len(got))
	}
	h, body := got[0].header, got[0].body

	mac := hmac.New(sha256.New, []byte(hook.Secret))
	mac.Write(body)
	if want := "sha256=" + hex.EncodeToString(mac.Sum(nil)); h.Get("X-Npsdesk-Signature") != want {
		t.Errorf("signature %q, want %q", h.Get("X-Npsdesk-Signature"), want)
	}
	for name, want := range map[string]string{"Content-Type": "application/json", "User-Agent": "npsdesk-webhook",
		"X-Npsdesk-Event": "nps_rating_added", "X-Npsdesk-Delivery": strconv.FormatUint(d.ID, 10)} {
		if h.Get(name) != want {
			t.Errorf("header %s = %q, want %q", name, h.Get(name), want)
		}
	}

	var payload struct {
		ID        string    `json:"id"`
		Event     string    `json:"event"`
		CreatedAt time.Time `json:"created_at"`
		Data      struct {
			Rating struct {
				ID             uint64 `json:"id"`
				Score          int    `json:"score"`
				SurveyID       uint64 `json:"survey_id"`
				ConversationID uint64 `json:"conversation_id"`
				Contact        struct {
					ID   uint64 `json:"id"`
					Name string `json:"name"`
				} `json:"contact"`
				UserID    uint64    `json:"user_id"`
				CreatedAt time.Time `json:"created_at"`
			} `json:"rating"`
		} `json:"data"`
	}
	if err := json.Unmarshal(body, &payload); err != nil {
		t.Fatalf("payload %s: %v", body, err)
	}
	ratings := a.ratingsOf("")
	if len(ratings) != 1 {
		t.Fatalf("%d ratings", len(ratings))
	}
	r, pr := ratings[0], payload.Data.Rating
	if payload.ID != strconv.FormatUint(d.ID, 10) || payload.Event != "nps_rating_added" || payload.CreatedAt.IsZero() {
		t.Errorf("envelope %s", body)
	}
	if pr.ID != r.ID || pr.Score != 9 || pr.SurveyID != r.SurveyID || pr.ConversationID != v.conversationID ||
		pr.Contact.ID != r.ContactID || pr.Contact.Name != "Anna" || pr.UserID != a.adminID || !pr.CreatedAt.Equal(r.CreatedAt) {
		t.Errorf("rating in payload %s, stored %+v", body, r)
	}
}

func TestWebhookRetriesUntilDelivered(t *testing.T) {
	t.Parallel()
	var waits []int
	var mu sync.Mutex
	a := newWebhookApp(t, Config{WebhookBackoff: func(attempt int) time.Duration {
		mu.Lock()
		waits = append(waits, attempt)
		mu.Unlock()
		return time.Millisecond
	}})
	rcv := newHookReceiver(t)
	rcv.respond = func(n int) int {
		if n == 0 {
			return http.StatusInternalServerError
		}
		return http.StatusOK
	}
	a.setNPS(map[string]any{"enabled": true})
	a.setWebhook(map[string]any{"url": rcv.url(), "enabled": true})
	a.rateOnce("Anna", "3")

	d := a.waitDelivery(delivered)
	if d.Attempts != 2 || d.LastStatusCode != 200 || d.LastError != "" {
		t.Fatalf("delivery %+v: want delivered on the second attempt", d)
	}
	got := rcv.received()
	if len(got) != 2 || got[0].header.Get("X-Npsdesk-Delivery") != got[1].header.Get("X-Npsdesk-Delivery") ||
		string(got[0].body) != string(got[1].body) {
		t.Fatalf("receiver got %d requests; a retry must post the same delivery", len(got))
	}
	mu.Lock()
	defer mu.Unlock()
	if len(waits) != 1 || waits[0] != 1 {
		t.Errorf("backoff asked for attempts %v, want [1]", waits)
	}
}

func TestWebhookGivesUpAfterMaxAttempts(t *testing.T) {
	t.Parallel()
	a := newWebhookApp(t, Config{WebhookBackoff: func(int) time.Duration { return 0 }})
	rcv := newHookReceiver(t)
	rcv.respond = func(int) int { return http.StatusBadGateway }
	a.setNPS(map[string]any{"enabled": true})
	a.setWebhook(map[string]any{"url": rcv.url(), "enabled": true})
	a.rateOnce("Anna", "7")

	d := a.waitDelivery(func(d webhookDeliveryView) bool { return d.Status == storage.WebhookFailed })
	if d.Attempts != webhookMaxAttempts || d.LastStatusCode != http.StatusBadGateway || d.LastError == "" {
		t.Fatalf("delivery %+v", d)
	}
	if n := len(rcv.received()); n != webhookMaxAttempts {
		t.Fatalf("receiver got %d requests, want %d", n, webhookMaxAttempts)
	}
}

func TestWebhookResumesAfterRestart(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	rcv := newHookReceiver(t)
	var mu sync.Mutex
	up := false
	rcv.respond = func(int) int {
		mu.Lock()
		defer mu.Unlock()
		if up {
			return http.StatusNoContent
		}
		return http.StatusServiceUnavailable
	}
	a.setNPS(map[string]any{"enabled": true})
	a.setWebhook(map[string]any{"url": rcv.url(), "enabled": true})
	a.rateOnce("Anna", "10")
	// The first attempt fails and the default backoff puts the next 10 s away.
	d := a.waitDelivery(func(d webhookDeliveryView) bool { return d.Attempts == 1 })
	if d.Status != storage.WebhookPending || d.LastStatusCode != http.StatusServiceUnavailable || d.NextAttemptAt == nil {
		t.Fatalf("delivery %+v: want pending after one failed attempt", d)
	}

	mu.Lock()
	up = true
	mu.Unlock()
	// Restart a minute later: the retry is due and the new worker resumes it.
	b := a.reopen(func(store *storage.DB) {
		store.SetClock(func() time.Time { return time.Now().UTC().Add(time.Minute) })
	})
	t.Cleanup(b.srv.stopWebhooks)
	d = b.waitDelivery(delivered)
	if d.Attempts != 2 || d.LastStatusCode != http.StatusNoContent {
		t.Fatalf("delivery after restart %+v", d)
	}
	if n := len(rcv.received()); n != 2 {
		t.Fatalf("receiver got %d requests, want 2", n)
	}
}

func TestWebhookDisabledQueuesNothing(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	rcv := newHookReceiver(t)
	a.setNPS(map[string]any{"enabled": true})
	a.setWebhook(map[string]any{"url": rcv.url(), "enabled": false})
	a.rateOnce("Anna", "8")
	if len(a.ratingsOf("")) != 1 {
		t.Fatal("the rating was not recorded")
	}
	if items := a.webhookDeliveries(); len(items) != 0 {
		t.Fatalf("a switched-off webhook queued %+v", items)
	}
	// Switched on later: only ratings from then on are sent, not the earlier one.
	a.setWebhook(map[string]any{"enabled": true})
	a.rateOnce("Bob", "6")
	a.waitDelivery(delivered)
	if items := a.webhookDeliveries(); len(items) != 1 {
		t.Fatalf("deliveries %+v, want one", items)
	}
}

func TestWebhookRolledBackRatingSendsNothing(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	rcv := newHookReceiver(t)
	a.setNPS(map[string]any{"enabled": true})
	a.setWebhook(map[string]any{"url": rcv.url(), "enabled": true})
	v := a.startChat("Anna")
	a.sendNPS(a.adminToken, v)
	a.store.FailWrites(true)
	status, body, _ := a.do("POST", v.messagesPath(), v.token, map[string]any{"text": "9"})
	a.store.FailWrites(false)
	if status != http.StatusServiceUnavailable {
		t.Fatalf("answer on a failing disk: %d %s", status, body)
	}
	if len(a.ratingsOf("")) != 0 {
		t.Fatal("a refused write stored a rating")
	}
	if items := a.webhookDeliveries(); len(items) != 0 {
		t.Fatalf("a rolled-back rating queued %+v", items)
	}
	// The customer answers again, and that rating is sent.
	if status := a.answer(v, "9"); status != http.StatusCreated {
		t.Fatalf("answer: %d", status)
	}
	a.waitDelivery(delivered)
	if n := len(rcv.received()); n != 1 {
		t.Fatalf("receiver got %d requests, want 1", n)
	}
}

func TestWebhookHangingReceiverDoesNotSlowAnswers(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	rcv := newHookReceiver(t)
	release := make(chan struct{})
	hit := make(chan struct{}, 10)
	rcv.respond = func(int) int {
		hit <- struct{}{}
		<-release
		return http.StatusOK
	}
	// Runs before the receiver's Close (cleanups run last first), so Close can finish.
	t.Cleanup(func() { close(release) })
	a.setNPS(map[string]any{"enabled": true})
	a.setWebhook(map[string]any{"url": rcv.url(), "enabled": true})

	a.rateOnce("Anna", "9")
	select {
	case <-hit: // the worker is now stuck in the receiver
	case <-time.After(10 * time.Second):
		t.Fatal("the webhook was never posted")
	}
	for _, name := range []string{"Bob", "Cleo", "Dan"} {
		v := a.startChat(name)
		a.sendNPS(a.adminToken, v)
		start := time.Now()
		a.answer(v, "10")
		if took := time.Since(start); took > time.Second {
			t.Fatalf("the customer's answer took %v while the receiver hangs", took)
		}
	}
	items := a.webhookDeliveries()
	if len(items) != 4 {
		t.Fatalf("%d deliveries, want 4 (one in flight, three queued)", len(items))
	}
	for _, d := range items {
		if d.Status != storage.WebhookPending {
			t.Errorf("delivery %+v: want pending while the receiver hangs", d)
		}
	}
}

func TestWebhookPing(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	rcv := newHookReceiver(t)
	status, body, _ := a.do("POST", "/api/v1/settings/webhook/test", a.adminToken, nil)
	if status != http.StatusConflict || !strings.Contains(string(body), "webhook_not_configured") {
		t.Fatalf("test without a URL: %d %s", status, body)
	}
	// The ping goes out even while the webhook is switched off.
	hook := a.setWebhook(map[string]any{"url": rcv.url()})
	var queued webhookDeliveryView
	a.mustJSON("POST", "/api/v1/settings/webhook/test", a.adminToken, nil, http.StatusAccepted, &queued)
	if queued.Event != "ping" || queued.Status != storage.WebhookPending {
		t.Fatalf("queued %+v", queued)
	}
	d := a.waitDelivery(delivered)
	if d.ID != queued.ID || d.Event != "ping" {
		t.Fatalf("delivery %+v", d)
	}
	got := rcv.received()
	if len(got) != 1 || got[0].header.Get("X-Npsdesk-Event") != "ping" {
		t.Fatalf("receiver got %+v", got)
	}
	var payload struct {
		ID    string `json:"id"`
		Event string `json:"event"`
	}
	if err := json.Unmarshal(got[0].body, &payload); err != nil || payload.Event != "ping" || payload.ID != strconv.FormatUint(d.ID, 10) {
		t.Fatalf("ping body %s", got[0].body)
	}
	if got[0].header.Get("X-Npsdesk-Signature") != signWebhook(hook.Secret, got[0].body) {
		t.Error("the ping is not signed with the secret")
	}
}

func TestWebhookSettingsValidationAndAccess(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	_, managerToken := a.createUser("Max", "max@example.com", "manager")

	var empty webhookView
	a.mustJSON("GET", "/api/v1/settings/webhook", a.adminToken, nil, http.StatusOK, &empty)
	if empty.URL != "" || empty.Enabled || empty.Secret != "" || len(empty.Events) != 1 {
		t.Fatalf("before the first save: %+v", empty)
	}
	a.run([]scenario{
		{name: "ftp", method: "PUT", path: "/api/v1/settings/webhook", token: a.adminToken,
			body: map[string]any{"url": "ftp://example.com/x"}, wantStatus: 422, wantBody: []string{`"url"`}},
		{name: "not a URL", method: "PUT", path: "/api/v1/settings/webhook", token: a.adminToken,
			body: map[string]any{"url": "example.com/hook"}, wantStatus: 422, wantBody: []string{`"url"`}},
		{name: "too long", method: "PUT", path: "/api/v1/settings/webhook", token: a.adminToken,
			body: map[string]any{"url": "https://example.com/" + strings.Repeat("a", 2000)}, wantStatus: 422, wantBody: []string{`"url"`}},
		{name: "on without a URL", method: "PUT", path: "/api/v1/settings/webhook", token: a.adminToken,
			body: map[string]any{"enabled": true}, wantStatus: 422, wantBody: []string{`"url"`}},
		{name: "wrong type", method: "PUT", path: "/api/v1/settings/webhook", token: a.adminToken,
			body: map[string]any{"enabled": "yes"}, wantStatus: 422},
	})
	var after webhookView
	a.mustJSON("GET", "/api/v1/settings/webhook", a.adminToken, nil, http.StatusOK, &after)
	if after.Secret != "" || after.URL != "" {
		t.Fatalf("a refused save changed the settings: %+v", after)
	}

	saved := a.setWebhook(map[string]any{"url": " https://example.com/hooks ", "enabled": true})
	if saved.URL != "https://example.com/hooks" || !saved.Enabled || len(saved.Secret) != 64 {
		t.Fatalf("saved %+v", saved)
	}
	again := a.setWebhook(map[string]any{"enabled": false})
	if again.Secret != saved.Secret || again.URL != saved.URL || again.Enabled {
		t.Fatalf("a second save must keep the secret and the URL: %+v", again)
	}
	var rotated webhookView
	a.mustJSON("POST", "/api/v1/settings/webhook/rotate-secret", a.adminToken, nil, http.StatusOK, &rotated)
	if rotated.Secret == saved.Secret || len(rotated.Secret) != 64 {
		t.Fatalf("rotated secret %q", rotated.Secret)
	}

	for _, r := range []struct{ method, path string }{
		{"GET", "/api/v1/settings/webhook"}, {"PUT", "/api/v1/settings/webhook"},
		{"POST", "/api/v1/settings/webhook/rotate-secret"}, {"POST", "/api/v1/settings/webhook/test"},
		{"GET", "/api/v1/settings/webhook/deliveries"},
	} {
		body := map[string]any{"url": "https://evil.example/hook", "enabled": true}
		if status, data, _ := a.do(r.method, r.path, managerToken, body); status != http.StatusForbidden {
			t.Errorf("manager %s %s: %d %s", r.method, r.path, status, data)
		}
		if status, _, _ := a.do(r.method, r.path, "", body); status != http.StatusUnauthorized {
			t.Errorf("anonymous %s %s: %d", r.method, r.path, status)
		}
	}
	var final webhookView
	a.mustJSON("GET", "/api/v1/settings/webhook", a.adminToken, nil, http.StatusOK, &final)
	if final.URL != saved.URL || final.Secret != rotated.Secret {
		t.Fatalf("a refused caller changed the settings: %+v", final)
	}
}
