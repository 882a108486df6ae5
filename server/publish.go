package server

import (
	"log/slog"

	"github.com/npsdesk/npsdesk/server/realtime"
	"github.com/npsdesk/npsdesk/storage"
)

// Frames are published only after the transaction they report has committed: every
// caller below runs after its storage call returned without error.

// encodeFrame renders a frame once for all its recipients.
func encodeFrame(frameType string, data any) []byte {
	b, err := realtime.Encode(frameType, data)
	if err != nil {
		slog.Error("encode frame", "type", frameType, "err", err)
	}
	return b
}

// publishPosted announces a stored message: the message to the team and to the
// conversation's customer, the conversation's new state to the team, and each
// notification to its recipient only.
func (s *Server) publishPosted(p storage.Posted) {
	msg := encodeFrame(realtime.FrameMessageCreated, p.Message)
	s.hub.ToTeam(msg)
	s.hub.ToVisitors(p.Message.ConversationID, msg)
	s.hub.ToTeam(encodeFrame(realtime.FrameConversationUpdated, s.viewConversation(p.Conversation)))
	s.publishNotifications(p.Notifications)
}

// publishNotifications sends each notification to its recipient's sockets.
func (s *Server) publishNotifications(notes []storage.Notification) {
	for _, n := range notes {
		s.hub.ToUser(n.UserID, encodeFrame(realtime.FrameNotificationCreated, n))
	}
}
