package storage

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Contact is a customer the team talks to.
type Contact struct {
	ID        uint64    `json:"id"`
	Name      string    `json:"name"`
	Email     string    `json:"email,omitempty"`
	Phone     string    `json:"phone,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// CreateContact stores a new contact.
func (db *DB) CreateContact(c Contact) (Contact, error) {
	err := db.update(func(tx *bolt.Tx) error {
		var err error
		c, err = createContact(tx, c, db.now())
		return err
	})
	return c, err
}

func createContact(tx *bolt.Tx, c Contact, now time.Time) (Contact, error) {
	b := tx.Bucket(bucketContacts)
	id, err := b.NextSequence()
	if err != nil {
		return c, err
	}
	c.ID, c.CreatedAt = id, now
	return c, putJSON(b, itob(id), c)
}

// GetContact returns one contact.
func (db *DB) GetContact(id uint64) (Contact, error) {
	var c Contact
	err := db.view(func(tx *bolt.Tx) error { return getContact(tx, id, &c) })
	return c, err
}

func getContact(tx *bolt.Tx, id uint64, c *Contact) error {
	if err := getJSON(tx.Bucket(bucketContacts), itob(id), c); err != nil {
		return fmt.Errorf("contact %d: %w", id, err)
	}
	return nil
}

// ListContacts returns contacts newest first, below the cursor id.
func (db *DB) ListContacts(before uint64, limit int) ([]Contact, uint64, error) {
	var items []Contact
	var next uint64
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		items, next, err = pageBackwards[Contact](tx.Bucket(bucketContacts), before, limit, nil)
		return err
	})
	return items, next, err
}
