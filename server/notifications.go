package server

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// listNotifications answers GET /notifications?unread=true: the caller's own only.
func (s *Server) listNotifications(c *fiber.Ctx) error {
	unread, err := queryBool(c, "unread")
	if err != nil {
		return err
	}
	pg, err := pageParams(c)
	if err != nil {
		return err
	}
	userID := me(c).user.ID
	items, next, err := s.store.ListNotifications(userID, unread, pg.cursor, pg.limit)
	if err != nil {
		return err
	}
	return c.JSON(notificationList{newList(items, next), s.store.UnreadNotifications(userID)})
}

// notificationList is a list page plus the unread count the bell shows.
type notificationList struct {
	listResponse[storage.Notification]
	UnreadCount int `json:"unread_count"`
}

// readNotification answers POST /notifications/{id}/read.
func (s *Server) readNotification(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "notification")
	if err != nil {
		return err
	}
	if err := s.store.MarkNotificationRead(me(c).user.ID, id); err != nil {
		return err
	}
	return c.SendStatus(http.StatusNoContent)
}

// readAllNotifications answers POST /notifications/read-all.
func (s *Server) readAllNotifications(c *fiber.Ctx) error {
	if err := s.store.MarkAllNotificationsRead(me(c).user.ID); err != nil {
		return err
	}
	return c.SendStatus(http.StatusNoContent)
}
