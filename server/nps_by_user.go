package server

import (
	"sort"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// npsUserItem is one manager's row of GET /nps/stats/by-user.
type npsUserItem struct {
	UserID       uint64  `json:"user_id"`
	Name         string  `json:"name"`
	Active       bool    `json:"active"`
	Total        int64   `json:"total"`
	Promoters    int64   `json:"promoters"`
	Passives     int64   `json:"passives"`
	Detractors   int64   `json:"detractors"`
	NPS          float64 `json:"nps"`
	Sent         int64   `json:"sent"`
	Answered     int64   `json:"answered"`
	ResponseRate float64 `json:"response_rate"`
}

// npsStatsByUser answers GET /nps/stats/by-user?from&to: NPS per manager (the one who
// sent the surveys) over a period, one item per manager who sent surveys or got
// ratings in it, most ratings first; read from the per-day counters only, with the
// figures /nps/stats computes.
func (s *Server) npsStatsByUser(c *fiber.Ctx) error {
	p, err := periodParams(c, s.store.Location(), s.store.Now())
	if err != nil {
		return err
	}
	items := []npsUserItem{}
	if from, to, ok := p.days(s.store); ok {
		byUser, err := s.store.NPSCountsByUser(from, to)
		if err != nil {
			return err
		}
		if items, err = s.npsUserItems(byUser); err != nil {
			return err
		}
	}
	return c.JSON(struct {
		From  time.Time     `json:"from"`
		To    time.Time     `json:"to"`
		Items []npsUserItem `json:"items"`
	}{p.From, p.To, items})
}

// npsUserItems turns per-manager counters into rows, named, most ratings first (then by
// name and id, so the order is stable).
func (s *Server) npsUserItems(byUser map[uint64]storage.NPSCounts) ([]npsUserItem, error) {
	items := make([]npsUserItem, 0, len(byUser))
	if len(byUser) == 0 {
		return items, nil
	}
	users, err := s.store.ListUsers()
	if err != nil {
		return nil, err
	}
	known := make(map[uint64]storage.User, len(users))
	for _, u := range users {
		known[u.ID] = u
	}
	for id, counts := range byUser {
		f := npsFiguresFrom(counts)
		if f.Total == 0 && f.Sent == 0 {
			continue // only expiries of surveys sent before the period: nothing to show
		}
		u := known[id]
		items = append(items, npsUserItem{UserID: id, Name: u.Name, Active: u.Active, Total: f.Total,
			Promoters: f.Promoters, Passives: f.Passives, Detractors: f.Detractors, NPS: f.NPS,
			Sent: f.Sent, Answered: f.Answered, ResponseRate: f.ResponseRate})
	}
	sort.Slice(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.Total != b.Total {
			return a.Total > b.Total
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.UserID < b.UserID
	})
	return items, nil
}
