package server

import (
	"net/http"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// userView is a user as the API shows it: never the password hash.
type userView struct {
	ID        uint64    `json:"id"`
	Name      string    `json:"name"`
	Email     string    `json:"email"`
	Role      string    `json:"role"`
	Active    bool      `json:"active"`
	CreatedAt time.Time `json:"created_at"`
}

func viewUser(u storage.User) userView {
	return userView{ID: u.ID, Name: u.Name, Email: u.Email, Role: u.Role, Active: u.Active, CreatedAt: u.CreatedAt}
}

// listUsers answers GET /users: the whole team (teams are small).
func (s *Server) listUsers(c *fiber.Ctx) error {
	users, err := s.store.ListUsers()
	if err != nil {
		return err
	}
	views := make([]userView, len(users))
	for i, u := range users {
		views[i] = viewUser(u)
	}
	return c.JSON(newList(views, 0))
}

// getUser answers GET /users/{id}.
func (s *Server) getUser(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "user")
	if err != nil {
		return err
	}
	u, err := s.store.GetUser(id)
	if err != nil {
		return err
	}
	return c.JSON(viewUser(u))
}

type createUserRequest struct {
	Name     string `json:"name"`
	Email    string `json:"email"`
	Password string `json:"password"`
	Role     string `json:"role"`
}

// createUser answers POST /users (admin).
func (s *Server) createUser(c *fiber.Ctx) error {
	var req createUserRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	u := storage.User{
		Name:   f.text("name", req.Name, 100),
		Email:  f.email("email", req.Email),
		Role:   f.oneOf("role", req.Role, storage.RoleAdmin, storage.RoleManager),
		Active: true,
	}
	password := f.password("password", req.Password)
	if err := f.err(); err != nil {
		return err
	}
	hash, err := hashPassword(password)
	if err != nil {
		return err
	}
	u.PasswordHash = hash
	u, err = s.store.CreateUser(u)
	if err != nil {
		return err
	}
	return c.Status(http.StatusCreated).JSON(viewUser(u))
}

// updateUserRequest has pointers: a field left out is left as it is.
type updateUserRequest struct {
	Name     *string `json:"name"`
	Email    *string `json:"email"`
	Role     *string `json:"role"`
	Active   *bool   `json:"active"`
	Password *string `json:"password"`
}

// updateUser answers PATCH /users/{id} (admin). A role change, a deactivation or a new
// password ends the user's sessions at once, on HTTP and on open sockets.
func (s *Server) updateUser(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "user")
	if err != nil {
		return err
	}
	var req updateUserRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	var hash string
	if req.Password != nil {
		f.password("password", *req.Password)
	}
	name, email, role := deref(req.Name), deref(req.Email), deref(req.Role)
	if req.Name != nil {
		name = f.text("name", name, 100)
	}
	if req.Email != nil {
		email = f.email("email", email)
	}
	if req.Role != nil {
		f.oneOf("role", role, storage.RoleAdmin, storage.RoleManager)
	}
	if err := f.err(); err != nil {
		return err
	}
	if req.Password != nil {
		if hash, err = hashPassword(*req.Password); err != nil {
			return err
		}
	}
	before, after, err := s.store.UpdateUser(id, func(u *storage.User) error {
		if req.Name != nil {
			u.Name = name
		}
		if req.Email != nil {
			u.Email = email
		}
		if req.Role != nil {
			u.Role = role
		}
		if req.Active != nil {
			u.Active = *req.Active
		}
		if hash != "" {
			u.PasswordHash = hash
		}
		return nil
	})
	if err != nil {
		return err
	}
	if before.Role != after.Role || before.Active != after.Active || hash != "" {
		if err := s.revokeUserSessions(id, ""); err != nil {
			return err
		}
	}
	return c.JSON(viewUser(after))
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
