#!/usr/bin/env bash
# Runs govulncheck when its vulnerability database can be reached. On a machine whose
# network cannot reach it the check is reported as skipped, not passed.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! timeout 5 bash -c 'exec 3<>/dev/tcp/vuln.go.dev/443' 2>/dev/null; then
  echo "govulncheck: SKIPPED — vuln.go.dev is not reachable from this machine"
  exit 0
fi
go run golang.org/x/vuln/cmd/govulncheck@v1.1.4 ./...
