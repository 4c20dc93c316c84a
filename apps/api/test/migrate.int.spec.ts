import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { localMigrations, migrateDatabase, repoRoot } from '../src/platform/database/migrate';
import { sql } from './support/child-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * The start-up migration runner against real PostgreSQL: the schema and the history it writes are
 * the Prisma CLI's own (the CLI reads them back as up to date), concurrent starts apply each
 * migration once, and a failing migration leaves nothing half done.
 */
const databases: TestDatabase[] = [];
const dirs: string[] = [];
const fresh = async (label: string) => {
  const db = await createTestDatabase(label);
  databases.push(db);
  return db;
};
afterAll(async () => {
  for (const db of databases) await db.drop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const prismaCli = (args: string[], databaseUrl: string) =>
  spawnSync(process.execPath, [require.resolve('prisma/build/index.js', { paths: [repoRoot] }), ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });

/** Everything a migration can create, read from the catalogs (works on any PostgreSQL version, unlike pg_dump). */
async function schemaOf(url: string): Promise<string[]> {
  const queries = [
    `SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '') || ' ' || is_nullable || ' ' || coalesce(column_default, '')
       FROM information_schema.columns WHERE table_schema = 'public'`,
    `SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'`,
    `SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
    `SELECT 'function ' || pg_get_functiondef(p.oid) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prokind = 'f'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
    `SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal`,
    `SELECT 'type ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    `SELECT 'extension ' || extname FROM pg_extension`,
  ];
  const lines: string[] = [];
  for (const q of queries) for (const row of await sql<Record<string, string>>(url, q)) lines.push(Object.values(row)[0]);
  return lines.sort();
}

const history = (url: string) =>
  sql<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
    url,
    `SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
  );

it('three instances starting at once apply every migration exactly once, in a schema identical to the Prisma CLI\'s, which reads the history as up to date', async () => {
  const ours = await fresh('migrate_ours');
  const results = await Promise.all([migrateDatabase(ours.url), migrateDatabase(ours.url), migrateDatabase(ours.url)]);
  const all = localMigrations();
  expect(results.flatMap((r) => r.applied).sort()).toEqual(all);

  const rows = await history(ours.url);
  expect(rows.map((r) => r.migration_name)).toEqual(all);
  for (const row of rows) {
    const file = readFileSync(path.join(repoRoot, 'prisma', 'migrations', row.migration_name, 'migration.sql'));
    expect(row.checksum).toBe(createHash('sha256').update(file).digest('hex'));
    expect(row.finished_at).not.toBeNull();
    expect(row.applied_steps_count).toBe(1);
  }

  const status = prismaCli(['migrate', 'status'], ours.url);
  expect(`${status.stdout}${status.stderr}`).toContain('Database schema is up to date!');
  expect(status.status).toBe(0);
  const deploy = prismaCli(['migrate', 'deploy'], ours.url);
  expect(`${deploy.stdout}${deploy.stderr}`).toContain('No pending migrations to apply.');

  const theirs = await fresh('migrate_cli');
  const cli = prismaCli(['migrate', 'deploy'], theirs.url);
  expect(cli.status).toBe(0);
  const [a, b] = [await schemaOf(ours.url), await schemaOf(theirs.url)];
  expect(a.length).toBeGreaterThan(100);
  expect(a).toEqual(b);
}, 300_000); // three Prisma CLI runs (12 s each here, the CLI's own lock timer), several times that on a loaded CI machine (58-60 s in our CI)

it('a restart with nothing pending returns at once, without waiting for the migration lock', async () => {
  const db = await fresh('migrate_restart');
  await migrateDatabase(db.url);
  const holder = new Client({ connectionString: db.url });
  await holder.connect();
  try {
    await holder.query('SELECT pg_advisory_lock(72707369)'); // an operator's `prisma migrate deploy` in progress
    const started = Date.now();
    await expect(migrateDatabase(db.url)).resolves.toEqual({ applied: [] });
    expect(Date.now() - started).toBeLessThan(5_000);
  } finally {
    await holder.end();
  }
});

it('a failing migration is rolled back whole and says which one failed; fixed, the next start applies it', async () => {
  const db = await fresh('migrate_broken');
  const dir = mkdtempSync(path.join(tmpdir(), 'devgear-migrations-'));
  dirs.push(dir);
  cpSync(path.join(repoRoot, 'prisma', 'migrations'), dir, { recursive: true });
  const broken = '29991231000000_broken';
  mkdirSync(path.join(dir, broken));
  writeFileSync(path.join(dir, broken, 'migration.sql'), 'CREATE TABLE "half_done" ("id" INTEGER);\nSELECT 1 / 0;\n');

  await expect(migrateDatabase(db.url, { migrationsDir: dir })).rejects.toThrow(
    /Database migration 29991231000000_broken failed and was rolled back .*division by zero/,
  );
  const [{ t }] = await sql<{ t: string | null }>(db.url, `SELECT to_regclass('public.half_done')::text AS t`);
  expect(t).toBeNull();
  const names = (await history(db.url)).map((r) => r.migration_name);
  expect(names).toEqual(localMigrations()); // the good ones before it stay applied, the broken one is not recorded

  writeFileSync(path.join(dir, broken, 'migration.sql'), 'CREATE TABLE "half_done" ("id" INTEGER);\n');
  await expect(migrateDatabase(db.url, { migrationsDir: dir })).resolves.toEqual({ applied: [broken] });
});

it('refuses to go on over a migration the Prisma CLI left failed, naming it and the command that resolves it', async () => {
  const db = await fresh('migrate_failed_row');
  const dir = mkdtempSync(path.join(tmpdir(), 'devgear-migrations-'));
  dirs.push(dir);
  const [first, second] = localMigrations();
  for (const name of [first, second]) cpSync(path.join(repoRoot, 'prisma', 'migrations', name), path.join(dir, name), { recursive: true });
  rmSync(path.join(dir, second), { recursive: true });
  await migrateDatabase(db.url, { migrationsDir: dir });
  await sql(db.url, `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, applied_steps_count) VALUES (gen_random_uuid()::text, 'x', $1, 'error', 0)`, [second]);
  cpSync(path.join(repoRoot, 'prisma', 'migrations', second), path.join(dir, second), { recursive: true });
  await expect(migrateDatabase(db.url, { migrationsDir: dir })).rejects.toThrow(
    new RegExp(`migration ${second} failed in an earlier run .*prisma migrate resolve --rolled-back ${second}`),
  );
});
