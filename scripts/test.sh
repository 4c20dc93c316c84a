#!/usr/bin/env bash
# `pnpm test`: every check and test of the project, in the order a failure is cheapest to
# find. Each step is a package script of its own; the GitHub workflow's jobs run the same
# scripts (see README "Run all tests"). At the end (also after a failure) it prints how
# long each step took.
#
#   pnpm test                 all steps
#   pnpm test unit api        only these steps (names from the table below), in this order
#
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth), Redis on 127.0.0.1:6379, nginx, the
# PostgreSQL client tools and a Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
set -uo pipefail
cd "$(dirname "$0")/.."

# name | command | what it checks
STEPS=(
  "rules|pnpm test:rules|architecture rules, GitHub workflows (actionlint), docker-compose.yml"
  "build|pnpm build|Prisma client, packages, API, web"
  "budget|pnpm test:budget|initial JavaScript of each storefront route <= 150 KB gzipped"
  "types|pnpm test:types|type check, tests included"
  "migrations|pnpm test:migrations|migrations reproduce schema.prisma"
  "unit|pnpm test:unit|jest: domain, application, contracts, web components, scripts"
  "api|pnpm test:api|jest: repositories and API e2e against PostgreSQL and Redis"
  "api-embedded|pnpm test:api:embedded|jest: the same API tests on the embedded PostgreSQL (no DATABASE_URL)"
  "e2e|pnpm test:e2e|Playwright journeys in Chromium"
)

selected=("$@")
want() {
  [ ${#selected[@]} -eq 0 ] && return 0
  local s
  for s in "${selected[@]}"; do [ "$s" = "$1" ] && return 0; done
  return 1
}
for s in "${selected[@]}"; do
  printf '%s\n' "${STEPS[@]}" | cut -d'|' -f1 | grep -qx -- "$s" || {
    echo "pnpm test: unknown step '$s' (steps: $(printf '%s\n' "${STEPS[@]}" | cut -d'|' -f1 | xargs))" >&2
    exit 2
  }
done

declare -A result seconds
started=$SECONDS
fmt() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

summary() {
  local status=$? entry name cmd what
  [ ${#result[@]} -eq 0 ] && return
  printf '\n\033[1m== pnpm test: time per step (%s, %s cores, load average %s)\033[0m\n' \
    "$(hostname)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-11s %-8s %7s  %s\n' step result time command
  for entry in "${STEPS[@]}"; do
    IFS='|' read -r name cmd what <<<"$entry"
    want "$name" || continue
    if [ -n "${result[$name]:-}" ]; then
      printf '%-11s %-8s %7s  %s\n' "$name" "${result[$name]}" "$(fmt "${seconds[$name]}")" "$cmd"
    else
      printf '%-11s %-8s %7s  %s\n' "$name" "not run" "-" "$cmd"
    fi
  done
  printf '%-11s %-8s %7s\n' total "$([ "$status" -eq 0 ] && echo passed || echo FAILED)" "$(fmt $((SECONDS - started)))"
}
trap summary EXIT

for entry in "${STEPS[@]}"; do
  IFS='|' read -r name cmd what <<<"$entry"
  want "$name" || continue
  printf '\n\033[1m== %s: %s (%s)\033[0m\n' "$name" "$what" "$cmd"
  t0=$SECONDS
  if $cmd; then
    result[$name]=passed seconds[$name]=$((SECONDS - t0))
  else
    result[$name]=FAILED seconds[$name]=$((SECONDS - t0))
    exit 1
  fi
done
