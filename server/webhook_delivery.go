package server

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/npsdesk/npsdesk/storage"
)

// Delivering the webhook: one worker posts what is pending, signed, and retries with
// a growing wait (see webhook.go for the settings and the outbox's guarantees).

const (
	// webhookMaxAttempts and webhookMaxAge are when a delivery gives up.
	webhookMaxAttempts = 12
	webhookMaxAge      = 24 * time.Hour
	// defaultWebhookTimeout bounds one attempt, the receiver's answer included.
	defaultWebhookTimeout = 10 * time.Second
	// webhookBatch is how many due deliveries one look takes.
	webhookBatch = 32
)

// webhookSchedule is the wait after each failed attempt: 10 s, 30 s, 1 min, 5 min,
// 15 min, 1 h, then longer, so twelve attempts span about a day.
var webhookSchedule = []time.Duration{10 * time.Second, 30 * time.Second, time.Minute, 5 * time.Minute,
	15 * time.Minute, time.Hour, 2 * time.Hour, 4 * time.Hour, 6 * time.Hour}

// defaultWebhookBackoff is the wait after the attempt-th failed attempt (from 1).
func defaultWebhookBackoff(attempt int) time.Duration {
	if attempt < 1 {
		attempt = 1
	}
	if attempt > len(webhookSchedule) {
		return webhookSchedule[len(webhookSchedule)-1]
	}
	return webhookSchedule[attempt-1]
}

// signWebhook is the X-Npsdesk-Signature value: sha256=hex(HMAC-SHA256(secret, body)),
// the key being the secret's text as the settings page shows it.
func signWebhook(secret string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// webhookWorker is the single goroutine that posts pending deliveries.
type webhookWorker struct {
	client  *http.Client
	backoff func(attempt int) time.Duration
	ctx     context.Context
	cancel  context.CancelFunc
	done    chan struct{}
	once    sync.Once
}

// startWebhooks starts the delivery worker; it first resumes whatever was pending when
// the server stopped.
func (s *Server) startWebhooks() {
	timeout := s.cfg.WebhookTimeout
	if timeout == 0 {
		timeout = defaultWebhookTimeout
	}
	backoff := s.cfg.WebhookBackoff
	if backoff == nil {
		backoff = defaultWebhookBackoff
	}
	ctx, cancel := context.WithCancel(context.Background())
	w := &webhookWorker{
		client: &http.Client{
			Timeout: timeout,
			// A redirect is the receiver's answer, not a place to post the rating again.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		backoff: backoff, ctx: ctx, cancel: cancel, done: make(chan struct{}),
	}
	s.webhooks = w
	go func() {
		defer close(w.done)
		for {
			next := s.deliverDueWebhooks(w)
			var timer *time.Timer
			var fire <-chan time.Time
			if !next.IsZero() {
				timer = time.NewTimer(max(next.Sub(s.store.Now()), 0))
				fire = timer.C
			}
			select {
			case <-ctx.Done():
				if timer != nil {
					timer.Stop()
				}
				return
			case <-s.store.WebhookWake():
			case <-fire:
			}
			if timer != nil {
				timer.Stop()
			}
		}
	}()
}

// stopWebhooks stops the worker, abandoning an attempt in flight (it stays pending and
// is resumed at the next start), and waits for it. Calling it again is harmless.
func (s *Server) stopWebhooks() {
	if s.webhooks == nil {
		return
	}
	s.webhooks.once.Do(s.webhooks.cancel)
	<-s.webhooks.done
}

// deliverDueWebhooks posts every due delivery and returns when the next pending one is
// due (zero: none pending).
func (s *Server) deliverDueWebhooks(w *webhookWorker) time.Time {
	for w.ctx.Err() == nil {
		due, next, err := s.store.DueWebhookDeliveries(s.store.Now(), webhookBatch)
		if err != nil {
			slog.Error("list due webhook deliveries", "err", err)
			return s.store.Now().Add(time.Minute)
		}
		if len(due) == 0 {
			return next
		}
		for _, d := range due {
			if w.ctx.Err() != nil {
				return time.Time{}
			}
			attempt, ok := s.attemptWebhook(w, d)
			if !ok {
				if w.ctx.Err() != nil {
					return time.Time{} // interrupted by shutdown: still pending, resumed at the next start
				}
				return s.store.Now().Add(time.Minute) // the settings could not be read: look again later
			}
			if _, err := s.store.FinishWebhookAttempt(d.ID, attempt); err != nil {
				slog.Error("record webhook attempt", "delivery", d.ID, "err", err)
				return s.store.Now().Add(time.Minute)
			}
		}
	}
	return time.Time{}
}

// attemptWebhook posts one delivery and judges the outcome; ok is false when the
// attempt was cut short by shutdown (or the settings could not be read) and must not
// count.
func (s *Server) attemptWebhook(w *webhookWorker, d storage.WebhookDelivery) (storage.WebhookAttempt, bool) {
	st, err := s.store.WebhookSettings()
	if err != nil {
		return storage.WebhookAttempt{}, false
	}
	switch {
	case st.URL == "":
		return storage.WebhookAttempt{Error: "no webhook URL is set", GiveUp: true}, true
	case !st.Enabled && d.Event != storage.WebhookEventPing:
		return storage.WebhookAttempt{Error: "the webhook was switched off", GiveUp: true}, true
	}
	code, err := s.postWebhook(w, st, d)
	if w.ctx.Err() != nil {
		return storage.WebhookAttempt{}, false
	}
	a := storage.WebhookAttempt{StatusCode: code}
	if err == nil && code >= 200 && code < 300 {
		a.OK = true
		return a, true
	}
	if err != nil {
		a.Error = err.Error()
	} else {
		a.Error = "the receiver answered " + strconv.Itoa(code)
	}
	now := s.store.Now()
	attempts := d.Attempts + 1
	deadline := d.CreatedAt.Add(webhookMaxAge)
	if attempts >= webhookMaxAttempts || !now.Before(deadline) {
		a.GiveUp = true
		return a, true
	}
	a.RetryAt = now.Add(w.backoff(attempts))
	if a.RetryAt.After(deadline) {
		a.RetryAt = deadline // one last try as the day ends
	}
	return a, true
}

// postWebhook sends the stored body, signed with the current secret.
func (s *Server) postWebhook(w *webhookWorker, st storage.WebhookSettings, d storage.WebhookDelivery) (int, error) {
	req, err := http.NewRequestWithContext(w.ctx, http.MethodPost, st.URL, bytes.NewReader(d.Body))
	if err != nil {
		return 0, err
	}
	id := strconv.FormatUint(d.ID, 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "npsdesk-webhook")
	req.Header.Set("X-Npsdesk-Event", d.Event)
	req.Header.Set("X-Npsdesk-Delivery", id)
	req.Header.Set("X-Npsdesk-Signature", signWebhook(st.Secret, d.Body))
	resp, err := w.client.Do(req)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err // the URL is on the settings page; the cause is what helps
		}
		return 0, fmt.Errorf("post failed: %v", err)
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	return resp.StatusCode, nil
}
