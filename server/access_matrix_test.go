package server

import (
	"encoding/json"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/fasthttp/websocket"
	"github.com/npsdesk/npsdesk/storage"
)

// The access control matrix: every route the server registers under /api/v1, called as
// each kind of caller, with the outcome each must get. A route with no row fails the
// test, so a new endpoint cannot ship without someone deciding who may call it.

// outcome is what a caller gets from a route.
type outcome int

const (
	// reached: the handler ran and answered on the merits (2xx, 409, 422, 429…): not
	// 401, 403 or 404, and never a 5xx.
	reached outcome = iota + 1
	// unauthorized: 401, the route needs credentials this caller does not have.
	unauthorized
	// forbidden: 403, the caller is known but not allowed (a manager on an admin route).
	forbidden
)

func (o outcome) String() string {
	return map[outcome]string{reached: "reached", unauthorized: "401", forbidden: "403"}[o]
}

// caller is one column of the matrix.
type caller int

const (
	anonymous caller = iota
	visitorA         // the customer of conversation A, with its visitor token
	manager
	admin
)

var callers = []caller{anonymous, visitorA, manager, admin}

func (c caller) String() string {
	return [...]string{"anonymous", "visitor of A", "manager", "admin"}[c]
}

// access is one row: what each caller gets from a route.
type access struct {
	// who is the outcome for each caller, in the order of callers.
	who [4]outcome
	// body is sent with writes; nil sends {}.
	body any
}

// withBody is the row with a request body of its own.
func (a access) withBody(body any) access {
	a.body = body
	return a
}

// Row shapes that most routes share.
var (
	open      = access{who: [4]outcome{reached, reached, reached, reached}}
	teamOnly  = access{who: [4]outcome{unauthorized, unauthorized, reached, reached}}
	adminOnly = access{who: [4]outcome{unauthorized, unauthorized, forbidden, reached}}
	// visitorOnly routes take a visitor token: a team token is no visitor token.
	visitorOnly = access{who: [4]outcome{unauthorized, reached, unauthorized, unauthorized}}
)

// accessMatrix has one row per route, keyed "METHOD /api/v1/path/:param".
var accessMatrix = map[string]access{
	"GET /api/v1/health":       open,
	"GET /api/v1/setup":        open,
	"POST /api/v1/setup":       open, // answers 409: already set up
	"POST /api/v1/auth/login":  open.withBody(map[string]any{"email": "ada@example.com", "password": "correct horse"}),
	"POST /api/v1/auth/logout": teamOnly,

	"GET /api/v1/me":           teamOnly,
	"PATCH /api/v1/me":         teamOnly,
	"POST /api/v1/me/password": teamOnly,

	"GET /api/v1/users":         teamOnly,
	"POST /api/v1/users":        adminOnly,
	"GET /api/v1/users/:id":     teamOnly,
	"PATCH /api/v1/users/:id":   adminOnly,
	"GET /api/v1/notifications": teamOnly,

	"POST /api/v1/notifications/read-all": teamOnly,
	"POST /api/v1/notifications/:id/read": teamOnly,

	"GET /api/v1/contacts":        teamOnly,
	"POST /api/v1/contacts":       teamOnly,
	"GET /api/v1/contacts/:id":    teamOnly,
	"GET /api/v1/deals":           teamOnly,
	"POST /api/v1/deals":          teamOnly,
	"GET /api/v1/deals/:id":       teamOnly,
	"PATCH /api/v1/deals/:id":     teamOnly,
	"GET /api/v1/customers":       teamOnly,
	"POST /api/v1/customers":      teamOnly,
	"GET /api/v1/customers/:id":   teamOnly,
	"PATCH /api/v1/customers/:id": teamOnly,

	"GET /api/v1/channels":       teamOnly,
	"POST /api/v1/channels":      adminOnly,
	"PATCH /api/v1/channels/:id": adminOnly,

	"GET /api/v1/conversations":               teamOnly,
	"GET /api/v1/conversations/:id":           teamOnly,
	"PATCH /api/v1/conversations/:id":         teamOnly,
	"POST /api/v1/conversations/:id/read":     teamOnly,
	"GET /api/v1/conversations/:id/messages":  teamOnly,
	"POST /api/v1/conversations/:id/messages": teamOnly,

	"GET /api/v1/public/channels/:key":                open,
	"POST /api/v1/public/channels/:key/conversations": open,
	"GET /api/v1/public/conversations/:id/messages":   visitorOnly,
	"POST /api/v1/public/conversations/:id/messages":  visitorOnly,

	"GET /api/v1/admin/backup": adminOnly,

	// The outgoing webhook (Settings → Integrations): administrators only.
	"GET /api/v1/settings/webhook":                adminOnly,
	"PUT /api/v1/settings/webhook":                adminOnly.withBody(map[string]any{"url": "http://127.0.0.1:9/hook"}),
	"POST /api/v1/settings/webhook/rotate-secret": adminOnly,
	"POST /api/v1/settings/webhook/test":          adminOnly, // answers 409 without a URL
	"GET /api/v1/settings/webhook/deliveries":     adminOnly,

	// Sockets are dialled for real: reached means the upgrade succeeded.
	"GET /api/v1/ws":        teamOnly,
	"GET /api/v1/public/ws": visitorOnly,

	// NPS (issue 7). A row for a route not registered yet is only logged.
	"GET /api/v1/settings/nps":              teamOnly,
	"PUT /api/v1/settings/nps":              adminOnly,
	"GET /api/v1/bots":                      teamOnly,
	"GET /api/v1/bots/:id":                  teamOnly,
	"PUT /api/v1/bots/:id":                  adminOnly,
	"POST /api/v1/bots/:id/restore-default": adminOnly,
	"POST /api/v1/conversations/:id/nps":    teamOnly,
	"GET /api/v1/nps/ratings":               teamOnly,

	// Events and each user's own dashboard (issue 7).
	"GET /api/v1/events":                     teamOnly,
	"GET /api/v1/dashboard":                  teamOnly,
	"POST /api/v1/dashboard/widgets":         teamOnly,
	"PATCH /api/v1/dashboard/widgets/:id":    teamOnly,
	"DELETE /api/v1/dashboard/widgets/:id":   teamOnly,
	"GET /api/v1/dashboard/widgets/:id/data": teamOnly,
	"PUT /api/v1/dashboard/order":            teamOnly,
	"GET /api/v1/nps/stats":                  teamOnly,
	"GET /api/v1/nps/stats/by-user":          teamOnly,
	"GET /api/v1/nps/trend":                  teamOnly,
}

// socketRoutes are dialled as WebSockets instead of sent through app.Test.
var socketRoutes = map[string]bool{"GET /api/v1/ws": true, "GET /api/v1/public/ws": true}

var pathParam = regexp.MustCompile(`:(\w+)`)

// matrixWorld is the data the matrix runs against: two customer conversations, a
// manager, and one record of each kind, so every :id names something that exists.
type matrixWorld struct {
	a            *testApp
	managerID    uint64
	convA, convB visitor
	channelKey   string
	ids          map[string]string // path prefix → id
	// own are records each user has for themselves (path prefix → caller → id): a
	// manager's notification is not the admin's.
	own map[string]map[caller]string
}

func newMatrixWorld(t *testing.T) *matrixWorld {
	a := newTestApp(t, false)
	w := &matrixWorld{a: a, ids: map[string]string{}, own: map[string]map[caller]string{"notifications": {}, "dashboard/widgets": {}}}
	w.managerID, _ = a.createUser("Max", "max@example.com", "manager")
	w.channelKey = a.defaultChannelKey()
	w.convA, w.convB = a.startChat("Anna"), a.startChat("Bob")

	var contact, card, channel struct{ ID uint64 }
	a.mustJSON("POST", "/api/v1/contacts", a.adminToken, map[string]any{"name": "Carl"}, http.StatusCreated, &contact)
	w.ids["contacts"] = itoa(int(contact.ID))
	a.mustJSON("POST", "/api/v1/channels", a.adminToken, map[string]any{"name": "Site", "type": "web"}, http.StatusCreated, &channel)
	w.ids["channels"] = itoa(int(channel.ID))
	w.ids["users"] = itoa(int(w.managerID))
	w.ids["conversations"] = itoa(int(w.convA.conversationID))
	w.ids["public/conversations"] = itoa(int(w.convA.conversationID))
	for _, kind := range []string{"deals", "customers"} {
		// The manager and the admin follow the card, so a customer message in the
		// conversation attached to it gives each a notification to mark read.
		a.mustJSON("POST", "/api/v1/"+kind, a.adminToken, map[string]any{
			"name": "Card", "contact_id": contact.ID, "responsible_user_id": a.adminID, "subscriber_ids": []uint64{w.managerID},
		}, http.StatusCreated, &card)
		w.ids[kind] = itoa(int(card.ID))
	}
	a.mustJSON("PATCH", w.convA.teamPath(""), a.adminToken, map[string]any{"card_type": "deal", "card_id": mustUint(w.ids["deals"])}, http.StatusOK, nil)
	a.mustJSON("POST", w.convA.messagesPath(), w.convA.token, map[string]any{"text": "hello"}, http.StatusCreated, nil)
	for _, c := range []caller{manager, admin} {
		var list struct {
			Items []struct{ ID uint64 } `json:"items"`
		}
		a.mustJSON("GET", "/api/v1/notifications", w.token(t, c), nil, http.StatusOK, &list)
		if len(list.Items) == 0 {
			t.Fatalf("%s has no notification to mark read", c)
		}
		w.own["notifications"][c] = itoa(int(list.Items[0].ID))
		if a.hasRoute("POST", "/api/v1/dashboard/widgets") {
			var widget struct{ ID uint64 }
			a.mustJSON("POST", "/api/v1/dashboard/widgets", w.token(t, c), map[string]any{"type": "nps"}, http.StatusCreated, &widget)
			w.own["dashboard/widgets"][c] = itoa(int(widget.ID))
		}
	}
	var bots struct {
		Items []struct{ ID json.RawMessage } `json:"items"`
	}
	if status, body, _ := a.do("GET", "/api/v1/bots", a.adminToken, nil); status == http.StatusOK {
		if err := json.Unmarshal(body, &bots); err == nil && len(bots.Items) > 0 {
			w.ids["bots"] = strings.Trim(string(bots.Items[0].ID), `"`)
		}
	}
	return w
}

// token gives the caller a fresh credential for one request, so a request that ends
// a session (logout) or changes a user cannot spoil the next cell.
func (w *matrixWorld) token(t *testing.T, c caller) string {
	t.Helper()
	var userID uint64
	switch c {
	case anonymous:
		return ""
	case visitorA:
		return w.convA.token
	case manager:
		userID = w.managerID
	case admin:
		userID = w.a.adminID
	}
	session, err := w.a.store.CreateSession(userID, sessionTTL)
	if err != nil {
		t.Fatal(err)
	}
	token, err := w.a.srv.tokens.issue(session)
	if err != nil {
		t.Fatal(err)
	}
	return token
}

// path fills in a route's parameters for the caller.
func (w *matrixWorld) path(route string, c caller) string {
	p := strings.SplitN(route, " ", 2)[1]
	rest := strings.TrimPrefix(p, "/api/v1/")
	return pathParam.ReplaceAllStringFunc(p, func(param string) string {
		if param == ":key" {
			return w.channelKey
		}
		for prefix, byCaller := range w.own {
			if strings.HasPrefix(rest, prefix+"/") {
				if id := byCaller[c]; id != "" {
					return id
				}
				return byCaller[admin]
			}
		}
		for _, prefix := range []string{"public/conversations", "conversations", "contacts", "deals", "customers", "channels", "users", "bots"} {
			if strings.HasPrefix(rest, prefix+"/") {
				if id := w.ids[prefix]; id != "" {
					return id
				}
			}
		}
		return "1"
	})
}

// registeredRoutes lists the app's /api/v1 routes as "METHOD path", without the HEAD
// twins fiber adds for GET.
func registeredRoutes(a *testApp) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range a.srv.App().GetRoutes(true) {
		if !strings.HasPrefix(r.Path, "/api/v1/") || r.Method == http.MethodHead {
			continue
		}
		key := r.Method + " " + r.Path
		if !seen[key] {
			seen[key] = true
			out = append(out, key)
		}
	}
	// Deletions last, so they do not remove what the other routes are called on.
	sort.Slice(out, func(i, j int) bool {
		di, dj := strings.HasPrefix(out[i], "DELETE "), strings.HasPrefix(out[j], "DELETE ")
		if di != dj {
			return dj
		}
		return out[i] < out[j]
	})
	return out
}

func TestAccessControlMatrix(t *testing.T) {
	t.Parallel()
	w := newMatrixWorld(t)
	a := w.a
	addr := a.listen()
	routes := registeredRoutes(a)
	registered := map[string]bool{}
	cells := 0
	for _, route := range routes {
		registered[route] = true
		row, ok := accessMatrix[route]
		if !ok {
			t.Errorf("%s has no row in accessMatrix: decide who may call it and add one", route)
			continue
		}
		method := strings.SplitN(route, " ", 2)[0]
		for _, c := range callers {
			want := row.who[c]
			var status int
			var body []byte
			if socketRoutes[route] {
				status = dialStatus(t, addr, w.path(route, c), w.token(t, c))
			} else {
				var reqBody any
				if method != http.MethodGet {
					reqBody = row.body
					if reqBody == nil {
						reqBody = map[string]any{}
					}
				}
				status, body, _ = a.do(method, w.path(route, c), w.token(t, c), reqBody)
			}
			cells++
			if got := classify(status); got != want {
				t.Errorf("%s as %s: %d (%s), want %s: %.200s", route, c, status, got, want, body)
			}
		}
	}
	for route := range accessMatrix {
		if !registered[route] {
			t.Logf("row for %s: no such route registered (yet)", route)
		}
	}
	t.Logf("%d routes × %d callers: %d cells", len(routes), len(callers), cells)
}

// TestVisitorsNeverReachAnotherConversation calls every visitor route of conversation B
// with A's visitor token: each answers 404, as if B did not exist.
func TestVisitorsNeverReachAnotherConversation(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	convA, convB := a.startChat("Anna"), a.startChat("Bob")
	n := 0
	for _, route := range registeredRoutes(a) {
		method, path, _ := strings.Cut(route, " ")
		if !strings.Contains(path, "/public/conversations/:id") {
			continue
		}
		p := strings.Replace(path, ":id", itoa(int(convB.conversationID)), 1)
		var body any
		if method != http.MethodGet {
			body = map[string]any{"text": "hi"}
		}
		status, data, _ := a.do(method, p, convA.token, body)
		if status != http.StatusNotFound {
			t.Errorf("%s %s with A's token: %d %s, want 404", method, p, status, data)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no visitor route with a conversation id: the route table changed shape")
	}
	// B's messages are untouched, and A's token still works for A.
	a.run([]scenario{
		{name: "B untouched", method: "GET", path: convB.messagesPath(), token: convB.token, wantStatus: 200, notBody: []string{`"hi"`}},
		{name: "A still in", method: "GET", path: convA.messagesPath(), token: convA.token, wantStatus: 200},
	})
}

// classify maps a status to the matrix's outcomes; anything else is 0 and never matches.
func classify(status int) outcome {
	switch {
	case status == http.StatusUnauthorized:
		return unauthorized
	case status == http.StatusForbidden:
		return forbidden
	case status == http.StatusNotFound, status >= 500, status == 0:
		return 0
	}
	return reached
}

// dialStatus opens a socket on path with the token and returns the handshake's status.
func dialStatus(t *testing.T, addr, path, token string) int {
	t.Helper()
	header := http.Header{}
	if token != "" {
		header.Set("Authorization", "Bearer "+token)
	}
	d := websocket.Dialer{HandshakeTimeout: 3 * time.Second}
	conn, resp, _ := d.Dial("ws://"+addr+path, header)
	if conn != nil {
		conn.Close()
	}
	if resp == nil {
		return 0
	}
	if resp.StatusCode == http.StatusSwitchingProtocols {
		return http.StatusOK
	}
	return resp.StatusCode
}

func mustUint(s string) uint64 {
	id, ok := storage.ParseCursor(s)
	if !ok {
		panic("not an id: " + s)
	}
	return id
}

// TestUsersOnlyReachTheirOwnRecords: notifications and dashboard widgets belong to one
// user; another user (even an administrator) calling them by id gets 404.
func TestUsersOnlyReachTheirOwnRecords(t *testing.T) {
	t.Parallel()
	w := newMatrixWorld(t)
	n := 0
	for _, route := range registeredRoutes(w.a) {
		method, path, _ := strings.Cut(route, " ")
		rest := strings.TrimPrefix(path, "/api/v1/")
		for prefix, byCaller := range w.own {
			if !strings.HasPrefix(rest, prefix+"/:") {
				continue
			}
			for _, pair := range [][2]caller{{manager, admin}, {admin, manager}} {
				caller, owner := pair[0], pair[1]
				p := strings.Replace(path, ":id", byCaller[owner], 1)
				var body any
				if method != http.MethodGet {
					body = map[string]any{"title": "mine now"}
				}
				status, data, _ := w.a.do(method, p, w.token(t, caller), body)
				if status != http.StatusNotFound {
					t.Errorf("%s %s (%s's) as %s: %d %s, want 404", method, p, owner, caller, status, data)
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no per-user route found")
	}
}
