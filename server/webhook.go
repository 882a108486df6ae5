package server

import (
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
)

// The outgoing webhook: "New NPS rating" posted, signed, to a URL an administrator
// sets in Settings → Integrations.
//
// A rating and its outbox entry are written in one transaction (storage.applyStep), so
// an acknowledged rating never loses its delivery and a rolled-back one never sends.
// One worker goroutine posts what is pending; it is woken after the commit (a channel
// with a buffer of 1) and never sits on a request's path.

const (
	// maxWebhookURL is the longest webhook URL accepted.
	maxWebhookURL = 2000
	// webhookListLimit is how many deliveries Settings → Integrations shows.
	webhookListLimit = 50
)

// webhookEvents are the events the webhook sends (besides the test ping).
var webhookEvents = []string{storage.WebhookEventRating}

// webhookView is GET/PUT /settings/webhook.
type webhookView struct {
	URL     string   `json:"url"`
	Enabled bool     `json:"enabled"`
	Secret  string   `json:"secret"`
	Events  []string `json:"events"`
}

func viewWebhook(st storage.WebhookSettings) webhookView {
	return webhookView{URL: st.URL, Enabled: st.Enabled, Secret: st.Secret, Events: webhookEvents}
}

// webhookDeliveryView is one row of the deliveries log.
type webhookDeliveryView struct {
	ID             uint64     `json:"id"`
	Event          string     `json:"event"`
	Status         string     `json:"status"`
	Attempts       int        `json:"attempts"`
	LastStatusCode int        `json:"last_status_code,omitempty"`
	LastError      string     `json:"last_error,omitempty"`
	CreatedAt      time.Time  `json:"created_at"`
	DeliveredAt    *time.Time `json:"delivered_at,omitempty"`
	NextAttemptAt  *time.Time `json:"next_attempt_at,omitempty"`
}

func viewDelivery(d storage.WebhookDelivery) webhookDeliveryView {
	v := webhookDeliveryView{ID: d.ID, Event: d.Event, Status: d.Status, Attempts: d.Attempts,
		LastStatusCode: d.LastStatusCode, LastError: d.LastError, CreatedAt: d.CreatedAt, DeliveredAt: d.DeliveredAt}
	if d.Status == storage.WebhookPending && !d.NextAttemptAt.IsZero() {
		next := d.NextAttemptAt
		v.NextAttemptAt = &next
	}
	return v
}

// getWebhookSettings answers GET /settings/webhook (admin).
func (s *Server) getWebhookSettings(c *fiber.Ctx) error {
	st, err := s.store.WebhookSettings()
	if err != nil {
		return err
	}
	return c.JSON(viewWebhook(st))
}

type webhookRequest struct {
	URL     *string `json:"url"`
	Enabled *bool   `json:"enabled"`
}

// checkWebhookURL accepts an absolute http(s) URL with a host, at most maxWebhookURL
// characters; empty is allowed (no webhook).
func checkWebhookURL(f fieldErrors, raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	if len(raw) > maxWebhookURL {
		f["url"] = "must be at most " + itoa(maxWebhookURL) + " characters"
		return raw
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		f["url"] = "must be an http:// or https:// address, such as https://example.com/hooks/npsdesk"
	}
	return raw
}

// updateWebhookSettings answers PUT /settings/webhook (admin): the URL and the switch;
// fields left out stay as they are. The first save makes the secret.
func (s *Server) updateWebhookSettings(c *fiber.Ctx) error {
	var req webhookRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	var newURL string
	if req.URL != nil {
		newURL = checkWebhookURL(f, *req.URL)
	}
	if err := f.err(); err != nil {
		return err
	}
	st, err := s.store.UpdateWebhookSettings(func(st *storage.WebhookSettings) error {
		if req.URL != nil {
			st.URL = newURL
		}
		if req.Enabled != nil {
			st.Enabled = *req.Enabled
		}
		if st.Enabled && st.URL == "" {
			return &storage.ValidationError{Fields: map[string]string{"url": "is required to switch the webhook on"}}
		}
		return nil
	}, false)
	if err != nil {
		return err
	}
	return c.JSON(viewWebhook(st))
}

// rotateWebhookSecret answers POST /settings/webhook/rotate-secret (admin): a new
// secret signs every delivery from now on, pending retries included.
func (s *Server) rotateWebhookSecret(c *fiber.Ctx) error {
	st, err := s.store.UpdateWebhookSettings(nil, true)
	if err != nil {
		return err
	}
	slog.Info("webhook secret rotated", "user_id", me(c).user.ID)
	return c.JSON(viewWebhook(st))
}

// testWebhook answers POST /settings/webhook/test (admin): queues a "ping" delivery,
// sent even while the webhook is switched off, so it can be tried before.
func (s *Server) testWebhook(c *fiber.Ctx) error {
	d, err := s.store.QueueWebhookPing()
	if errors.Is(err, storage.ErrNotFound) {
		return errConflict("webhook_not_configured", "save a webhook URL first")
	}
	if err != nil {
		return err
	}
	return c.Status(http.StatusAccepted).JSON(viewDelivery(d))
}

// listWebhookDeliveries answers GET /settings/webhook/deliveries (admin): the latest
// deliveries, newest first.
func (s *Server) listWebhookDeliveries(c *fiber.Ctx) error {
	ds, err := s.store.WebhookDeliveries(webhookListLimit)
	if err != nil {
		return err
	}
	items := make([]webhookDeliveryView, len(ds))
	for i, d := range ds {
		items[i] = viewDelivery(d)
	}
	return c.JSON(fiber.Map{"items": items})
}
