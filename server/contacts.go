package server

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

type contactRequest struct {
	Name  string `json:"name"`
	Phone string `json:"phone"`
	Email string `json:"email"`
}

// validContact checks a contact's fields; a customer may leave email and phone out.
func validContact(f fieldErrors, req contactRequest, nameRequired bool) storage.Contact {
	c := storage.Contact{Phone: f.optionalText("phone", req.Phone, 40)}
	if nameRequired {
		c.Name = f.text("name", req.Name, 100)
	} else {
		c.Name = f.optionalText("name", req.Name, 100)
	}
	if req.Email != "" {
		c.Email = f.email("email", req.Email)
	}
	return c
}

// createContact answers POST /contacts.
func (s *Server) createContact(c *fiber.Ctx) error {
	var req contactRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	contact := validContact(f, req, true)
	if err := f.err(); err != nil {
		return err
	}
	contact, err := s.store.CreateContact(contact)
	if err != nil {
		return err
	}
	return c.Status(http.StatusCreated).JSON(contact)
}

// listContacts answers GET /contacts.
func (s *Server) listContacts(c *fiber.Ctx) error {
	pg, err := pageParams(c)
	if err != nil {
		return err
	}
	items, next, err := s.store.ListContacts(pg.cursor, pg.limit)
	if err != nil {
		return err
	}
	return c.JSON(newList(items, next))
}

// getContact answers GET /contacts/{id}.
func (s *Server) getContact(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "contact")
	if err != nil {
		return err
	}
	contact, err := s.store.GetContact(id)
	if err != nil {
		return err
	}
	return c.JSON(contact)
}
