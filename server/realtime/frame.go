// Package realtime streams frames to connected WebSocket clients: team members and
// visitors. Each socket has a bounded queue and one writer goroutine; a socket that
// cannot keep up is dropped (it reconnects and resyncs) so it never slows the others.
package realtime

import "encoding/json"

// Frame types sent to clients.
const (
	FrameMessageCreated      = "message.created"
	FrameConversationCreated = "conversation.created"
	FrameConversationUpdated = "conversation.updated"
	FrameRatingAdded         = "nps.rating_added"
	FrameNotificationCreated = "notification.created"
	FrameEventCreated        = "event.created"
	FrameSurveyUpdated       = "nps.survey_updated"
)

// frame is the wire shape: {"type": …, "data": …}.
type frame struct {
	Type string `json:"type"`
	Data any    `json:"data"`
}

// Encode renders a frame once, so a broadcast to thousands of sockets encodes it once.
func Encode(frameType string, data any) ([]byte, error) {
	return json.Marshal(frame{Type: frameType, Data: data})
}
