package server

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// Deals and customers are the same resource with a different type: one set of handlers
// serves both, bound to each path with its type.

type cardRequest struct {
	Name              *string   `json:"name"`
	ContactID         *uint64   `json:"contact_id"`
	ResponsibleUserID *uint64   `json:"responsible_user_id"`
	SubscriberIDs     *[]uint64 `json:"subscriber_ids"`
}

// apply validates the request and copies what it sets onto card; on create every
// required field must be present.
func (req cardRequest) apply(card *storage.Card, creating bool) error {
	f := fieldErrors{}
	if req.Name != nil || creating {
		card.Name = f.text("name", deref(req.Name), 200)
	}
	if req.ContactID != nil {
		card.ContactID = *req.ContactID
	} else if creating {
		f["contact_id"] = "is required"
	}
	if req.ResponsibleUserID != nil {
		card.ResponsibleUserID = *req.ResponsibleUserID
	} else if creating {
		f["responsible_user_id"] = "is required"
	}
	if req.SubscriberIDs != nil {
		if len(*req.SubscriberIDs) > 200 {
			f["subscriber_ids"] = "must list at most 200 users"
		}
		card.SubscriberIDs = *req.SubscriberIDs
	}
	return f.err()
}

// createCard answers POST /deals and POST /customers.
func (s *Server) createCard(cardType string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		var req cardRequest
		if err := decodeBody(c, &req); err != nil {
			return err
		}
		card := storage.Card{Type: cardType}
		if err := req.apply(&card, true); err != nil {
			return err
		}
		card, err := s.store.CreateCard(card, me(c).user.ID)
		if err != nil {
			return err
		}
		return c.Status(http.StatusCreated).JSON(card)
	}
}

// listCards answers GET /deals and GET /customers.
func (s *Server) listCards(cardType string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		pg, err := pageParams(c)
		if err != nil {
			return err
		}
		items, next, err := s.store.ListCards(cardType, pg.cursor, pg.limit)
		if err != nil {
			return err
		}
		return c.JSON(newList(items, next))
	}
}

// getCard answers GET /deals/{id} and GET /customers/{id}.
func (s *Server) getCard(cardType string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		id, err := idParam(c, "id", cardType)
		if err != nil {
			return err
		}
		card, err := s.store.GetCard(cardType, id)
		if err != nil {
			return err
		}
		return c.JSON(card)
	}
}

// updateCard answers PATCH /deals/{id} and PATCH /customers/{id}.
func (s *Server) updateCard(cardType string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		id, err := idParam(c, "id", cardType)
		if err != nil {
			return err
		}
		var req cardRequest
		if err := decodeBody(c, &req); err != nil {
			return err
		}
		card, err := s.store.UpdateCard(cardType, id, func(card *storage.Card) error {
			return req.apply(card, false)
		})
		if err != nil {
			return err
		}
		return c.JSON(card)
	}
}
