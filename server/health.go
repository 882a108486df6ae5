package server

import "github.com/gofiber/fiber/v2"

// health answers GET /health.
func (s *Server) health(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{"status": "ok", "version": s.cfg.Version})
}

// apiNotFound answers any /api path no route took: a JSON 404, never the SPA's HTML.
func apiNotFound(c *fiber.Ctx) error {
	return &apiError{Status: fiber.StatusNotFound, Code: "not_found", Message: "no such endpoint: " + c.Method() + " " + c.Path()}
}
