package server

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// maxTrendDays bounds a by-day trend: longer periods read better by week or month.
const maxTrendDays = 400

// trendPoint is one bucket of the NPS trend: its first day and its figures.
type trendPoint struct {
	Start string `json:"start"`
	npsFigures
}

// npsTrend answers GET /nps/trend?from&to&user_id&interval=day|week|month: the NPS of
// each day, week (from Monday) or month of the period, from per-day counters.
func (s *Server) npsTrend(c *fiber.Ctx) error {
	p, err := periodParams(c, s.store.Location(), s.store.Now())
	if err != nil {
		return err
	}
	userID, err := s.userFilter(c)
	if err != nil {
		return err
	}
	interval := c.Query("interval", "day")
	if interval != "day" && interval != "week" && interval != "month" {
		return errInvalid(map[string]string{"interval": "must be day, week or month"})
	}
	points := []trendPoint{}
	from, to, ok := p.days(s.store)
	if ok && interval == "day" && to-from+1 > maxTrendDays {
		return errInvalid(map[string]string{"interval": "a period over 400 days reads by week or month"})
	}
	if ok {
		daily, err := s.store.NPSDailyCounts(userID, from, to)
		if err != nil {
			return err
		}
		// Figures are computed from each bucket's summed counters, never by averaging days.
		var sum storage.NPSCounts
		var bucketStart time.Time
		for i, counts := range daily {
			day := s.store.DayStart(from + uint32(i))
			if start := trendBucketStart(day, interval); i == 0 || !start.Equal(bucketStart) {
				bucketStart, sum = start, storage.NPSCounts{}
				points = append(points, trendPoint{Start: day.Format("2006-01-02")})
			}
			sum = sum.Add(counts)
			points[len(points)-1].npsFigures = npsFiguresFrom(sum)
		}
	}
	return c.JSON(fiber.Map{"interval": interval, "from": p.From, "to": p.To, "points": points})
}

// trendBucketStart is the first day of the day's bucket: itself, its week's Monday, or
// the first of its month.
func trendBucketStart(day time.Time, interval string) time.Time {
	switch interval {
	case "week":
		back := (int(day.Weekday()) + 6) % 7
		return time.Date(day.Year(), day.Month(), day.Day()-back, 0, 0, 0, 0, day.Location())
	case "month":
		return time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, day.Location())
	}
	return day
}
