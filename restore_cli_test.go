package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/npsdesk/npsdesk/storage"
)

// damagedCopies makes a real database and returns copies of it cut to 100 bytes, one
// page and half its size, and a file of garbage.
func damagedCopies(t *testing.T) map[string]string {
	t.Helper()
	src := t.TempDir()
	db, err := storage.Open(src, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, email := range []string{"a@example.com", "b@example.com", "c@example.com"} {
		if _, err := db.CreateUser(storage.User{Name: "User", Email: email, Role: storage.RoleManager, Active: true}); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	data, err := os.ReadFile(filepath.Join(src, storage.FileName))
	if err != nil {
		t.Fatal(err)
	}
	page := os.Getpagesize()
	out := map[string]string{}
	dir := t.TempDir()
	for name, content := range map[string][]byte{
		"100 bytes": data[:100],
		"one page":  data[:page],
		"half":      data[:len(data)/2],
		"garbage":   bytes.Repeat([]byte{0xA5, 0x5A, 0x00, 0xFF}, 4*page),
	} {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".db")
		if err := os.WriteFile(path, content, 0o600); err != nil {
			t.Fatal(err)
		}
		out[name] = path
	}
	return out
}

// TestRestoreCommandRefusesDamagedBackup: `npsdesk restore FILE` refuses a cut or
// garbage file with exit 1, says why and that nothing changed, and leaves the data
// folder empty.
func TestRestoreCommandRefusesDamagedBackup(t *testing.T) {
	for name, file := range damagedCopies(t) {
		t.Run(name, func(t *testing.T) {
			data := t.TempDir()
			var stdout, stderr bytes.Buffer
			code := runRestore([]string{file, "--data", data}, &stdout, &stderr)
			if code != 1 {
				t.Fatalf("exit %d, want 1; stderr %q", code, stderr.String())
			}
			msg := stderr.String()
			for _, want := range []string{"restore refused, nothing was changed", file} {
				if !strings.Contains(msg, want) {
					t.Errorf("stderr %q does not say %q", msg, want)
				}
			}
			if !strings.Contains(msg, "cut short") && !strings.Contains(msg, "not a bbolt database") {
				t.Errorf("stderr %q does not say what is wrong with the file", msg)
			}
			if entries, _ := os.ReadDir(data); len(entries) > 0 {
				t.Errorf("the refused restore left %v in the data folder", entries)
			}
			t.Log(strings.TrimSpace(msg))
		})
	}
}

// TestServeRefusesDamagedDatabase: npsdesk started on a data folder whose database is
// cut short exits 1 with a message naming the file and the restore command, instead
// of dying with a Go crash dump.
func TestServeRefusesDamagedDatabase(t *testing.T) {
	for name, file := range damagedCopies(t) {
		t.Run(name, func(t *testing.T) {
			data := t.TempDir()
			content, _ := os.ReadFile(file)
			dbPath := filepath.Join(data, storage.FileName)
			os.WriteFile(dbPath, content, 0o600)
			var stdout, stderr bytes.Buffer
			code := run([]string{"--data", data, "--addr", "127.0.0.1:0"}, &stdout, &stderr)
			if code != 1 {
				t.Fatalf("exit %d, want 1; stderr %q", code, stderr.String())
			}
			msg := stderr.String()
			for _, want := range []string{dbPath, "npsdesk restore FILE"} {
				if !strings.Contains(msg, want) {
					t.Errorf("stderr %q does not mention %q", msg, want)
				}
			}
			if strings.Contains(msg, "goroutine ") {
				t.Errorf("stderr has a crash dump: %q", msg)
			}
		})
	}
}
