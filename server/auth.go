package server

import (
	"errors"
	"net/url"
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// cookieName is the HttpOnly cookie the SPA authenticates with.
const cookieName = "npsdesk_token"

// localsPrincipal is the c.Locals key of the authenticated principal.
const localsPrincipal = "principal"

// principal is the team member behind a request.
type principal struct {
	user      storage.User
	session   storage.Session
	viaCookie bool
}

// me returns the request's principal; only valid behind requireUser.
func me(c *fiber.Ctx) principal { return c.Locals(localsPrincipal).(principal) }

// requireUser lets the request through only with a valid token of a live session of an
// active user, from the Authorization header or the SPA's cookie.
func (s *Server) requireUser(c *fiber.Ctx) error {
	p, err := s.authenticate(c)
	if err != nil {
		return err
	}
	c.Locals(localsPrincipal, p)
	return c.Next()
}

// requireAdmin is requireUser for administrators only.
func (s *Server) requireAdmin(c *fiber.Ctx) error {
	p, err := s.authenticate(c)
	if err != nil {
		return err
	}
	if p.user.Role != storage.RoleAdmin {
		return errForbidden("admin_only", "only an administrator can do this")
	}
	c.Locals(localsPrincipal, p)
	return c.Next()
}

// authenticate finds and checks the request's token. A cookie-authenticated write must
// come from our own origin: that refuses cross-site request forgery.
func (s *Server) authenticate(c *fiber.Ctx) (principal, error) {
	raw, viaCookie := bearerToken(c), false
	if raw == "" {
		raw, viaCookie = c.Cookies(cookieName), true
	}
	if raw == "" {
		return principal{}, errUnauthorized("log in first: no access token")
	}
	sid, err := s.tokens.sessionID(raw)
	if err != nil {
		return principal{}, errUnauthorized("the access token is invalid or expired")
	}
	session, user, err := s.store.Authenticate(sid)
	if errors.Is(err, storage.ErrNotFound) {
		return principal{}, errUnauthorized("the session has ended: log in again")
	}
	if err != nil {
		return principal{}, err
	}
	if viaCookie && !isSafeMethod(c.Method()) && !sameOrigin(c) {
		return principal{}, errForbidden("cross_origin", "cross-site request refused")
	}
	return principal{user: user, session: session, viaCookie: viaCookie}, nil
}

// bearerToken reads "Authorization: Bearer <token>".
func bearerToken(c *fiber.Ctx) string {
	h := c.Get(fiber.HeaderAuthorization)
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

func isSafeMethod(m string) bool {
	return m == fiber.MethodGet || m == fiber.MethodHead || m == fiber.MethodOptions
}

// sameOrigin reports whether a browser request comes from a page of this server. A
// request with no Origin is accepted only when the browser does not say it is
// cross-site (non-browser clients send neither header).
func sameOrigin(c *fiber.Ctx) bool {
	origin := c.Get(fiber.HeaderOrigin)
	if origin == "" {
		site := c.Get("Sec-Fetch-Site")
		return site == "" || site == "same-origin" || site == "none"
	}
	u, err := url.Parse(origin)
	if err != nil {
		return false
	}
	return strings.EqualFold(u.Host, string(c.Request().Host()))
}

// setSessionCookie gives the browser its session cookie.
func setSessionCookie(c *fiber.Ctx, token string, s storage.Session) {
	c.Cookie(&fiber.Cookie{
		Name:     cookieName,
		Value:    token,
		Path:     "/",
		Expires:  s.ExpiresAt,
		HTTPOnly: true,
		Secure:   c.Protocol() == "https",
		SameSite: fiber.CookieSameSiteStrictMode,
	})
}

// clearSessionCookie removes it.
func clearSessionCookie(c *fiber.Ctx) {
	c.Cookie(&fiber.Cookie{
		Name:     cookieName,
		Value:    "",
		Path:     "/",
		MaxAge:   -1,
		HTTPOnly: true,
		Secure:   c.Protocol() == "https",
		SameSite: fiber.CookieSameSiteStrictMode,
	})
}

// startSession creates a session for the user and answers with its token (and cookie),
// the shape of login, setup and password change: {"access_token", "user"}.
func (s *Server) startSession(c *fiber.Ctx, status int, u storage.User) error {
	session, err := s.store.CreateSession(u.ID, sessionTTL)
	if err != nil {
		return err
	}
	token, err := s.tokens.issue(session)
	if err != nil {
		return err
	}
	setSessionCookie(c, token, session)
	return c.Status(status).JSON(fiber.Map{"access_token": token, "user": viewUser(u)})
}

// revokeUserSessions ends the user's sessions (but keep) and closes their sockets.
func (s *Server) revokeUserSessions(userID uint64, keep string) error {
	ended, err := s.store.DeleteUserSessions(userID, keep)
	if err != nil {
		return err
	}
	s.hub.CloseSessions(ended...)
	return nil
}
