#!/usr/bin/env bash
# Runs every check npsdesk has, on a fresh machine: installs what it needs (npm packages,
# Debian's Chromium for the browser tests), then vet, Go tests with the race detector,
# the frontend's unit tests, the check that frontend/dist is what the sources build, and
# the browser end-to-end tests against the real binary.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

# Build and test with the Go that go.mod's toolchain line names (a patch release with
# the standard library's security fixes), fetched through the module proxy when the
# machine's own Go is older; a machine whose Go defaults to GOTOOLCHAIN=local would
# otherwise test, and govulncheck would judge, a standard library with known holes.
export GOTOOLCHAIN=auto

step "dependencies"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
(cd frontend && npm ci --no-audit --no-fund --loglevel=error)
go mod download
go version

step "gofmt and go vet"
unformatted=$(gofmt -l $(git ls-files '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...

step "govulncheck"
scripts/govulncheck.sh

step "frontend unit tests"
(cd frontend && npm test)

step "frontend/dist is up to date"
scripts/check-dist.sh

step "go test -race"
go test -race -count=1 ./...

step "fuzzing (a bounded number of executions per target)"
scripts/fuzz.sh

step "browser end-to-end tests"
(cd frontend && npm run e2e)
