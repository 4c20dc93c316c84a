// Starts the BUILT API (apps/api/dist) on a fresh PostgreSQL database with the demo catalog,
// for the benchmark scripts. `startBenchServer(env)` resolves once /health/ready answers and
// returns { base, dbUrl, query(sql, params), stop() }.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import pg from 'pg';

const TICKS_PER_SECOND = 100;
/** utime + stime of a process from /proc, in seconds (0 when it is gone). */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function run(connectionString, sql, params = []) {
  const c = new pg.Client({ connectionString });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}

export async function startBenchServer(label, port, env = {}, options = {}) {
  const dbName = `devgear_bench_${label}_${process.pid}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), `devgear-bench-${label}-`));
  await run(adminUrl, `CREATE DATABASE ${dbName}`);
  // Every statement of this database's sessions goes to the server log (counted by the benchmark).
  if (options.logStatements) await run(adminUrl, `ALTER DATABASE ${dbName} SET log_statement = 'all'`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), path.join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: dbUrl.toString(),
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10',
      // One load generator is one client IP: lift the per-IP limits so the shop itself is measured.
      RATE_LIMIT_API: '100000000/60',
      ...env,
    },
  });
  const stop = async () => {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
    await run(adminUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const ok = await fetch(`${base}/api/v1/health/ready`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline || server.exitCode !== null) throw new Error('the API did not become ready');
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  const query = (sql, params) => run(dbUrl.toString(), sql, params);
  /**
   * CPU seconds (user + system) used so far by the API process and by the PostgreSQL backends
   * serving its database: CPU time, unlike wall-clock figures, barely depends on what else the
   * machine is doing.
   */
  const cpu = async () => {
    const backends = (await query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)).map((r) => r.pid);
    return { api: cpuSeconds(server.pid), db: backends.reduce((sum, pid) => sum + cpuSeconds(pid), 0) };
  };
  return { base, dbName, pid: server.pid, dbUrl: dbUrl.toString(), query, cpu, stop };
}
