#!/usr/bin/env node
// Checks that each module of apps/api touches only its own tables (scripts/ci/table-owners.mjs):
// every raw SQL statement (INSERT INTO / UPDATE / DELETE FROM write; FROM / JOIN read) and every
// Prisma model call (tx.order.update(...) writes, prisma.order.findMany(...) reads) in a module's
// source is matched to a table of prisma/schema.prisma. Run by `pnpm lint:deps`.
// Usage: node scripts/check-table-owners.mjs [--root DIR]   (DIR holds prisma/ and apps/api/src/modules/)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SHARED_TABLES, TABLE_OWNERS } from './table-owners.mjs';

const WRITES = new Set(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert', 'delete', 'deleteMany']);
const READS = new Set(['findMany', 'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'count', 'aggregate', 'groupBy']);

/** Prisma delegate name (lower camel model name) -> table, and every table name. */
export function schemaTables(schema) {
  const delegates = new Map();
  const tables = new Set();
  for (const m of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const table = /@@map\("([^"]+)"\)/.exec(m[2])?.[1] ?? m[1];
    delegates.set(m[1][0].toLowerCase() + m[1].slice(1), table);
    tables.add(table);
  }
  return { delegates, tables };
}

/** The source without comments (prose mentions tables), newlines kept so line numbers stay true. */
const stripComments = (src) => src.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, '')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** The tables a source file writes and reads: [{ table, write, line }]. */
export function tableUses(source, { delegates, tables }) {
  const src = stripComments(source);
  const lineOf = (index) => src.slice(0, index).split('\n').length;
  const uses = [];
  for (const m of src.matchAll(/\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM|FROM|JOIN)\s+"?([a-z_][a-z0-9_]*)"?/g)) {
    if (!tables.has(m[2])) continue; // a CTE, a function (unnest), or prose
    uses.push({ table: m[2], write: !/^(FROM|JOIN)$/.test(m[1]), line: lineOf(m.index) });
  }
  for (const m of src.matchAll(/\.(\w+)\s*\.\s*(\w+)\s*\(/g)) {
    const table = delegates.get(m[1]);
    if (!table || !(WRITES.has(m[2]) || READS.has(m[2]))) continue;
    uses.push({ table, write: WRITES.has(m[2]), line: lineOf(m.index) });
  }
  return uses;
}

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) ? [full] : [];
  });
}

/** Every use of a table by a module that does not own it (and may not read it): human-readable lines. */
export function tableOwnerProblems(root, owners = TABLE_OWNERS, shared = SHARED_TABLES) {
  const schema = schemaTables(readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8'));
  const modulesDir = path.join(root, 'apps/api/src/modules');
  const ownerOf = new Map();
  const problems = [];
  for (const [module, { owns }] of Object.entries(owners)) {
    for (const table of owns) {
      if (ownerOf.has(table)) problems.push(`${table} is owned by both ${ownerOf.get(table)} and ${module}`);
      ownerOf.set(table, module);
    }
  }
  for (const table of schema.tables) if (!ownerOf.has(table) && !(table in shared)) problems.push(`${table} has no owner in scripts/ci/table-owners.mjs`);
  for (const module of readdirSync(modulesDir).filter((m) => statSync(path.join(modulesDir, m)).isDirectory())) {
    const rules = owners[module];
    if (!rules) {
      problems.push(`apps/api/src/modules/${module} is not in scripts/ci/table-owners.mjs`);
      continue;
    }
    for (const file of sourceFiles(path.join(modulesDir, module))) {
      for (const use of tableUses(readFileSync(file, 'utf8'), schema)) {
        if (rules.owns.includes(use.table) || use.table in shared) continue;
        if (!use.write && rules.reads?.includes(use.table)) continue;
        const owner = ownerOf.get(use.table) ?? 'nobody';
        problems.push(`${path.relative(root, file)}:${use.line} ${use.write ? 'writes' : 'reads'} ${use.table}, a table of ${owner}: go through ${owner}'s ports`);
      }
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--root');
  const root = i > 0 ? path.resolve(process.argv[i + 1]) : path.resolve(import.meta.dirname, '../..');
  const problems = tableOwnerProblems(root);
  if (problems.length) {
    console.error(`table ownership: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`table ownership: every module of apps/api touches only its own tables (${Object.keys(TABLE_OWNERS).length} modules)`);
}
