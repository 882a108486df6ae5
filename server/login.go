package server

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

type loginRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

// login answers POST /auth/login. Attempts are limited per address and per account; an
// unknown email costs as much time as a wrong password, so neither tells which is which.
func (s *Server) login(c *fiber.Ctx) error {
	if ok, wait := s.limits.loginByIP.allow(s.clientIP(c)); !ok {
		return errRateLimited(wait)
	}
	var req loginRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	if strings.TrimSpace(req.Email) == "" || req.Password == "" || len(req.Password) > 1024 {
		return &apiError{Status: http.StatusUnauthorized, Code: "invalid_credentials", Message: "wrong email or password"}
	}
	if ok, wait := s.limits.loginByEmail.allow(storage.NormalizeEmail(req.Email)); !ok {
		return errRateLimited(wait)
	}
	u, err := s.store.GetUserByEmail(req.Email)
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		return err
	}
	hash := u.PasswordHash
	if hash == "" {
		hash = dummyHash
	}
	if !checkPassword(hash, req.Password) || u.ID == 0 {
		return &apiError{Status: http.StatusUnauthorized, Code: "invalid_credentials", Message: "wrong email or password"}
	}
	if !u.Active {
		return errForbidden("account_deactivated", "this account is deactivated: ask an administrator")
	}
	return s.startSession(c, http.StatusOK, u)
}

// logout answers POST /auth/logout: the session ends, so the token stops working at
// once, on HTTP and on the sockets opened with it.
func (s *Server) logout(c *fiber.Ctx) error {
	p := me(c)
	if err := s.store.DeleteSession(p.session.ID); err != nil {
		return err
	}
	s.hub.CloseSessions(p.session.ID)
	clearSessionCookie(c)
	return c.SendStatus(http.StatusNoContent)
}
