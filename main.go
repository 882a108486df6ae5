// Command npsdesk is a self-hosted tool for measuring and acting on customer loyalty
// inside chats: one binary with the web app, the API and the database.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/npsdesk/npsdesk/server"
	"github.com/npsdesk/npsdesk/storage"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command line, with the environment as defaults.
type options struct {
	addr           string
	data           string
	trustedProxies string
}

func parseOptions(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("npsdesk", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.addr, "addr", envOr("NPSDESK_ADDR", "127.0.0.1:8080"), "host:port to listen on (env NPSDESK_ADDR)")
	fs.StringVar(&o.data, "data", envOr("NPSDESK_DATA", "./data"), "folder that keeps the database (env NPSDESK_DATA)")
	fs.StringVar(&o.trustedProxies, "trusted-proxies", os.Getenv("NPSDESK_TRUSTED_PROXIES"), "comma-separated proxy IPs whose X-Forwarded-For is believed (env NPSDESK_TRUSTED_PROXIES)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "npsdesk %s — NPS in chats, self-hosted\n\nUsage: npsdesk [flags]\n       npsdesk restore FILE [--data DIR]\n\nFlags:\n", version)
		fs.PrintDefaults()
	}
	return o, fs.Parse(args)
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// run is main with its exit code returned, so tests can drive it.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "restore" {
		return runRestore(args[1:], stdout, stderr)
	}
	o, err := parseOptions(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	slog.SetDefault(logger)

	store, err := storage.Open(o.data, storage.Options{})
	if errors.Is(err, storage.ErrInUse) {
		fmt.Fprintf(stderr, "npsdesk: data folder in use: %s is open in another npsdesk process\n", o.data)
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "npsdesk: %v\n", err)
		return 1
	}
	srv, err := server.New(server.Config{Version: version, TrustedProxies: splitList(o.trustedProxies)}, store, spaFS())
	if err != nil {
		store.Close()
		fmt.Fprintf(stderr, "npsdesk: %v\n", err)
		return 1
	}
	// Bind before announcing, so whoever reads the setup line can connect at once.
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		store.Close()
		fmt.Fprintf(stderr, "npsdesk: %v\n", err)
		return 1
	}
	listenErr := make(chan error, 1)
	go func() { listenErr <- srv.Serve(ln) }()

	fmt.Fprintf(stdout, "npsdesk %s listening on http://%s (data in %s)\n", version, ln.Addr(), o.data)
	if token := srv.SetupToken(); token != "" {
		fmt.Fprintf(stdout, "setup token: %s — open http://%s/setup?token=%s to create the first administrator (valid for 1 hour)\n", token, ln.Addr(), token)
	}

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	select {
	case err := <-listenErr:
		store.Close()
		fmt.Fprintf(stderr, "npsdesk: %v\n", err)
		return 1
	case sig := <-stop:
		logger.Info("shutting down", "signal", sig.String())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		logger.Error("shutdown", "err", err)
	}
	if err := store.Close(); err != nil {
		logger.Error("close database", "err", err)
		return 1
	}
	return 0
}

func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
