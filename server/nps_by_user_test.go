package server

import (
	"net/http"
	"testing"
	"time"
)

// npsUserRow is how the tests read a row: the handler's own type.
type npsUserRow = npsUserItem

type npsByUser struct {
	From  time.Time    `json:"from"`
	To    time.Time    `json:"to"`
	Items []npsUserRow `json:"items"`
}

// TestNPSStatsByUser: two managers over a period, computed by hand; the rows add up to
// /nps/stats for everyone; a deactivated manager keeps their row.
func TestNPSStatsByUser(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	// Sessions are opened on the real clock: the fake one goes back to March.
	maxID, maxToken := a.createUser("Max", "max@example.com", "manager")
	olgaID, olgaToken := a.createUser("Olga", "olga@example.com", "manager")
	clock := a.useFakeClock(time.Date(2026, 3, 2, 12, 0, 0, 0, time.Local))
	a.setNPS(map[string]any{"enabled": true})
	rate := func(token, score string) {
		v := a.startChat("Customer")
		a.sendNPS(token, v)
		if score != "" {
			a.answer(v, score)
		}
	}
	rate(maxToken, "10") // Mon 2 Mar
	rate(maxToken, "9")
	rate(maxToken, "3")
	clock.advance(24 * time.Hour)
	rate(olgaToken, "8") // Tue 3 Mar
	rate(olgaToken, "")  // sent, never answered
	clock.advance(7 * 24 * time.Hour)
	rate(maxToken, "7") // Tue 10 Mar: outside the first period

	var got npsByUser
	a.mustJSON("GET", "/api/v1/nps/stats/by-user?from=2026-03-02&to=2026-03-04", olgaToken, nil, http.StatusOK, &got)
	// Max: 2 promoters, 1 detractor of 3: 66.7 − 33.3 = 33.4; all 3 sent were answered.
	// Olga: 1 passive of 1: NPS 0; 2 sent, 1 answered: 50 %.
	want := []npsUserRow{
		{UserID: maxID, Name: "Max", Active: true, Total: 3, Promoters: 2, Detractors: 1, NPS: 33.4, Sent: 3, Answered: 3, ResponseRate: 100},
		{UserID: olgaID, Name: "Olga", Active: true, Total: 1, Passives: 1, NPS: 0, Sent: 2, Answered: 1, ResponseRate: 50},
	}
	if len(got.Items) != len(want) {
		t.Fatalf("items: %+v", got.Items)
	}
	for i := range want {
		if got.Items[i] != want[i] {
			t.Fatalf("item %d: %+v, want %+v", i, got.Items[i], want[i])
		}
	}
	if !got.From.Equal(time.Date(2026, 3, 2, 0, 0, 0, 0, time.Local)) || !got.To.Equal(time.Date(2026, 3, 5, 0, 0, 0, 0, time.Local)) {
		t.Fatalf("period %v – %v", got.From, got.To)
	}

	// Olga leaves the team: her row stays, marked; Max's later rating joins his row.
	a.mustJSON("PATCH", "/api/v1/users/"+itoa(int(olgaID)), a.adminToken, map[string]any{"active": false}, http.StatusOK, nil)
	got = npsByUser{}
	a.mustJSON("GET", "/api/v1/nps/stats/by-user?from=2026-03-01&to=2026-03-31", maxToken, nil, http.StatusOK, &got)
	if len(got.Items) != 2 || got.Items[0].UserID != maxID || got.Items[0].Total != 4 || got.Items[0].NPS != 25 ||
		got.Items[1].UserID != olgaID || got.Items[1].Active || got.Items[1].Name != "Olga" {
		t.Fatalf("with a deactivated manager: %+v", got.Items)
	}

	// The rows add up to everyone's figures, over each period.
	for _, q := range []string{"from=2026-03-02&to=2026-03-04", "from=2026-03-01&to=2026-03-31", "from=2026-03-03&to=2026-03-10", ""} {
		var all npsStatsResponse
		a.mustJSON("GET", "/api/v1/nps/stats?"+q, a.adminToken, nil, http.StatusOK, &all)
		got = npsByUser{}
		a.mustJSON("GET", "/api/v1/nps/stats/by-user?"+q, a.adminToken, nil, http.StatusOK, &got)
		var sum npsUserRow
		for _, it := range got.Items {
			sum.Total, sum.Promoters, sum.Passives, sum.Detractors = sum.Total+it.Total, sum.Promoters+it.Promoters, sum.Passives+it.Passives, sum.Detractors+it.Detractors
			sum.Sent, sum.Answered = sum.Sent+it.Sent, sum.Answered+it.Answered
		}
		if sum.Total != all.Total || sum.Promoters != all.Promoters || sum.Passives != all.Passives ||
			sum.Detractors != all.Detractors || sum.Sent != all.Sent || sum.Answered != all.Answered {
			t.Fatalf("%q: rows add up to %+v, everyone %+v", q, sum, all.npsFigures)
		}
		if !got.From.Equal(all.From) || !got.To.Equal(all.To) {
			t.Fatalf("%q: period %v–%v, /nps/stats %v–%v", q, got.From, got.To, all.From, all.To)
		}
	}
}

// TestNPSStatsByUserEmptyAndErrors: a period without surveys has no rows; a bad period
// is 422 naming the field, as for /nps/stats.
func TestNPSStatsByUserEmptyAndErrors(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	_, maxToken := a.createUser("Max", "max@example.com", "manager")
	path := "/api/v1/nps/stats/by-user"
	a.run([]scenario{
		{name: "empty", method: "GET", path: path, token: maxToken, wantStatus: 200, wantBody: []string{`"items":[]`, `"from":`, `"to":`}},
		{name: "empty period", method: "GET", path: path + "?from=2025-01-01&to=2025-01-31", token: a.adminToken, wantStatus: 200, wantBody: []string{`"items":[]`}},
		{name: "from after to", method: "GET", path: path + "?from=2026-03-05&to=2026-03-01", token: a.adminToken, wantStatus: 422, wantBody: []string{`"from"`}},
		{name: "malformed from", method: "GET", path: path + "?from=yesterday", token: a.adminToken, wantStatus: 422, wantBody: []string{`"from"`}},
		{name: "malformed to", method: "GET", path: path + "?to=2026-13-01", token: a.adminToken, wantStatus: 422, wantBody: []string{`"to"`}},
		{name: "six years", method: "GET", path: path + "?from=2020-01-01&to=2026-01-01", token: a.adminToken, wantStatus: 422, wantBody: []string{`"to"`}},
		{name: "no token", method: "GET", path: path, wantStatus: 401},
	})
}
