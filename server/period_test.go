package server

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
)

// parsePeriodQuery runs periodParams on a query string inside a throwaway app.
func parsePeriodQuery(t *testing.T, query string, loc *time.Location, now time.Time) (period, error) {
	t.Helper()
	var p period
	var perr error
	app := fiber.New()
	app.Get("/", func(c *fiber.Ctx) error {
		p, perr = periodParams(c, loc, now)
		return nil
	})
	resp, err := app.Test(httptest.NewRequest("GET", "/?"+query, nil))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return p, perr
}

func TestPeriodParams(t *testing.T) {
	t.Parallel()
	msk := time.FixedZone("MSK", 3*3600)
	now := time.Date(2026, 3, 10, 22, 30, 0, 0, time.UTC) // 11 March 01:30 in MSK
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, msk).UTC() }
	cases := []struct {
		query    string
		from, to time.Time
		badField string
	}{
		{query: "", from: day(2026, 2, 10), to: day(2026, 3, 12)},
		{query: "from=2026-03-01&to=2026-03-01", from: day(2026, 3, 1), to: day(2026, 3, 2)},
		{query: "from=2026-03-01", from: day(2026, 3, 1), to: day(2026, 3, 12)},
		{query: "to=2026-03-31", from: day(2026, 3, 2), to: day(2026, 4, 1)},
		{query: "from=2026-03-01T10:00:00Z&to=2026-03-01T12:00:00%2B02:00",
			from: time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC), to: time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)},
		{query: "from=2026-03-01T10:00:00+02:00", from: time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC), to: day(2026, 3, 12)},
		{query: "from=2030-01-01", from: day(2030, 1, 1), to: day(2030, 1, 1)},
		{query: "from=2021-03-01&to=2026-02-28", from: day(2021, 3, 1), to: day(2026, 3, 1)},
		{query: "from=2026-03-02&to=2026-03-01", badField: "from"},
		{query: "from=2026-3-1", badField: "from"},
		{query: "to=tomorrow", badField: "to"},
		{query: "to=2026-02-30", badField: "to"},
		{query: "from=2021-03-01&to=2026-03-01", badField: "to"},
	}
	for _, tc := range cases {
		p, err := parsePeriodQuery(t, tc.query, msk, now)
		if tc.badField != "" {
			api, ok := err.(*apiError)
			if !ok || api.Status != 422 || api.Fields[tc.badField] == "" {
				t.Errorf("%q: %v, want 422 naming %s", tc.query, err, tc.badField)
			}
			continue
		}
		if err != nil || !p.From.Equal(tc.from) || !p.To.Equal(tc.to) {
			t.Errorf("%q: %v – %v (%v), want %v – %v", tc.query, p.From, p.To, err, tc.from, tc.to)
		}
		if p.From.Location() != time.UTC || strings.Contains(p.To.String(), "MSK") {
			t.Errorf("%q: bounds must be UTC", tc.query)
		}
	}
}
