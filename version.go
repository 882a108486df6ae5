package main

import "runtime/debug"

// releaseVersion is set at release time with -ldflags "-X main.releaseVersion=v1.2.3".
var releaseVersion string

// version is what /health and the start-up line report: the release stamp when there is
// one, otherwise what the Go toolchain recorded about the build, so a binary built from a
// checkout still says which commit it is.
var version = resolveVersion(releaseVersion, debug.ReadBuildInfo)

// resolveVersion prefers the release stamp, then the main module's version: go install
// …@v1.2.3 records the tag, and go build (Go ≥ 1.24, with VCS stamping) records a
// pseudo-version from the checkout's commit, "+dirty" with local changes. It says "dev"
// only when nothing was recorded (go run, go test, -buildvcs=false).
func resolveVersion(release string, readBuildInfo func() (*debug.BuildInfo, bool)) string {
	if release != "" {
		return release
	}
	if info, ok := readBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}
