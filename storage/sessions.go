package storage

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Session is one login. A token is valid only while its session exists, so logout,
// a password change, a role change and deactivation revoke tokens at once by deleting
// sessions.
type Session struct {
	ID        string    `json:"id"`
	UserID    uint64    `json:"user_id"`
	CreatedAt time.Time `json:"created_at"`
	ExpiresAt time.Time `json:"expires_at"`
}

// CreateSession starts a session for the user, valid for ttl.
func (db *DB) CreateSession(userID uint64, ttl time.Duration) (Session, error) {
	raw := make([]byte, 16)
	if _, err := rand.Read(raw); err != nil {
		return Session{}, err
	}
	now := db.now()
	s := Session{ID: hex.EncodeToString(raw), UserID: userID, CreatedAt: now, ExpiresAt: now.Add(ttl)}
	err := db.update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketUsers).Get(itob(userID)) == nil {
			return fmt.Errorf("user %d: %w", userID, ErrNotFound)
		}
		if err := putJSON(tx.Bucket(bucketSessions), []byte(s.ID), s); err != nil {
			return err
		}
		return tx.Bucket(bucketSessionsByUser).Put(sessionIndexKey(userID, s.ID), nil)
	})
	return s, err
}

// Authenticate returns the session and its user when the session exists, has not
// expired and the user is active; ErrNotFound otherwise. It is one read transaction: it
// runs on every request.
func (db *DB) Authenticate(sessionID string) (Session, User, error) {
	var s Session
	var u User
	err := db.view(func(tx *bolt.Tx) error {
		if err := getJSON(tx.Bucket(bucketSessions), []byte(sessionID), &s); err != nil {
			return err
		}
		if err := getJSON(tx.Bucket(bucketUsers), itob(s.UserID), &u); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		return s, u, err
	}
	if !u.Active || !db.now().Before(s.ExpiresAt) {
		return s, u, ErrNotFound
	}
	return s, u, nil
}

// DeleteSession ends one session (logout). Deleting a missing session is not an error.
func (db *DB) DeleteSession(sessionID string) error {
	return db.update(func(tx *bolt.Tx) error {
		var s Session
		if err := getJSON(tx.Bucket(bucketSessions), []byte(sessionID), &s); err != nil {
			return nil
		}
		if err := tx.Bucket(bucketSessions).Delete([]byte(sessionID)); err != nil {
			return err
		}
		return tx.Bucket(bucketSessionsByUser).Delete(sessionIndexKey(s.UserID, sessionID))
	})
}

// DeleteUserSessions ends every session of the user, except keep (if not empty), and
// returns the ids it ended so open sockets of those sessions can be closed.
func (db *DB) DeleteUserSessions(userID uint64, keep string) ([]string, error) {
	var ended []string
	err := db.update(func(tx *bolt.Tx) error {
		ended = ended[:0]
		return deleteUserSessions(tx, userID, keep, &ended)
	})
	return ended, err
}

func deleteUserSessions(tx *bolt.Tx, userID uint64, keep string, ended *[]string) error {
	index := tx.Bucket(bucketSessionsByUser)
	sessions := tx.Bucket(bucketSessions)
	prefix := itob(userID)
	var keys [][]byte
	c := index.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, append([]byte(nil), k...))
	}
	for _, k := range keys {
		id := string(k[8:])
		if id == keep {
			continue
		}
		if err := index.Delete(k); err != nil {
			return err
		}
		if err := sessions.Delete([]byte(id)); err != nil {
			return err
		}
		*ended = append(*ended, id)
	}
	return nil
}

// PruneExpiredSessions deletes sessions past their expiry; run now and then.
func (db *DB) PruneExpiredSessions() (int, error) {
	now := db.now()
	n := 0
	err := db.update(func(tx *bolt.Tx) error {
		n = 0
		sessions := tx.Bucket(bucketSessions)
		var expired []Session
		sessions.ForEach(func(_, v []byte) error {
			var s Session
			if decodeInto(v, &s) == nil && !now.Before(s.ExpiresAt) {
				expired = append(expired, s)
			}
			return nil
		})
		for _, s := range expired {
			if err := sessions.Delete([]byte(s.ID)); err != nil {
				return err
			}
			if err := tx.Bucket(bucketSessionsByUser).Delete(sessionIndexKey(s.UserID, s.ID)); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

func sessionIndexKey(userID uint64, sessionID string) []byte {
	return append(itob(userID), sessionID...)
}
