package storage

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Webhook events and delivery statuses.
const (
	// WebhookEventRating is sent when a customer's NPS rating is recorded.
	WebhookEventRating = "nps_rating_added"
	// WebhookEventPing is the test delivery an administrator asks for.
	WebhookEventPing = "ping"

	// WebhookPending: the delivery waits for its next attempt.
	WebhookPending = "pending"
	// WebhookDelivered: the receiver answered 2xx.
	WebhookDelivered = "delivered"
	// WebhookFailed: the delivery gave up (too many attempts, too old, or switched off).
	WebhookFailed = "failed"

	// WebhookKeepFinished is how many delivered or failed deliveries the log keeps.
	WebhookKeepFinished = 200
)

// settingsWebhook is the key of the webhook settings in bucketSettings.
var settingsWebhook = []byte("webhook")

// WebhookSettings is the outgoing webhook: where "New NPS rating" is posted and the
// secret its body is signed with.
type WebhookSettings struct {
	URL     string `json:"url"`
	Enabled bool   `json:"enabled"`
	// Secret is 32 random bytes, hex; made on the first save.
	Secret    string    `json:"secret"`
	UpdatedAt time.Time `json:"updated_at,omitzero"`
}

// WebhookDelivery is one entry of the outbox: the body to post, built when the event
// happened, and how its delivery went.
type WebhookDelivery struct {
	ID             uint64     `json:"id"`
	Event          string     `json:"event"`
	Status         string     `json:"status"`
	Attempts       int        `json:"attempts"`
	LastStatusCode int        `json:"last_status_code,omitempty"`
	LastError      string     `json:"last_error,omitempty"`
	CreatedAt      time.Time  `json:"created_at"`
	DeliveredAt    *time.Time `json:"delivered_at,omitempty"`
	// NextAttemptAt is when a pending delivery is due (zero once finished).
	NextAttemptAt time.Time `json:"next_attempt_at,omitzero"`
	// Body is the exact JSON posted (and signed).
	Body json.RawMessage `json:"body"`
}

// WebhookAttempt is the outcome of one attempt, as the delivery worker reports it.
type WebhookAttempt struct {
	// OK: the receiver answered 2xx.
	OK         bool
	StatusCode int
	Error      string
	// RetryAt is when to try again if the delivery has not given up; zero gives up.
	RetryAt time.Time
	// GiveUp marks the delivery failed whatever RetryAt says.
	GiveUp bool
}

func getWebhookSettings(tx *bolt.Tx) (WebhookSettings, error) {
	var s WebhookSettings
	err := getJSON(tx.Bucket(bucketSettings), settingsWebhook, &s)
	if errors.Is(err, ErrNotFound) {
		return s, nil
	}
	return s, err
}

// WebhookSettings returns the webhook's settings (empty before the first save).
func (db *DB) WebhookSettings() (WebhookSettings, error) {
	var s WebhookSettings
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		s, err = getWebhookSettings(tx)
		return err
	})
	return s, err
}

// newWebhookSecret is 32 random bytes, hex.
func newWebhookSecret() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// UpdateWebhookSettings saves the URL and the switch (checked by the caller), making
// the secret on the first save; rotate makes a new secret. An error change returns
// (a ValidationError) refuses the save.
func (db *DB) UpdateWebhookSettings(change func(s *WebhookSettings) error, rotate bool) (WebhookSettings, error) {
	var s WebhookSettings
	err := db.update(func(tx *bolt.Tx) error {
		var err error
		if s, err = getWebhookSettings(tx); err != nil {
			return err
		}
		if change != nil {
			if err := change(&s); err != nil {
				return err
			}
		}
		if s.Secret == "" || rotate {
			if s.Secret, err = newWebhookSecret(); err != nil {
				return err
			}
		}
		s.UpdatedAt = db.now()
		return putJSON(tx.Bucket(bucketSettings), settingsWebhook, s)
	})
	return s, err
}

// WebhookWake is signalled after a transaction that queued a delivery commits.
func (db *DB) WebhookWake() <-chan struct{} { return db.webhookWake }

// wakeWebhooks signals the delivery worker without ever blocking.
func (db *DB) wakeWebhooks() {
	select {
	case db.webhookWake <- struct{}{}:
	default: // already signalled: the worker will look at everything due
	}
}

// webhookEnvelope is the JSON body every delivery posts.
type webhookEnvelope struct {
	ID        string    `json:"id"`
	Event     string    `json:"event"`
	CreatedAt time.Time `json:"created_at"`
	Data      any       `json:"data"`
}

// queueWebhook writes a pending delivery in the caller's transaction, so it commits or
// rolls back with the change it reports; the worker is woken only after the commit.
// data builds the payload's "data" member. When the webhook is off, nothing is queued
// unless force (the test delivery).
func (db *DB) queueWebhook(tx *bolt.Tx, event string, now time.Time, force bool, data any) (WebhookDelivery, bool, error) {
	settings, err := getWebhookSettings(tx)
	if err != nil {
		return WebhookDelivery{}, false, err
	}
	if settings.URL == "" || (!settings.Enabled && !force) {
		return WebhookDelivery{}, false, nil
	}
	b := tx.Bucket(bucketWebhookDeliveries)
	id, err := b.NextSequence()
	if err != nil {
		return WebhookDelivery{}, false, err
	}
	body, err := json.Marshal(webhookEnvelope{ID: strconv.FormatUint(id, 10), Event: event, CreatedAt: now, Data: data})
	if err != nil {
		return WebhookDelivery{}, false, err
	}
	d := WebhookDelivery{ID: id, Event: event, Status: WebhookPending, CreatedAt: now, NextAttemptAt: now, Body: body}
	if err := putJSON(b, itob(id), d); err != nil {
		return d, false, err
	}
	if err := tx.Bucket(bucketWebhookDue).Put(webhookDueKey(d), nil); err != nil {
		return d, false, err
	}
	tx.OnCommit(db.wakeWebhooks)
	return d, true, nil
}

func webhookDueKey(d WebhookDelivery) []byte {
	return compositeKey(uint64(d.NextAttemptAt.UnixNano()), d.ID)
}

// webhookContact and webhookRating are the rating as the webhook posts it.
type webhookContact struct {
	ID   uint64 `json:"id"`
	Name string `json:"name"`
}

type webhookRating struct {
	ID             uint64         `json:"id"`
	Score          int            `json:"score"`
	SurveyID       uint64         `json:"survey_id"`
	ConversationID uint64         `json:"conversation_id"`
	Contact        webhookContact `json:"contact"`
	UserID         uint64         `json:"user_id"`
	CreatedAt      time.Time      `json:"created_at"`
}

// queueRatingWebhook queues "nps_rating_added" for a rating just stored in tx.
func (db *DB) queueRatingWebhook(tx *bolt.Tx, r Rating, contact Contact) error {
	data := map[string]any{"rating": webhookRating{ID: r.ID, Score: r.Score, SurveyID: r.SurveyID,
		ConversationID: r.ConversationID, Contact: webhookContact{ID: r.ContactID, Name: contact.Name},
		UserID: r.UserID, CreatedAt: r.CreatedAt}}
	_, _, err := db.queueWebhook(tx, WebhookEventRating, r.CreatedAt, false, data)
	return err
}

// QueueWebhookPing queues the test delivery, whether or not the webhook is switched
// on; ErrNotFound when no URL is saved.
func (db *DB) QueueWebhookPing() (WebhookDelivery, error) {
	var d WebhookDelivery
	err := db.update(func(tx *bolt.Tx) error {
		var ok bool
		var err error
		d, ok, err = db.queueWebhook(tx, WebhookEventPing, db.now(), true, map[string]any{})
		if err == nil && !ok {
			return ErrNotFound
		}
		return err
	})
	return d, err
}

// WebhookDeliveries returns up to limit deliveries, newest first.
func (db *DB) WebhookDeliveries(limit int) ([]WebhookDelivery, error) {
	out := []WebhookDelivery{}
	err := db.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketWebhookDeliveries).Cursor()
		for k, v := c.Last(); k != nil && len(out) < limit; k, v = c.Prev() {
			var d WebhookDelivery
			if err := decodeInto(v, &d); err != nil {
				return err
			}
			out = append(out, d)
		}
		return nil
	})
	return out, err
}

// DueWebhookDeliveries returns up to limit pending deliveries due at or before now,
// earliest first, and when the next one not yet due is (zero: none pending).
func (db *DB) DueWebhookDeliveries(now time.Time, limit int) (due []WebhookDelivery, next time.Time, err error) {
	err = db.view(func(tx *bolt.Tx) error {
		deliveries := tx.Bucket(bucketWebhookDeliveries)
		c := tx.Bucket(bucketWebhookDue).Cursor()
		until := uint64(now.UnixNano())
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			at := btoi(k[:8])
			if at > until || len(due) >= limit {
				next = time.Unix(0, int64(at)).UTC()
				return nil
			}
			var d WebhookDelivery
			if err := getJSON(deliveries, k[8:], &d); err != nil {
				return err
			}
			due = append(due, d)
		}
		return nil
	})
	return due, next, err
}

// FinishWebhookAttempt records one attempt: delivered, failed for good, or pending
// again until a.RetryAt. Finished deliveries beyond the newest WebhookKeepFinished are
// dropped, so the log stays bounded.
func (db *DB) FinishWebhookAttempt(id uint64, a WebhookAttempt) (WebhookDelivery, error) {
	var d WebhookDelivery
	err := db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketWebhookDeliveries)
		if err := getJSON(b, itob(id), &d); err != nil {
			return err
		}
		if d.Status != WebhookPending {
			return nil
		}
		due := tx.Bucket(bucketWebhookDue)
		if err := due.Delete(webhookDueKey(d)); err != nil {
			return err
		}
		now := db.now()
		d.Attempts++
		d.LastStatusCode, d.LastError = a.StatusCode, a.Error
		switch {
		case a.OK:
			d.Status, d.DeliveredAt, d.NextAttemptAt = WebhookDelivered, &now, time.Time{}
		case a.GiveUp || a.RetryAt.IsZero():
			d.Status, d.NextAttemptAt = WebhookFailed, time.Time{}
		default:
			d.NextAttemptAt = a.RetryAt
			if err := due.Put(webhookDueKey(d), nil); err != nil {
				return err
			}
		}
		if err := putJSON(b, itob(id), d); err != nil {
			return err
		}
		if d.Status == WebhookPending {
			return nil
		}
		return trimWebhookLog(b)
	})
	return d, err
}

// trimWebhookLog deletes the finished deliveries older than the newest
// WebhookKeepFinished; pending ones always stay.
func trimWebhookLog(b *bolt.Bucket) error {
	var drop [][]byte
	finished := 0
	c := b.Cursor()
	for k, v := c.Last(); k != nil; k, v = c.Prev() {
		var d struct {
			Status string `json:"status"`
		}
		if err := decodeInto(v, &d); err != nil {
			return err
		}
		if d.Status == WebhookPending {
			continue
		}
		if finished++; finished > WebhookKeepFinished {
			drop = append(drop, append([]byte(nil), k...))
		}
	}
	for _, k := range drop {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}
