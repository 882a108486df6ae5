package server

import (
	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// eventEntityTypes are the objects an event can be about.
var eventEntityTypes = []string{storage.RefConversation, storage.RefDeal, storage.RefCustomer, storage.RefContact}

// eventFilter reads ?type, ?user_id, ?entity_type and the period of an events query.
// Unknown types and users are refused with the field named.
func (s *Server) eventFilter(c *fiber.Ctx) (storage.EventFilter, error) {
	f := fieldErrors{}
	var filter storage.EventFilter
	if t := c.Query("type"); t != "" {
		if !storage.IsEventType(t) {
			f["type"] = "is not a known event type"
		}
		filter.Type = t
	}
	if e := c.Query("entity_type"); e != "" {
		filter.EntityType = f.oneOf("entity_type", e, eventEntityTypes...)
	}
	if err := f.err(); err != nil {
		return filter, err
	}
	userID, err := s.userFilter(c)
	if err != nil {
		return filter, err
	}
	filter.UserID = userID
	if c.Query("from") != "" || c.Query("to") != "" {
		p, err := periodParams(c, s.store.Location(), s.store.Now())
		if err != nil {
			return filter, err
		}
		filter.From, filter.To = p.From, p.To
	}
	return filter, nil
}

// listEvents answers GET /events: Analytics → Events, newest first.
func (s *Server) listEvents(c *fiber.Ctx) error {
	filter, err := s.eventFilter(c)
	if err != nil {
		return err
	}
	pg, err := pageParams(c)
	if err != nil {
		return err
	}
	items, next, err := s.store.ListEvents(filter, c.Query("cursor"), pg.limit)
	if err != nil {
		return err
	}
	if items == nil {
		items = []storage.Event{}
	}
	resp := fiber.Map{"items": items}
	if next != "" {
		resp["next_cursor"] = next
	}
	return c.JSON(resp)
}
