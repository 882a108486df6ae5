#!/usr/bin/env bash
# Runs govulncheck over the whole module, and fails when the code reaches a known
# vulnerability (in a dependency or in the standard library of the Go that builds it).
#
# The database: vuln.go.dev when it can be reached; otherwise the same advisories as
# OSV files from the golang.org/x/vulndb module, fetched through the Go module proxy
# (the newest one it has), which is all a machine behind a proxy-only network can see.
set -euo pipefail
cd "$(dirname "$0")/.."

GOVULNCHECK=golang.org/x/vuln/cmd/govulncheck@v1.9.0

if timeout 5 bash -c 'exec 3<>/dev/tcp/vuln.go.dev/443' 2>/dev/null; then
  echo "govulncheck: database vuln.go.dev"
  exec go run "$GOVULNCHECK" ./...
fi

# Outside the module, so that fetching the database leaves go.mod and go.sum alone.
# One fetch answers where it is and which version it is.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fetched=$(cd "$scratch" && go mod download -json golang.org/x/vulndb@latest)
field() { sed -n "s/^[[:space:]]*\"$1\": \"\(.*\)\",*\$/\1/p" <<<"$fetched"; }
vulndb=$(field Dir)
if [ -z "$vulndb" ] || [ ! -d "$vulndb/data/osv" ]; then
  echo "govulncheck: no vulnerability database: neither vuln.go.dev nor golang.org/x/vulndb through the module proxy" >&2
  exit 1
fi
echo "govulncheck: database golang.org/x/vulndb@$(field Version) ($(ls "$vulndb/data/osv" | wc -l) advisories), $(go env GOVERSION)"
go run "$GOVULNCHECK" -db "file://$vulndb/data/osv" ./...
