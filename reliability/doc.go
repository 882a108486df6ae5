// Package reliability holds the tests that run the real npsdesk binary as a separate
// process and try to break it from outside: kill -9 under load, a second instance on
// the same data folder, backup and restore with the command line. It has no code of its
// own; see docs/reliability.md for what each test tries and what it found.
//
//	go test -race ./reliability                  # CI size (10 crashes)
//	NPSDESK_LONG=1 go test ./reliability -v      # full size (50 crashes)
package reliability
