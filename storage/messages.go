package storage

import (
	"bytes"
	"fmt"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"
)

// Button is a tappable answer under a bot message; tapping sends Value as text.
type Button struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// Message is one line of a conversation.
type Message struct {
	ID             uint64    `json:"id"`
	ConversationID uint64    `json:"conversation_id"`
	Author         Ref       `json:"author"`
	Text           string    `json:"text"`
	Buttons        []Button  `json:"buttons,omitempty"`
	CreatedAt      time.Time `json:"created_at"`
}

// NewMessage is what a sender provides.
type NewMessage struct {
	ConversationID uint64
	Author         Ref
	Text           string
	Buttons        []Button
}

// Posted is everything one message write changed, for the frames sent after commit.
type Posted struct {
	Message       Message
	Conversation  Conversation
	Notifications []Notification
}

// PostMessage stores a message and what follows from it, in one group-committed
// transaction shared with other concurrent senders (one fsync for many messages): the
// conversation's activity and unread count, the chat event and its counters, and a
// notification for each follower of the card the chat is attached to.
func (db *DB) PostMessage(m NewMessage) (Posted, error) {
	var out Posted
	err := db.batch(func(tx *bolt.Tx) error {
		var err error
		out, err = postMessage(tx, m, db.now(), db.loc)
		return err
	})
	return out, err
}

// postMessage is PostMessage inside a transaction, for writes that add bot messages
// along with other facts (a survey and its question).
func postMessage(tx *bolt.Tx, m NewMessage, now time.Time, loc *time.Location) (Posted, error) {
	var out Posted
	var conv Conversation
	if err := getConversation(tx, m.ConversationID, &conv); err != nil {
		return out, err
	}
	msgs := tx.Bucket(bucketMessages)
	id, err := msgs.NextSequence()
	if err != nil {
		return out, err
	}
	msg := Message{ID: id, ConversationID: conv.ID, Author: m.Author, Text: m.Text, Buttons: m.Buttons, CreatedAt: now}
	if err := putJSON(msgs, compositeKey(conv.ID, id), msg); err != nil {
		return out, err
	}

	before := conv
	conv.LastMessageAt = now
	conv.LastMessage = preview(m.Text)
	incoming := m.Author.Type == RefContact
	switch {
	case incoming:
		conv.Unread++
		if conv.Status == StatusClosed {
			conv.Status = StatusOpen // a customer writing again reopens the chat
		}
	case m.Author.Type == RefUser:
		conv.Unread = 0
	}
	if err := putConversation(tx, before, conv); err != nil {
		return out, err
	}

	if m.Author.Type != RefBot {
		e := Event{Type: EventOutgoingChatMessage, CreatedAt: now, Author: m.Author,
			Entity: Ref{Type: RefConversation, ID: conv.ID}, UserID: m.Author.ID}
		if incoming {
			e.Type, e.UserID = EventIncomingChatMessage, 0
		}
		if _, err := addEvent(tx, e, loc); err != nil {
			return out, err
		}
	}
	var notes []Notification
	if incoming && conv.CardID != 0 {
		var card Card
		if err := getCard(tx, conv.CardType, conv.CardID, &card); err == nil {
			var contact Contact
			getContact(tx, conv.ContactID, &contact)
			for _, userID := range card.Followers() {
				n, err := addNotification(tx, Notification{
					UserID: userID, Type: NotificationIncomingMessage, CreatedAt: now,
					Text:           fmt.Sprintf("%s: %s", contact.Name, preview(m.Text)),
					ConversationID: conv.ID, CardType: card.Type, CardID: card.ID,
				})
				if err != nil {
					return out, err
				}
				notes = append(notes, n)
			}
		}
	}
	return Posted{Message: msg, Conversation: conv, Notifications: notes}, nil
}

// preview shortens a message for the inbox list and notifications.
func preview(text string) string {
	const max = 140
	if utf8.RuneCountInString(text) <= max {
		return text
	}
	r := []rune(text)
	return string(r[:max-1]) + "…"
}

// ListMessages returns a conversation's messages, newest first, below the cursor id
// (or oldest first, above it, when ascending).
func (db *DB) ListMessages(conversationID, cursor uint64, limit int, ascending bool) ([]Message, uint64, error) {
	var items []Message
	var next uint64
	err := db.view(func(tx *bolt.Tx) error {
		var conv Conversation
		if err := getConversation(tx, conversationID, &conv); err != nil {
			return err
		}
		prefix := itob(conversationID)
		c := tx.Bucket(bucketMessages).Cursor()
		var k, v []byte
		step := c.Prev
		switch {
		case ascending:
			k, v = c.Seek(compositeKey(conversationID, cursor+1))
			step = c.Next
		case cursor == 0:
			k, v = seekBelow(c, compositeKey(conversationID+1, 0))
		default:
			k, v = seekBelow(c, compositeKey(conversationID, cursor))
		}
		for ; k != nil && bytes.HasPrefix(k, prefix); k, v = step() {
			if len(items) == limit {
				next = items[len(items)-1].ID
				return nil
			}
			var m Message
			if err := decodeInto(v, &m); err != nil {
				return err
			}
			items = append(items, m)
		}
		return nil
	})
	return items, next, err
}
