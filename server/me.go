package server

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// getMe answers GET /me.
func (s *Server) getMe(c *fiber.Ctx) error {
	return c.JSON(viewUser(me(c).user))
}

type updateMeRequest struct {
	Name *string `json:"name"`
}

// updateMe answers PATCH /me: everyone may change their own name.
func (s *Server) updateMe(c *fiber.Ctx) error {
	var req updateMeRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	var name string
	if req.Name != nil {
		name = f.text("name", *req.Name, 100)
	}
	if err := f.err(); err != nil {
		return err
	}
	_, after, err := s.store.UpdateUser(me(c).user.ID, func(u *storage.User) error {
		if req.Name != nil {
			u.Name = name
		}
		return nil
	})
	if err != nil {
		return err
	}
	return c.JSON(viewUser(after))
}

type changePasswordRequest struct {
	CurrentPassword string `json:"current_password"`
	NewPassword     string `json:"new_password"`
}

// changePassword answers POST /me/password. Every session of the user ends (other
// browsers are logged out at once) and the caller gets a fresh one.
func (s *Server) changePassword(c *fiber.Ctx) error {
	var req changePasswordRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	if req.CurrentPassword == "" {
		f["current_password"] = "is required"
	}
	f.password("new_password", req.NewPassword)
	if err := f.err(); err != nil {
		return err
	}
	p := me(c)
	if !checkPassword(p.user.PasswordHash, req.CurrentPassword) {
		return errInvalid(map[string]string{"current_password": "is not your current password"})
	}
	hash, err := hashPassword(req.NewPassword)
	if err != nil {
		return err
	}
	_, after, err := s.store.UpdateUser(p.user.ID, func(u *storage.User) error {
		u.PasswordHash = hash
		return nil
	})
	if err != nil {
		return err
	}
	if err := s.revokeUserSessions(p.user.ID, ""); err != nil {
		return err
	}
	return s.startSession(c, http.StatusOK, after)
}
