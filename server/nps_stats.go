package server

import (
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// npsStatsResponse is GET /nps/stats: the figures and the period they cover.
type npsStatsResponse struct {
	npsFigures
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
}

// npsStats answers GET /nps/stats?from&to&user_id: NPS for a period, everyone's or one
// manager's (the one who sent the surveys), read from per-day counters only.
func (s *Server) npsStats(c *fiber.Ctx) error {
	p, err := periodParams(c, s.store.Location(), s.store.Now())
	if err != nil {
		return err
	}
	userID, err := s.userFilter(c)
	if err != nil {
		return err
	}
	figures, err := s.npsFiguresIn(p, userID)
	if err != nil {
		return err
	}
	return c.JSON(npsStatsResponse{npsFigures: figures, From: p.From, To: p.To})
}

// npsFiguresIn computes the NPS figures of a period (everyone's, or one manager's) from
// the per-day counters: /nps/stats and the dashboard's NPS widget show the same thing.
func (s *Server) npsFiguresIn(p period, userID uint64) (npsFigures, error) {
	var counts storage.NPSCounts
	if from, to, ok := p.days(s.store); ok {
		var err error
		if counts, err = s.store.NPSCounts(userID, from, to); err != nil {
			return npsFigures{}, err
		}
	}
	return npsFiguresFrom(counts), nil
}

// listRatings answers GET /nps/ratings?from&to&user_id&min_score&max_score: the ratings
// behind a figure, newest first, paged by cursor.
func (s *Server) listRatings(c *fiber.Ctx) error {
	p, err := periodParams(c, s.store.Location(), s.store.Now())
	if err != nil {
		return err
	}
	userID, err := s.userFilter(c)
	if err != nil {
		return err
	}
	pg, err := pageParams(c)
	if err != nil {
		return err
	}
	f := fieldErrors{}
	minScore := scoreParam(f, c, "min_score")
	maxScore := scoreParam(f, c, "max_score")
	if minScore != nil && maxScore != nil && *minScore > *maxScore {
		f["min_score"] = "must not be above max_score"
	}
	if err := f.err(); err != nil {
		return err
	}
	items, next, err := s.store.ListRatings(storage.RatingFilter{From: p.From, To: p.To, UserID: userID,
		MinScore: minScore, MaxScore: maxScore}, pg.cursor, pg.limit)
	if err != nil {
		return err
	}
	return c.JSON(newList(items, next))
}

// scoreParam reads an optional score bound, 0 to 10.
func scoreParam(f fieldErrors, c *fiber.Ctx, name string) *int {
	raw := c.Query(name)
	if raw == "" {
		return nil
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < 0 || n > storage.MaxScore {
		f[name] = "must be a whole number from 0 to 10"
		return nil
	}
	return &n
}
