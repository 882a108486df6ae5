package storage

import (
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Conversation statuses.
const (
	StatusOpen   = "open"
	StatusClosed = "closed"
)

// Conversation is a chat with one contact through one channel.
type Conversation struct {
	ID            uint64    `json:"id"`
	ChannelID     uint64    `json:"channel_id"`
	ContactID     uint64    `json:"contact_id"`
	CardType      string    `json:"card_type"`
	CardID        uint64    `json:"card_id"`
	Status        string    `json:"status"`
	CreatedAt     time.Time `json:"created_at"`
	LastMessageAt time.Time `json:"last_message_at"`
	// LastMessage is a preview of the newest message, for the inbox list.
	LastMessage string `json:"last_message"`
	// Unread counts the customer's messages since a team member last read or replied.
	Unread int `json:"unread"`
}

// activityKey orders the inbox: newest activity last in the bucket, read backwards.
func activityKey(c Conversation) []byte {
	return compositeKey(uint64(c.LastMessageAt.UnixNano()), c.ID)
}

// putConversation stores c and moves its inbox index entry from before's activity.
func putConversation(tx *bolt.Tx, before, c Conversation) error {
	index := tx.Bucket(bucketConversationsByActivity)
	if before.ID != 0 && !before.LastMessageAt.Equal(c.LastMessageAt) {
		if err := index.Delete(activityKey(before)); err != nil {
			return err
		}
	}
	if err := index.Put(activityKey(c), nil); err != nil {
		return err
	}
	return putJSON(tx.Bucket(bucketConversations), itob(c.ID), c)
}

func getConversation(tx *bolt.Tx, id uint64, c *Conversation) error {
	if err := getJSON(tx.Bucket(bucketConversations), itob(id), c); err != nil {
		return fmt.Errorf("conversation %d: %w", id, err)
	}
	return nil
}

// GetConversation returns one conversation.
func (db *DB) GetConversation(id uint64) (Conversation, error) {
	var c Conversation
	err := db.view(func(tx *bolt.Tx) error { return getConversation(tx, id, &c) })
	return c, err
}

// ConversationFilter narrows the inbox.
type ConversationFilter struct {
	// Status is open, closed or empty for both.
	Status string
	// Query matches contact names, case-insensitively.
	Query string
}

// ConversationItem is an inbox row: the conversation and its contact.
type ConversationItem struct {
	Conversation
	Contact Contact `json:"contact"`
}

// ListConversations returns the inbox, most recent activity first. The cursor is the
// id of the last conversation of the previous page.
func (db *DB) ListConversations(f ConversationFilter, after uint64, limit int) ([]ConversationItem, uint64, error) {
	var items []ConversationItem
	var next uint64
	query := strings.ToLower(strings.TrimSpace(f.Query))
	err := db.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketConversationsByActivity).Cursor()
		var k []byte
		if after == 0 {
			k, _ = c.Last()
		} else {
			var last Conversation
			if err := getConversation(tx, after, &last); err != nil {
				return invalidField("cursor", "is not a cursor this server returned")
			}
			k, _ = seekBelow(c, activityKey(last))
		}
		for ; k != nil; k, _ = c.Prev() {
			var item ConversationItem
			if err := getConversation(tx, btoi(k[8:]), &item.Conversation); err != nil {
				return err
			}
			if f.Status != "" && item.Status != f.Status {
				continue
			}
			if err := getContact(tx, item.ContactID, &item.Contact); err != nil {
				return err
			}
			if query != "" && !strings.Contains(strings.ToLower(item.Contact.Name), query) {
				continue
			}
			if len(items) == limit {
				next = items[len(items)-1].ID
				return nil
			}
			items = append(items, item)
		}
		return nil
	})
	return items, next, err
}

// ConversationChange is a team member's edit of a conversation; nil fields stay.
type ConversationChange struct {
	CardType *string
	CardID   *uint64
	Status   *string
	// Read marks the customer's messages read.
	Read bool
}

// UpdateConversation attaches a conversation to a card, closes or reopens it, or marks
// it read, recording the events. Attaching to a card that does not exist is ErrNotFound.
func (db *DB) UpdateConversation(id uint64, change ConversationChange, author uint64) (Conversation, error) {
	var after Conversation
	err := db.update(func(tx *bolt.Tx) error {
		var before Conversation
		if err := getConversation(tx, id, &before); err != nil {
			return err
		}
		after = before
		now := db.now()
		var events []Event
		if change.CardType != nil && change.CardID != nil {
			var card Card
			if err := getCard(tx, *change.CardType, *change.CardID, &card); err != nil {
				return err
			}
			after.CardType, after.CardID = card.Type, card.ID
			if after.CardType != before.CardType || after.CardID != before.CardID {
				events = append(events, Event{Type: EventCardAttached, Entity: Ref{Type: card.Type, ID: card.ID},
					ValueAfter: jsonValue(fmt.Sprintf("conversation #%d", id))})
			}
		}
		if change.Status != nil && *change.Status != before.Status {
			after.Status = *change.Status
			eventType := EventConversationClosed
			if after.Status == StatusOpen {
				eventType = EventConversationReopened
			}
			events = append(events, Event{Type: eventType, Entity: Ref{Type: RefConversation, ID: id},
				ValueBefore: jsonValue(before.Status), ValueAfter: jsonValue(after.Status)})
		}
		if change.Read {
			after.Unread = 0
		}
		for _, e := range events {
			e.CreatedAt, e.UserID, e.Author = now, author, Ref{Type: RefUser, ID: author}
			if _, err := addEvent(tx, e, db.loc); err != nil {
				return err
			}
		}
		return putConversation(tx, before, after)
	})
	return after, err
}
