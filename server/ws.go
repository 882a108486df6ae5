package server

import (
	"github.com/gofiber/contrib/websocket"
	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/server/realtime"
)

// localsIdentity carries the socket's identity from the pre-upgrade check to the socket.
const localsIdentity = "ws_identity"

// teamSocketAuth authenticates GET /ws before the upgrade: a token in the Authorization
// header (API clients) or the SPA's cookie. A browser's socket must come from our own
// origin, so another site cannot open one with the user's cookie.
func (s *Server) teamSocketAuth(c *fiber.Ctx) error {
	if !isUpgrade(c) {
		return &apiError{Status: fiber.StatusUpgradeRequired, Code: "upgrade_required", Message: "this endpoint speaks WebSocket"}
	}
	if c.Get(fiber.HeaderOrigin) != "" && !sameOrigin(c) {
		return errForbidden("cross_origin", "WebSocket from another origin refused")
	}
	p, err := s.authenticate(c)
	if err != nil {
		return err
	}
	c.Locals(localsIdentity, realtime.Identity{UserID: p.user.ID, SessionID: p.session.ID})
	return c.Next()
}

// serveSocket upgrades an authenticated request (identity in locals) and runs the socket
// in the hub until it closes. Small buffers: thousands of idle sockets stay cheap.
func (s *Server) serveSocket() fiber.Handler {
	return websocket.New(func(conn *websocket.Conn) {
		s.hub.Serve(conn, conn.Locals(localsIdentity).(realtime.Identity))
	}, websocket.Config{ReadBufferSize: 512, WriteBufferSize: 1024})
}

// isUpgrade tells a WebSocket handshake from a plain request.
func isUpgrade(c *fiber.Ctx) bool { return websocket.IsWebSocketUpgrade(c) }
