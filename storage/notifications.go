package storage

import (
	"bytes"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Notification types.
const (
	NotificationNPSCritical     = "nps_critical"
	NotificationIncomingMessage = "incoming_message"
)

// Notification is one entry of a user's notification center.
type Notification struct {
	ID             uint64    `json:"id"`
	UserID         uint64    `json:"user_id"`
	Type           string    `json:"type"`
	Text           string    `json:"text"`
	ConversationID uint64    `json:"conversation_id,omitempty"`
	CardType       string    `json:"card_type,omitempty"`
	CardID         uint64    `json:"card_id,omitempty"`
	Read           bool      `json:"read"`
	CreatedAt      time.Time `json:"created_at"`
}

// addNotification stores n for its recipient inside tx and counts it unread. Callers
// create notifications in the same transaction as the fact they announce.
func addNotification(tx *bolt.Tx, n Notification) (Notification, error) {
	b := tx.Bucket(bucketNotifications)
	id, err := b.NextSequence()
	if err != nil {
		return n, err
	}
	n.ID = id
	n.Read = false
	if err := putJSON(b, compositeKey(n.UserID, id), n); err != nil {
		return n, err
	}
	return n, addUnread(tx, n.UserID, 1)
}

// addUnread moves a user's unread counter by delta.
func addUnread(tx *bolt.Tx, userID uint64, delta int64) error {
	b := tx.Bucket(bucketNotificationUnread)
	n := int64(btoi(b.Get(itob(userID)))) + delta
	if n < 0 {
		n = 0
	}
	return b.Put(itob(userID), itob(uint64(n)))
}

// UnreadNotifications is the user's unread count, read from its counter.
func (db *DB) UnreadNotifications(userID uint64) int {
	n := 0
	db.view(func(tx *bolt.Tx) error {
		n = int(btoi(tx.Bucket(bucketNotificationUnread).Get(itob(userID))))
		return nil
	})
	return n
}

// ListNotifications returns the user's notifications, newest first, starting below the
// cursor id (0: from the newest). next is 0 on the last page.
func (db *DB) ListNotifications(userID uint64, unreadOnly bool, before uint64, limit int) (items []Notification, next uint64, err error) {
	err = db.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketNotifications).Cursor()
		prefix := itob(userID)
		var k, v []byte
		if before == 0 {
			k, v = seekBelow(c, compositeKey(userID+1, 0))
		} else {
			k, v = seekBelow(c, compositeKey(userID, before))
		}
		for ; k != nil && bytes.HasPrefix(k, prefix); k, v = c.Prev() {
			var n Notification
			if err := decodeInto(v, &n); err != nil {
				return err
			}
			if unreadOnly && n.Read {
				continue
			}
			if len(items) == limit {
				next = items[len(items)-1].ID
				return nil
			}
			items = append(items, n)
		}
		return nil
	})
	return items, next, err
}

// MarkNotificationRead marks one of the user's notifications read. Another user's
// notification is ErrNotFound: nobody learns it exists.
func (db *DB) MarkNotificationRead(userID, id uint64) error {
	return db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNotifications)
		key := compositeKey(userID, id)
		var n Notification
		if err := getJSON(b, key, &n); err != nil {
			return fmt.Errorf("notification %d: %w", id, err)
		}
		if n.Read {
			return nil
		}
		n.Read = true
		if err := putJSON(b, key, n); err != nil {
			return err
		}
		return addUnread(tx, userID, -1)
	})
}

// MarkAllNotificationsRead marks every notification of the user read.
func (db *DB) MarkAllNotificationsRead(userID uint64) error {
	return db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNotifications)
		prefix := itob(userID)
		var unread []Notification
		c := b.Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			var n Notification
			if err := decodeInto(v, &n); err != nil {
				return err
			}
			if !n.Read {
				unread = append(unread, n)
			}
		}
		for _, n := range unread {
			n.Read = true
			if err := putJSON(b, compositeKey(userID, n.ID), n); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketNotificationUnread).Put(itob(userID), itob(0))
	})
}
