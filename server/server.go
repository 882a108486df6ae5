// Package server is npsdesk's HTTP and WebSocket API and the server of the embedded SPA.
package server

import (
	"context"
	"io/fs"
	"net"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/server/realtime"
	"github.com/npsdesk/npsdesk/storage"
)

// Config is what the server needs from the command line.
type Config struct {
	// Version is reported by /health.
	Version string
	// TrustedProxies are the proxy addresses whose X-Forwarded-For is believed. Empty:
	// the client's address is the connection's, so a spoofed header changes nothing.
	TrustedProxies []string
	// BodyLimit is the largest request body in bytes (413 above it).
	BodyLimit int
	// SetupTokenTTL is how long the first-start setup token stays valid.
	SetupTokenTTL time.Duration
	// Realtime tunes the WebSocket hub (ping interval, pong wait, queue, frame limit);
	// zero fields take the hub's defaults. Tests shorten the timings.
	Realtime realtime.Config
	// SurveyTick is how often unanswered surveys are expired and pauses ended
	// (default 30 s).
	SurveyTick time.Duration
	// WebhookTimeout bounds one webhook attempt (default 10 s).
	WebhookTimeout time.Duration
	// WebhookBackoff is the wait after a webhook's attempt-th failed attempt (default
	// 10 s, 30 s, 1 min, 5 min, 15 min, 1 h…); tests make it short.
	WebhookBackoff func(attempt int) time.Duration
}

// Server is the npsdesk application.
type Server struct {
	cfg    Config
	app    *fiber.App
	store  *storage.DB
	hub    *realtime.Hub
	tokens *tokens
	setup  *setupToken
	spa    *spaFiles
	limits limits
	// proxies are the trusted proxies, for clientIP.
	proxies proxySet
	ticker  *surveyTicker
	// webhooks is the outgoing webhook's delivery worker.
	webhooks *webhookWorker
}

// New builds the server over an open database and the built SPA files.
func New(cfg Config, store *storage.DB, dist fs.FS) (*Server, error) {
	if cfg.BodyLimit == 0 {
		cfg.BodyLimit = 1 << 20
	}
	if cfg.SetupTokenTTL == 0 {
		cfg.SetupTokenTTL = time.Hour
	}
	spa, err := loadSPA(dist)
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg:     cfg,
		store:   store,
		hub:     realtime.NewHub(cfg.Realtime),
		tokens:  newTokens(store.SigningKey()),
		spa:     spa,
		limits:  newLimits(),
		proxies: newProxySet(cfg.TrustedProxies),
	}
	if store.NeedsSetup() {
		if s.setup, err = newSetupToken(cfg.SetupTokenTTL); err != nil {
			return nil, err
		}
	}
	s.app = fiber.New(fiber.Config{
		AppName:                 "npsdesk",
		ErrorHandler:            errorHandler,
		BodyLimit:               cfg.BodyLimit,
		DisableStartupMessage:   true,
		ReadTimeout:             30 * time.Second,
		WriteTimeout:            30 * time.Second,
		IdleTimeout:             120 * time.Second,
		ReadBufferSize:          8192,
		ProxyHeader:             proxyHeader(cfg.TrustedProxies),
		EnableTrustedProxyCheck: len(cfg.TrustedProxies) > 0,
		TrustedProxies:          cfg.TrustedProxies,
	})
	s.routes()
	if err := store.EnsureNPSBot(defaultBotGraph); err != nil {
		return nil, err
	}
	if cfg.SurveyTick == 0 {
		cfg.SurveyTick = defaultSurveyTick
	}
	s.startSurveyTicker(cfg.SurveyTick)
	s.startWebhooks()
	return s, nil
}

func proxyHeader(trusted []string) string {
	if len(trusted) == 0 {
		return ""
	}
	return fiber.HeaderXForwardedFor
}

// SetupToken is the one-time token that creates the first administrator; empty once
// the team is set up.
func (s *Server) SetupToken() string {
	if s.setup == nil {
		return ""
	}
	return s.setup.value
}

// Handler exposes the app for in-process tests (app.Test).
func (s *Server) App() *fiber.App { return s.app }

// Hub is the realtime hub, for tests and benchmarks that inspect it.
func (s *Server) Hub() *realtime.Hub { return s.hub }

// Serve serves on ln until Shutdown.
func (s *Server) Serve(ln net.Listener) error {
	startHeapTuner()
	return s.app.Listener(ln)
}

// Shutdown stops accepting connections, closes every WebSocket, and waits (up to the
// context's deadline) for in-flight requests to finish.
func (s *Server) Shutdown(ctx context.Context) error {
	s.stopSurveyTicker()
	s.stopWebhooks()
	s.hub.CloseAll()
	deadline, ok := ctx.Deadline()
	if !ok {
		return s.app.Shutdown()
	}
	return s.app.ShutdownWithTimeout(time.Until(deadline))
}
