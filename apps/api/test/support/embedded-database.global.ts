import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/platform/database/embedded-postgres';

/**
 * Jest global setup/teardown of the API project. With `TEST_DATABASE=embedded`, the suite runs
 * against the app's own zero-config default instead of the machine's PostgreSQL: one embedded
 * server (the same module the app starts without DATABASE_URL) for the whole run, on which
 * every test file creates and drops its databases as usual (TEST_DATABASE_ADMIN_URL points at
 * it; the workers inherit the variable). Without it, nothing happens.
 */
const KEY = '__devgearEmbeddedTestDatabase';

type Handle = { server: EmbeddedPostgres; dir: string };

export async function setup(): Promise<void> {
  if (process.env.TEST_DATABASE !== 'embedded') return;
  const dir = mkdtempSync(path.join(tmpdir(), 'devgear-embedded-tests-'));
  const quiet = { info: () => undefined, debug: () => undefined, warn: (m: string) => process.stderr.write(`embedded PostgreSQL: ${m}\n`) };
  const server = await startEmbeddedPostgres(dir, quiet);
  const admin = new URL(server.url);
  admin.pathname = '/postgres';
  process.env.TEST_DATABASE_ADMIN_URL = admin.toString();
  (globalThis as Record<string, unknown>)[KEY] = { server, dir } satisfies Handle;
  process.stderr.write(`\nAPI tests run against the embedded PostgreSQL on 127.0.0.1:${server.port}\n`);
}

export async function teardown(): Promise<void> {
  const handle = (globalThis as Record<string, unknown>)[KEY] as Handle | undefined;
  if (!handle) return;
  await handle.server.stop();
  rmSync(handle.dir, { recursive: true, force: true });
}
