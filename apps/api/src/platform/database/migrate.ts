import { spawn } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';


/** Repository root (holds prisma.config.ts and prisma/migrations), from src/ or dist/. */
export const repoRoot = path.resolve(__dirname, '../../../../..');
const migrationsDir = path.join(repoRoot, 'prisma', 'migrations');

export function localMigrations(): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(migrationsDir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort();
}

async function appliedMigrations(databaseUrl: string): Promise<Set<string>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('public._prisma_migrations') AS t`);
    if (!table.rows[0]?.t) return new Set();
    const rows = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return new Set(rows.rows.map((r) => r.migration_name));
  } finally {
    await client.end();
  }
}

/** How many times a start waits out another instance's migration (Prisma gives up on its lock after 10 s each time). */
const LOCK_WAITS = 12;

/**
 * Applies pending migrations with the Prisma CLI (`prisma migrate deploy`), the same
 * command operators run by hand (`pnpm db:migrate`). Prisma takes an advisory lock, so
 * several instances starting at once apply each migration exactly once; an instance that waited
 * longer than Prisma's 10 s lock timeout (another one is still migrating) tries again, up to
 * LOCK_WAITS times, and finds the migrations applied. When every migration is already recorded
 * as applied, the CLI is not started (fast restarts).
 */
export async function migrateDatabase(databaseUrl: string): Promise<{ applied: string[] }> {
  const applied = await appliedMigrations(databaseUrl);
  const pending = localMigrations().filter((m) => !applied.has(m));
  if (pending.length === 0) return { applied: [] };
  const cli = require.resolve('prisma/build/index.js', { paths: [__dirname] });
  for (let attempt = 1; ; attempt += 1) {
    const { code, output } = await runDetached(process.execPath, [cli, 'migrate', 'deploy'], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    });
    if (code === 0) break;
    const lockTimeout = /P1002/.test(output) && /advisory lock/i.test(output);
    if (!lockTimeout || attempt >= LOCK_WAITS) throw new Error(`Database migration failed:\n${output}`);
  }
  const now = await appliedMigrations(databaseUrl);
  return { applied: pending.filter((m) => now.has(m) && !applied.has(m)) };
}

/**
 * Runs the CLI in its own process group: a Ctrl-C during the first start must not cut a
 * migration in half (main() lets the start-up finish, then stops cleanly).
 */
function runDetached(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output: output.trim() }));
  });
}
