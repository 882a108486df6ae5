package storage

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// visitorTokenPrefix marks visitor tokens, so they are never mistaken for team tokens.
const visitorTokenPrefix = "vt_"

// StartedConversation is what a customer gets when they open the web chat.
type StartedConversation struct {
	Conversation Conversation
	Contact      Contact
	// VisitorToken lets the customer's browser read and write this one conversation.
	// Only its hash is stored.
	VisitorToken string
}

// StartConversation creates a contact and a conversation on a channel (found by its
// public key), and a visitor token for it.
func (db *DB) StartConversation(publicKey string, contact Contact) (StartedConversation, error) {
	var out StartedConversation
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return out, err
	}
	token := visitorTokenPrefix + base64.RawURLEncoding.EncodeToString(raw)
	err := db.update(func(tx *bolt.Tx) error {
		id := tx.Bucket(bucketChannelsByKey).Get([]byte(publicKey))
		if id == nil {
			return fmt.Errorf("channel: %w", ErrNotFound)
		}
		now := db.now()
		var err error
		if out.Contact, err = createContact(tx, contact, now); err != nil {
			return err
		}
		b := tx.Bucket(bucketConversations)
		convID, err := b.NextSequence()
		if err != nil {
			return err
		}
		out.Conversation = Conversation{ID: convID, ChannelID: btoi(id), ContactID: out.Contact.ID,
			Status: StatusOpen, CreatedAt: now, LastMessageAt: now}
		if err := putConversation(tx, Conversation{}, out.Conversation); err != nil {
			return err
		}
		hash := sha256.Sum256([]byte(token))
		if err := tx.Bucket(bucketVisitorTokens).Put(hash[:], itob(convID)); err != nil {
			return err
		}
		_, err = addEvent(tx, Event{Type: EventConversationCreated, CreatedAt: now,
			Author: Ref{Type: RefContact, ID: out.Contact.ID}, Entity: Ref{Type: RefConversation, ID: convID}}, db.loc)
		return err
	})
	out.VisitorToken = token
	return out, err
}

// VisitorConversation returns the id of the conversation a visitor token opens;
// ErrNotFound for any other string.
func (db *DB) VisitorConversation(token string) (uint64, error) {
	if len(token) < len(visitorTokenPrefix)+10 || token[:len(visitorTokenPrefix)] != visitorTokenPrefix {
		return 0, ErrNotFound
	}
	hash := sha256.Sum256([]byte(token))
	var id uint64
	err := db.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketVisitorTokens).Get(hash[:])
		if v == nil {
			return ErrNotFound
		}
		id = btoi(v)
		return nil
	})
	return id, err
}
