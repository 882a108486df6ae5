package storage

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// damagedSource makes a real database in a temp folder with enough data to span many
// pages, closes it, and returns its bytes and its page size.
func damagedSource(t *testing.T) ([]byte, int) {
	t.Helper()
	dir := t.TempDir()
	db, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		if _, err := db.CreateUser(User{Name: "User", Email: "u" + string(rune('a'+i)) + "@example.com", Role: RoleManager, Active: true}); err != nil {
			t.Fatal(err)
		}
	}
	pageSize := db.bolt.Info().PageSize
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 6*pageSize {
		t.Fatalf("source file is only %d bytes", len(data))
	}
	return data, pageSize
}

// TestOpenRefusesDamagedFile puts damaged files in place as a data folder's database:
// Open must answer an error naming the file and the restore command, never panic or
// die with SIGBUS, and leave the file as it was.
func TestOpenRefusesDamagedFile(t *testing.T) {
	t.Parallel()
	data, page := damagedSource(t)
	garbage := make([]byte, 8*page)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range garbage {
		garbage[i] = byte(r.UintN(256))
	}
	cases := map[string][]byte{
		"100 bytes":            data[:100],
		"50 bytes":             data[:50],
		"one page":             data[:page],
		"inside the meta page": data[:page+page/2],
		"two pages":            data[:2*page],
		"half":                 data[:len(data)/2],
		"garbage":              garbage,
		"text":                 bytes.Repeat([]byte("not a database "), 1000),
	}
	for name, content := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			if err := os.WriteFile(path, content, 0o600); err != nil {
				t.Fatal(err)
			}
			db, err := openNoPanic(t, dir)
			if err == nil {
				db.Close()
				t.Fatal("Open accepted the damaged file")
			}
			if !errors.Is(err, ErrDamaged) {
				t.Errorf("error is not ErrDamaged: %v", err)
			}
			for _, want := range []string{path, "npsdesk restore FILE", "backup"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not mention %q", err, want)
				}
			}
			if got, _ := os.ReadFile(path); !bytes.Equal(got, content) {
				t.Errorf("Open changed the damaged file (%d bytes, was %d)", len(got), len(content))
			}
			t.Logf("%v", err)
		})
	}
}

// TestOpenSurvivesScribbledPages: a file of full length whose pages after the meta
// pages were overwritten passes the length check; whatever bbolt makes of it, Open
// answers (an error or a database) instead of crashing the process.
func TestOpenSurvivesScribbledPages(t *testing.T) {
	t.Parallel()
	data, page := damagedSource(t)
	corrupt := append([]byte(nil), data...)
	for off := 2 * page; off+64 <= len(corrupt); off += page {
		for k := range 64 {
			corrupt[off+k] ^= 0xA5
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), corrupt, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := openNoPanic(t, dir)
	if err == nil {
		db.Close()
		t.Log("bbolt opened the scribbled file")
		return
	}
	if !strings.Contains(err.Error(), "npsdesk restore FILE") {
		t.Errorf("error %q does not suggest a restore", err)
	}
	t.Logf("%v", err)
}

// TestOpenInitialisesEmptyFile: a zero-length file (touched, or created by a copy that
// wrote nothing) is a new database, as bbolt treats it.
func TestOpenInitialisesEmptyFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if !db.NeedsSetup() {
		t.Fatal("an empty file should be a new database")
	}
	if err := db.bolt.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// openNoPanic calls Open and turns a panic into a test failure.
func openNoPanic(t *testing.T, dir string) (db *DB, err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("Open panicked: %v", r)
		}
	}()
	return Open(dir, Options{})
}

// TestRestoreReplacesDamagedDatabase: the damaged live file is what a restore is for;
// restoring over it must not map it with bbolt (a SIGBUS), and keeps it aside as it
// keeps any previous database.
func TestRestoreReplacesDamagedDatabase(t *testing.T) {
	t.Parallel()
	good := openTest(t)
	if _, err := good.CreateUser(User{Name: "Ada", Email: "ada@example.com", Role: RoleAdmin, Active: true}); err != nil {
		t.Fatal(err)
	}
	backup := backupTo(t, good)
	data, page := damagedSource(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), data[:page], 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := Restore(backup, dir, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if kept, _ := os.ReadFile(got.Previous); !bytes.Equal(kept, data[:page]) {
		t.Fatalf("the damaged file was not kept as %s", got.Previous)
	}
	db, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.NeedsSetup() {
		t.Fatal("the restored database has no users")
	}
}
