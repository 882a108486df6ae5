package storage

import (
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// writeFault, when set, makes every write fail before it commits: the disk-full test
// injects it to prove that a refused write leaves nothing half-written.
type writeFault struct{ err error }

var errInjected = errors.New("injected write failure")

// FailWrites makes every following write fail (as a full disk would) until it is called
// with false. It exists for fault-injection tests.
func (db *DB) FailWrites(fail bool) {
	if fail {
		db.fault.Store(&writeFault{err: errInjected})
	} else {
		db.fault.Store(nil)
	}
}

// view runs a read-only transaction.
func (db *DB) view(fn func(tx *bolt.Tx) error) error { return db.bolt.View(fn) }

// update runs a read-write transaction that commits (and fsyncs) on its own.
func (db *DB) update(fn func(tx *bolt.Tx) error) error {
	return db.write(db.bolt.Update, fn)
}

// batch runs fn in a transaction shared with other concurrent callers: one fsync for the
// whole group. fn may run more than once, so it must only touch the transaction.
func (db *DB) batch(fn func(tx *bolt.Tx) error) error {
	return db.write(db.commits.write, fn)
}

// write applies the injected fault (if any) inside the transaction, so a refused write
// rolls back exactly as a real disk error would, and wraps storage-level failures in
// ErrWriteFailed for the server to answer 503.
//
// An error fn returns is the caller's verdict on the data (not found, a conflict, or a
// refusal from a callback the caller passed in, such as a validation error) and comes
// back unchanged; only what fails outside fn — the commit, the disk, the injected
// fault — is a write failure.
func (db *DB) write(run func(func(*bolt.Tx) error) error, fn func(tx *bolt.Tx) error) error {
	var refused error
	err := run(func(tx *bolt.Tx) error {
		if refused = fn(tx); refused != nil {
			return refused
		}
		if f := db.fault.Load(); f != nil {
			return f.err
		}
		return nil
	})
	if err == nil || isDomainError(err) || (refused != nil && err == refused) {
		return err
	}
	return fmt.Errorf("%w: %v", ErrWriteFailed, err)
}

// isDomainError tells a refusal of the request (not found, conflict…) from a failure of
// the disk or the file.
func isDomainError(err error) bool {
	for _, e := range domainErrors {
		if errors.Is(err, e) {
			return true
		}
	}
	var v *ValidationError
	return errors.As(err, &v)
}

var domainErrors = []error{ErrNotFound, ErrConflict, ErrAlreadySetUp, ErrEmailTaken, ErrLastAdmin}
