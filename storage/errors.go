package storage

import (
	"errors"
	"sort"
	"strings"
)

// Sentinel errors returned (wrapped with %w) by the storage layer. The server maps each
// of them to one HTTP status in one place.
var (
	// ErrNotFound means the record does not exist (or is not the caller's).
	ErrNotFound = errors.New("not found")
	// ErrConflict means the write contradicts what is stored (a duplicate, a state clash).
	ErrConflict = errors.New("conflict")
	// ErrInUse means another process holds the database file open.
	ErrInUse = errors.New("data folder in use")
	// ErrDamaged means the database file is cut short or damaged and cannot be opened.
	ErrDamaged = errors.New("database file damaged")
	// ErrAlreadySetUp means the first administrator exists already.
	ErrAlreadySetUp = errors.New("already set up")
	// ErrEmailTaken means another user has that email address.
	ErrEmailTaken = errors.New("email taken")
	// ErrLastAdmin means the change would leave the team with no active administrator.
	ErrLastAdmin = errors.New("last active administrator")
	// ErrWriteFailed means the disk refused a write; nothing of it was kept.
	ErrWriteFailed = errors.New("write failed")
)

// ValidationError reports fields whose values the stored data refuses (a card's contact
// that does not exist, say). The server answers it with 422 and the fields.
type ValidationError struct {
	Fields map[string]string
}

// Error lists the fields in a stable order.
func (e *ValidationError) Error() string {
	names := make([]string, 0, len(e.Fields))
	for name := range e.Fields {
		names = append(names, name)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, name := range names {
		parts[i] = name + ": " + e.Fields[name]
	}
	return "invalid " + strings.Join(parts, "; ")
}

// invalidField builds a ValidationError about one field.
func invalidField(name, why string) error {
	return &ValidationError{Fields: map[string]string{name: why}}
}
