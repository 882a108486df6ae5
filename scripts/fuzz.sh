#!/usr/bin/env bash
# Runs every `go test -fuzz` target of the module for a bounded budget each: FUZZTIME per
# target, a count of executions by default (10000x, the CI setting) or a duration for a
# long session (FUZZTIME=10m). Targets are found with `go test -list`, so a new Fuzz
# function is picked up without editing this script. A failing input is saved under the
# package's testdata/fuzz/ and fails the run; commit it and it becomes a regression test
# of plain `go test`.
#
# The default is a count because Go 1.26's fuzz coordinator can report a spurious
# "context deadline exceeded" failure when a duration runs out while a worker is mid-call
# (go.dev/issue/75804, fixed in Go 1.27); a count has no deadline to race, so CI fails
# only on a real finding.
set -euo pipefail
cd "$(dirname "$0")/.."

fuzztime="${FUZZTIME:-10000x}"
# Minimizing each new interesting input may take a minute by default, during which the
# slower targets (a request through the whole app) run nothing else: keep it short.
minimize="${FUZZMINIMIZETIME:-2s}"
count=0
for pkg in $(go list ./...); do
  targets=$(go test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true)
  for target in $targets; do
    printf '==> %s %s (%s)\n' "$pkg" "$target" "$fuzztime"
    go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime "$minimize" "$pkg"
    count=$((count + 1))
  done
done
if [ "$count" -eq 0 ]; then
  echo "no fuzz targets found" >&2
  exit 1
fi
echo "fuzzed $count targets for $fuzztime each"
