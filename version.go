package main

import "runtime/debug"

// releaseVersion is set at release time with -ldflags "-X main.releaseVersion=v1.2.3".
var releaseVersion = ""

// version is what /health and the start-up line report: the release stamp when there is
// one, otherwise what the Go toolchain recorded about the build, so a binary built from a
// checkout still says which commit it is.
var version = resolveVersion(releaseVersion, debug.ReadBuildInfo)

// resolveVersion prefers the release stamp, then a module version (go install …@v1.2.3,
// or the pseudo-version go build derives from the checkout), then the VCS revision, and
// says "dev" only when nothing was recorded (go run, go test).
func resolveVersion(release string, readBuildInfo func() (*debug.BuildInfo, bool)) string {
	if release != "" {
		return release
	}
	info, ok := readBuildInfo()
	if !ok {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var revision, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if revision == "" {
		return "dev"
	}
	if len(revision) > 12 {
		revision = revision[:12]
	}
	if modified == "true" {
		revision += "-dirty"
	}
	return "dev+" + revision
}
