package storage

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// FileSummary describes a verified database file.
type FileSummary struct {
	// SchemaVersion is the layout version the file was written with.
	SchemaVersion uint64
	// Size is the file's size in bytes.
	Size int64
	// Users, Conversations and Messages count the records, for a human to recognise the
	// backup they meant.
	Users, Conversations, Messages int
}

// VerifyFile opens a database file read-only and checks that this npsdesk can serve it:
// it is a bbolt file, bbolt's own consistency check finds no problem, and its schema
// version is one this code reads. It never changes the file.
func VerifyFile(path string) (FileSummary, error) {
	var sum FileSummary
	st, err := os.Stat(path)
	if err != nil {
		return sum, err
	}
	if !st.Mode().IsRegular() {
		return sum, fmt.Errorf("%s is not a regular file", path)
	}
	sum.Size = st.Size()
	if err := checkFileLength(path); err != nil {
		return sum, err
	}
	b, err := bolt.Open(path, 0o400, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return sum, fmt.Errorf("%w: %s is open in a running npsdesk", ErrInUse, path)
	}
	if err != nil {
		return sum, fmt.Errorf("%s is not an npsdesk database: %w", path, err)
	}
	defer b.Close()
	err = b.View(func(tx *bolt.Tx) error {
		var problems []string
		for err := range tx.Check() {
			if len(problems) < 10 {
				problems = append(problems, err.Error())
			}
		}
		if len(problems) > 0 {
			return fmt.Errorf("%s fails the consistency check: %s", path, strings.Join(problems, "; "))
		}
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			return fmt.Errorf("%s is a bbolt file but not an npsdesk database (no meta bucket)", path)
		}
		sum.SchemaVersion = btoi(meta.Get(metaSchemaVersion))
		switch {
		case sum.SchemaVersion == 0:
			return fmt.Errorf("%s has no schema version: not an npsdesk database", path)
		case sum.SchemaVersion > SchemaVersion:
			return fmt.Errorf("%s has schema %d, newer than this npsdesk (%d): upgrade npsdesk first", path, sum.SchemaVersion, SchemaVersion)
		}
		sum.Users = keyCount(tx, bucketUsers)
		sum.Conversations = keyCount(tx, bucketConversations)
		sum.Messages = keyCount(tx, bucketMessages)
		return nil
	})
	return sum, err
}

func keyCount(tx *bolt.Tx, name []byte) int {
	if b := tx.Bucket(name); b != nil {
		return b.Stats().KeyN
	}
	return 0
}

// Restored says what Restore did.
type Restored struct {
	FileSummary
	// Path is the database file now in place.
	Path string
	// Previous is where the replaced database was kept; empty when there was none.
	Previous string
}

// Restore verifies the backup file and puts a copy of it in place as the database of
// dir, keeping the database it replaces as npsdesk.db.bak-<UTC timestamp>. The backup
// file itself is left as it is.
//
// It refuses with ErrInUse while a server holds the data folder: it takes the same
// lock a server takes (bbolt's file lock, with a timeout) and keeps it until the new
// file is in place. The new file arrives by one rename, so npsdesk.db is at every
// moment either the old database or the whole new one.
func Restore(backup, dir string, now time.Time) (Restored, error) {
	var out Restored
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return out, fmt.Errorf("create data folder %s: %w", dir, err)
	}
	dbPath := filepath.Join(dir, FileName)
	out.Path = dbPath
	if same(backup, dbPath) {
		return out, fmt.Errorf("%s is the database itself: restore from a backup copy", backup)
	}
	sum, err := VerifyFile(backup)
	if err != nil {
		return out, err
	}
	out.FileSummary = sum

	st, statErr := os.Stat(dbPath)
	existed := statErr == nil
	// The database being replaced may be the damaged file that made restoring
	// necessary: bbolt must not map it (a file cut short is a SIGBUS), so its lock is
	// taken directly.
	var unlock func()
	if existed && st.Size() > 0 && checkFileLength(dbPath) != nil {
		unlock, err = lockDamaged(dbPath, time.Second)
	} else {
		var lock *bolt.DB
		lock, err = bolt.Open(dbPath, 0o600, &bolt.Options{Timeout: time.Second})
		if lock != nil {
			unlock = func() { lock.Close() }
		}
	}
	if errors.Is(err, bolterrors.ErrTimeout) {
		return out, fmt.Errorf("%w: %s is open in a running npsdesk: stop it, then restore", ErrInUse, dir)
	}
	if err != nil {
		return out, fmt.Errorf("open %s: %w", dbPath, err)
	}
	defer unlock()

	// A leftover of an interrupted restore is ours to replace: we hold the lock.
	tmp := filepath.Join(dir, FileName+".restore.tmp")
	os.Remove(tmp)
	if err := copyFile(backup, tmp); err != nil {
		os.Remove(tmp)
		return out, err
	}
	if _, err := VerifyFile(tmp); err != nil {
		os.Remove(tmp)
		return out, fmt.Errorf("the copy in the data folder does not verify: %w", err)
	}
	if existed {
		if out.Previous, err = keepPrevious(dbPath, now); err != nil {
			os.Remove(tmp)
			return out, err
		}
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		os.Remove(tmp)
		return out, fmt.Errorf("put the restored file in place: %w", err)
	}
	return out, syncDir(dir)
}

// keepPrevious keeps the current database under a timestamped name. A hard link keeps
// npsdesk.db in place until the rename that replaces it; where links are not possible
// the file is copied.
func keepPrevious(dbPath string, now time.Time) (string, error) {
	base := dbPath + ".bak-" + now.UTC().Format("20060102-150405")
	bak := base
	for i := 2; exists(bak); i++ {
		bak = fmt.Sprintf("%s-%d", base, i)
	}
	if err := os.Link(dbPath, bak); err == nil {
		return bak, nil
	}
	if err := copyFile(dbPath, bak); err != nil {
		os.Remove(bak)
		return "", fmt.Errorf("keep the previous database: %w", err)
	}
	return bak, nil
}

// copyFile copies src to a new file dst (0600) and syncs it to disk.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("copy %s to %s: %w", src, dst, err)
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// same reports whether two paths name the same file.
func same(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}
