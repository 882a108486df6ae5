package storage

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Card types: a conversation can be attached to one of either.
const (
	CardDeal     = "deal"
	CardCustomer = "customer"
)

// Card is a deal or a customer: a contact, a responsible user and subscribers.
type Card struct {
	ID                uint64    `json:"id"`
	Type              string    `json:"type"`
	Name              string    `json:"name"`
	ContactID         uint64    `json:"contact_id"`
	ResponsibleUserID uint64    `json:"responsible_user_id"`
	SubscriberIDs     []uint64  `json:"subscriber_ids"`
	CreatedAt         time.Time `json:"created_at"`
	UpdatedAt         time.Time `json:"updated_at"`
}

// Followers are the users told about a card's chats: its responsible user and its
// subscribers, each once.
func (c Card) Followers() []uint64 {
	seen := map[uint64]bool{}
	var out []uint64
	for _, id := range append([]uint64{c.ResponsibleUserID}, c.SubscriberIDs...) {
		if id != 0 && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// checkCardRefs refuses a card whose contact or users do not exist.
func checkCardRefs(tx *bolt.Tx, c Card) error {
	fields := map[string]string{}
	if tx.Bucket(bucketContacts).Get(itob(c.ContactID)) == nil {
		fields["contact_id"] = "no such contact"
	}
	users := tx.Bucket(bucketUsers)
	if users.Get(itob(c.ResponsibleUserID)) == nil {
		fields["responsible_user_id"] = "no such user"
	}
	for _, id := range c.SubscriberIDs {
		if users.Get(itob(id)) == nil {
			fields["subscriber_ids"] = fmt.Sprintf("no user with id %d", id)
		}
	}
	if len(fields) > 0 {
		return &ValidationError{Fields: fields}
	}
	return nil
}

// CreateCard stores a new deal or customer; author is who created it (for Events).
func (db *DB) CreateCard(c Card, author uint64) (Card, error) {
	err := db.update(func(tx *bolt.Tx) error {
		if err := checkCardRefs(tx, c); err != nil {
			return err
		}
		b := tx.Bucket(bucketCards)
		id, err := b.NextSequence()
		if err != nil {
			return err
		}
		c.ID = id
		c.CreatedAt, c.UpdatedAt = db.now(), db.now()
		c.SubscriberIDs = uniqueIDs(c.SubscriberIDs)
		if err := putJSON(b, itob(id), c); err != nil {
			return err
		}
		if err := tx.Bucket(bucketCardsByType).Put(cardTypeKey(c.Type, id), nil); err != nil {
			return err
		}
		_, err = addEvent(tx, Event{
			Type: EventCardCreated, CreatedAt: c.CreatedAt, UserID: author,
			Author: Ref{Type: RefUser, ID: author}, Entity: Ref{Type: c.Type, ID: id},
			ValueAfter: jsonValue(c.Name),
		}, db.loc)
		return err
	})
	return c, err
}

func cardTypeKey(cardType string, id uint64) []byte {
	return append([]byte(cardType+"\x00"), itob(id)...)
}

// GetCard returns a card of the given type; a card of the other type is not found.
func (db *DB) GetCard(cardType string, id uint64) (Card, error) {
	var c Card
	err := db.view(func(tx *bolt.Tx) error { return getCard(tx, cardType, id, &c) })
	return c, err
}

func getCard(tx *bolt.Tx, cardType string, id uint64, c *Card) error {
	if err := getJSON(tx.Bucket(bucketCards), itob(id), c); err != nil || c.Type != cardType {
		return fmt.Errorf("%s %d: %w", cardType, id, ErrNotFound)
	}
	return nil
}

// ListCards returns deals or customers, newest first, below the cursor id.
func (db *DB) ListCards(cardType string, before uint64, limit int) ([]Card, uint64, error) {
	var items []Card
	var next uint64
	err := db.view(func(tx *bolt.Tx) error {
		prefix := []byte(cardType + "\x00")
		c := tx.Bucket(bucketCardsByType).Cursor()
		start := cardTypeKey(cardType, before)
		if before == 0 {
			start = cardTypeKey(cardType, ^uint64(0))
		}
		cards := tx.Bucket(bucketCards)
		for k, _ := seekBelow(c, start); k != nil && len(k) == len(prefix)+8 && string(k[:len(prefix)]) == string(prefix); k, _ = c.Prev() {
			if len(items) == limit {
				next = items[len(items)-1].ID
				return nil
			}
			var card Card
			if err := getJSON(cards, k[len(prefix):], &card); err != nil {
				return err
			}
			items = append(items, card)
		}
		return nil
	})
	return items, next, err
}

// UpdateCard applies change to a card and re-checks what it points at.
func (db *DB) UpdateCard(cardType string, id uint64, change func(c *Card) error) (Card, error) {
	var c Card
	err := db.update(func(tx *bolt.Tx) error {
		if err := getCard(tx, cardType, id, &c); err != nil {
			return err
		}
		if err := change(&c); err != nil {
			return err
		}
		c.ID, c.Type = id, cardType
		c.SubscriberIDs = uniqueIDs(c.SubscriberIDs)
		if err := checkCardRefs(tx, c); err != nil {
			return err
		}
		c.UpdatedAt = db.now()
		return putJSON(tx.Bucket(bucketCards), itob(id), c)
	})
	return c, err
}

// uniqueIDs drops duplicates and zeros, keeping order; never nil (JSON [] not null).
func uniqueIDs(ids []uint64) []uint64 {
	out := make([]uint64, 0, len(ids))
	seen := map[uint64]bool{}
	for _, id := range ids {
		if id != 0 && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
