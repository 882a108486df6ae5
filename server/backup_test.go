package server

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/npsdesk/npsdesk/storage"
)

// TestBackupIsAdminOnly: only an administrator downloads the database.
func TestBackupIsAdminOnly(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	_, manager := a.createUser("Max", "max@example.com", "manager")
	a.run([]scenario{
		{name: "anonymous", method: "GET", path: "/api/v1/admin/backup", wantStatus: 401, wantBody: []string{`"unauthorized"`}},
		{name: "manager", method: "GET", path: "/api/v1/admin/backup", token: manager, wantStatus: 403, wantBody: []string{`"admin_only"`}},
	})
}

// TestOnlineBackupUnderWrites downloads backups over the network while managers keep
// posting messages: every copy is a file bbolt's check passes, that npsdesk opens, and
// that holds every message acknowledged before the download began.
func TestOnlineBackupUnderWrites(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	addr := a.listen()
	v := a.startChat("Anna")
	client := &http.Client{}

	var mu sync.Mutex
	var acked []uint64
	stop := make(chan struct{})
	var writers sync.WaitGroup
	for w := 0; w < 4; w++ {
		writers.Add(1)
		go func() {
			defer writers.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				req, _ := http.NewRequest("POST", "http://"+addr+v.teamPath("/messages"), strings.NewReader(`{"text":"message `+itoa(i)+`"}`))
				req.Header.Set("Authorization", "Bearer "+a.adminToken)
				req.Header.Set("Content-Type", "application/json")
				resp, err := client.Do(req)
				if err != nil {
					t.Error(err)
					return
				}
				var m struct{ ID uint64 }
				json.NewDecoder(resp.Body).Decode(&m)
				resp.Body.Close()
				if resp.StatusCode == http.StatusCreated {
					mu.Lock()
					acked = append(acked, m.ID)
					mu.Unlock()
				}
			}
		}()
	}

	const backups = 5
	checked := 0
	for i := 0; i < backups; i++ {
		mu.Lock()
		want := append([]uint64(nil), acked...)
		mu.Unlock()
		path := download(t, client, addr, a.adminToken)
		if _, err := storage.VerifyFile(path); err != nil {
			t.Fatalf("backup %d: %v", i, err)
		}
		got := messageIDs(t, path, v.conversationID)
		for _, id := range want {
			if !got[id] {
				t.Fatalf("backup %d lacks message %d, acknowledged before the download began", i, id)
			}
		}
		checked += len(want)
	}
	close(stop)
	writers.Wait()
	t.Logf("%d backups under load; %d acknowledged messages found in them; %d messages written meanwhile", backups, checked, len(acked))
	if len(acked) == 0 {
		t.Fatal("no write went through while backups ran")
	}
	// The temporary copies are gone from the data folder.
	if leftovers, _ := filepath.Glob(filepath.Join(a.dir, ".backup-*")); len(leftovers) > 0 {
		t.Errorf("backup left files behind: %v", leftovers)
	}
}

var backupName = regexp.MustCompile(`^attachment; filename="npsdesk-\d{4}-\d{2}-\d{2}\.db"$`)

// download fetches GET /admin/backup into a file named npsdesk.db in its own folder (so
// storage.Open can open it) and returns the file's path.
func download(t *testing.T, client *http.Client, addr, token string) string {
	t.Helper()
	req, _ := http.NewRequest("GET", "http://"+addr+"/api/v1/admin/backup", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(resp.Body)
		t.Fatalf("backup: %d %s", resp.StatusCode, body)
	}
	if cd := resp.Header.Get("Content-Disposition"); !backupName.MatchString(cd) {
		t.Errorf("Content-Disposition %q", cd)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/octet-stream" {
		t.Errorf("Content-Type %q", ct)
	}
	path := filepath.Join(t.TempDir(), storage.FileName)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(f, resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if resp.ContentLength >= 0 && n != resp.ContentLength {
		t.Fatalf("got %d bytes of %d", n, resp.ContentLength)
	}
	return path
}

// messageIDs opens a backup as npsdesk would and lists a conversation's message ids.
func messageIDs(t *testing.T, path string, conversationID uint64) map[uint64]bool {
	t.Helper()
	db, err := storage.Open(filepath.Dir(path), storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ids := map[uint64]bool{}
	var cursor uint64
	for {
		page, next, err := db.ListMessages(conversationID, cursor, 500, true)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range page {
			ids[m.ID] = true
		}
		if next == 0 {
			return ids
		}
		cursor = next
	}
}
