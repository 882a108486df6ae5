package server

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/server/realtime"
	"github.com/npsdesk/npsdesk/storage"
)

// frameRatingUpdated reports a rating that got its follow-up comment.
const frameRatingUpdated = "nps.rating_updated"

// surveyView is a survey as the API shows it; the engine's state stays inside.
type surveyView struct {
	ID             uint64     `json:"id"`
	ConversationID uint64     `json:"conversation_id"`
	ContactID      uint64     `json:"contact_id"`
	BotID          uint64     `json:"bot_id"`
	BotVersion     uint64     `json:"bot_version"`
	Status         string     `json:"status"`
	SentByUserID   uint64     `json:"sent_by_user_id"`
	SentAt         time.Time  `json:"sent_at"`
	AnsweredAt     *time.Time `json:"answered_at,omitempty"`
	ExpiredAt      *time.Time `json:"expired_at,omitempty"`
	Score          *int       `json:"score,omitempty"`
	Comment        string     `json:"comment,omitempty"`
	// Waiting says the bot still waits in the conversation (for the score, a follow-up
	// answer, or the end of a pause), until WaitingUntil; Send NPS is refused meanwhile.
	Waiting      bool       `json:"waiting"`
	WaitingUntil *time.Time `json:"waiting_until,omitempty"`
}

func viewSurvey(s storage.Survey) surveyView {
	v := surveyView{ID: s.ID, ConversationID: s.ConversationID, ContactID: s.ContactID, BotID: s.BotID,
		BotVersion: s.BotVersion, Status: s.Status, SentByUserID: s.SentByUserID, SentAt: s.SentAt,
		AnsweredAt: s.AnsweredAt, ExpiredAt: s.ExpiredAt, Score: s.Score, Comment: s.Comment, Waiting: s.Active}
	if s.Active && !s.DueAt.IsZero() {
		due := s.DueAt
		v.WaitingUntil = &due
	}
	return v
}

// sendNPS answers POST /conversations/{id}/nps: a team member presses Send NPS. The
// survey, its first bot message and the nps_sent event are one transaction.
func (s *Server) sendNPS(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "conversation")
	if err != nil {
		return err
	}
	out, err := s.store.StartSurvey(id, me(c).user.ID, startSurveyEngine)
	if err != nil {
		return err
	}
	s.publishSurvey(out)
	return c.Status(http.StatusCreated).JSON(fiber.Map{"survey": viewSurvey(out.Survey)})
}

// publishAnswer publishes a customer's message, stored with what the conversation's
// survey did with it (storage.PostCustomerMessage). The message stands whatever the
// survey did, so a survey failure is logged rather than answered: the survey keeps
// waiting and the customer can answer again.
//
// The order is for the critical alert's latency (measured by cmd/npsbench): the alerts
// first, the one frame a person waits for, because publishing the message first wakes
// every team socket's writer ahead of it; then the customer's message and the rest, so
// message frames keep their order.
func (s *Server) publishAnswer(conversationID uint64, post storage.CustomerPost) {
	if post.SurveyErr != nil {
		slog.Error("answer survey", "conversation", conversationID, "err", post.SurveyErr)
	}
	out := post.Survey
	if post.Answered {
		s.publishNotifications(out.Notifications)
		out.Notifications = nil
	}
	s.publishPosted(post.Posted)
	if post.Answered {
		s.publishSurvey(out)
	}
}

// publishSurvey announces, after commit, what one engine call changed: the bot's
// messages (team and customer), the conversation, the rating, each notification to
// its recipient only, and last the survey itself, so a client that sees the survey
// frame has seen everything before it.
func (s *Server) publishSurvey(out storage.SurveyOutcome) {
	for _, p := range out.Posted {
		msg := encodeFrame(realtime.FrameMessageCreated, p.Message)
		s.hub.ToTeam(msg)
		s.hub.ToVisitors(p.Message.ConversationID, msg)
	}
	if len(out.Posted) > 0 {
		s.hub.ToTeam(encodeFrame(realtime.FrameConversationUpdated, s.viewConversation(out.Conversation)))
	}
	if out.Rating != nil {
		frame := realtime.FrameRatingAdded
		if !out.RatingAdded {
			frame = frameRatingUpdated
		}
		s.hub.ToTeam(encodeFrame(frame, out.Rating))
	}
	s.publishNotifications(out.Notifications)
	s.hub.ToTeam(encodeFrame(realtime.FrameSurveyUpdated, viewSurvey(out.Survey)))
}
