#!/usr/bin/env node
// Starts the BUILT shop (apps/api/dist + apps/web/dist) for the Playwright journeys: a
// fresh PostgreSQL database with the demo catalog on E2E_PORT (default 3100), dropped
// again on exit. Set E2E_EMBEDDED=1 to use the embedded database instead.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SERVER_NODE_FLAGS } from './server-node-flags.mjs';

const root = path.resolve(import.meta.dirname, '..');
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const port = process.env.E2E_PORT ?? '3100';
const dataDir = mkdtempSync(path.join(tmpdir(), 'devgear-e2e-'));
const dbName = `devgear_e2e_${process.pid}_${Date.now()}`;
const embedded = process.env.E2E_EMBEDDED === '1';

async function adminQuery(sql) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

let databaseUrl;
if (!embedded) {
  await adminQuery(`CREATE DATABASE ${dbName}`);
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  databaseUrl = u.toString();
}

const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'test',
    PORT: port,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL ?? 'admin@devgear.test',
    ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD ?? 'e2e admin passphrase',
    // The journeys come from one IP and sign in several times.
    RATE_LIMIT_API: '100000/60',
    RATE_LIMIT_AUTH: '1000/60',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  },
});

let cleaning = false;
async function cleanup(code) {
  if (cleaning) return;
  cleaning = true;
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  if (!embedded) await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}
child.on('exit', (code) => void cleanup(code ?? 1));
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void cleanup(0));
