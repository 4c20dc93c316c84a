#!/usr/bin/env node
// Measures `pnpm start` as a user runs it: the first (cold) start of a checkout — building
// everything, creating the embedded PostgreSQL, migrating, loading the demo data — and then a
// second (warm) start with nothing to build. Each start is timed from the command to its
// "DevGear is ready" line, then stopped like a Ctrl-C in a terminal (SIGINT to the whole
// process group), checking that it exits 0 without pnpm's ELIFECYCLE banner. Then the first
// page's JavaScript and CSS are fetched as a browser would (Accept-Encoding: br, gzip) and
// their size on the wire is printed.
//
//   node scripts/bench/start.mjs [--dir <checkout>] [--port 3000] [--keep-build]
//
// Without --keep-build the checkout's build output and build stamps are removed first, so the
// first start is a cold one. DATA_DIR is a fresh temporary directory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = path.resolve(arg('dir', path.join(import.meta.dirname, '..', '..')));
const port = Number(arg('port', process.env.PORT ?? '3000'));
const dataDir = mkdtempSync(path.join(tmpdir(), 'devgear-bench-start-'));
// The default install: no DATABASE_URL, so the embedded PostgreSQL.
const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir };
delete env.DATABASE_URL;

if (!process.argv.includes('--keep-build')) {
  for (const p of ['apps/api/dist', 'apps/web/dist', 'packages/domain/dist', 'packages/application/dist', 'packages/contracts/dist', 'apps/api/src/generated', 'node_modules/.cache/devgear-build']) {
    rmSync(path.join(dir, p), { recursive: true, force: true });
  }
}

function startOnce(label) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // Its own process group, like a shell job: SIGINT goes to pnpm and everything under it.
    const child = spawn('pnpm', ['start'], {
      cwd: dir,
      detached: true,
      env: { ...env, LOG_FORMAT: 'pretty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let readyAt = null;
    const onData = (d) => {
      output += d.toString();
      if (readyAt === null && output.includes('DevGear is ready')) {
        readyAt = performance.now();
        setTimeout(() => process.kill(-child.pid, 'SIGINT'), 500);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => {
      if (readyAt === null) return reject(new Error(`${label}: exited (${code ?? signal}) before it was ready:\n${output}`));
      const lines = output.split('\n');
      resolve({
        label,
        seconds: (readyAt - t0) / 1000,
        exitCode: code,
        banner: /ELIFECYCLE/.test(output),
        progress: lines.filter((l) => /build \d\/\d|database|migrations|demo data|DevGear is ready/.test(l)),
        logLines: lines.filter((l) => l.trim()).length,
      });
    });
  });
}

async function initialPageBytes() {
  // A server is needed: start once more, measure, stop.
  const child = spawn('pnpm', ['start'], { cwd: dir, detached: true, env: { ...env, LOG_FORMAT: 'json' }, stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('DevGear is ready')) resolve();
    });
  });
  const base = `http://127.0.0.1:${port}`;
  const html = await (await fetch(`${base}/`)).text();
  const urls = [...html.matchAll(/<(?:script[^>]+src|link[^>]+href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const rows = [];
  for (const url of urls) {
    const sizes = {};
    for (const encoding of ['identity', 'gzip', 'br']) {
      // fetch() would decompress: ask node:http for the bytes as sent.
      sizes[encoding] = await new Promise((resolve, reject) => {
        import('node:http').then(({ get }) =>
          get(`${base}${url}`, { headers: { 'accept-encoding': encoding } }, (res) => {
            let n = 0;
            res.on('data', (c) => (n += c.length));
            res.on('end', () => resolve(n));
          }).on('error', reject),
        );
      });
    }
    rows.push({ url, ...sizes });
  }
  process.kill(-child.pid, 'SIGINT');
  await new Promise((r) => child.on('exit', r));
  return rows;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`checkout ${dir}, port ${port}, DATA_DIR ${dataDir}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
try {
  for (const label of ['first (cold) start', 'second (warm) start']) {
    const r = await startOnce(label);
    console.log(`\n${r.label}: ready in ${r.seconds.toFixed(1)} s; Ctrl-C -> exit code ${r.exitCode}${r.banner ? ', ELIFECYCLE banner printed' : ', no ELIFECYCLE banner'}; ${r.logLines} lines of output`);
    for (const line of r.progress) console.log(`  | ${line}`);
  }
  const rows = await initialPageBytes();
  console.log('\nfirst page load, JavaScript and CSS referenced by index.html (bytes on the wire):');
  for (const r of rows) console.log(`  ${r.url}: ${kb(r.identity)} uncompressed, ${kb(r.gzip)} gzip, ${kb(r.br)} brotli`);
  const sum = (k, filter = () => true) => rows.filter(filter).reduce((n, r) => n + r[k], 0);
  const js = (r) => r.url.endsWith('.js');
  console.log(`  JavaScript total: ${kb(sum('identity', js))} uncompressed, ${kb(sum('gzip', js))} gzip, ${kb(sum('br', js))} brotli`);
  console.log(`  JavaScript + CSS total: ${kb(sum('identity'))} uncompressed, ${kb(sum('gzip'))} gzip, ${kb(sum('br'))} brotli`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
