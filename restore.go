package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/npsdesk/npsdesk/storage"
)

// runRestore is `npsdesk restore FILE [--data DIR]`: it verifies a backup (made by
// GET /api/v1/admin/backup) and puts it in place as the data folder's database, keeping
// the one it replaces. It refuses while an npsdesk serves that folder.
func runRestore(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("npsdesk restore", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", envOr("NPSDESK_DATA", "./data"), "the data folder to restore into (env NPSDESK_DATA)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: npsdesk restore FILE [--data DIR]\n\n"+
			"Verifies FILE (a backup from Settings or GET /api/v1/admin/backup) and makes it the\n"+
			"database of DIR. The database it replaces is kept as npsdesk.db.bak-<time>.\n"+
			"Stop the npsdesk serving DIR first: restore refuses while it runs.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	// The file may come before or after the flags.
	if err := fs.Parse(args); err != nil {
		return exitCodeOf(err)
	}
	rest := fs.Args()
	if len(rest) > 1 {
		if err := fs.Parse(rest[1:]); err != nil {
			return exitCodeOf(err)
		}
		rest = append(rest[:1], fs.Args()...)
	}
	if len(rest) != 1 {
		fs.Usage()
		return 2
	}
	file := rest[0]

	got, err := storage.Restore(file, *data, time.Now())
	if errors.Is(err, storage.ErrInUse) {
		fmt.Fprintf(stderr, "npsdesk: data folder in use: %s is served by a running npsdesk; stop it, then restore\n", *data)
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "npsdesk: restore refused, nothing was changed: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "verified %s: schema %d, %d users, %d conversations, %d messages, %d bytes\n",
		file, got.SchemaVersion, got.Users, got.Conversations, got.Messages, got.Size)
	fmt.Fprintf(stdout, "restored into %s\n", got.Path)
	if got.Previous != "" {
		fmt.Fprintf(stdout, "the database it replaced is kept as %s\n", got.Previous)
	}
	fmt.Fprintf(stdout, "start npsdesk with --data %s to serve it\n", *data)
	return 0
}

// exitCodeOf maps a flag parsing error to an exit code: 0 for -h, 2 for a bad flag.
func exitCodeOf(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}
