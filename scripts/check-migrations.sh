#!/usr/bin/env bash
# Proves that prisma/migrations reproduces prisma/schema.prisma exactly:
#   A = a fresh database with every migration applied (prisma migrate deploy)
#   B = a fresh database with the full diff from empty to schema.prisma applied, plus the
#       hand-written sections of the migrations (after a `-- devgear:manual-sql` line)
# then compares `pg_dump --schema-only` of both (minus Prisma's bookkeeping table).
# Also checks that prisma/.migrated-schema.prisma (the base of the next migration)
# matches schema.prisma, i.e. no schema change is waiting for a migration.
set -euo pipefail
cd "$(dirname "$0")/.."

ADMIN_URL="${CHECK_DB_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
base="${ADMIN_URL%/*}"
suffix="$$_$(date +%s)"
A="devgear_migcheck_a_${suffix}"
B="devgear_migcheck_b_${suffix}"
work="$(mktemp -d)"
cleanup() {
  psql "$ADMIN_URL" -qAt -c "DROP DATABASE IF EXISTS $A WITH (FORCE)" -c "DROP DATABASE IF EXISTS $B WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

psql "$ADMIN_URL" -qAt -c "CREATE DATABASE $A" -c "CREATE DATABASE $B" >/dev/null

echo "migration check: applying prisma/migrations to $A"
DATABASE_URL="$base/$A" pnpm exec prisma migrate deploy >"$work/deploy.log" 2>&1 || { cat "$work/deploy.log"; exit 1; }
DATABASE_URL="$base/$A" pnpm exec prisma migrate status >"$work/status.log" 2>&1 || { cat "$work/status.log"; exit 1; }

echo "migration check: applying the diff empty -> schema.prisma to $B"
DATABASE_URL="$base/$B" pnpm exec prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script >"$work/full.sql" 2>"$work/diff.log" || { cat "$work/diff.log"; exit 1; }
PGOPTIONS="-c client_min_messages=warning" psql "$base/$B" -v ON_ERROR_STOP=1 -q -f "$work/full.sql" >/dev/null
# Objects schema.prisma cannot express (functions, triggers, partial indexes) are written by
# hand after a `-- devgear:manual-sql` line of a migration; B gets them too, in migration order.
for m in prisma/migrations/*/migration.sql; do
  awk 'found { print } /^-- devgear:manual-sql/ { found = 1 }' "$m"
done >"$work/manual.sql"
if [ -s "$work/manual.sql" ]; then
  PGOPTIONS="-c client_min_messages=warning" psql "$base/$B" -v ON_ERROR_STOP=1 -q -f "$work/manual.sql" >/dev/null
fi

dump() { pg_dump --schema-only --no-owner --no-privileges --exclude-table=_prisma_migrations "$1" | grep -v '^--' | grep -v '^SET \|^SELECT pg_catalog\|^\\restrict\|^\\unrestrict' | sed '/^$/d'; }
dump "$base/$A" >"$work/a.sql"
dump "$base/$B" >"$work/b.sql"
if ! diff -u "$work/b.sql" "$work/a.sql" >"$work/dump.diff"; then
  echo "FAIL: prisma/migrations does not reproduce prisma/schema.prisma. Differences (- schema.prisma, + migrations):"
  cat "$work/dump.diff"
  echo "Write the missing migration with: pnpm db:new-migration <name>"
  exit 1
fi

if ! cmp -s prisma/schema.prisma prisma/.migrated-schema.prisma; then
  echo "FAIL: prisma/schema.prisma changed since the last migration was written (prisma/.migrated-schema.prisma)."
  echo "Write the migration with: pnpm db:new-migration <name>"
  exit 1
fi
echo "migration check: OK ($(ls -d prisma/migrations/*/ | wc -l) migrations reproduce schema.prisma; $(grep -c 'CREATE TABLE' "$work/a.sql") tables compared)"
