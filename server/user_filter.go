package server

import (
	"strconv"

	"github.com/gofiber/fiber/v2"
)

// userFilter reads ?user_id= of analytics endpoints (stats, ratings, events): 0 when
// absent. A malformed id or a user that does not exist is 422, so a typo never reads
// as "this manager has no ratings".
func (s *Server) userFilter(c *fiber.Ctx) (uint64, error) {
	raw := c.Query("user_id")
	if raw == "" {
		return 0, nil
	}
	id, err := strconv.ParseUint(raw, 10, 64)
	if err != nil || id == 0 {
		return 0, errInvalid(map[string]string{"user_id": "must be a user id"})
	}
	if !s.store.UserExists(id) {
		return 0, errInvalid(map[string]string{"user_id": "no such user"})
	}
	return id, nil
}
