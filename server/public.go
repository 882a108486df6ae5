package server

import (
	"errors"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/server/realtime"
	"github.com/npsdesk/npsdesk/storage"
)

// The customer's side: no team login. A visitor token opens exactly one conversation;
// any other conversation answers 404, as if it did not exist.

// localsVisitorConversation is the c.Locals key of the visitor's conversation id.
const localsVisitorConversation = "visitor_conversation"

// publicChannel answers GET /public/channels/{key}: what the chat page shows in its
// header. Unknown keys are 404.
func (s *Server) publicChannel(c *fiber.Ctx) error {
	ch, err := s.store.GetChannelByKey(c.Params("key"))
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"name": ch.Name, "type": ch.Type})
}

// startPublicConversation answers POST /public/channels/{key}/conversations: a customer
// opens the web chat. Limited per address, so nobody can flood the inbox.
func (s *Server) startPublicConversation(c *fiber.Ctx) error {
	if ok, wait := s.limits.conversationsByIP.allow(s.clientIP(c)); !ok {
		return errRateLimited(wait)
	}
	var req contactRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	contact := validContact(f, req, false)
	if err := f.err(); err != nil {
		return err
	}
	if contact.Name == "" {
		contact.Name = "Visitor"
	}
	started, err := s.store.StartConversation(c.Params("key"), contact)
	if err != nil {
		return err
	}
	view := newConversationView(started.Conversation, &started.Contact)
	s.hub.ToTeam(encodeFrame(realtime.FrameConversationCreated, view))
	return c.Status(http.StatusCreated).JSON(fiber.Map{
		"conversation_id": started.Conversation.ID,
		"visitor_token":   started.VisitorToken,
	})
}

// requireVisitor lets a request through only with the visitor token of the
// conversation in the path.
func (s *Server) requireVisitor(c *fiber.Ctx) error {
	convID, err := s.visitorConversation(c, bearerToken(c))
	if err != nil {
		return err
	}
	if c.Params("id") != "" {
		id, err := idParam(c, "id", "conversation")
		if err != nil || id != convID {
			return errNotFound("conversation")
		}
	}
	c.Locals(localsVisitorConversation, convID)
	return c.Next()
}

// visitorConversation resolves a visitor token: 401 without one that exists.
func (s *Server) visitorConversation(c *fiber.Ctx, token string) (uint64, error) {
	if token == "" {
		return 0, errUnauthorized("a visitor token is required")
	}
	id, err := s.store.VisitorConversation(token)
	if errors.Is(err, storage.ErrNotFound) {
		return 0, errUnauthorized("the visitor token is not valid")
	}
	return id, err
}

// listPublicMessages answers GET /public/conversations/{id}/messages.
func (s *Server) listPublicMessages(c *fiber.Ctx) error {
	return s.sendMessages(c, c.Locals(localsVisitorConversation).(uint64))
}

// postPublicMessage answers POST /public/conversations/{id}/messages: the customer
// writes (or taps a button, which sends its value). Limited per conversation.
func (s *Server) postPublicMessage(c *fiber.Ctx) error {
	convID := c.Locals(localsVisitorConversation).(uint64)
	if ok, wait := s.limits.messagesByConversation.allow(itoa(int(convID))); !ok {
		return errRateLimited(wait)
	}
	text, err := messageText(c)
	if err != nil {
		return err
	}
	conv, err := s.store.GetConversation(convID)
	if err != nil {
		return err
	}
	// The message and, when a survey waits, its answer: one transaction, one fsync.
	post, err := s.store.PostCustomerMessage(storage.NewMessage{
		ConversationID: convID, Author: storage.Ref{Type: storage.RefContact, ID: conv.ContactID}, Text: text,
	}, answerSurveyEngine(text))
	if err != nil {
		return err
	}
	s.publishAnswer(convID, post)
	return c.Status(http.StatusCreated).JSON(post.Posted.Message)
}

// visitorSocketAuth authenticates GET /public/ws before the upgrade: the visitor token
// from the Authorization header or, from a browser, ?token=. A visitor token opens one
// conversation only, so it may travel in the URL.
func (s *Server) visitorSocketAuth(c *fiber.Ctx) error {
	if !isUpgrade(c) {
		return &apiError{Status: fiber.StatusUpgradeRequired, Code: "upgrade_required", Message: "this endpoint speaks WebSocket"}
	}
	token := bearerToken(c)
	if token == "" {
		token = c.Query("token")
	}
	convID, err := s.visitorConversation(c, token)
	if err != nil {
		return err
	}
	c.Locals(localsIdentity, realtime.Identity{ConversationID: convID})
	return c.Next()
}
