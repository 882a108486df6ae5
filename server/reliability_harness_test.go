package server

import (
	"context"
	"flag"
	"net"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/npsdesk/npsdesk/storage"
)

// longFlag runs the reliability tests at full size (also NPSDESK_LONG=1, which works for
// `go test ./...` where a flag would be refused by packages that do not define it).
var longFlag = flag.Bool("long", false, "run reliability tests at full size (or NPSDESK_LONG=1)")

// longMode reports whether the full-size runs were asked for.
func longMode() bool { return *longFlag || os.Getenv("NPSDESK_LONG") == "1" }

// newConfiguredApp is newTestApp with a server Config and storage Options of the test's
// choosing; the team is set up (one admin).
func newConfiguredApp(t testing.TB, cfg Config, opts storage.Options) *testApp {
	t.Helper()
	dir := t.TempDir()
	store, err := storage.Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if cfg.Version == "" {
		cfg.Version = "test"
	}
	srv, err := New(cfg, store, testSPA)
	if err != nil {
		t.Fatal(err)
	}
	// Registered after the store's Close, so it runs first: the webhook worker stops
	// before the database closes.
	t.Cleanup(srv.stopWebhooks)
	a := &testApp{t: t, srv: srv, store: store, dir: dir}
	var out struct {
		AccessToken string   `json:"access_token"`
		User        userView `json:"user"`
	}
	a.mustJSON("POST", "/api/v1/setup", "", map[string]any{
		"token": srv.SetupToken(), "name": "Ada Admin", "email": "ada@example.com", "password": "correct horse",
	}, http.StatusCreated, &out)
	a.adminToken, a.adminID = out.AccessToken, out.User.ID
	return a
}

// clientFrom is an HTTP client whose connections leave from the loopback address ip
// (127.0.0.2, 127.0.0.3…: all of 127/8 is local on Linux), so a test over the network
// can play several client addresses. app.Test cannot: its fake connection always
// reports 0.0.0.0.
func clientFrom(t testing.TB, ip string) *http.Client {
	t.Helper()
	local := &net.TCPAddr{IP: net.ParseIP(ip)}
	probe, err := net.ListenTCP("tcp", local)
	if err != nil {
		t.Skipf("cannot use %s as a source address on this machine: %v", ip, err)
	}
	probe.Close()
	d := &net.Dialer{LocalAddr: local, Timeout: 3 * time.Second}
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				return d.DialContext(ctx, network, addr)
			},
		},
	}
}
