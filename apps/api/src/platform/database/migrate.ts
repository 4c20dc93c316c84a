import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/** Repository root (holds prisma.config.ts and prisma/migrations), from src/ or dist/. */
export const repoRoot = path.resolve(__dirname, '../../../../..');
const defaultMigrationsDir = path.join(repoRoot, 'prisma', 'migrations');

/**
 * The advisory lock `prisma migrate deploy` takes (the same number the Prisma CLI uses), so an
 * operator's `pnpm db:migrate` and a starting instance never migrate at the same time.
 */
const PRISMA_MIGRATE_LOCK = 72707369;

/** Prisma's bookkeeping table, exactly as the Prisma CLI creates it. */
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export function localMigrations(dir = defaultMigrationsDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort();
}

async function appliedMigrations(client: Client): Promise<Set<string>> {
  const table = await client.query(`SELECT to_regclass('public._prisma_migrations') AS t`);
  if (!table.rows[0]?.t) return new Set();
  const rows = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Set(rows.rows.map((r) => r.migration_name));
}

export interface MigrateOptions {
  /** Where the migrations are (default: the repository's prisma/migrations). */
  migrationsDir?: string;
}

/**
 * Applies pending migrations (prisma/migrations, in name order) the way `prisma migrate deploy`
 * does, and records them in Prisma's `_prisma_migrations` table with Prisma's checksum, so the
 * Prisma CLI (`prisma migrate status`, `pnpm db:migrate`) sees the same history. Two differences,
 * both on purpose:
 * - each migration and its history row commit in one transaction: a crash or a failing statement
 *   leaves nothing of that migration behind (Prisma records a "failed" row that blocks every later
 *   deploy until someone resolves it by hand);
 * - it runs in this process, in about a second: the Prisma 6.19 CLI needs 12 s per run here (its
 *   Wasm schema engine leaves a 10 s advisory-lock timer running after it has finished), which,
 *   three instances starting at once on a loaded machine, made start-ups miss their readiness deadline.
 * Several instances starting at once wait for each other on Prisma's advisory lock; each migration
 * is applied exactly once. When nothing is pending, no lock is taken (fast restarts).
 */
export async function migrateDatabase(databaseUrl: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const dir = options.migrationsDir ?? defaultMigrationsDir;
  const local = localMigrations(dir);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const before = await appliedMigrations(client);
    if (local.every((m) => before.has(m))) return { applied: [] };
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
    try {
      await client.query(MIGRATIONS_TABLE);
      const failed = await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL ORDER BY started_at`,
      );
      if (failed.rows.length > 0) {
        const name = failed.rows[0].migration_name;
        throw new Error(
          `Database migration refused: migration ${name} failed in an earlier run (prisma migrate deploy) and is not resolved. ` +
            `Repair the database, then mark it with \`pnpm exec prisma migrate resolve --rolled-back ${name}\` (or --applied) and start again.`,
        );
      }
      const applied = await appliedMigrations(client); // another instance may have applied some while we waited
      const done: string[] = [];
      for (const name of local.filter((m) => !applied.has(m))) {
        const bytes = readFileSync(path.join(dir, name, 'migration.sql'));
        const checksum = createHash('sha256').update(bytes).digest('hex');
        const startedAt = new Date();
        await client.query('BEGIN');
        try {
          await client.query(bytes.toString('utf8'));
          await client.query(
            `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
            [randomUUID(), checksum, name, startedAt],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw new Error(`Database migration ${name} failed and was rolled back (nothing of it is applied): ${(error as Error).message}`);
        }
        done.push(name);
      }
      return { applied: done };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}
