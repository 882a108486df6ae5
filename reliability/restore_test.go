//go:build linux

package reliability

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBackupAndRestoreWithTheBinary is the documented procedure, end to end: download a
// backup from the running server, keep writing, find that `npsdesk restore` refuses while
// the server runs, stop it, restore, start again: the data is the backup's (later
// writes gone), tokens still work, and the replaced database is kept beside it. A file
// that is not a good backup is refused without touching anything, and a backup restores
// into an empty folder (a new machine).
func TestBackupAndRestoreWithTheBinary(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	srv := startServer(t, dir)
	token := srv.setUp(t)
	a := srv.api(token)
	c := openChat(t, a)
	post := func(a *api, text string) uint64 {
		var m struct {
			ID uint64 `json:"id"`
		}
		a.must(t, "POST", "/api/v1/conversations/"+itoa(int(c.ID))+"/messages", map[string]any{"text": text}, &m)
		return m.ID
	}
	kept := post(a, "before the backup")

	backup := filepath.Join(t.TempDir(), "npsdesk-backup.db")
	req, _ := http.NewRequest("GET", srv.url("/api/v1/admin/backup"), nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("backup: %v %v", resp, err)
	}
	f, _ := os.Create(backup)
	n, _ := io.Copy(f, resp.Body)
	resp.Body.Close()
	f.Close()
	t.Logf("backup: %d bytes, %s", n, resp.Header.Get("Content-Disposition"))

	lost := post(a, "after the backup")

	// While the server runs, restore refuses and changes nothing.
	out, errOut, code := runRestore(backup, "--data", dir)
	if code == 0 || !strings.Contains(errOut, "data folder in use") {
		t.Fatalf("restore under a running server: exit %d, %q %q", code, out, errOut)
	}
	if code := srv.stop(); code != 0 {
		t.Fatalf("stop: exit %d", code)
	}

	// A file that is not a backup is refused, and nothing changes.
	garbage := filepath.Join(t.TempDir(), "garbage.db")
	os.WriteFile(garbage, bytes.Repeat([]byte("x"), 1<<16), 0o600)
	if _, errOut, code := runRestore(garbage, "--data", dir); code == 0 || !strings.Contains(errOut, "nothing was changed") {
		t.Fatalf("restore of garbage: exit %d %q", code, errOut)
	}

	// The file may come before or after the flag.
	out, errOut, code = runRestore("--data", dir, backup)
	if code != 0 {
		t.Fatalf("restore: exit %d: %s %s", code, out, errOut)
	}
	t.Logf("restore said: %s", strings.TrimSpace(out))
	previous, _ := filepath.Glob(filepath.Join(dir, "npsdesk.db.bak-*"))
	if len(previous) != 1 {
		t.Fatalf("the replaced database is not kept: %v", previous)
	}

	srv = startServer(t, dir)
	if srv.setupToken != "" {
		t.Fatal("the restored server asks for setup")
	}
	a = srv.api(token) // sessions and the signing key come with the backup
	ids := messageIDs(t, a, c.ID)
	if !ids[kept] || ids[lost] {
		t.Fatalf("after restore: message before the backup present=%v, after it present=%v; want true, false", ids[kept], ids[lost])
	}
	post(a, "after the restore")
	srv.stop()

	// A new machine: restore into an empty folder, nothing to keep.
	fresh := filepath.Join(t.TempDir(), "data")
	if out, errOut, code := runRestore(backup, "--data", fresh); code != 0 || strings.Contains(out, "kept as") {
		t.Fatalf("restore into an empty folder: exit %d %q %q", code, out, errOut)
	}
	srv = startServer(t, fresh)
	if !messageIDs(t, srv.api(token), c.ID)[kept] {
		t.Fatal("the backup's messages are not in the new folder")
	}
}

// runRestore runs `npsdesk restore args…` and returns stdout, stderr and the exit code.
func runRestore(args ...string) (string, string, int) {
	cmd := command(append([]string{"restore"}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Run()
	return stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()
}

// messageIDs lists a conversation's message ids (first 500).
func messageIDs(t *testing.T, a *api, conversation uint64) map[uint64]bool {
	t.Helper()
	var page struct {
		Items []struct {
			ID uint64 `json:"id"`
		} `json:"items"`
	}
	a.must(t, "GET", "/api/v1/conversations/"+itoa(int(conversation))+"/messages?limit=500", nil, &page)
	ids := map[uint64]bool{}
	for _, m := range page.Items {
		ids[m.ID] = true
	}
	return ids
}
