package storage

import (
	"errors"
	"testing"
	"time"
)

// TestWebhookLogKeepsTheLatestFinished: finished deliveries beyond the newest 200 are
// dropped, pending ones always stay, and the worker is woken only by a commit.
func TestWebhookLogKeepsTheLatestFinished(t *testing.T) {
	t.Parallel()
	db := openTest(t)
	if _, err := db.QueueWebhookPing(); !errors.Is(err, ErrNotFound) {
		t.Fatalf("ping without a URL: %v", err)
	}
	if _, err := db.UpdateWebhookSettings(func(s *WebhookSettings) error { s.URL = "http://127.0.0.1:9/"; return nil }, false); err != nil {
		t.Fatal(err)
	}
	select {
	case <-db.WebhookWake():
		t.Fatal("saving the settings woke the worker")
	default:
	}

	// A refused write queues nothing and wakes nobody.
	db.FailWrites(true)
	if _, err := db.QueueWebhookPing(); !errors.Is(err, ErrWriteFailed) {
		t.Fatalf("ping on a failing disk: %v", err)
	}
	db.FailWrites(false)
	select {
	case <-db.WebhookWake():
		t.Fatal("a rolled-back delivery woke the worker")
	default:
	}

	pending, err := db.QueueWebhookPing()
	if err != nil {
		t.Fatal(err)
	}
	<-db.WebhookWake()
	const n = WebhookKeepFinished + 25
	for i := 0; i < n; i++ {
		d, err := db.QueueWebhookPing()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.FinishWebhookAttempt(d.ID, WebhookAttempt{OK: i%2 == 0, StatusCode: 500}); err != nil {
			t.Fatal(err)
		}
	}
	all, err := db.WebhookDeliveries(10 * n)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != WebhookKeepFinished+1 {
		t.Fatalf("%d deliveries kept, want %d finished and the pending one", len(all), WebhookKeepFinished)
	}
	if all[0].ID != pending.ID+n || all[len(all)-1].ID != pending.ID {
		t.Fatalf("kept %d..%d, want the newest finished and the pending %d", all[len(all)-1].ID, all[0].ID, pending.ID)
	}
	due, _, err := db.DueWebhookDeliveries(db.Now().Add(time.Second), 10)
	if err != nil || len(due) != 1 || due[0].ID != pending.ID {
		t.Fatalf("due %+v, %v", due, err)
	}
	// A retry moves it out of the due list until its time.
	retry := db.Now().Add(time.Hour)
	if _, err := db.FinishWebhookAttempt(pending.ID, WebhookAttempt{StatusCode: 503, RetryAt: retry}); err != nil {
		t.Fatal(err)
	}
	due, next, err := db.DueWebhookDeliveries(db.Now(), 10)
	if err != nil || len(due) != 0 || !next.Equal(retry) {
		t.Fatalf("due %+v next %v, %v; want none until %v", due, next, err, retry)
	}
}
