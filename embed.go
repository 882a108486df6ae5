package main

import (
	"embed"
	"io/fs"
)

// distFiles is the built SPA. It is committed, so `go build` and `go run .` work on a
// machine with no Node; `make ui` rebuilds it.
//
//go:embed all:frontend/dist
var distFiles embed.FS

// spaFS is the SPA's files with the frontend/dist prefix removed.
func spaFS() fs.FS {
	sub, err := fs.Sub(distFiles, "frontend/dist")
	if err != nil {
		panic(err) // the path is a constant: this cannot fail at run time
	}
	return sub
}
