#!/usr/bin/env node
// Writes the next migration as a schema-to-schema diff:
//   prisma/.migrated-schema.prisma (what the migrations so far produce) -> prisma/schema.prisma
// into prisma/migrations/<UTC timestamp>_<name>/migration.sql, then records schema.prisma
// as the new base. (`prisma migrate dev` is not usable with the JS engine; see README.)
// Usage: pnpm db:new-migration add_reviews
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: pnpm db:new-migration <name>   (lower-case letters, digits and underscores)');
  process.exit(2);
}
const base = path.join(root, 'prisma/.migrated-schema.prisma');
const schema = path.join(root, 'prisma/schema.prisma');
if (!existsSync(base)) {
  console.error('prisma/.migrated-schema.prisma is missing; it must hold the schema the existing migrations produce.');
  process.exit(1);
}
const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' };
const sql = execFileSync(
  'pnpm',
  ['exec', 'prisma', 'migrate', 'diff', '--from-schema-datamodel', base, '--to-schema-datamodel', schema, '--script'],
  { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
if (!sql.trim() || /^-- This is an empty migration\.?\s*$/m.test(sql.trim())) {
  console.log('schema.prisma has no changes since the last migration: nothing written.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
const dir = path.join(root, 'prisma/migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
copyFileSync(schema, base);
console.log(`wrote ${path.relative(root, dir)}/migration.sql; review it, then commit it with prisma/schema.prisma and prisma/.migrated-schema.prisma`);
