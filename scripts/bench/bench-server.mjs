// Servers for the benchmark scripts, on fresh PostgreSQL databases:
//   createBenchDatabase(label)            a new empty database { url, name, drop() }
//   startApi(dbUrl, port, env)            the BUILT API (apps/api/dist), resolved once /health/ready answers
//   startBare(dbUrl, port, { cache })     the bare Fastify + pg ceiling server (bare-server.mjs)
//   startBenchServer(label, port, env)    a new database with the demo catalog and the API on it
//                                         { base, dbUrl, query(sql, params), stop() }
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SERVER_NODE_FLAGS } from '../server-node-flags.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
/** Node flags of every server started here, API and ceiling alike: the API's own (BENCH_NODE_ARGS replaces them). */
export const nodeArgs = process.env.BENCH_NODE_ARGS === undefined ? SERVER_NODE_FLAGS : process.env.BENCH_NODE_ARGS.split(' ').filter(Boolean);

export async function run(connectionString, sql, params = []) {
  const c = new pg.Client({ connectionString });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** A new empty database (or a copy of `template`, which must have no connections). */
export async function createBenchDatabase(label, { template } = {}) {
  const name = `devgear_bench_${label}_${process.pid}`;
  await run(adminUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => run(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {}) };
}

async function spawnServer(args, env, base) {
  const child = spawn(process.execPath, [...nodeArgs, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  };
  try {
    const deadline = Date.now() + 180_000;
    for (;;) {
      const ok = await fetch(`${base}/api/v1/health/ready`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${args.join(' ')} did not become ready`);
      await new Promise((r) => setTimeout(r, 300));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { base, pid: child.pid, stop };
}

/** CPU seconds (user + system) a process has used so far, from /proc; null where there is no /proc. */
export function cpuSecondsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100; // sysconf(_SC_CLK_TCK) on Linux

/** The built API on `dbUrl` (migrations and demo catalog applied at start, as in production). */
export async function startApi(dbUrl, port, env = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'devgear-bench-'));
  const base = `http://127.0.0.1:${port}`;
  const server = await spawnServer(
    [path.join(root, 'apps/api/dist/main.js')],
    {
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: dbUrl,
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10',
      // One load generator is one client IP: lift the per-IP limits so the shop itself is measured.
      RATE_LIMIT_API: '100000000/60',
      ...env,
    },
    base,
  ).catch((err) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  });
  return {
    base,
    pid: server.pid,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The bare ceiling server (bare-server.mjs) on `dbUrl`. */
export function startBare(dbUrl, port, { cache }) {
  return spawnServer(
    [path.join(root, 'scripts/bench/bare-server.mjs')],
    { DATABASE_URL: dbUrl, PORT: String(port), BARE_CACHE: cache ? '1' : '0', DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10' },
    `http://127.0.0.1:${port}`,
  );
}

/**
 * A new database with the demo catalog and the API on it. `options.logStatements`: every
 * statement of this database's sessions goes to PostgreSQL's log (counted by the checkout bench).
 */
export async function startBenchServer(label, port, env = {}, options = {}) {
  const db = await createBenchDatabase(label);
  if (options.logStatements) await run(adminUrl, `ALTER DATABASE ${db.name} SET log_statement = 'all'`);
  let api;
  try {
    api = await startApi(db.url, port, env);
  } catch (err) {
    await db.drop();
    throw err;
  }
  const query = (sql, params) => run(db.url, sql, params);
  return {
    base: api.base,
    dbName: db.name,
    dbUrl: db.url,
    pid: api.pid,
    query,
    /**
     * CPU seconds (user + system) used so far by the API process and by the PostgreSQL backends
     * serving its database: CPU time, unlike wall-clock figures, barely depends on what else the
     * machine is doing.
     */
    async cpu() {
      const backends = (await query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)).map((r) => r.pid);
      return { api: cpuSecondsOf(api.pid) ?? 0, db: backends.reduce((sum, pid) => sum + (cpuSecondsOf(pid) ?? 0), 0) };
    },
    async stop() {
      await api.stop();
      await db.drop();
    },
  };
}
