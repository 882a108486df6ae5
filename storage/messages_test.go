package storage

import (
	"fmt"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// lastTxID is the id of the last committed write transaction: each commit (one fsync)
// adds one.
func lastTxID(t *testing.T, db *DB) int {
	t.Helper()
	var id int
	if err := db.bolt.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil }); err != nil {
		t.Fatal(err)
	}
	return id
}

// TestConcurrentMessagesShareCommits posts 64 messages at once while a commit is in
// progress: they are written in a few group commits, not one fsync each, and every one
// of them is stored.
func TestConcurrentMessagesShareCommits(t *testing.T) {
	db, err := Open(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ch, err := db.CreateChannel("Web", "web")
	if err != nil {
		t.Fatal(err)
	}
	var convs []uint64
	for i := 0; i < 8; i++ {
		started, err := db.StartConversation(ch.PublicKey, Contact{Name: fmt.Sprintf("Customer %d", i)})
		if err != nil {
			t.Fatal(err)
		}
		convs = append(convs, started.Conversation.ID)
	}

	const senders = 64
	before := lastTxID(t, db)
	// A slow write holds the committer, so the senders all queue behind it.
	inside := make(chan struct{})
	slow := make(chan error, 1)
	go func() {
		slow <- db.batch(func(*bolt.Tx) error {
			select {
			case <-inside:
			default:
				close(inside)
			}
			time.Sleep(100 * time.Millisecond)
			return nil
		})
	}()
	<-inside
	var wg sync.WaitGroup
	errs := make(chan error, senders)
	for i := 0; i < senders; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, err := db.PostMessage(NewMessage{ConversationID: convs[i%len(convs)], Author: Ref{Type: RefContact, ID: 1}, Text: fmt.Sprintf("message %d", i)})
			errs <- err
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := <-slow; err != nil {
		t.Fatal(err)
	}
	commits := lastTxID(t, db) - before
	t.Logf("%d messages in %d commits (with the slow one)", senders, commits)
	if commits > 4 {
		t.Fatalf("%d concurrent messages took %d commits: they are not group-committed", senders, commits)
	}
	total := 0
	for _, id := range convs {
		msgs, _, err := db.ListMessages(id, 0, 100, true)
		if err != nil {
			t.Fatal(err)
		}
		total += len(msgs)
	}
	if total != senders {
		t.Fatalf("stored %d of %d messages", total, senders)
	}
}
