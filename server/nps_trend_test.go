package server

import (
	"testing"
	"time"
)

func TestNPSTrendGroupsCountersByInterval(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	clock := a.useFakeClock(time.Date(2026, 3, 2, 12, 0, 0, 0, time.Local)) // a Monday
	a.setNPS(map[string]any{"enabled": true})
	rate := func(score string) {
		v := a.startChat("Customer")
		a.sendNPS(a.adminToken, v)
		a.answer(v, score)
	}
	rate("10") // Mon 2 Mar
	rate("3")
	clock.advance(24 * time.Hour)
	rate("9") // Tue 3 Mar
	clock.advance(7 * 24 * time.Hour)
	rate("8") // Tue 10 Mar

	type point struct {
		Start string  `json:"start"`
		Total int64   `json:"total"`
		NPS   float64 `json:"nps"`
	}
	var trend struct {
		Points []point `json:"points"`
	}
	a.mustJSON("GET", "/api/v1/nps/trend?from=2026-03-02&to=2026-03-15&interval=week", a.adminToken, nil, 200, &trend)
	// 66.7 − 33.3: the NPS is the difference of the rounded shares.
	want := []point{{"2026-03-02", 3, 33.4}, {"2026-03-09", 1, 0}}
	if len(trend.Points) != len(want) {
		t.Fatalf("weeks: %+v", trend.Points)
	}
	for i, w := range want {
		if trend.Points[i] != w {
			t.Fatalf("week %d: %+v, want %+v", i, trend.Points[i], w)
		}
	}
	trend.Points = nil
	a.mustJSON("GET", "/api/v1/nps/trend?from=2026-03-02&to=2026-03-04&interval=day", a.adminToken, nil, 200, &trend)
	if len(trend.Points) != 3 || trend.Points[0].Total != 2 || trend.Points[0].NPS != 0 || trend.Points[1].NPS != 100 || trend.Points[2].Total != 0 {
		t.Fatalf("days: %+v", trend.Points)
	}
	trend.Points = nil
	a.mustJSON("GET", "/api/v1/nps/trend?from=2026-02-01&to=2026-03-31&interval=month", a.adminToken, nil, 200, &trend)
	if len(trend.Points) != 2 || trend.Points[0].Total != 0 || trend.Points[1].Start != "2026-03-01" || trend.Points[1].Total != 4 {
		t.Fatalf("months: %+v", trend.Points)
	}
	a.run([]scenario{
		{name: "bad interval", method: "GET", path: "/api/v1/nps/trend?interval=year", token: a.adminToken, wantStatus: 422, wantBody: []string{`"interval"`}},
		{name: "too many days", method: "GET", path: "/api/v1/nps/trend?from=2024-01-01&to=2026-01-01", token: a.adminToken, wantStatus: 422},
	})
}
