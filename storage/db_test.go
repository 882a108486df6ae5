package storage

import (
	"errors"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func openTest(t *testing.T) *DB {
	t.Helper()
	db, err := Open(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestOpenTwiceIsRefusedQuickly(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	first, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	start := time.Now()
	_, err = Open(dir, Options{LockTimeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrInUse) {
		t.Fatalf("second open: %v, want ErrInUse", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("second open took %v", d)
	}
}

func TestOpenKeepsSigningKeyAndRefusesNewerSchema(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	key := append([]byte(nil), db.SigningKey()...)
	if len(key) != 32 {
		t.Fatalf("signing key of %d bytes", len(key))
	}
	db.Close()
	db, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if string(db.SigningKey()) != string(key) {
		t.Fatal("the signing key changed across restarts")
	}
	db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(metaSchemaVersion, itob(SchemaVersion+1))
	})
	db.Close()
	if _, err := Open(dir, Options{}); err == nil {
		t.Fatal("a newer schema must be refused")
	}
}

func TestInjectedWriteFailureLeavesNothingHalfWritten(t *testing.T) {
	t.Parallel()
	db := openTest(t)
	db.FailWrites(true)
	_, err := db.CreateUser(User{Name: "A", Email: "a@example.com", Role: RoleAdmin, Active: true})
	if !errors.Is(err, ErrWriteFailed) {
		t.Fatalf("write under fault: %v", err)
	}
	db.FailWrites(false)
	if _, err := db.GetUserByEmail("a@example.com"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a failed write left data: %v", err)
	}
	u, err := db.CreateUser(User{Name: "A", Email: "a@example.com", Role: RoleAdmin, Active: true})
	if err != nil || u.ID != 1 {
		t.Fatalf("write after the fault: %+v %v", u, err)
	}
}

func TestSessionsExpireAndRevoke(t *testing.T) {
	t.Parallel()
	db := openTest(t)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	db.SetClock(func() time.Time { return now })
	u, _ := db.CreateUser(User{Name: "A", Email: "a@example.com", Role: RoleAdmin, Active: true})
	s1, _ := db.CreateSession(u.ID, time.Hour)
	s2, _ := db.CreateSession(u.ID, time.Hour)
	if _, _, err := db.Authenticate(s1.ID); err != nil {
		t.Fatal(err)
	}
	ended, err := db.DeleteUserSessions(u.ID, s2.ID)
	if err != nil || len(ended) != 1 || ended[0] != s1.ID {
		t.Fatalf("ended %v %v", ended, err)
	}
	if _, _, err := db.Authenticate(s1.ID); !errors.Is(err, ErrNotFound) {
		t.Fatal("a revoked session still authenticates")
	}
	now = now.Add(2 * time.Hour)
	if _, _, err := db.Authenticate(s2.ID); !errors.Is(err, ErrNotFound) {
		t.Fatal("an expired session still authenticates")
	}
	if n, _ := db.PruneExpiredSessions(); n != 1 {
		t.Fatalf("pruned %d", n)
	}
}

func TestNotificationsPageAndCountUnread(t *testing.T) {
	t.Parallel()
	db := openTest(t)
	a, _ := db.CreateUser(User{Name: "A", Email: "a@example.com", Role: RoleAdmin, Active: true})
	b, _ := db.CreateUser(User{Name: "B", Email: "b@example.com", Role: RoleManager, Active: true})
	for i := 0; i < 5; i++ {
		for _, u := range []User{a, b} {
			db.update(func(tx *bolt.Tx) error {
				_, err := addNotification(tx, Notification{UserID: u.ID, Type: NotificationNPSCritical, Text: "x"})
				return err
			})
		}
	}
	page1, next, err := db.ListNotifications(a.ID, false, 0, 3)
	if err != nil || len(page1) != 3 || next == 0 {
		t.Fatalf("page 1: %d items next %d err %v", len(page1), next, err)
	}
	page2, next2, _ := db.ListNotifications(a.ID, false, next, 3)
	if len(page2) != 2 || next2 != 0 {
		t.Fatalf("page 2: %d items next %d", len(page2), next2)
	}
	if page1[0].ID < page1[1].ID || page2[0].ID > page1[2].ID {
		t.Fatal("notifications must come newest first")
	}
	for _, n := range append(page1, page2...) {
		if n.UserID != a.ID {
			t.Fatal("another user's notification leaked")
		}
	}
	if err := db.MarkNotificationRead(b.ID, page1[0].ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("B marked A's notification: %v", err)
	}
	db.MarkNotificationRead(a.ID, page1[0].ID)
	db.MarkNotificationRead(a.ID, page1[0].ID)
	if n := db.UnreadNotifications(a.ID); n != 4 {
		t.Fatalf("unread %d, want 4", n)
	}
	unread, _, _ := db.ListNotifications(a.ID, true, 0, 50)
	if len(unread) != 4 {
		t.Fatalf("unread list %d", len(unread))
	}
	db.MarkAllNotificationsRead(a.ID)
	if db.UnreadNotifications(a.ID) != 0 || db.UnreadNotifications(b.ID) != 5 {
		t.Fatal("mark all read counted wrong")
	}
}
