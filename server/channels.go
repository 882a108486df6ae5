package server

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// listChannels answers GET /channels.
func (s *Server) listChannels(c *fiber.Ctx) error {
	list, err := s.store.ListChannels()
	if err != nil {
		return err
	}
	return c.JSON(newList(list, 0))
}

type channelRequest struct {
	Name      string `json:"name"`
	Type      string `json:"type"`
	RotateKey bool   `json:"rotate_key"`
}

// createChannel answers POST /channels (admin).
func (s *Server) createChannel(c *fiber.Ctx) error {
	var req channelRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	name := f.text("name", req.Name, 100)
	f.oneOf("type", req.Type, storage.ChannelWeb)
	if err := f.err(); err != nil {
		return err
	}
	ch, err := s.store.CreateChannel(name, req.Type)
	if err != nil {
		return err
	}
	return c.Status(http.StatusCreated).JSON(ch)
}

// updateChannel answers PATCH /channels/{id} (admin): rename, or rotate the public key
// so an old widget snippet stops working.
func (s *Server) updateChannel(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "channel")
	if err != nil {
		return err
	}
	var req channelRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	name := f.optionalText("name", req.Name, 100)
	if err := f.err(); err != nil {
		return err
	}
	ch, err := s.store.UpdateChannel(id, name, req.RotateKey)
	if err != nil {
		return err
	}
	return c.JSON(ch)
}
