package storage

import (
	"io"

	bolt "go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the whole database to w while the app keeps running:
// one read transaction sees a single committed state, and writers are not blocked by it
// (bbolt readers and the writer work side by side). It returns the bytes written.
//
// A read transaction held open pins the pages it sees and, if the file must grow, makes
// the next writer wait for it to end: callers should write to something fast (a local
// file) rather than straight to a slow network peer.
func (db *DB) Backup(w io.Writer) (int64, error) {
	var n int64
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	return n, err
}
