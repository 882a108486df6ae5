package storage

import (
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Roles a user can have.
const (
	RoleAdmin   = "admin"
	RoleManager = "manager"
)

// User is a team member. PasswordHash never leaves the server: the API has its own view.
type User struct {
	ID           uint64    `json:"id"`
	Name         string    `json:"name"`
	Email        string    `json:"email"`
	Role         string    `json:"role"`
	Active       bool      `json:"active"`
	PasswordHash string    `json:"password_hash"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
}

// NormalizeEmail is the form emails are compared and indexed in.
func NormalizeEmail(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// CreateUser stores a new user; ErrEmailTaken if the email is in use.
func (db *DB) CreateUser(u User) (User, error) {
	err := db.update(func(tx *bolt.Tx) error {
		var err error
		u, err = createUser(tx, u, db.now())
		return err
	})
	return u, err
}

// createUser inserts u inside tx, keeping the email index in step.
func createUser(tx *bolt.Tx, u User, now time.Time) (User, error) {
	users := tx.Bucket(bucketUsers)
	byEmail := tx.Bucket(bucketUsersByEmail)
	u.Email = NormalizeEmail(u.Email)
	if byEmail.Get([]byte(u.Email)) != nil {
		return u, ErrEmailTaken
	}
	id, err := users.NextSequence()
	if err != nil {
		return u, err
	}
	u.ID = id
	u.CreatedAt, u.UpdatedAt = now, now
	if err := byEmail.Put([]byte(u.Email), itob(id)); err != nil {
		return u, err
	}
	return u, putJSON(users, itob(id), u)
}

// GetUser returns one user.
func (db *DB) GetUser(id uint64) (User, error) {
	var u User
	err := db.view(func(tx *bolt.Tx) error {
		return getJSON(tx.Bucket(bucketUsers), itob(id), &u)
	})
	if err != nil {
		return u, fmt.Errorf("user %d: %w", id, err)
	}
	return u, nil
}

// GetUserByEmail returns the user with that email (any case).
func (db *DB) GetUserByEmail(email string) (User, error) {
	var u User
	err := db.view(func(tx *bolt.Tx) error {
		id := tx.Bucket(bucketUsersByEmail).Get([]byte(NormalizeEmail(email)))
		if id == nil {
			return ErrNotFound
		}
		return getJSON(tx.Bucket(bucketUsers), id, &u)
	})
	return u, err
}

// ListUsers returns every user in id order. Teams are small (≤ a few hundred), so the
// whole list is one page.
func (db *DB) ListUsers() ([]User, error) {
	var list []User
	err := db.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketUsers).ForEach(func(_, v []byte) error {
			var u User
			if err := decodeInto(v, &u); err != nil {
				return err
			}
			list = append(list, u)
			return nil
		})
	})
	return list, err
}

// UserExists reports whether an active or deactivated user has that id.
func (db *DB) UserExists(id uint64) bool {
	found := false
	db.view(func(tx *bolt.Tx) error {
		found = tx.Bucket(bucketUsers).Get(itob(id)) != nil
		return nil
	})
	return found
}

// UpdateUser applies change to the stored user in one transaction. It keeps the email
// index in step and refuses a change that leaves no active administrator.
func (db *DB) UpdateUser(id uint64, change func(u *User) error) (before, after User, err error) {
	err = db.update(func(tx *bolt.Tx) error {
		users := tx.Bucket(bucketUsers)
		if err := getJSON(users, itob(id), &before); err != nil {
			return fmt.Errorf("user %d: %w", id, err)
		}
		after = before
		if err := change(&after); err != nil {
			return err
		}
		after.ID = before.ID
		after.Email = NormalizeEmail(after.Email)
		if after.Email != before.Email {
			byEmail := tx.Bucket(bucketUsersByEmail)
			if byEmail.Get([]byte(after.Email)) != nil {
				return ErrEmailTaken
			}
			if err := byEmail.Delete([]byte(before.Email)); err != nil {
				return err
			}
			if err := byEmail.Put([]byte(after.Email), itob(id)); err != nil {
				return err
			}
		}
		wasAdmin := before.Active && before.Role == RoleAdmin
		isAdmin := after.Active && after.Role == RoleAdmin
		if wasAdmin && !isAdmin && countActiveAdmins(users) <= 1 {
			return ErrLastAdmin
		}
		after.UpdatedAt = db.now()
		return putJSON(users, itob(id), after)
	})
	return before, after, err
}

// countActiveAdmins counts administrators who can still log in.
func countActiveAdmins(users *bolt.Bucket) int {
	n := 0
	users.ForEach(func(_, v []byte) error {
		var u User
		if decodeInto(v, &u) == nil && u.Active && u.Role == RoleAdmin {
			n++
		}
		return nil
	})
	return n
}
