package storage

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// backupTo writes db's backup into a file and returns its path.
func backupTo(t *testing.T, db *DB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "backup.db")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Backup(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBackupVerifiesAndRestoreKeepsThePrevious(t *testing.T) {
	t.Parallel()
	src := openTest(t)
	if _, err := src.CreateUser(User{Name: "Ada", Email: "ada@example.com", Role: RoleAdmin, Active: true}); err != nil {
		t.Fatal(err)
	}
	backup := backupTo(t, src)
	sum, err := VerifyFile(backup)
	if err != nil {
		t.Fatal(err)
	}
	if sum.SchemaVersion != SchemaVersion || sum.Users != 1 {
		t.Fatalf("summary %+v", sum)
	}

	// The target folder has a database of its own, with a different user.
	dir := t.TempDir()
	target, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := target.CreateUser(User{Name: "Old", Email: "old@example.com", Role: RoleAdmin, Active: true}); err != nil {
		t.Fatal(err)
	}
	// While it is open (a server is running), restore refuses and changes nothing.
	if _, err := Restore(backup, dir, time.Now()); !errors.Is(err, ErrInUse) {
		t.Fatalf("restore under a running server: %v, want ErrInUse", err)
	}
	target.Close()

	now := time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	got, err := Restore(backup, dir, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "npsdesk.db.bak-20250304-050607"); got.Previous != want {
		t.Fatalf("previous kept as %q, want %q", got.Previous, want)
	}
	if _, err := os.Stat(backup); err != nil {
		t.Fatalf("the backup file itself must stay: %v", err)
	}
	restored, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := restored.GetUserByEmail("ada@example.com"); err != nil {
		t.Fatalf("restored database lacks the backup's user: %v", err)
	}
	if _, err := restored.GetUserByEmail("old@example.com"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("restored database still has the replaced one's user: %v", err)
	}
	if string(restored.SigningKey()) != string(src.SigningKey()) {
		t.Fatal("the signing key must come with the backup, so its tokens stay valid")
	}
	restored.Close()
	previous, err := VerifyFile(got.Previous)
	if err != nil || previous.Users != 1 {
		t.Fatalf("previous database: %+v %v", previous, err)
	}

	// A second restore in the same second keeps both previous files.
	again, err := Restore(backup, dir, now)
	if err != nil {
		t.Fatal(err)
	}
	if again.Previous == got.Previous || !strings.HasPrefix(again.Previous, got.Previous) {
		t.Fatalf("second previous %q clashes with %q", again.Previous, got.Previous)
	}
}

func TestRestoreRefusesFilesItCannotServe(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	garbage := filepath.Join(t.TempDir(), "garbage.db")
	os.WriteFile(garbage, bytes.Repeat([]byte("not a database "), 1000), 0o600)

	// A bbolt file of another application: no meta bucket.
	foreign := filepath.Join(t.TempDir(), "foreign.db")
	b, err := bolt.Open(foreign, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	b.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("other")); return err })
	b.Close()

	// An npsdesk file from a newer version.
	newer := openTest(t)
	newer.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(metaSchemaVersion, itob(SchemaVersion+1))
	})
	newerFile := backupTo(t, newer)

	// A file cut short, as a download that broke off would be.
	full := backupTo(t, openTest(t))
	data, _ := os.ReadFile(full)
	truncated := filepath.Join(t.TempDir(), "truncated.db")
	os.WriteFile(truncated, data[:len(data)/3], 0o600)

	// A file whose pages were scribbled over (a failing disk): every page after the
	// two meta pages has its first bytes flipped.
	corrupt := append([]byte(nil), data...)
	page := os.Getpagesize()
	for off := 2 * page; off+64 <= len(corrupt); off += page {
		for k := 0; k < 64; k++ {
			corrupt[off+k] ^= 0xA5
		}
	}
	corrupted := filepath.Join(t.TempDir(), "corrupted.db")
	os.WriteFile(corrupted, corrupt, 0o600)

	for name, path := range map[string]string{
		"corrupted": corrupted, "garbage": garbage, "foreign": foreign, "newer": newerFile, "truncated": truncated,
		"missing": filepath.Join(dir, "nope.db"), "folder": t.TempDir(),
	} {
		_, err := Restore(path, dir, time.Now())
		if err == nil {
			t.Errorf("%s: restore accepted it", name)
		}
		t.Logf("%s: %v", name, err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 1 {
		t.Fatalf("refused restores left files behind: %v", entries)
	}
}

func TestBackupIsConsistentWhileWritesGoOn(t *testing.T) {
	t.Parallel()
	db := openTest(t)
	stop := make(chan struct{})
	done := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-stop:
				done <- n
				return
			default:
			}
			if _, err := db.CreateContact(Contact{Name: "c"}); err != nil {
				t.Error(err)
			}
			n++
		}
	}()
	for i := 0; i < 20; i++ {
		if _, err := VerifyFile(backupTo(t, db)); err != nil {
			t.Fatalf("backup %d under writes: %v", i, err)
		}
	}
	close(stop)
	if n := <-done; n == 0 {
		t.Fatal("no write went through while backups ran")
	}
}
