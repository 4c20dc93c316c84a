#!/usr/bin/env bash
# `pnpm lint:compose`: validates docker-compose.yml with `docker compose config` (or the
# older `docker-compose config`). Needs no Docker daemon, only a CLI with compose; where
# there is none it prints a notice and passes, unless COMPOSE_CHECK=required (GitHub's
# runners have compose, so the workflow sets that: the check cannot silently skip there).
set -euo pipefail
cd "$(dirname "$0")/../.."

file=docker-compose.yml
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
else
  if [ "${COMPOSE_CHECK:-}" = required ]; then
    echo "compose check: FAILED, no Docker CLI with compose here (COMPOSE_CHECK=required)" >&2
    exit 1
  fi
  echo "compose check: SKIPPED, no Docker CLI with compose on this machine (neither \`docker compose\` nor \`docker-compose\`); $file is checked on GitHub's runners"
  exit 0
fi
"${compose[@]}" -f "$file" config --quiet
# The scale-out topology (README, "Running more than one instance"): nginx with the repo's config in
# front of 2 API replicas, and a worker of the same image.
resolved=$("${compose[@]}" -f "$file" config)
for want in 'replicas: 2' 'ROLE: api' 'ROLE: worker' 'deploy/nginx.conf:/etc/nginx/nginx.conf:ro' 'image: nginx:' 'image: redis:' 'image: postgres:' 'image: minio/minio:'; do
  if ! grep -qF -- "$want" <<<"$resolved"; then
    echo "compose check: FAILED, $file no longer has \`$want\` (nginx + 2 api replicas + worker + postgres + redis + minio)" >&2
    exit 1
  fi
done
echo "compose check: $file OK ($("${compose[@]}" version --short 2>/dev/null || echo "${compose[*]}"))"
