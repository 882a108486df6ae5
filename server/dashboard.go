package server

import (
	"net/http"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// getDashboard answers GET /dashboard: the caller's own widgets, in their order.
func (s *Server) getDashboard(c *fiber.Ctx) error {
	d, err := s.store.GetDashboard(me(c).user.ID)
	if err != nil {
		return err
	}
	if d.Widgets == nil {
		d.Widgets = []storage.Widget{}
	}
	return c.JSON(d)
}

type widgetRequest struct {
	Type   string                `json:"type"`
	Title  string                `json:"title"`
	Filter *storage.WidgetFilter `json:"filter"`
}

// addWidget answers POST /dashboard/widgets: {"type": "nps"} or {"type": "events",
// "title", "filter": {"type", "user_id"?}} — a counter made from an events filter.
func (s *Server) addWidget(c *fiber.Ctx) error {
	var req widgetRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	w := storage.Widget{Type: f.oneOf("type", req.Type, storage.WidgetNPS, storage.WidgetEvents)}
	switch w.Type {
	case storage.WidgetNPS:
		w.Title = f.optionalText("title", req.Title, 100)
		if w.Title == "" {
			w.Title = "NPS"
		}
	case storage.WidgetEvents:
		w.Title = f.text("title", req.Title, 100)
		switch {
		case req.Filter == nil:
			f["filter"] = "is required for an events widget"
		case !storage.IsEventType(req.Filter.Type):
			f["filter.type"] = "is not a known event type"
		case req.Filter.UserID != 0 && !s.store.UserExists(req.Filter.UserID):
			f["filter.user_id"] = "no such user"
		default:
			w.Filter = &storage.WidgetFilter{Type: req.Filter.Type, UserID: req.Filter.UserID}
		}
	}
	if err := f.err(); err != nil {
		return err
	}
	w, err := s.store.AddWidget(me(c).user.ID, w)
	if err != nil {
		return err
	}
	return c.Status(http.StatusCreated).JSON(w)
}

type widgetPatch struct {
	Title string `json:"title"`
}

// renameWidget answers PATCH /dashboard/widgets/{id}.
func (s *Server) renameWidget(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "widget")
	if err != nil {
		return err
	}
	var req widgetPatch
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	title := f.text("title", req.Title, 100)
	if err := f.err(); err != nil {
		return err
	}
	w, err := s.store.RenameWidget(me(c).user.ID, id, title)
	if err != nil {
		return err
	}
	return c.JSON(w)
}

// removeWidget answers DELETE /dashboard/widgets/{id}.
func (s *Server) removeWidget(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "widget")
	if err != nil {
		return err
	}
	if err := s.store.RemoveWidget(me(c).user.ID, id); err != nil {
		return err
	}
	return c.SendStatus(http.StatusNoContent)
}

type widgetOrder struct {
	WidgetIDs []uint64 `json:"widget_ids"`
}

// reorderWidgets answers PUT /dashboard/order {"widget_ids": [...]}: drag and drop.
func (s *Server) reorderWidgets(c *fiber.Ctx) error {
	var req widgetOrder
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	d, err := s.store.ReorderWidgets(me(c).user.ID, req.WidgetIDs)
	if err != nil {
		return err
	}
	return c.JSON(d)
}

// eventsWidgetData is what an events widget shows: the count for the period and one
// point per day for its sparkline.
type eventsWidgetData struct {
	Count  int64                `json:"count"`
	Series []dayCount           `json:"series"`
	From   time.Time            `json:"from"`
	To     time.Time            `json:"to"`
	Filter storage.WidgetFilter `json:"filter"`
}

type dayCount struct {
	Date  string `json:"date"`
	Count int64  `json:"count"`
}

// widgetData answers GET /dashboard/widgets/{id}/data?from&to&user_id: the figures the
// widget shows for the dashboard's period, read from per-day counters (a bounded number
// of keys, whatever the history). ?user_id applies where the widget names no user.
func (s *Server) widgetData(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "widget")
	if err != nil {
		return err
	}
	w, err := s.store.GetWidget(me(c).user.ID, id)
	if err != nil {
		return err
	}
	p, err := periodParams(c, s.store.Location(), s.store.Now())
	if err != nil {
		return err
	}
	userID, err := s.userFilter(c)
	if err != nil {
		return err
	}
	if w.Type == storage.WidgetNPS {
		figures, err := s.npsFiguresIn(p, userID)
		if err != nil {
			return err
		}
		return c.JSON(npsStatsResponse{npsFigures: figures, From: p.From, To: p.To})
	}
	filter := *w.Filter
	if filter.UserID == 0 {
		filter.UserID = userID
	}
	out := eventsWidgetData{Series: []dayCount{}, From: p.From, To: p.To, Filter: filter}
	if from, to, ok := p.days(s.store); ok {
		total, perDay, err := s.store.CountEvents(filter.Type, filter.UserID, from, to)
		if err != nil {
			return err
		}
		out.Count = total
		for i, n := range perDay {
			out.Series = append(out.Series, dayCount{Date: s.store.DayStart(from + uint32(i)).Format("2006-01-02"), Count: n})
		}
	}
	return c.JSON(out)
}
