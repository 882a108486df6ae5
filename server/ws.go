package server

import (
	"net"

	"github.com/gofiber/contrib/websocket"
	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/server/realtime"
)

// localsIdentity carries the socket's identity from the pre-upgrade check to the socket.
const localsIdentity = "ws_identity"

// teamSocketAuth authenticates GET /ws before the upgrade: a token in the Authorization
// header (API clients) or the SPA's cookie. A browser's socket must come from our own
// origin, so another site cannot open one with the user's cookie: a foreign Origin is
// refused, and so is a handshake the browser marks cross-site (Sec-Fetch-Site) without
// an Origin.
func (s *Server) teamSocketAuth(c *fiber.Ctx) error {
	if !isUpgrade(c) {
		return &apiError{Status: fiber.StatusUpgradeRequired, Code: "upgrade_required", Message: "this endpoint speaks WebSocket"}
	}
	if !sameOrigin(c) {
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
// in the hub until it closes. Small buffers: thousands of idle sockets stay cheap; a
// bounded kernel send buffer lets the hub drop a peer that stopped reading in time.
func (s *Server) serveSocket() fiber.Handler {
	upgrade := websocket.New(func(conn *websocket.Conn) {
		raw, _ := conn.Locals(localsRawConn).(net.Conn)
		s.hub.Serve(socketConn{Conn: conn, raw: raw}, conn.Locals(localsIdentity).(realtime.Identity))
	}, websocket.Config{ReadBufferSize: 512, WriteBufferSize: 1024})
	return func(c *fiber.Ctx) error {
		raw := c.Context().Conn()
		realtime.LimitSendBuffer(raw)
		c.Locals(localsRawConn, raw)
		return upgrade(c)
	}
}

// localsRawConn carries the TCP connection from before the upgrade to the socket.
const localsRawConn = "ws_raw_conn"

// socketConn is an upgraded connection as the hub sees it. Its NetConn is the TCP
// connection itself rather than the library's wrapper around it, which hides writev:
// the hub's writer sends every waiting frame in one gathered write. The wrapper only
// forwards writes and deadlines to that same connection.
type socketConn struct {
	*websocket.Conn
	raw net.Conn
}

// NetConn is the TCP connection (the library's own when it was not one).
func (c socketConn) NetConn() net.Conn {
	if c.raw == nil {
		return c.Conn.NetConn()
	}
	return c.raw
}

// isUpgrade tells a WebSocket handshake from a plain request.
func isUpgrade(c *fiber.Ctx) bool { return websocket.IsWebSocketUpgrade(c) }
