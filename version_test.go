package main

import (
	"runtime/debug"
	"testing"
)

func TestResolveVersion(t *testing.T) {
	build := func(mainVersion string, settings ...debug.BuildSetting) func() (*debug.BuildInfo, bool) {
		return func() (*debug.BuildInfo, bool) {
			return &debug.BuildInfo{Main: debug.Module{Version: mainVersion}, Settings: settings}, true
		}
	}
	noInfo := func() (*debug.BuildInfo, bool) { return nil, false }
	rev := debug.BuildSetting{Key: "vcs.revision", Value: "836c8ac0123456789abcdef"}
	dirty := debug.BuildSetting{Key: "vcs.modified", Value: "true"}

	cases := []struct {
		name    string
		release string
		read    func() (*debug.BuildInfo, bool)
		want    string
	}{
		{"release stamp wins", "v1.4.0", build("v0.0.0-20261203-836c8ac01234", rev), "v1.4.0"},
		{"module version from go install or a tagged build", "", build("v1.3.2"), "v1.3.2"},
		{"pseudo-version from a checkout", "", build("v0.0.0-20261203101500-836c8ac01234+dirty", rev, dirty), "v0.0.0-20261203101500-836c8ac01234+dirty"},
		{"nothing recorded (go run)", "", build("(devel)"), "dev"},
		{"a revision without a module version is not guessed at", "", build("(devel)", rev, dirty), "dev"},
		{"no build info at all", "", noInfo, "dev"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := resolveVersion(tc.release, tc.read); got != tc.want {
				t.Errorf("resolveVersion = %q, want %q", got, tc.want)
			}
		})
	}
}
