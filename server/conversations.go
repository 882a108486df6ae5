package server

import (
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/server/realtime"
	"github.com/npsdesk/npsdesk/storage"
)

// conversationView is a conversation as the API shows it: card_type and card_id are
// null until the chat is attached to a card; the contact comes along for the inbox.
type conversationView struct {
	ID            uint64           `json:"id"`
	ChannelID     uint64           `json:"channel_id"`
	ContactID     uint64           `json:"contact_id"`
	CardType      *string          `json:"card_type"`
	CardID        *uint64          `json:"card_id"`
	Status        string           `json:"status"`
	CreatedAt     time.Time        `json:"created_at"`
	LastMessageAt time.Time        `json:"last_message_at"`
	LastMessage   string           `json:"last_message"`
	Unread        int              `json:"unread"`
	Contact       *storage.Contact `json:"contact,omitempty"`
	// Survey is the conversation's latest NPS survey (pending, answered or expired).
	Survey *surveyView `json:"survey,omitempty"`
}

func newConversationView(c storage.Conversation, contact *storage.Contact) conversationView {
	v := conversationView{ID: c.ID, ChannelID: c.ChannelID, ContactID: c.ContactID, Status: c.Status,
		CreatedAt: c.CreatedAt, LastMessageAt: c.LastMessageAt, LastMessage: c.LastMessage, Unread: c.Unread, Contact: contact}
	if c.CardID != 0 {
		v.CardType, v.CardID = &c.CardType, &c.CardID
	}
	return v
}

// viewConversation shows a conversation with its contact.
func (s *Server) viewConversation(c storage.Conversation) conversationView {
	var contact *storage.Contact
	if ct, err := s.store.GetContact(c.ContactID); err == nil {
		contact = &ct
	}
	v := newConversationView(c, contact)
	if surveys, err := s.store.LatestSurveys(c.ID); err == nil {
		v.withSurvey(surveys)
	}
	return v
}

// withSurvey adds the conversation's latest survey, if it has one.
func (v *conversationView) withSurvey(latest map[uint64]storage.Survey) {
	if sv, ok := latest[v.ID]; ok {
		view := viewSurvey(sv)
		v.Survey = &view
	}
}

// listConversations answers GET /conversations?status=open|closed&q=name.
func (s *Server) listConversations(c *fiber.Ctx) error {
	status := c.Query("status")
	if status != "" && status != storage.StatusOpen && status != storage.StatusClosed {
		return errInvalid(map[string]string{"status": "must be open or closed"})
	}
	pg, err := pageParams(c)
	if err != nil {
		return err
	}
	items, next, err := s.store.ListConversations(storage.ConversationFilter{Status: status, Query: c.Query("q")}, pg.cursor, pg.limit)
	if err != nil {
		return err
	}
	views := make([]conversationView, len(items))
	ids := make([]uint64, len(items))
	for i := range items {
		views[i] = newConversationView(items[i].Conversation, &items[i].Contact)
		ids[i] = items[i].ID
	}
	latest, err := s.store.LatestSurveys(ids...)
	if err != nil {
		return err
	}
	for i := range views {
		views[i].withSurvey(latest)
	}
	return c.JSON(newList(views, next))
}

// getConversation answers GET /conversations/{id}.
func (s *Server) getConversation(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "conversation")
	if err != nil {
		return err
	}
	conv, err := s.store.GetConversation(id)
	if err != nil {
		return err
	}
	return c.JSON(s.viewConversation(conv))
}

type conversationPatch struct {
	CardType *string `json:"card_type"`
	CardID   *uint64 `json:"card_id"`
	Status   *string `json:"status"`
}

// updateConversation answers PATCH /conversations/{id}: attach to a card, close, reopen.
func (s *Server) updateConversation(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "conversation")
	if err != nil {
		return err
	}
	var req conversationPatch
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	if (req.CardType == nil) != (req.CardID == nil) {
		f["card_id"] = "card_type and card_id go together"
	}
	if req.CardType != nil {
		f.oneOf("card_type", *req.CardType, storage.CardDeal, storage.CardCustomer)
	}
	if req.Status != nil {
		f.oneOf("status", *req.Status, storage.StatusOpen, storage.StatusClosed)
	}
	if req.CardType == nil && req.Status == nil && len(f) == 0 {
		f["status"] = "nothing to change: send card_type and card_id, or status"
	}
	if err := f.err(); err != nil {
		return err
	}
	conv, err := s.store.UpdateConversation(id, storage.ConversationChange{CardType: req.CardType, CardID: req.CardID, Status: req.Status}, me(c).user.ID)
	if err != nil {
		return err
	}
	view := s.viewConversation(conv)
	s.hub.ToTeam(encodeFrame(realtime.FrameConversationUpdated, view))
	return c.JSON(view)
}

// readConversation answers POST /conversations/{id}/read: the unread count drops to 0.
func (s *Server) readConversation(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "conversation")
	if err != nil {
		return err
	}
	conv, err := s.store.UpdateConversation(id, storage.ConversationChange{Read: true}, me(c).user.ID)
	if err != nil {
		return err
	}
	s.hub.ToTeam(encodeFrame(realtime.FrameConversationUpdated, s.viewConversation(conv)))
	return c.SendStatus(http.StatusNoContent)
}

// maxMessageLength bounds a chat message, in characters.
const maxMessageLength = 4000

type messageRequest struct {
	Text string `json:"text"`
}

// messageText validates a message body: trimmed, not empty, not over-long.
func messageText(c *fiber.Ctx) (string, error) {
	var req messageRequest
	if err := decodeBody(c, &req); err != nil {
		return "", err
	}
	text := strings.TrimSpace(req.Text)
	switch {
	case text == "":
		return "", errInvalid(map[string]string{"text": "is required"})
	case utf8.RuneCountInString(text) > maxMessageLength:
		return "", errInvalid(map[string]string{"text": "must be at most 4000 characters"})
	case strings.ContainsRune(text, 0):
		return "", errInvalid(map[string]string{"text": "must not contain NUL characters"})
	}
	return text, nil
}

// listMessages answers GET /conversations/{id}/messages: newest first (order=asc for
// oldest first), paged by cursor.
func (s *Server) listMessages(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "conversation")
	if err != nil {
		return err
	}
	return s.sendMessages(c, id)
}

// sendMessages writes one page of a conversation's messages.
func (s *Server) sendMessages(c *fiber.Ctx, conversationID uint64) error {
	pg, err := pageParams(c)
	if err != nil {
		return err
	}
	order := c.Query("order", "desc")
	if order != "asc" && order != "desc" {
		return errInvalid(map[string]string{"order": "must be asc or desc"})
	}
	items, next, err := s.store.ListMessages(conversationID, pg.cursor, pg.limit, order == "asc")
	if err != nil {
		return err
	}
	return c.JSON(newList(items, next))
}

// postMessage answers POST /conversations/{id}/messages: a team member's reply.
func (s *Server) postMessage(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "conversation")
	if err != nil {
		return err
	}
	text, err := messageText(c)
	if err != nil {
		return err
	}
	posted, err := s.store.PostMessage(storage.NewMessage{
		ConversationID: id, Author: storage.Ref{Type: storage.RefUser, ID: me(c).user.ID}, Text: text,
	})
	if err != nil {
		return err
	}
	s.publishPosted(posted)
	return c.Status(http.StatusCreated).JSON(posted.Message)
}
