package server

import (
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// The one reader of ?from=&to= for every endpoint that covers a period (NPS stats and
// ratings, events, dashboard widgets), so they all read dates the same way.

// defaultPeriodDays is the period when neither bound is given: the last 30 days,
// today included.
const defaultPeriodDays = 30

// maxPeriodYears bounds a period, so one request cannot ask for centuries of days.
const maxPeriodYears = 5

// period is the span [From, To) a list or a figure covers.
type period struct {
	From, To time.Time
}

// periodParams reads ?from= and ?to=: each an RFC 3339 time or a YYYY-MM-DD date in
// loc. A date means its whole day: from is its first instant, to the first instant of
// the next day. Left out, to is the end of today and from 30 days before to. A
// malformed bound, from after to, or a period over 5 years is 422 naming the field.
func periodParams(c *fiber.Ctx, loc *time.Location, now time.Time) (period, error) {
	f := fieldErrors{}
	from, hasFrom := parseBound(f, "from", c.Query("from"), loc, false)
	to, hasTo := parseBound(f, "to", c.Query("to"), loc, true)
	// A to date was widened to the next midnight: a from at or after it is after the
	// day the client named.
	toIsDate := hasTo && len(strings.TrimSpace(c.Query("to"))) == len("2006-01-02")
	if err := f.err(); err != nil {
		return period{}, err
	}
	if !hasTo {
		y, m, d := now.In(loc).Date()
		to = time.Date(y, m, d+1, 0, 0, 0, 0, loc)
		if hasFrom && from.After(to) {
			to = from // a from in the future with no to: an empty period, not an error
		}
	}
	if !hasFrom {
		from = to.AddDate(0, 0, -defaultPeriodDays)
	}
	switch {
	case from.After(to), toIsDate && !from.Before(to):
		f["from"] = "must not be after to"
	case to.After(from.AddDate(maxPeriodYears, 0, 0)):
		f["to"] = "the period may span at most 5 years"
	}
	if err := f.err(); err != nil {
		return period{}, err
	}
	return period{From: from.UTC(), To: to.UTC()}, nil
}

// parseBound reads one bound; ok is false when it is absent or malformed (then f says
// why).
func parseBound(f fieldErrors, name, value string, loc *time.Location, end bool) (time.Time, bool) {
	value = strings.TrimSpace(value)
	if value == "" {
		return time.Time{}, false
	}
	if len(value) == len("2006-01-02") {
		day, err := time.ParseInLocation("2006-01-02", value, loc)
		if err != nil {
			f[name] = "must be a date YYYY-MM-DD or an RFC 3339 time"
			return time.Time{}, false
		}
		if end {
			day = day.AddDate(0, 0, 1)
		}
		return day, true
	}
	t, err := time.Parse(time.RFC3339, value)
	if err != nil {
		// An unencoded "+03:00" arrives as " 03:00": a query string reads + as a space.
		t, err = time.Parse(time.RFC3339, strings.Replace(value, " ", "+", 1))
	}
	if err != nil {
		f[name] = "must be a date YYYY-MM-DD or an RFC 3339 time"
		return time.Time{}, false
	}
	return t, true
}

// days is the range of counter days the period touches; ok is false for an empty
// period. Counters are per day, so a period given in instants is widened to the whole
// days it touches.
func (p period) days(db *storage.DB) (from, to uint32, ok bool) {
	if !p.To.After(p.From) {
		return 0, 0, false
	}
	return db.DayOf(p.From), db.DayOf(p.To.Add(-time.Nanosecond)), true
}
