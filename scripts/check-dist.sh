#!/usr/bin/env bash
# Fails when the committed frontend/dist is not what the sources build: the binary
# embeds dist, so a stale one would ship an old UI.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd frontend && npm run build --silent >/dev/null)
if ! git diff --quiet -- frontend/dist || [ -n "$(git ls-files --others --exclude-standard frontend/dist)" ]; then
  echo "frontend/dist is stale: run 'make ui' and commit frontend/dist" >&2
  git status --short frontend/dist >&2
  exit 1
fi
echo "frontend/dist matches a fresh build"
