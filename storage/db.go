// Package storage keeps everything npsdesk knows in one bbolt file: users, sessions,
// conversations, ratings, and the counters the dashboard reads.
package storage

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// SchemaVersion is the layout version this code reads and writes. Open migrates older
// files up to it and refuses newer ones.
const SchemaVersion = 1

// FileName is the database file inside the data folder.
const FileName = "npsdesk.db"

// DB is the application's database.
type DB struct {
	bolt       *bolt.DB
	path       string
	signingKey []byte
	// clock is swapped atomically: the survey ticker reads it while a test moves it.
	clock atomic.Pointer[func() time.Time]
	loc   *time.Location
	fault atomic.Pointer[writeFault]
	// commits is the group-committing writer behind batch.
	commits *committer
	// webhookWake is signalled (buffer 1, never blocking) when a transaction that queued
	// a webhook delivery commits: the delivery worker waits on it.
	webhookWake chan struct{}
}

// Options tune Open; the zero value is what the app uses.
type Options struct {
	// LockTimeout is how long Open waits for another process to release the file.
	LockTimeout time.Duration
	// NoSync skips fsync: for throwaway benchmark seeding only, never for the app.
	NoSync bool
	// Location is the time zone days are counted in; nil means the machine's.
	Location *time.Location
}

// Open opens (creating if needed) the database in dir. A second process on the same dir
// gets ErrInUse within the lock timeout instead of hanging.
func Open(dir string, opts Options) (*DB, error) {
	if opts.LockTimeout == 0 {
		opts.LockTimeout = time.Second
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data folder %s: %w", dir, err)
	}
	path := filepath.Join(dir, FileName)
	// bbolt maps the file and trusts its meta pages: a file cut short would be a SIGBUS
	// that kills the process. A zero-length file is one bbolt initialises itself.
	if st, err := os.Stat(path); err == nil && st.Size() > 0 {
		if err := checkFileLength(path); err != nil {
			return nil, damaged(path, err)
		}
	}
	if opts.Location == nil {
		opts.Location = time.Local
	}
	db, err := openBolt(path, opts)
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("%w: %s is open in another npsdesk process", ErrInUse, dir)
	}
	if err != nil {
		return nil, err
	}
	// Group commit: concurrent writers (messages, ratings) share one transaction and
	// one fsync (see committer).
	db.commits = newCommitter(db.bolt, maxGroupCommit)
	return db, nil
}

// openBolt opens the file with bbolt and initialises it. A damaged file the length
// check lets through (pages scribbled over) can make bbolt panic, or fault on the
// mapping, while it reads: both become an error naming the file instead of a crash.
func openBolt(path string, opts Options) (db *DB, err error) {
	var b *bolt.DB
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if b != nil {
				b.Close()
			}
			db, err = nil, damaged(path, fmt.Errorf("bbolt failed reading it: %v", r))
		}
	}()
	b, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: opts.LockTimeout, NoSync: opts.NoSync})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, err
	}
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return nil, fmt.Errorf("open %s: %w", path, err) // permissions, a missing disk: not the file's content
	}
	if err != nil {
		return nil, damaged(path, err)
	}
	db = &DB{bolt: b, path: path, loc: opts.Location, webhookWake: make(chan struct{}, 1)}
	db.SetClock(func() time.Time { return time.Now().UTC() })
	if err := db.init(); err != nil {
		b.Close()
		return nil, err
	}
	return db, nil
}

// damaged explains a database file npsdesk cannot open and what to do about it.
func damaged(path string, err error) error {
	return fmt.Errorf("%w: %s cannot be opened (%v); it may have been cut short or damaged by a bad copy: "+
		"put a good copy back with `npsdesk restore FILE` from a backup (docs/reliability.md, Online backup and restore)",
		ErrDamaged, path, err)
}

// init creates every bucket, checks the schema version and makes the signing key, all in
// one transaction, so a half-initialised file cannot exist.
func (db *DB) init() error {
	return db.bolt.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		meta := tx.Bucket(bucketMeta)
		version := btoi(meta.Get(metaSchemaVersion))
		switch {
		case version == 0:
			if err := meta.Put(metaSchemaVersion, itob(SchemaVersion)); err != nil {
				return err
			}
		case version > SchemaVersion:
			return fmt.Errorf("database schema %d is newer than this npsdesk (%d): upgrade npsdesk", version, SchemaVersion)
		case version < SchemaVersion:
			if err := migrate(tx, version); err != nil {
				return err
			}
		}
		key := meta.Get(metaSigningKey)
		if key == nil {
			key = make([]byte, 32)
			if _, err := rand.Read(key); err != nil {
				return err
			}
			if err := meta.Put(metaSigningKey, key); err != nil {
				return err
			}
		}
		db.signingKey = append([]byte(nil), key...)
		return nil
	})
}

// migrate brings a file written by an older schema up to SchemaVersion. There is only one
// schema so far; each future version adds a step here.
func migrate(tx *bolt.Tx, from uint64) error {
	return tx.Bucket(bucketMeta).Put(metaSchemaVersion, itob(SchemaVersion))
}

// Close closes the database file.
func (db *DB) Close() error {
	db.commits.close()
	return db.bolt.Close()
}

// Path is the database file's path.
func (db *DB) Path() string { return db.path }

// SigningKey is the random key tokens are signed with, made at first start.
func (db *DB) SigningKey() []byte { return db.signingKey }

// SetClock replaces the clock: tests use it to move time forward. It is safe to call
// while other goroutines read the clock.
func (db *DB) SetClock(now func() time.Time) { db.clock.Store(&now) }

// Now is the database's clock, in UTC.
func (db *DB) Now() time.Time { return db.now() }

// now reads the current clock.
func (db *DB) now() time.Time { return (*db.clock.Load())() }
