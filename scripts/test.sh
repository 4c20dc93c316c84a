#!/usr/bin/env bash
# `pnpm test`: every check and test of the project, in the order a failure is cheapest
# to find. Needs PostgreSQL on 127.0.0.1:5432 (trust auth) and /usr/bin/chromium; see README.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "architecture rules (dependency-cruiser)"
pnpm lint:deps

step "build (Prisma client, packages, API, web)"
pnpm build

step "type check (incl. tests)"
pnpm -r --workspace-concurrency=1 typecheck

step "migrations reproduce schema.prisma"
bash scripts/check-migrations.sh

step "unit, integration and API e2e tests (jest)"
pnpm exec jest --ci ${JEST_ARGS:-}

step "API tests again, on the embedded PostgreSQL (the default without DATABASE_URL)"
TEST_DATABASE=embedded pnpm exec jest --ci --selectProjects=api ${JEST_ARGS:-}

step "browser journeys (Playwright in Chromium)"
pnpm --filter @devgear/web e2e
